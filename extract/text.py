"""Sentences and tokens: underthesea segments, spaCy matches.

underthesea splits a paragraph into sentences and a sentence into words ("Công ty", "Điện lực").
The words are laid out as a spaCy Doc of *syllables* (each marked with whether it starts a word), so
that the patterns in data/patterns.json can be written syllable by syllable ("phó", "trưởng", "cụm")
whatever way the segmenter grouped them. Every token keeps its character offset in the article body,
which is how facts carry evidence offsets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token
from underthesea import sent_tokenize, word_tokenize

from .data import load
from .normalize import tone

if not Token.has_extension("word_start"):
    Token.set_extension("word_start", default=True)

_PARA_SPLIT = re.compile(r"\n+")


@dataclass
class Sentence:
    text: str
    start: int  # offset of text in the article body (None for the title)
    doc: Doc
    matches: list[tuple[str, int, int]] = field(default_factory=list)  # (label, char start, char end) in text

    def spans(self, label: str) -> list[tuple[int, int]]:
        return [(s, e) for lab, s, e in self.matches if lab == label]

    def has(self, label: str) -> bool:
        return any(lab == label for lab, _, _ in self.matches)


@lru_cache(maxsize=1)
def _nlp():
    return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})


@lru_cache(maxsize=1)
def _matcher() -> Matcher:
    nlp = _nlp()
    matcher = Matcher(nlp.vocab)
    for label, patterns in load("patterns.json").items():
        if label.startswith("_"):
            continue
        matcher.add(label, patterns)
    return matcher


def split_sentences(body: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs, offsets into `body`; paragraphs never merge into one sentence."""
    out = []
    pos = 0
    for para in _PARA_SPLIT.split(body):
        p_start = body.find(para, pos)
        pos = p_start + len(para)
        if not para.strip():
            continue
        cursor = p_start
        for sent in sent_tokenize(para):
            sent = sent.strip()
            if not sent:
                continue
            i = body.find(sent, cursor)
            if i < 0:  # the segmenter changed the text: fall back to the paragraph as one sentence
                out.append((p_start, para))
                break
            out.append((i, sent))
            cursor = i + len(sent)
    return out


ITEM_MARK = re.compile(r"^\s*(?:[-–+•*]|\d{1,2}[.)]|[a-zđ][.)])\s*(?=\S)")


def join_list_lines(body: str, pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A sentence that ends in a colon and the bullet or numbered lines under it are one statement
    ("… gồm 7 đơn vị:" / "- Sở Công Thương (Trưởng khối);" / "- Sở Xây dựng;" …): the lines are
    joined to it, as the body text they are, so list readers see the whole list and offsets hold."""
    glued: list[tuple[int, str]] = []
    for off, text in pieces:  # the sentence splitter cuts "1." off its line
        if glued and re.fullmatch(r"\s*(?:\d{1,2}|[a-zđ])[.)]", glued[-1][1]) and "\n" not in body[glued[-1][0]:off]:
            prev = glued.pop()[0]
            text = body[prev:off + len(text)]
            off = prev
        glued.append((off, text))
    pieces = glued
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(pieces):
        off, text = pieces[k]
        j = k
        if text.rstrip().endswith(":"):
            while j + 1 < len(pieces) and ITEM_MARK.match(pieces[j + 1][1]) and len(pieces[j + 1][1].split()) <= 16:
                j += 1  # a line that names a unit, not a sentence of its own
        if j > k:
            end = pieces[j][0] + len(pieces[j][1])
            out.append((off, body[off:end]))
        else:
            out.append((off, text))
        k = j + 1
    return out


def list_headers(pieces: list[tuple[int, str]]) -> dict[int, str]:
    """Offset of each list line -> the sentence ending in ':' it stands under ("hội nghị thống nhất đề
    nghị khen thưởng:" / "- UBND tỉnh tặng Cờ thi đua: Sở Tài chính"): a line's verb may be its header's."""
    out: dict[int, str] = {}
    header = None
    for off, text in pieces:
        if ITEM_MARK.match(text) and header:
            out[off] = header
        else:
            header = text if text.rstrip().endswith(":") else None
    return out


def _tokens(text: str) -> tuple[list[str], list[int], list[bool]]:
    """Syllable tokens with char offsets and a word-start flag, aligned to `text`."""
    words, starts, wstart = [], [], []
    pos = 0
    text = tone(text)  # underthesea writes "ủy" for "uỷ": align against the same spelling
    for w in word_tokenize(text):
        i = text.find(w, pos)
        if i < 0:
            continue
        for k, m in enumerate(re.finditer(r"\S+", w)):
            words.append(m.group())
            starts.append(i + m.start())
            wstart.append(k == 0)
        pos = i + len(w)
    return words, starts, wstart


def analyse(text: str, start: int | None) -> Sentence:
    words, starts, wstart = _tokens(text)
    spaces = [
        (starts[k] + len(words[k]) < (starts[k + 1] if k + 1 < len(words) else len(text)))
        for k in range(len(words))
    ]
    doc = Doc(_nlp().vocab, words=words, spaces=spaces)
    for tok, ws in zip(doc, wstart):
        tok._.word_start = ws
    matches = []
    for match_id, s, e in _matcher()(doc):
        label = doc.vocab.strings[match_id]
        matches.append((label, starts[s], starts[e - 1] + len(words[e - 1])))
    matches.sort(key=lambda m: (m[1], -(m[2] - m[1])))
    return Sentence(text=text, start=start, doc=doc, matches=matches)
