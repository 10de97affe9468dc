"""Review queues that act: phrasing_review keeps decisions across extractions, an accepted alias moves
the name's facts (a rejected one leaves the queue), and `pipeline.py review` lists what waits."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

import storage
from conftest import ROOT
from facts_db import build_facts_db
from storage import corrections_apply, review

A3 = "http://127.0.0.1/vi/tintucsukien/dien-luc-lang-son-don-nhan-co-thi-dua-cua-chinh-phu"
ITEMS = [
    {"label": "role", "trigger": "Trưởng cụm", "sentence": "Đơn vị Trưởng cụm sẽ được bầu vào quý sau.",
     "start": 10, "end": 52},
    {"label": "award", "trigger": "Bằng khen", "sentence": "Bằng khen sẽ được trao vào dịp khác.", "start": 60,
     "end": 96},
]


@pytest.fixture
def db_path(tmp_path):
    return build_facts_db(tmp_path / "tdkt.db")


def cli(*args):
    return subprocess.run([sys.executable, "pipeline.py", *args], cwd=ROOT, capture_output=True, text=True)


def test_store_unread_replaces_pending_items_and_keeps_decided_ones(db_path):
    db = storage.connect(db_path)
    assert review.store_unread(db, A3, ITEMS, "v1") == {"pending": 2, "decided": 0}
    role_id, award_id = (review.phrasing_id(A3, i) for i in ITEMS)
    review.decide_phrasing(db, role_id, "no_fact", "Lan", "a promise, not a role")
    moved = dict(ITEMS[0], start=110, end=152)  # the same sentence, elsewhere in a re-parsed body
    new = {"label": "rank", "trigger": "xếp thứ", "sentence": "Các đơn vị xếp thứ hạng theo điểm.", "start": 5,
           "end": 40}
    assert review.store_unread(db, A3, [moved, new], "v2") == {"pending": 1, "decided": 1}
    rows = {r["id"]: r for r in db.query("SELECT * FROM phrasing_review")}
    assert award_id not in rows  # pending and no longer reported: gone
    assert rows[role_id]["status"] == "no_fact" and rows[role_id]["reviewed_by"] == "Lan"
    assert (rows[role_id]["start"], rows[role_id]["extractor_version"]) == (110, "v2")
    assert [p["sentence"] for p in review.queue(db)["phrasings"]] == [new["sentence"]]
    with pytest.raises(ValueError, match="has no sentence"):
        review.store_unread(db, A3, [dict(new, sentence=" ")], "v3")
    assert len(list(db.query("SELECT * FROM phrasing_review"))) == 2  # nothing lost


def _name_with_its_own_unit(db):
    """An award to 'Cty Xăng dầu Lạng Sơn', the name the sample's alias_review proposes to merge."""
    sample = json.loads((ROOT / "tests" / "fixtures" / "facts_sample.json").read_text(encoding="utf-8"))
    extra = {"kind": "award", "recipient": "Cty Xăng dầu Lạng Sơn", "recipient_key": "cty-xang-dau-lang-son",
             "award": "Giấy khen", "grantor": "Sở Công thương", "year": 2021, "status": "conferred",
             "evidence": "Cty Xăng dầu Lạng Sơn nhận Giấy khen.", "start": 0, "end": 10}
    corrections_apply.store_corrected(db, A3, sample["facts"][A3] + [extra], "v1", "2024-06-02T00:00:00+00:00")


def test_an_accepted_alias_moves_the_names_facts_and_a_rejected_one_leaves_the_queue(db_path):
    db = storage.connect(db_path)
    _name_with_its_own_unit(db)
    listed = cli("review", "--db", str(db_path))
    assert listed.returncode == 0, listed.stderr
    assert "alias proposals (pipeline.py decide alias NAME_KEY UNIT_KEY accepted|rejected): 1" in listed.stdout
    assert "cty xăng dầu lạng sơn" in listed.stdout

    decided = cli("decide", "alias", "--db", str(db_path), "cty xăng dầu lạng sơn", "chi-nhanh-xang-dau-lang-son",
                  "accepted", "--who", "Lan", "--why", "the same branch")
    assert decided.returncode == 0, decided.stderr
    (award,) = db.query("SELECT * FROM awards WHERE recipient = 'Cty Xăng dầu Lạng Sơn'")
    assert award["recipient_key"] == "chi-nhanh-xang-dau-lang-son" and award["state"] == "corrected"
    assert "'Cty Xăng dầu Lạng Sơn' is Chi nhánh Xăng dầu Lạng Sơn" in award["correction"]
    units = {r["unit"] for r in db.query("SELECT unit FROM award_history WHERE year = 2021")}
    assert units == {"Chi nhánh Xăng dầu Lạng Sơn"}
    assert "alias proposals (pipeline.py decide alias NAME_KEY UNIT_KEY accepted|rejected): 0" in \
        cli("review", "--db", str(db_path)).stdout

    # the next extraction of the article keeps the decision
    _name_with_its_own_unit(db)
    corrections_apply.apply(db)
    assert db.execute("SELECT recipient_key FROM awards WHERE recipient = 'Cty Xăng dầu Lạng Sơn'").fetchone()[0] \
        == "chi-nhanh-xang-dau-lang-son"

    assert cli("decide", "alias", "--db", str(db_path), "cty xăng dầu lạng sơn", "chi-nhanh-xang-dau-lang-son",
               "rejected", "--who", "Lan", "--why", "a different company after all").returncode == 0
    (award,) = db.query("SELECT * FROM awards WHERE recipient = 'Cty Xăng dầu Lạng Sơn'")
    assert (award["recipient_key"], award["state"], award["correction"]) == ("cty-xang-dau-lang-son", "extracted", None)
    assert review.queue(db)["aliases"] == []


def test_a_decision_on_nothing_is_an_error(db_path):
    proc = cli("decide", "phrasing", "--db", str(db_path), "nope", "no_fact", "--who", "Lan", "--why", "x")
    assert proc.returncode == 1 and "no row of phrasing_review matches" in proc.stderr
