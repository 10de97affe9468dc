"""A dash after a unit inside a list: the second half of its name, or something said about the unit.

"Phòng Hành chính - Quản trị, Văn phòng …", "Viện Chiến lược và Chính sách kinh tế - tài chính, Báo …": a field
pair joined by a dash is one name, and the name layer stops at the dash. But a dash also opens a role ("Sở Y tế -
khối trưởng"), a person's name, or an apposition that says what the unit is ("Trường Cao đẳng Y tế - nơi đăng cai
hội nghị", "Ngân hàng Việt Nam - nơi hội tụ …", "Ban Thi đua – Khen thưởng - cơ quan thường trực …"); a name that
took those would match no unit. So only a few plain words before the next unit join, and not after an
apposition noun (function.yml appositions).
"""
from __future__ import annotations

from . import vocab
from .chunkbase import Chunk
from .frames import UNIT

_SEPS = ("COMMA", "SEMI", "AND")
_APPOSITION = 6  # chunks an apposition may run to before the next unit


def dashed_part(chunks: list[Chunk], k: int) -> int:
    """"Phòng Hành chính - Quản trị, Văn phòng …", "Ban biên tập Văn hóa - xã hội, Đài …": a dash and up to
    three words, then a separator and another unit, are the second half of a name (no role, lead or
    apposition follows the dash). The index after them, or k."""
    if _after_dash(chunks, k, apposition=False):
        return _before_next_unit(chunks, k, ("NAME", "W", "T"), 3, at_least_one=True)
    return k


def apposition_end(chunks: list[Chunk], k: int) -> int:
    """"Sở Y tế - cơ quan thường trực, Sở Giáo dục và Đào tạo, …" (a review's probe): the dash and what it says of the
    unit, up to a separator and another unit, are skipped, not the unit's name, and the list goes on. The index after
    them, or k."""
    if _after_dash(chunks, k, apposition=True):
        return _before_next_unit(chunks, k, ("NAME", "W", "T", "POS", "GEN"), _APPOSITION, at_least_one=False)
    return k


def _after_dash(chunks: list[Chunk], k: int, apposition: bool) -> bool:
    """A dash at k, followed by an apposition noun or (apposition=False) by none."""
    return (k + 1 < len(chunks) and chunks[k].label == "DASH"
            and _says_what(" ".join(c.text for c in chunks[k + 1:k + 3])) == apposition)


def _before_next_unit(chunks: list[Chunk], k: int, labels: tuple[str, ...], most: int, at_least_one: bool) -> int:
    """The index of the separator after the words (of `labels`, `most` of them) that follow the dash at k, when
    another unit follows it; else k."""
    j = k + 1
    while j < len(chunks) and chunks[j].label in labels and j - k <= most:
        j += 1
    if (at_least_one and j == k + 1) or j + 1 >= len(chunks) or chunks[j].label not in _SEPS or chunks[j + 1].label not in UNIT:
        return k
    return j


def _says_what(text: str) -> bool:
    """"nơi …", "cơ quan …", "đơn vị …" after the dash: what the unit is, not more of its name."""
    return (text.lower() + " ").startswith(tuple(w + " " for w in vocab.words("function", "appositions")))
