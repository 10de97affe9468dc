"""A real `datasette serve` process on 127.0.0.1 and Debian's headless Chromium, for the browser tests.

Without Chromium or Playwright a browser test is skipped locally with the reason, and fails under
CI=true, where a skipped browser test would hide a missing install step.
"""
from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import pytest

from storage.serve import running

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


@contextlib.contextmanager
def datasette_server(db, tmp: Path, editor: bool = False, env: dict | None = None):
    """`datasette serve` as `pipeline.py serve [--editor]` starts it (storage.serve.running); yields its
    base URL. One per test module: the module's tests share it (and its Chromium, the `page` fixtures)."""
    with contextlib.ExitStack() as stack:
        try:
            base = stack.enter_context(running(db, tmp / "datasette.log", editor=editor, env=env))
        except RuntimeError as exc:  # it never answered: the log's end says why
            pytest.fail(str(exc))
        yield base
