"""Awards: which unit or person is proposed for, or given, which award by whom, for which year.

The award is found by the matcher (Cờ thi đua, Bằng khen, Huân chương …) and widened to its full name
("Huân chương Lao động hạng Ba", Cờ "Đơn vị dẫn đầu …"); "của G" or a known grantor inside the name
gives the grantor. Recipients stand after "cho" / "là", or before the verb ("X nhận / đạt / được tặng /
vinh dự được G trao tặng …"). The status is *proposed* when the sentence proposes or votes before the
award (đề nghị, trình, suy tôn, bình xét …) — "theo đề nghị của" does not count — else *conferred*.
"""
from __future__ import annotations

import re

from . import years
from .data import load
from .lists import names_in_list
from .names import Name, name_before, starts_with_head, is_person_name
from .text import Sentence

_NAME_END = re.compile(r"\s(?:của|cho|năm|vì|đối với|và tặng|và trao|và|là|do|tại|để|với|trong|nhân dịp|gồm|tặng|lên)\b|[,;.():]|$")
_FLAG_SKIP = re.compile(r"^[Cc]ờ\s+(?:luân lưu|truyền thống|Cụm trưởng|cụm trưởng|Khối trưởng|khối trưởng|Tổ quốc|đỏ)")
# words that make an award a proposal or a cluster's vote ("theo đề nghị của" excepted, see _PROPOSE_BAD)
PROPOSING = re.compile(r"đề nghị|đề xuất|trình|lấy ý kiến|suy tôn|bình xét|bình chọn|bình bầu|bầu chọn|bỏ phiếu|phiếu|"
                       r"đủ tiêu chuẩn|xét tặng", re.IGNORECASE)
_PROPOSE_BAD = re.compile(r"theo\s+$|của\s+$")
_CUE = re.compile(r"(?:suy tôn|đề nghị|bình chọn|bầu chọn|bình xét|bỏ phiếu thống nhất|thống nhất|biểu quyết|trong đó|gồm|Kết quả|theo đó|:)\s*", re.IGNORECASE)
_DANH_HIEU = re.compile(r"^danh hiệu\s*(?:[“\"]([^”\"]{3,80})[”\"]|([^”\".,;:()]{3,60}?)(?=\s+(?:năm|cho|vì|của|do|và|đối với)\s|[.,;:()]|$))", re.IGNORECASE)
_GENERIC_RECIPIENT = re.compile(r"^(?:\d+\s|các\s|những\s|một số|tập thể|cá nhân|đơn vị\b|Công ty$|Đơn vị\b)", re.IGNORECASE)


def _award_name(text: str, s: int, e: int) -> tuple[str, str | None, int]:
    """(award, grantor or None, end offset of the whole award phrase)."""
    head = text[s:e]
    rest = text[e:]
    if re.search(r"(?:nhiều|các)\s+$", text[max(0, s - 8):s]) or re.match(r"\s*(?:cao quý|các loại)", rest):
        return "", None, e  # "nhiều huân chương cao quý" names no award
    if re.search(r"đủ tiêu chuẩn\s+(?:\w+\s+){0,3}$", text[max(0, s - 40):s]):
        return "", None, e  # "đủ tiêu chuẩn tặng Cờ X để đề nghị tặng Cờ Y": a threshold, not an award
    if head.lower().startswith("danh hiệu") and re.search(r"đối với[^.;]{0,30}$", text[max(0, s - 40):s]):
        return "", None, e  # "cờ … đối với đơn vị đạt danh hiệu X": a criterion, not a second award
    if head.lower().startswith("danh hiệu"):
        m = _DANH_HIEU.match(text[s:])
        if not m:
            return "", None, e
        return (m.group(1) or m.group(2)).strip(), None, s + m.end()
    if rest.startswith((" “", " \"", "“", "\"")):
        q = re.match(r"\s*[“\"]([^”\"]{3,80})[”\"]", rest)
        if q:
            name = f"{head} “{q.group(1)}”"
            return name, _grantor_after(text, e + q.end()), e + q.end()
    m = _NAME_END.search(rest)
    tail = rest[: m.start()] if m else rest
    name = (head + tail).strip()
    end = e + len(tail)
    grantor = None
    for g in sorted(load("lexicon.json")["grantors"], key=len, reverse=True):
        if name.endswith(" " + g):
            name, grantor = name[: -len(g) - 1].strip(), g
            break
    grantor = grantor or _grantor_after(text, end)
    return name, grantor, end


_GRANTOR_AFTER = re.compile(r"\s*(?:của|do)\s+([^,;.()]+?)(?=\s(?:cho|năm|vì|đối với|và|trao|tặng|do|được)\b|[,;.()]|$)")


