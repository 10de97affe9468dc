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
from collections import defaultdict
from functools import lru_cache

from . import vocab
from .chunkbase import is_roman

_ACRONYM = re.compile(r"^[A-ZĐ][A-ZĐ&\-]+$")  # "NKT&TMC", "GD&ĐT", "LHPN" (two letters at least)


@lru_cache(maxsize=1)
def _ands() -> frozenset[str]:
    return frozenset(w for w in vocab.load("verbs")["AND"] if " " not in w)


def is_acronym(word: str) -> bool:
    """"NKT&TMC", "GD&ĐT", "LHPN"; not a roman numeral ("Tổng cục VIII", "Cụm thi đua số II")."""
    return bool(_ACRONYM.match(word)) and len(word.replace("&", "").replace("-", "")) >= 2 and not is_roman(word)


_CAPITALS_WORD = re.compile(r"(?<!\S)[A-ZĐ][A-ZĐ&\-]+(?!\S)")  # a whole word _ACRONYM matches, found in one search


def has_acronym(name: str) -> bool:
    """Asked of every unit an article's facts name (assemble._spell_out_acronyms), which mostly hold none: the
    words of capitals are found by one search of the name, and only they are asked the rest of is_acronym."""
    return any(is_acronym(w) for w in _CAPITALS_WORD.findall(name))


def spelled_out(short: str, full: str) -> bool:
    """Whether `full` spells out the acronym(s) of `short`, word for word around them. A word of the short name
    that is no acronym stands for itself, so a first or last one must be the full name's first or last word: the
    test before the search of how the acronyms' words split (_in_text asks it of every stretch of the text after
    the words before an acronym, up to twice its letters long, and most end in another word)."""
    sw, fw = short.split(), [w.strip(",") for w in full.split() if w.strip(",-–")]
    if sw and fw and any(not is_acronym(sw[e]) and sw[e].lower() != fw[e].lower() for e in (0, -1)):
        return False
    return _match(sw, fw)


def _match(sw: list[str], fw: list[str]) -> bool:
    if not sw:
        return not fw
    if not fw:
        return False
    w = sw[0]
    if is_acronym(w) and w.lower() != fw[0].lower():
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


def spell_out_all(shorts: set[str], names: list[str], text: str = "") -> dict[str, str]:
    """For each name with an acronym, the one name of `names`, or else the one stretch of `text` after the
    words before its acronym, that spells it out (a short name with none, or two that disagree, is left
    out). Names and text are indexed once, so the cost stays linear in the article's length."""
    by_start: dict[str, list[str]] = defaultdict(list)
    for c in names:
        if c and c.split():
            for key in set(_start_keys(c.split())):
                by_start[key].append(c)
    out: dict[str, str] = {}
    pending = []
    for short in shorts:
        sw = short.split()
        start = _start_keys(sw)[1 if _acronym_at(sw) == 0 else 0]
        found = {c for c in by_start.get(start, ()) if len(c.split()) > len(sw)
                 and not _is_short_form(c, short) and spelled_out(short, c)}
        if found:
            if len(found) == 1:
                out[short] = found.pop()
        elif _acronym_at(sw) > 0:
            pending.append(short)
    if pending and text:
        for short, found in _in_text(pending, text).items():
            if len(found) == 1:
                out[short] = found.pop()
    return out


def _acronym_at(words: list[str]) -> int:
    return next((i for i, w in enumerate(words) if is_acronym(w)), -1)


def _start_keys(words: list[str]) -> tuple[str, str]:
    """A spelled-out name is found by its first word ("Hội …" for "Hội Bảo trợ NKT&TMC tỉnh") or by its first
    letter ("c…" for "CAND")."""
    return words[0].lower(), words[0][0].lower()


def _in_text(shorts: list[str], text: str) -> dict[str, set[str]]:
    """"Hội Bảo trợ NKT&TMC tỉnh": every "Hội Bảo trợ …" of the text, cut after as many words as the acronym
    and the words after it could span; one pass over the text for all the short names."""
    leads: dict[str, list[tuple[str, list[str], int, str]]] = defaultdict(list)
    for short in shorts:
        sw = short.split()
        k = _acronym_at(sw)
        letters = sum(len(w) for w in sw if is_acronym(w))
        leads[" ".join(sw[:k])].append((short, sw, letters, sw[k][0].lower()))
    found: dict[str, set[str]] = defaultdict(set)
    for at in _word_starts(text, leads):
        for lead, group in leads.items():
            end = at + len(lead)
            if not text.startswith(lead, at) or end >= len(text) or not text[end].isspace():
                continue
            words = text[at:at + 400].split()
            k = len(lead.split())
            for short, sw, letters, first in group:
                if len(words) <= k or words[k][:1].lower() != first:
                    continue  # the word after the lead must start as the acronym does
                for n in range(len(sw) + 1, min(len(words), len(sw) + 2 * letters) + 1):
                    cand = " ".join(words[:n]).rstrip(".,;:)-– ")
                    if spelled_out(short, cand):
                        found[short].add(cand)
    return found


def _word_starts(text: str, leads) -> list[int]:
    """Every position, in order, where one of the leads starts a word (leads that overlap are all found). Found
    with str.find: a pattern built of an article's own leads was compiled anew for each article, and compiling
    cost more than the search (0.3 ms)."""
    out = set()
    for lead in leads:
        at = text.find(lead)
        while at >= 0:
            if not at or not (text[at - 1].isalnum() or text[at - 1] == "_"):  # what the pattern's \w is
                out.add(at)
            at = text.find(lead, at + 1)
    return sorted(out)


def _is_short_form(a: str, b: str) -> bool:
    """A candidate that is itself a short form (an acronym, no more words) spells nothing out."""
    return has_acronym(a) and len(a.split()) <= len(b.split())
