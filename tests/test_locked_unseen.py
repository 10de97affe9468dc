"""The locked split judges the extractor only if development never saw its articles.

Two ways a locked article could have been seen, both found after the fact (corpus/README.md, batches 11 and 12):
a rule's `seen_in` names a page of the search store that a later harvest took into the corpus and the hash sent to
locked, or a probe page (tests/fixtures/probes.jsonl) is the same article. These tests read only the URLs and slugs
of the locked gold files, never their facts, and fail naming the rule or probe (not the locked article)."""
import json
from pathlib import Path

import extract.rules  # noqa: F401  (registers the rules)
from extract.grammar import rules

ROOT = Path(__file__).resolve().parent.parent


def _locked() -> tuple[set[str], set[str]]:
    """(slugs, host+path of the URLs) of every article in a locked set."""
    sets = json.loads((ROOT / "corpus/sets.json").read_text(encoding="utf-8"))
    files = {g for s in sets.values() if s.get("locked")
             for g in ([s["gold"]] if isinstance(s["gold"], str) else s["gold"])}
    slugs, urls = set(), set()
    for f in files:
        for line in (ROOT / f).read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                slugs.add(rec["slug"])
                urls.add(_bare(rec.get("url") or ""))
    return slugs, urls


def _bare(url: str) -> str:
    return url.split("//", 1)[-1].removeprefix("www.")


def _ref(text: str) -> str:
    return text.rstrip("…").rstrip("-")


def _cited(cited: list[tuple[str, tuple[str, ...]]], slugs: set[str], urls: set[str]) -> list[str]:
    """Which (rule name, seen_in) pairs name a locked article: 'pages:host/path' (cut with '…' or not) by its URL,
    'dev:' / 'corpus:' / 'sample:' … by a slug prefix."""
    hits = []
    for name, seen_in in cited:
        for seen in seen_in:
            kind, _, ref = seen.partition(":")
            ref = _ref(ref)
            if not ref:
                continue
            if kind == "pages":
                hit = any(u == ref or (seen.endswith("…") and u.startswith(ref)) for u in urls)
            else:
                hit = any(s.startswith(ref) for s in slugs)
            if hit:
                hits.append(f"{name}: {seen}")
    return hits


def test_no_rule_was_made_from_a_locked_article():
    slugs, urls = _locked()
    hits = _cited([(r.name, r.seen_in) for r in rules()], slugs, urls)
    assert not hits, f"rules cite locked articles (move the article to dev and say so): {hits}"


def test_no_probe_page_is_a_locked_article():
    _, urls = _locked()
    probes = [json.loads(line) for line in
              (ROOT / "tests/fixtures/probes.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    hits = [p["id"] for p in probes if _bare(p.get("source") or "") in urls]
    assert not hits, f"probe pages that are locked articles: {hits}"


def test_the_check_finds_a_cited_article():
    """The matching itself, on made-up references: a cut 'pages:' reference, a whole one, a slug prefix."""
    slugs, urls = {"cum-thi-dua-so-1-tong-ket-nam-2020"}, {"host.vn/van-ban/cong-van-12-chia-cum-thi-dua"}
    cited = [("a", ("pages:host.vn/van-ban/cong-van-12-chia-cum-…",)), ("b", ("pages:host.vn/van-ban/cong-van-12",)),
             ("c", ("dev:cum-thi-dua-so-1-tong-ket",)), ("d", ("dev:cum-thi-dua-so-2", "pages:other.vn/x"))]
    assert _cited(cited, slugs, urls) == ["a: pages:host.vn/van-ban/cong-van-12-chia-cum-…",
                                          "c: dev:cum-thi-dua-so-1-tong-ket"]
