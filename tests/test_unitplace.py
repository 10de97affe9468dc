"""extract/unitplace.py: where a unit is. split() keys only the tails of a name that can be a province (the first
word of the tail keys to a word some province's key opens with); these tests hold it to the plain search that keys
every tail, on every province's name and alias and on names written as articles write them."""
from functools import lru_cache

import pytest

from extract import unitplace
from extract.normalize import key
from extract.places import province_keys, province_names


def _every_tail(name: str):
    """split() as it was: every tail keyed, the longest first."""
    m = unitplace._with_kind().match(name)
    if m:
        return m.group(1), m.group(2)
    words = name.split()
    for t in range(1, len(words)):
        place = " ".join(words[t:])
        if key(place) in province_keys():
            head = words[:t]
            if head[-1].rstrip(".").lower() + " " in unitplace.vocab.admin_kind_edges()[0]:
                head = head[:-1]
            return (" ".join(head), place) if head else None
    return None


@lru_cache(maxsize=1)
def _names() -> list[str]:
    written = ["Công an TP.HCM", "Công an TP Hải Phòng", "Sở Tài nguyên và Môi trường Hà Nội", "Công ty Điện lực Lạng Sơn",
               "Sở Y tế Bà Rịa - Vũng Tàu", "Sở Y tế Bà Rịa – Vũng Tàu", "Hội Nông dân Thừa Thiên - Huế", "Công an Khánh Hoà",
               "Ban Dân tộc Hoà Bình", "sở y tế hà nội", "Trường THPT Hà Nội - Amsterdam", "Cục Thuế Hà\u00a0Nội",
               "Công an (Hà Nội)", "Hội Cựu chiến binh - Cần Thơ", "Công ty CP Cấp nước Nghệ An", "Sở Nội vụ", "Hà Nội",
               "Đoàn Thanh niên Quảng Nam.", "Chi nhánh Ngân hàng Nhà nước - Đà Nẵng", "BĐBP TP. Hồ Chí Minh"]
    provinces = [p for n in province_names() for p in (n, n.title(), n.upper())]
    return written + [f"{head} {p}" for p in provinces for head in ("Công an", "Hội Cựu chiến binh thành phố", "Sở Y tế -")]


@pytest.mark.parametrize("name", _names())
def test_split_finds_the_place_the_plain_search_finds(name):
    assert unitplace.split.__wrapped__(name) == _every_tail(name)


def test_a_province_tail_is_found_and_a_name_of_no_province_is_none():
    assert unitplace.split("Sở Tài nguyên và Môi trường Hà Nội") == ("Sở Tài nguyên và Môi trường", "Hà Nội")
    assert unitplace.split("Công an TP Hải Phòng") == ("Công an", "Hải Phòng")
    assert unitplace.split("Công ty Điện lực Lạng Sơn") == ("Công ty Điện lực", "Lạng Sơn")
    assert unitplace.split("Sở Nội vụ") is None
