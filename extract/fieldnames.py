"""The ways one field name is written: its parts joined by ",", "-" or "–" alike.

"Văn hóa, Thể thao và Du lịch" is also written "Văn hóa-Thể thao và Du lịch", "Lao động - Thương binh và Xã hội" also
"Lao động – Thương binh và Xã hội", and a two-part "Giáo dục và Đào tạo" also "Giáo dục-Đào tạo" (two pages of probe
audit 13; dev and corpus articles: "Sở Lao động – Thương binh và Xã hội", "Ngành Văn hóa-Thể thao và Du lịch", "Phòng
Giáo dục - Đào tạo"). The phrase matcher reads tokens, so spaces around a dash do not matter; only which mark joins
the parts does. organisations.yml field_names holds each name once; the matcher looks for all its ways.
"""
from __future__ import annotations

import re

_MARKS = (",", "-", "–")
_JOIN = re.compile(r"\s*(?:,|-|–)\s*")


def variants(names, and_word: str) -> tuple[str, ...]:
    """Every field name, then the same with its joining marks swapped (a dash for a comma, not the other way: a
    review's probe "các sở: Tư pháp, Tài chính, Kế hoạch và Đầu tư"), and a two-part "X và Y" (and_word) as "X - Y"."""
    and_ = f" {and_word} "
    out: dict[str, None] = {}
    for name in names:
        out[name] = None
        parts = _JOIN.split(name)
        if len(parts) > 1:  # a comma only where the name has one: "Tài chính, Kế hoạch" is two fields, not one
            for mark in _MARKS if "," in name else _MARKS[1:]:
                out[f"{mark} ".join(parts) if mark == "," else f" {mark} ".join(parts)] = None
        elif name.count(and_) == 1:
            for mark in _MARKS[1:]:
                out[name.replace(and_, f" {mark} ")] = None
    for name in list(out):
        for flipped in _one_word_flipped(name, and_word):
            out.setdefault(flipped, None)
    return tuple(out)


def _one_word_flipped(name: str, and_word: str) -> list[str]:
    """The name with one word after its first in the other case: "Lao động, Thương Binh và Xã hội" (a sample
    article), "Lao động - Thương binh và Xã Hội" (a page of a probe audit) are the field's. The first word keeps its
    case ("Tổ chức" is a field, "tổ chức" a verb), and so does "và"."""
    words = name.split(" ")
    out = []
    for i, w in enumerate(words[1:], 1):
        if not w[:1].isalpha() or w == and_word:
            continue
        out.append(" ".join(words[:i] + [w[:1].swapcase() + w[1:]] + words[i + 1:]))
    return out
