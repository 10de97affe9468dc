"""Shared fixtures."""
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `pytest` run as a script does not put the project on sys.path
    sys.path.insert(0, str(ROOT))


# ---------------------------------------------------------------- storage: facts, search, views, Datasette
FACTS_SAMPLE = Path(__file__).parent / "fixtures" / "facts_sample.json"


def _store_sample_article(db, article: dict, now: str) -> None:
    """Through storage.articles.store_article when it exists, else a minimal `articles` row."""
    try:
        from storage.articles import store_article
    except ImportError:
        store_article = None
    if store_article is not None:
        full = {"nid": None, "author": None, "captions": [], "html": "<html></html>", "parser": "drupal7", **article}
        store_article(db, full, now)
        return
    db.execute("CREATE TABLE IF NOT EXISTS articles (url TEXT PRIMARY KEY, section TEXT, slug TEXT, title TEXT, "
               "published TEXT, body TEXT, content_hash TEXT)")
    db.execute("INSERT OR REPLACE INTO articles (url, section, slug, title, published, body, content_hash) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)", [article["url"], article["section"], article["slug"],
                                                 article["title"], article["published"], article["body"],
                                                 str(hash(article["body"]))])


def build_facts_db(path) -> Path:
    """A small real database built from the fact dicts in fixtures/facts_sample.json, through the storage
    API the pipeline uses: gazetteer, articles, store_facts, sync_units, reindex."""
    import json

    import storage
    from storage import facts, search, units

    sample = json.loads(FACTS_SAMPLE.read_text(encoding="utf-8"))
    db = storage.connect(path)
    units.load_gazetteer(db, sample["gazetteer"])
    for article in sample["articles"]:
        _store_sample_article(db, article, sample["now"])
    for url, fs in sample["facts"].items():
        facts.store_facts(db, url, fs, sample["extractor_version"], sample["now"])
    units.sync_units(db, sample["resolutions"], sample["now"])
    search.reindex(db)
    db.close()
    return Path(path)


@pytest.fixture
def facts_sample():
    import json

    return json.loads(FACTS_SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture
def facts_db_path(tmp_path):
    """Path of a fresh sample database (tdkt.db, the name datasette_meta.json uses)."""
    return build_facts_db(tmp_path / "tdkt.db")
