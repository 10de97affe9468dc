"""Scoring extracted facts against hand-checked gold facts (`pipeline.py evaluate GOLD FACTS`).

Facts of one article are matched one-to-one. Names match when their comparison keys are equal once an
administrative kind is dropped ("UBND huyện Cao Lộc" = "Cao Lộc"), or when one holds the other whole and
has at least three words; memberships also match on their cluster (its number when both have one);
awards match on their kind (Cờ thi đua, Bằng khen, Huân chương …) and their status is reported as an
accuracy; a gold year of null is not judged. Gold files are JSON Lines of {"slug" | "url", "facts": [...]}.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict

from .normalize import key

_ADMIN = re.compile(r"\b(?:ủy ban nhân dân|ubnd|tỉnh|huyện|thành phố|tp|thị xã|quận|phường)\s+")
_KINDS = ["cờ", "bằng khen", "giấy khen", "huân chương", "huy chương", "chiến sĩ thi đua", "lao động xuất sắc", "anh hùng"]


def read_jsonl(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _bare(s: str) -> str:
    return " ".join(_ADMIN.sub("", key(s)).split())


def same_name(a: str, b: str) -> bool:
    ka, kb = _bare(a or ""), _bare(b or "")
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    short, long_ = sorted((key(a), key(b)), key=len)
    return len(short.split()) >= 3 and f" {short} " in f" {long_} "


def award_kind(s: str) -> str:
    k = key(s)
    return next((kind for kind in _KINDS if k.startswith(kind) or kind in k), k)


_NUMBER = re.compile(r"\b(?:cụm|khối)(?:\s+thi\s+đua)?(?:\s+số)?\s+(\d+|[ivx]+)\b")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


def _cluster_number(name: str) -> int | str | None:
    m = _NUMBER.search(key(name))
    if not m:
        return None
    v = m.group(1)
    return int(v) if v.isdigit() else _ROMAN.get(v, v)


def same_cluster(a: str | None, b: str | None) -> bool:
    """Numbered clusters match on their number (II = 2 = số 2); named ones on their name; a numbered and a
    named mention of one cluster, or a side that names none, are not judged."""
    if not a or not b:
        return True
    na, nb = _cluster_number(a), _cluster_number(b)
    if na is not None and nb is not None:
        return na == nb
    return na is not None or nb is not None or same_name(a, b) or key(a) in key(b) or key(b) in key(a)


def _match(g: dict, s: dict) -> bool:
    if g["kind"] != s.get("kind") or (g.get("year") is not None and g.get("year") != s.get("year")):
        return False
    if g["kind"] == "award":
        return award_kind(g["award"]) == award_kind(s.get("award", "")) and same_name(g["recipient"], s.get("recipient", ""))
    if g["kind"] == "membership" and (g["role"] != s.get("role") or not same_cluster(g.get("cluster"), s.get("cluster"))):
        return False
    if g["kind"] == "ranking" and g["rank"] != s.get("rank"):
        return False
    return same_name(g["unit"], s.get("unit", ""))


def _slug(url: str) -> str:
    return (url or "").rstrip("/").rsplit("/", 1)[-1]


def evaluate(gold: list[dict], facts: list[dict]) -> tuple[dict, list[str]]:
    by_article = defaultdict(list)
    for f in facts:
        by_article[_slug(f.get("article_url", ""))].append(f)
    tot = defaultdict(lambda: [0, 0, 0])
    status = [0, 0]  # awards matched, and of those with the gold status
    misses = []
    for art in gold:
        slug = art.get("slug") or _slug(art.get("url", ""))
        found = by_article.get(slug, [])
        used = set()
        for g in art["facts"]:
            hit = next((i for i, s in enumerate(found) if i not in used and _match(g, s)), None)
            if hit is None:
                tot[g["kind"]][2] += 1
                misses.append(f"missed   {slug[:40]} {json.dumps(g, ensure_ascii=False)}")
            else:
                used.add(hit)
                tot[g["kind"]][0] += 1
                if g["kind"] == "award":
                    status[0] += 1
                    status[1] += g.get("status") == found[hit].get("status")
                    if g.get("status") != found[hit].get("status"):
                        misses.append(f"status   {slug[:40]} {json.dumps(g, ensure_ascii=False)} got {found[hit].get('status')}")
        for i, s in enumerate(found):
            if i not in used:
                tot[s.get("kind")][1] += 1
                misses.append(f"spurious {slug[:40]} {json.dumps({k: v for k, v in s.items() if k in ('kind', 'cluster', 'unit', 'recipient', 'award', 'year', 'role', 'rank', 'status')}, ensure_ascii=False)}")
    report = {}
    for kind, (tp, fp, fn) in sorted(tot.items()):
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        report[kind] = {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3),
                        "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}
    if status[0]:
        report["award"]["status_accuracy"] = round(status[1] / status[0], 3)
    return report, misses
