"""Deterministic keys for unit names: one real unit typed many ways -> one key.

Articles write the same body as "Sở GD&ĐT", "Sở Giáo dục - Đào tạo" and "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
a district as "UBND huyện Cao Lộc", "H. Cao Lộc" or just "Cao Lộc", and mix old and new tone placement
("Uỷ"/"Ủy"). Storage groups facts by key, so the key must absorb exactly those differences and no
others: "Thanh tra Sở Tài chính", "Công đoàn Sở Y tế" and "thị trấn Cao Lộc" keep words that make them
other units, and so keep other keys.

This module is syntax only (no gazetteer lookups beyond the list of Lạng Sơn's districts, which is what
lets a bare "Cao Lộc" be the district). Aliases that no rule can derive ("PC Lạng Sơn" for "Công ty Điện
lực Lạng Sơn") are the Resolver's job (extract/resolve.py), with data in extract/data/gazetteer.json.

The words and patterns (the abbreviations, the district kinds, the leading words dropped) are data, in
extract/data/vocab/unitkeys.yml; "và" and the city's kind come from resolver.yml, which the resolver reads too.
"""
from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from importlib import resources

from . import vocab
from .normalize import clean, fold, key

_V = vocab.load("unitkeys")  # the words and patterns (extract/data/vocab/unitkeys.yml), read once
_R = vocab.load("resolver")
_AND, _CITY = _R["and_word"], _R["city_kind"]  # "và", dropped from keys; the kind no bare name is given

# Separator inside compound abbreviations ("GD&ĐT", "GD-ĐT", "GD và ĐT"): the abbreviations' {J}.
_J = _V["separator"]
_W = r"(?<![\w])"  # word start (\b is wrong next to '&' and '.')
_E = r"(?![\w])"   # word end

# Upper-case only: as lower-case words these are ordinary syllables ("tu", "tư"). Each with what every
# match of it holds one of: expand() runs it only on a name that holds one (most names hold none).
_CASED_RE = [(re.compile(p), r, tuple(held)) for p, r, held in _V["cased"]]

# (pattern on cleaned lower-case text, expansion). Compounds before their parts; order matters.
_ABBREV = [(p.replace("{J}", _J), r) for p, r in _V["abbreviations"]]


def _lead(p: str) -> str:
    """The letters every match of pattern p starts with ("tp" for "tp[\\s.]*…hcm|tphcm"; "" when it may start
    otherwise): a name without them cannot match, so expand() runs the pattern only when they are there."""
    branches, depth, cur = [], 0, ""
    for ch in p:
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            branches.append(cur)
            cur = ""
        else:
            cur += ch
    leads = []
    for b in branches + [cur]:
        m = re.match(r"[^\W\d_]*", b)
        lead = m.group()
        leads.append(lead[:-1] if b[m.end():m.end() + 1] in ("?", "*", "+", "{") and lead else lead)
    return os.path.commonprefix(leads)


# Speed (resolution runs on every name of every article): the plain one-word abbreviations, which
# cannot overlap, go in one alternation; patterns with separators or look-arounds run first, in order,
# and the after-words ones last ("công ty CP" after "Cty" became "công ty").
_PLAIN = re.compile(r"^[^\W\d_]+$")
_PRE = [(re.compile(_W + "(?:" + p + ")" + _E if not p.endswith(r"\s*") else _W + p), r, _lead(p))
        for p, r in _ABBREV if not _PLAIN.match(p)]
_POST = [(re.compile(_W + p + _E), r, re.match(r"\((.*?)\)", p).group(1))  # run where its group's words are
         for p, r in _V["after_words"]]
_WORDS = {p: r for p, r in _ABBREV if _PLAIN.match(p)}
_WORDS_RE = re.compile(_W + "(?:" + "|".join(sorted(_WORDS, key=len, reverse=True)) + ")" + _E)
# Any of _PRE's leads: a name with none is spared their loop (a pattern with no lead, "", makes this match
# every name, as it should).
_ANY_LEAD = re.compile("|".join(sorted({re.escape(lead) for _, _, lead in _PRE}, key=len, reverse=True)))


def _spelled(m: re.Match) -> str:
    return _WORDS[m.group(0)]

