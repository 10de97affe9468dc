"""A unit named with the body it belongs to: "Nhà máy Z131 thuộc Tổng cục Công nghiệp Quốc phòng", "Phòng Cảnh sát
giao thông thuộc Công an tỉnh Hải Dương", "Cục 11 thuộc Tổng cục II, Bộ Quốc phòng" (a ministry or a government — a
grantor — after the comma is the parent's own parent; another unit is the list's next item).

A unit is named by the fullest name the article gives it (corpus/GUIDELINES.md): "X thuộc Y" with no comma
between them is one name, not a unit and then another. With a comma ("Trại giam X, thuộc Tổng cục VIII, …")
the parent is an apposition that rules/subjects.py reads; before a cluster ("… thuộc Cụm thi đua số 3") it
is a membership (rules/memberships.py); after a count ("3 đơn vị thuộc VKSND tỉnh") the count is no unit.
"""
from __future__ import annotations

from functools import lru_cache

from . import posts, vocab
from .chunkbase import Chunk, Context

_UNITS = ("ORG",)
_PARENTS = ("ORG", "GRT")


def merge(ctx: Context, chunks: list[Chunk]) -> list[Chunk]:
    if not any(c.label == "BELONG" for c in chunks):
        return chunks
    out: list[Chunk] = []
    k = 0
    while k < len(chunks):
        c = chunks[k]
        if (c.label in _UNITS and k + 2 < len(chunks) and chunks[k + 1].label == "BELONG"
                and chunks[k + 2].label in _PARENTS):
            belong, parent = chunks[k + 1], chunks[k + 2]
            k += 3
            if (k + 1 < len(chunks) and chunks[k].label == "COMMA" and chunks[k + 1].label == "GRT"
                    and not posts.post_grantor(ctx, chunks[k + 1]) and not posts.verb_after(chunks, k + 2, _VERBS)):
                parent = chunks[k + 1]  # "Cục 11 thuộc Tổng cục II, Bộ Quốc phòng": the parent's own parent
                k += 2
            text = ctx.text[c.start:parent.end]
            # an alias in brackets stays out of the name: "Quỹ Hỗ trợ nông dân (HTND) thuộc Trung ương Hội …"
            name = f"{c.name} {ctx.text[belong.start:parent.end]}" if c.attrs.get("alias") else text
            out.append(Chunk(c.label, c.i, parent.j, c.start, parent.end, text, {**c.attrs, "name": name}))
            continue
        out.append(c)
        k += 1
    return out


def sub_and_parent(unit: str, parent: str) -> bool:
    """"Vụ 3" and "VKSND tối cao", "Trung đoàn 64" and "Sư đoàn 390": a department (or an echelon) and, after a
    comma, the body it belongs to — one unit's name. Two units of one head ("Cục A, Cục B", "Sư đoàn 324, Sư đoàn
    968") are two units; between two echelons the parent is the higher one."""
    org = vocab.load("organisations")
    sub = _head(unit, org["sub_heads"])
    top = parent_head(parent)
    if sub is None or top is None or sub == top:
        return False
    ranks = _echelon_ranks()
    return not (sub in ranks and top in ranks and ranks[top] <= ranks[sub])


def parent_head(name: str) -> str | None:
    """The head a parent body's name opens with ("Sư đoàn 390" -> "Sư đoàn"), or None."""
    return _head(name, vocab.load("organisations")["parent_heads"])


def _head(name: str, heads: list[str]) -> str | None:
    return max((h for h in heads if name.startswith(h + " ") or name == h), key=len, default=None)


@lru_cache(maxsize=1)
def _echelon_ranks() -> dict[str, int]:
    return {h: k for k, h in enumerate(vocab.load("organisations")["echelons"])}


# a verb after the body: "…, UBND tỉnh đã trao …" is the next clause's subject, no parent
_VERBS = frozenset({"GIVE", "GET", "PROPOSE", "VOTE", "ELECT", "BE", "COMPOSE", "HANDOVER"})
