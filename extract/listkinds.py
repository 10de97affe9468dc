"""Semicolon groups of places of one kind: where a list's commas separate items although ";" groups them.

A list that holds semicolons is read by ";" (lists._mode) because its commas are mostly inside names: a department
and its body ("Vụ Tổ chức cán bộ, VKSND tối cao; …"), a place's address ("xã Diễn Thọ, huyện Diễn Châu; …"). But
"gồm: phường Tân Sơn Nhì; Phường Tây Thạnh, phường Tân Phú, …; phường An Lạc, …" (a page of probe audit 11) groups
ten wards by threes and fours, and each comma there starts one more ward. What tells them apart: an address
climbs to a larger kind of place after its comma, a department is followed by its parent body; when every part
between the commas and semicolons opens with the same administrative kind, none of them is the address or body
of the one before, so the commas separate too.

So too when every part is a unit of its own (siblings): "Khối thi đua Mặt trận và các tổ chức chính trị-xã hội TP Đà
Nẵng (gồm: UBMTTQ Việt Nam TP, Liên đoàn Lao động, Hội Nông dân; Thành Đoàn Đà Nẵng, Hội Liên hiệp Phụ nữ, Hội Cựu
chiến binh thành phố)", "gồm các tỉnh: Quảng Ngãi; Bình Định, Phú Yên; Khánh Hòa; Ninh Thuận và Bình Thuận", "cho Ủy
ban MTTQ tỉnh; Hội CCB tỉnh và Tỉnh đoàn" (three dev articles of batch 11), "(Viện Chiến lược và Chính sách kinh tế -
tài chính, Báo Tài Chính - Đầu tư; Tạp chí …)" (probe audit10-128), "5 cục DTNN khu vực: …; Cửu Long, Tây Nam Bộ" (a
dev article). A part after a comma is its neighbour's body or address when the neighbour is a department
(organisations.yml sub_heads: "Phòng X, Công an tỉnh Y", "Trung tâm A, Trung tâm B quốc gia"), when the two climb a
ladder (parents.rising, parents.sub_and_parent), or when it names a place, the country or a larger level under
another head ("Liên đoàn Địa chất Tây Bắc, Tổng cục Địa chất và Khoáng sản Việt Nam", "Ban Tuyên giáo, Hội Liên hiệp
Phụ nữ thành phố Hà Nội", "Công an huyện A, Công an tỉnh B"); names with no head (bare places, bare names under a
frame) have no address of their own. One such pair anywhere keeps the whole list by ";".
"""
from __future__ import annotations

from functools import lru_cache

from . import vocab
from .chunkbase import Chunk
from .frames import UNIT
from .parents import parent_head, rising, sub_and_parent

_SPLIT = ("COMMA", "SEMI")
_INSIDE = ("LP", "RP", "ROLE", "W", "T", "NUM", "DASH")  # what a part may hold after its name: a role in brackets


def _kind(text: str) -> str | None:
    low = text.lower()
    return next((k for k in _kinds() if low.startswith(k)), None)


@lru_cache(maxsize=1)
def _kinds() -> tuple[str, ...]:
    """The administrative kinds a part may open with, longest first."""
    return tuple(sorted(vocab.admin_kind_edges()[0], key=len, reverse=True))


def one_kind(chunks: list[Chunk], k: int) -> bool:
    """Whether the parts of the list at chunk k, up to the first part that opens with no unit, all open with the
    same administrative kind, and a comma stands among them."""
    kinds: set[str | None] = set()
    commas = 0
    j = k
    while j < len(chunks) and chunks[j].label in UNIT:
        kinds.add(_kind(chunks[j].text))
        j += 1
        while j < len(chunks) and chunks[j].label in _INSIDE:
            j += 1
        if j >= len(chunks) or chunks[j].label not in _SPLIT:
            break
        commas += chunks[j].label == "COMMA"
        j += 1
    return commas > 0 and len(kinds) == 1 and None not in kinds