def _grantor_after(text: str, pos: int) -> str | None:
    m = _GRANTOR_AFTER.match(text[pos:])
    return m.group(1).strip() if m else None


def _grantor_before(text: str, s: int) -> str | None:
    m = re.search(r"(?:đề nghị|được|xét đề nghị)\s+([A-ZĐ][^,;.()]{2,60}?)\s+(?:xét\s+)?(?:trao tặng|tặng thưởng|tặng|trao)\s*$", text[:s])
    if m:
        return _last_agent(m.group(1))
    m = re.search(r"((?:Chủ tịch nước|Thủ tướng Chính phủ|Chủ tịch UBND tỉnh|UBND tỉnh|Chính phủ|Bộ [A-ZĐ][\w ]{2,30}?|[A-ZĐ][^,;.()]{2,50}?))\s+(?:đã\s+)?(?:trao tặng|tặng thưởng|tặng|trao)\s*$", text[:s])
    if m and re.search(r"(?<!\w)(?:được|đề nghị|nhận|đã)(?!\w)", m.group(1)):
        agent = _last_agent(m.group(1))
        if agent == m.group(1).strip():
            return None  # "X được đề nghị tặng": X is the recipient, not who gives
        return agent if starts_with_head(agent) or agent.startswith(("Chủ tịch", "Thủ tướng")) else None
    if m and starts_with_head(m.group(1)) or (m and m.group(1).startswith(("Chủ tịch", "Thủ tướng"))):
        return m.group(1).strip()
    return None


def _last_agent(phrase: str) -> str:
    """"UBND tỉnh cũng trình Thủ tướng Chính phủ" -> "Thủ tướng Chính phủ": who gives is the last
    one asked; the ones before only propose."""
    parts = re.split(r"\s(?:cũng\s+|đã\s+)?(?:trình|đề nghị|đề xuất|xét đề nghị)\s+(?=[A-ZĐ])", phrase.strip())
    return parts[-1].strip()


def _recipients_after(text: str, pos: int) -> list[Name] | None:
    """Names after "cho" / "là" / "gồm:"; None when the award has no such complement, [] when it
    has one that names no one ("cho 20 tập thể xuất sắc")."""
    m = re.match(r"\s*(?:năm\s+\d{4}\s*)?(?:xuất sắc\s*)?(?:(?:đã\s+)?được\s+(?:trao tặng|trao|tặng)\s+)?"
                 r"(?:cho|là|gồm có|gồm|:|tặng|trao tặng|trao cho|,?\s*trong đó có)\s*:?\s+", text[pos:])
    if not m:
        return None
    start = pos + m.end()
    seg = text[start:]
    lines = re.match(r"[^\n.;]{0,80}:[ \t]*\n", seg)
    if lines:  # "cho các tập thể sau:" and one recipient a line
        start, seg = start + lines.end(), seg[lines.end():]
        return [n for n in names_in_list(seg, start) if is_recipient(n)]
    stop = re.search(r"[;()]|\.\s|\s(?:vì|đã|đối với|và tặng|và trao|về|trong|nhân dịp|có thành tích|được)\s|$", seg)
    seg = seg[: stop.start()]
    listed = re.search(r"(?:gồm có|bao gồm|gồm|là)\s*:\s*|:\s*", seg)
    if listed:  # "cho 3 tập thể dẫn đầu phong trào thi đua năm 2022, gồm: A, B và C"
        start, seg = start + listed.end(), seg[listed.end():]
    return [n for n in names_in_list(seg, start) if is_recipient(n)]


_VERBS = re.compile(r"(?<!\w)(?:vinh dự được|vinh dự|được|nhận|đón nhận|đạt|giành|đề nghị|là)(?!\w)")
_GRANTOR_REGION = re.compile(r"(?:xét\s+)?(?:trao tặng|tặng thưởng|tặng|trao|xét|gắn)\s*$")
_COUNTED_PAREN = re.compile(r"\d+\s+(?:tập thể|đơn vị|cá nhân)[^()]{0,60}\(([^()]+)\)")


