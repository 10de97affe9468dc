"""The crawl against the bundled snapshot served by our own loopback server, into a real SQLite file:
every article once, a no-op second run, edits kept as versions, removals marked gone, new articles
picked up, and the manners (robots.txt, Crawl-delay, User-Agent, page cap)."""
import json
import re
from urllib.parse import urlsplit

from conftest import SNAPSHOT_ARTICLES, query, run_crawl, table_rows

NEWEST = "/vi/tintucsukien/cum-thi-dua-so-1-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2020"
P500 = "/vi/tintucsukien/cum-thi-dua-ii-cac-doanh-nghiep-trung-uong-to-chuc-hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2020"
FIRST_LISTINGS = ["/vi/gopydthaos", "/vi/quyetdinhkhen", "/vi/tintucsukien"]
CONTENT = ("articles", "article_versions", "article_html")


def snapshot_records():
    return [json.loads(line) for line in SNAPSHOT_ARTICLES.read_text(encoding="utf-8").splitlines() if line]


def drop_listing_row(html: str, path: str) -> str:
    """The listing as it was before `path` was published."""
    rows = re.findall(r'<div class="views-row[^"]*">.*?</div></div>\n</div>', html, re.S)
    row = next(r for r in rows if f'href="{path}"' in r)
    return html.replace(row, "")


def test_crawl_stores_every_article_once_and_second_run_is_a_noop(mirror, crawl_db):
    c = run_crawl(crawl_db, mirror.url)
    assert c["errors"] == []
    assert c["articles_new"] == 65 and c["articles_changed"] == 0 and c["gone"] == 0
    assert c["pages_fetched"] == 65 + 8        # 7 news listing pages + 1 decisions page
    rows = query(crawl_db, "SELECT url, nid, section, slug, title, published FROM articles")
    assert len(rows) == 65 and len({r[1] for r in rows}) == 65
    for url, nid, section, slug, title, published in rows:
        assert url == f"{mirror.url}/vi/{section}/{slug}"
        assert published and published.endswith("+07:00")
    recs = {r["nid"]: r for r in snapshot_records()}
    assert {r[1] for r in rows} == set(recs)
    for _, nid, section, _, title, _ in rows:
        assert section == recs[nid].get("section", "tintucsukien")
    assert query(crawl_db, "SELECT count(*) FROM article_html")[0][0] == 65
    # manners: robots.txt first, our User-Agent, each page once, no twins, the 404 section is fine
    log = mirror.log
    assert log[0]["path"] == "/robots.txt"
    assert all(e["ua"].startswith("tdkt-langson/") for e in log)
    paths = [e["path"] for e in log]
    assert len(paths) == len(set(paths))
    assert not [p for p in paths if p.startswith(("/en/", "/vi/node/"))]
    assert "/vi/gopydthaos" in paths

    before = {t: table_rows(crawl_db, t, exclude=("last_seen",)) for t in CONTENT}
    pages_before = table_rows(crawl_db, "pages", exclude=("last_attempt", "last_ok", "status", "dead_count"))
    mirror.log.clear()
    c2 = run_crawl(crawl_db, mirror.url)
    assert c2["errors"] == []
    assert (c2["articles_new"], c2["articles_changed"], c2["articles_unchanged"], c2["gone"]) == (0, 0, 0, 0)
    # the night's cost: robots.txt, one page a section and the re-validation batch (ceil(65 / 7) = 10
    # stored articles, asked conditionally and answered 304)
    rechecked = [e for e in mirror.log if e["path"] not in ["/robots.txt"] + FIRST_LISTINGS]
    assert len(rechecked) == c2["revalidated"] == c2["not_modified"] == 10
    assert all(e["inm"] and e["status"] == 304 for e in rechecked)
    assert sorted(set(mirror.paths()) - {e["path"] for e in rechecked}) == sorted(["/robots.txt"] + FIRST_LISTINGS)
    assert {t: table_rows(crawl_db, t, exclude=("last_seen",)) for t in CONTENT} == before
    assert table_rows(crawl_db, "pages", exclude=("last_attempt", "last_ok", "status", "dead_count")) == pages_before


