"""Semicolon groups of places of one kind: where a list's commas separate items although ";" groups them.

A list that holds semicolons is read by ";" (lists._mode) because its commas are mostly inside names: a department
and its body ("Vụ Tổ chức cán bộ, VKSND tối cao; …"), a place's address ("xã Diễn Thọ, huyện Diễn Châu; …"). But
"gồm: phường Tân Sơn Nhì; Phường Tây Thạnh, phường Tân Phú, …; phường An Lạc, …" (a page of probe audit 11) groups
ten wards by threes and fours, and each comma there starts one more ward. What tells them apart: an address
climbs to a larger kind of place after its comma, a department is followed by its parent body; when every part
between the commas and semicolons opens with the same administrative kind, none of them is the address or body
of the one before, so the commas separate too.
"""
from __future__ import annotations

from functools import lru_cache

from . import vocab
from .chunkbase import Chunk
from .frames import UNIT

_SPLIT = ("COMMA", "SEMI")
_INSIDE = ("LP", "RP", "ROLE", "W", "T", "NUM", "DASH")  # what a part may hold after its name: a role in brackets


def _kind(text: str) -> str | None:
    low = text.lower()
    return next((k for k in _kinds() if low.startswith(k)), None)


@lru_cache(maxsize=1)
def _kinds() -> tuple[str, ...]:
    """The administrative kinds a part may open with, longest first."""
    return tuple(sorted(vocab.admin_kind_edges()[0], key=len, reverse=True))


def one_kind(chunks: list[Chunk], k: int) -> bool:
    """Whether the parts of the list at chunk k, up to the first part that opens with no unit, all open with the
    same administrative kind, and a comma stands among them."""
    kinds: set[str | None] = set()
    commas = 0
    j = k
    while j < len(chunks) and chunks[j].label in UNIT:
        kinds.add(_kind(chunks[j].text))
        j += 1
        while j < len(chunks) and chunks[j].label in _INSIDE:
            j += 1
        if j >= len(chunks) or chunks[j].label not in _SPLIT:
            break
        commas += chunks[j].label == "COMMA"
        j += 1
    return commas > 0 and len(kinds) == 1 and None not in kinds
