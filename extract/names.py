"""Carving unit and person names out of Vietnamese prose.

Organisation names here are long, mostly lower case inside ("Sở Tài nguyên và Môi trường", "Hội người
cao tuổi tỉnh") and listed with commas, semicolons and "và" that also occur *inside* names. So a name is
not found by capitalisation but by where it starts (an organisation head word, a capitalised place, a
person title) and where it stops (a verb or function word from the lexicon's terminators). Lists of
names are extract/lists.py's job; this module reads one name, and the name before a role or verb.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .data import load
from .normalize import tone

SURNAMES = {
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương",
    "lý", "lâm", "lều", "ninh", "trương", "đào", "hà", "sầm", "nông", "lương", "đinh", "mai", "tô", "tạ", "đoàn",
    "cao", "chu", "triệu", "hứa", "thái", "vi", "quan", "lã", "la", "mạc", "tăng", "kiều", "đàm", "văn", "lò", "lộc",
}


@dataclass
class Name:
    text: str
    start: int  # offsets in the sentence
    end: int
    person: bool = False


@lru_cache(maxsize=1)
def _lex():
    lex = load("lexicon.json")
    heads = sorted(lex["org_heads"], key=len, reverse=True)
    term = sorted(lex["terminators"], key=len, reverse=True)
    return {
        "heads": heads,
        "head_re": re.compile(r"^(?:" + "|".join(re.escape(h) for h in heads) + r")(?=[\s.,&]|$)"),
        "term_re": re.compile(r"(?<![^\s,;(])(?:" + "|".join(re.escape(t) for t in term) + r")(?=[\s,.;:)]|$)"),
        "person_re": re.compile(
            r"^(?:" + "|".join(re.escape(t) for t in sorted(lex["person_titles"], key=len, reverse=True)) + r")\s+",
            re.IGNORECASE,
        ),
        "position_re": re.compile(
            r"^(?:" + "|".join(re.escape(t) for t in sorted(lex["positions"], key=len, reverse=True)) + r")\s+"
        ),
        "generic_re": re.compile(
            r"^(?:\d+\s+|các\s+|những\s+|một số\s+)?(?:" + "|".join(re.escape(g) for g in lex["generic"]) + r")\b",
            re.IGNORECASE,
        ),
        "protected": lex["protected"],
        "admin_plural": lex["admin_plural"],
    }


_ADMIN = re.compile(r"^(?:huyện|Huyện|quận|Quận|xã|Xã|phường|Phường|tỉnh|Tỉnh|thành phố|Thành phố|thị xã|Thị xã|TP\.?)\s*(?=\S)")


def starts_with_head(text: str) -> bool:
    """Starts like an organisation or place; an administrative word must be followed by a name
    ("huyện Cao Lộc", "quận 7"), so that "Xã hội" or "tỉnh trong năm" are not taken for places. Old and
    new tone placement are one ("Huyện uỷ" = "Huyện ủy")."""
    text = tone(text[:80])
    if _LOWER_HEAD.match(text):
        return True
    m = _ADMIN.match(text)
    if m:
        nxt = text[m.end():m.end() + 1]
        if nxt.isupper() or nxt.isdigit():
            return True
        h = _lex()["head_re"].match(text)
        return bool(h and h.end() > m.end())
    if _NOT_ORG.match(text):
        return False
    return bool(_lex()["head_re"].match(text))


_LOWER_HEAD = re.compile(r"^(?:ban|sở|hội|cục|trường|phòng|đài)\s+(?=[A-ZĐ])")
_NOT_ORG = re.compile(r"^(?:Hội|Ban|Đoàn|Phòng)\s+(?:nghị|thao|thi|trường|diễn|hành|kết|chống|viên|chấp hành Trung ương)\b", re.IGNORECASE)


def is_person_name(text: str) -> bool:
    """2–4 capitalised syllables starting with a common surname: "Trần Văn Hùng", "Hồ Phi Dũng"."""
    words = text.split()
    if not 3 <= len(words) <= 5:
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    return words[0].lower() in SURNAMES and not starts_with_head(text)


def strip_person(text: str) -> tuple[str, int, bool]:
    """Drop "ông", "cá nhân bà", "Đại tá" …; returns (rest, chars dropped, was a person title)."""
    m = _lex()["person_re"].match(text)
    given = text[m.end():].split()[:2] if m else []
    # a surname and a given name at least: "Cô Tô" is an island district, not Ms Tô
    if m and len(given) == 2 and all(w[:1].isupper() for w in given) and given[0].lower() in SURNAMES:
        return text[m.end():], m.end(), True
    return text, 0, False


def unit_of_position(text: str) -> tuple[str, int]:
    """"Phó Giám đốc Sở Ngoại vụ" -> ("Sở Ngoại vụ", offset); the unit a person's position names."""
    dropped = 0
    for _ in range(4):
        m = _lex()["position_re"].match(text)
        if not m or starts_with_head(text):
            break
        text, dropped = text[m.end():], dropped + m.end()
    return text, dropped


