"""Corrections as reviewed data, end to end on the bundled snapshot: crawled from the loopback mirror,
extracted in this process the way `pipeline.py` extracts, corrected by a YAML file, re-extracted under a
new EXTRACTOR_VERSION, and the corrected state must not move."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
import yaml

import storage
from conftest import ROOT, copy_db, run_crawl

SEED = "/vi/tintucsukien/cum-thi-dua-ii-cac-doanh-nghiep-trung-uong-to-chuc-hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2020"
KHOI9_2015 = "/vi/tintucsukien/hoi-nghi-da-bao-cao-thi-dua-cua-khoi-9-trong-nam-qua-theo-do-cac-doanh-nghiep-trong-khoi-deu-dat-thanh-tich-tot-trong"
KHOI9_2016 = "/vi/tintucsukien/hoi-nghi-da-bao-cao-tong-ket-phong-trao-thi-dua-yeu-nuoc-cua-khoi-9-trong-nam-2016-thao-luan-dong-gop-y-kien-ve-quy"
CLUSTER = "Cụm thi đua II - Các doanh nghiệp Trung ương"
QUOTE = "Hội nghị đã thống nhất, biểu quyết thông qua các nhiệm vụ trọng tâm năm 2021 và tổ chức ký kết giao ước thi đua năm 2021."
WHO = {"who": "Nguyễn Thị Lan", "when": "2024-05-02"}
# What a reader sees: every fact with its state, and the views built on them (first/last seen aside).
STATE_SQL = {
    "fact_states": "SELECT kind, fact_id, state, unit, what, year, detail, correction, current FROM fact_states",
    "cluster_leadership": "SELECT * FROM cluster_leadership",
    "unit_history": "SELECT * FROM unit_history",
    "award_history": "SELECT * FROM award_history",
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The snapshot crawled and extracted once, with no corrections: the pristine database file."""
    from crawler import mirror_server
    from pipeline import extract_pending

    path = tmp_path_factory.mktemp("corrections") / "tdkt.db"
    url, server = mirror_server.start(ROOT / "snapshot" / "mirror")
    try:
        run_crawl(path, url)
    finally:
        server.shutdown()
    db = storage.connect(path)
    counts = extract_pending(db, corrections_dir=None)
    assert counts["articles_extracted"] == 65 and counts["facts_added"] > 250
    db.close()
    return path


@pytest.fixture
def db(extracted, tmp_path):
    """A copy of the pristine database for one test."""
    conn = storage.connect(copy_db(extracted, tmp_path / "tdkt.db"))
    yield conn
    conn.close()


def state(db) -> dict:
    return {name: sorted(db.execute(sql).fetchall(), key=repr) for name, sql in STATE_SQL.items()}


def key_of(db, path: str, unit: str) -> str:
    (key,) = {k for (k,) in db.execute(
        "SELECT unit_key FROM memberships WHERE article_url LIKE ? AND unit = ? "
        "UNION SELECT recipient_key FROM awards WHERE article_url LIKE ? AND recipient = ?",
        ["%" + path, unit, "%" + path, unit])}
    return key


def write(folder, entries) -> None:
    folder.mkdir(exist_ok=True)
    (folder / "reviewed.yml").write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False),
                                         encoding="utf-8")


def four_corrections(db) -> list[dict]:
    """Reject one fact, fix one year, add one missed fact, merge two units (by the keys the resolver
    gave them, read from the database so that the test does not hard-code the resolver's keys)."""
    return [
        {"id": "reject-cao-lang", "action": "reject", **WHO, "why": "the cluster proposed it; the article is no decision",
         "fact": {"article": SEED, "kind": "award", "recipient": "Công ty cổ phần Lương thực Cao Lạng",
                  "award": "Bằng khen"}},
        {"id": "year-ga-dong-dang", "action": "change", **WHO, "why": "the minutes say the chair serves 2022",
         "fact": {"article": SEED, "kind": "membership", "unit": "Chi nhánh Ga Đồng Đăng", "role": "chair"},
         "set": {"year": 2022}},
        {"id": "add-bao-minh-2021", "action": "add", **WHO, "why": "all five units signed the 2021 pledge",
         "fact": {"article": SEED, "kind": "membership", "cluster": CLUSTER, "unit": "Công ty Bảo Minh Lạng Sơn",
                  "year": 2021, "role": "member"}, "quote": QUOTE},
        {"id": "merge-thaco", "action": "merge", **WHO, "why": "Thaco and THACO are one company",
         "units": [key_of(db, KHOI9_2015, "Thaco"), key_of(db, KHOI9_2016, "THACO")]},
    ]


