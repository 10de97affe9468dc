"""Cluster identity = organiser + scope + number or name: 'Cụm 2' of two organisers never merges.

The database is the dev set as the repository keeps it (the bundled snapshot's 65 real articles,
`pipeline.py run --offline`); the rules are also checked one phrasing at a time on `identify`.
"""
from __future__ import annotations

import sqlite3
from collections import defaultdict

import pytest

from extract.clusterid import Article, designator, display_name, identify
from extract.keys import resolve_unit, unit_scope
from extract.places import province_of_name, province_slug, source_province

SEED = "https://thiduakhenthuong.langson.gov.vn/vi/tintucsukien/cum-thi-dua-ii-cac-doanh-nghiep-trung-uong-to-chuc-hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2020"


@pytest.fixture(scope="module")
def con(offline_run):
    c = sqlite3.connect(offline_run["snapshot_db"])
    c.row_factory = sqlite3.Row
    yield c
    c.close()


def _mentions(con) -> dict[str, list[tuple]]:
    """cluster_key -> [(article url, identity recomputed from that article alone)]."""
    out = defaultdict(list)
    groups = defaultdict(lambda: defaultdict(list))
    for r in con.execute("SELECT article_url, cluster, cluster_key, unit FROM memberships WHERE current = 1 "
                         "AND cluster != '' UNION ALL SELECT article_url, cluster, cluster_key, unit FROM rankings "
                         "WHERE current = 1 AND cluster != ''"):
        groups[r["article_url"]][(r["cluster_key"], designator(r["cluster"]))].append((r["cluster"], r["unit"]))
    for url, clusters in groups.items():
        a = con.execute("SELECT title, body, source_url FROM articles WHERE url = ?", [url]).fetchone()
        article = Article(a["title"], a["body"], url, a["source_url"])
        for (key, _), pairs in clusters.items():
            name = max((c for c, _ in pairs), key=len)
            units = list(dict.fromkeys(u for _, u in pairs))
            out[key].append((url, identify(name, units, article)))
    return out


def test_no_cluster_key_holds_two_organisers(con):
    mentions = _mentions(con)
    assert len(mentions) >= 30
    for key, found in mentions.items():
        row = con.execute("SELECT * FROM clusters WHERE key = ?", [key]).fetchone()
        organisers = {(i.province, i.organiser, i.level) for _, i in found}
        assert len(organisers) == 1, (key, organisers)  # every article agrees on who organises it
        assert organisers == {(row["province"], row["organiser"], row["level"])}, key
        if row["resolved"]:
            scope = "toan-quoc" if row["level"] == "trung ương" else province_slug(row["province"])
            assert key.startswith(scope + ":") and key.endswith(":" + row["designator"]), key
        else:  # unresolved: kept apart, with the one article that names it
            assert key.startswith("unresolved-") and len({url for url, _ in found}) == 1, key


def test_a_provincial_cluster_holds_no_other_provinces_units(con):
    rows = con.execute("SELECT m.unit, m.cluster_key, c.province, a.source_url FROM memberships m "
                       "JOIN clusters c ON c.key = m.cluster_key JOIN articles a ON a.url = m.article_url "
                       "WHERE m.current = 1 AND c.level = 'tỉnh'").fetchall()
    assert rows
    for r in rows:
        assert province_of_name(r["unit"]) in (None, r["province"]), tuple(r)
        assert source_province(r["source_url"]) in (None, r["province"]), tuple(r)


def test_the_issues_clusters_two_apart(con):
    """Lạng Sơn's central enterprises' Cụm II, a Đồng Tháp commune cluster 'số 2' and a ministry youth
    union's 'Cụm Thi đua số II' are three clusters; so are the border guard's and Đồng Tháp's Cụm 1."""
    def keys_of(slug_part):
        return {r[0] for r in con.execute("SELECT DISTINCT m.cluster_key FROM memberships m JOIN articles a "
                                          "ON a.url = m.article_url WHERE a.url LIKE ?", [f"%{slug_part}%"])}
    seed = con.execute("SELECT DISTINCT cluster_key FROM memberships WHERE article_url = ?", [SEED]).fetchall()
    assert [r[0] for r in seed] == ["lang-son:ubnd:cum-2"]
    commune = keys_of("dongthap.gov.vn/web/hct")
    youth = keys_of("tuoitrebtp.moj.gov.vn")
    assert "toan-quoc:doan-thanh-nien-bo-tu-phap:cum-2" in youth
    assert not commune & {"lang-son:ubnd:cum-2"} and all(k.endswith("cum-2") for k in commune)
    border = keys_of("baolangson.vn/an-ninh-quoc-phong")
    assert border == {"toan-quoc:bo-doi-bien-phong:cum-1"}
    assert keys_of("tpcaolanh.dongthap.gov.vn") == {"dong-thap:ubnd:cum-1"}
    lang_son = {r[0] for r in con.execute("SELECT DISTINCT unit FROM memberships WHERE cluster_key = "
                                          "'lang-son:ubnd:cum-2' AND current = 1")}
    assert not any(u.startswith("xã ") for u in lang_son)  # no commune of another province in it


def test_conflicts_are_disagreements_between_articles_of_one_cluster(con):
    for c in con.execute("SELECT k.*, cl.resolved FROM cluster_conflicts k JOIN clusters cl ON cl.key = k.cluster_key"):
        assert c["resolved"] == 1 and c["unit_a_key"] != c["unit_b_key"], tuple(c)
        assert c["article_a"] != c["article_b"] or c["articles_a"] > 1 or c["articles_b"] > 1, tuple(c)


BOARD = "https://thiduakhenthuong.langson.gov.vn/vi/tintucsukien/x"


