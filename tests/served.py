"""A real `datasette serve` process on 127.0.0.1 and Debian's headless Chromium, for the browser tests.

Without Chromium or Playwright a browser test is skipped locally with the reason, and fails under
CI=true, where a skipped browser test would hide a missing install step.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from storage.serve import serve_args

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def need(ok: bool, reason: str) -> None:
    if ok:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: the browser test must run; install it with apt-get install -y chromium "
                    f"and pip install the project)")
    pytest.skip(reason)


def playwright():
    """playwright's sync_playwright, or the test is skipped (failed under CI) with the reason."""
    try:
        from playwright.sync_api import sync_playwright as sp
    except ImportError:
        sp = None
    need(sp is not None, "playwright is not installed")
    need(Path(CHROMIUM).exists() or shutil.which("chromium") is not None, f"{CHROMIUM} is missing")
    return sp


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def datasette_server(db, tmp: Path, editor: bool = False, env: dict | None = None):
    """`datasette serve` as `pipeline.py serve [--editor]` starts it; yields its base URL."""
    port = free_port()
    log = open(tmp / "datasette.log", "w")
    proc = subprocess.Popen(serve_args(db, port, editor=editor), cwd=tmp, stdout=log, stderr=subprocess.STDOUT,
                            env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/-/versions.json", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail("datasette did not start:\n" + (tmp / "datasette.log").read_text()[-3000:])
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
