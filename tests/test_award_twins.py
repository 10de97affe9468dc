"""One award said twice under two spellings is one fact (extract/awardtwins.py)."""
from extract import extract_article
from extract.awardtwins import _one_receiver, _same_grantor, _same_name_or_class


def _awards(title, body, published="2023-09-05"):
    return [f for f in extract_article(title, body, published) if f["kind"] == "award"]


def test_a_school_named_after_a_person_and_its_full_name_are_one_receiver():
    """Dev article truong-tieu-hoc-luong-the-vinh: the apposition's short name gave a second fact."""
    got = _awards("Trường Tiểu học Lương Thế Vinh đón nhận Huân chương, rộn ràng khai giảng", "Sáng 5-9, Trường Tiểu học "
                  "Lương Thế Vinh (quận 1- TP HCM), ngôi trường mang tên Trạng nguyên Lương Thế Vinh vinh dự đón nhận Huân "
                  "chương Lao động hạng Ba do Chủ tịch nước trao tặng. Trải qua quá trình phấn đấu, Trường Tiểu học Lương Thế Vinh đã "
                  "đạt nhiều thành tích xuất sắc, tập thể sư phạm nhà trường vinh dự được Chủ tịch nước tặng Huân chương Lao "
                  "động Hạng Ba.")
    assert [f["recipient"] for f in got] == ["Trường Tiểu học Lương Thế Vinh"], got


def test_a_place_with_and_without_its_bracketed_district_is_one_receiver():
    """Dev article thach-chau: "xã Thạch Châu (Lộc Hà - Hà Tĩnh) … đón nhận" and "trao tặng … cho xã Thạch Châu"."""
    got = _awards("Thạch Châu đón nhận Huân chương Lao động hạng nhất", "Sáng 1/9, xã Thạch Châu (Lộc Hà - Hà Tĩnh) trang "
                  "trọng tổ chức lễ đón nhận Huân chương Lao động hạng nhất do Chủ tịch nước vừa phong tặng. Thừa ủy quyền Chủ "
                  "tịch nước, Bí thư huyện ủy Lộc Hà Trương Thanh Huyền trao tặng Huân chương Lao động hạng nhất cho xã Thạch "
                  "Châu.", None)
    assert len(got) == 1 and got[0]["recipient"].startswith("xã Thạch Châu"), got


def test_a_class_in_roman_numerals_is_the_class_in_words():
    """Dev article truong-mam-non-yen-my: "hạng III" in the account, "hạng Ba" at the ceremony."""
    got = _awards("Trường Mầm non Yên Mỹ đón nhận Huân chương Lao động hạng Ba", "Tập thể nhà trường vinh dự được Chủ tịch "
                  "nước tặng Huân chương Lao động hạng III. Tại buổi lễ, Trường Mầm Non xã Yên Mỹ vinh dự đón nhận Huân "
                  "chương Lao động hạng Ba.", "2022-11-15")
    assert [(f["award"], f["grantor"]) for f in got] == [("Huân chương Lao động hạng Ba", "Chủ tịch nước")], got


def test_receivers_that_are_one_unit_and_those_that_are_two():
    assert _one_receiver("Điện lực Việt Nam", "Tập đoàn Điện lực Việt Nam")  # doan-cac-dong-chi (dev)
    assert _one_receiver("Công ty cấp nước Nghệ An", "Công ty một thành viên cấp nước Nghệ An")  # 55-nam (dev)
    assert _one_receiver("Cục Cứu hộ - Cứu nạn", "Cục Cứu hộ - Cứu nạn (Bộ Quốc phòng)")  # cuc-cuu-ho (dev)
    assert not _one_receiver("Tập đoàn Điện lực Việt Nam", "Công đoàn Tập đoàn Điện lực Việt Nam")  # a sub-body
    assert not _one_receiver("Hà Nội", "Công an Hà Nội")  # a place and a body of it
    assert not _one_receiver("UBND huyện Thăng Bình", "Ủy ban MTTQ Việt Nam huyện Thăng Bình")  # thang-binh (dev)
    assert not _one_receiver("Công an tỉnh Hà Tĩnh", "Công an huyện Lộc Hà tỉnh Hà Tĩnh")
    assert not _one_receiver("Trường THCS Tứ Xã", "Trường THPT Tứ Xã")
    assert not _one_receiver("Công ty Than Dương Huy", "Phân xưởng Khai thác 1 Công ty Than Dương Huy")  # a part of it


def test_awards_and_grantors_that_are_one_and_those_that_are_two():
    def order(name):
        return {"award": name, "award_kind": "Huân chương"}
    assert _same_name_or_class(order("Huân chương bảo vệ Tổ quốc"), order("Huân chương Bảo vệ Tổ quốc hạng Nhì"))
    assert _same_name_or_class(order("Huân chương Lao động hạng III"), order("Huân chương Lao động Hạng Ba"))
    assert not _same_name_or_class(order("Huân chương Lao động hạng Nhất"), order("Huân chương Lao động hạng Ba"))
    # trung-doan-khong-quan-917 (dev): a caption ran into the order's name, which dedupe keys by its first words
    assert _same_name_or_class(order("Huân chương Bảo vệ Tổ quốcTrung tướng Võ Văn Tuấn"),
                               order("Huân chương Bảo vệ Tổ quốc hạng Ba"))
    assert _same_grantor("Thủ tướng Chính phủ", "Thủ tướng Nguyễn Tấn Dũng")  # bang-khen-cua-thu-tuong (dev)
    assert not _same_grantor("Thủ tướng Chính phủ", "Bộ GD&ĐT")  # truong-mam-non-yen-my: two Bằng khen


def test_a_longer_name_that_adds_a_number_or_a_branch_after_the_shorter_is_another_unit():
    """Review probes T14, T18, T25, T26 (s12): "Trường Tiểu học X" and "… X 2", a bank and its "… chi nhánh Y", a school
    and its "… cơ sở 2" are two receivers; a place after the name ("… tỉnh Y", in brackets or not) is not."""
    assert not _one_receiver("Trường Tiểu học Hoàng Văn Thụ", "Trường Tiểu học Hoàng Văn Thụ 2")
    assert not _one_receiver("Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam",
                             "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam chi nhánh Lạng Sơn")
    assert not _one_receiver("Trường Mầm non Hoa Sen", "Trường Mầm non Hoa Sen cơ sở 2")
    assert not _one_receiver("Đội Quản lý thị trường", "Đội Quản lý thị trường số 2")
    assert _one_receiver("Trung đoàn không quân 917", "Trung đoàn không quân 917, Sư đoàn Không quân 370")  # dev: a parent
    assert _one_receiver("Đội Quản lý thị trường số 1", "Đội Quản lý thị trường số 1 – Cục QLTT Lạng Sơn")  # T23
    assert not _one_receiver("Trường Đại học Y Hà Nội", "Trường Đại học Y Hà Nội phân hiệu Thanh Hóa")
    assert _one_receiver("Hội Nông dân tỉnh", "Hội Nông dân tỉnh Lạng Sơn")
    got = _awards("", "UBND tỉnh tặng Bằng khen cho Trường Tiểu học Hoàng Văn Thụ, Trường Tiểu học Hoàng Văn Thụ 2 và "
                  "Trường THCS Chi Lăng vì thành tích năm học 2022-2023.")
    assert len({f["recipient"] for f in got}) == 3, got
