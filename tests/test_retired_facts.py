"""Removed sources show: the facts of an article that is gone are marked not current, with why, and no
longer count in leadership or unit history; when the article comes back, so do its facts."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from conftest import ROOT, copy_db
import storage
from storage import articles
from storage.provenance import load_sources

SEED_NID = 500


def cli(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run([sys.executable, "pipeline.py", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, env=env)


@pytest.fixture
def db_path(offline_run, tmp_path):
    """A copy of the offline demo's database (the dev set's 65 articles, extracted)."""
    return copy_db(offline_run["snapshot_db"], tmp_path / "tdkt.db")


def _one(path, sql, params=()):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def test_facts_of_a_gone_article_are_retired_with_why_and_come_back_with_it(db_path):
    url = load_sources()[SEED_NID]
    lead = "SELECT chair FROM cluster_leadership WHERE cluster_key = 'lang-son:ubnd:cum-2' AND year = 2020"
    hist = "SELECT count(*) FROM unit_history WHERE unit_key = 'chi-nhanh-ga-dong-dang'"
    assert _one(db_path, lead) == [("Công ty Điện lực Lạng Sơn",)]
    assert _one(db_path, hist)[0][0] > 0
    current = _one(db_path, "SELECT count(*) FROM memberships WHERE article_url = ? AND current = 1", [url])[0][0]
    assert current == 7

    db = storage.connect(db_path)
    assert articles.mark_gone(db, url, "2025-01-01T00:00:00+00:00")  # the site answered 404
    db.close()
    proc = cli("extract", "--db", str(db_path))
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert json.loads(proc.stdout.splitlines()[-1])["facts_retired"] >= 11
    assert _one(db_path, "SELECT DISTINCT current, retired_reason FROM memberships WHERE article_url = ?", [url]) \
        == [(0, "article_gone")]
    assert _one(db_path, lead) == []  # no longer counts in leadership
    assert _one(db_path, hist) == [(0,)]  # nor in the unit's history
    why = _one(db_path, "SELECT DISTINCT ly_do FROM retired_facts WHERE article_url = ?", [url])
    assert why == [("bài viết đã bị gỡ khỏi trang nguồn",)]

    db = storage.connect(db_path)
    articles.touch_article(db, url, "2025-02-01T00:00:00+00:00")  # back on the site, unchanged (a 304)
    db.close()
    proc = cli("extract", "--db", str(db_path))
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert _one(db_path, lead) == [("Công ty Điện lực Lạng Sơn",)]
    assert _one(db_path, "SELECT count(*), max(retired_reason) FROM memberships WHERE article_url = ? AND "
                         "current = 1", [url]) == [(7, None)]
