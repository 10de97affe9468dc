"""Cluster mentions and role words, as chunks.

A cluster is written "Cụm thi đua II - Các doanh nghiệp Trung ương", "Khối thi đua số 5", "Khối 9",
"cụm bảy tỉnh biên giới phía bắc", "Khối thi đua các sở, ngành kinh tế", "Cụm Thi đua số 6 (Khối Văn
hóa - Xã hội)", "Cụm thi đua số 8, Bộ Công an". The name runs from the head word (clusters.yml) over an
optional number ("số II", "2", "số bảy") and a descriptor, up to a verb, a function word, a year or
punctuation; a descriptor keeps the commas of a plural list ("các huyện, thị xã, thành phố") and takes
"thuộc <unit>" and ", Bộ <X>" because they say whose cluster it is. A mention with neither number nor
descriptor ("Cụm", "các đơn vị trong khối") is generic: it stands for the article's main cluster.

A role phrase ("Trưởng cụm", "Khối phó", "đơn vị Cụm trưởng") is a ROLE chunk; when it names the
cluster too ("Trưởng Cụm thi đua số II") the cluster is kept on the chunk.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocab
from .chunkbase import PUNCT, VERBS, Chunk, Context, abbreviation_dot
from .names import org_extent
from .nameshapes import opens_person

_ROMAN = re.compile(r"^[IVXL]{1,5}$")
_ROLES = ("ROLE:vice_chair", "ROLE:chair", "ROLE:member")
ROLES = frozenset(_ROLES)
OPENERS = ROLES | {"CLUHEAD"}  # role_chunk and cluster_chunk give None at a token with none of these
_DESC_STOP = set(VERBS) - {"AND"} | {"TERM", "ROLE:chair", "ROLE:vice_chair", "AWARDHEAD", "ANAPHOR", "TITLE",
                                     "POSITION", "NOTAWARD"}
_MAX_DESC = 14


def role_chunk(ctx: Context, i: int, ty: dict[str, int]) -> Chunk | None:
    roles = [(ty[r], r) for r in _ROLES if r in ty]
    if not roles:
        return None
    end, label = max(roles)
    if label == "ROLE:member" and ("COUNTED" in ty or "GENERIC" in ty and ty["GENERIC"] > end):
        return None
    c = ctx.chunk("ROLE", i, end, role=label.split(":")[1])
    if ctx.tokens[end - 1].low in _head_tails():  # "Trưởng cụm thi đua số 2" names its cluster
        number, j = _number(ctx, end)
        if number is None and not _period_at(ctx, end):
            j = _descriptor(ctx, end)  # "Khối trưởng Khối Thi đua Văn hóa - Xã hội", "… các doanh nghiệp nhà nước"
            if _goes_on(ctx, j):
                j = end  # "Khối phó Khối thi đua các cơ quan Đảng, Mặt trận Tổ quốc và …": cut short, it names none
        if j > end:
            head = ctx.text[_head_start(ctx, i, end):ctx.tokens[j - 1].end]
            c.j, c.end = j, ctx.tokens[j - 1].end
            c.text = ctx.text[c.start:c.end]
            c.attrs.update(cluster=head, number=number)
    return c


def _goes_on(ctx: Context, j: int) -> bool:
    """A descriptor that stops at a comma before a capital may go on in names it cannot read ("các cơ quan Đảng,
    Mặt trận Tổ quốc và các đoàn thể tỉnh" is one cluster's name, not a cluster and a unit)."""
    toks = ctx.tokens
    return j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].cap


def _head_start(ctx: Context, i: int, end: int) -> int:
    """Where the cluster's own name opens inside a role phrase: its head word that no role word follows ("Khối
    trưởng Khối thi đua số 5" -> "Khối thi đua số 5"; "Trưởng cụm thi đua số 2" -> "cụm thi đua số 2")."""
    toks, heads, roles = ctx.tokens, vocab.words("clusters", "head_words"), vocab.words("clusters", "role_words")
    for k in range(i, end):
        if toks[k].low in heads and not (k + 1 < end and toks[k + 1].low in roles):
            return toks[k].start
    return toks[i].start


def cluster_chunk(ctx: Context, i: int, ty: dict[str, int]) -> Chunk | None:
    if "CLUHEAD" not in ty:
        return None
    toks = ctx.tokens
    j = ty["CLUHEAD"]
    number, j = (None, j) if _period_at(ctx, j) else _number(ctx, j)
    d = j if number is None and _period_at(ctx, j) else _descriptor(ctx, j)
    c = ctx.chunk("CLU", i, d)
    c.attrs.update(number=number, generic=number is None and d == j, name=c.text.strip(" ,-–"))
    if (toks[i].low in vocab.words("clusters", "head_words") and i > 0 and ty["CLUHEAD"] == i + 1
            and toks[i - 1].low in vocab.words("clusters", "role_words") and number is not None):
        c.attrs["generic"] = True  # "Phó khối 1" is the first vice-chair, not cluster number 1 ("… là đơn vị cụm
        # trưởng Cụm thi đua số II": a cluster named in full after the role is one; a page of a probe audit)
    return c


