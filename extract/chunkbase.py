"""What a chunk is, and the one statement's context the chunkers share.

The chunk layer's types, apart from the chunkers (names.py, clusters.py, awardnames.py, lists.py,
frames.py) and the chunker that calls them (chunks.py), so that the chunkers import these and not the
module that imports them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import vocab
from .tokens import _EMPTY, Token

PUNCT = {",": "COMMA", ";": "SEMI", ":": "COLON", "(": "LP", ")": "RP", "-": "DASH", "–": "DASH", "—": "DASH",
         ".": "DOT", "“": "QUOTE", "”": "QUOTE", '"': "QUOTE", "\n": "NL", "/": "SLASH", "…": "DOT", "!": "DOT",
         "?": "DOT", "|": "NL", "+": "DASH", "•": "DASH", "*": "DASH"}
VERBS = vocab.VERB_TYPES
VERB_OR_TERM = frozenset(VERBS) | {"TERM"}  # after "Công ty" alone, one of these makes it the article's own (SELF)
_ROMAN = re.compile(r"[IVXL]+")


_ABBREV_STEMS = frozenset({a.rstrip(".").split(".")[-1] for a in vocab.abbreviations()} | {"T"})


def abbreviation_dot(toks: list[Token], k: int) -> bool:
    """The "." at token k closes an abbreviation (function.yml abbreviations: "TP.HCM", "TP. Nha Trang", "T.Ư Hội")
    before a capitalised word that is no count ("TP. Hai …" ends there): inside a name, not its end."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return (toks[k].text == "." and k > 0 and toks[k - 1].text in _ABBREV_STEMS and nxt is not None and nxt.cap
            and nxt.low not in vocab.count_words())


def is_roman(text: str) -> bool:
    """"II", "IV.": a roman numeral (list numbering, "lần thứ V", "khu vực II")."""
    return bool(_ROMAN.fullmatch(text.strip(".")))


@lru_cache(maxsize=64)
def _by_first_word(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Context.phrase_at's index of a word list: each phrase's words under its first word. The lists are
    vocabulary words (vocab.words: one frozenset object a list, so the cache finds it by identity) and none is
    empty (tests/test_tokens.py), so every phrase is under its first word."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        words = tuple(p.split())
        if words:
            index.setdefault(words[0], []).append(words)
    return {w: tuple(ws) for w, ws in index.items()}


@dataclass(slots=True)
class Chunk:
    label: str
    i: int  # first token
    j: int  # end token (exclusive)
    start: int  # character offsets in the statement's text
    end: int
    text: str
    attrs: dict = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.attrs.get("name", self.text)


@dataclass
class Context:
    """What the chunkers of one statement share: its text, tokens and vocabulary matches (tokens.match)."""
    text: str
    tokens: list[Token]
    _types: list[dict[str, int]] = field(repr=False)  # {type: end} at each token, and one past the last
    protected: set[int] = field(default_factory=set)  # tokens inside a field name or collective: their
    # "," and "và" are the name's

    def types(self, k: int) -> dict[str, int]:
        """{type: end} of the matches starting at token k (the longest of each type). A compound word
        ("công trình") hides the types of the shorter matches inside it."""
        return self._types[k] if k < len(self._types) else _EMPTY

    def phrase_at(self, k: int, phrases: frozenset[str]) -> int:
        """End token of the longest of `phrases` (lower case) written at token k, or 0. Only the phrases whose first
        word token k is are tried (_by_first_word): a cluster's descriptor asks this at each of its tokens, and
        splitting every phrase at each ask was ~4 % of the first pass."""
        toks = self.tokens
        if k >= len(toks):
            return 0
        best = 0
        for words in _by_first_word(phrases).get(toks[k].low, ()):
            end = k + len(words)
            if end > best and end <= len(toks) and all(toks[k + x].low == words[x] for x in range(1, len(words))):
                best = end
        return best

    def chunk(self, label: str, i: int, j: int, **attrs) -> Chunk:
        s, e = self.tokens[i].start, self.tokens[j - 1].end
        return Chunk(label, i, j, s, e, self.text[s:e], attrs)


