"""Item marks: the numbers that stand before a list's items ("1.", "2)", "3-") and are no part of them.

A list one a line ("1. Sở X;\n2. Sở Y") or between semicolons ("gồm: 1- A; 2- B; …") numbers its items; the list
layer (lists._separator) steps over the number to the next item, and the rules that read a list after its colon
step over the first one. A number before a dash inside a list by commas, a date or a span is none.
"""
from __future__ import annotations

from .chunkbase import Chunk
from .frames import UNIT


def item_number(chunks: list[Chunk], k: int, after: str) -> bool:
    """An item's number stands at chunk k, after a chunk labelled `after`: "1." or "2)" before a unit or a line
    break, and "3-" before a unit after a ";" or a line break ("gồm: 1- Bệnh viện A; 2- Bệnh viện B; …": a page of
    a probe audit, its two lists; numbered with a dot on many pages), not "…, 2 - …" inside a list by commas."""
    if not (k + 2 < len(chunks) and chunks[k].label == "NUM"):
        return False
    mark, nxt = chunks[k + 1].label, chunks[k + 2].label
    if mark in ("DOT", "RP"):
        return nxt in UNIT + ("NL",)
    return mark == "DASH" and after in ("SEMI", "NL", "COLON") and nxt in UNIT
