"""One fact per statement of fact: the keys facts are deduplicated by, and which of two facts of one key
stays (extract/assemble.py calls dedupe() once the rules, coreference and implied memberships have run).

- One membership per (cluster, unit, year), with the most specific role; a unit the article names with one
  kind of place is one unit with or without it ("Liên hiệp hội tỉnh Vĩnh Long" = "Liên hiệp hội Vĩnh Long").
- One ranking per (cluster, unit, year), the unit keyed as a membership's ("Nghệ An dẫn đầu Cụm" in the title,
  "tỉnh Nghệ An … xếp thứ nhất Cụm" in the body: one rank).
- One award per (recipient, award kind, grantor), where a grantor left unsaid is any grantor; one State order
  of one class per recipient, and a place and its community ("TP Lạng Sơn" / "Đảng bộ, chính quyền và Nhân
  dân TP Lạng Sơn") are one recipient of it.
- A unit named with its parent ("X thuộc Y", extract/parents.py) or its province and without them is one
  recipient, by its fuller name (_short_forms); two units that only share the short name stay two.
- A title's short name of a unit the body names in full goes by the body's name (title_names); a person named
  by given names alone ("Hưng Nguyên") is the one person recipient whose full name ends with them (_given_names).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocab
from .frames import has_head
from .normalize import key
from .parents import sub_and_parent
from .places import province_keys
from .resolve import cluster_key
from .samemember import ROLE_RANK, headed_chairs, nested_chairs, place_members
from .unitkeys import unit_key


def dedupe(facts: list[dict]) -> list[dict]:
    facts = headed_chairs(facts)
    _given_names(facts)
    loose = _loose_keys(facts)
    best: dict[tuple, dict] = {}
    order = []
    for f in facts:
        name = f.get("unit") or f.get("recipient")
        if not name:
            continue
        if f["kind"] == "membership":
            k = ("m", cluster_key(f["cluster"]) if f["cluster"] else None, loose[name], f["year"])
        elif f["kind"] == "ranking":
            k = ("r", cluster_key(f["cluster"]) if f["cluster"] else None, loose[name], f["year"])
        elif f.get("award_kind") in _state_orders():
            # the State confers these: a second "grantor" is the one who hands them over ("Chủ tịch UBND tỉnh
            # trao Huân chương …"), so one order of one class is one award; and the community of a place is
            # that place ("trao Huân chương cho TP Lạng Sơn" / "… cho Đảng bộ, chính quyền và Nhân dân TP Lạng Sơn")
            k = ("a", loose[_community_place(name)], f["award_kind"], "", _order_name(f["award"], f["award_kind"]))
        else:
            kind = f.get("award_kind") if f.get("award_kind") not in _by_name() else key(f["award"])
            k = ("a", unit_key(name), kind or key(f["award"])[:12], key(f["grantor"] or ""))
        old = best.get(k)
        if old is None:
            best[k] = f
            order.append(k)
        elif f["kind"] == "membership" and ROLE_RANK[f["role"]] > ROLE_RANK[old["role"]]:
            best[k] = f
        elif f["kind"] == "award" and k[3] == "" and f["grantor"] in _state_grantors() and old["grantor"] not in _state_grantors():
            best[k] = f
        elif f["kind"] == "award" and f["recipient"] != old["recipient"] == _community_place(f["recipient"]):
            best[k] = f  # the community names the receiver in full
        elif old["_stmt"].start is None and f["_stmt"].start is not None:
            best[k] = f  # body evidence beats the title
    out = _short_forms([best[k] for k in order if not _same_award_named_fuller(k, order)])
    body_awards = {(f.get("award_kind"), f["year"]) for f in out if f["kind"] == "award" and f["_stmt"].start is not None}
    return [f for f in out if not (f["kind"] == "award" and f["_stmt"].start is None
                                   and (f.get("award_kind"), f["year"]) in body_awards)]


def title_names(facts: list[dict]) -> None:
    """"Vietcombank … đón nhận Huân chương Lao động hạng Nhất" in the title, "Ngân hàng TMCP Ngoại thương Việt Nam …
    đón nhận Huân chương Lao động hạng Nhất" in the body: when the title names its unit with no head (a short
    name) and the body gives the title's one award (kind and year) to one other unit, the title's name is a short
    name of that unit, and every fact goes by the body's."""
    body: dict[tuple, set] = {}
    for f in facts:
        if f["kind"] == "award" and f["_stmt"].start is not None and not f["_person"]:
            body.setdefault((f.get("award_kind"), f["year"]), set()).add(f["recipient"])
    titled = {(f["recipient"], f.get("award_kind"), f["year"]) for f in facts
              if f["kind"] == "award" and f["_stmt"].start is None and not f["_person"]}
    if len(titled) != 1:
        return
    (short, kind, year), = titled
    if has_head(short):
        return  # "Công an huyện Cao Lộc": a name in full, no short name; a body's other unit is another unit
    full = body.get((kind, year), set()) - {short}
    if len(full) != 1:
        return
    full_name = next(iter(full))
    for f in facts:
        field_ = "unit" if f.get("unit") else "recipient"
        if f.get(field_) == short and not f["_person"]:
            f[field_] = full_name


