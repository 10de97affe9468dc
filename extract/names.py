"""Carving unit and person names out of Vietnamese prose.

Organisation names here are long, mostly lower case inside ("Sở Tài nguyên và Môi trường", "Hội người
cao tuổi tỉnh") and listed with commas, semicolons and "và" that also occur *inside* names. So a name is
not found by capitalisation but by where it starts (an organisation head word, a capitalised place, a
person title) and where it stops (a verb or function word from the lexicon's terminators). Lists are split
on semicolons when the list uses them, else on commas, and on "và" only where what follows starts a new
name. A first item such as "BĐBP các tỉnh: Quảng Ninh, Lạng Sơn" or "VKSND huyện Bắc Trà My, Nam Trà My"
distributes its head over the bare names that follow ("BĐBP tỉnh Lạng Sơn", "VKSND huyện Nam Trà My").
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
    if m and text[m.end():m.end() + 1].isupper() and text[m.end():].split()[0].lower() in SURNAMES:
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
    if _lex()["generic_re"].match(t) and not starts_with_head(t):
        return False
    if not (t[0].isupper() or t[0].isdigit() or starts_with_head(t)):
        return False
    if re.match(r"^\d+$", t) and not name.person:
        return True  # "quận 7" after distribution; bare digits are kept for distribute()
    if re.match(r"^(?:Năm|Ngày|Tháng|Theo|Trong|Tại|Qua|Sau|Với|Đây|Đó|Hội nghị|Kết quả|Các|Những)\b", t):
        return False
    return True


_ITEM_LINE = re.compile(r"^\s*(?:[-–+•*]|\d{1,2}[.)]|[a-zđ][.)])\s*(?=\S)")


def split_items(segment: str, offset: int = 0) -> list[tuple[str, int]]:
    """List items with their offsets; ';' separates when present, else ','; 'và' where a new name starts."""
    prot = _protect(segment)
    lines = [(m.group(), m.start()) for m in re.finditer(r"[^\n]+", prot)]
    if sum(1 for line, _ in lines if _ITEM_LINE.match(line)) >= 2:  # one item a line: "- Sở X;" / "2. Sở Y"
        return [(_unprotect(line), offset + p) for line, p in lines if line.strip(" ;,.")]
    semis, commas = prot.count(";"), prot.count(",")
    # one ';' after a run of commas closes the list ("A, B, C và D; năm 2022 do …"); more of them separate it
    sep = ";" if semis >= 2 and semis >= commas // 3 or semis == 1 and commas < 3 else ","
    items, pos = [], 0
    for part in re.split(r"[%s\n]" % re.escape(sep), prot):
        items.append((part, pos))
        pos += len(part) + 1
    bare_list = not any(starts_with_head(p.strip()) for p, _ in items[1:])
    out = []
    for part, p in items:
        sub_pos = 0
        chunks = re.split(r"\s+(?:và|cùng)\s+", part)
        merged = []
        for ch in chunks:
            nxt = ch.strip()
            proper = bool(nxt) and len(nxt.split()) <= 4 and all(w[:1].isupper() or w[:1].isdigit() for w in nxt.split())
            if merged and not (starts_with_head(nxt) or (bare_list and nxt[:1].isupper()) or proper or strip_person(nxt)[2]
                               or nxt.lower().startswith(("cá nhân", "tập thể"))):
                merged[-1] = merged[-1] + " và " + ch
            else:
                merged.append(ch)
        for ch in merged:
            i = part.find(ch, sub_pos)
            sub_pos = i + len(ch)
            out.append((_unprotect(ch), offset + p + i))
    return out


def names_in_list(segment: str, offset: int = 0, kind_prefix: str | None = None) -> list[Name]:
    """Every unit named in a list segment, with distributive heads expanded."""
    names = []
    segment = _ANY_PROVINCE.sub(" ", segment)
    workplace = False  # after "bà X, Phó Giám đốc": the unit that follows is where she works
    for item, pos in split_items(segment, offset):
        bare = item.strip(" -–•+*:;,.\t\n")
        if _lex()["position_re"].match(bare) and names and names[-1].person:
            rest, _ = unit_of_position(bare)
            workplace = not _PARENT_HEAD.match(rest)  # "Trưởng phòng X" needs its Sở; "Giám đốc Sở Y tế" has it
            continue
        n = trim(item, pos)
        if workplace and n and _PARENT_HEAD.match(n.text):
            workplace = False
            continue
        workplace = False
        if n and names and _SUB_HEAD.match(names[-1].text) and _PARENT_HEAD.match(n.text) and not names[-1].person \
                and re.fullmatch(r"\s*,\s*", segment[names[-1].end - offset:n.start - offset]):
            prev = names[-1]  # "Phòng Quản lý ngân sách, Sở Tài chính" is one unit
            names[-1] = Name(segment[prev.start - offset:n.end - offset], prev.start, n.end)
            continue
        if n and looks_like_unit(n):
            if names and re.match(r"^(?:tỉnh|thành phố|TP\.?)\s", n.text) and re.search(r"\b(?:huyện|quận|xã|thị xã|phường)\s", names[-1].text):
                prev = names[-1]  # "Chi cục … huyện Tân Thạnh, tỉnh Long An" is one name
                names[-1] = Name(segment[prev.start - offset:n.end - offset], prev.start, n.end, prev.person)
                continue
            names.append(n)
    names = _share_place(names)
    if len(names) == 2 and re.match(r"^(?:Vụ|Cục|Phòng|Ban|Viện|Văn phòng)\s+\d+$", names[0].text) and starts_with_head(names[1].text):
        a, b = names  # "Vụ 3, VKSND tối cao": a department of the organisation that follows
        names = [Name(segment[a.start - offset:b.end - offset], a.start, b.end)]
    return distribute(names, kind_prefix)


_SUB_BODY_OF_ALL = re.compile(
    r"^(Thanh tra|Công đoàn|Đoàn [Tt]hanh niên|Chi đoàn|Đoàn cơ sở|Đảng ủy|Đảng bộ|Chi bộ|Văn phòng|Hội Cựu chiến binh)"
    r"\s+các\s+(?:đơn vị|sở,? ngành|sở|cơ quan|ngành)\s*:?\s+([A-ZĐ].*)$")
_SUB_HEAD = re.compile(r"^(?:Phòng|Đội|Tổ|Khoa)\s+\S")
_PARENT_HEAD = re.compile(r"^(?:Sở|Cục|Công ty|Bệnh viện|Trường|UBND|Ủy ban|Ban|Bộ|Tổng cục|Kho bạc|Công an|Viện|Trung tâm)\b")
_ANY_PROVINCE = re.compile(r"\s(?:các\s+)?tỉnh,\s*thành(?:\s+phố)?\s(?=[A-ZĐ])")  # "BHXH tỉnh, thành Vĩnh Phúc, …"
_BARE_TAIL = re.compile(r"^(.*?\b)((?:[A-ZĐ][\w’'-]*\.?\s?)+|\d+)$")


_PLACE_TAIL = re.compile(r"\s((?:tỉnh|thành phố|huyện)\s+[A-ZĐ][\w]*(?:\s+[A-ZĐ][\w]*){0,3})$")
_PLACE_WORD = re.compile(r"\b(?:tỉnh|thành phố|TP|huyện|quận|xã|phường|thị xã|Tỉnh|Huyện|Quận)\b")


def _share_place(names: list[Name]) -> list[Name]:
    """"VKSND tỉnh Sóc Trăng, Bộ Chỉ huy Quân sự, …, Thanh tra và Công an tỉnh Sóc Trăng": a list whose
    first or last name ends with a province gives it to the names that name no place."""
    if len(names) < 3 or any(n.person for n in names):
        return names  # a person among them: a list of recipients of every level, not one level's units
    m = _PLACE_TAIL.search(names[-1].text) or _PLACE_TAIL.search(names[0].text)
    if not m:
        return names
    place = m.group(1)
    provincial = re.compile(r"^(?:Sở|Ban|Hội|Bộ)\s") if place.startswith("huyện") else None
    return [n if (_PLACE_WORD.search(n.text) or not starts_with_head(n.text) or (provincial and provincial.match(n.text)))
            else Name(f"{n.text} {place}", n.start, n.end) for n in names]


def distribute(names: list[Name], kind_prefix: str | None = None) -> list[Name]:
    """Give bare names the head of the first full one ("VKSND huyện Bắc Trà My, Nam Trà My")."""
    if not names:
        return names
    if kind_prefix:
        return [Name(n.text if starts_with_head(n.text) else f"{kind_prefix} {n.text}", n.start, n.end, n.person) for n in names]
    first = names[0].text
    sub = _SUB_BODY_OF_ALL.match(first)
    if sub:  # "Thanh tra các đơn vị: Sở Xây dựng, Sở Tài chính" -> "Thanh tra Sở Xây dựng", "Thanh tra Sở Tài chính"
        head = sub.group(1)
        out = [Name(f"{head} {sub.group(2)}", names[0].start, names[0].end)]
        return out + [n if n.person or n.text.startswith(head) else Name(f"{head} {n.text}", n.start, n.end) for n in names[1:]]
    m = re.match(r"^(.*?)\s*\b(?:các|những)\s+(tỉnh|huyện|quận|xã|phường|thành phố|thị xã|Tỉnh|Huyện)\s*:?\s*(.+)$", first)
    if m:  # "BĐBP các tỉnh: Quảng Ninh, Lạng Sơn" -> "BĐBP tỉnh Quảng Ninh", "BĐBP tỉnh Lạng Sơn"
        head = (m.group(1) + " " + m.group(2).lower()).strip()
        out = [Name(f"{head} {m.group(3)}", names[0].start, names[0].end)]
        return out + [Name(n.text if starts_with_head(n.text) else f"{head} {n.text}", n.start, n.end) for n in names[1:]]
    out, head = [], None
    for n in names:
        lead = _distributive_head(n.text)
        if lead:
            head = lead
            out.append(n)
        elif (head and not starts_with_head(n.text) and (n.text[:1].isupper() or n.text.isdigit()) and len(re.findall(r"\w+", n.text)) <= 4
              and not n.person and not _lex()["position_re"].match(n.text)):
            out.append(Name(f"{head} {n.text}", n.start, n.end))
        else:
            if starts_with_head(n.text):
                head = None
            out.append(n)
    return out


_NARROW_HEADS = ("Sở", "Ban", "Hội", "Công ty", "Trường", "Cục")


def _distributive_head(text: str) -> str | None:
    """The part of a full name that bare names after it share: "VKSND huyện Bắc Trà My" -> "VKSND huyện",
    "Quận 1" -> "Quận", "BHXH Vĩnh Phúc" -> "BHXH"; never a head that starts many different units ("Sở")."""
    if not starts_with_head(text):
        return None
    m = _BARE_TAIL.match(text)
    if not m:
        return None
    head = m.group(1).strip()
    inner = re.match(r"((?:huyện|Huyện|quận|Quận|tỉnh|Tỉnh|thị xã|Thị xã)\s+(?:Hội|Đoàn|Công an))\s+\S+\s+\S+", text)
    if inner and head in ("", "huyện", "Huyện", "quận", "Quận", "tỉnh", "Tỉnh", "thị xã", "Thị xã"):
        head = inner.group(1)  # "Huyện Hội Hòa Thành, Trảng Bàng": a district chapter, the chapter is shared
    if not head:  # all capitalised: the head is the organisation word itself
        h = _lex()["head_re"].match(text)
        head = h.group(0).strip() if h and h.end() < len(text) and h.group(0).strip().isupper() else ""
    return head if head and head not in _NARROW_HEADS else None


_FILLER_TAIL = re.compile(
    r"(?:[\s(,]|^)(?:là|làm|kiêm|đơn vị|Đơn vị|đại diện|Đại diện|được bầu|được bầu là|được bầu làm|được suy tôn|được|bầu|"
    r"đảm nhận|giữ|vinh dự|vinh dự được|đã|và được|được xếp|và)\s*$"
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
