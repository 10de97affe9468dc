"""Re-validation: every stored article is re-checked with a conditional GET at least once every
`revalidate_days` (default 7), spread evenly over the nights (ceil(stored / days) a night, plus any
overdue), so an edit or a removal of an old article is seen within that many days. Nights are
simulated with the crawl's clock (`now`)."""
import datetime as dt
import math
import re

import pytest

from conftest import query, run_crawl
from crawler import mirror_server, synthetic_mirror

N_ARTICLES, DAYS = 300, 7
T0 = dt.datetime(2024, 3, 1, 2, 0, tzinfo=dt.timezone.utc)


def night(k: int) -> str:
    return (T0 + dt.timedelta(days=k)).isoformat()


@pytest.fixture(scope="module")
def big_site(tmp_path_factory):
    """A 300-article mirror on loopback."""
    out = synthetic_mirror.build(tmp_path_factory.mktemp("big") / "mirror", N_ARTICLES)
    url, server = mirror_server.start(out)
    yield server
    server.shutdown()


@pytest.mark.slow
def test_300_articles_are_all_rechecked_within_7_nights_about_43_a_night(big_site, tmp_path):
    db = tmp_path / "big.db"
    c = run_crawl(db, big_site.url, now=night(0), max_pages=1000)
    assert c["articles_new"] == N_ARTICLES and c["errors"] == []
    paths = sorted(p for p in big_site.paths() if re.fullmatch(r"/vi/[^/?]+/[^/?]+", p))
    edited, removed = paths[-1], paths[-2]       # the last two in the re-check order: seen on night 7
    big_site.faults.edits = {edited: ("</h1>", " (sửa)</h1>")}
    big_site.faults.removed_paths = {removed}
    checked: dict[str, int] = {}
    for k in range(1, DAYS + 1):
        big_site.log.clear()
        c = run_crawl(db, big_site.url, now=night(k), revalidate_days=DAYS)
        conditional = [e["path"] for e in big_site.log if e["inm"]]
        assert len(conditional) == c["revalidated"]
        assert abs(len(conditional) - N_ARTICLES / DAYS) <= 1, (k, len(conditional))   # about 43
        for p in conditional:
            checked.setdefault(p, k)
        assert c["errors"] == []
    assert set(checked) == set(paths)                 # all 300 within 7 nights
    assert len(paths) == N_ARTICLES and math.ceil(N_ARTICLES / DAYS) == 43
    assert query(db, "SELECT count(*) FROM article_versions WHERE url = ?", [big_site.url + edited]) == [(1,)]
    assert query(db, "SELECT status FROM articles WHERE url = ?", [big_site.url + removed]) == [("gone",)]


def test_revalidation_is_off_with_zero_days(mirror, crawl_db):
    run_crawl(crawl_db, mirror.url, sections=["quyetdinhkhen"], now=night(0))
    mirror.log.clear()
    c = run_crawl(crawl_db, mirror.url, sections=["quyetdinhkhen"], now=night(30), revalidate_days=0)
    assert c["revalidated"] == 0 and not [e for e in mirror.log if e["inm"]]      # 30 days overdue, not asked
