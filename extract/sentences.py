"""A paragraph's sentences, cut as underthesea.sent_tokenize cuts them, at a fraction of its cost.

underthesea's splitter is a small Punkt-style rule set: ".", "?" and "!" end a sentence, except a "."
between two digits ("1.500") or after one of its abbreviations ("TP. Nha Trang", a single letter), and
an ellipsis ends one only before a capital or the end of the text. Its loop looks at every character of
the paragraph in Python, though only those three characters can matter: here a regular expression
jumps from one to the next and the same rules are asked there alone (the statements of a body cost
0.08 ms an article, most of it that loop). The abbreviations are underthesea's own, read from it, so the
two cannot drift apart in vocabulary; tests/test_sentences.py holds them to the same output on real
paragraphs and on every case of the rules.
"""
from __future__ import annotations

import importlib
import re
from functools import lru_cache

_END = re.compile(r"[.?!]")
_DOTS = re.compile(r"\.+")
_ENDS = ".?!"
_AFTER = " \t\n\r"  # skipped after a sentence's end


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """underthesea's abbreviations (lower case), which a "." after them does not end a sentence."""
    module = importlib.import_module("underthesea.pipeline.sent_tokenize")
    module._load_model()
    return frozenset(module.sentence_tokenizer.abbrev_types)


def split(text: str) -> list[str]:
    """The sentences of `text`, stripped, exactly as underthesea.sent_tokenize(text) gives them."""
    if not text or not text.strip():
        return []
    abbreviations = _abbreviations()
    out: list[str] = []
    start, n = 0, len(text)
    m = _END.search(text)
    while m is not None:
        i = m.start()
        if text[i] == ".":
            dots = _DOTS.match(text, i).end()
            if dots - i >= 3:  # an ellipsis ends a sentence before a capital or the end of the text
                after = dots
                while after < n and text[after] in " \t":
                    after += 1
                if after >= n or text[after].isupper():
                    _add(out, text[start:dots])
                    while dots < n and text[dots] in _AFTER:
                        dots += 1
                    start = dots
                m = _END.search(text, dots)
                continue
            if not _ends_at_dot(text, i, abbreviations):
                m = _END.search(text, i + 1)
                continue
        end = i + 1
        while end < n and text[end] in _ENDS:
            end += 1
        _add(out, text[start:end])
        while end < n and text[end] in _AFTER:
            end += 1
        start = end
        m = _END.search(text, end)
    _add(out, text[start:])
    return out


def _add(out: list[str], sentence: str) -> None:
    sentence = sentence.strip()
    if sentence:
        out.append(sentence)


def _ends_at_dot(text: str, i: int, abbreviations: frozenset[str]) -> bool:
    """A "." ends a sentence unless it stands between two digits or after an abbreviation (the letters,
    digits and dots right before it)."""
    if i > 0 and text[i - 1].isdigit() and i + 1 < len(text) and text[i + 1].isdigit():
        return False
    k = i - 1
    while k >= 0 and (text[k].isalnum() or text[k] == "."):
        k -= 1
    word = text[k + 1:i]
    return not (word and word.lower() in abbreviations)
