"""Memberships: a cluster's composition and who chairs / vice-chairs it, per year.

Three shapes carry them: a composition list ("Cụm … gồm 5 đơn vị: A là Trưởng cụm; B …"), a role
statement ("X là / làm / được bầu làm Trưởng khối năm 2021", "bầu Trưởng khối năm 2014 là X",
"Giám đốc Sở X, Khối trưởng …", "X (Khối phó)"), and units the cluster ranks or nominates (added by
`extract.facts`). A role for next year is recognised by an election verb or an explicit year.
"""
from __future__ import annotations

import re

from . import years
from .clusters import cluster_in
from .lists import names_in_list, split_items
from .names import Name, name_before, trim, unit_of_position, starts_with_head
from .text import Sentence

_KIND_PREFIX = re.compile(
    r"^\s*(?:\d+\s+)?(?:các\s+(?=đơn vị|cơ quan))?(?:(?:đơn vị|cơ quan|sở, ngành|sở,? ban,? ngành|tổ chức hội|tổ chức|trường|địa phương|doanh nghiệp|thành viên)\s*,?\s*)*"
    r"(?:đơn vị\s*)?(?:bao gồm|gồm)?\s*(?:(?:(?<=\d\s)|(?:các|\d+)\s+)(xã|phường|huyện|quận|tỉnh|thành phố|thị xã|đơn vị|cơ quan|sở|địa phương|trường)\b(?=\s*[:,]|(?-i:\s+[A-ZĐ\d])))?\s*[:;]?\s*",
    re.IGNORECASE,
)
_LIST_END = re.compile(r"(?<!\n\d)(?<!\n\d\d)(?<!^\d)\.\s|\s(?:trong đó|đã tổ chức|tổ chức|đã|thuộc|đạt|với)\s|$")
_AFTER_ROLE = re.compile(r"^\s*(?:(?:Cụm|Khối|cụm|khối)(?:\s+thi đua)?[^,;:.]{0,60}?)?(?:\s*năm\s+\d{4})?\s*(?:là|:|sang|cho|giao cho)\s+", re.IGNORECASE)
_ELECT = re.compile(r"\b(?:bầu|suy tôn|bàn giao|chuyển giao|đề cử|giới thiệu|thống nhất|cử)\b", re.IGNORECASE)
ROLE_RANK = {"chair": 3, "vice_chair": 2, "member": 1}
_ROLE_TAIL = re.compile(r"^\s*[(,\-–]?\s*(?:là|làm)?\s*(?:đơn vị\s+)?(?:phó\s+)?(?:trưởng|phó)?\s*(?:cụm|khối)?\s*(?:trưởng|phó)?", re.IGNORECASE)
_ELECT_BEFORE = re.compile(r"(?:bầu|giới thiệu|cử|kiện toàn|bàn giao|chuyển giao)\s*(?:ra\s+)?(?:(?!là\b|làm\b|đơn vị\b)[^\s,]+\s+){0,2}(?:[^\s,]+\s*,\s*)?$", re.IGNORECASE)
_COMPANION = re.compile(r"\bcùng(?: với)? các\s+")


def _role_spans(sent: Sentence) -> list[tuple[str, int, int]]:
    vice = sent.spans("VICE")
    out = [("vice_chair", s, e) for s, e in vice]
    for s, e in sent.spans("CHAIR"):
        if not any(vs <= s and e <= ve for vs, ve in vice):
            out.append(("chair", s, e))
    out.sort(key=lambda r: r[1])
    # keep the longest of overlapping triggers
    kept = []
    for r in out:
        if kept and r[1] < kept[-1][2]:
            continue
        kept.append(r)
    return kept


