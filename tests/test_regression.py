"""Extraction scored on whole annotated sets, with floors that guard against regressions.

Real articles (corpus/sets.json, in the repository): `sample` (116 articles the rules were tuned on)
and `dev` (the development part of the annotated corpus, every batch; for finding errors). Each record goes through the same page
markup and parser as a nightly crawl (scoring.mirror -> crawler.parse) and is extracted in-process;
`pipeline.py score SET` gives the same figures through the whole crawl. The locked third is never
scored here. Two hand-written sets from before the corpus (tests/fixtures/phrasings.jsonl: short
paragraphs in the Board's style; heldout.jsonl: written by someone who had not seen the rules) are
scored the same way, and so are the probe audits' pages (probes.jsonl: 196 real pages of many organisers' sites that
helpers took from the search store, checked against the held-out list, with the facts they expected written before
the extractor ran; first-seen figures in the README, seen now: rules were since written from their misses). A floor is a little under the figure of the commit that set it: a change that
costs more than that must say why in its commit.
"""
import json
from pathlib import Path

import pytest

from extract import extract_article
from extract.evaluate import evaluate
from scoring import load_set
from scoring.mirror import parsed

FIXTURES = Path(__file__).parent / "fixtures"
FLOORS = {
    "sample": {"membership": 0.93, "ranking": 0.90, "award": 0.92, "all": 0.93},
    "dev": {"membership": 0.87, "ranking": 0.65, "award": 0.81, "all": 0.85},
    "phrasings": {"membership": 0.95, "ranking": 0.96, "award": 0.85, "all": 0.94},
    "heldout": {"membership": 0.88, "ranking": 0.87, "award": 0.89, "all": 0.89},
    "probes": {"membership": 0.87, "ranking": 0.78, "award": 0.72, "all": 0.82},
}


def _score_records(name: str) -> dict:
    records, gold, _ = load_set(name)
    facts = []
    for rec in records:
        art = parsed(rec)
        for f in extract_article(art["title"], art["body"], art["published"]):
            facts.append({**f, "article_url": art["url"]})
    return evaluate(gold, facts)[0]


def _score_fixture(name: str) -> dict:
    cases = [json.loads(line) for line in (FIXTURES / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    facts = [{**f, "article_url": "http://x/vi/tintucsukien/" + c["id"]}
             for c in cases for f in extract_article(c["title"], c["body"], c["published"])]
    return evaluate([{"slug": c["id"], "facts": c["facts"]} for c in cases], facts)[0]


@pytest.fixture(scope="module")
def reports():
    return {"sample": _score_records("sample"), "dev": _score_records("dev"),
            "phrasings": _score_fixture("phrasings"), "heldout": _score_fixture("heldout"),
            "probes": _score_fixture("probes")}


@pytest.mark.parametrize("name,kind", [(n, k) for n in FLOORS for k in FLOORS[n]])
def test_f1_floor(reports, name, kind):
    assert reports[name][kind]["f1"] >= FLOORS[name][kind], reports[name][kind]


@pytest.mark.parametrize("name", ["sample", "phrasings", "heldout", "probes"])
def test_award_status(reports, name):
    assert reports[name]["award"]["status_accuracy"] >= 0.95, reports[name]["award"]


def test_the_dev_set_reports_by_source_kind(reports):
    by_source = reports["dev"]["by_source"]
    assert {"press", "sector", "union", "board"} <= set(by_source)
    assert sum(c["all"]["tp"] + c["all"]["fn"] for c in by_source.values()) == reports["dev"]["all"]["tp"] + reports["dev"]["all"]["fn"]
