"""Serial items: a list's sub-units written by their serial alone after the first one's full name.

"Phòng PC01, PC02, PC09, PK20", "Các tập thể Phòng PC03, PA06, PA07" (a dev article), "Chi cục Dự trữ Nhà nước khu
vực I, III, VII" (a dev article), "KTNN khu vực II, IV, IX, XII" (a dev article), "Nông trường IV, VI, VII" (a page of
a probe audit): the head ("Phòng", "Chi cục … khu vực", "Nông trường") is written once, on the first item, and each
item after it that is nothing but a serial of the same shape is one more unit under that head ("Phòng PC02"). The
shape tells a serial from a unit of its own: a code of capitals and digits follows a code ("PC01" -> "PA06"), a roman
numeral a roman numeral (with a letter after it: "chuyên ngành Ia, IV"); an acronym with no digit ("VNPT"), a
number or a name takes nothing, and a serial of the other shape does not either.
"""
from __future__ import annotations

import re

_CODE = re.compile(r"[A-ZĐ]{1,4}\d{1,3}")
_ROMAN = re.compile(r"[IVXL]{1,5}[a-d]?")


def _shape(token: str) -> str | None:
    return "code" if _CODE.fullmatch(token) else "roman" if _ROMAN.fullmatch(token) else None


def share(items: list[dict]) -> None:
    """Complete each item that is a serial alone with the head of the full item before it whose name ends in a serial
    of the same shape."""
    head = shape = None
    for it in items:
        name = it["name"].strip()
        if it["person"]:
            head = None
            continue
        if " " not in name:
            if head and _shape(name) == shape:
                it.update(name=f"{head} {name}", bare=False)
            else:
                head = None
            continue
        body, _, last = name.rpartition(" ")
        shape = _shape(last)
        head = body if shape else None


_COMMA = re.compile(r",\s*")


def split(text: str, items: list[dict]) -> list[dict]:
    """Between semicolons an item keeps its commas ("Vụ Tổ chức cán bộ, VKSND tối cao; …"), but "Phòng PC01, PC02,
    PC09, PK20; Đại tá …" (a dev article) is four units: an item whose parts after the first are serials alone, of
    the shape the first part ends in, is split at its commas (share then gives each the head)."""
    out: list[dict] = []
    for it in items:
        name = it["name"]
        parts = _COMMA.split(name) if "," in name and not it["person"] and text[it["start"]:it["end"]] == name else []
        last = parts[0].rpartition(" ")[2] if parts else ""
        if len(parts) < 2 or _shape(last) is None or any(_shape(p) != _shape(last) for p in parts[1:]):
            out.append(it)
            continue
        pos = it["start"]
        for p in parts:
            s = text.index(p, pos)
            out.append({**it, "name": p, "start": s, "end": s + len(p), "bare": p is not parts[0]})
            pos = s + len(p)
    return out
