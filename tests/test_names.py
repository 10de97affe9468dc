"""Carving unit names out of lists (extract/names.py): heads that distribute over bare names, and
heads that must not."""
import pytest

from extract.lists import names_in_list


@pytest.mark.parametrize("segment,expected", [
    ("BHXH tỉnh, thành Yên Bái, Hà Giang, Bà Rịa – Vũng Tàu", ["BHXH Yên Bái", "BHXH Hà Giang", "BHXH Bà Rịa – Vũng Tàu"]),
    ("LĐLĐ Lạng Sơn, Cao Bằng và Bắc Kạn", ["LĐLĐ Lạng Sơn", "LĐLĐ Cao Bằng", "LĐLĐ Bắc Kạn"]),
    ("VKSND huyện Bắc Sơn, Bình Gia", ["VKSND huyện Bắc Sơn", "VKSND huyện Bình Gia"]),
    ("huyện Hội Chi Lăng và Hữu Lũng", ["huyện Hội Chi Lăng", "huyện Hội Hữu Lũng"]),
    ("Huyện Đoàn Cao Lộc, Lộc Bình", ["Huyện Đoàn Cao Lộc", "Huyện Đoàn Lộc Bình"]),
    ("huyện Cao Lộc, Văn Lãng", ["huyện Cao Lộc", "huyện Văn Lãng"]),
    ("thành phố Hội An, Tam Kỳ", ["thành phố Hội An", "thành phố Tam Kỳ"]),  # "Hội An" is a city, not a chapter
    ("Viettel Lạng Sơn, Vinaphone", ["Viettel Lạng Sơn", "Vinaphone"]),  # a brand is no shared head
    ("Sở Tài chính, Sở Nội vụ và Sở Tư pháp", ["Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp"]),
])
def test_distributive_heads(segment, expected):
    assert [n.text for n in names_in_list(segment)] == expected


def test_a_province_is_shared_but_not_a_district_with_a_department():
    names = [n.text for n in names_in_list("Sở Y tế, Bảo hiểm xã hội, Trung tâm Y tế huyện Cao Lộc")]
    assert names[0] == "Sở Y tế"
    names = [n.text for n in names_in_list("VKSND tỉnh Sóc Trăng, Bộ Chỉ huy Quân sự, Công an tỉnh Sóc Trăng")]
    assert names == ["VKSND tỉnh Sóc Trăng", "Bộ Chỉ huy Quân sự tỉnh Sóc Trăng", "Công an tỉnh Sóc Trăng"]
