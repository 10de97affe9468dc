"""A place listed as a member of a cluster of one kind of body is that body of the place.

"Cụm Thi đua Thanh tra các tỉnh Duyên hải Miền Trung gồm: Quảng Nam (Cụm trưởng), Quảng Ngãi (Cụm phó), Bình Định
…" (a page of a probe audit), "Cụm thi đua Hội Nhà báo Việt Nam các tỉnh Nam Bộ", "Cụm thi đua Hội nhà báo các tỉnh,
thành phố Nam Sông Hậu" (dev articles, whose gold names the members "Hội Nhà báo tỉnh Đồng Tháp"): the cluster's own
name says which body of each place its members are, as a list's frame does ("Thanh tra các tỉnh: Quảng Nam, …",
extract/frames.py): "Thanh tra tỉnh Quảng Nam". The national body's own name ends in the country ("Hội Nhà báo Việt
Nam"); a province's branch is named without it.

Only a bare place takes it ("Quảng Nam", "tỉnh Quảng Nam": a province's name, with or without its kind); a unit with
a head of its own ("Sở Tư pháp tỉnh Bình Định") is what it says, and a cluster of places ("Cụm thi đua các tỉnh Tây
Nam Bộ") has no body to give.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocab
from .chunkbase import Context
from .normalize import key
from .places import city_keys, province_keys
from .tokens import match, tokenize


def complete(facts: list[dict]) -> None:
    """Bare places among a cluster's members and ranked units take the body the cluster's name gives."""
    for f in facts:
        if f["kind"] not in ("membership", "ranking") or not f.get("unit") or f.get("_person") or not f.get("cluster"):
            continue
        body = body_of(f["cluster"])  # (asked first: cached by cluster, and most clusters give none)
        place = _bare_province(f["unit"]) if body else None
        if place is not None:
            f["unit"] = f"{body[0]} {_kind_of(place, body[1])}"


def _bare_province(name: str) -> str | None:
    """"Quảng Nam", "tỉnh Quảng Nam", "thành phố Đà Nẵng", "TP.HCM": the name as written; a unit with a head of its
    own -> None."""
    m = _province_kind().match(name)
    place = m.group(1) if m else name
    return name if key(place) in province_keys() else None


def _kind_of(place: str, plural_kind: str) -> str:
    """The place as the member's name ends: with the kind the text wrote ("thành phố Đà Nẵng", "TP.HCM"), else
    "thành phố" for a centrally-run city (provinces.json `city`), else the cluster's plural's kind ("tỉnh Quảng Nam")."""
    words = vocab.load("resolver")
    m = _province_kind().match(place)
    if m and plural_kind == words["province_kinds"][0] and key(m.group(1)) not in city_keys() and (
            key(place[:m.start(1)].strip()) == key(words["city_kind"])):
        place = m.group(1)  # "Thành phố Đà Nẵng, Quảng Nam": the list gave the city's kind to a province (a review's probe)
    elif m or place.startswith(tuple(words["city_kind_short"])):
        return place
    return f"{words['city_kind'] if key(place) in city_keys() else plural_kind} {place}"


@lru_cache(maxsize=1)
def _province_kind() -> re.Pattern:
    return re.compile(rf"^(?:{vocab.admin_kind_alternation()})\s+(.+)$", re.IGNORECASE)


@lru_cache(maxsize=256)
def body_of(cluster: str) -> tuple[str, str] | None:
    """("Thanh tra", "tỉnh") for "Cụm Thi đua Thanh tra các tỉnh Duyên hải Miền Trung": a body that opens with an
    organisation's head (organisations.yml heads) right after the cluster's head and number, then a plural of
    places ("các tỉnh", "các tỉnh, thành phố": organisations.yml admin_plural); None for any other name."""
    m = _after_head().match(cluster)
    if not m:
        return None
    d = _descriptor().match(cluster[m.end():])
    if not d or not _opens_with_head(d.group(1)):
        return None
    body = d.group(1)
    country = vocab.load("places")["country"]
    if body.endswith(" " + country):
        body = body[: -len(country) - 1]  # the national body's branch in a province
    return body, vocab.admin_plural()[key(d.group(2))]


def of_places(cluster: str | None) -> bool:
    """"Cụm thi đua các tỉnh Bắc sông Hậu", "Cụm thi đua số 2 các huyện miền núi": a cluster its name calls one of
    places (a plural of places right after its head and number), whose members are the places themselves
    (GUIDELINES: a bare district "when the cluster is of districts"; the sample's mat-tran-to-quoc-…-long-an)."""
    m = _after_head().match(cluster or "")
    rest = key(cluster[m.end():]) if m else ""
    return any(rest == p or rest.startswith(p + " ") for p in vocab.admin_plural())


def _opens_with_head(body: str) -> bool:
    """The body opens with an organisation's head, as the token matcher reads heads (organisations.yml heads, and
    heads_any_case whatever their case), written with a capital."""
    toks = tokenize(body)
    return body[:1].isupper() and bool(toks) and "HEAD" in Context(body, toks, *match(toks)).types(0)


@lru_cache(maxsize=1)
def _descriptor() -> re.Pattern:
    plurals = sorted(vocab.load("organisations")["admin_plural"], key=len, reverse=True)
    alt = "|".join(re.escape(p) for p in plurals)
    return re.compile(rf"^([^,()]+?)\s+({alt})(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _after_head() -> re.Pattern:
    """A cluster's head as clusters.yml writes it, its number word and number (a roman one in capitals: "Liên" opens
    no number), and the separators after them."""
    heads = sorted({h for h in vocab.load("clusters")["heads"]}, key=len, reverse=True)
    alt = "|".join(re.escape(h) for h in heads)
    number = re.escape(vocab.word("clusters", "number_word"))
    return re.compile(rf"^(?:{alt})(?:\s+{number})?(?:\s+(?:\d{{1,2}}|[IVXL]{{1,5}})(?![\w]))?[\s,\-–]*")
