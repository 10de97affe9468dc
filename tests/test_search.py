"""Folded full-text search: any spelling, with or without accents, finds units, facts and articles."""
import pytest

from facts_db import facts_db_path, facts_sample  # noqa: F401 (fixtures)
import storage
from storage import facts, search, units


@pytest.fixture
def db(facts_db_path):
    d = storage.connect(facts_db_path)
    yield d
    d.close()


def _unit_names(rows):
    return {r["name"] for r in rows}


@pytest.mark.parametrize("query", ["dien luc", "Điện lực", "ĐIỆN LỰC", "điện luc", "Dien Luc Lang"])
def test_dien_luc_finds_the_unit_however_typed(db, query):
    assert "Công ty Điện lực Lạng Sơn" in _unit_names(search.search_units(db, query))


def test_alias_spelling_finds_the_unit(db):
    assert _unit_names(search.search_units(db, "pc lang son")) == {"Công ty Điện lực Lạng Sơn"}
    assert _unit_names(search.search_units(db, "Điện lực LS")) == {"Công ty Điện lực Lạng Sơn"}


def test_hoi_dong_finds_hoi_dong(db):
    assert "Hội đồng Thi đua - Khen thưởng tỉnh" in _unit_names(search.search_units(db, "hoi dong"))
    assert "Hội đồng Thi đua - Khen thưởng tỉnh" in _unit_names(search.search_units(db, "Hội đồng TĐKT"))
    labels = [r["label"] for r in search.search_facts(db, "hoi dong thi dua")]
    assert any("Hội đồng Thi đua - Khen thưởng tỉnh" in lb for lb in labels)  # the grantor of an award


def test_bang_khen_finds_awards_and_articles(db):
    awards = [r["label"] for r in search.search_facts(db, "bang khen") if r["kind"] == "award"]
    assert len([lb for lb in awards if "Bằng khen" in lb]) == 3  # (a Cờ thi đua whose evidence names one too)
    titles = {r["title"] for r in search.search_articles(db, "bang khen")}
    assert "Điện lực Lạng Sơn đón nhận Cờ thi đua của Chính phủ" in titles


@pytest.mark.parametrize("query", ["Uỷ ban MTTQ", "Ủy ban MTTQ", "uy ban mttq", "UỶ BAN"])
def test_old_and_new_tone_placement(db, query):
    assert "Ủy ban MTTQ Việt Nam tỉnh" in _unit_names(search.search_units(db, query))


def test_combined_search_and_articles(db):
    rows = search.search(db, "Cờ thi đua Chính phủ")
    types = {r["type"] for r in rows}
    assert {"fact", "article"} <= types
    art = next(r for r in rows if r["type"] == "article")
    assert art["title"] == "Điện lực Lạng Sơn đón nhận Cờ thi đua của Chính phủ"
    assert "[Cờ] [thi] [đua]" in art["snippet"]  # the snippet keeps the accents of the text as written


@pytest.mark.parametrize("text,expected", [
    ("Điện lực", '"dien" "luc"*'),
    ("  ", '""'),
    (None, '""'),
    ('"; DROP TABLE units; --', '"drop" "table" "units"*'),
    ("Bằng khen*", '"bang" "khen"*'),
    ("NEAR(a b)", '"near" "a" "b"*'),
])
def test_fts_query_is_safe(text, expected):
    assert search.fts_query(text) == expected
    assert search.fts_phrase(text) == ('"' + expected.replace('" "', " ").strip('"*') + '"*' if expected != '""'
                                       else '""')


def test_odd_queries_do_not_fail(db):
    for q in ['"', "*", "AND", "OR NOT", "(", "'", ""]:
        search.search(db, q)


def test_reindex_is_incremental(db, facts_sample):
    assert search.reindex(db) == {"articles": {"indexed": 0, "removed": 0}, "facts": {"indexed": 0, "removed": 0}}
    url = facts_sample["articles"][2]["url"]
    fs = facts_sample["facts"][url]
    facts.store_facts(db, url, fs[:1], "v2", "2024-07-01")  # the Bằng khen of Xăng dầu vanishes
    assert search.reindex(db)["facts"] == {"indexed": 0, "removed": 1}
    assert len([r for r in search.search_facts(db, "bang khen") if "Bằng khen" in r["label"]]) == 2
    changed = [dict(fs[0], evidence="Công ty Điện lực Lạng Sơn đón nhận Huân chương Lao động.")]
    facts.store_facts(db, url, changed, "v3", "2024-07-02")
    assert search.reindex(db)["facts"] == {"indexed": 1, "removed": 0}
    assert search.search_facts(db, "huan chuong lao dong")


def test_changed_article_is_reindexed(db, facts_sample):
    try:
        from storage.articles import store_article
    except ImportError:
        pytest.skip("storage.articles.store_article not there yet")
    a = dict(facts_sample["articles"][3])
    a.update(body="Năm 2020, Bưu điện tỉnh là Trưởng cụm.", paragraphs=["Năm 2020, Bưu điện tỉnh là Trưởng cụm."],
             nid=None, author=None, captions=[], html="<html></html>", parser="drupal7")
    store_article(db, a, "2024-08-01T00:00:00+00:00")
    assert search.reindex(db)["articles"] == {"indexed": 1, "removed": 0}
    assert [r["url"] for r in search.search_articles(db, "buu dien")] == [a["url"]]
    assert a["url"] not in [r["url"] for r in search.search_articles(db, "xang dau la truong cum")]


def test_alias_index_follows_without_reindex(db):
    units.add_alias(db, "cong-ty-dien-luc-lang-son", "EVN Lạng Sơn")
    assert _unit_names(search.search_units(db, "evn lang")) == {"Công ty Điện lực Lạng Sơn"}
    db.execute("DELETE FROM unit_aliases WHERE alias = 'EVN Lạng Sơn'")
    assert search.search_units(db, "evn lang") == []
