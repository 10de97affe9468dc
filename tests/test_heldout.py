"""A second hand-annotated set (tests/fixtures/heldout.jsonl: 45 paragraphs, 249 facts, Lạng Sơn and
five other provinces), written by someone who had not seen the rules or the first set. Its first score,
before any rule was changed for it, was F1 0.820 (memberships 0.780, rankings 0.897, awards 0.859);
general fixes since brought it up. Unlike test_phrasings it is scored as a whole: these floors guard
against regressions, and the cases still missed are a list of what the extractor does not read yet."""
import json
from pathlib import Path

import pytest

from extract import extract_article
from extract.evaluate import evaluate

FIXTURE = Path(__file__).parent / "fixtures" / "heldout.jsonl"
FLOORS = {"membership": 0.82, "ranking": 0.90, "award": 0.86}


@pytest.fixture(scope="module")
def report():
    cases = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]
    facts = []
    for case in cases:
        for f in extract_article(case["title"], case["body"], case["published"]):
            f["article_url"] = "http://x/vi/tintucsukien/" + case["id"]
            facts.append(f)
    rep, _ = evaluate([{"slug": c["id"], "facts": c["facts"]} for c in cases], facts)
    return rep


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_heldout_f1_floor(report, kind):
    assert report[kind]["f1"] >= FLOORS[kind], report[kind]


def test_heldout_award_status(report):
    assert report["award"]["status_accuracy"] >= 0.95
