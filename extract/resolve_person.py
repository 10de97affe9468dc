"""Is an award recipient a person or a unit?

Awards go to both ("tặng Bằng khen cho Công ty ... và ông Hồ Phi Dũng"), and a person must not be
resolved against the gazetteer of units. Vietnamese personal names are 2-4 syllables, every one
capitalised, usually opening with a common family name; units are mostly lower case inside ("Sở Tài
chính") or open with a head word ("Công ty", "Hội", "Trường"). Known places decide the hard cases:
"Cao Lộc", "Lộc Bình" and "Ninh Bình" look like names (Cao, Lộc, Ninh are family names) but are units.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocab
from .normalize import clean, fold
from .resolve import _provinces, default_resolver, scope_key

@lru_cache(maxsize=1)
def _tables() -> tuple[re.Pattern, frozenset[str], frozenset[str], frozenset[str]]:
    """(a title or form of address opening the name, the folded words that open a unit's name, the folded
    family names, the folded middle names), from extract/data/vocab/resolver.yml, read once."""
    data = vocab.load("resolver")
    titles = data["person_titles"]
    title_re = re.compile(
        r"^(?:" + "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True)) + r")(?:[\s.:,]|$)",
        re.IGNORECASE,
    )
    return (title_re, frozenset(data["unit_heads"]), frozenset(fold(s) for s in data["person_surnames"]),
            frozenset(data["person_middles"]))


_WORD = re.compile(r"^[^\W\d_]+$")


def _known_unit(name: str) -> bool:
    if default_resolver().resolve(name).matched:
        return True
    return " ".join(fold(name).split()) in _provinces() or scope_key(name) in _provinces().values()


def person_or_unit(name: str) -> str:
    """'person' or 'unit' for an award recipient as written.

    >>> person_or_unit("ông Hồ Phi Dũng"), person_or_unit("Lâm Thị Phương Thanh"), person_or_unit("Cao Lộc")
    ('person', 'person', 'unit')
    """
    s = clean(name).strip(" \t\n,.;:-")
    if not s:
        return "unit"
    title_re, unit_heads, surnames, middles = _tables()
    if title_re.match(s):
        return "person"
    toks = s.split()
    folded = fold(s).split()
    if any(" ".join(folded[:n]) in unit_heads for n in (1, 2, 3)):
        return "unit"
    if not all(_WORD.match(t) for t in toks) or not 2 <= len(toks) <= 5:
        return "unit"  # digits, punctuation ("Cục 3, VKSND"), one word ("Thaco"), or too long
    if any(t.isupper() and len(t) > 1 for t in toks) and not all(t.isupper() for t in toks):
        return "unit"  # an acronym inside ("Công ty ABC")
    if not all(t[0].isupper() for t in toks):
        return "unit"  # units are lower case inside: "Sở Tài chính"; names are not
    if _known_unit(s):
        return "unit"
    if folded[0] in surnames or any(w in middles for w in folded[1:-1]):
        return "person"
    return "person" if len(toks) >= 3 else "unit"
