"""Provenance: every article keeps its canonical source URL, never a loopback address, and the offline
demo lives in its own database.

The offline run is `pipeline.py run --offline` (conftest's `offline_run`); the online-style refresh
crawls the same snapshot served on loopback, as the real site would be crawled, into the real database.
"""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from conftest import ROOT
from storage.provenance import SNAPSHOT_SOURCES, is_loopback, load_sources


def cli(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run([sys.executable, "pipeline.py", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, env=env)


def _rows(db, sql):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def online(offline_run, mirror_module):
    """After the offline run, a refresh of the real database from the snapshot served on loopback."""
    proc = cli("refresh", "--db", str(offline_run["db"]), "--site", mirror_module, "--delay", "0")
    assert proc.returncode == 0, proc.stderr[-3000:]
    return offline_run["db"]


@pytest.fixture(scope="module")
def mirror_module():
    from crawler import mirror_server

    url, server = mirror_server.start(ROOT / "snapshot" / "mirror")
    yield url
    server.shutdown()


def test_the_snapshot_lists_a_real_source_for_every_article():
    records = [json.loads(line) for line in SNAPSHOT_SOURCES.read_text(encoding="utf-8").splitlines()]
    snapshot = [json.loads(line) for line in (ROOT / "snapshot" / "articles.jsonl").read_text("utf-8").splitlines()]
    assert {r["nid"] for r in records} == {a["nid"] for a in snapshot}
    assert all(r["source_url"].startswith(("http://", "https://")) and not is_loopback(r["source_url"])
               for r in records)
    assert is_loopback("http://127.0.0.1:8765/vi/x") and is_loopback("http://localhost/a")
    assert not is_loopback("https://thiduakhenthuong.langson.gov.vn/vi/x")


def test_offline_run_has_its_own_database_keyed_by_real_source_urls(offline_run):
    assert not offline_run["db"].exists()  # the real database is not touched
    assert "its own database" in offline_run["proc"].stderr
    db = offline_run["snapshot_db"]
    urls = [u for (u,) in _rows(db, "SELECT url FROM articles")]
    sources = set(load_sources().values())
    assert len(urls) == len(set(urls)) == 65
    assert all(not is_loopback(u) and u in sources for u in urls)
    assert _rows(db, "SELECT count(*) FROM articles WHERE source_url = url") == [(65,)]
    fact_urls = {u for (u,) in _rows(db, "SELECT article_url FROM memberships UNION SELECT article_url FROM awards")}
    assert fact_urls and fact_urls <= set(urls)
    assert _rows(db, "SELECT count(*) FROM pages") == [(0,)]  # no crawl bookkeeping of a dead address


def test_offline_then_online_stores_each_article_once(offline_run, online, mirror_module):
    rows = _rows(online, "SELECT url, nid, source_url FROM articles")
    assert len(rows) == len({nid for _, nid, _ in rows}) == 65  # once each, in the real database
    assert all(src and not is_loopback(src) for _, _, src in rows)  # a source a user can open
    assert _rows(offline_run["snapshot_db"], "SELECT count(*) FROM articles") == [(65,)]  # left alone
    again = cli("run", "--offline", "--no-serve", "--db", str(offline_run["db"]))  # rebuilt, not added to
    assert again.returncode == 0, again.stderr[-3000:]
    assert _rows(offline_run["snapshot_db"], "SELECT count(*), count(DISTINCT url) FROM articles") == [(65, 65)]
    assert _rows(online, "SELECT count(*) FROM articles") == [(65,)]


def test_facts_name_the_crawled_page_and_the_source(online, mirror_module):
    proc = cli("facts", "--db", str(online))
    assert proc.returncode == 0, proc.stderr[-3000:]
    facts = [json.loads(line) for line in proc.stdout.splitlines()]
    assert facts
    sources = load_sources()
    for f in facts:
        slug = f["article_url"].rsplit("/", 1)[1]  # what the scorer matches articles by
        assert f["source_url"] == sources[slug] and not is_loopback(f["source_url"])
