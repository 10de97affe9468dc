"""Finding the emulation cluster a sentence talks about.

A cluster is written "Cụm thi đua II - Các doanh nghiệp Trung ương", "Khối thi đua số 5", "Khối 9",
"cụm bảy tỉnh biên giới phía bắc", "Khối thi đua các sở, ngành kinh tế". The name runs from the head word
to the first verb or function word (the lexicon's terminators). The article's main cluster — the first
full mention, in the title or the body — stands for "the cluster" when a sentence says only "Cụm", "Khối"
or "các đơn vị trong khối".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .names import is_person_name

_HEAD = re.compile(
    r"\b(?:[Cc]ụm|[Kk]hối|CỤM|KHỐI)(?:\s+(?:[Tt]hi đua|THI ĐUA|TĐ))?"
    r"(?:\s+(?:số\s+)?(?:[IVX]+|\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\b)?"
)
_NUMBERED = re.compile(r"(?:[Cc]ụm|[Kk]hối)(?:\s+(?:thi đua|Thi đua|TĐ))?\s+(?:số\s+)?([IVX]+|\d+)\b")
_GENERIC_AFTER = re.compile(r"^\s*(?:trưởng|phó|thi đua\s*(?:[,.;)]|$|năm|và|của|đã|trong|để|cho|chủ trì|đạt|do|tỉnh\s*[,.;]))", re.IGNORECASE)
_DESC_STOP = re.compile(
    r"\s(?:đã|đang|sẽ|vừa|(?<!các\s)(?<!Các\s)tổ chức|do|gồm|bao gồm|có|tại|năm|ngày|với|trong|và ký|thực hiện|tổng kết|sơ kết|giao ban|ký kết|ký|"
    r"họp|bình xét|phát động|là|làm|được|về|của tỉnh|cho|nhằm|để|thông qua|chủ trì|đóng trên|trực thuộc|thuộc|"
    r"hoàn thành|nhiều|triển khai|sinh hoạt|đạt|cũng|tiếp tục|quyết tâm|đều|luôn|dự|sau|từ|lần|trên địa bàn tỉnh\s*(?=[,.]))\b"
)


@dataclass
class Mention:
    name: str
    start: int
    end: int
    numbered: bool
    generic: bool  # "Cụm", "các đơn vị trong khối": no name of its own


def mentions(text: str) -> list[Mention]:
    out = []
    for m in _HEAD.finditer(text):
        if out and m.start() < out[-1].end:
            continue  # "Khối thi đua IV – Khối thi đua các cơ quan cấp tỉnh" is one name, not two
        head = m.group()
        rest = text[m.end():]
        numbered = bool(_NUMBERED.match(head))
        low = head.lower()
        if low in ("cụm", "khối") and re.match(r"\s*(?:trưởng|phó)", rest, re.IGNORECASE):
            continue  # "Cụm trưởng", "Khối phó" are roles
        if re.search(r"(?:[Pp]hó|[Tt]rưởng)\s*$", text[max(0, m.start() - 8):m.start()]) and re.match(r"^\S+\s+\d+$", head):
            continue  # "Phó khối 1" is the first vice-chair, not cluster number 1
        if re.search(r"(?:trưởng|phó)\s*$", text[max(0, m.start() - 8):m.start()], re.IGNORECASE) and not numbered:
            # "Trưởng Khối thi đua" names a role, and then the cluster if it goes on
            pass
        desc = ""
        stop = _DESC_STOP.search(rest[:140] + " ")
        cand = rest[: stop.start() if stop else 140]
        cand = re.split(r"[.;:()“”\"]|,(?!\s*(?:ngành|ban|đoàn thể|hội|sở)\b)|\s[-–]\s*(?=(?:Cử|Trưởng|Phó|Đồng chí|đồng chí|Ông|Bà|đại diện|Đại diện)\b)", cand)[0]
        dash = re.search(r"\s[-–]\s*((?:[A-ZĐ]\w*\s?){3,4})", cand)
        if dash and is_person_name(dash.group(1).strip()):
            cand = cand[: dash.start()]
        if cand.strip() and not _GENERIC_AFTER.match(rest):
            c = cand.rstrip()
            if re.match(r"^\s*(?:[-–]\s*\S|[Cc]ác\s|[A-ZĐ]|(?:số|trường|tỉnh|huyện)\s)", c) and len(c.split()) <= 14:
                desc = c
        name = (head + desc).strip(" -–,")
        generic = not numbered and not desc.strip()
        out.append(Mention(name, m.start(), m.start() + len(name), numbered, generic))
    return out


def main_cluster(title: str, sentences: list[str]) -> str | None:
    """The article's cluster: a numbered one if any (its fullest mention), else the named cluster the
    article mentions most often (ignoring "thi đua"), as first written — the title counts like a
    sentence."""
    named = [m for t in [title] + sentences for m in mentions(t or "") if not m.generic]
    if not named:
        return None
    numbered = [m for m in named if m.numbered]
    if numbered:
        pick = numbered[0]
        same = [m for m in named if _num(m.name) == _num(pick.name)]
        return max(same, key=lambda m: len(m.name) if len(m.name.split()) <= 12 else 0).name
    counts: dict[str, int] = {}
    for m in named:
        counts[_bare(m.name)] = counts.get(_bare(m.name), 0) + 1
    best = max(counts.values())
    firsts = [m for m in named if counts[_bare(m.name)] == best]
    with_td = [m for m in firsts if "thi đua" in m.name.lower()]
    return (with_td or firsts)[0].name


def _num(name: str) -> str | None:
    m = _NUMBERED.search(name)
    return m.group(1) if m else None


def cluster_in(text: str, pos: int | None = None, main: str | None = None) -> str | None:
    """The named cluster mentioned in this sentence (nearest to `pos`), if any; the article's main
    cluster when the mention is the same numbered cluster written shorter ("Cụm II")."""
    named = [m for m in mentions(text) if not m.generic]
    if not named:
        return None
    pick = named[0] if pos is None else min(named, key=lambda m: abs(m.start - pos))
    if main and _num(pick.name) and _num(pick.name) == _num(main) and pick.name[:1].lower() == main[:1].lower():
        return main
    if main and not _num(pick.name) and _bare(pick.name) and _bare(pick.name) in _bare(main):
        return main  # "khối các Tổ chức Xã hội 1" is the article's "Khối thi đua các tổ chức xã hội 1"
    return pick.name


def _bare(name: str) -> str:
    from .normalize import key

    return " ".join(w for w in key(name).split() if w not in ("thi", "đua", "cụm", "khối"))