@pytest.mark.parametrize("name,units,text,source,expected", [
    # an organiser named in the cluster's name, with its province
    ("Cụm thi đua số 2 - Thanh tra tỉnh Lạng Sơn", ["Thanh tra Sở Tài chính", "Thanh tra Sở Xây dựng"], "", None,
     ("lang-son:thanh-tra:cum-2", "Lạng Sơn", "tỉnh")),
    # named right after a mention, after a comma or 'thuộc'
    ("Cụm Thi đua số II", ["Chi đoàn Cục Kiểm tra văn bản"], "Cụm Thi đua số II, Đoàn thanh niên Bộ Tư pháp (bao gồm",
     None, ("toan-quoc:doan-thanh-nien-bo-tu-phap:cum-2", None, "trung ương")),
    ("Cụm thi đua số 5", ["Thuế tỉnh Phú Thọ", "Thuế tỉnh Quảng Ninh"], "Cụm thi đua số 5 thuộc Cục Thuế gồm", None,
     ("toan-quoc:cuc-thue:cum-5", None, "trung ương")),
    # the host is a member, not the organiser: the members' sector decides, the source the province
    ("Cụm thi đua số 3 VKSND huyện Tây Giang", ["VKSND huyện Tây Giang", "VKSND huyện Nam Giang", "VKSND huyện Phước Sơn"],
     "", "https://taygiang.quangnam.gov.vn/a", ("quang-nam:vien-kiem-sat-nhan-dan:cum-3", "Quảng Nam", "tỉnh")),
    # one sector's units of several provinces: that sector's national body
    ("Cụm thi đua số 4", ["Hội CCB tỉnh Hải Dương", "Hội CCB tỉnh Nam Định", "Hội CCB tỉnh Thái Bình"], "", None,
     ("toan-quoc:trung-uong-hoi-cuu-chien-binh-viet-nam:cum-4", None, "trung ương")),
    # a province's departments, named by the source: its People's Committee
    ("Khối thi đua số 2", ["Sở Ngoại vụ", "Sở Nội vụ", "Văn phòng UBND tỉnh"], "", "https://snv.kiengiang.gov.vn/t",
     ("kien-giang:ubnd:khoi-2", "Kiên Giang", "tỉnh")),
    ("Cụm thi đua II - Các doanh nghiệp Trung ương", ["Công ty Điện lực Lạng Sơn", "Chi nhánh Ga Đồng Đăng"], "",
     BOARD, ("lang-son:ubnd:cum-2", "Lạng Sơn", "tỉnh")),
])
def test_identify_reads_the_articles_words(name, units, text, source, expected):
    ident = identify(name, units, Article(text, text, "http://127.0.0.1/vi/tintucsukien/a", source))
    assert (ident.key, ident.province, ident.level) == expected and ident.resolved


@pytest.mark.parametrize("name,units,source", [
    ("Cụm thi đua số 2", ["xã Phú Hựu", "xã An Hiệp"], "https://dongthap.gov.vn/a"),  # whose district's?
    ("Cụm thi đua số 2", ["Sở Nội vụ", "Sở Tư pháp"], None),  # which province's?
    ("Cụm thi đua các tỉnh Tây Nguyên", ["Sở Y tế tỉnh Gia Lai", "Công an tỉnh Đắk Lắk"], None),  # whose?
])
def test_what_the_words_cannot_decide_stays_apart(name, units, source):
    a, b = (Article("", "", f"http://127.0.0.1/vi/tintucsukien/{n}", source) for n in ("a", "b"))
    ka, kb = identify(name, units, a), identify(name, units, b)
    assert not ka.resolved and ka.key.startswith("unresolved-") and ka.key != kb.key


def test_a_units_province_comes_from_its_name_or_its_cluster():
    article = Article("", "", "http://127.0.0.1/vi/tintucsukien/a", None)
    assert unit_scope("BĐBP tỉnh Quảng Ninh", "Lạng Sơn", article).province == "Quảng Ninh"
    assert unit_scope("Sở Tư pháp", "Sóc Trăng", article).province == "Sóc Trăng"
    unplaced = unit_scope("Sở Tư pháp", None, article)
    assert unplaced.province is None and resolve_unit("Sở Tư pháp", unplaced).key.startswith("unresolved-")
    assert resolve_unit("Sở Tư pháp", unit_scope("Sở Tư pháp", "Lạng Sơn", article)).key == "so-tu-phap"
    assert resolve_unit("Sở Tư pháp tỉnh Sóc Trăng", unit_scope("Sở Tư pháp tỉnh Sóc Trăng", None, article)).key \
        == resolve_unit("Sở Tư pháp", unit_scope("Sở Tư pháp", "Sóc Trăng", article)).key == "soc-trang:so-tu-phap"


@pytest.mark.parametrize("written,shown,desig", [
    ("KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ NĂM 2020", "Khối thi đua các hội đặc thù", "khoi-hoi-dac-thu"),
    ("khối thi đua các cơ quan văn hóa xã hội", "Khối thi đua các cơ quan văn hóa xã hội",
     "khoi-co-quan-van-hoa-xa-hoi"),
    ("Cụm Thi đua số II, Đoàn thanh niên Bộ Tư pháp", "Cụm Thi đua số II, Đoàn thanh niên Bộ Tư pháp", "cum-2"),
    ("Khối thi đua các phòng, ban và đơn vị trực thuộc Sở", "Khối thi đua các phòng, ban và đơn vị trực thuộc Sở",
     "khoi-phong-ban-don-vi"),
])
def test_a_clusters_name_and_designator_hold_no_year_and_no_capitals(written, shown, desig):
    assert display_name(written) == shown and designator(written) == desig
