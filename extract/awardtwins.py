"""One award said twice under two spellings is one fact (extract/assemble.py runs twins() after dedupe()).

A ceremony page names its award in the title, the lead and the body, and each time a little differently:
"ngôi trường mang tên … Lương Thế Vinh" in an apposition and "Trường Tiểu học Lương Thế Vinh"; "xã Thạch Châu" and "xã Thạch
Châu (Lộc Hà - Hà Tĩnh)"; "Huân chương Lao động hạng III" and "hạng Ba"; "Huân chương Bảo vệ Tổ quốc" and "…
hạng Nhì"; a grantor as a post and as the post's holder ("Thủ tướng Chính phủ" / "Thủ tướng Nguyễn Tấn Dũng").
dedupe() keys facts by exact keys, so these stay two facts, of which at most one can be right. Here two award
facts are one when their kind is one, their names agree (a State order's up to its class, as dedupe keys it) and
their classes do (awards.yml class_numerals: III is Ba) or one names none, their years and grantors do not disagree, and their receivers are one unit by the resolver's own test
(resolver.yml sub_body_heads, as resolve._plausible reads them: one name holds the other whole, the rest
before it opens no sub-body and the rest after it adds no number or branch ("Trường X 2", "X chi nhánh Y"), "Công đoàn Tập đoàn X" is not "Tập đoàn X", and a name with a head of its own gains only a head before it), or by a descriptor left out ("Công ty cấp nước X" / "Công ty một thành viên cấp nước X").
One fact stays (the one with a class, then a grantor, then from the body) and keeps its rule; it takes the fuller
name, the class in words, and the grantor and year either fact gives. A bare place is never matched by
holding ("Hà Nội" / "Công an Hà Nội" are two receivers), nor two persons; a unit named after a person holds it.
"""
from __future__ import annotations

from functools import lru_cache

from . import vocab
from .dedupe import _by_name, _order_name, _state_orders, kind_split
from .frames import _heads_and_kinds, has_head
from .normalize import key
from .places import province_keys
from .resolve import _ADMIN_FOLDED, _SUB_BODY_HEADS
from .unitkeys import unit_key


def twins(facts: list[dict]) -> list[dict]:
    awards = [f for f in facts if f["kind"] == "award" and f.get("award_kind")]
    gone: set[int] = set()
    for i, a in enumerate(awards):
        for b in awards[i + 1:]:
            if id(a) in gone:
                break
            if id(b) not in gone and _one_award(a, b):
                keep, drop = (a, b) if _rank(a) >= _rank(b) else (b, a)
                _fill(keep, drop)
                gone.add(id(drop))
    return [f for f in facts if id(f) not in gone]


def _one_award(a: dict, b: dict) -> bool:
    if a["award_kind"] != b["award_kind"] or a["award_kind"] in _by_name() or a.get("_person") and b.get("_person"):
        return False
    if a["year"] is not None and b["year"] is not None and a["year"] != b["year"]:
        return False
    if not _same_name_or_class(a, b):
        return False
    if a["award_kind"] not in _state_orders() and not _same_grantor(a["grantor"], b["grantor"]):
        return False
    return _one_receiver(a["recipient"], b["recipient"])


def _same_name_or_class(a: dict, b: dict) -> bool:
    """"Huân chương Lao động hạng III" / "hạng Ba" / "Hạng Ba": one order; "Huân chương Bảo vệ Tổ quốc" is the one
    with a class; "Huân chương Lao động hạng Nhất" / "hạng Ba" are two."""
    named = a["award_kind"] in _state_orders()  # an order by its name up to its class (dedupe's own key of it)
    x, y = sorted((_spelling(_order_name(f["award"], f["award_kind"]) if named else f["award"]) for f in (a, b)), key=len)
    return x == y or y.startswith(x + " ") and _class_word() not in x.split()


@lru_cache(maxsize=4096)
def _spelling(award: str) -> str:
    """The award's key with its class as a word ("huân chương lao động hạng ba")."""
    words = key(award).split()
    cls = _class_word()
    if cls in words and words.index(cls) + 1 < len(words):
        at = words.index(cls) + 1
        words[at] = _numerals().get(words[at], words[at])
        words = words[:at + 1]
    return " ".join(words)


def _same_grantor(g: str | None, h: str | None) -> bool:
    """Left unsaid, the same, or one post named with its holder ("Thủ tướng Nguyễn Tấn Dũng" is "Thủ tướng")."""
    if g is None or h is None:
        return True
    return vocab.canonical_grantor(_post(g)) == vocab.canonical_grantor(_post(h))


@lru_cache(maxsize=4096)
def _post(grantor: str) -> str:
    words = grantor.split()
    for i in range(1, len(words) - 1):
        rest = words[i:]
        if rest[0].lower() in vocab.surnames() and len(rest) <= 4 and all(w[:1].isupper() for w in rest):
            return " ".join(words[:i])
    return grantor


