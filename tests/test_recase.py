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


def test_names_read_from_a_capitals_line_are_given_back_as_written():
    """Every name a chunk carries (list items, recipients, clusters) comes back as the line writes it, not in the case
    it was read in (review of 7f5e945: "Hội Cựu Chiến Binh tỉnh", "Công ty Cổ Phần XI Măng Bỉm Sơn"); a chunk's codes
    ("line", "member") are never taken for words of the text."""
    from extract import extract_article
    facts = extract_article("", "UBND TỈNH TẶNG BẰNG KHEN CHO HỘI CỰU CHIẾN BINH TỈNH VÀ CÔNG TY CỔ PHẦN XI MĂNG BỈM SƠN", None)
    assert {f["recipient"] for f in facts} == {"HỘI CỰU CHIẾN BINH TỈNH", "CÔNG TY CỔ PHẦN XI MĂNG BỈM SƠN"}
    lines = chunk(tone("KHỐI THI ĐUA CÁC SỞ ONLINE:\n1. Sở Tư pháp.\n2. VIỆN KIỂM SÁT NHÂN DÂN TỈNH."))
    [items] = [c for c in lines if c.label == "LIST"]
    assert items.attrs["sep"] == "line" and [i["name"] for i in items.attrs["items"]] == [
        "Sở Tư pháp", "VIỆN KIỂM SÁT NHÂN DÂN TỈNH"]