def _period_at(ctx: Context, j: int) -> bool:
    """"dẫn đầu cả 2 cụm thi đua 6 tháng đầu năm": a number of months after the head is a period, not the
    cluster's number."""
    toks = ctx.tokens
    return j + 1 < len(toks) and toks[j].text.isdigit() and toks[j + 1].low == vocab.word("time", "month_word")


def _number(ctx: Context, j: int) -> tuple[int | str | None, int]:
    toks, n = ctx.tokens, len(ctx.tokens)
    k = j
    if k < n and toks[k].low == vocab.word("clusters", "number_word"):
        k += 1
    if k < n:
        t = toks[k].text
        if t.isdigit() and len(t) <= 2:
            return int(t), k + 1
        if _ROMAN.match(t):
            return t, k + 1
        if k > j and toks[k].low in vocab.cluster_numbers():
            return vocab.cluster_numbers()[toks[k].low], k + 1
    return None, j


def _descriptor(ctx: Context, j: int) -> int:
    """End token of what follows a cluster head and number and still names the cluster."""
    toks, n = ctx.tokens, len(ctx.tokens)
    k = j
    if k + 1 < n and toks[k].text == "(" and "CLUHEAD" in ctx.types(k + 1):
        close = next((x for x in range(k + 1, min(n, k + 16)) if toks[x].text == ")"), None)
        if close:
            return close + 1  # "Cụm Thi đua số 6 (Khối Văn hóa - Xã hội)"
    if k + 1 < n and toks[k].text == "," and toks[k + 1].text in vocab.load("clusters")["organiser_heads"]:

        return org_extent(ctx, k + 1, k + 2, allow_place_comma=False)  # "Cụm thi đua số 8, Bộ Công an"
    start = k
    if k < n and not _opens_descriptor(ctx, k):
        return k
    has_cac = False
    while k < n and k - start < _MAX_DESC:
        t = toks[k]
        ty = ctx.types(k)
        if "BELONG" in ty:
            nxt = ty["BELONG"]
            if nxt < n and ("HEAD" in ctx.types(nxt) or "GRANTOR" in ctx.types(nxt)):

                return org_extent(ctx, nxt, max(ctx.types(nxt).values()), allow_place_comma=False)
            if nxt < n and toks[nxt].cap:
                k = nxt  # "Cụm Thi đua 5 LĐLĐ thành phố trực thuộc Trung ương"
                continue
            break
        if "FIELD" in ty:
            k = ty["FIELD"]  # "các tổ chức chính trị - xã hội": a field's own dash and comma
            continue
        if t.text in PUNCT:
            nxt = toks[k + 1] if k + 1 < n else None
            if t.text in "-–" and nxt is not None and (nxt.cap or nxt.low in _opening_words() or (
                    has_cac and nxt.text[:1].islower() and not ctx.types(k + 1).keys() & _DESC_STOP)) and not (
                    opens_person(toks, k + 1)):  # "Trưởng Cụm thi đua các tỉnh Bắc sông Hậu - Trương Văn Nọ": who
                k += 1
                continue  # "Cụm thi đua II - Các doanh nghiệp", "Văn hóa - Xã hội", "các huyện trung du - miền núi"
            if (t.text == "," and nxt is not None and not nxt.cap and nxt.text not in PUNCT and k > start
                    and (has_cac or not toks[k - 1].cap) and not ctx.types(k + 1).keys() & _DESC_STOP
                    and _continues_after(ctx, k + 1) and _list_goes_on(ctx, k)):
                k += 1
                continue  # "các huyện, thị xã, thành phố", "phòng, ban, đơn vị"
            if t.text == "/" and nxt is not None:
                k += 1
                continue
            if k > start and abbreviation_dot(toks, k):
                k += 1
                continue  # "… miền Đông Nam bộ và TP.Hồ Chí Minh": an abbreviation's dot, as inside a unit's name
            break
        if t.text == "\n":
            break
        if (ty.keys() & _DESC_STOP or ctx.phrase_at(k, vocab.words("function", "lower_terminators"))) and not (
                ty.keys() & {"HEAD", "GRANTOR", "FIELD"}):
            break  # those predicates end a cluster's name in either case ("Cụm thi đua số 6- Góp phần phát triển …")
        if "CLUHEAD" in ty and k > start and toks[k - 1].text not in "-–":
            break  # "Khối thi đua IV – Khối thi đua các cơ quan cấp tỉnh" is one name
        if t.text.isdigit() and len(t.text) == 4:
            break
        if "COUNTED" in ty and k > start and toks[k - 1].text.isdigit():
            pass  # "Thanh tra 5 tỉnh phía Bắc"
        if t.low == vocab.word("function", "plural"):
            has_cac = True
        k += 1
    while k > start and (toks[k - 1].low in vocab.words("clusters", "descriptor_trailers")
                         or toks[k - 1].text in PUNCT):
        k -= 1
    return k


