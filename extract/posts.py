"""A person named after the posts they hold: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lê Hữu Lộc", "Phó Chủ
tịch HĐND tỉnh Nguyễn Vinh Quang", "Giám đốc Sở Y tế kiêm Giám đốc Bệnh viện X Trần Văn A".

The name layer gives posts (POS), the units they are of (ORG, GRT) and the person's name (PER, split off a
unit's name by names.person_tail) as separate chunks. Read one by one, the units look like recipients and
the person's list is broken at every post ("trao Bằng khen cho Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh A và
Phó Chủ tịch HĐND tỉnh B"). Here the posts and the name become one PER chunk that keeps the first unit as
the person's workplace, so that lists and rules see persons. A person who then gives or proposes is a
grantor: "(được) Chủ tịch nước Nguyễn Xuân Phúc tặng …" stays one grantor chunk ("Chủ tịch nước", the name
of the person kept in its text only), so the active and the passive grantor rules read it as before.
"""
from __future__ import annotations

from . import vocab
from .chunkbase import Chunk, Context

_GIVING = frozenset({"GIVE", "PROPOSE", "VOTE", "HANDOVER"})
_ADVERBS = frozenset({"W", "T"})  # "đã", "vừa", "thừa ủy quyền" between the person and the verb


def merge(ctx: Context, chunks: list[Chunk]) -> list[Chunk]:
    if not any(c.label == "PER" for c in chunks):
        return chunks
    out: list[Chunk] = []
    k = 0
    while k < len(chunks):
        c = chunks[k]
        if (c.label == "GRT" and k + 1 < len(chunks) and chunks[k + 1].label == "PER" and post_grantor(ctx, c)
                and chunks[k + 1].i == c.j and _gives(chunks, k + 2)):
            person = chunks[k + 1]  # "Chủ tịch nước Nguyễn Xuân Phúc tặng …": one grantor, named by the post
            out.append(Chunk("GRT", c.i, person.j, c.start, person.end, ctx.text[c.start:person.end],
                             {**c.attrs, "name": c.name}))
            k += 2
            continue
        end = _person_at(ctx, chunks, k)
        if end is None:
            out.append(chunks[k])
            k += 1
            continue
        first, person = chunks[k], chunks[end]
        units = [c for c in chunks[k:end] if c.label in ("ORG", "GRT") and not post_grantor(ctx, c)]
        workplace = units[0].name if units else next(
            (_post_off(c.name) for c in chunks[k:end] if c.label == "GRT"), None)
        out.append(Chunk("PER", first.i, person.j, first.start, person.end, ctx.text[first.start:person.end],
                         {**person.attrs, "workplace": workplace, "posts": ctx.text[first.start:person.start].strip(" ,")}))
        k = end + 1
    return out


def _person_at(ctx: Context, chunks: list[Chunk], k: int) -> int | None:
    """Index of the PER that the posts opening at k lead to, or None."""
    n = len(chunks)
    if not _is_post(ctx, chunks[k]):
        return None
    j = k
    while j < n:
        c = chunks[j]
        if not _is_post(ctx, c):
            return None
        j += 1
        if j < n and chunks[j].label in ("ORG", "GRT") and not _is_post(ctx, chunks[j]):
            j += 1  # the unit the post is of
        if j < n and chunks[j].label == "PER":
            return None if _gives(chunks, j + 1) else j
        if j + 1 < n and (chunks[j].label == "COMMA" or chunks[j].text.lower() in _concurrent()):
            j += 1  # "…, Chủ tịch UBND tỉnh", "… kiêm Giám đốc …": another post of the same person ("và" joins two)
            continue
        return None
    return None


def embedded_unit(chunks: list[Chunk], k: int) -> tuple[str, int] | None:
    """"Phó trưởng ban Dân vận Tỉnh ủy", "Trưởng phòng Tài chính Kế hoạch Quận 1": a post that ends in a kind of
    unit, then that unit's own name without its head: the unit ("Ban Dân vận Tỉnh ủy") and the index after it."""
    c = chunks[k]
    if c.label != "POS" or k + 1 >= len(chunks) or chunks[k + 1].label != "NAME":
        return None
    head = _post_units().get(c.text.split()[-1].lower())
    if not head:
        return None
    words = [head, chunks[k + 1].text]
    j = k + 2
    while j < len(chunks) and chunks[j].label == "W" and not chunks[j].attrs:
        words.append(chunks[j].text)  # "Trưởng phòng Kỹ thuật": the name's lower-case words
        j += 1
    if j < len(chunks) and chunks[j].label in ("ORG", "GRT"):
        words.append(chunks[j].name)  # "… Tỉnh ủy": the body it is a department of
        j += 1
    return " ".join(words), j


