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
from functools import lru_cache

from .normalize import tone
from .vocab import phrase_types

TOKEN_RE = re.compile(
    r"\n"
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}(?!\d)"  # a prose date: 05/01/2021, 10-3-2020
    r"|\d+(?:[.,]\d{3})+(?!\d)"  # 1.570, 28,5 stays two tokens
    r"|\d+"
    r"|[^\W\d_]+(?:[&'’][^\W\d_]+)*"
    r"|[^\w\s]",
)
NEWLINE = "¶"  # how a line break is spelled inside the spaCy Doc
OTHER = "\u2400"  # how a word no vocabulary phrase holds is spelled inside the spaCy Doc


@dataclass(slots=True)
class Token:
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
    if len(low) != len(text):  # a letter whose lower case is longer ("İ"): lower each token
        return [Token(m.group(), m.start(), m.end(), m.group().lower()) for m in TOKEN_RE.finditer(text)]
    return [Token(m.group(), s, e, low[s:e]) for m in TOKEN_RE.finditer(text) for s, e in (m.span(),)]


@lru_cache(maxsize=1)
def _nlp():
    import spacy

    return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})


def _words(text: str) -> list[str]:
    return [NEWLINE if t.text == "\n" else t.text for t in tokenize(tone(text))]


@lru_cache(maxsize=1)
def _matchers():
    """Two PhraseMatchers (as written, and lower-cased) over every vocabulary phrase, keyed by type, and
    the lower case of every word those phrases hold."""
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    nlp = _nlp()
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    known: set[str] = set()
    for label, (phrases, case_sensitive) in phrase_types().items():
        words = [w for w in (_words(p) for p in phrases) if w]
        known.update(x.lower() for w in words for x in w)
        if words:
            (exact if case_sensitive else lower).add(label, [Doc(nlp.vocab, words=w) for w in words])
    if OTHER.lower() in known:
        raise ValueError(f"the vocabulary holds {OTHER!r}, which stands for any other word")
    return exact, lower, frozenset(known)


def match(tokens: list[Token]) -> dict[int, list[tuple[str, int]]]:
    """Vocabulary matches by first token: {i: [(type, end), …]}, longest first.

    A word no phrase holds (in any case) matches nothing in either matcher, so it goes into the Doc as
    OTHER: spaCy then makes no lexeme for each new word of each new article (that was a tenth of the
    first pass over the sample, and grew the vocabulary without end)."""
    from spacy.tokens import Doc

    if not tokens:
        return {}
    nlp = _nlp()
    exact, lower, known = _matchers()
    words = [NEWLINE if t.text == "\n" else t.text for t in tokens]
    doc = Doc(nlp.vocab, words=[w if w.lower() in known else OTHER for w in words])
    out: dict[int, list[tuple[str, int]]] = {}
    strings = nlp.vocab.strings
    for matcher in (exact, lower):
        for key, s, e in matcher(doc):
            out.setdefault(s, []).append((strings[key], e))
    for v in out.values():
        v.sort(key=lambda m: -m[1])
    return out
