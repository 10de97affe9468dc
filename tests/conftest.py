"""Shared fixtures: fixture pages, the bundled snapshot served on loopback, and a crawl run the way
`pipeline.py` runs it (Scrapy's reactor runs once per process, so each crawl is a subprocess).

Everything here uses files in the repository only (tests/fixtures, snapshot/), never ../shared.
"""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
PAGES = FIXTURES / "pages"
SNAPSHOT = ROOT / "snapshot" / "mirror"
SNAPSHOT_ARTICLES = ROOT / "snapshot" / "articles.jsonl"
if str(ROOT) not in sys.path:  # the suite also runs from a clone that was not pip-installed
    sys.path.insert(0, str(ROOT))

# Fast but real: no delay, short timeout and backoff.
FAST = {"delay": 0, "timeout": 2, "settings": {"RETRY_BACKOFF_BASE": 0.05, "RETRY_BACKOFF_MAX": 0.2}}

_CRAWL = """
import json, sys
import storage
from crawler.run import crawl
args = json.loads(sys.argv[1])
db = storage.connect(args.pop("db"))
counts = crawl(db, **args)
print("COUNTS " + json.dumps(counts, ensure_ascii=False))
"""


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


@pytest.fixture
def mirror():
    """The bundled snapshot on 127.0.0.1 (one server per test; faults via `server.faults`)."""
    from crawler import mirror_server

    url, server = mirror_server.start(SNAPSHOT)
    yield server
    server.shutdown()


def run_crawl(db_path, site: str, proc_timeout: float = 120, **kwargs) -> dict:
    """`crawler.run.crawl` in a fresh interpreter -> its counts dict."""
    args = {**FAST, **kwargs, "db": str(db_path), "site": site}
    args["settings"] = {**FAST["settings"], **kwargs.get("settings", {})}
    proc = subprocess.run(
        [sys.executable, "-c", _CRAWL, json.dumps(args)], cwd=ROOT, capture_output=True,
        text=True, timeout=proc_timeout, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    line = [ln for ln in proc.stdout.splitlines() if ln.startswith("COUNTS ")][-1]
    return json.loads(line[len("COUNTS "):])


@pytest.fixture
def crawl_db(tmp_path):
    """A fresh database path."""
    return tmp_path / "crawl.db"


def table_rows(db_path, table: str, exclude=()) -> list[tuple]:
    """All rows of `table` (minus `exclude` columns), sorted: for before/after comparisons."""
    con = sqlite3.connect(db_path)
    try:
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] not in exclude]
        return sorted(con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall(), key=repr)
    finally:
        con.close()


def copy_db(src, dst):
    """A consistent copy of the SQLite file `src` at `dst` (a test's own database to change); returns dst."""
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        a.backup(b)
    finally:
        a.close()
        b.close()
    return dst


def query(db_path, sql: str, params=()) -> list[tuple]:
    con = sqlite3.connect(db_path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="session")
def offline_run(tmp_path_factory) -> dict:
    """`pipeline.py run --offline --no-serve` once per session: the bundled snapshot (the dev set's 65
    real articles, snapshot/) crawled on loopback into the offline demo's own database. `db` is the path
    the user gave (which the offline run must not create), `snapshot_db` where the demo landed."""
    base = tmp_path_factory.mktemp("offline")
    db = base / "tdkt.db"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    proc = subprocess.run([sys.executable, "pipeline.py", "run", "--offline", "--no-serve", "--db", str(db)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return {"db": db, "snapshot_db": base / "tdkt-snapshot.db", "proc": proc}