def _recipients_before(text: str, s: int, floor: int) -> list[Name]:
    """Names standing before the award's verb. The text is cut at verbs (được, nhận, đạt, đề nghị …);
    the nearest piece that names units wins, except a piece ending in "tặng"/"trao", which names the
    grantor ("được Chủ tịch UBND tỉnh trao tặng")."""
    left = text[floor:s]
    m = _COUNTED_PAREN.search(left)
    text = text[:floor] + _PAREN.sub(lambda p: " " * len(p.group()), left) + text[s:]  # "(Quận 1, 3, 5)" explains, it does not receive
    if m:  # "2 tập thể có thành tích xuất sắc (A và B) đề nghị … tặng"
        names = [n for n in names_in_list(m.group(1), floor + m.start(1)) if is_recipient(n)]
        if names:
            return names
    cuts = [(floor + v.start(), floor + v.end()) for v in _VERBS.finditer(left)]
    bounds = [(None, floor)] + cuts + [(s, None)]
    for k in range(len(bounds) - 1, 0, -1):
        a = bounds[k - 1][1]
        b = bounds[k][0]
        region = text[a:b]
        if not region.strip():
            continue
        if _GRANTOR_REGION.search(region):
            if k - 1 == 0:
                return []  # "Ông X … đã trao Huân chương": the subject gives, it does not receive
            continue
        if k > 1 and text[bounds[k - 1][0]:bounds[k - 1][1]].endswith("được") and _VOTED.search(region):
            continue  # "được các đơn vị trong Khối bình chọn, suy tôn": who votes, not who receives
        if k - 1 == 0:
            cues = list(_CUE.finditer(region))
            if cues:
                sub = region[cues[-1].end():]
                names = [n for n in names_in_list(sub, a + cues[-1].end()) if is_recipient(n) and not _after_place_word(text, n)]
                if names:
                    return names
        names = [n for n in names_in_list(region, a) if is_recipient(n) and not _after_place_word(text, n)]
        if names:
            return names
        if _GROUP.search(region):
            return []  # "công nhận 3 đơn vị xuất sắc … để đề nghị tặng": the group is the recipient
        subject = name_before(text, b)
        if (subject and subject.start >= a and is_recipient(subject) and not _after_place_word(text, subject)
                and _ADVERB_ONLY.match(text[a:subject.start].lstrip(" ,")) and _ADVERB_ONLY.match(text[subject.end:b])):
            return [subject]  # "nhiều năm qua Liên đoàn Lao động tỉnh đã 2 lần được tặng": the clause's subject
    return []


_VOTED = re.compile(r"(?:bình chọn|suy tôn|bình xét|bầu chọn|bầu|xét|khen thưởng|công nhận)\W*$")
_ADVERB_ONLY = re.compile(r"^[^A-ZĐ,;:()]{0,40}$")  # lower-case words only: "nhiều năm qua", "đã 2 lần"
_PAREN = re.compile(r"\([^()]*\)")
_RECALLED = re.compile(r"(?<!\w)(?:\d+|nhiều|hai|ba|bốn|năm)\s+lần\s+(?:liên tục\s+|liền\s+)?(?:được|nhận|đón nhận)", re.IGNORECASE)
_GROUP = re.compile(r"(?<!\w)(?:\d+|các|những)\s+(?:đơn vị|tập thể|cá nhân)(?!\w)", re.IGNORECASE)


def _after_place_word(text: str, n: Name) -> bool:
    """"tại huyện Thanh Bình, tỉnh Đồng Tháp" is where, not who."""
    if not re.match(r"(?:tỉnh|huyện|thành phố|TP|xã|phường|quận|thị xã)\b", n.text, re.IGNORECASE):
        return False
    return bool(re.search(r"(?<!\w)(?:tại|ở|về)\s+(?:[^,;]{0,40},\s*)?$", text[max(0, n.start - 50):n.start]))


def is_recipient(n: Name) -> bool:
    """A real recipient: a unit with a head word, a brand, or a person; not "các tập thể" or a grantor."""
    if n.person:
        return len(n.text.split()) >= 2
    if _GENERIC_RECIPIENT.match(n.text) or _GRANTOR_LIKE.match(n.text):
        return False
    words = n.text.split()
    if starts_with_head(n.text) and len(words) == 1:
        return len(n.text) >= 4 and n.text not in _BARE_HEADS  # a brand: "THACO", "Viettel"
    return starts_with_head(n.text) and len(words) >= 2 or n.text.isupper() and len(n.text) >= 3 or is_person_name(n.text)


_GRANTOR_LIKE = re.compile(r"^(?:UBND|Ủy ban nhân dân|Chủ tịch|Thủ tướng|Chính phủ|Hội đồng)\b(?:\s+(?:tỉnh|TP|Tỉnh|thành phố|huyện))?\s*$|^Hội đồng\b")
_BARE_HEADS = {"Sở", "Ban", "Hội", "Cục", "Vụ", "Bộ", "Đài", "Báo", "Trường", "Đoàn", "Phòng", "Viện", "Huyện", "Quận", "Tỉnh"}


