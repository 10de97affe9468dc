"""A list block whose header line is a cluster: one unit a line under "1. Cụm 1:" or "I. Cụm 1: Gồm 12 đơn vị (các
trường sư phạm)", as official documents that divide clusters set them out (extract/segment.py makes the header and
its lines one statement; rules/headed.py reads the lines as the cluster's members).

The header is the cluster's name and nothing else: a list mark ("1.", "I.", "a)") at most before it; after it a bracket,
a year, a colon, and "Gồm N đơn vị" with a descriptor in brackets. A line that says more ("Cụm thi đua số 1 đã tổ chức
…:", "Hình ảnh … của Cụm:") is prose that happens to end in a colon, and its lines are not its members. Every line under
the header is a unit alone or a role line ("+ Cụm trưởng: Quận 10"): a line with anything else ("- Cờ thi đua ngành Tư
pháp: 38 tập thể", a photo caption) makes the block something other than a composition.

Such a document is not a review: its date is the day it was written, not an emulation year. A block whose header
(or the header above it) names no year, in an article that is no review or pact and whose title names no year right
after its clusters ("… điều chỉnh cụm, khối thi đua năm 2024"), gives its facts no year (GUIDELINES: no year at all in
the text gives null); rules/common.py role_year asks `undated`.
"""
from __future__ import annotations

from dataclasses import dataclass

from .chunkbase import Chunk, is_roman
from .chunks import chunk
from .normalize import key, tone

_UNIT = ("ORG", "NAME", "LIST")
_LINE_ENDS = ("SEMI", "DOT", "COMMA")
_MAX_BRACKET = 8  # chunks inside the header's bracket ("(các trường phía Bắc)")


@dataclass
class Header:
    clu: int  # the CLU chunk's index
    count: Chunk | None  # "12 đơn vị" after "Gồm"
    body: int  # index of the first chunk after the header line


def cluster_header(chunks: list[Chunk]) -> Header | None:
    """The header, when the statement's first line is a cluster's header and lines follow it."""
    k = _mark_end(chunks)
    if k >= len(chunks) or chunks[k].label != "CLU":
        return None
    clu, k = k, _bracket_end(chunks, k + 1)
    k += k < len(chunks) and chunks[k].label == "YEAR"
    k += k < len(chunks) and chunks[k].label == "COLON"
    count = None
    if k < len(chunks) and chunks[k].label == "COMPOSE":
        k += 1
        if k < len(chunks) and chunks[k].label == "COUNT":
            count, k = chunks[k], k + 1
        k = _bracket_end(chunks, k)
    if k >= len(chunks) or chunks[k].label != "NL":
        return None
    return Header(clu, count, k)


def unit_lines(chunks: list[Chunk], start: int) -> tuple[list[Chunk], list[Chunk]] | None:
    """(the unit chunks of the plain lines, those of the role lines) from chunk `start` on, or None when a line
    holds anything but a unit (with its role, as lists.py reads it into the item) or a role and a unit."""
    plain: list[Chunk] = []
    roles: list[Chunk] = []
    k = start
    n = len(chunks)
    while k < n:
        c = chunks[k]
        if c.label in ("NL", "DASH") or c.label in _LINE_ENDS and k + 1 < n and chunks[k + 1].label == "NL":
            k += 1
            continue
        if c.label == "NUM" and k + 1 < n and chunks[k + 1].label in ("DOT", "RP"):
            k += 2  # "1." numbers the line
            continue
        if c.label in _UNIT:
            plain.append(c)
        elif c.label == "ROLE" and k + 2 < n and chunks[k + 1].label == "COLON" and chunks[k + 2].label in _UNIT:
            roles.append(chunks[k + 2])
            k += 2
        else:
            return None
        k += 1
        if k < n and chunks[k].label in _LINE_ENDS:
            k += 1
        if k < n and chunks[k].label != "NL":
            return None  # something after the unit on its line
    return (plain, roles) if plain else None


def count_agrees(header: Header, names: list[str], cut_off: bool) -> bool:
    """The header's count, where it gives one, is the number of units its lines name; fewer only when the text
    ends with the block (the record is cut off: "Cụm 2: Gồm 12 đơn vị" with three lines, at the end of the page)."""
    n = header.count.attrs.get("n") if header.count is not None else None
    if not n:
        return True
    named = len({key(x) for x in names})
    return named == n or cut_off and named < n


def undated(doc, stmt, chunks: list[Chunk]) -> bool:
    """A composition set out under a cluster header names no year: none in the header line or the header above
    the block, and the article is no review or pact (whose year a composition in it takes)."""
    if stmt is None or stmt.items < 2 or doc.review_kind in ("review", "pact") or _title_dates_clusters(doc):
        return False
    header = cluster_header(chunks)
    if header is None or any(c.label == "YEAR" for c in chunks[:header.body]) or unit_lines(chunks, header.body) is None:
        return False  # a span ("năm học 2016 - 2017") is no year either (GUIDELINES); lines that rank or award keep theirs
    return stmt.header is None or not any(c.label == "YEAR" for c in stmt.header.chunks)


def _title_dates_clusters(doc) -> bool:
    """The title names the clusters' year, right after them: "UBND tỉnh điều chỉnh cụm, khối thi đua năm 2024" (review
    2 of s15, hl-10); not a document's own year before them ("Công văn 4372/BGDĐT-TĐKT năm 2016 hướng dẫn chia cụm
    thi đua …": dev-12, gold null)."""
    title = doc.statements[0] if doc.statements and doc.statements[0].start is None else None
    chunks = title.chunks if title is not None else []
    return any(a.label == "CLU" and b.label == "YEAR" and not b.attrs.get("bare") for a, b in zip(chunks, chunks[1:]))


def one_unit(name: str) -> bool:
    """A line's item is one unit, not two side by side ("- Sở Y tế, Sở Tư pháp": review 2 of s15, hx-04), as prose
    would read the line: a line keeps its commas in one name ("Sở Văn hóa, Thể thao và Du lịch", a unit and its
    parent "Trường THPT Việt Bắc, Sở Giáo dục và Đào tạo tỉnh Lạng Sơn"), and which of the two it is, only the words
    tell (extract/lists.py reads the comma list)."""
    return "," not in name or not any(c.label == "LIST" for c in chunk(tone(name)))


def _mark_end(chunks: list[Chunk]) -> int:
    """The index after a list mark that opens the line ("1.", "I.", "a)"), else 0."""
    if len(chunks) > 1 and chunks[1].label in ("DOT", "RP"):
        c = chunks[0]
        if c.label == "NUM" or c.label in ("NAME", "W") and (is_roman(c.text) or len(c.text) == 1):
            return 2
    return 0


def _bracket_end(chunks: list[Chunk], k: int) -> int:
    if k < len(chunks) and chunks[k].label == "LP":
        close = next((j for j in range(k + 1, min(len(chunks), k + _MAX_BRACKET + 2)) if chunks[j].label == "RP"), None)
        if close is not None:
            return close + 1
    return k
