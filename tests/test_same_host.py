"""The crawl talks to the site's own origin only, on every hop: a redirect or a canonical link that
leads to another host (127.0.0.2, `localhost`, another port of the same address) is refused and
recorded, never fetched and never stored."""
from urllib.parse import urlsplit

from conftest import SNAPSHOT, add_listing_rows, query, run_crawl
from crawler import mirror_server

NEWEST = "/vi/tintucsukien/cum-thi-dua-so-1-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2020"
DECISION = ("/vi/quyetdinhkhen/quyet-dinh-so-1034-qd-ubnd-cua-chu-tich-ubnd-tinh-tang-bang-khen-cho-06-tap-the-"
            "06-ca-nhan-vi-da-co-thanh-tich-xuat-sac")


def test_redirects_to_other_hosts_are_refused_and_recorded(mirror, other_host, crawl_db):
    _, other_port = mirror_server.start(SNAPSHOT)          # an internal service on the same address
    port = urlsplit(mirror.url).port
    targets = {"/vi/node/1": other_host.url + NEWEST,
               "/vi/node/2": f"http://localhost:{port}{NEWEST}",
               "/vi/node/3": other_port.url + NEWEST}
    try:
        mirror.faults.redirects = targets
        mirror.faults.edits = {"/vi/quyetdinhkhen": lambda h: add_listing_rows(h, list(targets))}
        c = run_crawl(crawl_db, mirror.url, sections=["quyetdinhkhen"])
    finally:
        other_port.shutdown()
    assert other_host.log == [] and other_port.log == []
    assert NEWEST not in mirror.paths()                    # not via `localhost` either
    assert c["articles_new"] == 1 and c["refused"] == 3 and c["errors"] == []
    assert query(crawl_db, "SELECT url FROM articles") == [(mirror.url + DECISION,)]
    for path, target in targets.items():
        (why,) = query(crawl_db, "SELECT retired_why FROM pages WHERE url = ?", [mirror.url + path])[0]
        assert urlsplit(target).netloc in why
    mirror.log.clear()
    run_crawl(crawl_db, mirror.url, sections=["quyetdinhkhen"])
    assert not [p for p in mirror.paths() if p in targets]  # a refused link is not asked again


def test_a_canonical_link_to_another_host_is_refused(mirror, other_host, crawl_db):
    mirror.faults.edits = {DECISION: (f'<link rel="canonical" href="{DECISION}"',
                                      f'<link rel="canonical" href="{other_host.url}{DECISION}"')}
    c = run_crawl(crawl_db, mirror.url, sections=["quyetdinhkhen"])
    assert other_host.log == []
    assert c["articles_new"] == 0 and c["refused"] == 1 and c["errors"] == []
    assert query(crawl_db, "SELECT count(*) FROM articles") == [(0,)]
    (why,) = query(crawl_db, "SELECT retired_why FROM pages WHERE url = ?", [mirror.url + DECISION])[0]
    assert "canonical" in why and "127.0.0.2" in why