def _community_place(name: str) -> str:
    """"Đảng bộ, chính quyền và Nhân dân TP Lạng Sơn" -> "TP Lạng Sơn": the place a community of the
    vocabulary's collectives (organisations.yml) is the people of; any other name as it is."""
    low = name.lower()
    openings, collectives = _collectives()
    if not low.startswith(openings):
        return name  # most names: one test, not one for each collective
    for opening, n in collectives:
        rest = name[n + 1:]
        if low.startswith(opening) and (rest[:1].isupper() or _level(rest)):  # "… nhân dân huyện Lục Nam"
            return rest
    return name


@lru_cache(maxsize=1)
def _collectives() -> tuple[tuple[str, ...], tuple[tuple[str, int], ...]]:
    """(each collective in lower case with the space after it, and with the length of the collective as
    written), in the vocabulary's order."""
    pairs = tuple((c.lower() + " ", len(c)) for c in vocab.load("organisations")["collectives"])
    return tuple(opening for opening, _ in pairs), pairs


def _loose_keys(facts: list[dict]) -> dict[str, str]:
    """Each unit name's key for dedupe: "Liên hiệp hội tỉnh Vĩnh Long" (a list spelled out under "06 tỉnh:")
    and "Liên hiệp hội Vĩnh Long" (the chair sentence) are one unit, so a name is keyed without its kind of
    place — unless the article names that unit with two different kinds ("Công an tỉnh Lạng Sơn" and
    "Công an thành phố Lạng Sơn" are two units): then each keeps its full key."""
    names = {f.get("unit") or f.get("recipient") for f in facts} - {None, ""}
    names |= {_community_place(n) for n in names}
    kinds: dict[str, set] = {}
    for n in names:
        stripped, kind = kind_split(n)
        kinds.setdefault(stripped, set()).add(kind)
    out = {}
    for n in names:
        stripped, _ = kind_split(n)
        out[n] = stripped if len(kinds[stripped] - {""}) <= 1 else unit_key(n)
    return out


@lru_cache(maxsize=8192)
def kind_split(name: str) -> tuple[str, str]:
    """(the unit's key without kinds of place, the kinds it names): ("lien-hiep-hoi-vinh-long", "tinh")."""
    k, found = f"-{unit_key(name)}-", []
    for kind, inside in _kinds_inside():
        if inside in k:
            found.append(kind)
            k = k.replace(inside, "-")
    return k.strip("-"), " ".join(sorted(found))


@lru_cache(maxsize=1)
def _kinds_inside() -> tuple[tuple[str, str], ...]:
    """Each kind of place's key, longest first, and as it stands inside a key ("-huyen-")."""
    kinds = sorted({unit_key(k) for k in vocab.admin_kinds()} - {""}, key=len, reverse=True)
    return tuple((kind, f"-{kind}-") for kind in kinds)


@lru_cache(maxsize=1)
def _state_orders() -> frozenset[str]:
    return frozenset(vocab.load("awards")["state_orders"]["kinds"])


@lru_cache(maxsize=1)
def _by_name() -> frozenset[str]:
    """Kinds whose every name is another award (awards.yml each_name_its_own): keyed by the name, not the kind."""
    return frozenset(vocab.load("awards").get("each_name_its_own", []))


@lru_cache(maxsize=1)
def _state_grantors() -> frozenset[str]:
    return frozenset(vocab.load("awards")["state_orders"]["grantors"])


