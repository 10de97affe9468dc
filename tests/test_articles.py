"""storage.articles on a real SQLite file: versions, gone, moved, extraction bookkeeping, page state."""
import pytest

import storage
from storage import articles as A

SITE = "http://127.0.0.1:8765"


def art(slug="a", nid=1, body="Cụm thi đua số 1 gồm 5 đơn vị.", title="Tiêu đề", **kw):
    d = {"url": f"{SITE}/vi/tintucsukien/{slug}", "nid": nid, "section": "tintucsukien", "slug": slug,
         "title": title, "published": "2021-01-07T17:51:00+07:00", "author": "Hải Yến",
         "paragraphs": body.split("\n\n"), "captions": ["Ảnh: Hội nghị"], "body": body,
         "html": f"<html>{body}</html>", "parser": "drupal7"}
    d.update(kw)
    return d


@pytest.fixture
def db(tmp_path):
    d = storage.connect(tmp_path / "a.db")
    yield d
    d.close()


def test_new_unchanged_changed_keeps_versions(db):
    assert A.store_article(db, art(), "2024-01-01T00:00:00+00:00") == "new"
    assert A.store_article(db, art(), "2024-01-02T00:00:00+00:00") == "unchanged"
    assert db.execute("SELECT count(*) FROM article_versions").fetchone()[0] == 0
    assert A.store_article(db, art(body="Cụm thi đua số 1 gồm 6 đơn vị."), "2024-01-03T00:00:00+00:00") == "changed"
    row = db.execute("SELECT body, first_seen, changed_at, last_seen FROM articles").fetchone()
    assert row == ("Cụm thi đua số 1 gồm 6 đơn vị.", "2024-01-01T00:00:00+00:00",
                   "2024-01-03T00:00:00+00:00", "2024-01-03T00:00:00+00:00")
    old = db.execute("SELECT body, valid_from, replaced_at FROM article_versions").fetchall()
    assert old == [("Cụm thi đua số 1 gồm 5 đơn vị.", "2024-01-01T00:00:00+00:00", "2024-01-03T00:00:00+00:00")]
    assert db.execute("SELECT html FROM article_html").fetchone()[0] == "<html>Cụm thi đua số 1 gồm 6 đơn vị.</html>"


def test_markup_change_alone_is_not_a_content_change(db):
    A.store_article(db, art(), "t1")
    assert A.store_article(db, art(html="<html>new sidebar</html>"), "t2") == "unchanged"
    assert db.execute("SELECT html FROM article_html").fetchone()[0] == "<html>new sidebar</html>"


def test_gone_is_kept_and_can_come_back(db):
    A.store_article(db, art(), "t1")
    assert A.mark_gone(db, art()["url"], "t2") is True
    assert A.mark_gone(db, art()["url"], "t3") is False          # already gone: gone_at kept
    assert db.execute("SELECT status, gone_at FROM articles").fetchone() == ("gone", "t2")
    assert A.pending_extraction(db, "1") == []                    # gone articles are not extracted
    A.touch_article(db, art()["url"], "t4")                       # a 304 says it is there again
    assert db.execute("SELECT status, gone_at FROM articles").fetchone() == ("ok", None)


def test_same_node_new_alias_marks_old_moved(db):
    A.store_article(db, art(slug="old"), "t1")
    assert A.store_article(db, art(slug="new"), "t2") == "new"
    rows = dict(db.execute("SELECT slug, status FROM articles").fetchall())
    assert rows == {"old": "moved", "new": "ok"}


def test_pending_extraction_and_mark(db):
    A.store_article(db, art("a", 1), "t1")
    A.store_article(db, art("b", 2), "t1")
    pending = A.pending_extraction(db, "v1")
    assert {p["url"].rsplit("/", 1)[1] for p in pending} == {"a", "b"}
    assert set(pending[0]) >= {"url", "title", "body", "published", "content_hash"}
    for p in pending:
        A.mark_extracted(db, p["url"], "v1", p["content_hash"])
    assert A.pending_extraction(db, "v1") == []
    assert len(A.pending_extraction(db, "v1", all=True)) == 2
    assert len(A.pending_extraction(db, "v2")) == 2                # new extractor version
    A.store_article(db, art("a", 1, body="Đã sửa."), "t2")
    assert [p["url"].rsplit("/", 1)[1] for p in A.pending_extraction(db, "v1")] == ["a"]
    # extracted from an older content: still pending
    A.mark_extracted(db, art("a")["url"], "v1", pending[0]["content_hash"])
    assert len(A.pending_extraction(db, "v1")) == 1


def test_page_state_keeps_good_validators(db):
    url = art()["url"]
    assert A.validators(db, url) == {}
    A.record_page(db, url, "t1", status=200, etag='"e1"', last_modified="Mon, 01 Jan 2024 00:00:00 GMT")
    assert A.validators(db, url) == {}                              # no stored article: ask in full
    A.store_article(db, art(), "t1")
    assert A.validators(db, url) == {"If-None-Match": '"e1"',
                                     "If-Modified-Since": "Mon, 01 Jan 2024 00:00:00 GMT"}
    A.record_page(db, url, "t2", status=200, error="truncated HTML (no </html>)")
    A.record_page(db, url, "t3", status=500, error="HTTP 500")
    row = db.execute("SELECT etag, error, attempts, last_ok, last_attempt FROM pages").fetchone()
    assert row == ('"e1"', "HTTP 500", 2, "t1", "t3")
    assert A.failed_pages(db, SITE) == [url]
    assert A.failed_pages(db, "http://other.example") == []
    A.record_page(db, url, "t4", status=304)
    assert db.execute("SELECT etag, error, attempts, last_ok FROM pages").fetchone() == ('"e1"', None, 0, "t4")


def test_stale_and_site_scoping(db):
    A.store_article(db, art("a", 1), "2024-01-01T00:00:00+00:00")
    A.store_article(db, art("b", 2), "2024-03-01T00:00:00+00:00")
    other = art("c", 3, url="http://127.0.0.1:9999/vi/tintucsukien/c")
    A.store_article(db, other, "2024-01-01T00:00:00+00:00")
    assert A.stale_articles(db, SITE, "2024-02-01T00:00:00+00:00", 10) == [art("a")["url"]]
    assert A.site_articles(db, SITE) == [art("a")["url"], art("b")["url"]]


def test_migrations_are_idempotent(tmp_path):
    storage.connect(tmp_path / "m.db").close()
    d = storage.connect(tmp_path / "m.db")
    names = {r[0] for r in d.execute("SELECT name FROM _migrations")}
    assert "articles_0001_tables" in names
    assert {"articles", "article_versions", "article_html", "pages", "crawl_sections"} <= set(d.table_names())


def test_alias_of_node(db):
    A.store_article(db, art("a", 7), "t1")
    assert A.alias_of(db, SITE, 7) == art("a")["url"]
    assert A.alias_of(db, SITE, 8) is None
    assert A.alias_of(db, "http://127.0.0.1:9999", 7) is None
