"""Scoring extracted facts against hand-checked gold facts (`pipeline.py evaluate GOLD FACTS`).

It judges the way the gold set's own scorer does, so a figure printed here is the figure the work is
judged by: facts of one article are matched one-to-one per kind; names match after normalising case,
tone placement and common abbreviations (vocab/matching.yml), without an administrative kind ("UBND
huyện Cao Lộc" = "Cao Lộc"), when nearly equal (one word off), or when one holds the other whole with
three or more words and the rest names no sub-body ("Thanh tra Sở Tài chính" is not "Sở Tài chính");
clusters match on their number when both have one; awards on their kind (vocab/awards.yml); a gold year
of null is not judged; award status is reported as an accuracy.

Gold files are JSON Lines of {"slug" | "url", "facts": [...]} with an optional "source_kind"; the
report gives P/R/F1 per fact kind, in all, and per source kind when the gold names them.
"""
from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections import defaultdict
from functools import lru_cache

from . import vocab
from .clusters import number_key
from .normalize import tone

KINDS = ("membership", "ranking", "award")


def read_jsonl(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@lru_cache(maxsize=1)
def _tables() -> dict:
    m = vocab.load("matching")
    admin = "|".join(re.escape(a) for a in m["admin_prefixes"])
    not_commune = "|".join(re.escape(a) for a in m["admin_commune_not_before"])
    return {
        "abbrev": [(re.compile(a), b) for a, b in m["abbreviations"]],
        "fillers": frozenset(m["fillers"]),
        "admin": re.compile(rf"^(?:{re.escape(m['people_committee'])} )?|\b(?:{admin}|{re.escape(m['admin_commune'])}(?! (?:{not_commune}))) "),
        "sub": re.compile(r"\b(" + "|".join(re.escape(s) for s in m["sub_bodies"]) + r")\b"),
    }


@lru_cache(maxsize=65536)
def norm(s: str) -> str:
    s = tone(unicodedata.normalize("NFC", s or "")).lower()
    for rx, repl in _tables()["abbrev"]:
        s = rx.sub(repl, s)
    s = re.sub(r"[\"'“”‘’(),.;:\-–/]", " ", s)
    return " ".join(s.split())


def _bare(s: str) -> str:
    return " ".join(_tables()["admin"].sub("", norm(s)).split())


def _core(s: str) -> str:
    toks = norm(s).split()
    kept = [t for t in toks if t not in _tables()["fillers"]]
    return " ".join(kept or toks)


def _near(ca: str, cb: str) -> bool:
    """A typo, not another unit: same numbers, same length, one word slightly different."""
    ta, tb = ca.split(), cb.split()
    if re.findall(r"\d+", ca) != re.findall(r"\d+", cb) or len(ta) != len(tb) or len(ta) < 3:
        return False
    diff = [(x, y) for x, y in zip(ta, tb) if x != y]
    return len(diff) == 1 and difflib.SequenceMatcher(None, *diff[0]).ratio() >= 0.6


def same_name(a: str, b: str) -> bool:
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return False
    ba, bb = _bare(a), _bare(b)
    if na == nb or _core(a) == _core(b) or (re.search(r"[^\W\d]", ba) and ba == bb) or _near(_core(a), _core(b)):
        return True
    short, long_ = sorted((na, nb), key=len)
    if len(short.split()) < 3 or f" {short} " not in f" {long_} ":
        return False
    return not _tables()["sub"].search(f" {long_} ".replace(f" {short} ", " "))


def award_kind(name: str) -> str:
    """A title written by its initials ("NSND") is judged as written, as ../shared/dev-gold/score.py judges it: the
    extractor reads it as its title (vocab.award_initials), the judge gives the initials no benefit."""
    bare = norm(name).removeprefix(norm(vocab.word("awards", "title_word")) + " ")
    if bare in vocab.award_initials().values():
        return "other:" + norm(name)
    return vocab.award_kind(name) or "other:" + norm(name)


def same_cluster(a: str | None, b: str | None) -> bool:
    """Numbered clusters match on their number (II = 2 = số 2); a numbered and a named mention, or a
    side that names none, are not judged; named ones match on their name."""
    if not a or not b:
        return True
    na, nb = number_key(a), number_key(b)
    if na is not None and nb is not None:
        return na == nb
    return (na is None) != (nb is None) or same_name(a, b)


def _match(kind: str, g: dict, s: dict) -> bool:
    if g.get("year") is not None and g.get("year") != s.get("year"):
        return False
    if kind == "membership":
        return (g["role"] == s.get("role") and same_name(g["unit"], s.get("unit", ""))
                and same_cluster(g.get("cluster"), s.get("cluster")))
    if kind == "ranking":
        return g["rank"] == s.get("rank") and same_name(g["unit"], s.get("unit", ""))
    return award_kind(g["award"]) == award_kind(s.get("award", "")) and same_name(g["recipient"], s.get("recipient", ""))


def slug_of(url: str) -> str:
    return (url or "").rstrip("/").rsplit("/", 1)[-1].split("?")[0]


def evaluate(gold: list[dict], facts: list[dict]) -> tuple[dict, list[str]]:
    """(report, misses): report[kind|"all"] = {tp, fp, fn, precision, recall, f1}, award status accuracy,
    and report["by_source"][source_kind][kind] when the gold lines name their source kind."""
    by_article = defaultdict(list)
    for f in facts:
        by_article[slug_of(f.get("article_url", ""))].append(f)
    tot = defaultdict(lambda: [0, 0, 0])
    by_source = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    status = [0, 0]
    misses: list[str] = []
    for art in gold:
        slug = art.get("slug") or slug_of(art.get("url", ""))
        source = art.get("source_kind")
        for kind in KINDS:
            want = [f for f in art["facts"] if f["kind"] == kind]
            got = [f for f in by_article.get(slug, []) if f.get("kind") == kind]
            used: set[int] = set()
            for g in want:
                hit = next((i for i, s in enumerate(got) if i not in used and _match(kind, g, s)), None)
                cell = 2 if hit is None else 0
                tot[kind][cell] += 1
                if source:
                    by_source[source][kind][cell] += 1
                if hit is None:
                    misses.append(f"missed   {slug[:40]} {json.dumps(g, ensure_ascii=False)}")
                    continue
                used.add(hit)
                if kind == "award":
                    status[0] += 1
                    status[1] += g.get("status") == got[hit].get("status")
                    if g.get("status") != got[hit].get("status"):
                        misses.append(f"status   {slug[:40]} {json.dumps(g, ensure_ascii=False)} got {got[hit].get('status')}")
            for i, s in enumerate(got):
                if i not in used:
                    tot[kind][1] += 1
                    if source:
                        by_source[source][kind][1] += 1
                    shown = {k: v for k, v in s.items() if k in ("cluster", "unit", "recipient", "award", "year", "role", "rank", "status", "rule")}
                    misses.append(f"spurious {slug[:40]} {json.dumps({'kind': kind, **shown}, ensure_ascii=False)}")
    report = _prf(tot)
    if status[0]:
        report.setdefault("award", _prf({"award": [0, 0, 0]})["award"])["status_accuracy"] = round(status[1] / status[0], 3)
    if by_source:
        report["by_source"] = {src: _prf(cells) for src, cells in sorted(by_source.items())}
    return report, misses


def _prf(cells: dict) -> dict:
    out = {}
    total = [0, 0, 0]
    for kind in KINDS:
        if kind not in cells:
            continue
        tp, fp, fn = cells[kind]
        total = [total[0] + tp, total[1] + fp, total[2] + fn]
        out[kind] = _scores(tp, fp, fn)
    out["all"] = _scores(*total)
    return out


def _scores(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def report_lines(report: dict) -> list[str]:
    """The report as printed by `pipeline.py evaluate` and `score`: a line per fact kind and "all"
    (key=value pairs), then a line per source kind."""
    lines = [f"{kind:11} " + "  ".join(f"{k}={v[k]}" for k in v) for kind, v in report.items() if kind != "by_source"]
    for source, cells in report.get("by_source", {}).items():
        n = cells["all"]["tp"] + cells["all"]["fn"]
        lines.append(f"{source + ':':11} " + "  ".join(f"{kind}_f1={v['f1']}" for kind, v in cells.items()) + f"  gold_facts={n}")
    return lines