def test_edited_article_keeps_its_old_version(mirror, crawl_db):
    run_crawl(crawl_db, mirror.url)
    url = mirror.url + P500
    old_body = query(crawl_db, "SELECT body FROM articles WHERE url = ?", [url])[0][0]
    old, new = "Chi nhánh Ga Đồng Đăng là Phó trưởng cụm", "Chi nhánh Ga Đồng Đăng là Trưởng cụm"
    assert old in old_body
    mirror.faults.edits = {P500: (old, new)}
    # Time passes: the article has not been confirmed for weeks, so the next run re-validates it first.
    query_update(crawl_db, "UPDATE articles SET last_seen = '2000-01-01T00:00:00+00:00' WHERE url = ?", [url])
    mirror.log.clear()
    c = run_crawl(crawl_db, mirror.url)
    assert c["articles_changed"] == 1 and c["articles_new"] == 0 and c["errors"] == []
    hit = [e for e in mirror.log if e["path"] == P500]
    assert len(hit) == 1 and hit[0]["inm"] and hit[0]["status"] == 200     # asked conditionally, edited
    others = [e for e in mirror.log if e["inm"] and e["path"] != P500]      # the rest of tonight's batch
    assert all(e["status"] == 304 for e in others) and c["not_modified"] == len(others) == 9
    body = query(crawl_db, "SELECT body FROM articles WHERE url = ?", [url])[0][0]
    assert new in body and old not in body
    versions = query(crawl_db, "SELECT body FROM article_versions WHERE url = ?", [url])
    assert versions == [(old_body,)]


def test_full_refresh_uses_304_and_marks_removed_article_gone(mirror, crawl_db):
    run_crawl(crawl_db, mirror.url)
    mirror.faults.removed_paths = {P500}
    mirror.log.clear()
    c = run_crawl(crawl_db, mirror.url, full=True)
    assert c["gone"] == 1 and c["not_modified"] == 64 and c["articles_changed"] == 0
    assert c["errors"] == []
    article_requests = [e for e in mirror.log if re.match(r"^/vi/[^/]+/[^/?]+$", e["path"])]
    assert all(e["inm"] for e in article_requests)
    row = query(crawl_db, "SELECT status, gone_at, body FROM articles WHERE url = ?", [mirror.url + P500])
    assert row[0][0] == "gone" and row[0][1] and row[0][2]     # kept, never deleted
    assert query(crawl_db, "SELECT count(*) FROM articles WHERE status = 'ok'")[0][0] == 64


def test_new_article_is_picked_up(mirror, crawl_db):
    mirror.faults.removed_paths = {NEWEST}
    mirror.faults.edits = {"/vi/tintucsukien": lambda html: drop_listing_row(html, NEWEST)}
    c = run_crawl(crawl_db, mirror.url)
    assert c["articles_new"] == 64 and c["errors"] == []
    mirror.faults.removed_paths, mirror.faults.edits = set(), {}
    mirror.log.clear()
    c = run_crawl(crawl_db, mirror.url, revalidate_days=0)
    assert c["articles_new"] == 1 and c["errors"] == []
    assert query(crawl_db, "SELECT count(*) FROM articles WHERE url = ?", [mirror.url + NEWEST])[0][0] == 1
    articles = [e["path"] for e in mirror.log if e["path"].count("/") == 3]
    assert articles == [NEWEST]                                  # nothing known was re-read
    # page 1 held something new, so page 2 was read too; it held nothing new: paging stopped there
    assert "/vi/tintucsukien?page=1" in mirror.paths()
    assert "/vi/tintucsukien?page=2" not in mirror.paths()


