"""A head written in full on a list's first item and short on the items after it.

"Cụm thi đua số 4 … gồm: Trường THPT Lê Duẩn, THPT Bác Ái, THPT Nguyễn Du, THPT Trường Chinh" (dev
cum-thi-dua-so-4-ky-ket-giao-uoc-thi-dua-nam-hoc-2017-2018), "gồm 6 đơn vị: Trường THPT Tôn Đức Thắng, THPT Phan Chu
Trinh, THPT Ninh Hải, Trường Cao đẳng …" (dev cum-thi-dua-so-5-ky-ket-giao-uoc-thi-dua-nam-hoc-2019-2020): the first
item opens with a head and an acronym that says which kind of that head it is ("Trường" + "THPT"); the items after
it repeat the acronym alone. Each is a unit of the full head: "Trường THPT Bác Ái". And an item that is the acronym
alone, run into a name that opens with a head word of its own ("THPT" + "Trường Chinh": the name chunker stops at
"Trường"), is one item with it, not the end of the list.

Only an acronym (capitals, two letters at least) is taken for the short head: a capitalised word after a head is
the start of a name ("Sở Tài chính, Tài nguyên …" is no such list), and an item that opens with its own head or
another acronym keeps its name ("Trường THPT A, Trường THPT B", "Trường THPT A, THCS B").
"""
from __future__ import annotations

from functools import lru_cache

from . import vocab
from .acronyms import is_acronym


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(h for h in vocab.load("organisations")["heads"] if " " not in h)


def short_head(name: str) -> tuple[str, str] | None:
    """("Trường", "THPT") for "Trường THPT Lê Duẩn": a head and the acronym after it, or None."""
    words = name.split()
    if len(words) >= 3 and words[0] in _heads() and is_acronym(words[1]):
        return words[0], words[1]
    return None


def run_on(text: str, items: list[dict], item: dict, chunks: list, k: int) -> int:
    """Where the list goes on after `item`: one chunk further when the item is a short head alone that the next
    chunk completes ("THPT" + "Trường Chinh": the item takes it), else `k`. The item then opens with the short head,
    no bare name: spread gives it the full head, and no head of a kind of place before it goes on it ("Hội LHPN tỉnh
    A, LHPN huyện B" is "Hội LHPN huyện B", not "Hội LHPN tỉnh LHPN huyện B": review s13 probes sh-01, sh-03)."""
    if items and k < len(chunks) and goes_on(items, item, chunks[k], text[item["end"]:chunks[k].start]):
        item.update(name=text[item["start"]:chunks[k].end], end=chunks[k].end, bare=False)
        return k + 1
    return k


def goes_on(items: list[dict], item: dict, nxt, between: str) -> bool:
    """The item is a short head alone ("THPT") that the next chunk, a name right after it (only a space
    between), completes."""
    if item["person"] or " " in item["name"] or nxt.label not in ("ORG", "NAME") or between.strip() or not between:
        return False
    full = next((short_head(it["name"]) for it in reversed(items) if short_head(it["name"])), None)
    return full is not None and item["name"] == full[1]


def spread(items: list[dict]) -> None:
    """Give the full head to each item that opens with the short one after an item that has both."""
    full = None
    for it in items:
        if it["person"]:
            continue
        mine = short_head(it["name"])
        if mine:
            full = mine
        elif full and it["name"].startswith(full[1] + " "):
            it.update(name=f"{full[0]} {it['name']}", bare=False)