@lru_cache(maxsize=1)
def _protected() -> list[str]:
    """Names whose commas and "và" are their own: the lexicon's list, and every gazetteer name that has
    them ("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh" is one unit, not two)."""
    names = list(_lex()["protected"])
    for unit in load("gazetteer.json"):
        names += [n for n in [unit["name"], *unit.get("aliases", [])] if " và " in n or "," in n]
    return sorted(set(names), key=len, reverse=True)


def _protect(s: str) -> str:
    """Same length as `s`: commas become NUL and "và" becomes "v\x01" inside protected names."""
    for p in _protected():
        if p in s:
            s = s.replace(p, p.replace(",", "\x00").replace("và", "v\x01"))
    return s


def _unprotect(s: str) -> str:
    return s.replace("\x00", ",").replace("v\x01", "và")


_ADVERBIAL = re.compile(r"^(?:[Cc]ũng\s+)?(?:[Tt]ại|[Tt]rong|[Nn]hân dịp|[Dd]ịp|[Qq]ua|[Ss]au|[Vv]ới)\b[^,;]{0,60},\s*")


def trim(segment: str, offset: int = 0) -> Name | None:
    """One name out of a list item or clause: leading fillers off, cut at the first terminator."""
    s = segment
    lead = len(s) - len(s.lstrip(" -–•+*:;,.\t\n"))
    s = s[lead:]
    m = re.match(r"^(?:\d+[.)]\s+|[a-zđ][.)]\s+|\d+\s+(?=[A-ZĐ])|\([^)]{1,20}\)\s*[-–]?\s*|[A-ZĐ.]{2,8}\s*[-–]\s*(?=[A-ZĐ]))", s)
    if m:
        lead += m.end()
        s = s[m.end():]
    adv = _ADVERBIAL.match(s)
    if adv and (starts_with_head(s[adv.end():]) or strip_person(s[adv.end():])[2]):
        lead += adv.end()  # "Cũng tại Hội nghị, Sở Y tế …": where and when, then who
        s = s[adv.end():]
    for prefix in ("đơn vị ", "là ", "cho ", "tập thể ", "gồm ", "và ", "của "):
        if s.lower().startswith(prefix) and len(s) > len(prefix) + 2:
            lead += len(prefix)
            s = s[len(prefix):]
    s, dropped, person = strip_person(s)
    lead += dropped
    if not s:
        return None
    cut = len(s)
    for m in _lex()["term_re"].finditer(s):
        if m.start() > 0:
            cut = min(cut, m.start())
            break
    ab = re.match(r"^([^(]*?)\s*\([A-ZĐ]{1,6}\)(\s+[A-ZĐ].*)$", s)
    if ab:  # "Trung cấp (TC) Kinh tế Khánh Hòa": an abbreviation inside the name
        s = ab.group(1) + ab.group(2)
        cut = len(s)
        for m in _lex()["term_re"].finditer(s):
            if m.start() > 0:
                cut = min(cut, m.start())
                break
    paren = s.find("(")
    if 0 < paren < cut:
        cut = paren
    dash = re.search(r"\s[-–]\s", s)
    if dash and dash.start() < cut and (person or is_person_name(s[:dash.start()].strip())):
        cut = dash.start()
    role = re.search(r"\s*[-–]\s*(?=(?:[Tt]rưởng|[Pp]hó|[Cc]ụm|[Kk]hối|[Tt]hành viên|[Dd]ẫn đầu|[Xx]ếp)(?:\s|$))", s)
    if role and role.start() < cut:
        cut = role.start()  # "Sở Y tế - Phó trưởng khối", "LĐLĐ tỉnh Thanh Hóa - dẫn đầu Cụm …"
    s = s[:cut].rstrip(" ,.;:-–()\"“”'|")
    s = re.sub(r"(?:\s+(?:và|của|các|cho|với|cùng))+$", "", s)
    if person or is_person_name(s.split(",")[0].strip()):
        comma = s.find(",")
        if comma > 0:
            s = s[:comma]
        low = re.search(r"\s[a-zđ]", s)
        if low:
            s = s[:low.start()]
        person = True
    dot = re.search(r"\.\s+[A-ZĐ]\w*\s+[a-zđ]", s)
    if dot:
        s = s[:dot.start()]
    if not s:
        return None
    return Name(s, offset + lead, offset + lead + len(s), person)


