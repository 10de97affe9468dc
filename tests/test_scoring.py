"""`pipeline.py score SET`: an annotated set rendered as the site's pages, served on 127.0.0.1,
crawled, extracted and stored by `pipeline.py refresh`, then judged; the locked set only with --final."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

import scoring
from scoring import SetError, load_set, score_set
from scoring import run as scoring_run
from tests.test_regression import _score_records

ROOT = Path(__file__).resolve().parent.parent


def cli(*args):
    return subprocess.run([sys.executable, "pipeline.py", *args], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8", timeout=600)


def test_score_runs_a_set_through_the_crawl(tmp_path):
    proc = cli("score", "dev-65", "--keep", str(tmp_path))
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = {line.split()[0]: dict(p.split("=") for p in line.split()[1:]) for line in proc.stdout.splitlines()}
    assert {"membership", "ranking", "award", "all"} <= set(lines)
    stored = [json.loads(line) for line in (tmp_path / "facts.jsonl").read_text(encoding="utf-8").splitlines()]
    records, gold, _ = load_set("dev-65")
    assert len(records) == len(gold) == 65
    # every article was crawled from the loopback mirror, and facts point at it
    assert {f["article_url"].split("/vi/")[0] for f in stored} == {f["article_url"].split("/vi/")[0] for f in stored[:1]}
    assert stored[0]["article_url"].startswith("http://127.0.0.1:")
    # the crawl path and the in-process path of the regression test agree, up to the facts storage
    # merges (one award of one unit named two ways in an article is one stored fact)
    assert float(lines["all"]["f1"]) == pytest.approx(_score_records("dev-65")["all"]["f1"], abs=0.01)
    assert float(lines["all"]["f1"]) > 0.8
    again = cli("score", "dev-65", "--keep", str(tmp_path))  # a kept directory is cleared, not added to
    assert again.returncode == 0 and again.stdout == proc.stdout


def test_the_locked_set_needs_final(tmp_path):
    proc = cli("score", "locked")
    assert proc.returncode == 1 and "locked" in proc.stderr and "--final" in proc.stderr
    proc = cli("score", "nonesuch")
    assert proc.returncode == 1 and "sample" in proc.stderr  # names the sets there are


def test_a_final_scoring_of_a_locked_set_is_logged(tmp_path, monkeypatch):
    monkeypatch.setitem(scoring.SETS, "locked-test", {**scoring.SETS["dev-65"], "locked": True})
    monkeypatch.setattr(scoring_run, "LOCKED_LOG", tmp_path / "locked-scores.jsonl")
    with pytest.raises(SetError):
        score_set("locked-test")
    assert not (tmp_path / "locked-scores.jsonl").exists()
    report, _ = score_set("locked-test", final=True)
    logged = [json.loads(line) for line in (tmp_path / "locked-scores.jsonl").read_text().splitlines()]
    assert len(logged) == 1 and logged[0]["set"] == "locked-test" and logged[0]["all"] == report["all"]["f1"]
    assert logged[0]["extractor"].startswith("1.")


def test_a_record_without_a_date_renders_and_parses_undated():
    from scoring.mirror import parsed
    rec = {"nid": 1, "slug": "khong-ngay", "title": "Tỉnh Quảng Trị nhận Huân chương Lao động hạng Nhất", "published": None,
           "blocks": [["p", "Tỉnh Quảng Trị vinh dự được Chủ tịch nước tặng Huân chương Lao động hạng Nhất."]]}
    art = parsed(rec)
    assert art["published"] is None and "Huân chương Lao động hạng Nhất" in art["body"]
