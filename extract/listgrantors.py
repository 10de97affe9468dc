"""Grantors listed as members: after "gồm", a body that also confers awards is one of the units composed.

The name layer marks the bodies that confer awards as grantors (GRT: "Ủy ban Trung ương MTTQ Việt Nam", "Tổng Liên
đoàn Lao động Việt Nam"), and a list is read over units only, so a list after "gồm:" that opens with such a body, or
holds one, broke at it: "các tổ chức thành viên trong Khối Thi đua gồm: Ủy ban Trung ương Mặt trận Tổ quốc Việt
Nam, Tổng LĐLĐ Việt Nam, Trung ương Hội Cựu chiến binh Việt Nam, …" (a page of probe audit 10) and "9 tổ chức trong
khối thi đua gồm: Ủy ban Trung ương MTTQ Việt Nam, Trung ương Hội Cựu chiến binh Việt Nam, Tổng Liên đoàn Lao động
Việt Nam, …" (a dev article of batch 11) lost their first members. What "gồm" composes is units: a grantor in the
run of names and separators right after it is read as a unit there — not a grantor that opens with a person's post
("Chủ tịch UBND tỉnh": posts.post_grantor), and only in a run of two names or more (a list).
"""
from __future__ import annotations

from .chunkbase import Chunk, Context
from .posts import post_grantor

_ITEMS = frozenset({"ORG", "NAME", "GRT", "LIST"})
_SEPS = frozenset({"COMMA", "SEMI", "AND"})


def composed(ctx: Context, chunks: list[Chunk]) -> list[Chunk]:
    """The chunks, each grantor in the list right after a "gồm" (and its colon) relabelled a unit (ORG)."""
    out = chunks
    k = 0
    n = len(chunks)
    while k < n:
        if chunks[k].label != "COMPOSE":
            k += 1
            continue
        j = k + 1 + (k + 1 < n and chunks[k + 1].label == "COLON")
        run = []
        while j < n and chunks[j].label in _ITEMS:
            run.append(j)
            if j + 1 < n and chunks[j + 1].label in _SEPS and j + 2 < n and chunks[j + 2].label in _ITEMS:
                j += 2
                continue
            break
        grantors = [x for x in run if chunks[x].label == "GRT" and not post_grantor(ctx, chunks[x])]
        if len(run) >= 2 and grantors:
            out = list(out) if out is chunks else out
            for x in grantors:
                c = chunks[x]
                out[x] = Chunk("ORG", c.i, c.j, c.start, c.end, c.text, {**c.attrs, "name": c.name})
        k = max(j, k + 1)
    return out
