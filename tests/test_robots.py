"""robots.txt is read before any other request of a run and every request obeys it, redirect hops
included, whatever order Scrapy would have sent them in (scrapy/scrapy#6802 let requests queued while
robots.txt was fetched through). An unreadable robots.txt (5xx, no answer) means: crawl nothing."""
import pytest

from conftest import add_listing_rows, query, run_crawl

SECTIONS = ("tintucsukien", "quyetdinhkhen", "gopydthaos")
NEWEST = "/vi/tintucsukien/cum-thi-dua-so-1-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2020"


@pytest.mark.parametrize("section", SECTIONS)
def test_a_disallowed_section_is_never_requested(mirror, crawl_db, section):
    mirror.faults.extra = {"/robots.txt": f"User-agent: *\nDisallow: /vi/{section}\n"}
    c = run_crawl(crawl_db, mirror.url)
    paths = mirror.paths()
    assert paths[0] == "/robots.txt" and paths.count("/robots.txt") == 1
    assert not [p for p in paths if p.startswith(f"/vi/{section}")], paths
    assert c["disallowed"] >= 1 and c["errors"] == []
    stored = dict(query(crawl_db, "SELECT section, count(*) FROM articles GROUP BY section"))
    assert section not in stored
    assert stored == {s: n for s, n in {"tintucsukien": 64, "quyetdinhkhen": 1}.items() if s != section}


def test_a_redirect_into_a_disallowed_path_is_not_followed(mirror, crawl_db):
    mirror.faults.extra = {"/robots.txt": f"User-agent: *\nDisallow: {NEWEST}\n"}
    mirror.faults.edits = {"/vi/quyetdinhkhen": lambda h: add_listing_rows(h, ["/vi/node/745"])}
    c = run_crawl(crawl_db, mirror.url, sections=["quyetdinhkhen"])
    assert "/vi/node/745" in mirror.paths() and NEWEST not in mirror.paths()
    assert c["disallowed"] == 1 and c["errors"] == [] and c["articles_new"] == 1


def test_robots_txt_missing_means_no_rules(mirror, crawl_db):
    mirror.faults.removed_paths = {"/robots.txt"}
    c = run_crawl(crawl_db, mirror.url, sections=["quyetdinhkhen"])
    assert c["articles_new"] == 1 and c["errors"] == []
