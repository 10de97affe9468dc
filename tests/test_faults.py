"""A site that misbehaves: 503 bursts, a page that always fails, hangs, truncates, lies about its
charset or is not HTML; and a refresh killed with SIGKILL. Each bad page is recorded in `pages` and
retried next run while the rest lands; nothing good is ever overwritten by something broken."""
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT, SNAPSHOT, query, run_crawl
from crawler.parse import parse_article

P500 = "/vi/tintucsukien/cum-thi-dua-ii-cac-doanh-nghiep-trung-uong-to-chuc-hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2020"
P717 = "/vi/tintucsukien/hoi-dong-thi-dua-khen-thuong-tinh-hop-phien-thu-nhat-nam-2020"
P955 = "/vi/tintucsukien/khoi-cac-truong-dai-hoc-dh-cao-dang-cd-va-trung-cap-chuyen-nghiep-tren-dia-ban-tinh-vua-to-chuc-tong-ket-phong-trao-thi"
P1326 = "/vi/tintucsukien/khoi-thi-dua-van-hoa-xa-hoi-tinh-hoan-thanh-xuat-sac-nhiem-vu"


def page_row(db, url):
    return query(db, "SELECT status, error, attempts FROM pages WHERE url = ?", [url])


def stored(db, url):
    return query(db, "SELECT body FROM articles WHERE url = ?", [url])


def test_503_bursts_are_retried_with_backoff(mirror, crawl_db):
    mirror.faults.flaky = 3
    c = run_crawl(crawl_db, mirror.url)
    assert c["errors"] == [] and c["articles_new"] == 65
    failed = [e["path"] for e in mirror.log if e["status"] == 503]
    assert len(failed) >= 20
    for p in failed:
        assert [e["status"] for e in mirror.log if e["path"] == p] == [503, 200]


def test_500_always_is_recorded_and_retried_next_run(mirror, crawl_db):
    mirror.faults.broken_paths = {P500}
    c = run_crawl(crawl_db, mirror.url)
    assert c["articles_new"] == 64
    assert [e["url"] for e in c["errors"]] == [mirror.url + P500]
    assert "500" in c["errors"][0]["error"]
    assert page_row(crawl_db, mirror.url + P500) == [(500, "HTTP 500", 1)]
    assert [e["status"] for e in mirror.log if e["path"] == P500] == [500] * 4   # 1 + RETRY_TIMES
    mirror.faults.broken_paths = set()
    mirror.log.clear()
    c = run_crawl(crawl_db, mirror.url)
    assert c["articles_new"] == 1 and c["errors"] == []
    assert page_row(crawl_db, mirror.url + P500) == [(200, None, 0)]


def test_hang_past_timeout_is_recorded(mirror, crawl_db):
    mirror.faults.hang_paths, mirror.faults.hang_seconds = {P500}, 30
    t0 = time.time()
    c = run_crawl(crawl_db, mirror.url, timeout=1, settings={"RETRY_TIMES": 1})
    assert time.time() - t0 < 25
    assert c["articles_new"] == 64
    assert [e["url"] for e in c["errors"]] == [mirror.url + P500]
    assert "imeout" in c["errors"][0]["error"]
    status, error, attempts = page_row(crawl_db, mirror.url + P500)[0]
    assert status is None and "imeout" in error and attempts == 1


def test_truncated_page_never_replaces_a_good_one(mirror, crawl_db):
    url = mirror.url + P500
    # 1. a new article arriving truncated is not stored, and is asked again next run
    mirror.faults.truncate_paths = {P500}
    c = run_crawl(crawl_db, mirror.url)
    assert c["articles_new"] == 64 and "truncated" in c["errors"][0]["error"]
    assert stored(crawl_db, url) == []
    mirror.faults.truncate_paths = set()
    c = run_crawl(crawl_db, mirror.url)
    assert c["articles_new"] == 1 and c["errors"] == []
    good = stored(crawl_db, url)[0][0]
    # 2. the article is edited on the site, and the new version arrives truncated
    mirror.faults.edits = {P500: ("Phó trưởng cụm", "Trưởng cụm")}
    mirror.faults.truncate_paths = {P500}
    c = run_crawl(crawl_db, mirror.url, full=True)
    assert [e["url"] for e in c["errors"]] == [url] and c["articles_changed"] == 0
    assert stored(crawl_db, url) == [(good,)]
    assert query(crawl_db, "SELECT count(*) FROM article_versions")[0][0] == 0
    # 3. once it arrives whole, it is a proper change with the old version kept
    mirror.faults.truncate_paths = set()
    c = run_crawl(crawl_db, mirror.url)
    assert c["articles_changed"] == 1 and c["errors"] == []
    assert query(crawl_db, "SELECT body FROM article_versions")[0][0] == good


def test_charset_lies_and_non_html(mirror, crawl_db):
    mirror.faults.charset = {P500: "wrong", P717: "missing", P955: "garbled"}
    mirror.faults.content_types = {P1326: "application/pdf"}
    c = run_crawl(crawl_db, mirror.url)
    assert c["articles_new"] == 63
    errors = {e["url"][len(mirror.url):]: e["error"] for e in c["errors"]}
    assert set(errors) == {P955, P1326}
    assert "charset" in errors[P955] and "not HTML" in errors[P1326]
    for p in (P500, P717):   # mislabelled or unlabelled UTF-8 is read as UTF-8
        from urllib.parse import quote

        html = (SNAPSHOT / "pages" / quote(p, safe="")).read_text(encoding="utf-8")
        assert stored(crawl_db, mirror.url + p)[0][0] == parse_article(html, mirror.url + p)["body"]
    assert page_row(crawl_db, mirror.url + P955)[0][1].startswith("undecodable")


@pytest.mark.slow
def test_kill_9_mid_refresh_then_clean_rerun(mirror, tmp_path):
    db = tmp_path / "killed.db"
    cmd = [sys.executable, str(ROOT / "pipeline.py"), "refresh", "--db", str(db), "--site", mirror.url]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(cmd + ["--delay", "0.1"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 60
        n = 0
        while time.time() < deadline:
            if db.exists():
                try:
                    n = query(db, "SELECT count(*) FROM articles")[0][0]
                except Exception:
                    n = 0
            if n >= 15:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the refresh finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert 15 <= query(db, "SELECT count(*) FROM articles")[0][0] < 65
    done = subprocess.run(cmd + ["--delay", "0"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    assert query(db, "PRAGMA foreign_key_check") == []
    assert query(db, "SELECT count(*), count(DISTINCT nid) FROM articles WHERE status = 'ok'") == [(65, 65)]
    assert query(db, "SELECT count(*) FROM article_html") == [(65,)]
    assert query(db, "SELECT count(*) FROM pages WHERE error IS NOT NULL") == [(0,)]
    assert query(db, "SELECT count(*) FROM article_versions") == [(0,)]
