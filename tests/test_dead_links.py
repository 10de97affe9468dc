"""A link that answers 404/410 on `retire_after` runs (default 3) is retired and reported, then no
longer asked for (a --full crawl still re-checks it): dead links on a listing cannot keep every
night partial forever."""
from conftest import add_listing_rows, query, run_crawl

DEAD = [f"/vi/quyetdinhkhen/removed-post-{i}" for i in range(5)]


def test_dead_links_are_retired_after_three_answers_and_then_left_alone(mirror, crawl_db):
    mirror.faults.edits = {"/vi/quyetdinhkhen": lambda h: add_listing_rows(h, DEAD)}
    urls = sorted(mirror.url + p for p in DEAD)
    for night in (1, 2):
        c = run_crawl(crawl_db, mirror.url, sections=["quyetdinhkhen"])
        assert sorted(e["url"] for e in c["errors"]) == urls, night     # partial, retried next night
        assert c["retired"] == 0
    c = run_crawl(crawl_db, mirror.url, sections=["quyetdinhkhen"])
    assert c["errors"] == [] and c["retired"] == 5                       # the third 404: retired, reported
    assert sorted(n["url"] for n in c["reported"] if "retired" in n["what"]) == urls
    assert query(crawl_db, "SELECT count(*) FROM pages WHERE retired_at IS NOT NULL AND dead_count = 3") == [(5,)]
    mirror.log.clear()
    c = run_crawl(crawl_db, mirror.url, sections=["quyetdinhkhen"])
    assert c["errors"] == [] and c["retired"] == 0
    assert not [p for p in mirror.paths() if p in DEAD]                  # no longer asked for
    c = run_crawl(crawl_db, mirror.url, sections=["quyetdinhkhen"], full=True)
    assert len([p for p in mirror.paths() if p in DEAD]) == 5            # --full re-checks them


def test_retire_after_is_a_setting(mirror, crawl_db):
    mirror.faults.edits = {"/vi/quyetdinhkhen": lambda h: add_listing_rows(h, DEAD[:1])}
    c = run_crawl(crawl_db, mirror.url, sections=["quyetdinhkhen"], retire_after=1)
    assert c["errors"] == [] and c["retired"] == 1