# A leading administrative kind; a leading "UBND" before one is dropped ("UBND huyện X" is the district X),
# not before a Party committee ("huyện ủy").
DISTRICT_KINDS = tuple(_V["district_kinds"])
_LEADING_UBND = re.compile(_V["leading_committee"].replace("{kinds}", "|".join(DISTRICT_KINDS)))
_LEADING_H, _DISTRICT = re.compile(_V["district_initial"][0]), _V["district_initial"][1]  # "H. Cao Lộc"
# "Trường ĐH Nha Trang" and "ĐH Nha Trang" are one school (both in one article of the dev set).
_LEADING_SCHOOL = re.compile(_V["leading_school"])
# "Ủy ban MTTQ Việt Nam tỉnh", "UBMTTQ tỉnh", "Mặt trận Tổ quốc Việt Nam tỉnh": one body, spelled three ways.
_MTTQ, _FRONT = re.compile(_V["front"][0]), _V["front"][1]
# Folded single-consonant + i/y syllables spelled both ways: kĩ/kỹ, sĩ/sỹ, lí/lý, mĩ/mỹ, hi/hy, qui/quy.
_IY = re.compile(r"\b(k|l|m|s|t|h|qu)i\b")


@lru_cache(maxsize=16384)
def expand(name: str) -> str:
    """Cleaned, lower-case text with the project's abbreviations spelled out (accents kept). Cached: an
    article's unit names are expanded for their key and again for their fullness (extract/assemble.py)."""
    s = clean(name).strip()
    for rx, rep, held in _CASED_RE:
        if any(map(s.__contains__, held)):
            s = rx.sub(rep, s)
    s = _LEADING_H.sub(_DISTRICT, s.lower())
    if _ANY_LEAD.search(s):  # else no pattern of _PRE can match, nor make another's lead appear
        for rx, rep, lead in _PRE:
            if lead in s:
                s = rx.sub(rep, s)
    s = _WORDS_RE.sub(_spelled, s)
    for rx, rep, lead in _POST:
        if lead in s:
            s = rx.sub(rep, s)
    return s


def words(name: str) -> list[str]:
    """Accented lower-case words of a name: abbreviations expanded, punctuation and 'và' dropped,
    a leading 'UBND' before a district-level kind dropped ('UBND huyện X' is the district X)."""
    s = key(expand(name).replace("&", f" {_AND} "))
    s = _LEADING_UBND.sub("", s)
    s = _MTTQ.sub(_FRONT, s)
    s = _LEADING_SCHOOL.sub("", s)
    return [w for w in s.split() if w != _AND]


def fold_words(ws: list[str]) -> list[str]:
    """Accent-free words with the i/y spelling variants made one. Word by word, each word's folding
    cached: most names are made of the same few hundred words ("sở", "tỉnh", "lạng", "sơn"), and folding
    a new name whole was a third of its key. (The same as folding the words joined by spaces: no step of
    fold or of the i/y pattern reads across a space.)"""
    return [f for w in ws for f in _fold_word(w)]


@lru_cache(maxsize=16384)
def _fold_word(word: str) -> tuple[str, ...]:
    return tuple(_IY.sub(_as_y, fold(word)).split())


def _as_y(m: re.Match) -> str:
    """"ki" -> "ky". A function: a template ("\\1y") is looked up in the re module's cache on every call,
    and that cost seven times the search."""
    return m.group(1) + "y"


@lru_cache(maxsize=1)
def bare_districts() -> dict[str, str]:
    """Folded bare district name -> its canonical administrative kind, from the gazetteer.

    Only Lạng Sơn's districts: a bare "Cao Lộc" is the district because the gazetteer says so. The city
    is left out on purpose: a bare "Lạng Sơn" usually means the province.
    """
    data = json.loads(resources.files(__package__).joinpath("data", "gazetteer.json").read_text("utf-8"))
    out = {}
    for u in data:
        if u["kind"] != "district":
            continue
        ws = words(u["name"])
        for kind in DISTRICT_KINDS:
            kw = kind.split()
            if ws[: len(kw)] == kw and kind != _CITY:
                out[" ".join(fold_words(ws[len(kw):]))] = kind
    return out


def norm_words(name: str) -> list[str]:
    """Folded words of the name's normal form (what keys and fuzzy comparison are built from)."""
    ws = words(name)
    fw = fold_words(ws)
    kind = bare_districts().get(" ".join(fw))
    if kind:
        fw = fold_words(kind.split()) + fw
    return fw


@lru_cache(maxsize=65536)
def unit_key(name: str) -> str:
    """Deterministic slug for any unit name.

    >>> unit_key("UBND huyện Cao Lộc") == unit_key("Cao Lộc") == "huyen-cao-loc"
    True
    >>> unit_key("Sở GD&ĐT") == unit_key("Sở Giáo dục và Đào tạo") == "so-giao-duc-dao-tao"
    True
    """
    return "-".join(norm_words(name))
