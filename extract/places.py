"""Which province a name, a phrase or a source address speaks of — from its own words only.

The Board's site is Lạng Sơn's, but its news quotes the press of every province: "Sở Tư pháp" of Sóc
Trăng is not Lạng Sơn's. A unit's province therefore comes from its own name ("BĐBP tỉnh Quảng Ninh",
"Công ty Điện lực Lạng Sơn", "huyện Cao Lộc"), or from its cluster's, never from a count of the
provinces an article happens to mention. The source of an article can also speak: a page of
`dongthap.gov.vn` or `baolamdong.vn` is about Đồng Tháp or Lâm Đồng, a page of the Board itself about
Lạng Sơn, a national paper about no province in particular.

Province forms are data (extract/data/provinces.json: names, aliases, `city` for the centrally-run cities, and
`not_places`, phrases that hold a province's name without meaning it, such as "Thái Bình Dương"); Lạng Sơn's districts come from
the gazetteer. Pure: the only I/O is reading those files once.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from . import normalize, vocab
from .normalize import fold
from .unitkeys import expand, fold_words, key

HOME_NAME = vocab.load("resolver")["home_province"]  # the site's province (extract/data/vocab/resolver.yml)


def _data(name: str):
    return json.loads(resources.files(__package__).joinpath("data", name).read_text("utf-8"))


def slug(words: str) -> str:
    return "-".join(fold_words(words.split()))


def _form(text: str) -> str:
    """Lower-case words with accents (abbreviations expanded): folding would make 'Nông Lâm Đông Bắc'
    name Lâm Đồng."""
    return key(expand(text))


@lru_cache(maxsize=1)
def _provinces() -> tuple[dict[str, str], dict[str, str], tuple[str, ...]]:
    """(form -> display name, slug -> display name, phrases that are no place)."""
    forms, names = {}, {}
    data = _data("provinces.json")
    city = vocab.load("resolver")["city_kind"]
    for p in data:
        if "name" not in p:
            continue
        names[slug(key(p["name"]))] = p["name"]
        # a name also worn by a person or an idea ("Đoàn TNCS Hồ Chí Minh") counts only as "thành phố X"
        own = [f"{city} {p['name']}"] if p.get("needs_prefix") else [p["name"]]
        for form in [*own, *p.get("aliases", [])]:
            forms[_form(form)] = p["name"]
    nots = tuple(_form(n) for p in data for n in p.get("not_places", []))
    return forms, names, nots


@lru_cache(maxsize=1)
def province_names() -> tuple[str, ...]:
    """Every province's name and alias as written, lower case ("bắc kạn", "bắc cạn" …)."""
    return tuple(n.lower() for p in _data("provinces.json") if "name" in p for n in [p["name"], *p.get("aliases", [])])


@lru_cache(maxsize=1)
def city_keys() -> frozenset[str]:
    """The keys of the centrally-run cities' names and aliases (provinces.json `city`): "thành phố Đà Nẵng", not "tỉnh"."""
    return frozenset(normalize.key(n) for p in _data("provinces.json") if p.get("city")
                     for n in [p["name"], *p.get("aliases", [])])


@lru_cache(maxsize=1)
def province_keys() -> frozenset[str]:
    """The keys (normalize.key) of every province's name and alias: "Vĩnh Phúc" is a province whatever its case."""
    return frozenset(normalize.key(p) for p in province_names())


@lru_cache(maxsize=1)
def _home_districts() -> dict[str, str]:
    """'huyện cao lộc', 'thành phố lạng sơn' -> 'Lạng Sơn' (the gazetteer's districts)."""
    return {_form(u["name"]): HOME_NAME for u in _data("gazetteer.json")
            if u.get("kind") == "district"}


@lru_cache(maxsize=1)
def _place_re() -> re.Pattern:
    forms = list(_provinces()[0]) + list(_home_districts())
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(r"(?<![\w])(" + alts + r")(?![\w])")


def _folded(text: str) -> str:
    s = _form(text)
    for phrase in _provinces()[2]:
        s = s.replace(phrase, " ")
    return s


def provinces_in(text: str | None) -> list[str]:
    """Display names of the provinces a phrase names, in order ('Lạng Sơn' for its districts too)."""
    if not text:
        return []
    forms, _, _ = _provinces()
    districts = _home_districts()
    out = []
    for m in _place_re().finditer(_folded(text)):
        name = forms.get(m.group(1)) or districts.get(m.group(1))
        if name and name not in out:
            out.append(name)
    return out


def ends_with_province(text: str) -> bool:
    """Whether a phrase ends on a province's (or a home district's) name: a place ends a body's name."""
    f = _folded(text)
    return any(f == form or f.endswith(" " + form) for form in [*_provinces()[0], *_home_districts()])


def province_of_name(name: str | None) -> str | None:
    """The one province a unit's own name names ('Sở GD&ĐT tỉnh Tây Ninh' -> 'Tây Ninh'); None when it
    names none, or several ('Khối thi đua Long An - Vĩnh Long')."""
    found = provinces_in(name)
    return found[0] if len(found) == 1 else None


def province_name(value: str | None) -> str | None:
    """A province's display name from its slug or any of its forms ('dong-thap', 'tỉnh Đồng Tháp')."""
    if not value:
        return None
    forms, names, _ = _provinces()
    if value in names:
        return names[value]
    found = provinces_in(value)
    return found[0] if found else None


def province_slug(name: str | None) -> str | None:
    return slug(key(name)) if name else None


@lru_cache(maxsize=1)
def _squashed() -> list[tuple[str, str]]:
    """('dongthap', 'Đồng Tháp'), … longest first: how provinces appear inside host names."""
    out = {fold(f).replace(" ", ""): n for f, n in _provinces()[0].items() if len(f.replace(" ", "")) >= 5}
    return sorted(out.items(), key=lambda kv: -len(kv[0]))


def source_province(url: str | None) -> str | None:
    """The province a source address belongs to, from its host name: 'snv.kiengiang.gov.vn' ->
    'Kiên Giang', 'baolangson.vn' -> 'Lạng Sơn'; None for a national paper ('cand.com.vn'), an unknown
    source, or a host naming two provinces."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    labels = [lb for lb in host.split(".") if lb not in ("www", "gov", "vn", "com", "org", "net", "edu")]
    found = set()
    for label in labels:
        for squashed, name in _squashed():
            if squashed in label:
                found.add(name)
                break
    return found.pop() if len(found) == 1 else None


def fold_text(text: str) -> str:
    """Accent-free lower-case words of a phrase, abbreviations expanded (what the rules compare)."""
    return " ".join(fold(key(expand(text or ""))).split())