# what the award is for: "vì đã hoàn thành xuất sắc, toàn diện nhiệm vụ năm 2020", "cho các đơn vị dẫn đầu … năm 2021"
_ACHIEVED = re.compile(r"(?:thành tích|(?<!\w)vì(?!\w)|dẫn đầu|hoàn thành)[^.;:]{0,80}?năm\s+(\d{4})")
_LIST_HEADER_YEAR = re.compile(r"năm\s+(\d{4})[^.;:\d]{0,25}:")


def _award_year(text: str, s: int, end: int, ach_year: int | None, ctx_year: int | None,
                first_date: int | None = None, proposed: bool = False) -> int | None:
    """The award's own year ("Cờ thi đua năm 2020", "… năm 2019”"), else the year its clause names
    before it ("trong năm 2015, được đề nghị tặng …"), else "thành tích … năm Y" after it, else the
    article's achievement year, the sentence's date, the article's review year."""
    clause = re.split(r"[,;\n]|\sđồng thời\s", text[end:end + 60])[0]
    y = years.year_near(text[s:end] + clause, 0, window=len(text[s:end]) + 50, after_only=True)
    if y:
        return y
    before = [yy for yy, p in years.years_in(text[:s]) if s - p <= 100]
    if before:
        return before[-1]
    header = list(_LIST_HEADER_YEAR.finditer(text[:s]))
    if header and not years.in_span(text, header[-1].start(1)):
        return int(header[-1].group(1))  # "khen thưởng … năm 2018 gồm: A nhận Cờ …, B nhận Bằng khen …"
    m = _ACHIEVED.search(text[end:])
    if m and not years.in_span(text, end + m.start(1)):
        return int(m.group(1))
    if proposed:  # a cluster's vote at its review: the review's year
        return years.date_year(text) or ctx_year or ach_year
    return years.date_year(text) or ach_year or first_date or ctx_year


def awards(sent: Sentence, ctx_year: int | None, ach_year: int | None = None, first_date: int | None = None) -> list[dict]:
    text = sent.text
    spans = []
    for s, e in sorted(sent.spans("AWARD"), key=lambda x: (x[0], -(x[1] - x[0]))):
        if spans and s < spans[-1][1]:
            continue
        spans.append((s, e))
    out = []
    floor = 0
    for s, e in spans:
        if _FLAG_SKIP.match(text[s:]) or (text[s:e].lower() == "cờ" and not re.match(r"\s*(?:[“\"]|đơn vị|dẫn đầu|UBND|của|Chính)", text[e:])):
            continue
        award, grantor, end = _award_name(text, s, e)
        if not award:
            continue
        grantor = grantor or _grantor_before(text, s)
        if grantor is None and out and re.search(r"\svà\s+(?:đề nghị\s+)?(?:tặng|trao)\s*$", text[floor:s]):
            grantor = out[-1]["grantor"]  # "đề nghị UBND tỉnh tặng Cờ … cho X và tặng Bằng khen cho Y"
        if re.search(r"(?:không|chưa|rút)\s+(?:\w+\s+){0,2}$", text[max(0, s - 20):s]):
            continue  # "xin rút không nhận cờ thi đua"
        g_end = _GRANTOR_AFTER.match(text[end:])
        after_end = end + (g_end.end() if g_end else 0)
        recipients = _recipients_after(text, after_end)
        complement = recipients is not None
        if recipients is None:
            recipients = _recipients_before(text, s, floor)
        if (not recipients and not complement and out and not re.search(r"[.]", text[floor:s])
                and not re.search(r"\d+\s+(?:đơn vị|tập thể|cá nhân)|các|một số", text[floor:s])):
            recipients = out[-1]["_names"]  # "… 2 lần được tặng cờ …; 3 lần được tặng cờ …"
        clause = text[floor:s]
        floor = max(after_end, recipients[-1].end if recipients and recipients[-1].start >= s else after_end)
        before = text[:s]
        proposed = False
        for m in PROPOSING.finditer(before):
            if not _PROPOSE_BAD.search(before[: m.start()]):
                proposed = True
        y = _award_year(text, s, end, ach_year, ctx_year, first_date, proposed)
        if years.in_span(text, end + 5) or (_RECALLED.search(clause) and not years.year_near(text, end, 30, True)):
            y = None  # "đã 2 lần được tặng Cờ thi đua": past awards whose years the text does not give
        fact = {"kind": "award", "recipient": None, "award": award, "grantor": grantor, "year": y,
                "status": "proposed" if proposed else "conferred", "_sent": sent, "_names": recipients}
        if not recipients:
            out.append({**fact, "_orphan": True})  # coref.py may find who in a neighbouring sentence
        for r in recipients:
            out.append({**fact, "recipient": r.text, "_person": r.person})
    return out
