"""Awards whose recipients stand in a neighbouring sentence.

Reports often split one award over two sentences. The winners come first and the prize after
("01 giải Nhất (BHXH tỉnh Gia Lai); 03 giải Nhì (…)." – "Phần thưởng gồm Bằng khen của Tổng Giám đốc …"),
or the award is announced for a counted group that the next sentence lists ("… công nhận 3 đơn vị xuất
sắc … để đề nghị tặng Cờ thi đua của Chính phủ." – "3 đơn vị tiêu biểu …, gồm: A – …; B – …; C – …"),
or the award sentence ends in a colon and bullet lines follow. `awards()` reports an award with no
recipient as an *orphan*; this module gives it the recipients of the neighbour it points to, and only
when the text points: an anaphoric subject ("Phần thưởng", "các đơn vị trên") looks back, a count or a
colon looks forward. Evidence is the two sentences together.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .awards import is_recipient as named
from .data import load
from .lists import names_in_list
from .names import Name
from .text import ITEM_MARK, Sentence

_PRIZE_PAREN = re.compile(r"(?:giải|hạng|\d+\s+(?:đơn vị|tập thể|cá nhân))[^()]{0,40}?\(([^()]{3,})\)", re.IGNORECASE)
_LIST_AFTER = re.compile(r"(?:gồm có|bao gồm|gồm|là)\s*:?\s+|:\s*")
_COUNT = re.compile(r"(?<!\d)(\d{1,2}|một|hai|ba|bốn|năm)\s+(?:đơn vị|tập thể|cá nhân|tỉnh|huyện)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _anaphor():
    words = load("lexicon.json")["anaphors"]
    return re.compile(r"(?:^|[,:]\s*)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


def link_orphans(facts: list[dict], body: str, pieces: list[tuple[int, str]]) -> list[dict]:
    """Award facts for the orphans in `facts` whose recipients a neighbouring sentence names."""
    index = {off: i for i, (off, _) in enumerate(pieces)}
    out = []
    for f in facts:
        if not f.get("_orphan") or f["_sent"].start is None or f["_sent"].start not in index:
            continue
        i = index[f["_sent"].start]
        found = _backward(pieces, i) if _anaphor().search(f["_sent"].text) else None
        if not found:
            found = _forward(f["_sent"].text, pieces, i)
        if not found:
            continue
        j, names = found
        a, b = sorted((i, j))
        s, e = pieces[a][0], pieces[b][0] + len(pieces[b][1])
        evidence = Sentence(body[s:e], s, f["_sent"].doc)
        for n in names:
            g = {k: v for k, v in f.items() if k != "_orphan"}
            g.update(recipient=n.text, _person=n.person, _names=names, _sent=evidence, _linked=True)
            out.append(g)
    return out


def _backward(pieces, i) -> tuple[int, list[Name]] | None:
    """Winners the previous sentence lists: in brackets after a prize or a count, else after "gồm:"."""
    if i == 0:
        return None
    off, text = pieces[i - 1]
    names = []
    for m in _PRIZE_PAREN.finditer(text):
        names += [n for n in names_in_list(m.group(1), m.start(1)) if named(n)]
    if not names:
        m = _LIST_AFTER.search(text)
        if m and (m.group(0).strip().endswith(":") or _COUNT.search(text[: m.start()])):
            names = [n for n in names_in_list(text[m.end():], m.end()) if named(n)]
    return (i - 1, names) if names else None


def _forward(text: str, pieces, i) -> tuple[int, list[Name]] | None:
    """The group the award names ("3 đơn vị …" or a closing colon), listed in what follows."""
    if text.rstrip().endswith(":"):
        names, j = [], i
        while j + 1 < len(pieces) and ITEM_MARK.match(pieces[j + 1][1]):
            j += 1
            item = ITEM_MARK.sub("", pieces[j][1])
            names += [n for n in names_in_list(item)[:1] if named(n)]
        return (j, names) if names else None
    count = _COUNT.search(text)
    if not count or i + 1 >= len(pieces):
        return None
    nxt = pieces[i + 1][1]
    head = re.match(r"\W*(?:" + re.escape(count.group(1)) + r"|[Cc]ác|[Nn]hững)\s+(?:đơn vị|tập thể|cá nhân|tỉnh|huyện)[^:.;]{0,100}?"
                    r"(?:gồm có|bao gồm|gồm|là)\s*:?\s*", nxt)
    if not head:
        return None
    names = [n for n in names_in_list(nxt[head.end():], head.end()) if named(n)]
    return (i + 1, names) if names else None
