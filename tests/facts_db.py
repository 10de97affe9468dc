"""A small real database built from fact dicts, for the storage, search and Datasette tests.

Fixtures live here (imported by the test modules that use them) rather than in conftest.py, which
belongs to the crawler's tests.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FACTS_SAMPLE = Path(__file__).parent / "fixtures" / "facts_sample.json"


def load_sample() -> dict:
    return json.loads(FACTS_SAMPLE.read_text(encoding="utf-8"))


def store_sample_article(db, article: dict, now: str) -> None:
    """Through storage.articles.store_article, as the crawler does (html and the like filled in)."""
    from storage.articles import store_article

    full = {"nid": None, "author": None, "captions": [], "html": "<html></html>", "parser": "drupal7", **article}
    store_article(db, full, now)


def build_facts_db(path) -> Path:
    """Gazetteer, articles, store_facts, sync_units, reindex: the storage API the pipeline uses."""
    import storage
    from storage import facts, search, units

    sample = load_sample()
    db = storage.connect(path)
    units.load_gazetteer(db, sample["gazetteer"], clusters=[])  # not extract/data's: the sample is self-contained
    for article in sample["articles"]:
        store_sample_article(db, article, sample["now"])
        if article.get("source_url"):  # where it was first published (storage/provenance.py)
            db.execute("UPDATE articles SET source_url = ? WHERE url = ?", [article["source_url"], article["url"]])
    for url, fs in sample["facts"].items():
        facts.store_facts(db, url, fs, sample["extractor_version"], sample["now"])
    units.sync_units(db, sample["resolutions"], sample["now"])
    search.reindex(db)
    db.close()
    return Path(path)


@pytest.fixture
def facts_sample():
    return load_sample()


@pytest.fixture
def facts_db_path(tmp_path):
    """Path of a fresh sample database (named tdkt.db, the name datasette_meta.json uses)."""
    return build_facts_db(tmp_path / "tdkt.db")
