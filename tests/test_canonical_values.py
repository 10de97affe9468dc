"""Canonical values: grantors and award kinds in the vocabulary's forms (extract/vocab.py), the words as
written kept beside them, so that no facet lists one value twice in two spellings."""
from __future__ import annotations

import asyncio
import re
from collections import defaultdict

import pytest

import storage
from extract.normalize import fold
from extract.unitkeys import expand
from storage import facts
from storage.serve import datasette_app

URL = "http://127.0.0.1/vi/tintucsukien/a"


def _spelling(value: str) -> str:
    """What two spellings of one value share: abbreviations expanded, no case, accents or punctuation."""
    return " ".join(re.sub(r"[^\w\s]", " ", fold(expand(value))).split())


def _facet(ds, path, column) -> list[str]:
    r = asyncio.run(ds.client.get(f"{path}.json?_facet={column}&_facet_size=max&_size=0"))
    assert r.status_code == 200, r.text[:300]
    return [f["value"] for f in r.json()["facet_results"][column]["results"] if f["value"] is not None]


@pytest.mark.parametrize("column", ["grantor", "award_kind"])
def test_facets_have_no_two_spellings_of_one_value(offline_run, column):
    ds = datasette_app(offline_run["snapshot_db"])
    values = _facet(ds, "/tdkt-snapshot/award_history", column)
    assert len(values) >= 4
    groups = defaultdict(set)
    for v in values:
        groups[_spelling(v)].add(v)
    assert not [g for g in groups.values() if len(g) > 1]


def test_written_grantors_get_one_canonical_form_and_keep_their_words(tmp_path):
    db = storage.connect(tmp_path / "t.db")
    db["articles"].insert({"url": URL, "content_hash": "x", "first_seen": "t", "last_seen": "t", "fetched_at": "t",
                           "changed_at": "t", "body": ""})
    written = ["Chính Phủ", "chính phủ", "Ủy ban nhân dân tỉnh", "UBND Tỉnh", "Thủ tướng Chỉnh phủ"]
    fs = [{"kind": "award", "recipient": f"Sở {i}", "award": "cờ thi đua", "grantor": g, "year": 2020,
           "status": "conferred", "evidence": g} for i, g in enumerate(written)]
    facts.store_facts(db, URL, fs, "v1", "2024-01-01")
    rows = db.execute("SELECT grantor_text, grantor, award_kind FROM awards ORDER BY recipient").fetchall()
    assert rows == [("Chính Phủ", "Chính phủ", "Cờ thi đua"), ("chính phủ", "Chính phủ", "Cờ thi đua"),
                    ("Ủy ban nhân dân tỉnh", "UBND tỉnh", "Cờ thi đua"), ("UBND Tỉnh", "UBND tỉnh", "Cờ thi đua"),
                    ("Thủ tướng Chỉnh phủ", "Thủ tướng Chính phủ", "Cờ thi đua")]
    # an extractor that already gives both keeps its own wording; an unknown award keeps its name
    facts.store_facts(db, URL, [{"kind": "award", "recipient": "Sở X", "award": "giải Nhất hội thao",
                                 "grantor": "Chính phủ", "grantor_text": "Chính Phủ nước CHXHCN", "year": 2021,
                                 "status": "proposed", "evidence": "e"}], "v2", "2024-01-02")
    assert db.execute("SELECT grantor_text, grantor, award_kind FROM awards WHERE current = 1").fetchall() == [
        ("Chính Phủ nước CHXHCN", "Chính phủ", "Giải Nhất hội thao")]
    db.close()


def test_stored_awards_are_canonicalised_by_the_migration(tmp_path):
    db = storage.connect(tmp_path / "t.db")
    db["articles"].insert({"url": URL, "content_hash": "x", "first_seen": "t", "last_seen": "t", "fetched_at": "t",
                           "changed_at": "t", "body": ""})
    db.execute("INSERT INTO awards (id, article_url, recipient, award, grantor, first_seen, last_seen) VALUES "
               "('a', ?, 'Sở Y tế', 'cờ', 'Chính Phủ', 't', 't')", [URL])
    facts._canonical_values(db)  # what facts_0005 did to the rows an older version stored
    assert db.execute("SELECT grantor, grantor_text, award_kind FROM awards").fetchall() == [
        ("Chính phủ", "Chính Phủ", "Cờ thi đua")]
    db.close()