def siblings(chunks: list[Chunk], k: int) -> bool:
    """Whether the parts of the list at chunk k, between its commas, "và" and semicolons, are each a unit of its own
    (see the module's docstring), and a comma or "và" stands among them."""
    parts: list[tuple[Chunk, str | None]] = []
    sep = None
    j = k
    while j < len(chunks) and chunks[j].label in UNIT:
        parts.append((chunks[j], sep))
        j += 1
        while j < len(chunks) and chunks[j].label in _INSIDE:
            j += 1
        if j + 1 >= len(chunks) or chunks[j].label not in _SPLIT + ("AND",) or chunks[j + 1].label not in UNIT:
            break
        sep = chunks[j].label
        j += 1
    if len(parts) < 2 or all(s in (None, "SEMI") for _, s in parts) or any(c.label == "PER" for c, _ in parts):
        return False
    if _recurs([c for c, s in parts if s == "COMMA" and c.label == "ORG"]):
        return False
    return not any(s == "COMMA" and _of(a, b) for (a, _), (b, s) in zip(parts, parts[1:]))


def _recurs(after_commas: list[Chunk]) -> bool:
    """Whether one name stands after a comma twice: the body its units belong to ("Vụ A, VKSND tối cao; Vụ B, VKSND
    tối cao", sample theo-to-trinh-xet-de-nghi-…; "Đội A, Phòng Cảnh sát hình sự, Công an Thành phố; Đội B, Phòng
    Cảnh sát hình sự, …", dev chu-tich-ha-noi-khen-thuong-cong-an-…): siblings are not named twice."""
    names = [c.name for c in after_commas]
    return len(set(names)) < len(names)


def _of(a: Chunk, b: Chunk) -> bool:
    """b, after a comma, is (or may be) the body or the address of a: two names with no head ("Bình Định, Phú Yên",
    "Cửu Long, Tây Nam Bộ") are two; a unit and a bare name may be a unit and its place ("Công an quận A, Hà Nội")."""
    if a.label == b.label == "NAME":
        return False
    return a.label != "ORG" or b.label != "ORG" or _body_of(a.name, b.name)


def _body_of(a: str, b: str) -> bool:
    if _head(a, "sub_heads") or rising([a, b]) or sub_and_parent(a, b) or _parent_after(a, b):
        return True
    low = f" {b.lower()} "
    scoped = any(f" {w} " in low for w in _scope_words())
    return scoped and _first(a) != _first(b) or 0 < _level(a) < _level(b)


def _parent_after(a: str, b: str) -> bool:
    """b opens with the head of a parent body (organisations.yml parent_heads: Sở, Bộ, Tập đoàn, Bộ Tư lệnh …) that a
    does not open with: "Viện Dầu khí Việt Nam, Tập đoàn Dầu khí Việt Nam, Bộ Công Thương" (dev chu-tich-nuoc-phong-
    tang-cac-danh-hieu-anh-hung), "Tiểu đoàn … số 1, Bộ Tư lệnh Cảnh sát cơ động" (dev 11-tap-the-3-ca-nhan-thuoc-luc-
    luong-cong-an-…), "Trường Đại học …, Bộ Y tế" (dev thu-tuong-khen-10-tap-the-4-ca-nhan-…). Not a body a unit or a
    place has (body_heads: a union, a Party committee), named by its unit or place or alone: "UBMTTQ Việt Nam TP, Liên
    đoàn Lao động, Hội Nông dân; …" are siblings (dev-11 khoi-thi-dua-mat-tran-va-…)."""
    top = parent_head(b)
    if top is None or top == parent_head(a):
        return False
    bodies = vocab.load("organisations")["body_heads"].values()
    return not any(b.startswith(h + " ") or b == h for heads in bodies for h in heads)


def _head(name: str, kind: str) -> str | None:
    return next((h for h in vocab.load("organisations")[kind] if name.startswith(h + " ")), None)


def _first(name: str) -> str:
    return name.split()[0].lower()


def _level(name: str) -> float:
    """The largest level of place a name's words name (places.yml levels), 0 when none."""
    words = name.lower().split()
    levels = vocab.admin_levels()
    return max((levels.get(w, levels.get(f"{w} {n}", 0)) for w, n in zip(words, words[1:] + [""])), default=0)


@lru_cache(maxsize=1)
def _scope_words() -> tuple[str, ...]:
    """The words that place a body: kinds of place and the country's name."""
    return tuple(vocab.admin_levels()) + (vocab.load("places")["country"].lower(),)
