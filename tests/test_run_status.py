"""A refresh says what it did: `ok` (exit 0) only when the site answered and every page was handled,
`partial` (exit 3, written to `runs`) when some pages failed, `failed` (exit 1) when nothing could be
fetched or --site is not an http(s) address of a host, `interrupted` (exit 143) on SIGTERM; and no
request waits longer than the timeout."""
import os
import signal
import socket
import subprocess
import sys
import time

import pytest

from conftest import ROOT, query
from crawler.urls import SiteError, check_site

P500 = "/vi/tintucsukien/cum-thi-dua-ii-cac-doanh-nghiep-trung-uong-to-chuc-hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2020"


def refresh(db, site, *extra, timeout=120, command="refresh"):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run([sys.executable, "pipeline.py", command, "--db", str(db), "--site", site, "--delay", "0",
                           *extra], cwd=ROOT, capture_output=True, text=True, timeout=timeout, env=env)


def last_run(db):
    return query(db, "SELECT status, exit_code FROM runs ORDER BY id DESC LIMIT 1")[0]


BAD_SITES = ["127.0.0.1:{port}", "http://127.0.0.1:99999", "{url}/vi", "ftp://127.0.0.1:{port}",
             "http:///vi/tintucsukien", "{url}?q=1"]


@pytest.mark.parametrize("site", BAD_SITES)
def test_check_site_refuses_what_is_no_http_address_of_a_host(site):
    with pytest.raises(SiteError, match="--site must be"):
        check_site(site.format(port=8765, url="http://127.0.0.1:8765"))


@pytest.mark.parametrize("site", ["127.0.0.1:{port}", "ftp://127.0.0.1:{port}"])
def test_a_site_that_is_no_http_address_of_a_host_fails(mirror, tmp_path, site):
    site = site.format(port=mirror.url.rsplit(":", 1)[1], url=mirror.url)
    proc = refresh(tmp_path / "t.db", site, timeout=60)
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "refresh FAILED" in proc.stderr and "--site" in proc.stderr and "Traceback" not in proc.stderr
    assert last_run(tmp_path / "t.db") == ("failed", 1)
    assert mirror.log == []


def test_a_site_where_nothing_answers_fails(mirror, tmp_path):
    mirror.faults.removed_paths = {"/vi/tintucsukien", "/vi/quyetdinhkhen", "/vi/gopydthaos"}
    proc = refresh(tmp_path / "t.db", mirror.url)
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "refresh FAILED" in proc.stderr
    assert last_run(tmp_path / "t.db") == ("failed", 1)


def test_an_unreadable_robots_txt_fails_the_run_before_any_other_request(mirror, tmp_path):
    mirror.faults.broken_paths = {"/robots.txt"}
    proc = refresh(tmp_path / "t.db", mirror.url, "--timeout", "2")
    assert proc.returncode == 1 and "robots.txt" in proc.stderr, proc.stderr[-2000:]
    assert set(mirror.paths()) == {"/robots.txt"}
    assert last_run(tmp_path / "t.db") == ("failed", 1)


def test_partial_is_written_to_runs_with_exit_3(mirror, tmp_path):
    mirror.faults.truncate_paths = {P500}
    proc = refresh(tmp_path / "t.db", mirror.url, command="crawl")     # refresh ends the same way (nightly.py)
    assert proc.returncode == 3, proc.stderr[-2000:]
    assert "crawl partial" in proc.stderr and P500 in proc.stderr
    assert last_run(tmp_path / "t.db") == ("partial", 3)


def test_a_listener_that_never_answers_is_bounded_by_the_timeout(tmp_path):
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)                                  # connects, never answers
    try:
        proc = refresh(tmp_path / "t.db", f"http://127.0.0.1:{silent.getsockname()[1]}", "--timeout", "1", timeout=60)
    finally:
        silent.close()
    assert proc.returncode == 1 and "timed out" in proc.stderr, proc.stderr[-2000:]


@pytest.mark.slow
def test_sigterm_mid_crawl_ends_the_run_as_interrupted(mirror, tmp_path):
    db = tmp_path / "t.db"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    proc = subprocess.Popen([sys.executable, "pipeline.py", "refresh", "--db", str(db), "--site", mirror.url,
                             "--delay", "0.1"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        deadline = time.time() + 60
        while time.time() < deadline and len([p for p in mirror.paths() if p.count("/") == 3]) < 5:
            time.sleep(0.05)
        assert proc.poll() is None, "the refresh finished before it could be stopped"
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 143, err[-2000:]
    assert "refresh INTERRUPTED" in err and "Traceback" not in err
    assert last_run(db) == ("interrupted", 143)
    assert query(db, "SELECT count(*) FROM articles")[0][0] < 65
