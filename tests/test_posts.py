"""Persons named after their posts (extract/posts.py): the posts and the name are one person, whose first
unit is the workplace; a person who then gives keeps the post as the grantor."""
from extract import extract_article
from extract.chunks import chunk
from extract.normalize import tone


def persons(sentence: str) -> list[tuple[str, str | None]]:
    out = []
    for c in chunk(tone(sentence)):
        if c.label == "PER":
            out.append((c.name, c.attrs.get("workplace")))
        elif c.label == "LIST":
            out += [(it["name"], it.get("workplace")) for it in c.attrs["items"] if it["person"]]
    return out


def test_posts_before_a_name_make_one_person_each():
    got = persons("Tại buổi Lễ, Tổng Liên đoàn trao 02 Bằng khen cho Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lê Văn An "
                  "và Phó Chủ tịch HĐND tỉnh Nguyễn Văn Bình.")
    assert got == [("Lê Văn An", "Tỉnh ủy"), ("Nguyễn Văn Bình", "HĐND tỉnh")]


def test_each_person_after_posts_receives():
    facts = extract_article("Lễ kỷ niệm ngày thành lập Công đoàn tỉnh",
                            "Tại buổi Lễ, Tổng Liên đoàn trao 02 Bằng khen cho Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh "
                            "Lê Văn An và Phó Chủ tịch HĐND tỉnh Nguyễn Văn Bình.")
    got = {(f["recipient"], f["award"]) for f in facts if f["kind"] == "award"}
    assert got == {("Lê Văn An", "Bằng khen"), ("Nguyễn Văn Bình", "Bằng khen")}


def test_a_person_who_gives_leaves_the_post_as_grantor():
    facts = extract_article("Truy tặng Huân chương Chiến công",
                            "Ngày 2/8, Chủ tịch nước Nguyễn Văn An ký quyết định truy tặng Huân chương Chiến công hạng "
                            "Nhất cho Đội Cảnh sát Phòng cháy, chữa cháy Công an quận Cầu Giấy.")
    awards = [f for f in facts if f["kind"] == "award"]
    assert awards and all(f["grantor"] == "Chủ tịch nước" for f in awards), awards
    assert all(f["recipient"] != "Nguyễn Văn An" for f in awards)


def test_a_title_word_after_a_surname_is_a_middle_name():
    """"Anh" is a title ("anh Nam") and a common middle name ("Võ Anh Tuấn"): after a surname it is the name."""
    assert persons("Bằng khen cho Đại tá Võ Anh Tuấn, Phó Tư lệnh.") == [("Võ Anh Tuấn", None)]
    assert persons("Lực lượng gồm: Đặng Anh Quân, Đỗ Đức Việt và Nguyễn Đình Phúc.") == [
        ("Đặng Anh Quân", None), ("Đỗ Đức Việt", None), ("Nguyễn Đình Phúc", None)]
    assert persons("Anh Quân và chị Lan dự lễ.") == []


def test_a_dash_after_a_persons_name_ends_it():
    """"Trần Văn An - Trưởng phòng …": the dash opens the post (whose unit, "Phòng Kỹ thuật", is the workplace); a
    place's own dash stays ("Phan Rang - Tháp Chàm")."""
    assert persons("gồm đồng chí Trần Văn An - Trưởng phòng Kỹ thuật và Phan Văn Cường - Công nhân.")[:2] == [
        ("Trần Văn An", "Phòng Kỹ thuật"), ("Phan Văn Cường", None)]
    names = [c.text for c in chunk(tone("thành phố Phan Rang - Tháp Chàm và tỉnh Bà Rịa - Vũng Tàu"))]
    assert names == ["thành phố Phan Rang - Tháp Chàm và tỉnh Bà Rịa - Vũng Tàu"]


