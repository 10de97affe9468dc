"""Statements: the units rules read, cut from an article's body.

A statement is a sentence, or a list block: a line ending in ":" (or in ": 02 tập thể") with the short
bullet or numbered lines under it ("- Thanh tra tỉnh Lạng Sơn;"). A numbered line that is itself a
header ("1. Đề nghị tặng Huân chương Lao động hạng Ba: 02 tập thể") opens a block of its own under the
header above it, and every statement keeps a link to the header it stands under: the header carries the
frame (who is asked to give, whether it proposes, which year) that its lines leave unsaid.

underthesea's rules split a paragraph into sentences (extract/sentences.py: they keep "TP. Nha Trang" and
"TP.HCM" whole); a bare "1." that they cut off its line is joined back. Offsets index the body.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from . import vocab
from .chunkbase import is_roman
from .sentences import split

_NUMBERED = r"\d{1,2}[.)]|[a-zđ][.)]"  # "1.", "a)"
_PART = r"[IVX]{1,4}[.)]"  # a document's part: "I.", "II."
ITEM_MARK = re.compile(rf"^\s*(?:[-–+•*]|{_NUMBERED}|{_PART}(?=\s))\s*(?=\S)")
_HEADER_END = re.compile(r":\s*(?:\(?\d{1,3}\s+[^\W\d]+(?:\s+[^\W\d]+){0,3}\)?\s*)?[.;]?\s*$")
_SHORT_ITEM_WORDS = 30
_PART_MARK = re.compile(rf"{_PART}\s")  # numbers a document's part: a header opens a block, any other line is
# prose (never an item of the block above: "Cụ thể:" / "I. Huân chương … cho ông A, …" / "II. …": dev bo-ldtbxh-lay-y-kien)
_BARE_MARK = re.compile(rf"{_NUMBERED}|{_PART}")  # a list mark the splitter cut off its line ("1.", "II.")


class Statement:
    """A sentence or list block of the body (start None: the title), and its chunks. Chunks are made
    when first asked for (`chunker`): document.read chunks the statements with a fact word at once,
    the others only if a rule looks at them as a neighbour."""

    __slots__ = ("text", "start", "header", "items", "hinted", "_chunks", "_chunker")

    def __init__(self, text: str, start: int | None, header: "Statement | None" = None, items: int = 0,
                 chunks: list | None = None, chunker: Callable[[], list] | None = None):
        self.text, self.start, self.header, self.items = text, start, header, items
        self.hinted = False
        self._chunks, self._chunker = chunks, chunker

    @property
    def chunks(self) -> list:
        if self._chunks is None:
            self._chunks = self._chunker() if self._chunker else []
        return self._chunks

    @chunks.setter
    def chunks(self, value: list) -> None:
        self._chunks = value

    @property
    def end(self) -> int | None:
        return None if self.start is None else self.start + len(self.text)

    def __repr__(self) -> str:
        return f"Statement({self.text[:40]!r}, {self.start})"


def statements(body: str) -> list[Statement]:
    out: list[Statement] = []
    parent: Statement | None = None
    block: Statement | None = None
    for start, line in _lines(body):
        if ITEM_MARK.match(line) and (_header_end(line) or not _PART_MARK.match(line)):
            if _header_end(line):
                block = Statement(line, start, header=parent)
                out.append(block)
                continue
            if block is not None and len(line.split()) <= _SHORT_ITEM_WORDS:
                block.text = body[block.start:start + len(line)]
                block.items += 1
                continue
            out.append(Statement(line, start, header=parent))
            continue
        if not (block is not None and block is not parent and not block.items and parent is not None):
            parent = None  # the one line a numbered header announces ("1. …: 01 cá nhân" / "Ông A, …") keeps
            # the header above both, so the next numbered header ("2. …") still stands under it
        block = None
        sents = _sentences(body, start, line)
        for s_start, s in sents:
            out.append(Statement(s, s_start))
        last = out[-1] if sents else None
        if last is not None and _header_end(last.text):
            block = parent = last
    return out


def opens_list(text: str) -> bool:
    """The statement ends as a header does: a colon, perhaps with a count after it ("1. Chiến sĩ thi đua
    toàn quốc: 01 cá nhân", "… như sau:"); what follows it is what it announces."""
    return _header_end(text.rstrip().split("\n")[-1])


def _header_end(line: str) -> bool:
    """A line ends as a header does: a colon (maybe with a count after it), or a word that waits for what the
    lines under it name ("… tặng danh hiệu Chiến sĩ thi đua toàn quốc cho", "Cụm 1: Gồm 12 đơn vị (các trường sư
    phạm)"; function.yml open_line_ends)."""
    if _HEADER_END.search(line):
        return True
    low = line.lower()  # the pattern is searched only where one of its words is: it opens with no class the engine
    return any(map(low.__contains__, _open_words())) and bool(_open_end().search(line))  # can scan for


@lru_cache(maxsize=1)
def _open_words() -> tuple[str, ...]:
    """The words of _open_end(), lower case: a line holds one of them (its lower case does) wherever the pattern,
    which ignores case, matches."""
    return tuple(w.lower() for w in vocab.words("function", "open_line_ends"))


@lru_cache(maxsize=1)
def _open_end() -> re.Pattern:
    words = "|".join(re.escape(w) for w in vocab.words("function", "open_line_ends"))
    return re.compile(rf"(?:^|\s)(?:{words})(?:\s+\d{{1,3}}\s+[^\W\d]+(?:\s+[^\W\d]+){{0,3}})?\s*(?:\([^()]{{0,60}}\))?\s*$",
                      re.IGNORECASE)


def _lines(body: str):
    pos = 0
    for line in body.split("\n"):
        s = pos
        pos += len(line) + 1
        stripped = line.strip()
        if stripped:
            yield s + line.index(stripped[0]), stripped


def _ends_in_titles(sentence: str, glued: bool) -> bool:
    """The splitter cut at a dot inside a name: after a person's titles ("PGS.TS.", "BSCKII."), a listed abbreviation
    ("TX. Sông Công": function.yml abbreviations), or an upper-case abbreviation the next word is glued to ("Phó Chánh
    VP.UBND tỉnh", "PX.KT3", "TX.Bến Cát"; not a roman numeral: "II.Tại cuộc họp" opens a part)."""
    last = sentence.rsplit(None, 1)[-1]
    parts = last.rstrip(".").split(".")
    if not last.endswith(".") or last.endswith(".."):
        return False
    if all(p in vocab.name_only_titles() for p in parts) or last in vocab.abbreviations():
        return True
    return glued and len(parts[-1]) >= 2 and parts[-1].isupper() and parts[-1].isalpha() and not is_roman(parts[-1])


def _sentences(body: str, start: int, para: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    cursor = start
    for sent in split(para):
        sent = sent.strip()
        if not sent:
            continue
        i = body.find(sent, cursor)
        if i < 0:  # the splitter changed the text: the paragraph is one sentence
            return [(start, para)]
        if out and (_BARE_MARK.fullmatch(out[-1][1]) or _ends_in_titles(out[-1][1], i == out[-1][0] + len(out[-1][1]))):
            prev = out.pop()[0]  # "1." cut off its line; "… cho PGS.TS." cut off the name that follows
            sent, i = body[prev:i + len(sent)], prev
        out.append((i, sent))
        cursor = i + len(sent)
    return out