def _order_name(award: str, kind: str) -> str:
    """"Huân chương Lao động hạng Ba" -> "huân chương lao động hạng ba": the order up to its class; a title
    whose kind is all its name ("Bà mẹ Việt Nam anh hùng" / "Bà mẹ VNAH", "Nhà giáo Ưu tú") is its kind."""
    if kind not in vocab.load("awards")["state_orders"]["named"]:
        return key(kind)
    words = key(award).split()
    cls = vocab.word("awards", "class_word")
    return " ".join(words[:words.index(cls) + 2]) if cls in words else " ".join(words[:4])


def _same_award_named_fuller(k: tuple, keys: list[tuple]) -> bool:
    """An award named once without its grantor, or with a shorter wording of it, is the award another fact
    names in full; so is a State order named without its name or class ("trao Huân chương cho Viện X" where
    the article also writes "Viện X đón nhận Huân chương Sao Vàng")."""
    if k[0] != "a":
        return False
    if len(k) == 5:  # a State order: "Huân chương" or "Huân chương Lao động" beside "Huân chương Lao động hạng Ba"
        return any(len(o) == 5 and o[:4] == k[:4] and o[4].startswith(k[4] + " ") for o in keys)
    return any(o[:3] == k[:3] and o[3] != k[3] and k[3] in o[3] for o in keys if o[0] == "a")


def _given_names(facts: list[dict]) -> None:
    """"Hưng Nguyên (giữa) là một trong 4 VĐV được đề nghị …" after "… gồm: …, Trần Hưng Nguyên, …": a
    recipient named by given names alone (one or two capitalised words, no surname) is the one person
    recipient of the article whose full name ends with them; with none or two such persons it stays as it is."""
    persons = {f["recipient"] for f in facts if f["kind"] == "award" and _full_person_name(f["recipient"])}
    for f in facts:
        words = f.get("recipient", "").split() if f["kind"] == "award" else []
        if not (1 <= len(words) <= 2 and all(w[:1].isupper() for w in words) and words[0].lower() not in vocab.surnames()):
            continue
        if key(f["recipient"]) in province_keys():
            continue  # "Vĩnh Phúc được tặng Cờ thi đua" is the province, whoever "Trần Vĩnh Phúc" is
        full = [p for p in persons if p.endswith(" " + f["recipient"])]
        if len(full) == 1:
            f["recipient"] = full[0]


def _full_person_name(name: str) -> bool:
    words = name.split()
    return 3 <= len(words) <= 4 and words[0].lower() in vocab.surnames() and all(w[:1].isupper() for w in words)


def _short_forms(facts: list[dict]) -> list[dict]:
    """One award named with and without its parent or its province ("Phòng Cảnh sát giao thông" / "… thuộc Công
    an tỉnh Hải Dương"; "huyện Lục Nam, tỉnh Bắc Giang" / "Đảng bộ, chính quyền, nhân dân huyện Lục Nam"): the
    short name goes when exactly one other unit with an award of that kind has it as its own name; the fuller
    name stays, or the community's, which names the receiver in full. Two units that share a short name ("xã
    Tân Lập, huyện Đan Phượng", "xã Tân Lập, huyện Sông Lô") both stay."""
    facts = _short_members(nested_chairs(place_members(facts)))
    awards = [f for f in facts if f["kind"] == "award"]
    longer = _by_own_name(awards, "recipient", lambda f, own: (unit_key(own), _award_key(f)[0]))
    if not longer:
        return facts
    drop: set[int] = set()
    for f in awards:
        short = _community_place(f["recipient"])
        fuller = [g for g in longer.get((unit_key(short), _award_key(f)[0]), [])
                  if f["grantor"] is None or g["grantor"] is None or _award_key(g) == _award_key(f)]
        if _one_fuller(fuller, f, "recipient"):
            if short != f["recipient"]:
                drop.update(id(g) for g in fuller)  # the community names the receiver in full
            else:
                drop.add(id(f))
    return [f for f in facts if id(f) not in drop]