def _list_goes_on(ctx: Context, k: int) -> bool:
    """The comma at k goes on with a descriptor's list ("các huyện, thị xã, thành phố", "các cơ quan nội chính, tư
    pháp", "các tỉnh Bắc Trung Bộ, duyên hải miền Trung") unless the words after it run into a "và" that the name's end
    follows: "cụm thi đua LĐLĐ các tỉnh miền Đông Nam bộ, bảng điểm thi đua và bản ký kết …" (dev
    tay-ninh-to-chuc-ky-ket-giao-uoc-thi-dua-cum-mien-dong-nam-bo) joins two things the meeting passed, and a
    list of kinds goes on after its "và" ("các huyện, thị xã và thành phố"). A syllable count of the item before the
    comma (ff1185b) cut two-part names ("các cơ quan kinh tế tổng hợp, xây dựng": review 2 of s15, cw-01 … cx-06)."""
    toks, n = ctx.tokens, len(ctx.tokens)
    j = k + 1
    while j < n and toks[j].text not in PUNCT and toks[j].text != "\n" and not ctx.types(j).keys() & _DESC_STOP and not (
            ctx.phrase_at(j, vocab.words("function", "lower_terminators"))):
        j += 1
    return j == n or toks[j].text in PUNCT or "AND" not in ctx.types(j - 1)


def _continues_after(ctx: Context, k: int) -> bool:
    """A group word after a comma ("phòng, ban, đơn vị trực thuộc Sở") stays in the descriptor when more
    of it follows; "cụm, khối thi đua, các đơn vị …" ends it."""
    ty = ctx.types(k)
    if "GENERIC" not in ty:
        return True
    e = ty["GENERIC"]
    return e < len(ctx.tokens) and ctx.tokens[k].low != vocab.word("function", "plural") and (
        "BELONG" in ctx.types(e) or ctx.tokens[e].text == ",")


def _opens_descriptor(ctx: Context, k: int) -> bool:
    """A descriptor opens with a capital, a number, a dash, a word of descriptor_openers or "thuộc"; after a full
    head ("Khối thi đua", not "khối") also with a sector (sector_openers)."""
    t = ctx.tokens[k]
    if t.cap or t.text in "-–" or "BELONG" in ctx.types(k):
        return True
    rest = " ".join(x.low for x in ctx.tokens[k:k + 3])
    whole, opening = _openers()
    if rest in whole or rest.startswith(opening):
        return True
    full_head = k > 0 and ctx.tokens[k - 1].low in _full_head_tails()
    return full_head and any(rest == w or rest.startswith(w + " ") for w in vocab.words("clusters", "sector_openers"))


@lru_cache(maxsize=1)
def _full_head_tails() -> frozenset[str]:
    """Last words of the heads longer than a bare head word ("đua" of "Khối thi đua", not "khối")."""
    return _head_tails() - vocab.words("clusters", "head_words")


@lru_cache(maxsize=1)
def _head_tails() -> frozenset[str]:
    """Last words of the cluster heads ("cụm", "khối", "đua" of "cụm thi đua")."""
    return frozenset(h.split()[-1].lower() for h in vocab.load("clusters")["heads"])


@lru_cache(maxsize=1)
def _opening_words() -> frozenset[str]:
    """After a dash, these go on with a cluster's name: "Cụm thi đua II - các doanh nghiệp"."""
    return vocab.words("clusters", "head_words") | {vocab.word("function", "plural")}


@lru_cache(maxsize=1)
def _openers() -> tuple[frozenset[str], tuple[str, ...]]:
    """The descriptor openers, and each with the space a longer text goes on with (for str.startswith)."""
    words = vocab.load("clusters").get("descriptor_openers", [])
    return frozenset(words), tuple(w + " " for w in words)


def number_key(name: str | None) -> int | str | None:
    """The cluster's number as an int (II = 2 = số 2), or None."""
    if not name:
        return None
    m = _number_rx().search(" ".join(name.lower().split()))
    if not m:
        return None
    v = m.group(1)
    if v.isdigit():
        return int(v)
    return _roman(v)


@lru_cache(maxsize=1)
def _number_rx() -> re.Pattern:
    heads = sorted({" ".join(h.lower().split()) for h in vocab.load("clusters")["heads"]}, key=len, reverse=True)
    alt = "|".join(re.escape(h) for h in heads)
    return re.compile(rf"(?:{alt})(?:\s+{re.escape(vocab.word('clusters', 'number_word'))})?\s+(\d{{1,2}}|[ivxl]{{1,5}})\b")


def _roman(v: str) -> int:
    vals = {"i": 1, "v": 5, "x": 10, "l": 50}
    total = 0
    for a, b in zip(v, v[1:] + " "):
        total += -vals[a] if vals.get(b, 0) > vals[a] else vals[a]
    return total
