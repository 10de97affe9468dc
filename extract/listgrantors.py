"""Grantors listed as members: after "gồm", a body that also confers awards is one of the units composed.

The name layer marks the bodies that confer awards as grantors (GRT: "Ủy ban Trung ương MTTQ Việt Nam", "Tổng Liên
đoàn Lao động Việt Nam"), and a list is read over units only, so a list after "gồm:" that opens with such a body, or
holds one, broke at it: "các tổ chức thành viên trong Khối Thi đua gồm: Ủy ban Trung ương Mặt trận Tổ quốc Việt
Nam, Tổng LĐLĐ Việt Nam, Trung ương Hội Cựu chiến binh Việt Nam, …" (a page of probe audit 10) and "9 tổ chức trong
khối thi đua gồm: Ủy ban Trung ương MTTQ Việt Nam, Trung ương Hội Cựu chiến binh Việt Nam, Tổng Liên đoàn Lao động
Việt Nam, …" (a dev article of batch 11) lost their first members. What "gồm" composes is units: a grantor in the
run of names and separators right after it is read as a unit there — not a grantor that opens with a person's post
("Chủ tịch UBND tỉnh": posts.post_grantor), and only in a run of two names or more (a list).

Not a grantor that opens the next clause: after a ";", one the run ends at and no end of the list follows ("gồm: Sở Y
tế, Sở Tư pháp; UBND tỉnh cũng tặng Giấy khen cho …"; review 2's probes), and any that a verb of giving or proposing
follows, past plain words ("…, UBND tỉnh tặng Cờ thi đua cho …"): the giver of its own clause. The run itself goes on
over ";" and ",": "gồm: Bệnh viện Bạch Mai; …; Trường Đại học …, Bộ Y tế; …; Công an huyện …, Công an tỉnh …, Bộ Công
an; Nhân dân và cán bộ …" (dev thu-tuong-khen-10-tap-the-4-ca-nhan-…) needs both.
"""
from __future__ import annotations

from .chunkbase import Chunk, Context
from .posts import post_grantor

_ITEMS = frozenset({"ORG", "NAME", "GRT", "LIST"})
_SEPS = frozenset({"COMMA", "SEMI", "AND"})
_VERBS = frozenset({"GIVE", "PROPOSE", "VOTE", "HANDOVER"})  # verbs of giving and proposing: a giver's clause
_ENDS = frozenset({"DOT", "NL", "LP", "RP"})  # a list's end, or a role in brackets after its last name
_PLAIN = frozenset({"T", "W"})  # adverbs between a subject and its verb ("cũng", "đã")


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
        if len(run) >= 2 and chunks[run[-1]].label == "GRT" and chunks[run[-1] - 1].label == "SEMI" \
                and run[-1] + 1 < n and chunks[run[-1] + 1].label not in _ENDS:
            run.pop()  # "…; UBND tỉnh cũng tặng …": the next clause's subject
        grantors = [x for x in run if chunks[x].label == "GRT" and not post_grantor(ctx, chunks[x])
                    and not _verb_follows(chunks, x)]
        if len(run) >= 2 and grantors:
            out = list(out) if out is chunks else out
            for x in grantors:
                c = chunks[x]
                out[x] = Chunk("ORG", c.i, c.j, c.start, c.end, c.text, {**c.attrs, "name": c.name})
        k = max(j, k + 1)
    return out


def _verb_follows(chunks: list[Chunk], x: int) -> bool:
    """Whether a verb of giving or proposing follows chunk x, past plain words: the name gives, in its own clause."""
    j = x + 1
    while j < len(chunks) and chunks[j].label in _PLAIN:
        j += 1
    return j < len(chunks) and chunks[j].label in _VERBS