def looks_like_unit(name: Name) -> bool:
    t = name.text
    if not t or len(t) < 2 or len(t.split()) > 18:
        return False
    if re.search(r"\s\d+\s+(?:tỉnh|huyện|quận|đơn vị|thành phố)\b", t):
        return False  # "Hội Chữ thập đỏ 8 tỉnh" is a group of units, not one
    if _lex()["generic_re"].match(t) and not starts_with_head(t):
        return False
    if not (t[0].isupper() or t[0].isdigit() or starts_with_head(t)):
        return False
    if re.match(r"^\d+$", t) and not name.person:
        return True  # "quận 7" after distribution; bare digits are kept for distribute()
    if re.match(r"^(?:Năm|Ngày|Tháng|Theo|Trong|Tại|Qua|Sau|Với|Đây|Đó|Hội nghị|Kết quả|Các|Những)\b", t):
        return False
    return True


_FILLER_TAIL = re.compile(
    r"(?:[\s(,]|^)(?:là|làm|kiêm|đơn vị|Đơn vị|đại diện|Đại diện|được bầu|được bầu là|được bầu làm|được suy tôn|được|bầu|"
    r"đảm nhận|đảm nhiệm|giữ|vai trò|với vai trò|sẽ|vinh dự|vinh dự được|đã|và được|được xếp|và)\s*$"
)
_SEG_SPLIT = re.compile(r",|;|:|\(|\)|\s[-–]\s|\s[-–](?=[A-ZĐ])|[-–]\s(?=[A-ZĐ])")


def _candidates(seg: str):
    for m in re.finditer(r"(?:^|(?<=\s))(?=\S)", seg):
        cand = seg[m.start():]
        if starts_with_head(cand) or strip_person(cand)[2] or _lex()["position_re"].match(cand) or is_person_name(" ".join(cand.split()[:4])):
            yield m.start(), cand


def _unit_from(cand: str, offset: int) -> Name | None:
    n = trim(cand, offset)
    if n is None:
        return None
    if _lex()["position_re"].match(n.text) and not starts_with_head(n.text):
        rest, dropped = unit_of_position(cand)
        u = trim(rest, offset + dropped)
        return u if u and starts_with_head(u.text) else None
    return n


def name_before(text: str, end: int, strict: bool = False) -> Name | None:
    """The unit that stands right before `end` ("X là Trưởng cụm", "X, Cụm trưởng", "Giám đốc Sở X - Khối
    trưởng"): fillers like "được bầu là đơn vị" are skipped, a person's position gives their unit, and
    commas inside a name ("Sở Văn hóa, Thể thao và Du lịch") are kept. With strict=False the subject of
    the clause is accepted even when words follow it ("Sở X đạt điểm tuyệt đối và được xếp hạng nhất")."""
    left = _protect(text[:end])
    while True:
        m = _FILLER_TAIL.search(left)
        if not m or m.start() == len(left):
            break
        left = left[: m.start()]
    left = left.rstrip(" ,-–(:;")
    bounds = [0] + [m.end() for m in _SEG_SPLIT.finditer(left)]
    for b in reversed(bounds):
        seg = left[b:]
        if not seg.strip():
            continue
        full, last = None, None
        for pos, cand in _candidates(seg):
            n = _unit_from(_unprotect(cand), b + pos)
            if n is None:
                continue
            if n.end >= b + len(seg.rstrip(" ,.-–(")) - 1:
                full = full or n
            last = last or n  # the clause's subject: its first name
        if full:
            return full if not full.person else None
        if last and not strict and not last.person:
            return last
        if re.search(r"[;:]", text[b - 1:b] if b else ""):
            break
        tail = re.search(r"((?:[A-ZĐ][\w’'.-]*\s?){1,4})$", seg.strip())
        if tail and not strict and len(seg.split()) <= 5:
            t = tail.group(1).strip()
            if t and not is_person_name(t) and len(t.split()) >= 2:
                s0 = left.rfind(t)
                return Name(t, s0, s0 + len(t))
        if b and (text[b - 1:b] in "," or re.search(r"\s[-–]\s*$", left[:b])):
            continue  # "Sở Lao động - Thương binh và Xã hội": a dash inside a name
        break
    return None
