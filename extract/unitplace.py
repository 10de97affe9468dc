"""Where a unit is: the place its name ends in, and the head before that place.

"Công an huyện Đông Giang" names its place with the place's kind; "Sở Tài nguyên và Môi trường Hà Nội" (a dev
article), "Công an TP Hải Phòng", "Công an TP.HCM" (another) name a province without it, or with its kind
abbreviated. assemble._member_places asks this of the units an article names, to find the unit of a cluster's kind
at a place the cluster lists bare ("tỉnh Hà Nội", "thành phố Hải Phòng"); a name that is a place and nothing more
has no head and is no such unit.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocab
from .normalize import key
from .places import province_keys, province_name, provinces_in


@lru_cache(maxsize=4096)
def split(name: str) -> tuple[str, str] | None:
    """(head, place): "Công an huyện Đông Giang" -> ("Công an", "Đông Giang"); "Công an TP Hải Phòng" ->
    ("Công an", "Hải Phòng"): the longest tail that is a province's name ("Thừa Thiên Huế", not "Huế"), after a head
    that is not only a kind; None when the name ends in no place or has nothing before it."""
    m = _with_kind().match(name)
    if m:
        return m.group(1), m.group(2)
    words = name.split()
    firsts = _province_firsts()
    for t in range(1, len(words)):
        opener = key(words[t]).split(" ", 1)[0]
        if opener and opener not in firsts:
            continue  # no province's key opens with this word's: the tail's key is none (see _province_firsts)
        place = " ".join(words[t:])
        if key(place) in province_keys():
            head = words[:t]
            if head[-1].rstrip(".").lower() + " " in vocab.admin_kind_edges()[0]:
                head = head[:-1]  # "TP Hải Phòng": the kind written short
            return (" ".join(head), place) if head else None
    return None


@lru_cache(maxsize=1)
def _province_firsts() -> frozenset[str]:
    """The first word of every province's key ("hà", "thừa", "bà" …). normalize.key works word by word (cleaning,
    lower case and punctuation change no letter across a space), so a tail's key opens with the key of its first
    word that keys to anything: a tail whose first word keys to a word no province's key opens with is no province,
    and split() asks no key of it: a new name's tails were each keyed (a name of eight words that ends in a province of
    two: six tails before the province's), most of the cost of a name met for the first time (22 us a name, now 4 us)."""
    return frozenset(k.split(" ", 1)[0] for k in province_keys() if k)


def place_id(place: str) -> str:
    """One key for a place however written: a province by its display name ("TP Hà Nội", "Hà Nội"), another place
    by its words."""
    k = key(place)
    return key(province_name(place) or k) if k in province_keys() else k


def province_alone(name: str) -> str | None:
    """The place_id of a province named alone, with no kind ("TP.HCM", "Bình Dương"); None for anything else."""
    return place_id(name) if key(name) in province_keys() else None


@lru_cache(maxsize=1)
def _with_kind() -> re.Pattern:
    kinds = vocab.admin_kind_alternation()
    return re.compile(rf"^(\S.*?)\s(?:{kinds})\s+([A-ZĐ][^,;()]*)$")


def names_any(text: str, places: set[str]) -> bool:
    """Whether a text names one of these places (place_id keys): a province in any of its forms ("TP.HCM", "Thành
    phố Hồ Chí Minh"), another place by its words. A cheap test before a statement of no fact is chunked."""
    if any(place_id(p) in places for p in provinces_in(text)):
        return True
    folded = f" {key(text)} "
    return any(f" {p} " in folded for p in places)