def test_a_named_grantor_in_the_passive_is_one_grantor():
    """"X được Chủ tịch nước Nguyễn Xuân Phúc tặng …": the post and the name are one grantor, and X receives."""
    for body, grantor in (("Công ty X được Chủ tịch nước Nguyễn Văn An tặng Huân chương Lao động hạng Nhất.", "Chủ tịch nước"),
                          ("Trường THCS Lê Lợi được Chủ tịch UBND tỉnh Trần Văn Bình tặng Bằng khen.", "Chủ tịch UBND tỉnh")):
        facts = [(f["recipient"], f["grantor"]) for f in extract_article("", body, "2020-01-01") if f["kind"] == "award"]
        assert len(facts) == 1 and facts[0][1] == grantor and "Nguyễn" not in facts[0][0] and "Trần" not in facts[0][0], facts


def test_two_posts_joined_by_and_are_two_recipients():
    """"và" joins two recipients; one person's second post follows a comma or "kiêm"."""
    assert persons("Tổng Liên đoàn trao 02 Bằng khen cho Giám đốc Sở Y tế và Giám đốc Sở Tư pháp Nguyễn Văn An.") == [
        ("Nguyễn Văn An", "Sở Tư pháp")]


def test_a_unit_that_gives_in_the_passive_is_the_grantor_not_a_member_of_the_group():
    facts = extract_article("", "Năm 2020 có 2 tập thể: Công ty X được Sở Công Thương tặng Giấy khen.", "2021-01-01")
    assert [(f["recipient"], f["grantor"]) for f in facts if f["kind"] == "award"] == [("Công ty X", "Sở Công Thương")]
    assert [f for f in extract_article("", "Hội Nông dân xã X được Công đoàn tặng Bằng khen.") if f["kind"] == "award"] == []


def test_a_persons_name_after_a_place_in_the_unit_is_the_person():
    """"Giám đốc Ngân hàng X chi nhánh Đồng Nai Nguyễn Văn An": the unit's name ends with a listed place (or a
    number), so the surname after it opens the person; a place named after a person stays the unit's."""
    assert persons("Giám đốc Ngân hàng X chi nhánh Đồng Nai Nguyễn Văn An phát biểu.") == [
        ("Nguyễn Văn An", "Ngân hàng X chi nhánh Đồng Nai")]
    assert persons("Phó Giám đốc Ngân hàng Nhà nước chi nhánh Khu vực 2 Trần Văn Bình dự.") == [
        ("Trần Văn Bình", "Ngân hàng Nhà nước chi nhánh Khu vực 2")]
    assert persons("Giám đốc Sở Y tế Thành phố Hồ Chí Minh phát biểu.") == []


def test_a_role_after_a_person_named_after_a_post_is_the_workplaces():
    facts = extract_article("Khối thi đua số 10 tổng kết năm 2025",
                            "Giám đốc Ngân hàng X chi nhánh Đồng Nai Nguyễn Văn An, Khối trưởng Khối thi đua số 10 "
                            "chia sẻ về kết quả năm 2025.")
    got = {(f["unit"], f["role"]) for f in facts if f["kind"] == "membership"}
    assert got == {("Ngân hàng X chi nhánh Đồng Nai", "chair")}


def test_a_heads_word_inside_a_persons_name_is_a_given_name():
    """"ông Đỗ Khoa Văn", "đồng chí Lê Xuân Trường - Giám đốc …" (5 corpus articles end a name with a head's word; a
    page of the search store): the name goes on; a department after a full name stays apart ("Trần Văn An Khoa Nội")."""
    assert persons("Tặng Huân chương cho ông Đỗ Khoa Văn - Giám đốc Sở Khoa học và Công nghệ.")[0][0] == "Đỗ Khoa Văn"
    assert persons("Thay mặt các đơn vị, đồng chí Lê Xuân Trường - Giám đốc Trung tâm Điều dưỡng thông qua quy chế.")[0][0] \
        == "Lê Xuân Trường"
    assert persons("Tặng Bằng khen cho bác sĩ Trần Văn An Khoa Nội, Bệnh viện tỉnh.")[0][0] == "Trần Văn An"


