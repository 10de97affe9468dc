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
_OLD_TONE_RE = re.compile(
    "(" + "|".join(sorted(_OLD_TONES, key=len, reverse=True)) + r")(?![^\W\d_])", re.IGNORECASE
)
_KEY_PUNCT = re.compile(r"[\"'“”‘’(),.;:!?\-/&]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")


def _retone(m: re.Match) -> str:
    s = m.group(1)
    new = _OLD_TONES[s.lower()]
    if s[0].isupper():
        new = new[0].upper() + new[1:]
    return new


_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})  # Icelandic eth typed for Vietnamese đ


def _retoned(text: str) -> str:
    """New tone placement; the regular expression runs only when an old placement is there (it is slow)."""
    low = text.lower()
    return _OLD_TONE_RE.sub(_retone, text) if any(p in low for p in _OLD_TONES) else text


def tone(text: str) -> str:
    """NFC, new tone placement and "Ð" (eth) as "Đ": same length as an NFC input, so offsets survive."""
    return _retoned(unicodedata.normalize("NFC", text or "")).translate(_LOOKALIKES)


def clean(text: str) -> str:
    """NFC, new tone placement, one kind of space and dash; keeps case and line breaks."""
    text = _retoned(unicodedata.normalize("NFC", text or "").translate(_LOOKALIKES))
    text = _DASHES.sub("-", text)
    text = _SPACES.sub(" ", text)
    return text


def key(text: str) -> str:
    """Comparison key: clean, lower case, punctuation dropped, single spaces (accents kept)."""
    text = clean(text).lower()
    text = _KEY_PUNCT.sub(" ", text)
    return " ".join(text.split())


def fold(text: str) -> str:
    """Search key without any diacritics: 'Điện lực' -> 'dien luc', 'Bằng khen' -> 'bang khen'.

    SQLite's FTS tokenizers do not fold letters with two marks (ằ, ưở) and no tokenizer folds 'đ',
    so the project indexes this folded form next to the original text.
    """
    text = clean(text).replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return text.lower()
