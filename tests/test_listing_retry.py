"""A listing page that failed is asked again next run, like a failed article: the articles behind it
are not left missing until someone runs --full."""
from conftest import query, run_crawl
from test_crawl import NEWEST, drop_listing_row

# the first article on the news listing's second page (?page=1)
PAGE1_FIRST = "/vi/tintucsukien/khoi-thi-dua-san-xuat-kinh-doanh-trung-uong-phat-dong-phong-trao-thi-dua-nam-2023"


def test_a_listing_page_that_failed_is_retried_next_run(mirror, crawl_db):
    hidden = {NEWEST, PAGE1_FIRST}
    mirror.faults.removed_paths = hidden       # 1. both posts not published yet
    mirror.faults.edits = {"/vi/tintucsukien": lambda h: drop_listing_row(h, NEWEST),
                           "/vi/tintucsukien?page=1": lambda h: drop_listing_row(h, PAGE1_FIRST)}
    c = run_crawl(crawl_db, mirror.url, sections=["tintucsukien"])
    assert c["articles_new"] == 62 and c["errors"] == []
    mirror.faults.removed_paths, mirror.faults.edits = set(), {}
    mirror.faults.broken_paths = {"/vi/tintucsukien?page=1"}   # 2. published; page 2 of the listing fails
    c = run_crawl(crawl_db, mirror.url, sections=["tintucsukien"])
    assert c["articles_new"] == 1
    assert [e["url"] for e in c["errors"]] == [mirror.url + "/vi/tintucsukien?page=1"]
    mirror.faults.broken_paths = set()                         # 3. the site is well again
    mirror.log.clear()
    c = run_crawl(crawl_db, mirror.url, sections=["tintucsukien"])
    assert c["articles_new"] == 1 and c["errors"] == []
    assert "/vi/tintucsukien?page=1" in mirror.paths()
    assert query(crawl_db, "SELECT count(*) FROM articles WHERE url = ?", [mirror.url + PAGE1_FIRST]) == [(1,)]
    assert query(crawl_db, "SELECT count(*) FROM pages WHERE error IS NOT NULL") == [(0,)]
