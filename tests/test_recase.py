"""A line in capitals read as in ordinary case (extract/recase.py), by the chunk layer for every rule."""
from extract.chunks import chunk
from extract.normalize import tone
from extract.recase import _recase, caps_line, ordinary


def test_a_capitals_line_reads_its_vocabulary_as_written_and_other_words_as_names():
    # headings of real non-locked pages (dev to-chuc-cum-khoi-…, dev cong-van-957-…, probes audit10-139, titles)
    assert _recase("I. CỤM THI ĐUA CÁC HUYỆN, THÀNH PHỐ:") == "I. Cụm thi đua các huyện, thành phố:"
    assert _recase("II. KHỐI THI ĐUA NỘI CHÍNH:").startswith("II. ")
    assert _recase("THÀNH PHỐ HỒ CHÍ MINH") == "Thành phố Hồ Chí Minh"
    assert _recase("LIÊN MINH HTX VIỆT NAM") == "Liên minh HTX Việt Nam"  # an abbreviation is kept
    assert _recase("BỘ GIÁO DỤC VÀ ĐÀO TẠO") == "Bộ Giáo dục và Đào tạo"
    assert _recase("QUYẾT ĐỊNH:") == "Quyết định:"


def test_only_lines_in_capitals_are_read_again():
    # counter-examples: ordinary text, one capital word, an abbreviation alone, a line with a lower-case letter
    assert ordinary("Cụm thi đua các huyện, thành phố:") is None
    assert not caps_line("UBND") and not caps_line("II.") and not caps_line("4. CTy CP DP IMEXPHARM : 2006")
    assert ordinary("Số: 957/UBND-VX") is None
    text = "II. KHỐI THI ĐUA NỘI CHÍNH:\n1. Sở Tư pháp"
    assert len(ordinary(text)) == len(text) and ordinary(text).endswith("\n1. Sở Tư pháp")


def test_the_chunks_keep_the_text_as_written():
    chunks = chunk(tone("CỤM THI ĐUA CÁC HUYỆN, THÀNH PHỐ:"))
    assert [(c.label, c.text) for c in chunks] == [("CLU", "CỤM THI ĐUA CÁC HUYỆN, THÀNH PHỐ"), ("COLON", ":")]
