"""One order named once with its classes in a row: "Huân chương Lao động hạng Nhất, Nhì, Ba", "… hạng Nhì và hạng
Ba" (dev chu-tich-nuoc-tang-thuong-huan-chuong…, hoi-ccb-quang-binh…, chieu-16-12-bo-giao-duc…; a school's page of a
probe audit). Each class is an award of its own, and the gold counts one fact each; read as one name, the later
classes were lost ("hạng Ba" after "và" became a rank with no cluster, and the frame broke at it).

classes_after() reads the classes after an award name's own class (the AWD chunk runs over them and keeps them as
"classes"); spread() gives each fact made from such a chunk one twin per class, the class put in the name's place.
"""
from __future__ import annotations

from functools import lru_cache

from . import vocab
from .chunkbase import Context


_AFTER = frozenset({"AND", "FOR", "OF", "GRANTOR"})


@lru_cache(maxsize=1)
def _classes() -> frozenset[str]:
    """Class names as tokens read them, lower case: "nhất", "nhì", "ba", "i", "ii", "iii" (awards.yml class_numerals)."""
    table = vocab.load("awards")["class_numerals"]
    return frozenset(str(x).lower() for x in (*table, *table.values()) if not str(x).isdigit())


def classes_after(ctx: Context, k: int) -> tuple[list[str], int]:
    """The classes said after a name's class at token k: (", " or "và") then "hạng"? then a class, again and again.
    A class word must end its phrase, capitalised or not: "hạng Ba, ba tập thể" is no class "ba", and "hạng Nhì, Ba
    Đình được tặng …" no class "Ba" (a place's name opens with it: review s12 W3, W4, W10, W11)."""
    toks, n, out = ctx.tokens, len(ctx.tokens), []
    word = vocab.word("awards", "class_word")
    while k + 1 < n and (toks[k].text == "," or "AND" in ctx.types(k)):
        j = k + 1
        if toks[j].low == word:
            j += 1
        if j >= n or toks[j].low not in _classes():
            break
        if not _ends(ctx, j + 1, toks[j].cap):
            break
        out.append(toks[j].text)
        k = j + 1
    return out, k


def _ends(ctx: Context, j: int, cap: bool) -> bool:
    """Whether a class word's phrase ends before token j: the end, a stop, "và", "cho", "của", a grantor, "hạng"; after
    a capitalised class word also a verb or any lower-case word ("hạng Nhì năm 2005"), never a capitalised one."""
    toks = ctx.tokens
    if j >= len(toks) or not toks[j].text.isalpha() or ctx.types(j).keys() & _AFTER:
        return True
    return cap and not toks[j].cap


def spread(facts: list[dict]) -> list[dict]:
    """Each award fact whose chunk holds more classes, and a twin of it for each class."""
    out = []
    for f in facts:
        out.append(f)
        if f["kind"] != "award" or f.get("_awd") is None:
            continue
        awd = next((c for c in f["_stmt"].chunks if c.label == "AWD" and c.start == f["_awd"]), None)
        if awd is None or not awd.attrs.get("classes") or f["award"] != awd.attrs.get("name"):
            continue
        stem = f["award"].rsplit(" ", 1)[0]
        out += [{**f, "award": f"{stem} {c}"} for c in awd.attrs["classes"]]
    return out
