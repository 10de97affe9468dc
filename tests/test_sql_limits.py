"""The project's SQL functions in Datasette (`fold`, `fts_query`, `cluster_designator` …) run Python, which
`sql_time_limit_ms` cannot interrupt: their input is capped, so a query cannot buy seconds of CPU and
gigabytes of memory with one huge string (`fold` on 100 MB took 19 s and 1.4 GB), and no string on
the connection may outgrow 32 MB."""
import asyncio
from urllib.parse import urlencode

import pytest

from facts_db import build_facts_db
from storage.serve import datasette_app

# sqlite3 hands a refused argument's ValueError to sys.unraisablehook as well: expected here
pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    return datasette_app(build_facts_db(tmp_path_factory.mktemp("limits") / "tdkt.db"))


def sql(ds, query: str):
    r = asyncio.run(ds.client.get("/tdkt.json?" + urlencode({"sql": query, "_shape": "array"})))
    return r.status_code, r.json()


@pytest.mark.parametrize("function,limit", [("fold", 100_000), ("fts_query", 100_000), ("like_pattern", 100_000),
                                            ("cluster_designator", 1_000)])
def test_an_argument_over_the_cap_is_refused(ds, function, limit):
    status, body = sql(ds, f"select length({function}(printf('%.*c', {limit}, 'a'))) > 0 as v")
    assert status == 200, body
    status, body = sql(ds, f"select {function}(printf('%.*c', {limit + 1}, 'a')) as v")
    assert status == 400 and "user-defined function raised exception" in body["error"], body


def test_no_string_may_outgrow_32_mb(ds):
    status, body = sql(ds, "select length(replace(printf('%.*c', 20000000, 'a'), 'a', 'aa')) as n")
    assert status == 400 and "too big" in body["error"], body


def test_ordinary_arguments_still_work(ds):
    status, body = sql(ds, "select fold('Điện lực Lạng Sơn') as f, fts_query('dien luc') as q, cluster_key('Cụm II') as k")
    assert status == 200, body
    assert body[0]["f"] == "dien luc lang son" and body[0]["q"] and body[0]["k"]
    status, body = sql(ds, f"select length(fold(printf('%.*c', 10000, 'a'))) as n")
    assert status == 200 and body == [{"n": 10000}]
