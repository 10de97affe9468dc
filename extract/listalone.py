"""A unit that stands alone: the cheap test the list layer (lists._list_at) asks before it reads one.

Most units a statement holds open no list ("Sở Y tế tổ chức …", "ông A phát biểu"), and _list_at found that
the long way, some 3 µs a unit (the sample's first pass asks it of ~10 units an article, nine in ten in vain):
the list's mode (a scan of the statement), its first item, a separator, its addresses. When no frame opens
at the unit (frames.frame_at gave None) and the chunk after it is none of what an item reads on with or
a list goes on over, that reading ends with one item that is the unit's chunk as it stands, and _list_at
gives None; alone() tells that case by the next chunk's label:

- nothing after the unit: one item;
- a dot that ends the sentence (not one before a line break: "1. Sở X.\n2. …" lists by lines): one item;
- a separator ("," ";" "và", a line break, a dot before one), a bracket (a note, a role, a place, an
  aside) or a dash (a role, a lead, a name's second half): the item or the list may go on — not alone;
- a person followed by the word of a second post ("kiêm": persons.yml concurrent) takes the posts in —
  not alone; a person takes nothing else (no apposition, and none of the separators after it);
- a unit other than a person, one item a line ("- Sở X …") or between semicolons, takes the plain words,
  numbers and names after it into its name (lists._item_end): alone only when its list is by commas,
  which is when the line's dash does not stand before it and no ";" follows it (lists._mode gives "semi"
  only when one does).
"""
from __future__ import annotations

from . import vocab
from .chunkbase import Chunk

_GOES_ON = frozenset({"COMMA", "SEMI", "AND", "NL", "DOT", "LP", "DASH"})
_NAME_PARTS = frozenset({"W", "T", "NUM", "GEN", "ORG", "NAME", "PER"})  # what _item_end takes into an item


def alone(chunks: list[Chunk], k: int) -> bool:
    """True when the unit at chunk k, which opens no frame, opens no list either (see the module's
    docstring): lists._list_at would give None."""
    if k + 1 >= len(chunks):
        return True
    nxt = chunks[k + 1]
    if nxt.label == "DOT":
        return k + 2 >= len(chunks) or chunks[k + 2].label != "NL"  # a sentence's end, not a numbered line's
    if nxt.label in _GOES_ON:
        return False
    if chunks[k].label == "PER":
        return nxt.text.lower() not in vocab.words("persons", "concurrent")
    if nxt.label not in _NAME_PARTS:
        return True
    if k >= 2 and chunks[k - 1].label == "DASH" and chunks[k - 2].label == "NL":
        return False  # one item a line
    return not any(c.label == "SEMI" for c in chunks[k + 2:])
