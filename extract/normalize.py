"""Text normalisation shared by extraction, resolution and search.

Vietnamese text from the web mixes NFC and NFD, old and new tone placement ("Uỷ"/"Ủy", "hoà"/"hòa"),
non-breaking spaces and typographic dashes. Every comparison in the project goes through these
functions so that one unit typed three ways is one string.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml


def _load_orthography(part: str) -> dict[str, str]:
    """Old-style tone placement -> new style, and the tone after "qu" (data/vocab/orthography.yml). Read here, not
    through vocab.py, which imports this module."""
    with open(Path(__file__).parent / "data" / "vocab" / "orthography.yml", encoding="utf-8") as f:
        return {str(k): str(v) for k, v in yaml.safe_load(f)[part].items()}


_OLD_TONES = _load_orthography("old_tones")
_AFTER_Q = _load_orthography("after_q")


def _old_tone_re() -> re.Pattern:
    """An "o" or "u" (not the "u" of "qu": "Quỹ", "quý" are as they should be) and a toned vowel that can follow it
    in an old placement, followed by no letter, in either case. The pattern opens with one character class, the only start the engine scans for in C
    (an alternation of classes, "[oO][àá…]|[uU][ỳý…]", is tried at every position: it was two thirds of
    tone() on a body). It also takes pairs that are no old placement ("uà"): _retone gives those back as
    they are, and as neither of their letters can open a pair, taking them hides no other match."""
    seconds = "".join(sorted({pair[1] for pair in _OLD_TONES}))
    # "qu" is a consonant ("Quỹ"): looked back for after the "o"/"u", not before it — a pattern that opens with a
    # look-behind gives the engine no class to scan for, and was tried at every character (three times the cost)
    return re.compile(f"([oOuU](?<![qQ].)[{seconds}{seconds.upper()}])(?![^\\W\\d_])")


_OLD_TONE_RE = _old_tone_re()
_QU_VOWELS = "".join(p[0] for p in _AFTER_Q)
# opens with the toned vowel's class, the one start the engine scans for in C; the "q" before it is looked back for
_QU_RE = re.compile(f"[{_QU_VOWELS}{_QU_VOWELS.upper()}](?<=[qQ].)[yY](?![^\\W\\d_])")
_KEY_PUNCT = re.compile(r"[\"'“”‘’(),.;:!?\-/&]")
_ODD = "\t\u00a0\u2000-\u200b\u202f\u205f\u3000"  # spaces other than " "
_SPACES = re.compile(f"[ {_ODD}]+")
_ODD_SPACE = re.compile(f"[{_ODD}]")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_ODD_OR_DASH = re.compile(f"[{_ODD}\u2010-\u2015\u2212]")


def _retone(m: re.Match) -> str:
    s = m.group(1)
    new = _OLD_TONES.get(s.lower())
    if new is None:
        return s  # "uà", "oỳ": a pair the pattern takes but no old placement
    if s[0].isupper():
        new = new[0].upper() + new[1:]
    return new


_ETH, _ETH_LOW = "\u00d0", "\u00f0"  # Icelandic eth typed for Vietnamese đ


def _lookalikes(text: str) -> str:
    """"Ð" -> "Đ", "ð" -> "đ". Two tests and, rarely, two replaces: str.translate with a table walks a
    Vietnamese text slowly."""
    if _ETH in text or _ETH_LOW in text:
        return text.replace(_ETH, "\u0110").replace(_ETH_LOW, "\u0111")
    return text


def _retoned(text: str) -> str:
    """New tone placement; after "q" the tone on the vowel after the "u" ("cao qúy" -> "cao quý")."""
    text = _OLD_TONE_RE.sub(_retone, text)
    return _QU_RE.sub(_after_q, text) if "q" in text or "Q" in text else text  # most names hold no "q": no second scan


def _after_q(m: re.Match) -> str:
    """"qúy" -> "quý": the tone moved from the "u" of "qu" to the vowel after it, the case kept."""
    s = m.group(0)
    new = _AFTER_Q[s.lower()]
    return new.upper() if s.isupper() else new[0].upper() + new[1:] if s[0].isupper() else new


def tone(text: str) -> str:
    """NFC, new tone placement and "Ð" (eth) as "Đ": same length as an NFC input, so offsets survive."""
    return _lookalikes(_retoned(unicodedata.normalize("NFC", text or "")))


def clean(text: str) -> str:
    """NFC, new tone placement, one kind of space and dash; keeps case and line breaks."""
    text = _retoned(_lookalikes(unicodedata.normalize("NFC", text or "")))
    if not _ODD_OR_DASH.search(text) and "  " not in text:
        return text  # most names: one search, where a dash's substitution and an odd space's search were two
    text = _DASHES.sub("-", text)
    if "  " in text or _ODD_SPACE.search(text):  # else every run of spaces is one " " already
        text = _SPACES.sub(" ", text)
    return text


@lru_cache(maxsize=16384)
def key(text: str) -> str:
    """Comparison key: clean, lower case, punctuation dropped, single spaces (accents kept). Cached: keys are
    of names, and an article keys most of its names more than once (the sample's first pass: 1,460 keys of
    832 names, for units, grantors, counted nouns and clusters)."""
    return clean_key(clean(text))


def clean_key(text: str) -> str:
    """key(text) of a text clean() leaves as it is (already cleaned, or built of cleaned pieces): a
    grantor lookup keys the name it has just cleaned, and a second clean() was a third of its cost."""
    return " ".join(_KEY_PUNCT.sub(" ", text.lower()).split())


def fold(text: str) -> str:
    """Search key without any diacritics: 'Điện lực' -> 'dien luc', 'Bằng khen' -> 'bang khen'.

    SQLite's FTS tokenizers do not fold letters with two marks (ằ, ưở) and no tokenizer folds 'đ',
    so the project indexes this folded form next to the original text.
    """
    text = clean(text).replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFD", text).translate(_MARKS).lower()


class _Marks(dict):
    """str.translate table: None (drop) for a combining mark (category Mn), else the character itself.
    Filled as characters are first met: a translate is twice as fast as testing each character's category
    in a generator."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.category(chr(code)) == "Mn" else code
        self[code] = value
        return value


_MARKS = _Marks()
