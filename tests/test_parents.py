"""A unit named with the body it belongs to (extract/parents.py): "X thuộc Y" is one name, the fullest the
article gives; with a comma the parent is an apposition, before a cluster a membership."""
from extract import extract_article


def recipients(body: str, title: str = "Lễ trao tặng danh hiệu") -> set[tuple[str, str]]:
    return {(f["recipient"], f["award_kind"]) for f in extract_article(title, body, "2012-12-20") if f["kind"] == "award"}


def test_a_unit_and_its_parent_are_one_recipient():
    got = recipients("Chủ tịch nước đã ký quyết định phong tặng danh hiệu Anh hùng Lao động cho Nhà máy Z131 thuộc "
                     "Tổng cục Công nghiệp Quốc phòng.")
    assert ("Nhà máy Z131 thuộc Tổng cục Công nghiệp Quốc phòng", "Anh hùng") in got
    assert not any(r == "Tổng cục Công nghiệp Quốc phòng" for r, _ in got)


def test_the_fuller_name_of_one_recipient_stays():
    got = recipients("Thủ tướng Chính phủ tặng Bằng khen cho Phòng Cảnh sát giao thông thuộc Công an tỉnh Hải Dương. "
                     "Phòng Cảnh sát giao thông được tặng Bằng khen vì thành tích xuất sắc.")
    assert got == {("Phòng Cảnh sát giao thông thuộc Công an tỉnh Hải Dương", "Bằng khen")}


def test_a_parent_after_a_comma_is_no_recipient():
    got = recipients("Ngày 27-10, Trại giam Sông Cái, thuộc Tổng cục VIII, Bộ Công an, tổ chức Lễ kỷ niệm 40 năm Ngày "
                     "thành lập và đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhì.")
    assert ("Trại giam Sông Cái", "Huân chương") in got
    assert not any("Tổng cục VIII" in r for r, _ in got)


def test_a_unit_of_a_cluster_is_a_member():
    facts = extract_article("Hội nghị", "Sở Y tế thuộc Cụm thi đua số 3 đã hoàn thành các chỉ tiêu năm 2020.", "2021-01-10")
    members = [(f["unit"], f["rule"]) for f in facts if f["kind"] == "membership"]
    assert members == [("Sở Y tế", "compose.belongs")], facts


def test_two_units_that_share_a_short_name_stay_two():
    """"xã Tân Lập, huyện Đan Phượng" and "xã Tân Lập, huyện Sông Lô"; "Phòng X thuộc Công an tỉnh A" and "… tỉnh B"."""
    got = recipients("Chủ tịch UBND tỉnh tặng Bằng khen cho xã Tân Lập, huyện Đan Phượng và xã Tân Lập, huyện Sông Lô.")
    assert got == {("xã Tân Lập, huyện Đan Phượng", "Bằng khen"), ("xã Tân Lập, huyện Sông Lô", "Bằng khen")}, got
    got = recipients("Thủ tướng tặng Bằng khen cho Phòng Cảnh sát giao thông thuộc Công an tỉnh Hải Dương. Thủ tướng tặng "
                     "Bằng khen cho Phòng Cảnh sát giao thông thuộc Công an tỉnh Bắc Ninh.")
    assert len(got) == 2, got


def test_a_unit_directly_under_its_parent():
    got = recipients("Giám đốc Sở Nội vụ tặng Giấy khen cho Phòng Tổ chức trực thuộc Sở Nội vụ. Phòng Tổ chức được tặng Giấy "
                     "khen vì thành tích xuất sắc.")
    assert got == {("Phòng Tổ chức trực thuộc Sở Nội vụ", "Giấy khen")}, got


def test_the_parents_own_parent_after_a_comma():
    got = recipients("Chủ tịch nước phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho Cục 11 thuộc Tổng cục II, "
                     "Bộ Quốc phòng vì đã có thành tích đặc biệt xuất sắc.")
    assert got == {("Cục 11 thuộc Tổng cục II, Bộ Quốc phòng", "Anh hùng")}, got
    got = recipients("Chủ tịch UBND tỉnh tặng Bằng khen cho Phòng Tổ chức thuộc Sở Nội vụ, Trường Chính trị tỉnh và Sở Y tế.")
    assert {r for r, _ in got} == {"Phòng Tổ chức thuộc Sở Nội vụ", "Trường Chính trị tỉnh", "Sở Y tế"}, got


