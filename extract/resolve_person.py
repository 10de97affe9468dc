"""Is an award recipient a person or a unit?

Awards go to both ("tặng Bằng khen cho Công ty ... và ông Hồ Phi Dũng"), and a person must not be
resolved against the gazetteer of units. Vietnamese personal names are 2-4 syllables, every one
capitalised, usually opening with a common family name; units are mostly lower case inside ("Sở Tài
chính") or open with a head word ("Công ty", "Hội", "Trường"). Known places decide the hard cases:
"Cao Lộc", "Lộc Bình" and "Ninh Bình" look like names (Cao, Lộc, Ninh are family names) but are units.
"""
from __future__ import annotations

import re

from .normalize import clean, fold
from .resolve import _provinces, default_resolver, scope_key

# Titles and forms of address that only precede a person.
_TITLES = [
    "ông", "bà", "anh", "chị", "cô", "thầy", "cụ", "cháu", "em", "đồng chí", "đ/c", "đ/ c", "đc",
    "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá",
    "đại úy", "thượng úy", "trung úy", "thiếu úy", "chuẩn úy", "chuẩn đô đốc", "phó đô đốc", "đô đốc",
    "thượng sĩ", "trung sĩ", "hạ sĩ", "binh nhất", "binh nhì",
    "gs", "pgs", "ts", "ths", "bs", "ks", "giáo sư", "phó giáo sư", "tiến sĩ", "thạc sĩ", "bác sĩ", "kỹ sư",
    "nhà giáo nhân dân", "nhà giáo ưu tú", "nghệ sĩ nhân dân", "nghệ sĩ ưu tú", "nghệ nhân", "nhà văn",
    "nhà báo", "liệt sĩ", "mẹ việt nam anh hùng", "mẹ", "nsnd", "nsưt", "ngnd", "ngưt", "thầy thuốc",
]
_TITLE_RE = re.compile(
    r"^(?:" + "|".join(re.escape(t) for t in sorted(_TITLES, key=len, reverse=True)) + r")(?:[\s.:,]|$)",
    re.IGNORECASE,
)
# Words that open a unit's name (folded, first one or two words).
_UNIT_HEADS = {
    "so", "ban", "hoi", "cong ty", "cty", "ctcp", "uy ban", "ubnd", "ubmttq", "huyen", "thanh pho", "tinh", "xa",
    "phuong", "thi tran", "thi xa", "quan", "truong", "phong", "cuc", "chi cuc", "chi nhanh", "ngan hang", "bo",
    "doan", "dang", "dang uy", "dang bo", "chi bo", "cong an", "thanh tra", "toa an", "vien", "kho bac",
    "bao hiem", "trung tam", "dai", "bao", "lien doan", "lien minh", "lien hiep", "van phong", "tap the",
    "nhan dan", "tram", "don", "tieu doan", "dai doi", "trung doan", "su doan", "lu doan", "hop tac xa",
    "nha may", "benh vien", "khoi", "cum", "to", "doi", "ga", "dien luc", "vien thong", "buu dien", "tong cong ty",
    "tap doan", "phan hieu", "hoc vien", "thon", "ban quan ly", "khu", "bhxh", "vksnd", "tand", "ldld", "mat tran",
    "huyen uy", "thanh uy", "tinh uy", "quan uy", "dang bo", "gia dinh", "dong ho", "lop",
}
# Common family names (Kinh, and Tày/Nùng ones frequent in Lạng Sơn), folded.
_SURNAMES = {fold(s) for s in (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lâm Lều Ninh Trương Đào Hà Sầm Nông "
    "Lương Đinh Mai Tô Tạ Đoàn Cao Chu Triệu Hứa Thái Vi Vy Quan Lã La Mạc Tăng Kiều Đàm Lò Lộc Lục Lăng Lành Bế "
    "Mã Chu Giáp Khúc Văn Phùng Trịnh Lưu Tống Thân Hoàng Doãn Âu Hầu Kim Lạc Đồng Nghiêm Quách Tôn Từ Chế Thạch "
    "Khổng Cù Diệp Ông Hán Lại Nịnh Nhan Lữ Vương Đàng Linh Hoàng".split()
)}
_MIDDLE = {"van", "thi"}
_WORD = re.compile(r"^[^\W\d_]+$")


def _known_unit(name: str) -> bool:
    if default_resolver().resolve(name).matched:
        return True
    return " ".join(fold(name).split()) in _provinces() or scope_key(name) in _provinces().values()


def person_or_unit(name: str) -> str:
    """'person' or 'unit' for an award recipient as written.

    >>> person_or_unit("ông Hồ Phi Dũng"), person_or_unit("Lâm Thị Phương Thanh"), person_or_unit("Cao Lộc")
    ('person', 'person', 'unit')
    """
    s = clean(name).strip(" \t\n,.;:-")
    if not s:
        return "unit"
    if _TITLE_RE.match(s):
        return "person"
    toks = s.split()
    folded = fold(s).split()
    if any(" ".join(folded[:n]) in _UNIT_HEADS for n in (1, 2, 3)):
        return "unit"
    if not all(_WORD.match(t) for t in toks) or not 2 <= len(toks) <= 5:
        return "unit"  # digits, punctuation ("Cục 3, VKSND"), one word ("Thaco"), or too long
    if any(t.isupper() and len(t) > 1 for t in toks) and not all(t.isupper() for t in toks):
        return "unit"  # an acronym inside ("Công ty ABC")
    if not all(t[0].isupper() for t in toks):
        return "unit"  # units are lower case inside: "Sở Tài chính"; names are not
    if _known_unit(s):
        return "unit"
    if folded[0] in _SURNAMES or any(w in _MIDDLE for w in folded[1:-1]):
        return "person"
    return "person" if len(toks) >= 3 else "unit"
