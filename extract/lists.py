"""Lists of unit names: "A, B và C", "A; B; C", one item a line, and heads shared across a list.

A list is split on semicolons when it uses them as separators (one ';' closing a comma list does not
count), else on commas, on line breaks when each line is an item ("- Sở X;", "2. Sở Y"), and on "và"
only where what follows starts a new name. A first item such as "BĐBP các tỉnh: Quảng Ninh, Lạng Sơn",
"VKSND huyện Bắc Trà My, Nam Trà My" or "Thanh tra các đơn vị: Sở Xây dựng, …" distributes its head over
the bare names after it; a person's position and workplace in a list are not further recipients.
"""
from __future__ import annotations

import re

from .text import ITEM_MARK
from .names import Name, _lex, _protect, _unprotect, looks_like_unit, starts_with_head, strip_person, trim, unit_of_position



def split_items(segment: str, offset: int = 0) -> list[tuple[str, int]]:
    """List items with their offsets; ';' separates when present, else ','; 'và' where a new name starts."""
    prot = _protect(segment)
    lines = [(m.group(), m.start()) for m in re.finditer(r"[^\n]+", prot)]
    if sum(1 for line, _ in lines if ITEM_MARK.match(line)) >= 2:  # one item a line: "- Sở X;" / "2. Sở Y"
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
            named = bare_list and bool(re.match(r"[A-ZĐ]\S*(?:\s+[A-ZĐ\d]|\s*$)", nxt))  # "… và Sơn La đã", not "… và Thống kê"
            if merged and not (starts_with_head(nxt) or proper or named or strip_person(nxt)[2]
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
