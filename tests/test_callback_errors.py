"""Whatever goes wrong while a page is handled (a link the storage cannot take, a database error) is a
recorded page error, counted in the run's errors and retried next run: never a page lost silently."""
import sqlite3

import storage
from conftest import add_listing_rows, query, run_crawl

ABSURD = "/vi/node/99999999999999999999"   # no SQLite integer holds it


def test_an_absurd_node_link_costs_that_link_not_the_section(mirror, crawl_db):
    mirror.faults.edits = {"/vi/quyetdinhkhen": lambda h: add_listing_rows(h, [ABSURD])}
    c = run_crawl(crawl_db, mirror.url, sections=["quyetdinhkhen"])
    assert c["articles_new"] == 1                          # the section's article landed all the same
    assert [e["url"] for e in c["errors"]] == [mirror.url + ABSURD]
    assert query(crawl_db, "SELECT error IS NOT NULL FROM pages WHERE url = ?", [mirror.url + ABSURD]) == [(1,)]


def test_a_database_error_while_storing_is_a_page_error_and_the_page_is_read_next_run(mirror, crawl_db):
    storage.connect(crawl_db).close()
    writer = sqlite3.connect(crawl_db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")                   # another writer holds the database all along
    try:
        c = run_crawl(crawl_db, mirror.url, sections=["quyetdinhkhen"], connect={"busy_timeout_ms": 50})
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    fetched = mirror.paths()                           # robots.txt and the listing
    assert len(fetched) == 2 and c["articles_new"] == 0
    assert {e["url"] for e in c["errors"]} == {mirror.url + p for p in fetched}
    assert all("database is locked" in e["error"] for e in c["errors"])
    c = run_crawl(crawl_db, mirror.url, sections=["quyetdinhkhen"])
    assert c["articles_new"] == 1 and c["errors"] == []
