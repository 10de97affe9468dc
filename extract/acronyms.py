"""Acronyms inside unit names, matched against the names the same article spells out.

Articles write a unit in full once and by an acronym of its descriptive part elsewhere:

    "Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh" ... "Hội Bảo trợ NKT&TMC tỉnh"
    "Sở Giáo dục và Đào tạo Hà Nội" ... "Sở GD&ĐT Hà Nội"

A unit goes by the fullest name the article gives it (corpus/GUIDELINES.md), and a general list of
abbreviations (extract/unitkeys.py) only knows the common ones; this reads any acronym off the article's
own words: the words around it equal, the initials of the spelled-out part equal to its letters ("và" is
"&" or left out, commas are left out).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocab

_ACRONYM = re.compile(r"^[A-ZĐ][A-ZĐ&\-]+$")  # "NKT&TMC", "GD&ĐT", "LHPN" (two letters at least)


@lru_cache(maxsize=1)
def _ands() -> frozenset[str]:
    return frozenset(w for w in vocab.load("verbs")["AND"] if " " not in w)


def has_acronym(name: str) -> bool:
    return any(_ACRONYM.match(w) and len(w.replace("&", "").replace("-", "")) >= 2 for w in name.split())


def spelled_out(short: str, full: str) -> bool:
    """Whether `full` spells out the acronym(s) of `short`, word for word around them."""
    sw, fw = short.split(), [w.strip(",") for w in full.split() if w.strip(",-–")]
    return _match(sw, fw)


def _match(sw: list[str], fw: list[str]) -> bool:
    if not sw:
        return not fw
    if not fw:
        return False
    w = sw[0]
    if _ACRONYM.match(w) and len(w.replace("&", "").replace("-", "")) >= 2 and w.lower() != fw[0].lower():
        letters = w.replace("-", "").lower()
        # the acronym spans fw[0:n] for some n whose initials spell it; the rest must match the rest
        for n in range(1, min(len(fw), 2 * len(letters)) + 1):
            if _initials(fw[:n], letters) and _match(sw[1:], fw[n:]):
                return True
        return False
    return w.lower() == fw[0].lower() and _match(sw[1:], fw[1:])


def _initials(words: list[str], letters: str) -> bool:
    """"người khuyết tật và trẻ mồ côi" spells "nkt&tmc"; "và" may also be left out of the letters."""
    ands = _ands()
    with_and = "".join("&" if x.lower() in ands else x[0].lower() for x in words)
    without = "".join(x[0].lower() for x in words if x.lower() not in ands)
    if words[0].lower() in ands or words[-1].lower() in ands:
        return False
    return letters in (with_and, without) or letters.replace("&", "") == without


def expansion(short: str, candidates: list[str], text: str = "") -> str | None:
    """The one candidate, or stretch of `text` after the words before the acronym, that spells out `short`;
    None when there is none or two disagree."""
    found = {c for c in candidates if len(c.split()) > len(short.split()) and not has_acronym_only_diff(c, short)
             and spelled_out(short, c)}
    if not found and text:
        found = set(_in_text(short, text))
    return found.pop() if len(found) == 1 else None


def _in_text(short: str, text: str):
    """"Hội Bảo trợ NKT&TMC tỉnh": every "Hội Bảo trợ …" of the text, cut after as many words as the
    acronym and the words after it could span."""
    sw = short.split()
    k = next(i for i, w in enumerate(sw) if _ACRONYM.match(w))
    if k == 0:
        return
    letters = sum(len(w) for w in sw if _ACRONYM.match(w))
    lead = re.escape(" ".join(sw[:k])) + r"\s"
    for m in re.finditer(lead, text):
        words = text[m.start():m.start() + 400].split()
        for n in range(len(sw) + 1, min(len(words), len(sw) + 2 * letters) + 1):
            cand = " ".join(words[:n]).rstrip(".,;:)-– ")
            if spelled_out(short, cand):
                yield cand


def has_acronym_only_diff(a: str, b: str) -> bool:
    """A candidate that is itself the acronym form spells nothing out."""
    return has_acronym(a) and len(a.split()) <= len(b.split())
