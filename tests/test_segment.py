"""Statements (extract/segment.py): the sentences of a body and the list blocks under a header line."""
from extract.segment import statements


def texts(body: str) -> list[str]:
    return [s.text for s in statements(body)]


def test_a_line_ending_in_a_colon_holds_the_lines_under_it():
    body = "Đề nghị tặng Bằng khen cho các tập thể:\n- Sở Y tế;\n- Sở Tư pháp.\nHội nghị bế mạc."
    assert texts(body) == ["Đề nghị tặng Bằng khen cho các tập thể:\n- Sở Y tế;\n- Sở Tư pháp.", "Hội nghị bế mạc."]


def test_a_line_that_waits_for_the_lines_under_it_is_a_header_too():
    """"… cho" (a decision's article, vbpl.vn) and "Cụm 1: Gồm 12 đơn vị (các trường sư phạm)" (hethongphapluat.com)
    end as headers do: the numbered lines under them belong to them. A sentence ending in another word does not."""
    body = "Điều 1. Phong tặng danh hiệu Chiến sĩ thi đua toàn quốc cho\n\n1. Ông Nguyễn Văn Hiếu;\n\n2. Ông Lê Văn Bình;"
    assert texts(body)[-1] == "Phong tặng danh hiệu Chiến sĩ thi đua toàn quốc cho\n\n1. Ông Nguyễn Văn Hiếu;\n\n2. Ông Lê Văn Bình;"
    body = "I. Cụm 1: Gồm 12 đơn vị (các trường sư phạm)\n\n1. Trường Đại học Vinh\n\n2. Trường Đại học Huế"
    assert texts(body)[-1].endswith("1. Trường Đại học Vinh\n\n2. Trường Đại học Huế")
    body = "Hội nghị đã thông qua kế hoạch\n\n1. Trường Đại học Vinh tổ chức giải bóng đá."
    assert len(texts(body)) == 2


def test_a_sentence_cut_at_a_persons_titles_is_joined_back():
    """"PGS.TS." ends no sentence: the name after it belongs to it."""
    assert texts("Trao danh hiệu cho PGS.TS. Trần Hữu Bình, Giám đốc bệnh viện.") == [
        "Trao danh hiệu cho PGS.TS. Trần Hữu Bình, Giám đốc bệnh viện."]


def test_a_sentence_cut_at_a_dot_inside_a_name_is_joined_back():
    """One title ("BSCKII. Lục Duy Lạc", a dev article; "TS. Lê Văn A"), a listed abbreviation ("TX. Sông Công",
    two dev articles) and an upper-case abbreviation the next word is glued to ("Phó Chánh VP.UBND tỉnh", a page of
    probe audit 10; "PX.KT3", "TX.Bến Cát", "CT.UBND huyện": dev articles) end no sentence. A real end stays one."""
    for text in ("Bộ Y tế đề nghị cho BSCKII. Lục Duy Lạc và TS. BSCKII. Đặng Hồng Nam.",
                 "Cán bộ và nhân dân phường Mỏ Chè, TX. Sông Công đón nhận Huân chương.",
                 "Tặng Bằng khen cho ông Lê Văn Hòa, Phó Chánh VP.UBND tỉnh; ông Nguyễn Văn Nha.",
                 "Tặng Bằng khen cho Quản đốc PX.KT3; đ/c Nguyễn Hữu An."):
        assert texts(text) == [text]
    assert texts("Hội nghị có đại diện UBND. Sáng nay, đoàn về thăm.") == ["Hội nghị có đại diện UBND.",
                                                                           "Sáng nay, đoàn về thăm."]
    assert texts("Phần II.Tại cuộc họp, đồng chí phát biểu.")[-1].startswith("Tại")


def test_a_roman_numeral_marks_a_part_as_1_marks_an_item():
    """"II." at a line's start numbers a part (dev to-chuc-cum-khoi-thi-dua-tren-dia-ban-ti…, Vĩnh Phúc's decision
    997; dev cong-van-957-ubnd-vx-…; dev-12 cong-van-4372-bgddt-…): never a sentence of its own. A part that is a
    header holds the lines under it; any other part is prose, never an item of the block above it (dev
    bo-ldtbxh-lay-y-kien-…: "Cụ thể:" / "I. Huân chương … cho ông A, …" / "II. …"). "II" inside a line is no mark."""
    body = "Cụ thể như sau:\n\nI. CỤM THI ĐUA CÁC HUYỆN:\n\n1. Huyện A.\n\n2. Huyện B.\n\nII. KHỐI THI ĐUA NỘI CHÍNH:\n\n1. Sở Tư pháp."
    assert texts(body) == ["Cụ thể như sau:", "I. CỤM THI ĐUA CÁC HUYỆN:\n\n1. Huyện A.\n\n2. Huyện B.",
                           "II. KHỐI THI ĐUA NỘI CHÍNH:\n\n1. Sở Tư pháp."]
    body = "Cụ thể:\n\nI. Huân chương Lao động hạng Nhất cho ông A.\n\nII. Huân chương Lao động hạng Nhì cho ông B"
    assert texts(body) == ["Cụ thể:", "I. Huân chương Lao động hạng Nhất cho ông A.",
                           "II. Huân chương Lao động hạng Nhì cho ông B"]
    assert texts("Hội nghị Cụm II. Các đơn vị đã ký kết.") == ["Hội nghị Cụm II.", "Các đơn vị đã ký kết."]
