"""An article's facts, its extraction mark and the review of the names it gave (unit aliases, fuzzy
proposals in `alias_review`) land in one transaction: an extraction that dies half-way leaves no
extracted article whose names were never reviewed."""
import sys

import pytest

import storage
from conftest import ROOT, SNAPSHOT
from crawler.parse import parse_article
from crawler.synthetic_mirror import article_pages
from storage.articles import store_article

sys.path.insert(0, str(ROOT))


TYPOS = {"Công ty Bảo Minh Lạng Sơn": "Công ty Bảo Minh Lạng Sơm",           # near-misses of gazetteer units:
         "Chi nhánh Xăng dầu Lạng Sơn": "Chi nhánh Xăng dầu Lạng Sn"}         # proposed for review, never merged


def with_typos(art: dict) -> dict:
    for right, wrong in TYPOS.items():
        art["paragraphs"] = [p.replace(right, wrong) for p in art["paragraphs"]]
    art["body"] = "\n\n".join(art["paragraphs"])
    return art


def stored_db(path, skip_last: bool = False):
    """The snapshot's articles (with typos) stored as the crawler stores them, the gazetteer loaded;
    without the last one to extract if `skip_last`."""
    import pipeline

    db = storage.connect(path)
    pipeline.load_gazetteer(db)
    pages = sorted((with_typos(parse_article(html, "http://127.0.0.1:1" + p)) for p, html in article_pages(SNAPSHOT)),
                   key=lambda a: (a["published"] or "", a["url"]))
    typos = [a for a in pages if any(w in a["body"] for w in TYPOS.values())]
    pages = sorted(typos + [a for a in pages if a not in typos][-3:],   # the articles with typos, then
                   key=lambda a: (a["published"] or "", a["url"]))     # the three newest (the last dies)
    assert pages[-1] not in typos
    for art in pages[:-1] if skip_last else pages:
        store_article(db, art, "2024-01-01T00:00:00+00:00")
    return db, pages[-1]["url"]


def review(db) -> set:
    return {(r["name_key"], r["unit_key"]) for r in db.query("SELECT name_key, unit_key FROM alias_review")}


def test_an_extraction_that_dies_half_way_has_reviewed_every_name_it_kept(tmp_path):
    import pipeline

    db, last = stored_db(tmp_path / "dies.db")
    # the disk fills up (a real SQLite error) when the last article is marked extracted
    db.execute(f"""CREATE TRIGGER disk_full BEFORE UPDATE OF extractor_version ON articles
                   WHEN new.url = '{last}' BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END""")
    with pytest.raises(Exception, match="disk is full"):
        pipeline.extract_pending(db)
    extracted = [r["url"] for r in db.query("SELECT url FROM articles WHERE extractor_version IS NOT NULL")]
    assert len(extracted) == db.execute("SELECT count(*) FROM articles").fetchone()[0] - 1
    clean, _ = stored_db(tmp_path / "clean.db", skip_last=True)    # the same articles, extracted in one go
    pipeline.extract_pending(clean)
    assert review(clean) and review(db) == review(clean)