def _role_year(sent: Sentence, s: int, e: int, ctx_year: int | None) -> int | None:
    text = sent.text
    if years.in_span(text, e) or re.match(r"\s*(?:giai đoạn|nhiệm kỳ)", text[e:e + 15]):
        return None
    y = years.year_near(text, e, window=60, after_only=True)
    if y:
        return y
    if _ELECT.search(text[:s]) or _ELECT.search(text[e:e + 40]):
        later = [yy for yy, p in years.years_in(text) if p > e]
        if later:
            return later[0]
        return ctx_year + 1 if ctx_year else None
    y = years.year_near(text, s, window=150)
    return y or ctx_year


def _fact(role, cluster, name: Name, year, sent: Sentence):
    return {"kind": "membership", "cluster": cluster, "unit": name.text, "year": year, "role": role,
            "_sent": sent}


def compositions(sent: Sentence, cluster: str | None, ctx_year: int | None) -> list[dict]:
    text = sent.text
    out = []
    triggers = [(s, e, False) for s, e in sent.spans("COMPOSE") + sent.spans("MEMBERS")]
    # a list in parentheses right after a cluster's name: "Cụm thi đua số 1 (Quận 1, 3, Tân Bình)"
    for m in re.finditer(r"(?:[Cc]ụm|[Kk]hối)[^()]{0,40}\(([^()]{5,200})\)", text):
        if "," in m.group(1):
            triggers.append((m.start(1) - 1, m.start(1), True))
    if not re.search(r"[Cc]ụm|[Kk]hối|thành viên", text):
        return out
    if sent.has("CHAIR"):
        for m in _COMPANION.finditer(text):
            triggers.append((m.start(), m.end(), False))
    for s, e, in_paren in sorted(triggers):
        if re.search(r"(?:cụm|khối)$", text[s:e], re.IGNORECASE):
            # "thành viên trong Khối X: A, B" lists after the cluster's name; "các thành viên trong
            # Khối X tiếp tục quán triệt …" lists nothing
            intro = re.search(r":|\s(?:gồm|là)\s", text[e:e + 100])
            if not intro:
                continue
            e += intro.end()
        rest = text[e:]
        kp = _KIND_PREFIX.match(rest)
        kind = kp.group(1).lower() if kp and kp.group(1) else None
        if kind in ("đơn vị", "cơ quan", "sở", "địa phương", "trường"):
            kind = None
        start = e + (kp.end() if kp else 0)
        seg = text[start:]
        if in_paren:
            seg = seg[: seg.find(")")] if ")" in seg else seg
        end = _LIST_END.search(seg)
        seg = seg[: end.start()] if end else seg
        if seg.count(",") + seg.count(";") + len(re.findall(r"\svà\s", seg)) < 1:
            continue
        lead = re.match(r"\s*(?:Trong\s+)?[Nn]ăm\s+(\d{4})\b", text)
        yr = years.year_near(text, s, window=40) or (int(lead.group(1)) if lead else None) or ctx_year
        of = cluster_in(text, s, cluster) or cluster
        if of is None:
            continue  # "tặng Cờ cho các đơn vị dẫn đầu Cụm, Khối thi đua, gồm: …" lists recipients, not a cluster
        names = names_in_list(seg, start, kind_prefix=kind)
        for k, n in enumerate(names):
            nxt = names[k + 1].start if k + 1 < len(names) else start + len(seg)
            tail = text[n.end:nxt]
            role = "member"
            rt = _ROLE_TAIL.match(tail)
            if rt and re.search(r"khối|cụm", rt.group(), re.IGNORECASE):
                if re.search(r"phó", rt.group(), re.IGNORECASE):
                    role = "vice_chair"
                elif re.search(r"trưởng", rt.group(), re.IGNORECASE):
                    role = "chair"
            out.append(_fact(role, of, n, yr, sent))
    return out