def test_a_function_words_spelling_after_a_surname_is_a_given_name():
    """"Chủ tịch nước Trương Tấn Sang" (6 corpus articles): "Sang" is the verb "sang" in lower case only; after a surname
    and a given name it ends the person's name, so the grantor is the post and the person is whole."""
    pers = [c for c in chunk(tone("Theo quyết định của Chủ tịch nước Trương Tấn Sang, 28 người được phong tặng danh hiệu."))
            if c.label == "PER"]
    assert [(c.attrs["name"], c.attrs["workplace"]) for c in pers] == [("Trương Tấn Sang", "Chủ tịch nước")]
    facts = extract_article("", "Chủ tịch nước Trương Tấn Sang đã trao Huân chương Hồ Chí Minh cho tỉnh Quảng Nam.")
    assert [(f["recipient"], f["grantor"]) for f in facts] == [("tỉnh Quảng Nam", "Chủ tịch nước")]
    assert [f["recipient"] for f in extract_article("", "Bộ trưởng trao Bằng khen cho Trường Tiểu học Lê Lợi.")] == [
        "Trường Tiểu học Lê Lợi"]


def test_a_lecturer_is_a_post_and_ngu_y_a_surname():
    """"ông Ngụy Đình Hoàn, Giảng viên Khoa Xét nghiệm, Trường …; thượng tá Thân Văn Hải, Phó giám đốc …" (dev
    thu-tuong-khen-10-tap-the…): "Giảng viên" is a post like "Phó giám đốc" (not a name "Giảng"), "Ngụy" a family
    name, so each person of the semicolon list receives."""
    facts = extract_article("", "Thủ tướng tặng Bằng khen cho 4 cá nhân: ông Ngụy Đình Hoàn, Giảng viên Khoa Xét nghiệm, "
                                "Trường Đại học Kỹ thuật Y tế Hải Dương, Bộ Y tế; thượng tá Thân Văn Hải, Phó giám đốc "
                                "Công an tỉnh Bắc Giang, Bộ Công an.")
    assert sorted(f["recipient"] for f in facts) == ["Ngụy Đình Hoàn", "Thân Văn Hải"]


def test_posts_after_a_deputy_word_in_either_case_and_the_partys_head_and_ambassadors():
    """"Phó trưởng Phòng CSGT" as "Phó Trưởng phòng" (5 corpus articles, a page of a probe audit), "Tổng Bí thư" (6
    articles), "Đại sứ" (2 pages): posts, so the person is one recipient and no word of the post is another."""
    facts = extract_article("", "Bộ trưởng trao tặng Bằng khen của Thủ tướng cho Thượng tá Trần Trọng Thủy, Phó trưởng Phòng "
                                "CSGT Công an tỉnh Đồng Nai đã có thành tích xuất sắc.")
    assert [f["recipient"] for f in facts] == ["Trần Trọng Thủy"]
    facts = extract_article("", "Đảng, Nhà nước đã tổ chức lễ trao tặng Huân chương Sao vàng cho Tổng Bí thư Nguyễn Phú Trọng.")
    assert [f["recipient"] for f in facts] == ["Nguyễn Phú Trọng"]
    facts = extract_article("", "Bộ trưởng trao Huân chương Hữu nghị cho ông Nguyễn Văn An, Đại sứ Lào tại Việt Nam.")
    assert [f["recipient"] for f in facts] == ["Nguyễn Văn An"]


def test_words_between_a_rank_and_the_name_say_what_kind_of_soldier():
    """"Trung úy QNCN Lê Vũ Việt Khánh", "Thiếu tá chuyên nghiệp Nguyễn Văn Thanh" (pages of two probe audits): the
    person is named after them, and the list goes on after the person."""
    assert persons("Trung ương Đoàn truy tặng Huy hiệu Tuổi trẻ dũng cảm cho Trung úy QNCN Lê Vũ Việt Khánh.")[0][0] \
        == "Lê Vũ Việt Khánh"
    facts = extract_article("", "Chủ tịch nước truy tặng Huân chương Chiến công hạng nhì cho Thượng úy chuyên nghiệp Đỗ "
                                "Mạnh Uy và Thiếu úy Nguyễn Văn Bình.")
    assert [f["recipient"] for f in facts] == ["Đỗ Mạnh Uy", "Nguyễn Văn Bình"]


