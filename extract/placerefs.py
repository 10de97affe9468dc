"""A unit named by its kind of place alone ("UBND huyện", "Chủ tịch UBND tỉnh … Cụm trưởng", "Công an tỉnh") is
the unit of that kind the article names in full ("tại UBND huyện Đức Trọng", "UBND tỉnh Nghệ An").

Articles name a body once with its place and then by its kind ("Đồng chí X – Chủ tịch UBND huyện, Trưởng
Cụm thi đua số 1"). A unit is named by the fullest name the article gives it (corpus/GUIDELINES.md), so a
fact whose unit ends in a kind of place with no name after it takes the one completion the article writes
for those words. The completion must be a real place of that kind (the province list, the gazetteer of
districts and communes): "Phó Chủ tịch UBND tỉnh Đoàn Thị Hậu" is a person after the kind, not a place.
None, or two different places, and the name stays as written.

The same holds for a unit named without its head ("Than Dương Huy được tặng …" where the article also writes
"Công ty Than Dương Huy"): complete gives it the one head the text writes before that name; a place
("TP Thanh Hóa") keeps its own name, its bodies being other units. named_in_full does it over the article's
chunks, for a head further away ("Công ty TNHH SX và TM Phúc Hưng" for "Phúc Hưng") and for an alias in brackets
("Tổng công ty Hóa dầu Petrolimex (PLC)" for "PLC").
"""
from __future__ import annotations

import re
from functools import lru_cache, partial

from . import placenames, vocab
from .places import province_names

_WORD = re.compile(r"[^\s,.;:()]+")  # the words after the name; their capitals are checked in _place


def complete(facts: list[dict], text: str) -> None:
    """Give each fact whose unit or recipient is "<body> <kind>" the one place the text names after it, and each
    unit named without its head the one head the text writes before that name."""
    _rename(facts, partial(_place_after, text))
    _rename(facts, partial(_head_before, text))


def _rename(facts: list[dict], fuller) -> None:
    """Each unit or recipient (not a person) by fuller(name) when it gives one: asked once per distinct name,
    however many facts hold it (each asking searches the article's text)."""
    done: dict[str, str | None] = {}
    for f in facts:
        field_ = "recipient" if f["kind"] == "award" else "unit"
        name = f.get(field_)
        if not name or f.get("_person"):
            continue
        if name not in done:
            done[name] = fuller(name)
        if done[name]:
            f[field_] = done[name]


def _place_after(text: str, name: str) -> str | None:
    kind = _trailing_kind(name)
    return _completion(text, name, kind) if kind else None


def _head_before(text: str, name: str) -> str | None:
    if len(name.split()) < 2 or not name[:1].isupper() or _has_head(name) or _is_place(name):
        return None
    return _headed(text, name)


def _is_place(name: str) -> bool:
    """"TP Thanh Hóa", "Thành phố Hồ Chí Minh", "Đà Nẵng": a place, whose bodies are other units."""
    low = name.lower()
    return low in province_names() or low.startswith(vocab.admin_kind_edges()[0])


def _has_head(name: str) -> bool:
    words = name.split()
    return any(" ".join(words[:n]) in _head_set() for n in range(1, min(len(words), 5) + 1))


def _headed(text: str, name: str) -> str | None:
    found = set()
    at = text.find(" " + name)
    while at >= 0:
        end = at + 1 + len(name)
        if end >= len(text) or not text[end].isalnum():
            words = text[max(0, at - 40):at].split()
            head = next((" ".join(words[-n:]) for n in (4, 3, 2, 1) if " ".join(words[-n:]) in _head_set()), None)
            if head:
                found.add(head)
        at = text.find(" " + name, at + 1)
    return f"{found.pop()} {name}" if len(found) == 1 else None


@lru_cache(maxsize=1)
def _head_set() -> frozenset[str]:
    return frozenset(vocab.load("organisations")["heads"])


def _trailing_kind(name: str) -> str | None:
    """The administrative kind a name ends with, when a body comes before it ("UBND huyện" -> "huyện")."""
    low = name.lower()
    if not low.endswith(vocab.admin_kind_edges()[1]):
        return None  # most names: one C test, not one for each kind
    kind = max((k for k in vocab.admin_kinds() if low.endswith(" " + k)), key=len, default=None)
    return kind if kind and len(low) > len(kind) + 1 else None


def _completion(text: str, name: str, kind: str) -> str | None:
    found = set()
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if end < len(text) and text[end] in ". \n\t" and (at == 0 or not text[at - 1].isalnum()):
            found.add(" ".join(_WORD.findall(text, end, end + 60)[:4]))  # "UBND TP. Lạng Sơn": a dot after the kind
        at = text.find(name, at + 1)
    places = {p for p in (_place(kind, w) for w in found) if p}
    return f"{name} {places.pop()}" if len(places) == 1 else None


def _place(kind: str, words: str) -> str | None:
    """The longest start of `words` that is a real place of `kind`, or None."""
    parts = words.split()
    parts = parts[:next((j for j, w in enumerate(parts) if not w[:1].isupper()), len(parts))]
    for n in range(len(parts), 0, -1):
        cand = " ".join(parts[:n])
        if _known(kind, cand):
            return cand
    return None


def _known(kind: str, name: str) -> bool:
    if vocab.admin_levels().get(kind, 0) >= 3:
        return name.lower() in province_names()
    return placenames.known_under(kind, name) or (kind == vocab.word("resolver", "city_kind") and name.lower() in province_names())


def named_in_full(facts: list[dict], doc) -> None:
    """"… Phúc Hưng rất vinh dự được nhận cờ thi đua" under the title "… cho Công ty TNHH SX và TM Phúc Hưng";
    "trao tặng PLC" where an earlier sentence wrote "Tổng công ty Hóa dầu Petrolimex (PLC)" (2 pages of a probe
    audit): a unit named by its alias, or by the end of its name without its head, is the one unit the article
    names in full that way. Only the statements that hold the short name are chunked, for such names only."""
    done: dict[str, str | None] = {}
    for f in facts:
        field_ = "recipient" if f["kind"] == "award" else "unit"
        name = f.get(field_)
        if not name or f["_person"]:
            continue
        if name not in done:
            done[name] = _full_name(name, doc)
        if done[name]:
            f[field_] = done[name]


def _full_name(name: str, doc) -> str | None:
    """The one ORG the article names with `name` as its alias in brackets, or — for a name of two words or more with
    no head that is no place — with a head before it ("Công ty TNHH SX và TM Phúc Hưng" for "Phúc Hưng"); a unit
    named after a place ("Đội CSGT Công an TP Bảo Lộc") never stands for the place ("Bảo Lộc"). None when no one
    such unit is named."""
    alias = " " not in name and name.isupper()
    if not alias and (" " not in name or _has_head(name) or _is_place(name)
                      or placenames.listed(name)):
        return None
    marker = f"({name})" if alias else f" {name}"
    found = set()
    for s in doc.statements:
        if marker not in s.text:
            continue
        for c in s.chunks:
            if c.label == "ORG" and (c.attrs.get("alias") == name if alias else
                                     c.name.endswith(marker) and _has_head(c.name)
                                     and not _after_kind(c.name[:-len(marker)])):
                found.add(c.name)
    return found.pop() if len(found) == 1 else None


def _after_kind(before: str) -> bool:
    """The words before a short name end in a kind of place ("… Công an TP"): the short name is that place's."""
    return before.rsplit(None, 1)[-1].lower() in vocab.admin_kinds() if before.strip() else False
