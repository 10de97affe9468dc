"""Award names, as chunks: "Cờ thi đua của UBND tỉnh", "Huân chương Lao động hạng Ba", Cờ "Đơn vị dẫn
đầu phong trào thi đua", "danh hiệu “Tập thể lao động xuất sắc”".

An award starts at a head of awards.yml and runs over a quoted name, its class ("hạng Nhất") and the
words of its name, up to a verb, a function word, a year or punctuation. "của G" after it, or a known
grantor inside it ("Cờ thi đua Chính phủ"), gives the grantor, which is kept on the chunk and not in
the award's name. "danh hiệu X" names a title: its kind when the vocabulary knows X. A flag that is no
award ("Cờ luân lưu"), a bare "cờ", and an award right after a criterion ("đủ tiêu chuẩn tặng …") or
"nhiều … cao quý" give no AWD chunk.
"""
from __future__ import annotations

from functools import lru_cache

from . import vocab
from .awardclasses import classes_after
from .chunkbase import PUNCT, VERBS, Chunk, Context
from .frames import has_head
from .names import is_grantor, org_extent
from .posts import opens_with_post
from .normalize import key

_STOP = set(VERBS) | {"TERM", "AWARDEND", "ROLE:chair", "ROLE:vice_chair", "ROLE:member", "GENERIC", "ANAPHOR", "TITLE",
                      "POSITION", "COLLECTIVE", "AWARDHEAD", "ADMINPL"}
_KEEP = {"LEAD", "CLUHEAD", "HEAD", "FIELD"}  # "Cờ thi đua dẫn đầu Khối", "Huân chương Bảo vệ Tổ quốc"
_MAX = 12
OPENERS = frozenset({"AWARDHEAD"})  # award_chunk gives None at a token without it
_OPEN, _CLOSE = "“\"'‘", "”\"'’"  # a name in single quotes too ("kỷ niệm chương 'Vì thế hệ trẻ'"; 2 articles)


def award_chunk(ctx: Context, i: int, ty: dict[str, int], before: list[Chunk]) -> Chunk | None:
    if "AWARDHEAD" not in ty or ty.get("NOTAWARD", 0) >= ty["AWARDHEAD"]:
        return None
    toks = ctx.tokens
    head_end = ty["AWARDHEAD"]
    if _blocked(ctx, i, before):
        return ctx.chunk("W", i, head_end, blocked=True)
    back = _said_again(ctx, i, head_end)
    if back:
        return ctx.chunk("AWD", i, back, back=True)  # which award, the document says (document._said_again)
    if ctx.phrase_at(i, vocab.words("awards", "title_word")) == head_end:
        return _owner(_title(ctx, i, head_end))
    if ctx.text[toks[i].start:toks[head_end - 1].end].lower() in vocab.words("awards", "named_only") and not (
            head_end < len(toks) and (toks[head_end].text in _OPEN or toks[head_end].cap and not toks[head_end].text.isdigit())):
        return None  # "giải thưởng này": no name, no award
    k = head_end
    quoted = False
    if k < len(toks) and toks[k].text in _OPEN:
        close = next((x for x in range(k + 1, min(len(toks), k + 20)) if toks[x].text in _CLOSE), None)
        if close:
            k, quoted = close + 1, True
    grantor, g_end = None, None
    if not quoted:
        k, grantor, g_end = _words(ctx, k)
    name_end = k
    classes: list[str] = []
    if grantor is None and k - 2 > i and toks[k - 2].low == vocab.word("awards", "class_word"):
        classes, k = classes_after(ctx, k)  # "hạng Nhất, Nhì, Ba": one award each (awardclasses.spread)
    if grantor is None:
        grantor, g_end = _of_grantor(ctx, k)
    end_words = k
    name = ctx.text[toks[i].start:toks[name_end - 1].end]
    if name.lower() in vocab.words("awards", "bare_heads") and grantor is None and not _flag_context(ctx, name_end):
        return None
    if _plural_generic(ctx, i, name_end):
        return ctx.chunk("W", i, name_end)
    end = g_end or end_words
    c = ctx.chunk("AWD", i, end, kind=vocab.award_kind(name), name=name, grantor=grantor)
    if classes:
        c.attrs["classes"] = classes
    return _owner(c)


def _owner(c: Chunk | None) -> Chunk | None:
    """An order or title only the State confers has one of its grantors: a unit after "của" ("Huân chương Lao động
    hạng Ba của xã Nghi Xuân", "danh hiệu Anh hùng Lao động của Ngân hàng Vietcombank") is whose it is, its
    owner, not who gives it (rules/award_events.py: award.order_of_unit)."""
    if c is None or c.label != "AWD" or not c.attrs.get("grantor"):
        return c
    g = c.attrs["grantor"]
    if c.attrs.get("kind") in vocab.load("awards")["state_orders"]["kinds"] and f" {g}" in c.text and not is_grantor(g) \
            and not opens_with_post(g) and (has_head(g) or g.split()[0].lower() in vocab.admin_kinds()):
        c.attrs.update(owner=g, grantor=None)
    return c


