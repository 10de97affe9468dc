"""One member of a cluster named twice in one article under two spellings (extract/dedupe.py calls these before it
folds short names into fuller ones): a place named alone beside the one body of that place in the cluster and year
(place_members), and a chair's name cut short beside the one fuller chair of the cluster and year (nested_chairs).
Each fact stays once, by its fuller name, with the more specific role."""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocab
from .frames import has_head
from .resolve import cluster_key
from .unitkeys import norm_words

ROLE_RANK = {"chair": 3, "vice_chair": 2, "member": 1}


def place_members(facts: list[dict]) -> list[dict]:
    """"Quận 5" in a cluster's list of places beside "Ủy ban MTTQ Việt Nam Quận 5 … dẫn đầu cụm thi đua số 1"; "tỉnh
    Sóc Trăng" in the list of a cluster's provinces beside "Chủ tịch UBND tỉnh Sóc Trăng … (Cụm trưởng …)": a cluster
    groups units of one kind, so a place named alone and the one body of that very place in the same cluster and
    year are one member, named by the body, with the more specific role. A place of another kind ("TP Hà Tĩnh" /
    "Sở TN&MT Hà Tĩnh"), a body of a smaller place in it ("Hội Nông dân xã A, huyện B" for "huyện B"), another body
    whose name holds the place ("Huyện ủy X" for "huyện X") and a place with two bodies in the cluster leave it alone."""
    members = [f for f in facts if f["kind"] == "membership" and f["cluster"]]
    places = [f for f in members if _kind_and_place(f["unit"])]
    if not places:
        return facts
    drop: set[int] = set()
    for f in places:
        ws, at = norm_words(f["unit"]), (cluster_key(f["cluster"]), f["year"])
        bodies = [g for g in members if (cluster_key(g["cluster"]), g["year"]) == at and not _kind_and_place(g["unit"])
                  and len(_place_openings(g["unit"])) == 1 and _ends_with(norm_words(g["unit"]), ws)]
        if len({g["unit"] for g in bodies}) != 1:
            continue
        drop.add(id(f))
        best = max(bodies, key=lambda g: ROLE_RANK[g["role"]])
        if ROLE_RANK[f["role"]] > ROLE_RANK[best["role"]]:
            best["role"] = f["role"]
    return [f for f in facts if id(f) not in drop]


def nested_chairs(facts: list[dict]) -> list[dict]:
    """"Chánh Thanh tra Sở Tài chính - Trưởng Cụm" (the post took the unit's first words) beside "Thanh tra Sở Tài chính
    - đơn vị Cụm Trưởng"; "Chủ tịch UBND tỉnh, Cụm trưởng" beside "Chủ tịch UBND tỉnh Nghệ An, Cụm trưởng": a cluster
    has one chair a year, so a chair whose name lies whole inside the name of the one other chair of that cluster
    and year is that chair cut short, and goes. Chairs whose names do not nest ("Hội LHPN Hà Nội" / "Hội LHPN huyện
    Mê Linh"), or a short name inside two chairs' names, stay."""
    chairs = [f for f in facts if f["kind"] == "membership" and f["role"] == "chair" and f["cluster"]]
    if len(chairs) < 2:
        return facts
    drop: set[int] = set()
    for f in chairs:
        ws, at = norm_words(f["unit"]), (cluster_key(f["cluster"]), f["year"])
        fuller = {g["unit"] for g in chairs if (cluster_key(g["cluster"]), g["year"]) == at
                  and _holds(norm_words(g["unit"]), ws)}
        if len(fuller) == 1:
            drop.add(id(f))
    return [f for f in facts if id(f) not in drop]


def headed_chairs(facts: list[dict]) -> list[dict]:
    """A unit under a cluster's header line (compose.header_lines, no year: extract/headed.py undated) that a sentence
    of the article makes that cluster's chair or vice chair ("Sở Y tế làm Cụm trưởng Cụm 1."): the role holds, not
    also a member (review 2 of s15, hk-05, hx-02), and the block and the role take one year: the year that sentence
    names, else none (the year the role took is only the article's)."""
    block = [f for f in facts if f["kind"] == "membership" and f.get("rule") == "compose.header_lines" and f["year"] is None]
    if not block:
        return facts
    drop: set[int] = set()
    for g in facts:
        if g["kind"] != "membership" or g["role"] == "member" or g.get("rule") == "compose.header_lines" or not g["cluster"]:
            continue
        mine = [f for f in block if cluster_key(f["cluster"]) == cluster_key(g["cluster"])]
        same = [f for f in mine if f["role"] == "member" and norm_words(f["unit"]) == norm_words(g["unit"])]
        if not same:
            continue
        drop.update(id(f) for f in same)
        if g["year"] is not None and _names_year(g):
            for f in mine:
                f["year"] = g["year"]
        else:
            g["year"] = None
    return [f for f in facts if id(f) not in drop]


def _names_year(f: dict) -> bool:
    stmt = f.get("_stmt")
    return stmt is not None and any(c.label == "YEAR" and c.attrs.get("year") == f["year"] for c in stmt.chunks)


def _holds(longer: list[str], ws: list[str]) -> bool:
    """The words ws stand together inside the longer list of words."""
    n = len(ws)
    return len(longer) > n > 0 and any(longer[i:i + n] == ws for i in range(len(longer) - n + 1))


def _ends_with(longer: list[str], ws: list[str]) -> bool:
    return len(longer) > len(ws) and longer[-len(ws):] == ws


def _kind_and_place(name: str) -> bool:
    """"Quận 5", "tỉnh Nghệ An", "TP Hà Tĩnh": a kind of place and its name, nothing before or after (not
    frames._place_only, a place's name with no kind)."""
    at = _place_openings(name)
    return at == [0] and "," not in name and not has_head(name.split(" ", 1)[-1])


def _place_openings(name: str) -> list[int]:
    """Where a name names a place: a kind of place before a capital or a number ("Hội Nông dân xã Sơn Hải, huyện
    Kiên Lương" two places, "Huyện ủy Lắk" and "Bảo hiểm xã hội" none), as vocabulary's admin_kinds say."""
    return [m.start() for m in _kind_re().finditer(name) if m.group(1).isupper() or m.group(1).isdigit()]


@lru_cache(maxsize=1)
def _kind_re() -> re.Pattern:
    """A kind of place anywhere in a name, and the first letter after it; the kinds as vocab.alternation gives them
    (longest first), the alternation frames._rx builds its kind-of-place patterns of."""
    return re.compile(r"(?<![\w])(?i:" + vocab.alternation("organisations", "admin_kinds") + r")[.\s]+(\w)")
