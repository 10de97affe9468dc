"""Tokens and vocabulary matches: the only NLP the chunk layer reads.

A statement (a sentence, or a list header with its item lines) is cut into tokens by one regular
expression: words (letters, with "&" and apostrophes inside: "GD&ĐT", "M’Drắk"), numbers, prose dates,
line breaks and single punctuation marks. Every token keeps its character offsets in the statement,
which is how facts carry evidence offsets.

The typed vocabulary (extract/data/vocab/*.yml, read through extract/vocab.py) is then matched over
the tokens with two phrase tries: case-insensitively for most types, as written for the ones whose
capital letter matters (an organisation head "Hội" is not the "hội" of "hội nghị"). What a token gets
is the end of the longest match of each type starting at it; which types exist is decided in
`vocab.phrase_types()`.

underthesea's word segmentation is not used: nothing downstream reads word boundaries the vocabulary
does not already give, and it was most of the cost of extraction.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from typing import NamedTuple

from .normalize import tone
from .vocab import phrase_types

TOKEN_RE = re.compile(
    r"[^\W\d_]++(?:[&'’][^\W\d_]++)*+"  # a word (first: most tokens are; no other branch opens with a letter)
    r"|\n"
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}(?!\d)"  # a prose date: 05/01/2021, 10-3-2020
    r"|\d+(?:[.,]\d{3})+(?!\d)"  # 1.570, 28,5 stays two tokens
    r"|\d+"
    r"|[^\w\s]",
)
# Each token with the gap before it: what no token holds (whitespace but a line break, and "_"), never given
# back. One findall then gives every token and, by adding up lengths, its offsets: a finditer makes a Match
# object a token, and that was most of tokenize's cost.
# The gap is spaces with any "_" among them: a class repeated, and "_" tried only where the spaces stop (an
# alternation of the two was tried at every character of every gap).
_GAPPED = re.compile(r"([^\S\n]*+(?:_[^\S\n]*+)*+)(" + TOKEN_RE.pattern + ")")
_LAST = "\0"  # a token put after the text: a trailing gap is then read once, not again from each of its characters


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


_ENDS = None  # where a trie node keeps the types of the phrases that end at it (no word is None)
_EMPTY: dict = {}  # the types of a token no vocabulary phrase starts at (shared, never written)
_PROTECTING = ("FIELD", "COLLECTIVE")  # the types whose inner tokens are protected (see match())


@dataclass(frozen=True)
class _Matchers:
    exact: dict  # phrase trie over the words as written: the types whose capital letter matters
    lower: dict  # phrase trie over the words in lower case: the others


@lru_cache(maxsize=1)
def _matchers() -> _Matchers:
    """Two phrase tries over every vocabulary phrase, cut into words by tokenize(): {word: node}, where a
    node is a dict of the same kind that holds, under _ENDS, the phrases ending at it as (type, protects)
    pairs — the type without its "~" (a "~" type is the case-insensitive twin of the type before it), and
    whether it protects the tokens inside it."""
    exact: dict = {}
    lower: dict = {}
    for label, (phrases, case_sensitive) in phrase_types().items():
        end = (label.rstrip("~"), label in _PROTECTING)
        for phrase in phrases:
            words = [t.text if case_sensitive else t.low for t in tokenize(tone(phrase))]
            if not words:
                continue
            node = exact if case_sensitive else lower
            for w in words:
                node = node.setdefault(w, {})
            ends = node.setdefault(_ENDS, [])
            if end not in ends:
                ends.append(end)
    return _Matchers(exact, lower)


def match(tokens: list[Token]) -> tuple[list[dict[str, int]], set[int]]:
    """The vocabulary at each token: for each token (and one past the last), {type: end} of the longest
    phrase of each type written there (_EMPTY where none is), with every match found, overlapping ones
    too; and the protected tokens: those inside a field name or a collective ("," and "và" there are
    the name's). A compound word ("công trình") hides the types of the shorter matches inside it.

    A walk down a trie from each token: most tokens start no phrase and cost one dict lookup a trie (a
    spaCy Doc and two PhraseMatchers, which this replaces with the same matches, cost twice as much: the
    Doc looks up and hashes every word). The types are gathered in the same walk, not from a list of
    matches afterwards."""
    m = _matchers()
    n = len(tokens)
    types: list[dict[str, int]] = [_EMPTY] * (n + 1)
    protected: set[int] = set()
    if not n:
        return types, protected
    texts, _, _, lows = zip(*tokens)  # the tokens' columns, in one C call
    worded = []  # the tokens a compound word starts at
    for trie, words in ((m.exact, texts), (m.lower, lows)):
        # only the tokens a phrase starts at are walked from: compress() skips the others in C (a trie
        # node is never empty, so the ones a phrase starts at are the true ones)
        for i in compress(range(n), map(trie.get, words)):
            node, k = trie[words[i]], i
            while node is not None:
                k += 1
                ends = node.get(_ENDS)
                if ends:
                    at = types[i]
                    if at is _EMPTY:
                        at = types[i] = {}
                    for base, protects in ends:
                        if k > at.get(base, 0):
                            at[base] = k
                            if base == "WORD":
                                worded.append(i)
                        if protects and k - i > 1:
                            protected.update(range(i + 1, k - 1))
                node = node.get(words[k]) if k < n else None
    for i in worded:
        at = types[i]
        word = at["WORD"]
        types[i] = {t: e for t, e in at.items() if e > word or t == "WORD"}
    return types, protected