def test_robots_crawl_delay_disallow_and_page_cap(mirror, crawl_db):
    robots = "User-agent: *\nCrawl-delay: 0.4\nDisallow: /vi/quyetdinhkhen\n"
    mirror.faults.extra = {"/robots.txt": robots}
    c = run_crawl(crawl_db, mirror.url, delay=None, max_pages=4)
    assert c["capped"] is True and c["disallowed"] >= 1
    paths = mirror.paths()
    assert paths[0] == "/robots.txt"
    assert not [p for p in paths if p.startswith("/vi/quyetdinhkhen")]
    assert len(paths) == 1 + 4 - c["disallowed"]
    times = [e["t"] for e in mirror.log]
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert gaps and min(gaps) >= 0.35, gaps                    # Crawl-delay obeyed, robots.txt included
    assert any("--max-requests 4 reached" in e["error"] for e in c["errors"])


def query_update(db_path, sql, params=()):
    import sqlite3

    con = sqlite3.connect(db_path)
    with con:
        con.execute(sql, params)
    con.close()


def test_links_to_other_hosts_are_not_followed(mirror, crawl_db):
    other = "http://example.invalid/vi/quyetdinhkhen/elsewhere"
    mirror.faults.edits = {"/vi/quyetdinhkhen": lambda h: h.replace(
        '<div class="views-row', f'<div class="views-row"><a href="{other}">x</a></div><div class="views-row', 1)}
    c = run_crawl(crawl_db, mirror.url, sections=["quyetdinhkhen"])
    assert c["errors"] == [] and c["articles_new"] == 1
    assert not [p for p in mirror.paths() if "elsewhere" in p]
    hosts = {urlsplit(u).netloc for (u,) in query(crawl_db, "SELECT url FROM articles")}
    assert hosts == {urlsplit(mirror.url).netloc}


def test_node_links_follow_the_redirect_once_then_map_to_the_alias(mirror, crawl_db):
    mirror.faults.edits = {"/vi/tintucsukien": lambda h: h.replace(f'href="{NEWEST}"', 'href="/vi/node/745"')}
    c = run_crawl(crawl_db, mirror.url)
    assert c["articles_new"] == 65 and c["errors"] == []
    assert "/vi/node/745" in mirror.paths() and NEWEST in mirror.paths()   # the 301 and its target
    assert query(crawl_db, "SELECT url FROM articles WHERE nid = 745") == [(mirror.url + NEWEST,)]
    mirror.log.clear()
    c = run_crawl(crawl_db, mirror.url, revalidate_days=0)
    assert sorted(mirror.paths()) == sorted(["/robots.txt"] + FIRST_LISTINGS)


def test_mirror_server_behaves_like_the_site(mirror, tmp_path):
    import http.client
    import subprocess
    import sys
    import time

    from conftest import ROOT, SNAPSHOT

    host, port = urlsplit(mirror.url).hostname, urlsplit(mirror.url).port

    def get(path, headers=None):
        con = http.client.HTTPConnection(host, port, timeout=5)
        con.request("GET", path, headers=headers or {})
        r = con.getresponse()
        body = r.read()
        con.close()
        return r.status, dict(r.getheaders()), body

    status, headers, body = get(P500)
    assert status == 200 and headers["ETag"] and headers["Last-Modified"]
    assert get(P500, {"If-None-Match": headers["ETag"]})[0] == 304
    assert get(P500, {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
    assert get("/vi/node/500")[0] == 301 and get("/vi/node/500")[1]["Location"] == P500
    assert get(P500.replace("/vi/", "/en/", 1))[2] == body
    assert get("/vi/gopydthaos")[0] == 404
    assert [e["status"] for e in mirror.log] == [200, 304, 304, 301, 301, 200, 404]
    # the command line, as `pipeline.py snapshot-serve` and operators use it
    portfile = tmp_path / "port"
    proc = subprocess.Popen([sys.executable, "-m", "crawler.mirror_server", str(SNAPSHOT), "--port", "0",
                             "--portfile", str(portfile)], cwd=ROOT, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if portfile.exists():
                break
            time.sleep(0.05)
        con = http.client.HTTPConnection("127.0.0.1", int(portfile.read_text()), timeout=5)
        con.request("GET", "/robots.txt")
        assert b"Crawl-delay: 10" in con.getresponse().read()
    finally:
        proc.terminate()
        proc.wait(5)
