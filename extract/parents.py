"""A unit named with the body it belongs to: "Nhà máy Z131 thuộc Tổng cục Công nghiệp Quốc phòng", "Phòng Cảnh sát
giao thông thuộc Công an tỉnh Hải Dương", "Cục 11 thuộc Tổng cục II, Bộ Quốc phòng" (a ministry or a government — a
grantor — after the comma is the parent's own parent; another unit is the list's next item).

A unit is named by the fullest name the article gives it (corpus/GUIDELINES.md): "X thuộc Y" with no comma
between them is one name, not a unit and then another. With a comma ("Trại giam X, thuộc Tổng cục VIII, …")
the parent is an apposition that rules/subjects.py reads; before a cluster ("… thuộc Cụm thi đua số 3") it
is a membership (rules/memberships.py); after a count ("3 đơn vị thuộc VKSND tỉnh") the count is no unit.

Without "thuộc", a unit may be written with the bodies it belongs to after it, each containing the one before
(organisations.yml chain_ranks): "Công ty A, Cục B, Bộ C tổ chức lễ đón nhận …" is one address, only its first
item receives (chain_address, asked by lists.py); so does the unit before such a chain in brackets ("Công ty A
(Tổng công ty B, Tập đoàn C, Bộ D)"). The first item keeps the name it is written with: the gold writes the chain in
brackets with it on one page and leaves it out on another ("Trung đoàn 64 (Sư đoàn 390, Quân đoàn 12)").
"""
from __future__ import annotations

from functools import lru_cache

from . import posts, vocab
from .chunkbase import Chunk, Context

_UNITS = ("ORG",)
_PARENTS = ("ORG", "GRT")


def merge(ctx: Context, chunks: list[Chunk]) -> list[Chunk]:
    if "(" in ctx.text:
        chunks = _bracketed_chains(ctx, chunks)
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


def _bracketed_chains(ctx: Context, chunks: list[Chunk]) -> list[Chunk]:
    """"Công ty Viettel Campuchia (Tổng công ty …, Tập đoàn …, Bộ Quốc phòng)", "Trung đoàn 64 (Sư đoàn 390, Quân
    đoàn 12)": a unit and, in brackets, two bodies or more each containing the one before, the unit's own rank the
    lowest, are one chunk named by the unit; the bodies in brackets receive nothing."""
    out: list[Chunk] = []
    k = 0
    while k < len(chunks):
        c = chunks[k]
        close = _bracket_close(chunks, k) if c.label in _UNITS else None
        bodies = chunks[k + 2:close:2] if close else []
        if len(bodies) >= 2 and rising([c.name] + [x.name for x in bodies]):
            end = chunks[close]
            out.append(Chunk(c.label, c.i, end.j, c.start, end.end, ctx.text[c.start:end.end], {**c.attrs, "name": c.name}))
            k = close + 1
            continue
        out.append(c)
        k += 1
    return out


def _bracket_close(chunks: list[Chunk], k: int) -> int | None:
    """The ")" after the unit at k, when its "(" holds bodies and commas taking turns and nothing else, or None."""
    x = k + 2
    if k + 1 >= len(chunks) or chunks[k + 1].label != "LP":
        return None
    while x + 1 < len(chunks) and chunks[x].label in _PARENTS and chunks[x + 1].label == "COMMA":
        x += 2
    return x + 1 if x + 1 < len(chunks) and chunks[x].label in _PARENTS and chunks[x + 1].label == "RP" else None


def chain_address(ctx: Context, chunks: list[Chunk], start: int, end: int, items: list[dict]) -> Chunk | None:
    """The items of the list chunks[start:end] by commas, each body containing the one before ("Công ty TNHH MTV
    Trắc địa Bản đồ, Cục Bản đồ, Bộ Tổng Tham mưu đã tổ chức lễ đón nhận …"; "ba đồng chí thuộc Trung đoàn 916, Sư
    đoàn 371, Quân chủng … được truy tặng …"): one chunk named by the first item, the rest its address, or None.

    Only as the pages write one: three bodies or more, standing as the subject right before the verb that receives
    (plain words between: "đã tổ chức lễ đón nhận"), at the statement's start, after an adverbial's comma or after
    "thuộc" (_CHAIN_BEFORE). Two by a comma are as often two siblings ("Công ty A, Cục B" of a province's cluster of
    central agencies), and a list after "cho", a colon, "gồm", a count or a plural, in brackets, or before "thuộc" a
    cluster, "là" or "làm" names receivers or members (review 2 of s13, findings 1-6). Siblings are of one rank
    ("Cục A, Cục B"), or not rising ("Tổng công ty A, Công ty B và Sở C"), or joined by "và" or ";"."""
    if len(items) < 3 or any(it["person"] or it["label"] != "ORG" or it["role"] or it["lead"] for it in items):
        return None
    if any(ctx.text[a["end"]:b["start"]].strip() != "," for a, b in zip(items, items[1:])):
        return None
    if start and chunks[start - 1].label not in _CHAIN_BEFORE:
        return None
    verb = next((c for c in chunks[end:] if c.label != "T"), None)
    if verb is None or verb.label != "GET" or not rising([it["name"] for it in items]):
        return None
    first, last = chunks[start], chunks[end - 1]
    return Chunk(first.label, first.i, last.j, first.start, last.end, ctx.text[first.start:last.end],
                 {**first.attrs, "name": items[0]["name"]})


# what a chain may follow: nothing, the comma after a time or place ("Tại Hà Nội, sáng …, [chain] đã tổ chức …"),
# or "thuộc" after a count of persons ("ba đồng chí thuộc [chain] được truy tặng …")
_CHAIN_BEFORE = ("COMMA", "BELONG")


def rising(names: list[str]) -> bool:
    """Each body stands higher than the one before (organisations.yml chain_ranks): it contains it."""
    ranks = [chain_rank(n) for n in names]
    return len(ranks) >= 2 and None not in ranks and all(a < b for a, b in zip(ranks, ranks[1:]))


def chain_rank(name: str) -> int | None:
    """"Cục Bản đồ" -> the rank of "cục"; None for a head outside the ladder ("Sở Y tế", "Bộ Chỉ huy Quân sự tỉnh")."""
    ranks = _chain_ranks()
    low = name.lower()
    head = max((h for h in ranks if low.startswith(h + " ") or low == h), key=len, default=None)
    return None if head is None else ranks[head]


@lru_cache(maxsize=1)
def _chain_ranks() -> dict[str, int | None]:
    org = vocab.load("organisations")
    ranks: dict[str, int | None] = {h.lower(): k for k, rung in enumerate(org["chain_ranks"]) for h in rung}
    ranks.update({h.lower(): None for h in org["chain_unranked"]})
    return ranks


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