def test_a_person_under_a_post_that_is_a_grantor_works_in_its_body():
    """"Chủ tịch UBND tỉnh Sóc Trăng Trần Văn Lâu (Cụm trưởng cụm thi đua năm 2023)" (a page of a probe audit; the post
    first, as "Giám đốc Sở Y tế Nguyễn Văn An (Khối trưởng …)"): the chair is the body, not the post."""
    assert persons("Chủ tịch UBND tỉnh Sóc Trăng Trần Văn Lâu phát biểu.") == [("Trần Văn Lâu", "UBND tỉnh Sóc Trăng")]
    facts = extract_article("", "Phát biểu khai mạc hội nghị, Chủ tịch UBND tỉnh Sóc Trăng Trần Văn Lâu (Cụm trưởng cụm thi "
                                "đua năm 2023) cho biết, năm 2023 các tỉnh đã hoàn thành nhiệm vụ.")
    assert [(f["unit"], f["role"], f["year"]) for f in facts] == [("UBND tỉnh Sóc Trăng", "chair", 2023)]


def test_three_names_after_a_form_of_address_are_a_person_whatever_the_surname():
    """"ông Tào Hữu Phùng", "ông Sô Minh Phương", "bà Lữ Thị Tuyết" (pages of two probe audits; the surname list is not
    every family's); two words are not ("Cô Tô"), nor a place the title's word opens ("Bà Rịa Vũng Tàu")."""
    assert persons("Chủ tịch nước truy tặng Huân chương cho ông Tào Hữu Phùng.") == [("Tào Hữu Phùng", None)]
    assert persons("UBND tỉnh tặng Bằng khen cho bà Lữ Thị Tuyết.") == [("Lữ Thị Tuyết", None)]
    assert [f["recipient"] for f in extract_article("", "Bà Rịa Vũng Tàu được tặng Cờ thi đua.")] == ["Bà Rịa Vũng Tàu"]
    assert persons("UBND tỉnh tặng Cờ thi đua cho huyện Cô Tô.") == []
    # a review's probes: a capital "Ông/Bà" inside a name, a run of capitals that goes on, a province in the words, a
    # second form of address — none is read as a person of this kind (what they give is as before the rule)
    for body, got in (("Trường THCS Ông Ích Khiêm Hải Châu được tặng Bằng khen.", ["Ông Ích Khiêm Hải Châu"]),
                      ("Đồng chí Thượng Tá Bùi Văn Nam được tặng Bằng khen.", ["Thượng Tá Bùi Văn Nam"]),
                      ("Khu du lịch Núi Bà Đen Tây Ninh được tặng Bằng khen.", ["Bà Đen Tây Ninh"])):
        assert [f["recipient"] for f in extract_article("", body)] == got, body
    assert extract_article("", "UBND tỉnh tặng Bằng khen cho Ông Bà Lữ Văn Tèo.") == []


def test_persons_coordinated_each_under_a_job_title_are_all_read():
    """A governor and a nurse are posts like a director's (persons.yml positions: "Thống đốc", "Điều dưỡng"), so each
    person of "Thống đốc NHNN A, Phó Thống đốc B" and "Bác sĩ A và nguyên Điều dưỡng B" is read, not only the one
    whose title was known (dev-7 thong-doc-nhnn-nguyen-thi-hong-…, dev-8 chu-tich-nuoc-truy-tang-huan-chuong-…; a
    nurse also at dantri.com.vn "Bằng khen cho nữ điều dưỡng" page)."""
    def awards(body):
        return {(f["recipient"], f["award"]) for f in extract_article("", body) if f["kind"] == "award"}

    assert awards("Thống đốc NHNN Lê Văn An, Phó Thống đốc Trần Thị Bình được trao tặng Huân chương Lao động hạng "
                  "Nhất.") == {("Lê Văn An", "Huân chương Lao động hạng Nhất"),
                               ("Trần Thị Bình", "Huân chương Lao động hạng Nhất")}
    assert awards("Chủ tịch nước đã ký quyết định truy tặng Huân chương Lao động hạng Ba cho Bác sĩ Lê Văn An và "
                  "nguyên Điều dưỡng Trần Thị Bình.") == {("Lê Văn An", "Huân chương Lao động hạng Ba"),
                                                          ("Trần Thị Bình", "Huân chương Lao động hạng Ba")}
    assert persons("Bộ trưởng tặng Bằng khen cho điều dưỡng Nguyễn Thị Hoa.") == [("Nguyễn Thị Hoa", None)]