def test_corrections_apply_and_survive_a_new_extractor_version(db, tmp_path, monkeypatch):
    import extract
    from pipeline import extract_pending
    from storage.facts import all_facts

    folder = tmp_path / "corrections"
    entries = four_corrections(db)
    write(folder, entries + [{"id": "gone", "action": "reject", **WHO, "why": "an article that left the site",
                              "fact": {"article": "/vi/tintucsukien/no-such-article", "kind": "award",
                                       "recipient": "X"}}])
    counts = extract_pending(db, corrections_dir=folder)
    assert counts["corrections"] == 5 and counts["corrections_applied"] == 4
    assert counts["corrections_not_applied"] == [
        "gone (reject): target_missing: no stored article /vi/tintucsukien/no-such-article"]

    facts = [f for f in all_facts(db) if f["article_url"].endswith(SEED)]
    assert not [f for f in facts if f["kind"] == "award" and f["recipient"].endswith("Cao Lạng")]  # rejected
    (rejected,) = db.query("SELECT * FROM awards WHERE state = 'rejected'")
    assert rejected["current"] == 0 and "reject-cao-lang" in rejected["correction"] and "Nguyễn Thị Lan" in rejected["correction"]
    chairs = {(f["unit"], f["year"]) for f in facts if f["kind"] == "membership" and f["role"] == "chair"}
    assert ("Chi nhánh Ga Đồng Đăng", 2022) in chairs and ("Chi nhánh Ga Đồng Đăng", 2021) not in chairs
    (fixed,) = db.query("SELECT * FROM memberships WHERE state = 'corrected' AND unit = 'Chi nhánh Ga Đồng Đăng'")
    assert json.loads(fixed["original"])["year"] == 2021 and "year: 2021 → 2022" in fixed["correction"]
    (added,) = [f for f in facts if f.get("unit") == "Công ty Bảo Minh Lạng Sơn" and f["year"] == 2021]
    body = db.execute("SELECT body FROM articles WHERE url = ?", [added["article_url"]]).fetchone()[0]
    assert added["evidence"] == QUOTE == body[added["start"]:added["end"]] and added["state"] == "added"
    thaco = {k for (k,) in db.execute("SELECT DISTINCT unit_key FROM memberships WHERE current = 1 AND unit IN ('Thaco', 'THACO')")}
    assert thaco == {entries[3]["units"][0]}
    leaders = {(r["year"], r["chair"], r["checked"]) for r in db.query(
        "SELECT * FROM cluster_leadership WHERE cluster_key = ?", [fixed["cluster_key"]])}
    assert (2022, "Chi nhánh Ga Đồng Đăng", "corrected") in leaders
    before = state(db)

    monkeypatch.setattr(extract, "EXTRACTOR_VERSION", "99.0-test")
    again = extract_pending(db, corrections_dir=folder)
    assert again["articles_extracted"] == 65 and again["corrections_applied"] == 4
    assert state(db) == before


def test_a_withdrawn_correction_is_undone_exactly(db, tmp_path):
    from pipeline import extract_pending

    before = state(db)
    folder = tmp_path / "corrections"
    write(folder, four_corrections(db))
    extract_pending(db, corrections_dir=folder)
    assert state(db) != before
    write(folder, [])
    counts = extract_pending(db, corrections_dir=folder)
    assert counts["corrections_withdrawn"] == 4 and counts["corrections"] == 0
    after = state(db)
    after["fact_states"] = [r for r in after["fact_states"] if r[2] != "added"]  # kept, not current, never deleted
    assert after == before
    assert db.execute("SELECT current FROM memberships WHERE state = 'added'").fetchall() == [(0,)]