@lru_cache(maxsize=4096)
def _one_receiver(r: str, s: str) -> bool:
    short, long_ = sorted((r, s), key=lambda n: len(n.split()))
    if kind_split(short)[0] == kind_split(long_)[0]:
        return True
    fs, fl = (unit_key(n).replace("-", " ") for n in (short, long_))
    if len(fs.split()) < 2 or f" {fs} " not in f" {fl} ":
        return _descriptor_left_out(short, long_)
    before, _, after = (part.strip() for part in f" {fl} ".partition(f" {fs} "))
    if after and _own_part(after):
        return False  # "Trường X" / "Trường X 2", "Ngân hàng X" / "Ngân hàng X chi nhánh Y": another unit
    if before and _bare_place(short):
        return False  # "Hà Nội" / "Công an Hà Nội": a place and a body of it; "xã X" / "xã X (huyện Y)" are one
    if before and has_head(short) and before not in _heads():
        return False  # "Công ty X" / "Phân xưởng A Công ty X"; but "Điện lực Việt Nam" / "Tập đoàn Điện lực Việt Nam"
    return not (before + " ").startswith(_sub_body_heads())


def _own_part(after: str) -> bool:
    """What follows the short name inside the long one (folded) says a unit of its own: a number ("… 2", "… số 2";
    not one inside a parent named after it: "Trung đoàn 917, Sư đoàn 370"),
    or a branch or campus (resolver.yml branch_words). A place ("… tỉnh Y", "(huyện Y)"), lower-case descriptors, or
    a body after it, which is its parent ("Đội X số 1 – Cục Y", a review's probe), say nothing of their own."""
    words, first = f" {after} ", after.split()
    if first[0] == _number_word() and len(first) > 1:
        first = first[1:]
    return first[0].isdigit() or any(f" {b} " in words for b in _branch_words())


@lru_cache(maxsize=4096)
def _bare_place(name: str) -> bool:
    """"tỉnh Quảng Nam", "UBND huyện X" (keyed as the place: unitkeys), "Quảng Nam": a place, which many bodies of it
    hold."""
    folded = unit_key(name).replace("-", " ") + " "
    return folded.startswith(_admin_kinds_folded()) or key(name) in province_keys()


def _descriptor_left_out(short: str, long_: str) -> bool:
    """"Công ty cấp nước Nghệ An" in "Công ty một thành viên cấp nước Nghệ An": the same head and every word of the
    short name in order, the long one adding only lower-case words that name no kind of place."""
    s, l = short.split(), long_.split()
    if s[0] != l[0] or s[-1] != l[-1]:
        return False
    i, extra = 0, []
    for w in l:
        if i < len(s) and w == s[i]:
            i += 1
        else:
            extra.append(w)
    return i == len(s) and bool(extra) and all(w[:1].islower() and w not in vocab.admin_kinds() for w in extra)


def _rank(f: dict) -> tuple:
    """Which fact of two stays: the one with a class, then with a grantor, then from the body, then the first."""
    return (_class_word() in _spelling(f["award"]).split(), f["grantor"] is not None, f["_stmt"].start is not None)


def _fill(keep: dict, drop: dict) -> None:
    """The kept fact (its rule stays) takes the fuller receiver's name, a class in words over its numeral ("hạng Ba",
    as the guidelines write it, over "hạng III"), and a grantor or year it lacks."""
    if len(drop["recipient"]) > len(keep["recipient"]):
        keep["recipient"] = drop["recipient"]
    if _spelling(keep["award"]) == _spelling(drop["award"]) and _numeral(keep["award"]) and not _numeral(drop["award"]):
        keep["award"] = drop["award"]
    for field_ in ("grantor", "year"):
        if keep[field_] is None and drop[field_] is not None:
            keep[field_] = drop[field_]


def _numeral(award: str) -> bool:
    words = key(award).split()
    return _class_word() in words[:-1] and words[words.index(_class_word()) + 1] in _numerals()


@lru_cache(maxsize=1)
def _class_word() -> str:
    return vocab.word("awards", "class_word")


@lru_cache(maxsize=1)
def _numerals() -> dict[str, str]:
    return {key(str(k)): key(str(v)) for k, v in vocab.load("awards")["class_numerals"].items()}


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """The organisation heads and kinds of place, folded as unit keys are ("tap doan")."""
    return frozenset(unit_key(h).replace("-", " ") for h in _heads_and_kinds()[0])


@lru_cache(maxsize=1)
def _branch_words() -> tuple[str, ...]:
    return tuple(unit_key(w).replace("-", " ") for w in vocab.load("resolver")["branch_words"])


@lru_cache(maxsize=1)
def _number_word() -> str:
    return unit_key(vocab.word("clusters", "number_word"))


@lru_cache(maxsize=1)
def _sub_body_heads() -> tuple[str, ...]:
    """Folded words that open a sub-body, as the resolver reads them (resolver.yml): "Thanh tra Sở X" is not "Sở X"."""
    return tuple(h + " " for h in _SUB_BODY_HEADS)


@lru_cache(maxsize=1)
def _admin_kinds_folded() -> tuple[str, ...]:
    return tuple(k + " " for k in _ADMIN_FOLDED)
