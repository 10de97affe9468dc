"""Rankings: the ordinal a cluster gives a unit ("xếp thứ Nhất", "xếp hạng nhì", "đứng thứ nhất",
"thứ nhì huyện X, ba là Y"), or rank 1 when the cluster singles out one leader ("dẫn đầu cụm",
"Đơn vị dẫn đầu khối: X"). Several units "dẫn đầu" at once are no ranking."""
from __future__ import annotations

import re

from . import years
from .clusters import cluster_in
from .data import load
from .lists import split_items
from .names import name_before, trim, looks_like_unit
from .text import Sentence

_PLURAL_BEFORE = re.compile(r"(?:\d+|các|những|nhiều|hai|ba)\s+(?:đơn vị|tập thể|cơ quan)[^;]{0,25}$", re.IGNORECASE)
_LEAD_TARGET = re.compile(r"^\s*(?:phong trào thi đua\s+(?:của\s+)?)?(?:cụm|khối|Cụm|Khối)", re.IGNORECASE)
_VOTED_LEAD = re.compile(r"(?:suy tôn|bình chọn|bầu chọn)\s+(?:là\s+)?(?:đơn vị\s+)?$", re.IGNORECASE)
_AFTER = re.compile(r"^[^.;:]{0,60}?(?:là|:)\s+(?:đơn vị\s+)?", re.IGNORECASE)


def _rank_of(span_text: str) -> int | None:
    nums = load("lexicon.json")["numerals"]
    for w in reversed(span_text.lower().split()):
        if w in nums:
            return nums[w]
    return None


def rankings(sent: Sentence, cluster: str | None, ctx_year: int | None) -> list[dict]:
    """Rankings need a cluster: an ordinal outside one ("giải Nhất" of a contest) is no ranking."""
    text = sent.text
    out = []
    if not cluster and not re.search(r"[Cc]ụm|[Kk]hối", text):
        return out
    spans = sorted(sent.spans("RANK"), key=lambda x: (x[0], -x[1]))
    spans = [sp for k, sp in enumerate(spans) if not any(o[0] <= sp[0] and sp[1] <= o[1] and o != sp for o in spans)]
    for s, e in spans:
        rank = _rank_of(text[s:e])
        if re.search(r"(?:chương|[Cc]ờ|khen|danh hiệu)[^.;,]{0,30}$", text[max(0, s - 40):s]) and not text[s:e].lower().startswith(("xếp", "đứng")):
            continue  # "Huân chương Lao động hạng Ba" is an award's class, not a ranking
        if not rank or re.match(r"\s*(?:[Đđ]ồng|triệu|tỷ)", text[e:e + 8]) or re.search(r"giải\s*$", text[:e][-12:].lower()):
            continue
        name = None
        if text[s:e].lower().endswith("là") or not text[:s].strip(" ,"):
            items = split_items(text[e:], e)
            name = trim(*items[0]) if items else None
        else:
            name = name_before(text, s)
            if name is None:
                items = split_items(text[e:], e)
                name = trim(*items[0]) if items else None
        if name and looks_like_unit(name) and not name.person:
            y = years.year_near(text, e, 60) or ctx_year
            out.append({"kind": "ranking", "cluster": cluster_in(text, s, cluster) or cluster, "unit": name.text,
                        "year": y, "rank": rank, "_sent": sent})
    for s, e in sent.spans("LEAD"):
        voted_lead = bool(_VOTED_LEAD.search(text[:s])) and re.match(r"\s*phong trào thi đua", text[e:]) \
            and re.search(r"[Cc]ụm|[Kk]hối", text)  # "được các đơn vị trong Khối … suy tôn là đơn vị dẫn đầu phong trào thi đua"
        if not (_LEAD_TARGET.match(text[e:]) or voted_lead) or re.search(r"[Cc]ờ\s*(?:[“\"]?\s*(?:[Đđ]ơn vị)?\s*)$", text[:s]):
            continue
        before = text[:s]
        if _PLURAL_BEFORE.search(before) or re.search(r"(?:cho|các)\s+(?:đơn vị\s+)?$", before):
            continue
        name = None
        after = _AFTER.match(text[e:])
        if after and not before.strip(" -–,").endswith(tuple("abcdefghijklmnopqrstuvwxyz")) or re.search(r"[Đđ]ơn vị\s*$", before):
            rest = text[e + after.end():] if after else ""
            items = split_items(rest, e + (after.end() if after else 0))
            name = trim(*items[0]) if items else None
        if name is None or not looks_like_unit(name):
            name = name_before(text, s)
        if name is None or name.person or not looks_like_unit(name):
            continue
        y = years.year_near(text, e, 80) or ctx_year
        out.append({"kind": "ranking", "cluster": cluster_in(text, e, cluster) or cluster, "unit": name.text,
                    "year": y, "rank": 1, "_sent": sent})
    return out