def test_a_governor_who_gives_stays_the_grantor_and_a_nurses_word_inside_a_units_name_does_not_cut_it():
    facts = extract_article("", "Năm 2021 Ngân hàng Nhà nước chi nhánh tỉnh được Thống đốc Ngân hàng Nhà nước Việt Nam "
                                "tặng Cờ thi đua.")
    assert [(f["recipient"], f["grantor"]) for f in facts if f["kind"] == "award"] == [
        ("Ngân hàng Nhà nước chi nhánh tỉnh", "Thống đốc Ngân hàng Nhà nước Việt Nam")]
    assert [f["recipient"] for f in extract_article("", "Sở Y tế tặng Bằng khen cho Trung tâm Điều dưỡng tâm thần "
                                                        "kinh và Bệnh viện Điều dưỡng tỉnh.")] == [
        "Trung tâm Điều dưỡng tâm thần kinh", "Bệnh viện Điều dưỡng tỉnh"]


def test_two_names_after_a_form_of_address_written_small_are_a_person_whatever_the_surname():
    """"cho anh Alăng Đia" (dev-7 khen-thuong-nhan-vien-buu-dien-tay-giang-…), "ông Kpă Thuyên" (probe audit8-091),
    "anh Siu Lan" (a baogialai.com.vn page of the search store): names of peoples with no surname of the list. Written
    with a capital, two words after a title stay no person ("Cô Tô", "Bà Rịa"); a place named in them neither."""
    assert persons("Công ty tặng giấy khen và tiền thưởng 2 triệu đồng cho anh Alăng Đia - nhân viên Bưu điện huyện.") == [
        ("Alăng Đia", None)]
    assert persons("Dự hội nghị có ông Kpă Thuyên, Phó Chủ tịch UBND tỉnh.") == [("Kpă Thuyên", None)]
    assert persons("UBND xã tặng giấy khen cho chị Rah Lan.") == [("Rah Lan", None)]
    assert persons("UBND tỉnh tặng Cờ thi đua cho huyện Cô Tô.") == []
    assert persons("Đoàn đến thăm bà Rịa Vũng Tàu.") == []
    assert persons("Đoàn công tác đến thăm anh Tây Ninh.") == []
    assert persons("UBND xã tặng Giấy khen cho chị Buôn Đôn vì đã giúp dân làng.") == []  # a district (review s15 mo-25)
    # a unit's people addressed ("các anh chị Ban Giám hiệu", "các chị Hội LHPN xã": review s15 probes x-08, x-10):
    # no person; the unit keeps its award
    assert persons("Phòng Giáo dục tặng Giấy khen cho các anh chị Ban Giám hiệu Trường THCS Tân Lập.") == []
    assert persons("Huyện tặng Giấy khen cho các chị Hội LHPN xã Tân Lập.") == []
    assert [f["recipient"] for f in extract_article("", "Huyện tặng Giấy khen cho các chị Hội LHPN xã Tân Lập.")] == [
        "Hội LHPN xã Tân Lập"]


