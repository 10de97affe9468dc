"""Where an award's name ends (extract/awardnames.py)."""
from extract.chunks import chunk
from extract.normalize import tone


def _awards(text: str) -> list[str]:
    return [c.attrs.get("name") for c in chunk(tone(text)) if c.label == "AWD"]


def test_a_compound_inside_an_award_name_is_read_whole():
    """"Anh hùng Lao động thời kỳ đổi mới" (dev xa-phuoc-hung…, truong-thpt-chuyen-thang-long…): "đổi mới" is one
    word (function.yml compounds), so its "mới" is not the adverb that ends a name; a verb after it still does."""
    assert _awards("Xã Phước Hưng được Chủ tịch nước phong tặng danh hiệu Anh hùng Lao động thời kỳ đổi mới vì đã có "
                   "thành tích.") == ["Anh hùng Lao động thời kỳ đổi mới"]
    assert _awards("Trường mới được tặng Bằng khen năm 2020.") == ["Bằng khen"]
