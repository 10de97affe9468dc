"""A listing pager that yields no new link for `pager_patience` pages in a row (default 3) is not
followed further: an endless pager costs a few requests, not the whole request cap every night."""
import re

from conftest import run_crawl

DECISION = ("/vi/quyetdinhkhen/quyet-dinh-so-1034-qd-ubnd-cua-chu-tich-ubnd-tinh-tang-bang-khen-cho-06-tap-the-"
            "06-ca-nhan-vi-da-co-thanh-tich-xuat-sac")


def endless(query: str) -> str:
    """Every page lists the same post and links the next page, forever."""
    page = int((re.search(r"page=(\d+)", query) or [0, 0])[1])
    return (f'<html><body><div class="view-content"><div class="views-row"><div class="views-field views-field-title">'
            f'<span class="field-content"><a href="{DECISION}">x</a></span></div></div></div>'
            f'<ul class="pager"><li class="pager-next"><a href="/vi/quyetdinhkhen?page={page + 1}">sau</a></li></ul>'
            "</body></html>")


def test_an_endless_pager_stops_after_three_pages_without_a_new_link(mirror, crawl_db):
    mirror.faults.generated = {"/vi/quyetdinhkhen": endless}
    c = run_crawl(crawl_db, mirror.url, sections=["quyetdinhkhen"], max_pages=200)
    listings = [p for p in mirror.paths() if p.startswith("/vi/quyetdinhkhen?") or p == "/vi/quyetdinhkhen"]
    assert len(listings) == 1 + 3            # the first page (one new link), then three with nothing new
    assert c["articles_new"] == 1 and c["errors"] == [] and c["capped"] is False
    assert any("pager" in n["what"] for n in c["reported"])
    mirror.log.clear()
    c = run_crawl(crawl_db, mirror.url, sections=["quyetdinhkhen"], max_pages=200)
    assert [p for p in mirror.paths() if p.startswith("/vi/quyetdinhkhen?") or p == "/vi/quyetdinhkhen"] \
        == ["/vi/quyetdinhkhen"]                   # the pager ended there: one page a night from now on