def _words(ctx: Context, k: int, titled: bool = False) -> tuple[int, str | None, int | None]:
    """The words of an award's name after its head; a known grantor inside ends the name. A person's title right
    after the head is the name's first word after "danh hiệu" (titled: "danh hiệu nghệ sỹ nhân dân") or when
    capitalised ("Huân chương Anh dũng"); in small letters after another head it says whom the award is for and ends
    the name ("Giấy khen cô giáo dạy giỏi": review s13 probe awn-04)."""

    toks, n = ctx.tokens, len(ctx.tokens)
    start = k
    while k < n and k - start < _MAX:
        t = toks[k]
        ty = ctx.types(k)
        if "GRANTOR" in ty:
            g_end = org_extent(ctx, k, ty["GRANTOR"], allow_place_comma=False, allow_and=False)
            return k, ctx.text[t.start:toks[g_end - 1].end], g_end
        if t.text in PUNCT or t.text == "\n":
            if t.text in _OPEN and k > start:
                close = next((x for x in range(k + 1, min(n, k + 20)) if toks[x].text in _CLOSE), None)
                if close:
                    k = close + 1
            break
        if t.low == vocab.word("awards", "class_word") and k + 1 < n:
            k += 2  # "hạng Ba", "hạng III": an order's name ends at its class, only a grantor may follow
            if k < n and "GRANTOR" not in ctx.types(k):
                break  # "… đón nhận Huân chương Lao động hạng Ba Trường THCS Tứ Xã": the recipient
            continue
        if "WORD" in ty:
            k = ty["WORD"]  # a compound is read whole: "thời kỳ đổi mới" holds no terminator "mới"
            continue
        if ty.keys() & _STOP and not ty.keys() & _KEEP and not (k == start and (
                ctx.phrase_at(k, vocab.words("function", "unit_generics")) or ty.keys() & _STOP == {"TITLE"} and (
                    titled or t.cap))):
            # the first word after the head is the name's even when it is a person's title: "danh hiệu nghệ sỹ nhân
            # dân", "Huân chương Anh dũng" (probes audit9-111, audit12-184)
            break
        if "ADMIN" in ty or "NOTAWARD" in ty:
            break
        if t.text.isdigit():
            break
        k += 1
    return k, None, None


def _of_grantor(ctx: Context, k: int) -> tuple[str | None, int | None]:
    """"… của Thủ tướng Chính phủ": the grantor after "của" (a unit, a grantor or a post and its unit)."""

    toks, n = ctx.tokens, len(ctx.tokens)
    if k + 1 >= n or "OF" not in ctx.types(k):
        return None, None
    g = k + 1
    ty = ctx.types(g)
    head = max([ty.get(x, 0) for x in ("GRANTOR", "HEAD", "POSITION", "BRAND", "ADMIN")] + [0])
    if not head:
        if toks[g].cap:
            head = g + 1
        else:
            return None, None
    end = org_extent(ctx, g, head, allow_place_comma=False, allow_and=False)
    if "POSITION" in ty and end == head and head < n:
        nty = ctx.types(head)
        if nty.keys() & {"GRANTOR", "HEAD", "BRAND"}:
            end = org_extent(ctx, head, max(nty.get(x, 0) for x in ("GRANTOR", "HEAD", "BRAND")), allow_place_comma=False, allow_and=False)
    return ctx.text[toks[g].start:toks[end - 1].end], end


