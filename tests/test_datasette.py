"""Datasette through its own test client, on a small real database built from fact dicts."""
import asyncio
import json
import re
import sqlite3
from urllib.parse import urlencode

import pytest

from facts_db import build_facts_db
from storage.serve import META_PATH, SETTINGS, datasette_app, metadata_for, serve_args

A1 = "http://127.0.0.1/vi/tintucsukien/cum-thi-dua-ii-tong-ket-nam-2020"
A3 = "http://127.0.0.1/vi/tintucsukien/dien-luc-lang-son-don-nhan-co-thi-dua-cua-chinh-phu"
A4 = "http://127.0.0.1/vi/tintucsukien/cum-thi-dua-ii-hoi-nghi-trien-khai-2020"


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return build_facts_db(tmp_path_factory.mktemp("ds") / "tdkt.db")


@pytest.fixture(scope="module")
def ds(db_path):
    return datasette_app(db_path)


def get(ds, path, **params):
    url = path + ("?" + urlencode(params) if params else "")
    return asyncio.run(ds.client.get(url))


def rows(ds, path, **params):
    r = get(ds, path + ".json", _shape="array", **params)
    assert r.status_code == 200, r.text
    return r.json()


def test_every_canned_query_is_tested():
    queries = json.loads(META_PATH.read_text())["databases"]["tdkt"]["queries"]
    tested = {"lanh_dao_cum", "lich_su_khen_thuong", "thanh_vien_cum", "co_thi_dua_theo_nam", "tim_don_vi",
              "lich_su_don_vi", "tim_bai_viet", "moi_cap_nhat"}  # moi_cap_nhat: tests/test_feed.py
    assert set(queries) == tested
    for q in queries.values():  # described in Vietnamese and English
        assert " / " in q["title"] and " / " in q["description"]


def test_home_page_has_title_source_and_licence(ds):
    r = get(ds, "/")
    assert r.status_code == 200
    assert "Thi đua - Khen thưởng Lạng Sơn" in r.text
    assert "thiduakhenthuong.langson.gov.vn" in r.text  # source
    assert "quote with attribution" in r.text  # licence
    assert "/tdkt/cluster_leadership" in r.text


