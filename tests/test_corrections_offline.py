"""Corrections in the offline demo's database, whose articles are keyed by their source URLs (often another
newspaper's): a selector's /vi/... path still names the article, merges name clusters and units by keys of
the organiser + scope format, and a fact's state (what a person did) and its retirement (what its source
did) stay two things."""
from __future__ import annotations

import pytest

import storage
from conftest import copy_db
from storage import articles
from storage.corrections_facts import same_article
from test_corrections import KHOI9_2015, KHOI9_2016, WHO, write

ON_SITE = "'/vi/' || a.section || '/' || a.slug"


@pytest.fixture
def db(offline_run, tmp_path):
    """A copy of the offline demo's database (the dev set's 65 articles, extracted, no corrections)."""
    conn = storage.connect(copy_db(offline_run["snapshot_db"], tmp_path / "tdkt.db"))
    yield conn
    conn.close()


def membership(db, path: str, year: int) -> dict:
    """The one membership of the article whose path on the Board's site is `path`, for `year`."""
    (row,) = db.query(f"SELECT m.* FROM memberships m JOIN articles a ON a.url = m.article_url "
                      f"WHERE {ON_SITE} = ? AND m.year = ?", [path, year])
    return row


def award(db, path: str, kind: str) -> dict:
    """The one award of that kind of the article whose path on the Board's site is `path`."""
    (row,) = db.query(f"SELECT w.* FROM awards w JOIN articles a ON a.url = w.article_url "
                      f"WHERE {ON_SITE} = ? AND w.award_kind = ?", [path, kind])
    return row


def test_a_vi_path_names_an_article_keyed_by_its_source_url():
    url = "https://thacogroup.vn/hoi-nghi-tong-ket-phong-trao-thi-dua-yeu-nuoc-nam-2016-khoi-thi-dua-so-9"
    assert same_article(KHOI9_2016, url, KHOI9_2016)
    assert same_article("http://127.0.0.1:8765" + KHOI9_2016, url, KHOI9_2016)  # a URL of any host
    assert not same_article(KHOI9_2015, url, KHOI9_2016)
    assert not same_article(KHOI9_2016, url)  # without its path on the site nothing ties them


def test_corrections_by_path_and_new_keys_apply_in_the_offline_database(db, tmp_path):
    from pipeline import extract_pending

    chair, flag = membership(db, KHOI9_2016, 2017), award(db, KHOI9_2015, "Bằng khen")
    assert "thacogroup.vn" in chair["article_url"]  # keyed by its source, not by the Board's path
    assert chair["cluster_key"].startswith("unresolved-")
    folder = tmp_path / "corrections"
    write(folder, [
        {"id": "no-2015-bang-khen", "action": "reject", **WHO, "why": "a proposal of 2015 is not news of 2016",
         "fact": {"article": KHOI9_2015, "kind": "award", "recipient": "Thaco", "award": "Bằng khen"}},
        {"id": "chair-2016", "action": "change", **WHO, "why": "the report is of 2016",
         "fact": {"article": KHOI9_2016, "kind": "membership", "unit": "THACO", "role": "chair"},
         "set": {"year": 2016, "cluster": "Khối 9"}},
        {"id": "one-thaco", "action": "merge", **WHO, "why": "one company",
         "units": [flag["recipient_key"], chair["unit_key"]]},
    ])
    counts = extract_pending(db, corrections_dir=folder)
    assert (counts["corrections"], counts["corrections_applied"]) == (3, 3), counts["corrections_not_applied"]

    def seen():
        return (db.execute(f"SELECT {ON_SITE}, m.unit_key, m.year, m.role, m.state, m.current "
                           "FROM memberships m JOIN articles a ON a.url = m.article_url WHERE m.id = ?",
                           [chair["id"]]).fetchall(),
                db.execute(f"SELECT {ON_SITE}, w.recipient_key, w.state, w.current "
                           "FROM awards w JOIN articles a ON a.url = w.article_url WHERE w.id = ?", [flag["id"]]).fetchall())

    unit = flag["recipient_key"]
    assert seen() == ([(KHOI9_2016, unit, 2016, "chair", "corrected", 1)], [(KHOI9_2015, unit, "rejected", 0)])
    assert db.execute("SELECT chair, checked FROM cluster_leadership WHERE cluster_key = ? AND year = 2016",
                      [chair["cluster_key"]]).fetchall() == [("Thaco", "corrected")]  # the merged unit's name
    before = seen()
    again = extract_pending(db, all_=True, corrections_dir=folder)  # every article re-extracted, one by one
    assert again["articles_extracted"] == 65 and again["corrections_applied"] == 3
    assert seen() == before


def test_a_retired_fact_stays_retired_whatever_its_corrections(db, tmp_path):
    from pipeline import extract_pending

    chair, member = membership(db, KHOI9_2016, 2017), award(db, KHOI9_2015, "Bằng khen")
    folder = tmp_path / "corrections"
    write(folder, [
        {"id": "chair-2016", "action": "change", **WHO, "why": "the report is of 2016",
         "fact": {"article": KHOI9_2016, "kind": "membership", "unit": "THACO", "role": "chair"}, "set": {"year": 2016}},
        {"id": "no-2015-bang-khen", "action": "reject", **WHO, "why": "not news of 2016",
         "fact": {"article": KHOI9_2015, "kind": "award", "recipient": "Thaco", "award": "Bằng khen"}},
    ])
    extract_pending(db, corrections_dir=folder)
    retired = "SELECT fact_id, retired_reason, state FROM retired_facts WHERE fact_id IN (?, ?)"
    assert db.execute(retired, [chair["id"], member["id"]]).fetchall() == []  # rejected is not retired

    articles.mark_gone(db, chair["article_url"], "2025-01-01T00:00:00+00:00")  # the source answered 404
    counts = extract_pending(db, corrections_dir=folder)  # retires, then undoes and applies every correction
    assert counts["corrections_not_applied"] == [
        f"chair-2016 (change): target_missing: {chair['article_url']} is no longer on the source site (gone)"]
    assert db.execute("SELECT current, state, year FROM memberships WHERE id = ?", [chair["id"]]).fetchall() \
        == [(0, "extracted", 2017)]  # the extracted values back, and not current
    assert db.execute(retired, [chair["id"], member["id"]]).fetchall() == [(chair["id"], "article_gone", "extracted")]
    assert db.execute("SELECT state FROM fact_states WHERE fact_id IN (?, ?)", [chair["id"], member["id"]]
                      ).fetchall() == [("rejected",)]

    articles.touch_article(db, chair["article_url"], "2025-02-01T00:00:00+00:00")  # back on the site
    counts = extract_pending(db, corrections_dir=folder)
    assert counts["corrections_applied"] == 2
    assert db.execute("SELECT current, state, year, retired_reason FROM memberships WHERE id = ?", [chair["id"]]
                      ).fetchall() == [(1, "corrected", 2016, None)]
