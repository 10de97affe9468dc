"""The rule registry keeps its promises: every example of every rule comes out, no rule fires on its
counter-examples, every rule is needed by one of its own examples (turned off, one of them fails), and
every rule names two different real articles its phrasing was seen in (the rule of two)."""
import re

import pytest

from extract import extract_article, grammar, rules  # noqa: F401  (rules: registers them)
from extract.evaluate import same_name
from extract.vocab import award_kind

RULES = grammar.rules()
_FACT = re.compile(r"^(?P<k>[MRA]) (?P<what>\S+) (?P<year>\*|\d{4}) (?P<rest>.+)$")


def _wanted(spec: str) -> dict:
    m = _FACT.match(spec)
    assert m, f"bad example fact {spec!r}"
    year = None if m["year"] == "*" else int(m["year"])
    if m["k"] == "M":
        unit, _, cluster = m["rest"].partition(" @ ")
        return {"kind": "membership", "role": m["what"], "year": year, "unit": unit.strip(), "cluster": cluster.strip() or None}
    if m["k"] == "R":
        return {"kind": "ranking", "rank": int(m["what"]), "year": year, "unit": m["rest"].strip()}
    award, _, recipient = m["rest"].partition(" -> ")
    return {"kind": "award", "status": m["what"], "year": year, "award": award.strip(), "recipient": recipient.strip()}


def _found(want: dict, facts: list[dict]) -> bool:
    for f in facts:
        if f["kind"] != want["kind"] or (want["year"] is not None and f["year"] != want["year"]):
            continue
        if want["kind"] == "membership":
            ok = f["role"] == want["role"] and same_name(want["unit"], f["unit"])
            ok = ok and (not want["cluster"] or same_name(want["cluster"], f["cluster"] or ""))
        elif want["kind"] == "ranking":
            ok = f["rank"] == want["rank"] and same_name(want["unit"], f["unit"])
        else:
            ok = (f["status"] == want["status"] and same_name(want["recipient"], f["recipient"])
                  and award_kind(want["award"]) == award_kind(f["award"]))
        if ok:
            return True
    return False


def _examples():
    for r in RULES:
        for n, ex in enumerate(r.examples):
            yield pytest.param(r, ex, id=f"{r.name}-{n}")


def _counters():
    for r in RULES:
        for n, ex in enumerate(r.counter):
            yield pytest.param(r, ex, id=f"{r.name}-{n}")


def test_every_rule_has_examples_and_two_sources():
    assert len(RULES) >= 10
    for r in RULES:
        assert r.examples, f"{r.name} has no example"
        assert all(ex.facts for ex in r.examples), f"{r.name}: an example without the facts it gives"
        assert r.counter, f"{r.name} has no counter-example"
        assert len(set(r.seen_in)) >= 2, f"{r.name}: a rule exists for a phrasing seen in two articles"
        assert len(set(r.seen_in)) == len(r.seen_in), f"{r.name}: a page named twice in seen_in counts once"
        assert r.doc.strip(), r.name


@pytest.mark.parametrize("rule,example", list(_examples()))
def test_example_comes_out(rule, example):
    facts = extract_article(example.title, example.text)
    missing = [spec for spec in example.facts if not _found(_wanted(spec), facts)]
    assert not missing, f"{rule.name} misses {missing} in {example.text!r}; got {[(f['kind'], f.get('unit') or f.get('recipient'), f['year'], f['rule']) for f in facts]}"


@pytest.mark.parametrize("rule,example", list(_counters()))
def test_counter_example_gives_nothing_from_the_rule(rule, example):
    facts = extract_article(example.title, example.text)
    assert not [f for f in facts if f["rule"] == rule.name], f"{rule.name} fired on {example.text!r}"


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_ablation_every_rule_is_needed(rule):
    with grammar.disabled(rule.name):
        failing = [ex for ex in rule.examples
                   if not all(_found(_wanted(s), extract_article(ex.title, ex.text)) for s in ex.facts)]
    assert failing, f"{rule.name} can be turned off with all its examples still passing: it is not needed"


def test_every_fact_names_its_rule():
    facts = extract_article("", "Năm 2021, Công an tỉnh là Khối trưởng Khối thi đua số 3, Sở Tư pháp là Khối phó.")
    assert facts and all(f["rule"] in {r.name for r in RULES} | {"member.ranked", "member.nominated", "coref.neighbour"}
                         for f in facts)


def test_disabling_an_unknown_rule_is_an_error():
    with pytest.raises(KeyError):
        with grammar.disabled("no.such.rule"):
            pass


@pytest.mark.parametrize("pattern", ["who=", "a=B=C", "x=ORG{"])
def test_bad_pattern_elements_are_refused(pattern):
    with pytest.raises(ValueError):
        grammar.compile_pattern(pattern)


def _chunks(*labels):
    from extract.chunkbase import Chunk

    return [Chunk(lab, k, k + 1, k, k + 1, lab.lower(), {}) for k, lab in enumerate(labels)]


def test_a_pattern_matches_chunks_by_label_and_captures_them_by_index():
    """One character a chunk (grammar.encode): an element is one chunk of its labels, "!" any other, "." any;
    captures are the chunks at the group's indices, the last repetition's for a repeated group."""
    chunks = _chunks("W", "ORG", "COMMA", "NAME", "BE", "T", "ROLE", "DOT")
    rx = grammar.compile_pattern("who=@UNIT (COMMA x=NAME)* !DOT|COMMA{0,2} BE . role=ROLE")
    m = grammar.Match(rx.search(grammar.encode(chunks)), chunks)
    assert (m.first, m.last) == (1, 6)
    assert [c.label for c in m.all("who")] == ["ORG"] and m.get("x").label == "NAME" and m.get("role").label == "ROLE"
    assert [c.label for c in m.span()] == ["ORG", "COMMA", "NAME", "BE", "T", "ROLE"]
    assert grammar.compile_pattern("who=ORG y=NAME?").search(grammar.encode(chunks[1:3])) is not None
    m = grammar.Match(grammar.compile_pattern("who=ORG y=NAME?").search(grammar.encode(chunks[1:3])), chunks[1:3])
    assert m.all("y") == [] and m.all("nosuch") == []
    assert grammar.compile_pattern("ORG BE").search(grammar.encode(chunks)) is None  # a chunk between them