def _post_units() -> dict[str, str]:
    return {str(k).lower(): v for k, v in vocab.load("persons").get("post_units", {}).items()}


def _is_post(ctx: Context, c: Chunk) -> bool:
    return c.label == "POS" or post_grantor(ctx, c)


def post_grantor(ctx: Context, c: Chunk) -> bool:
    """"Chủ tịch UBND tỉnh", "Bộ trưởng Bộ Công an": a grantor that opens with a post is a post of a person
    when a name follows."""
    return c.label == "GRT" and "POSITION" in ctx.types(c.i)


def _post_off(name: str) -> str:
    """"Chủ tịch UBND tỉnh Sóc Trăng" (a post that is also a grantor) -> "UBND tỉnh Sóc Trăng", the body the person
    works in ("Chủ tịch UBND tỉnh Sóc Trăng Trần Văn Lâu (Cụm trưởng …)": pages of two probe audits)."""
    post = next((p for p in vocab.positions_by_first_word().get(name.split(" ", 1)[0], ()) if name.startswith(p + " ")), None)
    rest = name[len(post) + 1:] if post else ""
    return rest if rest[:1].isupper() else name


def opens_with_post(name: str) -> bool:
    """"Chủ tịch UBND tỉnh …", "Bộ trưởng Bộ Công an": a name (a grantor's, mostly) that opens with a post."""
    return any(name.startswith(p + " ") for p in vocab.positions_by_first_word().get(name.split(" ", 1)[0], ()))


def _gives(chunks: list[Chunk], j: int) -> bool:
    return verb_after(chunks, j, _GIVING)


def verb_after(chunks: list[Chunk], j: int, verbs: frozenset[str]) -> bool:
    """One of `verbs` at j once the plain words before it are skipped ("đã", "vừa", "thừa ủy quyền")."""
    while j < len(chunks) and chunks[j].label in _ADVERBS:
        j += 1
    return j < len(chunks) and chunks[j].label in verbs


def _concurrent() -> list[str]:
    return vocab.words("persons", "concurrent")


_DASH_POST = frozenset({"W", "T", "POS", "ORG", "GRT", "GEN", "NAME", "NUM", "OF", "AT", "BELONG", "SELF"})


def dashed_post(chunks: list[Chunk], k: int) -> int | None:
    """After a person's dash, the post (or its rest, from k) that runs to the next person of the list: the index of
    the separator before that person (", " or "và"), or None. "Vũ Đức Khiển - nguyên Chủ nhiệm Ủy ban Pháp luật, Bùi
    Ngọc Thanh - …", "A - giáo viên, B - giáo viên" (pages of two probe audits): words a name would end at ("luật")
    are the post's."""
    j = k
    while j < len(chunks) and (chunks[j].label in _DASH_POST or bracket_end(chunks, j) > j):
        j = max(j + 1, bracket_end(chunks, j))
    if j + 1 >= len(chunks) or chunks[j].label not in ("COMMA", "SEMI", "AND") or chunks[j + 1].label != "PER":
        return None
    return j


def bracket_end(chunks: list[Chunk], k: int) -> int:
    """The index after a bracket at k that says where a person's workplace is ("Trường Mầm non An Bình (Nam Sách)",
    "… Chu Văn An (đều ở TP Chí Linh)", "Chi đoàn … (xã Phú Hải, huyện Phú Vang)": a page of probe audit 12, a dev
    article): post words, places and units only, no role, verb or person. Else k."""
    if k >= len(chunks) or chunks[k].label != "LP":
        return k
    for j in range(k + 1, min(len(chunks), k + 12)):
        if chunks[j].label == "RP":
            return j + 1 if j > k + 1 else k
        if chunks[j].label not in _DASH_POST and chunks[j].label != "COMMA":
            return k
    return k