def test_the_subject_of_the_next_clause_is_no_parent():
    got = recipients("Tại lễ kỷ niệm 20 năm thành lập Trường THCS A thuộc Phòng GD&ĐT huyện, UBND tỉnh đã trao Bằng khen "
                     "cho nhà trường.")
    assert not any("UBND tỉnh" in r for r, _ in got), got


def test_a_short_name_of_one_unit_with_two_awards_goes():
    got = recipients("Bộ trưởng Bộ Công an tặng Bằng khen cho Phòng Cảnh sát giao thông thuộc Công an tỉnh Hải Dương. Thủ "
                     "tướng Chính phủ tặng Bằng khen cho Phòng Cảnh sát giao thông thuộc Công an tỉnh Hải Dương. Phòng Cảnh "
                     "sát giao thông được tặng Bằng khen vì thành tích xuất sắc.")
    assert {r for r, _ in got} == {"Phòng Cảnh sát giao thông thuộc Công an tỉnh Hải Dương"}, got


def test_a_member_named_with_and_without_its_district_is_one_member():
    facts = extract_article("Kiên Lương: Cụm thi đua số 01 chấm điểm thi đua năm 2019",
                            "Hội Nông dân xã Sơn Hải, huyện Kiên Lương - Trưởng cụm thi đua số 01 của huyện tổ chức chấm "
                            "điểm cụm thi đua năm 2019.\nCụm thi đua số 01 gồm Hội Nông dân xã Sơn Hải làm Cụm trưởng; Hội "
                            "Nông dân xã Hòa Điền làm Cụm phó.", "2019-12-10")
    chairs = [f["unit"] for f in facts if f["kind"] == "membership" and f["role"] == "chair"]
    assert chairs == ["Hội Nông dân xã Sơn Hải, huyện Kiên Lương"], facts


def test_a_unit_with_an_alias_is_named_with_its_parent_too():
    """"Quỹ Hỗ trợ nông dân (HTND) thuộc Trung ương Hội Nông dân Việt Nam tổ chức … và đón nhận Huân chương …" (a page of
    a probe audit): the alias in brackets does not part the unit from its parent, so the parent is no recipient; the
    alias stays out of the name."""
    from extract import extract_article
    facts = extract_article("", "Sáng 3/1, Quỹ Hỗ trợ nông dân (HTND) thuộc Trung ương Hội Nông dân Việt Nam tổ chức gặp "
                                "mặt kỷ niệm 25 năm thành lập và đón nhận Huân chương Lao động hạng Nhất.")
    assert [f["recipient"] for f in facts] == ["Quỹ Hỗ trợ nông dân thuộc Trung ương Hội Nông dân Việt Nam"]


def test_a_unit_named_short_is_the_one_the_article_names_in_full():
    """"trao tặng PLC" after "Tổng công ty Hóa dầu Petrolimex (PLC)"; "Phúc Hưng … được nhận cờ thi đua" under a title
    naming "Công ty TNHH SX và TM Phúc Hưng" (2 pages of a probe audit): the alias, or the name's end without its
    head, is the one unit named in full that way (assemble._named_in_full). "SX và TM", "PCCC và CNCH" inside a name
    are one name's words (nameshapes.acronym_pair)."""
    facts = extract_article("UBND tỉnh tặng Cờ thi đua cho Công ty TNHH SX và TM Phúc Hưng",
                            "Năm 2020, Phúc Hưng rất vinh dự được nhận cờ thi đua của Ủy ban nhân dân tỉnh Thừa Thiên Huế.")
    assert {f["recipient"] for f in facts} == {"Công ty TNHH SX và TM Phúc Hưng"}
    facts = extract_article("", "Lễ kỷ niệm 80 năm Ngày truyền thống Công an nhân dân (CAND) Việt Nam được tổ chức. Chủ "
                                "tịch nước trao Huân chương Sao Vàng cho CAND.")
    assert [f["recipient"] for f in facts] == ["Công an nhân dân Việt Nam"]
    facts = extract_article("", "10 tập thể được tặng bằng khen gồm: Phòng Cảnh sát PCCC và CNCH Công an tỉnh Lâm Đồng, "
                                "Công an huyện Đạ Huoai, Ban Chỉ huy quân sự TP Bảo Lộc, Công an xã Đại Lào.")
    assert [f["recipient"] for f in facts][:2] == ["Phòng Cảnh sát PCCC và CNCH Công an tỉnh Lâm Đồng",
                                                   "Công an huyện Đạ Huoai"]