def _title(ctx: Context, i: int, head_end: int) -> Chunk | None:
    """"danh hiệu “Tập thể lao động xuất sắc”", "danh hiệu Anh hùng Lực lượng vũ trang nhân dân"."""
    toks, n = ctx.tokens, len(ctx.tokens)
    k = _past_fillers(ctx, head_end)
    if k < n and toks[k].text in _OPEN:
        close = next((x for x in range(k + 1, min(n, k + 20)) if toks[x].text in _CLOSE), None)
        if not close:
            return None
        name = ctx.text[toks[k + 1].start:toks[close - 1].end]
        end = close + 1
        grantor, g_end = _of_grantor(ctx, end)
        return ctx.chunk("AWD", i, g_end or end, kind=vocab.award_kind(name), name=name, grantor=grantor, title=True)
    if k < n and "AWARDHEAD" in ctx.types(k) and ctx.phrase_at(k, vocab.words("awards", "title_word")) != ctx.types(k)["AWARDHEAD"]:
        # "danh hiệu Anh hùng Lao động", "Danh hiệu Chiến sĩ thi đua toàn quốc": the title is the award named
        # after it (the chunk opens at "danh hiệu", so a verb before it reaches the award)
        inner = award_chunk(ctx, k, ctx.types(k), [])
        if inner is None or inner.label != "AWD":
            return None
        return ctx.chunk("AWD", i, inner.j, **{**inner.attrs, "title": True})
    if k < n and toks[k].text.isupper() and vocab.award_kind(toks[k].text):
        grantor, g_end = _of_grantor(ctx, k + 1)  # "danh hiệu NSND": a title by its initials (vocab._award_kinds)
        return ctx.chunk("AWD", i, g_end or k + 1, kind=vocab.award_kind(toks[k].text), name=toks[k].text, grantor=grantor,
                         title=True)
    end, grantor, g_end = _words(ctx, k, titled=True)
    if end == k:
        return None
    words = ctx.text[toks[k].start:toks[end - 1].end]
    kind = vocab.award_kind(words)
    if kind is None and key(words) in _general_titles():
        return None  # "các danh hiệu thi đua", "nhiều danh hiệu cao quý": the titles in general
    # an unknown title is named by its words ("danh hiệu thợ giỏi" -> "thợ giỏi"), unless they read as the
    # titles in general and only "danh hiệu" makes them one ("Danh hiệu thi đua xuất sắc")
    general = any(key(words).startswith(g + " ") for g in _general_titles())
    name = ctx.text[toks[i].start:toks[end - 1].end] if general else words
    if grantor is None:
        grantor, g_end = _of_grantor(ctx, end)
    return ctx.chunk("AWD", i, g_end or end, kind=kind, name=name, grantor=grantor, title=True)


def _past_fillers(ctx: Context, k: int) -> int:
    """After "danh hiệu", the words that praise the title before its name ("danh hiệu cao quý “Thầy thuốc Nhân
    dân”", "danh hiệu vinh dự Nhà nước “Nghệ nhân ưu tú”", "danh hiệu cao quý Anh hùng Lao động"): the index of
    the name when one (quoted, or an award's head) follows them, else k."""
    toks = ctx.tokens
    for filler in _fillers():
        j = k + len(filler)
        if j < len(toks) and tuple(key(t.text) for t in toks[k:j]) == filler and (
                toks[j].text in _OPEN or "AWARDHEAD" in ctx.types(j)):
            return j
    return k


@lru_cache(maxsize=1)
def _fillers() -> tuple[tuple[str, ...], ...]:
    words = [tuple(key(w) for w in f.split()) for f in vocab.load("awards").get("title_fillers", [])]
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _general_titles() -> frozenset[str]:
    """What after "danh hiệu" names no title (awards.yml general_titles), compared by key: "cao qúy" is "cao quý"."""
    return frozenset(key(w) for w in vocab.words("awards", "general_titles"))


def _said_again(ctx: Context, i: int, k: int) -> int:
    """The end of an award said again ("danh hiệu cao quý này", "giải thưởng này"; awards.yml back_words), or 0:
    its statement does not say which award it is, the article before it does. Not after a plural word ("các
    danh hiệu này" are several)."""
    if i and ctx.tokens[i - 1].low in vocab.words("awards", "plural_before"):
        return 0
    k = ctx.phrase_at(k, vocab.words("awards", "back_praise")) or k
    return ctx.phrase_at(k, vocab.words("awards", "back_words"))


def _blocked(ctx: Context, i: int, before: list[Chunk]) -> bool:
    """An award right after a criterion ("đủ tiêu chuẩn tặng Cờ …") is no award of its own."""
    return any(c.label == "BLOCK" for c in before[-3:])


def _flag_context(ctx: Context, k: int) -> bool:
    """A bare "cờ" is an award only when what follows says which ("cờ Đơn vị dẫn đầu …", "cờ của …")."""
    toks = ctx.tokens
    if k >= len(toks):
        return False
    generic = ctx.phrase_at(k, vocab.words("function", "unit_generics"))
    return "OF" in ctx.types(k) or toks[k].text in _OPEN or bool(
        generic and generic < len(toks) and toks[generic].text not in PUNCT)  # "cờ Đơn vị xuất sắc trong phong trào thi đua …"


def _plural_generic(ctx: Context, i: int, end: int) -> bool:
    """"nhiều huân chương cao quý", "các loại bằng khen": awards in general."""
    toks = ctx.tokens
    before = toks[i - 1].low if i else ""
    after = " ".join(t.low for t in toks[end:end + 2])
    return before in vocab.words("awards", "plural_before") and (
        after.startswith(tuple(vocab.words("awards", "general_after"))) or end - i <= 2)
