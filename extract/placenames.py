"""Where a district's or a commune's name ends, from the list of Vietnam's real ones.

A place's name is often made of words the vocabulary also knows: "huyện Ba Vì" ("Ba" is a number),
"quận Hai Bà Trưng" ("Bà" a title), "Huyện Thống Nhất" ("thống nhất" a verb), "phường Trần Thành Ngọ"
(a person's name). Names are cut there. After an administrative kind ("huyện", "xã", "TP." …), a run of
capitalised words that the list knows as a name of that kind's level (extract/data/places_vn.json, built
by scripts/build_places.py from the pinned package vietnam-provinces; shipped, so no run needs the
package) is one name, whatever words it holds; the longest known one wins.

Cheap by design: the list is read once into two sets of lower-case forms (the tokens' own `low`, joined
by spaces; the data is tone-normalised when built), and a lookup is asked only right after a kind.
"""
from __future__ import annotations

from functools import lru_cache

from . import vocab
from .chunkbase import Context
from .data import load

_DASH = "-"
_DOT = "."


@lru_cache(maxsize=1)
def _forms() -> dict[str, frozenset[str]]:
    """{"district" | "commune": the lower-case names of that level}."""
    data = load("places_vn.json")
    return {level: frozenset(n.lower() for n in data[level]) for level in ("district", "commune")}


@lru_cache(maxsize=1)
def _longest() -> int:
    """The most tokens a listed name has (its dashes count)."""
    return max(len(n.split()) for names in _forms().values() for n in names)


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    """"huyện" -> "district", "thị trấn" -> "commune" … (places.yml gazetteer_kinds)."""
    return {str(k).lower(): v for k, v in vocab.load("places")["gazetteer_kinds"].items()}


def known_under(kind_phrase: str, name: str) -> bool:
    """Whether `name` (as written, without a kind) is a listed name of the level of the kind that ends
    `kind_phrase`: "Hoàng Văn Thụ" under "phường" or "Công an phường" is a ward, not a person."""
    words = kind_phrase.lower().split()
    level = _kinds().get(" ".join(words[-2:])) or _kinds().get(" ".join(words[-1:]))
    return bool(level) and " ".join(name.lower().split()) in _forms()[level]


def after_kind(ctx: Context, s: int, e: int) -> int:
    """The end token of the longest listed name, every word of it capitalised, right after the
    administrative kind of tokens s..e (a dot after an abbreviated kind skipped: "TP. Ba Đồn"); 0 when
    the kind lists no names or none starts there."""
    toks = ctx.tokens
    k = e + 1 if e < len(toks) and toks[e].text == _DOT else e
    if k >= len(toks) or not toks[k].cap:
        return 0  # most kinds: "huyện đã …", "xã 135"
    level = _kinds().get(" ".join(t.low for t in toks[s:e]))
    return _end_from(ctx, k, _forms()[level]) if level else 0


def bare_end(ctx: Context, i: int) -> int:
    """The end token of the longest listed name of any level at token i, without a kind ("gồm các huyện:
    Chợ Đồn, …": "Đồn" is a head), or 0."""
    return _end_from(ctx, i, _any())


def listed(name: str) -> bool:
    """Whether `name`, as written and without a kind, is a listed district or commune name."""
    return " ".join(name.lower().split()) in _any()


def district(name: str) -> bool:
    """Whether `name`, as written and without a kind, is a listed district's name ("Buôn Đôn"): fewer than the
    communes' names, so fewer that are also a person's name ("Hoàng Văn Thụ" is a ward)."""
    return " ".join(name.lower().split()) in _forms()["district"]


@lru_cache(maxsize=1)
def _any() -> frozenset[str]:
    return frozenset().union(*_forms().values())


def kind_before(ctx: Context, k: int) -> int:
    """The first token of the administrative kind ("xã", "thị trấn") that ends right before token k, or -1."""
    for back in (1, 2):
        s = k - back
        if s >= 0 and ctx.types(s).get("ADMIN") == k:
            return s
    return -1


def name_end(ctx: Context, k: int) -> int:
    """after_kind() for a kind that ends right before token k."""
    s = kind_before(ctx, k)
    return after_kind(ctx, s, k) if s >= 0 else 0


def _end_from(ctx: Context, k: int, forms: frozenset[str]) -> int:
    toks, n = ctx.tokens, min(len(ctx.tokens), k + _longest())
    j = k
    while j < n and (toks[j].cap and not toks[j].text[:1].isdigit() or toks[j].text == _DASH and j > k):
        j += 1
    while j - k >= 2:
        if toks[j - 1].text != _DASH and " ".join(t.low for t in toks[k:j]) in forms:
            return j
        j -= 1
    return 0
