"""Tokens and vocabulary matches: the only NLP the chunk layer reads.

A statement (a sentence, or a list header with its item lines) is cut into tokens by one regular
expression: words (letters, with "&" and apostrophes inside: "GD&ĐT", "M’Drắk"), numbers, prose dates,
line breaks and single punctuation marks. Every token keeps its character offsets in the statement,
which is how facts carry evidence offsets.

The typed vocabulary (extract/data/vocab/*.yml, read through extract/vocab.py) is then matched over
the tokens with spaCy's PhraseMatcher: case-insensitively for most types, as written for the ones whose
capital letter matters (an organisation head "Hội" is not the "hội" of "hội nghị"). Each match is a
(type, first token, end token) triple; which types exist is decided in `vocab.phrase_types()`.

underthesea's word segmentation is not used: nothing downstream reads word boundaries the vocabulary
does not already give, and it was most of the cost of extraction.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Callable, NamedTuple

from .normalize import tone
from .vocab import phrase_types

TOKEN_RE = re.compile(
    r"[^\W\d_]+(?:[&'’][^\W\d_]+)*"  # a word (first: most tokens are; no other branch opens with a letter)
    r"|\n"
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}(?!\d)"  # a prose date: 05/01/2021, 10-3-2020
    r"|\d+(?:[.,]\d{3})+(?!\d)"  # 1.570, 28,5 stays two tokens
    r"|\d+"
    r"|[^\w\s]",
)
# Each token with the gap before it: what no token holds (whitespace but a line break, and "_"), never given
# back. One findall then gives every token and, by adding up lengths, its offsets: a finditer makes a Match
# object a token, and that was most of tokenize's cost.
_GAPPED = re.compile(r"((?:[^\S\n]|_)*+)(" + TOKEN_RE.pattern + ")")
_LAST = "\0"  # a token put after the text: a trailing gap is then read once, not again from each of its characters
NEWLINE = "¶"  # how a line break is spelled inside the spaCy Doc
OTHER = "\u2400"  # how a word no vocabulary phrase holds is spelled inside the spaCy Doc


class Token(NamedTuple):
    """A tuple, made by tuple.__new__ in tokenize(): the one construction without a Python frame (a
    dataclass's __init__ is one), and tokenize makes some 230 tokens per article. Fields read as fast."""
    text: str
    start: int
    end: int
    low: str

    @property
    def cap(self) -> bool:
        """Starts with a capital letter or a digit (names do: "Quận 7", "Sở Y tế")."""
        c = self.text[:1]
        return c.isupper() or c.isdigit()


def tokenize(text: str) -> list[Token]:
    """Tokens of `text` (already tone-normalised: same length, so offsets hold)."""
    low = text.lower()
    lower_each = len(low) != len(text)  # a letter whose lower case is longer ("İ"): lower each token
    new, tok = tuple.__new__, Token
    pairs = _GAPPED.findall(text + _LAST)
    pairs.pop()
    out, end = [], 0
    for gap, word in pairs:
        start = end + len(gap)
        end = start + len(word)
        out.append(new(tok, (word, start, end, word.lower() if lower_each else low[start:end])))
    return out


@lru_cache(maxsize=1)
def _nlp():
    import spacy

    return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})


def _words(text: str) -> list[str]:
    return [NEWLINE if t.text == "\n" else t.text for t in tokenize(tone(text))]


@dataclass(frozen=True)
class _Matchers:
    exact: object  # PhraseMatcher on ORTH: the types whose capital letter matters
    lower: object  # PhraseMatcher on LOWER: the others
    known: frozenset[str]  # the lower case of every word a phrase holds
    labels: dict[int, str]  # type by the matchers' key
    newline: str  # how a line break goes into the Doc: NEWLINE when a phrase holds one, else OTHER
    doc: Callable[..., object]  # spacy.tokens.Doc over the shared vocabulary: doc(words=[…])


@lru_cache(maxsize=1)
def _matchers() -> _Matchers:
    """Two PhraseMatchers (as written, and lower-cased) over every vocabulary phrase, keyed by type, and
    what match() needs beside them."""
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    nlp = _nlp()
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    known: set[str] = set()
    labels: dict[int, str] = {}
    for label, (phrases, case_sensitive) in phrase_types().items():
        words = [w for w in (_words(p) for p in phrases) if w]
        known.update(x.lower() for w in words for x in w)
        if words:
            (exact if case_sensitive else lower).add(label, [Doc(nlp.vocab, words=w) for w in words])
            labels[nlp.vocab.strings[label]] = label
    if OTHER.lower() in known or "\n" in known:
        raise ValueError(f"the vocabulary holds {OTHER!r} or a bare line break")
    return _Matchers(exact, lower, frozenset(known), labels, NEWLINE if NEWLINE.lower() in known else OTHER,
                     partial(Doc, nlp.vocab))


def match(tokens: list[Token]) -> dict[int, list[tuple[str, int]]]:
    """Vocabulary matches by first token: {i: [(type, end), …]}, in no particular order.

    A word no phrase holds (in any case) matches nothing in either matcher, so it goes into the Doc as
    OTHER: spaCy then makes no lexeme for each new word of each new article (that was a tenth of the
    first pass over the sample, and grew the vocabulary without end)."""
    if not tokens:
        return {}
    m = _matchers()
    known, other, newline = m.known, OTHER, m.newline
    # t.low is the token's lower case (known holds only lower-case words): no second lower() per token
    doc = m.doc(words=[t.text if t.low in known else newline if t.text == "\n" else other for t in tokens])
    out: dict[int, list[tuple[str, int]]] = {}
    labels = m.labels
    found = m.exact(doc)
    found += m.lower(doc)
    for key, s, e in found:
        at = out.get(s)
        if at is None:
            out[s] = [(labels[key], e)]
        else:
            at.append((labels[key], e))
    return out
