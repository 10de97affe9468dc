"""An ALL-CAPS line read as its words are in ordinary case.

Official documents and portals set headings in capitals ("I. CỤM THI ĐUA CÁC HUYỆN, THÀNH PHỐ:", "II. KHỐI THI ĐUA
NỘI CHÍNH:", "TỔNG KẾT CỤM THI ĐUA … NĂM 2026"). There every word starts with a capital, so the name layer reads a
common word as a name ("THÀNH PHỐ" a NAME, where "thành phố" is an administrative kind) and a cluster's name stops at
its comma. The chunk layer (chunks.chunk) therefore reads such a line in ordinary case, once, for every rule: a word of
a vocabulary phrase matched without regard to case in lower case ("thành phố", "cụm thi đua", "các"), a word of a
phrase whose capital matters as the vocabulary writes it ("Bộ", "Sở"), an abbreviation ("UBND", "HTX": no Vietnamese
syllable) and a roman numeral as written, any other word as a name ("NỘI CHÍNH" -> "Nội Chính"), and the line's first word with a capital.
The chunks keep the text as written; only what the words are read as changes. Lines with a lower-case letter, and
lines of fewer than two words, are left as they are.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from . import vocab
from .chunkbase import is_roman
from .normalize import tone
from .tokens import tokenize
from .vocab import phrase_types

_WORD = re.compile(r"[^\W\d_]+")
_MAX_PHRASE = 12  # words: longer vocabulary phrases are not looked for here


@lru_cache(maxsize=1)
def _syllable() -> re.Pattern:
    """A Vietnamese syllable (lower case): onset, one to three vowels (any tone), coda. An upper-case word that is
    none ("UBND", "HTX", "THADS") is an abbreviation, kept as written."""
    fn = vocab.load("function")
    tones = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
    vowels = "".join(sorted({unicodedata.normalize("NFC", v + t) for v in fn["syllable_vowels"] for t in tones}))
    alt = lambda parts: "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True))  # noqa: E731
    return re.compile(rf"(?:{alt(fn['syllable_onsets'])})?[{vowels}]{{1,3}}(?:{alt(fn['syllable_codas'])})?")


@lru_cache(maxsize=1)
def _phrases() -> dict:
    """Every vocabulary phrase: {its words in lower case: its words as the vocabulary writes them}, the form of a
    phrase whose capital matters first ("Bộ", "Sở")."""
    forms: dict = {}
    for case_sensitive in (True, False):
        for phrases, sensitive in phrase_types().values():
            if sensitive is not case_sensitive:
                continue
            for phrase in phrases:
                words = tuple(t.text for t in tokenize(tone(phrase)) if _WORD.fullmatch(t.text))
                if words and len(words) <= _MAX_PHRASE:
                    forms.setdefault(tuple(w.lower() for w in words), words)
    return forms


def caps_line(line: str) -> bool:
    """A line in capitals: no lower-case letter, and two words of Vietnamese syllables or more."""
    if not line.isupper():
        return False
    return sum(1 for w in _WORD.findall(line) if len(w) > 1 and _syllable().fullmatch(w.lower())) >= 2


def ordinary(text: str) -> str | None:
    """`text` with its capitals lines in ordinary case (same length), or None when it has none."""
    if not any(map(str.isupper, text.split("\n"))):
        return None  # (most statements: one C pass)
    lines = text.split("\n")
    changed = False
    for n, line in enumerate(lines):
        if caps_line(line):
            new = _recase(line)
            if len(new) == len(line):
                lines[n], changed = new, True
    return "\n".join(lines) if changed else None


def _recase(line: str) -> str:
    spans = [(m.start(), m.end()) for m in _WORD.finditer(line)]
    words = [line[s:e] for s, e in spans]
    low = [w.lower() for w in words]
    forms = _phrases()
    out: list[str | None] = [None] * len(words)
    i = 0
    while i < len(words):  # the longest phrase at each word
        for k in range(min(len(words), i + _MAX_PHRASE), i, -1):
            form = forms.get(tuple(low[i:k]))
            if form is not None:
                out[i:k] = form
                break
        else:
            k = i + 1
        i = k
    first = True
    parts, pos = [], 0
    for (s, e), w, lw, new in zip(spans, words, low, out):
        roman = is_roman(w)
        if roman or not _syllable().fullmatch(lw):
            new = w  # a list mark or a number ("II.", "Cụm I"), an abbreviation
        elif new is None:
            new = lw[:1].upper() + lw[1:]  # a name
        if first and not roman and len(w) > 1:
            new, first = new[:1].upper() + new[1:], False
        parts += [line[pos:s], new]
        pos = e
    parts.append(line[pos:])
    return "".join(parts)