def _holder_after_person(text: str, e: int) -> Name | None:
    """"Đồng chí Khối trưởng Nguyễn Thị Kim Chi, Ủy viên …, Giám đốc Sở Giáo dục chủ trì": the unit of
    the position that follows the person's name."""
    m = re.match(r"\s+((?:[A-ZĐ][\w]*\s?){2,4})", text[e:])
    if not m:
        return None
    pos = e + m.end()
    for seg in re.finditer(r"[^,;]+", text[pos:pos + 200]):
        chunk = seg.group().strip()
        rest, dropped = unit_of_position(chunk)
        if rest != chunk and starts_with_head(rest):
            n = trim(rest, pos + seg.start() + dropped)
            if n and not n.person:
                return n
    return None


_TAKES_ROLE = re.compile(r"(?:giữ|đảm nhận|đảm nhiệm|với|làm|nhận)\s+(?:vai trò|nhiệm vụ|trách nhiệm)\s+(?:là\s+)?$")
_AGENT = re.compile(r"(?<!\w)do\s+([^,;:()]{2,80}?)\s+(?:làm|là|giữ vai trò)\s+(?:đơn vị\s+)?$")


def _agent_before(text: str, s: int) -> Name | None:
    """"Hội nghị … do Đồng Nai làm Cụm trưởng": the unit between "do" and "làm", even a bare place
    that no head word announces (the clause's subject is the event, not the chair)."""
    m = _AGENT.search(text[:s])
    if not m:
        return None
    n = trim(m.group(1), m.start(1))
    return n if n and not n.person and n.text[:1].isupper() else None


def _respectively(sent: Sentence, cluster: str | None, ctx_year: int | None) -> tuple[list[dict], set[int]]:
    """"Cụm trưởng, Cụm phó năm 2024 lần lượt là A và B": the roles in order, the names in order."""
    text = sent.text
    m = re.search(r"lần lượt là\s+", text)
    roles = [r for r in _role_spans(sent) if m and r[2] <= m.start() and m.start() - r[2] <= 60]
    if len(roles) < 2:
        return [], set()
    names = [n for n in names_in_list(text[m.end():], m.end()) if not n.person]
    out = []
    for (role, s, e), n in zip(roles, names):
        year = _role_year(sent, roles[0][1], roles[-1][2], ctx_year)
        out.append(_fact(role, cluster_in(text, e, cluster) or cluster, n, year, sent))
    return out, {s for _, s, _ in roles}


def role_statements(sent: Sentence, cluster: str | None, ctx_year: int | None) -> list[dict]:
    text = sent.text
    out, done = _respectively(sent, cluster, ctx_year)
    for role, s, e in _role_spans(sent):
        if s in done:
            continue
        name = None
        after = _AFTER_ROLE.match(text[e:])
        if after:
            rest_start = e + after.end()
            nxt = [rs for _, rs, _ in _role_spans(sent) if rs > rest_start]
            rest = text[rest_start: nxt[0] if nxt else len(text)]
            items = split_items(rest, rest_start)
            if items:
                n = trim(*items[0])
                if n and re.match(r"^(?:Chủ tịch|Giám đốc|Lãnh đạo|Bí thư|Đại diện)", n.text):
                    u, dropped = unit_of_position(n.text)
                    n = Name(u, n.start + dropped, n.end) if starts_with_head(u) else None
                if n and (starts_with_head(n.text) or n.text[:1].isupper()) and not n.person:
                    name = n
        if name is None:
            before = text[:s]
            if (re.search(r"(?:vai trò|nhiệm vụ|trách nhiệm)\s+(?:là\s+)?$", before) and not _TAKES_ROLE.search(before)) \
                    or _ELECT_BEFORE.search(before):
                continue  # "bàn giao nhiệm vụ Cụm trưởng" hands it over; "X giữ vai trò Khối trưởng" holds it
            name = _agent_before(text, s) or name_before(text, s)
        if name is None:
            name = _holder_after_person(text, e)
        if name is None or name.person:
            continue
        year = ctx_year if re.search(r"\bdo\s+$", text[:name.start]) else _role_year(sent, s, e, ctx_year)
        out.append(_fact(role, cluster_in(text, e, cluster) or cluster, name, year, sent))
    return out
