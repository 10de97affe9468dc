"""The chunk layer: a statement's tokens become a sequence of typed chunks that rules read.

    ORG  a unit ("Sở Tài chính tỉnh Lạng Sơn")     GRT  a grantor ("UBND tỉnh", "Chủ tịch nước")
    PER  a person ("ông Lê Tấn Tài")               NAME a bare proper name ("Đồng Nai", "Quận 7")
    POS  a person's post ("Giám đốc")              LIST units or persons in a list (extract/lists.py)
    CLU  a cluster ("Cụm thi đua số 2 - …")        ROLE chair / vice_chair / member
    AWD  an award ("Huân chương Lao động hạng Ba") RANK an ordinal ("xếp thứ Nhất", "Nhì cụm")
    YEAR / DATE / SPAN   "năm 2020", "05/01/2021", "giai đoạn 2016-2020"
    COUNT "02 tập thể"   GEN "các tập thể"   DIST "các tỉnh"   ANA "các đơn vị trên"   SELF "nhà trường"
    PRIZE "giải Nhất"    BLOCK "đủ tiêu chuẩn" (what follows is a criterion, not an award)
    verbs by meaning (PROPOSE, VOTE, ELECT, HANDOVER, GIVE, GET, COMPOSE, BE, LEAD, NEG, FOR, OF, BY,
    AND, AT, RESPECTIVELY), punctuation (COMMA, SEMI, COLON, LP, RP, DASH, DOT, QUOTE, NL), T (another
    function word) and W (any other word).

Which words are which comes from the vocabulary (extract/data/vocab); where a name starts and stops is
extract/names.py, clusters extract/clusters.py, awards extract/awardnames.py, lists extract/lists.py.
Chunks never overlap and cover the statement left to right, so a rule pattern (extract/grammar.py) is
a regular expression over their labels.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter
from functools import lru_cache

from . import awardnames, clusters, frames, lists, names, parents, placenames, posts, recase, vocab
from .aliases import aliases
from .chunkbase import _EMPTY, PUNCT, VERB_OR_TERM, VERBS, Chunk, Context, is_roman
from .listgrantors import composed
from .tokens import Token, match, tokenize

_VERB_SET = frozenset(VERBS)


# ------------------------------------------------------------------ years and dates

_Y = r"(19[4-9]\d|20[0-4]\d)"


@lru_cache(maxsize=1)
def _time_re() -> re.Pattern:
    """Spans, dates and years; the words come from time.yml."""
    t = vocab.load("time")
    alt = lambda words: "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))  # noqa: E731
    year, day, month, quarter = (re.escape(t[k].lower()) for k in ("year_word", "day_word", "month_word", "quarter_word"))
    # every expression starts with an opener, one of those four words, "(" or a digit
    starts = vocab.starts([*t["span_openers"], *(t[k] for k in ("year_word", "day_word", "month_word", "quarter_word")), "("],
                          digits=True, prefixes=True)
    return re.compile(
        rf"{starts}(?:(?P<span>(?:{alt(t['span_openers'])})\s*\(?\s*{_Y}\s*(?:[-–/]|{alt(t['span_joiners'])}(?: {year})?)\s*{_Y}\)?"
        rf"|\(\s*{_Y}\s*[-–]\s*{_Y}\s*\)|(?<![\d/.]){_Y}\s*[-–]\s*{_Y}(?![\d/])|"
        rf"(?<!\d){_Y}\s*-\s*(?:19|20)?\d\d(?!\d))"
        rf"|(?P<date>(?:{day}\s+)?\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*{_Y}(?!\d)"
        rf"|{day}\s+\d{{1,2}}\s+{month}\s+\d{{1,2}}\s+{year}\s+{_Y}"
        rf"|{month}\s+\d{{1,2}}\s*(?:[/-]|{year})\s*{_Y}|\(\s*\d{{1,2}}/{_Y}\s*\)|{quarter}\s+[iv]+\s*[-/]\s*{_Y})"
        rf"|(?P<year>{year}\s+{_Y}(?!\d)|\(\s*{_Y}\s*\)|(?<![\d/.,-]){_Y}(?![\d/.,]\d)))",
    )  # over lower-case text: faster than re.IGNORECASE at every position


_HAS_YEAR = re.compile(_Y)
_START, _END = attrgetter("start"), attrgetter("end")


def _years(m: re.Match) -> list[int]:
    return [int(g) for g in m.groups() if g and len(g) == 4 and g.isdigit()]


def _times(ctx: Context) -> dict[int, tuple[str, int, dict]]:
    """Time expressions by first token: {i: (label, end token, attrs)}."""
    if not _HAS_YEAR.search(ctx.text):
        return {}  # every time expression names a year
    low = ctx.text.lower()
    found = list(_time_re().finditer(low if len(low) == len(ctx.text) else ctx.text))
    if not found:
        return {}
    toks = ctx.tokens  # starts and ends rise strictly: found by bisection, not by a table of every token
    out = {}
    year_word = vocab.load("time")["year_word"]
    for m in found:
        s, e = m.span()
        i = bisect_left(toks, s, key=_START)
        last = bisect_right(toks, e, key=_END) - 1  # the token ending last at or before e …
        if i == len(toks) or toks[i].start != s or last < i or toks[last].end != e:
            continue  # … at or after its first token, and ending where the expression does: "(20201)" holds
            # a year pattern but no token of its own ends there, and a chunk of no token would never end
        ys = _years(m)
        label = "SPAN" if m.group("span") else "DATE" if m.group("date") else "YEAR"
        if label == "SPAN" and len(ys) < 2:
            label, ys = "YEAR", ys[:1]
        out[i] = (label, last + 1, {"years": ys, "year": ys[-1] if ys else None,
                                       "bare": label == "YEAR" and not m.group().lower().startswith((year_word, "("))})
    return out


# ------------------------------------------------------------------ the chunker

def chunk(text: str) -> list[Chunk]:
    """The chunks of one statement (text already tone-normalised, see normalize.tone); a line in capitals is read
    in ordinary case (extract/recase.py), its chunks keeping the text as written."""
    ordinary = recase.ordinary(text)
    if ordinary is None:
        return _chunk(text)
    out = _chunk(ordinary)
    for c in out:
        c.text = text[c.start:c.end]
        if c.attrs.get("name"):
            c.attrs["name"] = _as_written(c.attrs["name"], ordinary, text, c.start)
        for item in c.attrs.get("items") or ():
            item["name"] = _as_written(item["name"], ordinary, text, item.get("start", c.start))
    return out


def _as_written(name: str, ordinary: str, text: str, near: int) -> str:
    """A name read from the line in ordinary case, given back as written: the re-read line is as long as the original,
    so the same offsets hold (the whole-word occurrence nearest the chunk). Only the names a chunk or a list item
    carries: its other attributes are the vocabulary's own forms (an award's kind "Huân chương"), which later steps
    compare as such. A name the chunker composed ("huyện Sơn Tây" from "các huyện: SƠN TÂY") is not in the re-read
    line and keeps its ordinary case."""
    at = ordinary.find(name, near)
    at = at if at >= 0 else ordinary.rfind(name, 0, near + len(name))
    end = at + len(name)
    whole = at >= 0 and not (at and ordinary[at - 1].isalnum()) and not (end < len(ordinary) and ordinary[end].isalnum())
    return text[at:end] if whole else name


def _chunk(text: str) -> list[Chunk]:
    tokens = tokenize(text)
    ctx = Context(text, tokens, *match(tokens))
    times = _times(ctx)
    out: list[Chunk] = []
    i, n = 0, len(tokens)
    special = _special_words()
    openers = _openers()
    types = ctx._types
    run = -1  # first token of the plain-word run being read, -1 when none

    def close_run(upto: int) -> None:
        nonlocal run
        if run >= 0:  # (ctx.chunk's work inlined here and for punctuation: a call frame less a chunk)
            s, e = tokens[run].start, tokens[upto - 1].end
            out.append(Chunk("W", run, upto, s, e, text[s:e], {}))
            run = -1

    while i < n:
        tok = tokens[i]
        word = tok.text
        if types[i] is _EMPTY and i not in times:
            if word[:1].islower() and tok.low not in special:
                if run < 0:  # a lower-case word no vocabulary type starts at: a plain word
                    run = -2 if out and out[-1].label == "W" and not out[-1].attrs else i
                    if run == -2:
                        run = out.pop().i
                i += 1
                continue
            if word in PUNCT:
                if run >= 0:
                    close_run(i)
                out.append(Chunk(PUNCT[word], i, i + 1, tok.start, tok.end, word, {}))
                i += 1
                continue
        if run >= 0:
            close_run(i)
        if i in times:
            label, j, attrs = times[i]
            c = ctx.chunk(label, i, j, **attrs)
        else:
            ty = types[i]
            if openers.isdisjoint(ty):
                c = _simple(ctx, i, ty)  # most tokens: no role, cluster, award or unit starts here
            else:
                # each chunker is asked only at a token of its own openers (at any other it gives None)
                c = (not clusters.ROLES.isdisjoint(ty) and clusters.role_chunk(ctx, i, ty)
                     or "CLUHEAD" in ty and clusters.cluster_chunk(ctx, i, ty)
                     or "AWARDHEAD" in ty and awardnames.award_chunk(ctx, i, ty, out)
                     or not names.OPENERS.isdisjoint(ty) and names.unit_chunk(ctx, i, ty) or _simple(ctx, i, ty))
        if c.label in ("ORG", "GRT") and (out and out[-1].label == "POS" or posts.post_grantor(ctx, c)):
            split = names.person_tail(ctx, c)
            if split:
                out.append(split[0])
                c = split[1]
        if out and c.label == "W" and out[-1].label == "W" and not c.attrs and not out[-1].attrs:
            prev = out.pop()  # a run of plain words is one chunk: gaps in patterns count phrases
            c = ctx.chunk("W", prev.i, c.j)
        out.append(c)
        i = c.j if c.j > i else i + 1  # every chunk covers one token at least: the walk always moves on
    close_run(n)
    out = posts.merge(ctx, out)
    if "(" in ctx.text:
        out = aliases(ctx, out)  # an alias stands in brackets: with no "(" there is none
    return lists.group(ctx, composed(ctx, parents.merge(ctx, out)))  # composed: grantors listed after "gồm"


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    """The types at which a role, cluster, award or unit chunker can start: at any other token they all
    give None, and the chunker goes straight to _simple."""
    return clusters.OPENERS | awardnames.OPENERS | names.OPENERS


_CLUSTER_SIZE = 20  # the most units a cluster ranks: "xếp thứ 2/12 đơn vị trong Cụm" ranks, "5/63 tỉnh" is national


def _ranked_number(ctx: Context, i: int, k: int) -> bool:
    """"xếp hạng 1", "đứng thứ 2" (a page of a probe audit; as "xếp hạng nhất"): a number after a verb of ranking
    (function.yml rank_number_verbs; not a bare "thứ": "sáng thứ 2" is a Monday; not "xếp loại 1", a grade) ranks
    in a cluster, not out of more than a cluster holds ("xếp thứ 5/63 tỉnh") nor in the whole country ("đứng thứ
    15 cả nước": function.yml national_scope)."""
    toks = ctx.tokens
    verb = " ".join(t.low for t in toks[i:k])
    if verb not in vocab.words("function", "rank_number_verbs") or not 0 < int(toks[k].text) <= _CLUSTER_SIZE:
        return False
    if k + 2 < len(toks) and toks[k + 1].text == "/" and toks[k + 2].text.isdigit() and int(toks[k + 2].text) > _CLUSTER_SIZE:
        return False
    after = " ".join(t.low for t in toks[k + 1:k + 4])
    return not any(after.startswith(w) for w in vocab.words("function", "national_scope"))


@lru_cache(maxsize=1)
def _special_words() -> frozenset[str]:
    """Lower-case words that mean something to the chunkers without a vocabulary type of their own
    (number and rank words): every other lower-case word with no type is a plain word (the fast path)."""
    return frozenset(vocab.count_words()) | frozenset(vocab.rank_words())


_MARKED = frozenset({"NOTHEAD", "WORD", "PRIZE", "AWARDBLOCK", "FIELD", "SELF", "ADMINPL", "ANAPHOR", "RANKV"})


def _simple(ctx: Context, i: int, ty: dict[str, int]) -> Chunk:
    tok = ctx.tokens[i]
    if tok.text[:1].islower() and tok.low not in _special_words() and _MARKED.isdisjoint(ty):
        # a lower-case verb or function word: no test of _marked can succeed (each needs one of those types,
        # a number, count or rank word, a capital or a roman numeral), so they are not asked
        return _common(ctx, i, ty, tok)
    return _marked(ctx, i, ty, tok) or _common(ctx, i, ty, tok)


def _marked(ctx: Context, i: int, ty: dict[str, int], tok: Token) -> Chunk | None:
    """What outranks verbs and function words at token i: compounds, prizes, fields, self-references,
    plurals, counts, ranks, anaphors, numbers after an ordinal noun, capitalised names over a verb."""
    if "NOTHEAD" in ty:
        return ctx.chunk("W", i, ty["NOTHEAD"])
    if "WORD" in ty:
        return ctx.chunk("W", i, ty["WORD"])
    if "PRIZE" in ty:
        return ctx.chunk("PRIZE", i, ty["PRIZE"])
    if "AWARDBLOCK" in ty:
        return ctx.chunk("BLOCK", i, ty["AWARDBLOCK"])
    if "FIELD" in ty:
        named = names.name_chunk(ctx, i)  # "Tổ chức" in a list of departments is a field, not the verb
        if named:
            return named
    if "SELF" in ty:
        end = ty["SELF"]
        nxt = ctx.types(end) if end < len(ctx.tokens) else {}
        if end >= len(ctx.tokens) or ctx.tokens[end].text in PUNCT or nxt.keys() & VERB_OR_TERM:
            text = ctx.text[tok.start:ctx.tokens[end - 1].end]
            return ctx.chunk("SELF", i, end, head=vocab.self_references().get(text))
    if "ADMINPL" in ty:
        return ctx.chunk("DIST", i, ty["ADMINPL"], kind=vocab.admin_plural().get(_key(ctx, i, ty["ADMINPL"])))
    # _count and _rank give None unless the token is a number or a count word, or a rank word or a RANKV
    # verb starts here: tested first, as most tokens are neither
    count = _count(ctx, i, ty) if tok.text.isdigit() or tok.low in vocab.count_words() else None
    if count:
        return count
    rank = _rank(ctx, i, ty) if "RANKV" in ty or tok.low in vocab.rank_words() else None
    if rank:
        return rank
    if "ANAPHOR" in ty:
        return ctx.chunk("ANA", i, ty["ANAPHOR"])
    if i and ctx.tokens[i - 1].low in vocab.words("function", "ordinal_nouns") and is_roman(tok.text):
        return ctx.chunk("NUM", i, i + 1)  # "lần thứ V", "cấp độ II", "đô thị loại I": a number, not a name
    if (not i or ctx.tokens[i - 1].text == "\n") and ctx.tokens[i + 1:i + 2] and ctx.tokens[i + 1].text in ".)" and \
            is_roman(tok.text):
        return ctx.chunk("NUM", i, i + 1)  # "I. CỤM THI ĐUA …:", "II. Cụm 2: …": a list mark, as "1." is, not a name
    if tok.cap and i and not tok.text.isdigit():
        end = max([ty[v] for v in ty if v in _VERB_SET] + [ty.get("TERM", 0)])
        if end and all(t.cap for t in ctx.tokens[i:end]) and (end - i > 1 or names.glued(ctx, i, ty.keys() & names.GLUE)) and (
                ctx.tokens[i - 1].text not in ".:;!?\n(\"“-–" or placenames.bare_end(ctx, i) >= end):
            # after a colon too when it is a listed place: "gồm các xã: Thống Nhất, …"
            named = names.name_chunk(ctx, i)  # "Thống Nhất" inside a list is a district, not "thống nhất"
            if named:
                return named
    return None


def _common(ctx: Context, i: int, ty: dict[str, int], tok: Token) -> Chunk:
    """A verb, a group word, punctuation, a function word, a name, a number or a plain word at token i."""
    verbs = [] if _VERB_SET.isdisjoint(ty) else [(ty[v], v) for v in ty if v in _VERB_SET and v != "RANKV"]
    if verbs:  # (most tokens here hold no verb type: one C test, not a comprehension's frame)
        end, label = max(verbs)
        if "GENERIC" not in ty or ty["GENERIC"] <= end:
            return ctx.chunk(label, i, end)
    if "GENERIC" in ty:
        return ctx.chunk("GEN", i, ty["GENERIC"])
    if tok.text in PUNCT:
        return ctx.chunk(PUNCT[tok.text], i, i + 1)
    if "TERM" in ty:
        return ctx.chunk("T", i, ty["TERM"])
    if tok.cap and not tok.text.isdigit():
        named = names.name_chunk(ctx, i)
        if named:
            return named
    return ctx.chunk("NUM" if tok.text.isdigit() else "W", i, i + 1)


def _key(ctx: Context, i: int, j: int) -> str:
    from .normalize import key

    return key(ctx.text[ctx.tokens[i].start:ctx.tokens[j - 1].end])


def _count(ctx: Context, i: int, ty: dict[str, int]) -> Chunk | None:
    """"02 tập thể", "gồm 8 đơn vị", "08/08 Hội", "bảy tỉnh": a number and what it counts."""
    toks = ctx.tokens
    k, n, part = i, None, {}
    if toks[i].text.isdigit():
        n, k = int(toks[i].text), i + 1
        if k + 1 < len(toks) and toks[k].text == "/" and toks[k + 1].text.isdigit():
            part = {"part": n}  # "2/8 đơn vị": n is the whole, the part is the first number
            n, k = int(toks[k + 1].text), k + 2
    elif toks[i].low in vocab.count_words():
        n, k = vocab.count_words()[toks[i].low], i + 1
    if n is None or k >= len(toks):
        return None
    if toks[i].low == vocab.word("time", "year_word") and (toks[k].text[:1].isupper() or (
            i and toks[i - 1].low in vocab.words("time", "year_context"))):
        return None  # "năm" is five only before a lower-case counted noun: "trong năm Hội …", "hằng năm tổ chức …"
    nxt = ctx.types(k)
    if "COUNTED" in nxt:
        end = max(nxt["COUNTED"], nxt.get("ROLE:member", 0))
        if end < len(toks) and toks[end].cap and _key(ctx, k, end) in frames.body_heads():
            return None  # "và 02 Đảng ủy Khối các cơ quan tỉnh, …": a number before a unit's name, no count of bodies
        return ctx.chunk("COUNT", i, end, n=n, noun=_key(ctx, k, end), **part)
    return None


def _rank(ctx: Context, i: int, ty: dict[str, int]) -> Chunk | None:
    """"xếp thứ Nhất", "xếp hạng nhì", "đứng thứ nhất cụm", "Nhì cụm", "xếp hạng 1": an ordinal in a cluster."""
    toks = ctx.tokens
    ranks = vocab.rank_words()
    k = ty.get("RANKV", i)
    if k < len(toks) and toks[k].text.isdigit() and _ranked_number(ctx, i, k):
        return ctx.chunk("RANK", i, k + 1, rank=int(toks[k].text))
    if k >= len(toks) or toks[k].low not in ranks:
        return None
    if k == i and not (toks[i].cap and k + 1 < len(toks) and "CLUHEAD" in ctx.types(k + 1)):
        return None  # a bare "ba" is a number, "Nhì cụm" is a rank
    if k > i and i > 0 and ctx.tokens[i - 1].low == vocab.word("function", "prize_word"):
        return None  # "giải thứ Nhất" is a prize
    if i > 0 and ctx.tokens[i - 1].low in vocab.words("function", "ordinal_nouns"):
        return None  # "lần thứ nhất", "PHẦN THỨ NHẤT": an edition or a part
    j = k + 1
    nxt = ctx.types(j) if j < len(toks) else {}
    if "CLUHEAD" in nxt:
        j = nxt["CLUHEAD"]  # "xếp thứ Nhất cụm thi đua"
    return ctx.chunk("RANK", i, j, rank=ranks[toks[k].low])