def test_every_table_and_view_is_described(db_path):
    meta = metadata_for(db_path)["databases"]["tdkt"]["tables"]
    conn = sqlite3.connect(db_path)
    names = [n for (n,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'")]
    shadow = [n for n in names if any(n.startswith(f"{fts}_") and n != f"{fts}_docs" for fts in
                                      ("unit_aliases_fts", "search_articles", "search_facts"))]
    missing = [n for n in names if n not in shadow and not meta.get(n, {}).get("description")]
    assert not missing, f"tables or views without a description in datasette_meta.json: {missing}"


def test_canned_leadership_by_year(ds):
    got = rows(ds, "/tdkt/lanh_dao_cum", cluster="")
    assert [(r["cluster"], r["year"], r["chair"], r["vice_chair"], r["members_count"]) for r in got] == [
        ("Cụm thi đua số 2", 2020, "Chi nhánh Xăng dầu Lạng Sơn; Công ty Điện lực Lạng Sơn",
         "Chi nhánh Ga Đồng Đăng", 4),
        ("Khối thi đua Mặt trận - Đoàn thể tỉnh", 2018, "Ủy ban MTTQ Việt Nam tỉnh", "Hội Cựu chiến binh tỉnh", 2),
    ]
    assert set(got[0]["source_articles"].split()) == {A1, A4}
    only = rows(ds, "/tdkt/lanh_dao_cum", cluster="mat tran")
    assert [r["cluster_key"] for r in only] == ["khoi-mat-tran-doan-the"]
    assert [r["cluster_key"] for r in rows(ds, "/tdkt/lanh_dao_cum", cluster="Cụm thi đua II")] == ["cum-2"]


@pytest.mark.parametrize("typed", ["dien luc", "Điện lực Lạng Sơn", "PC Lạng Sơn", "ĐIỆN LỰC LS"])
def test_canned_award_history_of_a_unit_any_spelling(ds, typed):
    got = rows(ds, "/tdkt/lich_su_khen_thuong", unit=typed)
    assert [(r["year"], r["award"], r["status"], r["unit"], r["article_url"]) for r in got] == [
        (2020, "Cờ thi đua của Chính phủ", "conferred", "Công ty Điện lực Lạng Sơn", A3)]
    assert got[0]["evidence"].startswith("Công ty Điện lực Lạng Sơn vinh dự đón nhận Cờ thi đua")


def test_canned_award_history_needs_a_name(ds):
    assert rows(ds, "/tdkt/lich_su_khen_thuong", unit="") == []
    got = rows(ds, "/tdkt/lich_su_khen_thuong", unit="xang dau")
    assert [(r["award"], r["grantor"]) for r in got] == [("Bằng khen", "Thủ tướng Chính phủ")]


@pytest.mark.parametrize("cluster", ["cum-2", "Cụm thi đua số 2", "cum thi dua II", "Cụm 2"])
def test_canned_members_of_a_cluster_in_a_year(ds, cluster):
    got = rows(ds, "/tdkt/thanh_vien_cum", cluster=cluster, year="2020")
    assert [(r["unit"], r["role"], r["rank"]) for r in got] == [
        ("Chi nhánh Xăng dầu Lạng Sơn", "chair", None),  # chair in A4, member in A1: the higher role
        ("Công ty Điện lực Lạng Sơn", "chair", None),
        ("Chi nhánh Ga Đồng Đăng", "vice_chair", 1),
        ("Công ty cổ phần Lương thực Cao Lạng", "member", 2),
    ]
    assert rows(ds, "/tdkt/thanh_vien_cum", cluster=cluster, year="2019") == []


def test_canned_co_thi_dua_in_a_year(ds):
    got = rows(ds, "/tdkt/co_thi_dua_theo_nam", year="2020")
    assert [(r["unit"], r["award"], r["status"]) for r in got] == [
        ("Công ty Điện lực Lạng Sơn", "Cờ thi đua của Chính phủ", "conferred"),
        ("Chi nhánh Ga Đồng Đăng", "Cờ thi đua", "proposed"),
    ]
    assert rows(ds, "/tdkt/co_thi_dua_theo_nam", year="2018") == []


@pytest.mark.parametrize("q,expected", [
    ("dien luc", {"cong-ty-dien-luc-lang-son"}),
    ("hoi dong", {"hoi-dong-thi-dua-khen-thuong-tinh"}),
    ("Uỷ ban MTTQ", {"uy-ban-mttq-viet-nam-tinh"}),
    ("uy ban mat tran", {"uy-ban-mttq-viet-nam-tinh"}),
    ("xang dau", {"chi-nhanh-xang-dau-lang-son", "cty-xang-dau-lang-son"}),
    ("", set()),
])
def test_canned_search_units_any_spelling(ds, q, expected):
    assert {r["key"] for r in rows(ds, "/tdkt/tim_don_vi", q=q)} == expected


@pytest.mark.parametrize("typed", ["dien luc", "Điện lực", "ĐIỆN LỰC"])
def test_unit_aliases_search_box_any_spelling(ds, typed):
    got = {r["alias"] for r in rows(ds, "/tdkt/unit_aliases", _search=typed)}
    assert got == {"Công ty Điện lực Lạng Sơn", "Điện lực Lạng Sơn", "Điện lực LS"}
    assert 'name="_search"' in get(ds, "/tdkt/unit_aliases").text


def test_canned_unit_history_and_article_search(ds):
    got = rows(ds, "/tdkt/lich_su_don_vi", unit="ga dong dang")
    assert [(r["year"], r["cluster"], r["role"], r["rank"], r["awards"]) for r in got] == [
        (2020, "Cụm thi đua số 2", "vice_chair", 1, "Cờ thi đua - UBND tỉnh (đề nghị)")]
    assert got[0]["vai_tro"] == "Phó trưởng cụm" and got[0]["province"] == "Lạng Sơn"
    arts = rows(ds, "/tdkt/tim_bai_viet", q="don nhan co thi dua")
    assert [a["url"] for a in arts] == [A3]


def test_views(ds):
    hist = rows(ds, "/tdkt/unit_history", unit_key="cong-ty-dien-luc-lang-son")
    assert [(r["year"], r["cluster"], r["role"], r["awards"]) for r in hist] == [
        (2020, "Cụm thi đua số 2", "chair", "Cờ thi đua của Chính phủ (được tặng)")]
    assert (hist[0]["vai_tro"], hist[0]["province"], hist[0]["organiser"]) == (
        "Trưởng cụm", "Lạng Sơn", "UBND tỉnh Lạng Sơn")
    assert hist[0]["source_articles"].split() == sorted([A1, A3]) or set(hist[0]["source_articles"].split()) == {A1, A3}
    awards = rows(ds, "/tdkt/award_history", _sort="fact_id")
    assert len(awards) == 5
    assert {(a["award_kind"], a["status"]) for a in awards} == {
        ("Cờ thi đua", "proposed"), ("Bằng khen", "proposed"), ("Bằng khen", "conferred"), ("Cờ thi đua", "conferred")}
    assert all(a["article_url"].startswith("http://127.0.0.1/") and a["evidence"] and a["article_title"]
               for a in awards)
    lead = rows(ds, "/tdkt/cluster_leadership", cluster_key="khoi-mat-tran-doan-the")
    assert lead[0]["chair"] == "Ủy ban MTTQ Việt Nam tỉnh" and lead[0]["year"] == 2018
    unmatched = {r["unit_key"]: r for r in rows(ds, "/tdkt/unmatched_names")}
    assert unmatched["cty-xang-dau-lang-son"]["proposals"] == "chi-nhanh-xang-dau-lang-son (0.86)"
    assert "cong-ty-dien-luc-lang-son" not in unmatched  # a gazetteer unit


def test_conflicts_view_shows_the_planted_conflict(ds):
    got = rows(ds, "/tdkt/conflicts")
    assert len(got) == 1
    c = got[0]
    assert (c["cluster_key"], c["year"], c["role"]) == ("cum-2", 2020, "chair")
    assert {c["unit_a"], c["unit_b"]} == {"Công ty Điện lực Lạng Sơn", "Chi nhánh Xăng dầu Lạng Sơn"}
    assert {c["article_a"], c["article_b"]} == {A1, A4}
    assert c["evidence_a"] and c["evidence_b"]


def test_facets_sort_and_labels(ds):
    r = get(ds, "/tdkt/award_history.json")
    data = r.json()
    assert {"year", "award_kind", "trang_thai", "province", "grantor"} <= set(data["facet_results"])
    assert {f["value"] for f in data["facet_results"]["trang_thai"]["results"]} == {"đề nghị", "được tặng"}
    years = [r["year"] for r in rows(ds, "/tdkt/award_history")]
    assert years == sorted(years, reverse=True)  # default sort from the metadata
    assert "sorted by year descending" in get(ds, "/tdkt/award_history").text
    labelled = rows(ds, "/tdkt/awards", _labels="on", recipient_key="cong-ty-dien-luc-lang-son")
    assert labelled[0]["recipient_key"] == {"value": "cong-ty-dien-luc-lang-son", "label": "Công ty Điện lực Lạng Sơn"}
    page = get(ds, "/tdkt/memberships").text
    assert "Cụm thi đua số 2" in page  # cluster_key shown with its label


def test_read_only(ds, db_path):
    before = sqlite3.connect(db_path).execute("SELECT count(*) FROM memberships").fetchone()[0]
    r = get(ds, "/tdkt.json", sql="DELETE FROM memberships")
    assert r.status_code == 400 and "Statement must be a SELECT" in r.text
    r = get(ds, "/tdkt.json", sql="WITH x AS (SELECT 1) DELETE FROM memberships")
    assert r.status_code == 400
    db = ds.get_database("tdkt")
    with pytest.raises(sqlite3.OperationalError, match="readonly|read-only|query_only|attempt to write"):
        asyncio.run(db.execute_write("DELETE FROM memberships"))
    r = asyncio.run(ds.client.post("/tdkt/lanh_dao_cum", data={"cluster": ""}))  # not a write query
    assert r.status_code >= 400
    assert sqlite3.connect(db_path).execute("SELECT count(*) FROM memberships").fetchone()[0] == before


def test_settings_and_plugins(ds):
    settings = get(ds, "/-/settings.json").json()
    assert settings["sql_time_limit_ms"] == SETTINGS["sql_time_limit_ms"] <= 2000
    plugins = {p["name"] for p in get(ds, "/-/plugins.json").json()}
    assert {"datasette-dashboards", "tdkt_langson.py"} <= plugins


def test_dashboard_and_its_charts(ds):
    r = get(ds, "/-/dashboards/khen-thuong")
    assert r.status_code == 200 and "Awards per year" in r.text
    charts = json.loads(META_PATH.read_text())["plugins"]["datasette-dashboards"]["khen-thuong"]["charts"]
    for name, chart in charts.items():
        for status in ("", "được tặng"):  # the filter offers Vietnamese labels
            sql = re.sub(r"\[\[(.*?)\]\]", lambda m: m.group(1) if status else "", chart["query"])
            params = {"status": status} if status else {}
            got = rows(ds, "/tdkt", sql=sql, **params)
            assert got, (name, status)
    per_year = rows(ds, "/tdkt", sql=re.sub(r"\[\[(.*?)\]\]", "", charts["awards-per-year"]["query"]))
    assert {(r["year"], r["award_kind"], r["awards"]) for r in per_year} == {
        (2018, "Bằng khen", 1), (2020, "Bằng khen", 2), (2020, "Cờ thi đua", 2)}


def test_metadata_follows_the_database_name(tmp_path):
    path = build_facts_db(tmp_path / "langson.db")
    ds = datasette_app(path)
    assert [r["year"] for r in rows(ds, "/langson/co_thi_dua_theo_nam", year="2020")] == [2020, 2020]
    assert get(ds, "/-/dashboards/khen-thuong").status_code == 200
    assert "/langson/cluster_leadership" in get(ds, "/").text


def test_serve_args(tmp_path):
    args = serve_args(tmp_path / "langson.db", 8123)
    assert args[1:4] == ["-m", "datasette", "serve"]
    assert "-i" not in args and str(tmp_path / "langson.db") in args
    assert args[args.index("--host") + 1] == "127.0.0.1" and args[args.index("--port") + 1] == "8123"
    i = args.index("sql_time_limit_ms")
    assert args[i - 1] == "--setting" and int(args[i + 1]) > 0
    meta = json.loads(open(args[args.index("--metadata") + 1]).read())
    assert "langson" in meta["databases"]
    assert "-i" in serve_args(tmp_path / "tdkt.db", 8123, immutable=True)