def test_a_correction_whose_fact_the_extractor_no_longer_yields_is_reported(db, tmp_path):
    from pipeline import extract_pending

    folder = tmp_path / "corrections"
    write(folder, four_corrections(db)[:2])
    assert extract_pending(db, corrections_dir=folder)["corrections_applied"] == 2
    url, body = db.execute("SELECT url, body FROM articles WHERE url LIKE ?", ["%" + SEED]).fetchone()
    edited = body.replace("và tặng Bằng khen cho Công ty cổ phần Lương thực Cao Lạng", "")
    assert edited != body
    with db.atomic():  # the article as the site edited it (what the crawler stores for a changed page)
        db.execute("UPDATE articles SET body = ?, content_hash = 'edited' WHERE url = ?", [edited, url])
    counts = extract_pending(db, corrections_dir=folder)
    assert counts["articles_extracted"] == 1 and counts["corrections_applied"] == 1
    (line,) = counts["corrections_not_applied"]
    assert line.startswith("reject-cao-lang (reject): target_missing: the latest extraction of") and url in line
    status = db.execute("SELECT status FROM corrections WHERE id = 'reject-cao-lang'").fetchone()[0]
    assert status == "target_missing"


def test_a_selector_that_finds_two_facts_is_ambiguous_and_applies_to_none(db, tmp_path):
    from pipeline import extract_pending

    folder = tmp_path / "corrections"
    write(folder, [{"id": "vague", "action": "reject", **WHO, "why": "too vague",
                    "fact": {"article": SEED, "kind": "award", "year": 2020}}])
    counts = extract_pending(db, corrections_dir=folder)
    assert counts["corrections_not_applied"] == ["vague (reject): ambiguous: 2 facts match: name more of its values"]
    assert db.execute("SELECT count(*) FROM awards WHERE state != 'extracted'").fetchone()[0] == 0


def test_keep_apart_blocks_a_merge(db, tmp_path):
    from pipeline import extract_pending

    folder = tmp_path / "corrections"
    merge = four_corrections(db)[3]
    write(folder, [merge, {"id": "apart", "action": "keep_apart", **WHO, "why": "two companies",
                           "units": merge["units"]}])
    counts = extract_pending(db, corrections_dir=folder)
    (line,) = counts["corrections_not_applied"]
    assert line.startswith("merge-thaco (merge): conflict:") and "kept apart by apart" in line
    assert db.execute("SELECT count(*) FROM memberships WHERE state != 'extracted'").fetchone()[0] == 0


@pytest.mark.parametrize("entry, message", [
    ({"action": "delete"}, "entry 5: action must be one of reject, change, add, merge, keep_apart, not 'delete'"),
    ({"action": "reject", **WHO, "why": "x", "fact": {"article": SEED, "kind": "award", "colour": "red"}},
     "entry 5: unknown field 'colour' in 'fact' for a award"),
    ({"action": "change", **WHO, "why": "x", "fact": {"article": SEED, "kind": "membership", "unit": "A"},
      "set": {"year": "last year"}}, "entry 5: 'year' must be a number, not 'last year'"),
    ({"action": "reject", "who": "Lan", "when": "2024-05-02", "fact": {"article": SEED, "kind": "award"}},
     "entry 5: 'why' is required"),
    ({"action": "add", **WHO, "why": "x", "fact": {"article": SEED, "kind": "award", "recipient": "A"},
      "quote": "long enough quote"}, "entry 5: an added award needs award, status"),
])
def test_a_bad_file_is_one_clear_line_and_changes_nothing(db, tmp_path, entry, message):
    folder = tmp_path / "corrections"
    write(folder, four_corrections(db))
    dbfile = db.execute("PRAGMA database_list").fetchone()[2]
    cli = [sys.executable, "pipeline.py", "corrections", "apply", "--db", dbfile, "--dir", str(folder)]
    assert subprocess.run(cli, cwd=ROOT, capture_output=True, text=True).returncode == 0
    before = (state(db), db.execute("SELECT * FROM corrections ORDER BY id").fetchall())
    write(folder, four_corrections(db) + [entry])
    proc = subprocess.run(cli, cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 2 and proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1 and message in proc.stderr, proc.stderr
    assert (state(db), db.execute("SELECT * FROM corrections ORDER BY id").fetchall()) == before


def test_yaml_that_does_not_parse_is_reported_with_its_line(tmp_path):
    from storage.corrections_file import CorrectionsError, read_dir

    (tmp_path / "a.yml").write_text("- id: x\n  action: reject\n   who: [\n", encoding="utf-8")
    with pytest.raises(CorrectionsError, match=r"a\.yml: line \d+ not valid YAML"):
        read_dir(tmp_path)
