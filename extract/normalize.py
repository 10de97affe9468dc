"""Text normalisation shared by extraction, resolution and search.

Vietnamese text from the web mixes NFC and NFD, old and new tone placement ("Uỷ"/"Ủy", "hoà"/"hòa"),
non-breaking spaces and typographic dashes. Every comparison in the project goes through these
functions so that one unit typed three ways is one string.
"""
from __future__ import annotations

import re
import unicodedata

# Old-style tone placement -> new style (the form the Ministry's 2018 rules and most sites now use).
_OLD_TONES = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}


def _old_tone_re() -> re.Pattern:
    """The old placements, followed by no letter, in either case. Written out as character classes (a
    vowel and its capital: all that re.IGNORECASE would match for these letters) and grouped by the first
    letter, because the engine then scans for "o"/"u" quickly: five times faster than the case-insensitive
    alternation, and tone() runs over every body."""
    seconds: dict[str, str] = {}
    for pair in _OLD_TONES:
        seconds[pair[0]] = seconds.get(pair[0], "") + pair[1]
    either = lambda letters: letters + letters.upper()  # noqa: E731
    return re.compile("(" + "|".join(f"[{either(a)}][{either(b)}]" for a, b in seconds.items()) + r")(?![^\W\d_])")


_OLD_TONE_RE = _old_tone_re()
_KEY_PUNCT = re.compile(r"[\"'“”‘’(),.;:!?\-/&]")
_ODD = "\t\u00a0\u2000-\u200b\u202f\u205f\u3000"  # spaces other than " "
_SPACES = re.compile(f"[ {_ODD}]+")
_ODD_SPACE = re.compile(f"[{_ODD}]")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")


def _retone(m: re.Match) -> str:
    s = m.group(1)
    new = _OLD_TONES[s.lower()]
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
    """New tone placement."""
    return _OLD_TONE_RE.sub(_retone, text)


def tone(text: str) -> str:
    """NFC, new tone placement and "Ð" (eth) as "Đ": same length as an NFC input, so offsets survive."""
    return _lookalikes(_retoned(unicodedata.normalize("NFC", text or "")))


def clean(text: str) -> str:
    """NFC, new tone placement, one kind of space and dash; keeps case and line breaks."""
    text = _retoned(_lookalikes(unicodedata.normalize("NFC", text or "")))
    text = _DASHES.sub("-", text)
    if "  " in text or _ODD_SPACE.search(text):  # else every run of spaces is one " " already
        text = _SPACES.sub(" ", text)
    return text


def key(text: str) -> str:
    """Comparison key: clean, lower case, punctuation dropped, single spaces (accents kept)."""
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
