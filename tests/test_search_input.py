"""Search that never errors, on anything a person types, in Datasette's search boxes and canned queries;
`%` and `_` are literal; several words are a phrase first; snippets keep the accents."""
from __future__ import annotations

import asyncio
import json
import re
import shutil
from urllib.parse import urlencode

import pytest

from facts_db import build_facts_db
import storage
from storage import search
from storage.articles import store_article
from storage.serve import META_PATH, datasette_app

NASTY = ['"', "'", "%", "_", "NEAR(", "*", "x" * 5000, 'a" OR "b', "(", "AND", "-", "\\", "Điện \"lực"]


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    return datasette_app(build_facts_db(tmp_path_factory.mktemp("search") / "tdkt.db"))


def get(ds, path, **params):
    return asyncio.run(ds.client.get(path + ("?" + urlencode(params) if params else "")))


def _searchable_tables(ds) -> list[str]:
    db = ds.get_database("tdkt")

    async def find():
        return [t for t in await db.table_names() if await db.fts_table(t) or t.endswith("_fts")]
    return asyncio.run(find())


def test_search_boxes_take_any_text(ds):
    tables = _searchable_tables(ds)
    assert "unit_aliases" in tables
    for table in tables:
        assert 'name="_search"' in get(ds, f"/tdkt/{table}").text or table.endswith("_fts")
        for text in NASTY:
            r = get(ds, f"/tdkt/{table}.json", _search=text)
            assert r.status_code == 200, (table, text[:20], r.text[:300])


@pytest.mark.parametrize("text", NASTY, ids=lambda t: t[:10])
def test_every_canned_query_takes_any_text(ds, text):
    queries = json.loads(META_PATH.read_text(encoding="utf-8"))["databases"]["tdkt"]["queries"]
    for name, q in queries.items():
        params = {p: text for p in set(re.findall(r":(\w+)", q["sql"]))}
        r = get(ds, f"/tdkt/{name}.json", _shape="array", **params)
        assert r.status_code == 200, (name, text[:20], r.text[:300])


def test_percent_and_underscore_are_literal(ds):
    for name, param in [("lich_su_khen_thuong", "unit"), ("lich_su_don_vi", "unit")]:
        for text in ("%", "_", "%%", "_%_"):
            r = get(ds, f"/tdkt/{name}.json", _shape="array", **{param: text})
            assert r.status_code == 200 and r.json() == [], (name, text)
    got = get(ds, "/tdkt/lich_su_khen_thuong.json", _shape="array", unit="xang dau").json()
    assert got  # an ordinary name still finds its unit


@pytest.fixture
def articles_db(tmp_path):
    """The sample plus two articles: one says 'Điện lực' once, the other 'diễn văn … lúc' many times."""
    path = build_facts_db(tmp_path / "tdkt.db")
    db = storage.connect(path)
    for slug, body in [("dien-van", "Đồng chí đọc diễn văn lúc khai mạc. " * 8 + "Diễn văn kết thúc lúc 10 giờ."),
                       ("dien-luc", "Công ty Điện lực Lạng Sơn tổng kết năm.")]:
        store_article(db, {"url": f"http://127.0.0.1/vi/tintucsukien/{slug}", "nid": None, "section": "tintucsukien",
                           "slug": slug, "title": "Tin tức trong tỉnh", "published": "2024-01-01T00:00:00+07:00",
                           "author": None, "body": body, "captions": [], "html": "<html></html>",
                           "parser": "drupal7"}, "2024-01-01T00:00:00+00:00")
    search.reindex(db)
    yield db
    db.close()


def test_several_words_are_a_phrase_first(articles_db):
    hits = search.search_articles(articles_db, "dien luc")
    assert hits[0]["url"].endswith("/dien-luc")  # before the article that says 'diễn văn … lúc' more often
    assert "[Điện lực]" in hits[0]["snippet"]  # the text as written, accents kept


def test_canned_article_search_ranks_the_phrase_first_and_keeps_accents(articles_db, tmp_path):
    path = tmp_path / "copy" / "tdkt.db"
    path.parent.mkdir()
    articles_db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(articles_db.conn.execute("PRAGMA database_list").fetchone()[2], path)
    ds = datasette_app(path)
    got = get(ds, "/tdkt/tim_bai_viet.json", _shape="array", q="dien luc").json()
    assert got[0]["url"].endswith("/dien-luc") and "[Điện lực]" in got[0]["snippet"]