def _short_members(facts: list[dict]) -> list[dict]:
    """"Hội Nông dân xã Sơn Hải, huyện Kiên Lương – Trưởng cụm …" and "… gồm Hội Nông dân xã Sơn Hải làm Cụm
    trưởng": one member of one cluster in one year, named by its fuller name, with the most specific role."""
    members = [f for f in facts if f["kind"] == "membership"]
    longer = _by_own_name(members, "unit", _member_key)
    if not longer:
        return facts
    drop: set[int] = set()
    for f in members:
        fuller = longer.get(_member_key(f, f["unit"]), [])
        if _one_fuller(fuller, f, "unit"):
            drop.add(id(f))
            best = max(fuller, key=lambda g: ROLE_RANK[g["role"]])
            if ROLE_RANK[f["role"]] > ROLE_RANK[best["role"]]:
                best["role"] = f["role"]
    return [f for f in facts if id(f) not in drop]


def _by_own_name(facts: list[dict], field_: str, key_of) -> dict[tuple, list[dict]]:
    """The facts whose name is longer than its own name ("X thuộc Y", "X, huyện Y"), by key_of(fact, own name)."""
    out: dict[tuple, list[dict]] = {}
    for f in facts:
        own = _own_name(f[field_])
        if own != f[field_]:
            out.setdefault(key_of(f, own), []).append(f)
    return out


def _one_fuller(fuller: list[dict], f: dict, field_: str) -> bool:
    """One unit, other than f, has f's name as its own name (two of them sharing it are two units)."""
    return len({g[field_] for g in fuller}) == 1 and all(g is not f for g in fuller)


def _member_key(f: dict, name: str) -> tuple:
    return unit_key(name), cluster_key(f["cluster"]) if f["cluster"] else None, f["year"]


def _award_key(f: dict) -> tuple[tuple, str]:
    """(the award, its grantor) as dedupe() tells awards apart: a State order by its class and any grantor,
    others by kind and grantor (one left unsaid is any)."""
    if f.get("award_kind") in _state_orders():
        return (f["award_kind"], _order_name(f["award"], f["award_kind"])), ""
    return (f.get("award_kind") or key(f["award"])[:12],), key(f["grantor"] or "")


@lru_cache(maxsize=8192)
def _own_name(name: str) -> str:
    """"Nhà máy Z131 thuộc Tổng cục Công nghiệp Quốc phòng", "Binh đoàn 15 (Bộ Quốc phòng)" -> the unit without
    its parent;
    "huyện Lục Nam, tỉnh Bắc Giang" -> "huyện Lục Nam", "Hội Nông dân xã Sơn Hải, huyện Kiên Lương" -> "Hội Nông dân
    xã Sơn Hải": a unit of a place without the higher place it lies in."""
    m = _belong_re().search(name)
    if m:
        return name[:m.start()]
    head, sep, parent = name.partition(" (")
    if sep and parent.endswith(")") and has_head(parent[:-1]):
        return head  # "Cục Cứu hộ - Cứu nạn (Bộ Quốc phòng)": the parent in brackets
    head, sep, tail = name.rpartition(", ")
    if sep and _inner_level(head) and _level(tail) and _inner_level(head) < _level(tail):
        return head
    head, sep, tail = name.partition(", ")
    if sep and sub_and_parent(head, tail):
        return head  # "Trung đoàn không quân 917, Sư đoàn Không quân 370": a unit, then the body it is of
    return name


def _inner_level(name: str) -> float | None:
    """The level of the last kind of place a name holds ("huyện Lục Nam" 2, "Hội Nông dân xã Sơn Hải" 1), or None."""
    low = " " + name.lower() + " "
    at = max(((low.rfind(" " + kind + " "), lv) for kind, lv in vocab.admin_levels().items()), default=(-1, None))
    return at[1] if at[0] >= 0 else None


def _level(name: str) -> float | None:
    """The administrative level of the kind a place's name opens with ("huyện …" 2, "tỉnh …" 3), or None."""
    low = name.lower()
    return max((lv for kind, lv in vocab.admin_levels().items() if low.startswith(kind + " ")), default=None)


@lru_cache(maxsize=1)
def _belong_re() -> re.Pattern:
    """" thuộc ", " trực thuộc ": the longest first, so "Phòng Tổ chức trực thuộc Sở Nội vụ" is "Phòng Tổ chức"."""
    words = sorted(vocab.load("verbs")["BELONG"], key=len, reverse=True)
    return re.compile(r"\s(?:" + "|".join(re.escape(w) for w in words) + r")\s")