def test_a_nurses_word_inside_a_schools_name_stays_the_names_and_before_a_place_opens_no_person():
    """A review's probes (s15 po-09, po-10, x-03, x-06): "Điều dưỡng" after "Trường Cao đẳng / Đại học / Trung cấp" is
    the school's word, as right after a head ("Trung tâm Điều dưỡng …"): the name is whole and the place after it is
    no nurse; a list of members keeps every item. "Điều dưỡng" before a place's name alone is no person; after "và"
    before a person's name a nurse is still read."""
    def got(body):
        return sorted((f.get("recipient") or f.get("unit"), f.get("grantor")) for f in extract_article("", body))

    assert got("Trường Cao đẳng Điều dưỡng Hà Nam được Bộ Y tế tặng Bằng khen.") == [
        ("Trường Cao đẳng Điều dưỡng Hà Nam", "Bộ Y tế")]
    assert got("Trường Đại học Điều dưỡng Nam Định được Thủ tướng Chính phủ tặng Bằng khen.") == [
        ("Trường Đại học Điều dưỡng Nam Định", "Thủ tướng Chính phủ")]
    assert got("Sở Y tế tặng Giấy khen cho Trường Trung cấp Điều dưỡng Sài Gòn.") == [
        ("Trường Trung cấp Điều dưỡng Sài Gòn", "Sở Y tế")]
    assert got("Cụm thi đua gồm: Hội Điều dưỡng Việt Nam, Trường Cao đẳng Điều dưỡng Hà Nam, Bệnh viện Đa khoa "
               "tỉnh.") == [("Bệnh viện Đa khoa tỉnh", None), ("Hội Điều dưỡng Việt Nam", None),
                            ("Trường Cao đẳng Điều dưỡng Hà Nam", None)]
    assert got("Bộ Y tế tặng Bằng khen cho Điều dưỡng Nam Định.") == []
    assert persons("Bộ Y tế tặng Bằng khen cho Bệnh viện Nhi và Điều dưỡng Lê Thị Mai.") == [("Lê Thị Mai", None)]


def test_a_governor_named_before_the_giving_verb_leaves_his_post_and_body_as_grantor():
    """Probe po-04 (review s15): "Thống đốc NHNN <name> trao …" gave the bank as grantor before the governor was a
    post; the person's post and its body give now, as "Chủ tịch UBND tỉnh <name> trao …" does."""
    facts = extract_article("", "Thống đốc Ngân hàng Nhà nước Lê Văn Minh trao Cờ thi đua cho Vụ Tín dụng các ngành "
                                "kinh tế.", "2024-01-20")
    assert [(f["recipient"], f["grantor"]) for f in facts] == [("Vụ Tín dụng các ngành kinh tế",
                                                                "Thống đốc Ngân hàng Nhà nước")]


def test_a_role_given_to_a_person_by_apposition_is_the_unit_of_the_persons_post():
    """"bà X, Giám đốc Sở Tư pháp Y, là trưởng khu vực thi đua" (dev ky-giao-uoc-thi-dua-khoi-co-quan-tu-phap-mien-
    dong-nam-bo), "do Cục trưởng Cục Z - ông X, làm Cụm trưởng" (dev cum-thi-dua-so-5-thuoc-nganh-du-tru-…): the role
    is the post's unit's (GUIDELINES), not the person's; a post that is no role of a cluster gives nothing."""
    def roles(body):
        return [(f["unit"], f["role"]) for f in extract_article("Khối thi đua số 2 ký kết giao ước thi đua", body)
                if f["kind"] == "membership"]

    assert roles("Năm nay, bà Lê Thị Hoa, Giám đốc Sở Tư pháp tỉnh Bình Phước, là trưởng khu vực thi đua.") == [
        ("Sở Tư pháp tỉnh Bình Phước", "chair")]
    assert roles("Cụm thi đua số 5 do Cục trưởng Cục DTNN khu vực Bắc Bộ - ông Nguyễn Văn An, làm Cụm trưởng.") == [
        ("Cục DTNN khu vực Bắc Bộ", "chair")]
    assert roles("Ông Nguyễn Văn An, Phó Chủ tịch LĐLĐ thành phố, làm trưởng đoàn kiểm tra.") == []
