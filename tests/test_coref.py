"""Awards whose recipients stand in a neighbouring sentence (extract/coref.py), and the award
bookkeeping around them: one fact per grantor, thresholds that are no award, achievement years."""
from extract import extract_article


def awards(title, body, published="2024-01-15"):
    return sorted((f["recipient"], f["award"], f["grantor"], f["year"], f["status"])
                  for f in extract_article(title, body, published) if f["kind"] == "award")


def test_prize_list_then_the_prize_it_names():
    body = ("Năm 2022, Ban Thi đua trao giải cho các đơn vị. Cụ thể: giải Nhất (Công an huyện Cao Lộc); "
            "giải Nhì (Công an huyện Lộc Bình, Văn Lãng). Phần thưởng gồm Giấy khen của Giám đốc Công an tỉnh và tiền thưởng.")
    assert awards("Khen thưởng", body) == [
        ("Công an huyện Cao Lộc", "Giấy khen", "Giám đốc Công an tỉnh", 2022, "conferred"),
        ("Công an huyện Lộc Bình", "Giấy khen", "Giám đốc Công an tỉnh", 2022, "conferred"),
        ("Công an huyện Văn Lãng", "Giấy khen", "Giám đốc Công an tỉnh", 2022, "conferred"),
    ]


def test_evidence_of_a_linked_award_spans_both_sentences():
    body = ("Ngày 5/3/2023, Sở Nội vụ tổng kết đợt thi đua năm 2022. Giải Nhất (Sở Tư pháp); giải Nhì (Sở Y tế). "
            "Các đơn vị trên được tặng Bằng khen của Chủ tịch UBND tỉnh.")
    facts = [f for f in extract_article("Tổng kết", body, None) if f["kind"] == "award"]
    assert {f["recipient"] for f in facts} == {"Sở Tư pháp", "Sở Y tế"}
    for f in facts:
        assert body[f["start"]:f["end"]] == f["evidence"]
        assert f["evidence"].startswith("Giải Nhất") and f["evidence"].endswith("Chủ tịch UBND tỉnh.")
        assert f["year"] == 2022  # the round of emulation the text names, not the date of the ceremony


def test_a_counted_group_listed_in_the_next_sentence():
    body = ("Ngày 10/01/2024, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2023. Hội nghị đã bình chọn được 2 đơn vị "
            "xuất sắc để đề nghị UBND tỉnh tặng Cờ thi đua năm 2023. 2 đơn vị được bình chọn gồm: Sở Tài chính và Sở Xây dựng.")
    assert awards("Tổng kết thi đua năm 2023", body) == [
        ("Sở Tài chính", "Cờ thi đua", "UBND tỉnh", 2023, "proposed"),
        ("Sở Xây dựng", "Cờ thi đua", "UBND tỉnh", 2023, "proposed"),
    ]


def test_a_closing_colon_and_bullet_lines():
    body = "Tại hội nghị, Chủ tịch UBND tỉnh trao Bằng khen năm 2023 cho các tập thể sau:\n- Sở Tư pháp;\n- Sở Nội vụ;\n- UBND huyện Bắc Sơn."
    assert [r[0] for r in awards("Khen thưởng", body)] == ["Sở Nội vụ", "Sở Tư pháp", "UBND huyện Bắc Sơn"]


def test_no_pointer_no_link():
    """A recipient-less award is not given to whoever the previous sentence happens to name."""
    body = "Sở Tài chính chủ trì hội nghị tổng kết năm 2023. Bằng khen của Chủ tịch UBND tỉnh được trao tại hội nghị."
    assert awards("Hội nghị", body) == []


def test_one_award_per_grantor():
    body = "Sở Y tế đã 2 lần được tặng Cờ thi đua của Chính phủ; 4 lần được tặng Cờ thi đua của UBND tỉnh."
    assert [(r[0], r[2]) for r in awards("Tin", body)] == [("Sở Y tế", "Chính phủ"), ("Sở Y tế", "UBND tỉnh")]
    body = "Huyện Tràng Định được tặng Cờ thi đua của Chính phủ năm 2019. Huyện Tràng Định nhận Cờ thi đua năm 2019."
    assert [(r[0], r[2]) for r in awards("Tin", body)] == [("Huyện Tràng Định", "Chính phủ")]


def test_a_threshold_is_no_award():
    body = ("Hội đồng công nhận 2 đơn vị đủ tiêu chuẩn tặng Cờ thi đua của Bộ để đề nghị tặng Cờ thi đua của Chính phủ năm 2023. "
            "2 đơn vị gồm: Cục Thuế tỉnh Yên Bái; Cục Thuế tỉnh Hà Giang.")
    assert awards("Tin", body) == [("Cục Thuế tỉnh Hà Giang", "Cờ thi đua", "Chính phủ", 2023, "proposed"),
                                   ("Cục Thuế tỉnh Yên Bái", "Cờ thi đua", "Chính phủ", 2023, "proposed")]


def test_an_opening_adverbial_is_not_a_recipient():
    body = ("Cũng tại Hội nghị, Sở Y tế; ông Nguyễn Văn An – Giám đốc Sở Y tế và Trung tâm Y tế huyện Cao Lộc "
            "vinh dự nhận Bằng khen của Bộ Y tế.")
    assert [r[0] for r in awards("Tin", body)] == ["Nguyễn Văn An", "Sở Y tế", "Trung tâm Y tế huyện Cao Lộc"]


def test_lines_under_a_proposing_header_propose():
    body = ("Hội nghị thống nhất đề nghị khen thưởng:\n\n- UBND tỉnh tặng Cờ thi đua năm 2021: Sở Tư pháp, Sở Nội vụ (hai đơn vị dẫn đầu Khối);"
            "\n\n- Chủ tịch UBND tỉnh tặng Bằng khen: Sở Y tế.")
    assert {(r[0], r[4]) for r in awards("Khối thi đua số 2 tổng kết năm 2021", body)} == {
        ("Sở Tư pháp", "proposed"), ("Sở Nội vụ", "proposed"), ("Sở Y tế", "proposed")}


def test_the_voters_are_not_the_recipient():
    body = ("Công an tỉnh được các đơn vị trong Khối bình chọn, suy tôn là đơn vị dẫn đầu phong trào thi đua năm 2020, "
            "đề nghị Chính phủ tặng Cờ thi đua.")
    facts = extract_article("Khối thi đua Nội chính tổng kết năm 2020", body, None)
    assert [(f["recipient"], f["status"]) for f in facts if f["kind"] == "award"] == [("Công an tỉnh", "proposed")]
    assert [(f["unit"], f["rank"]) for f in facts if f["kind"] == "ranking"] == [("Công an tỉnh", 1)]


def test_a_list_goes_on_in_the_paragraphs_after_it_past_a_caption():
    body = ("Danh sách 5 tập thể đề nghị Thủ tướng Chính phủ tặng Cờ thi đua gồm: VKSND tỉnh Quảng Ninh, VKSND tỉnh "
            "Thái Nguyên.\n\nViện trưởng VKSND tối cao trao Cờ thi đua tặng các tập thể. (Ảnh minh họa)\n\n"
            "VKSND tỉnh Bắc Ninh, VKSND tỉnh Vĩnh Phúc.\n\nVKSND tỉnh Hậu Giang.\n\nHội nghị kết thúc lúc 11 giờ.")
    got = {(r, s) for r, _, _, _, s in awards("Đề nghị tặng Cờ thi đua", body)}
    assert got == {(u, "proposed") for u in ("VKSND tỉnh Quảng Ninh", "VKSND tỉnh Thái Nguyên", "VKSND tỉnh Bắc Ninh",
                                             "VKSND tỉnh Vĩnh Phúc", "VKSND tỉnh Hậu Giang")}
    facts = [f for f in extract_article("Đề nghị tặng Cờ thi đua", body, None) if f["recipient"] == "VKSND tỉnh Hậu Giang"]
    assert facts[0]["rule"] == "coref.list_goes_on" and body[facts[0]["start"]:facts[0]["end"]] == facts[0]["evidence"]


def test_a_list_stops_at_a_paragraph_that_says_more_than_names():
    body = ("Tặng Cờ thi đua gồm: Sở Y tế, Sở Tư pháp.\n\nSở Nội vụ tổ chức hội nghị tổng kết.")
    assert {r for r, *_ in awards("Khen thưởng", body)} == {"Sở Y tế", "Sở Tư pháp"}


def test_an_award_for_a_counted_group_that_the_next_paragraph_lists():
    # the count stands after the award ("tặng Bằng khen cho 20 tập thể"), the list is cut by a dash inside a name
    body = ("Theo đó, tặng Bằng khen cho 20 tập thể, 20 cá nhân đã có thành tích xuất sắc trong tổ chức triển khai thực "
            "hiện Chương trình số 06-CTr/TU ngày 17/3/2021 của Thành ủy Hà Nội gồm:\n\n20 tập thể: Ủy ban MTTQ Việt Nam "
            "thành phố Hà Nội; Phòng Hành chính - Quản trị, Văn phòng UBND thành phố Hà Nội; Ban biên tập Văn hóa - xã "
            "hội, Đài Phát thanh và Truyền hình Hà Nội; UBND huyện Mê Linh.")
    assert [r[0] for r in awards("Khen thưởng thành tích", body)] == [
        "Ban biên tập Văn hóa - xã hội, Đài Phát thanh và Truyền hình Hà Nội",
        "Phòng Hành chính - Quản trị, Văn phòng UBND thành phố Hà Nội", "UBND huyện Mê Linh",
        "Ủy ban MTTQ Việt Nam thành phố Hà Nội"]


def test_an_anniversary_gives_the_later_date():
    # "(founding - today)": a conferral with no year of its own takes the ceremony's date, not the founding's
    body = ("(NTO) Ngày 27-10, Trại giam Sông Cái, thuộc Tổng cục VIII, Bộ Công an, tổ chức Lễ kỷ niệm 40 năm Ngày thành "
            "lập (7/10/1976 - 7/10/2016) và đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhì.")
    assert awards("Trại giam Sông Cái", body, "2016-10-27") == [
        ("Trại giam Sông Cái", "Huân chương Bảo vệ Tổ quốc hạng Nhì", None, 2016, "conferred")]


def test_an_award_for_a_generic_group_that_the_next_statement_lists():
    body = ("Chủ tịch nước Lương Cường trao danh hiệu Anh hùng Lao động cho các tập thể, cá nhân.\n\nCác tập thể được trao "
            "danh hiệu gồm: Bệnh viện Chợ Rẫy (Bộ Y tế), Trường tiểu học Đoàn Thị Điểm (Hà Nội), Công ty TH (Nghệ An).")
    assert [r[0] for r in awards("Vinh danh tập thể anh hùng", body)] == [
        "Bệnh viện Chợ Rẫy (Bộ Y tế)", "Công ty TH (Nghệ An)", "Trường tiểu học Đoàn Thị Điểm (Hà Nội)"]
    # a generic group and then a statement that lists nothing: no fact
    body = "Chủ tịch nước trao danh hiệu Anh hùng Lao động cho các tập thể, cá nhân.\n\nCác tập thể đều xứng đáng."
    assert awards("Tin", body) == []


def test_an_award_handed_out_at_a_review_is_for_the_year_reviewed():
    body = ("Ngày 2/4/2013 Khối thi đua gồm 16 công ty, doanh nghiệp của tỉnh Ninh Bình đã tổ chức hội nghị tổng kết công "
            "tác thi đua năm 2012 tại Tập đoàn xi măng The Vissai.\n\nDịp này, Tập đoàn xi măng the vissai được nhận cờ "
            "thi đua.")
    title = "Tập đoàn xi măng the vissai – Khối trưởng khối thi đua tổng kết phong trào thi đua năm 2012"
    assert [(r[0], r[3]) for r in awards(title, body, "2013-12-08")] == [("Tập đoàn xi măng the vissai", 2012)]


def test_a_header_announces_the_person_on_the_line_under_it():
    """"1. Chiến sĩ thi đua toàn quốc: 01 cá nhân" / "Ông A, Hiệu trưởng, Trường B.": the person on the line
    under a header that names an award takes it (a proposal under a consultation); the workplace is no
    recipient, and a name alone under a header (a sign-off) is none either."""
    body = ("Bộ Công Thương lấy ý kiến nhân dân trước khi trình khen thưởng:\n\n1. Chiến sĩ thi đua toàn quốc: 01 cá "
            "nhân\n\nÔng Phan Hồng Hải, Hiệu trưởng, Trường Đại học Công nghiệp Thành phố Hồ Chí Minh.\n\n2. Huân chương "
            "Lao động hạng Ba: 01 cá nhân\n\nÔng Nguyễn Văn Thành, Phó Trưởng phòng, Trường Đại học Công nghiệp Hà Nội."
            "\n\nCác ý kiến đóng góp xin gửi về Bộ Công Thương.")
    assert sorted((f["recipient"], f["award"], f["status"]) for f in extract_article("Lấy ý kiến", body, None)
                  if f["kind"] == "award") == [("Nguyễn Văn Thành", "Huân chương Lao động hạng Ba", "proposed"),
                                               ("Phan Hồng Hải", "Chiến sĩ thi đua", "proposed")]
    body = "Danh sách đề nghị tặng Bằng khen như sau:\n\nNguyễn Thị Vân"
    assert not [f for f in extract_article("Tin", body, None) if f["kind"] == "award"]


def test_an_achievement_over_a_span_of_years_is_no_single_year():
    # "từ năm 2001 đến năm 2011" is a span, as "giai đoạn 2001 - 2011" is: the year is the decision's
    body = ("Ngày 29/5/2012, Chủ tịch nước đã ký quyết định phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân "
            "cho Cục 11 thuộc Tổng cục II, Bộ Quốc phòng vì đã có thành tích đặc biệt xuất sắc trong chiến đấu và phục vụ "
            "chiến đấu từ năm 2001 đến năm 2011.")
    assert [(r[0], r[3]) for r in awards("Phong tặng danh hiệu anh hùng", body, "2012-05-30")] == [("Cục 11 thuộc Tổng cục II, Bộ Quốc phòng", 2012)]


def test_a_count_said_again_lists_the_group_the_title_proposed():
    """The title proposes "11 tập thể, 3 cá nhân"; the body says "11 tập thể" again and lists them."""
    title = "11 tập thể, 3 cá nhân thuộc lực lượng Công an được đề nghị phong Anh hùng"
    body = ("Theo đó, có 11 tập thể được đề nghị phong tặng gồm Cục An ninh điều tra; Công an tỉnh Phú Thọ; Phòng 6, "
            "Cục An ninh nội địa.\n\nNgười dân có thể đóng góp ý kiến trước ngày 20/11/2020.")
    facts = [f for f in extract_article(title, body, "2020-11-10") if f["kind"] == "award"]
    assert sorted((f["recipient"], f["status"], f["rule"]) for f in facts) == [
        ("Công an tỉnh Phú Thọ", "proposed", "coref.recounted"), ("Cục An ninh điều tra", "proposed", "coref.recounted"),
        ("Phòng 6, Cục An ninh nội địa", "proposed", "coref.recounted")]
    assert all(body[f["start"]:f["end"]] == f["evidence"] for f in facts)


def test_one_of_the_counted_group_an_earlier_sentence_names():
    body = ("Ngày 13 tháng 11 năm 2020, Chủ tịch nước đã ký Quyết định số 2015/QĐ-CTN về việc phong tặng danh hiệu "
            "“Anh hùng Lao động” thời kỳ đổi mới cho 28 tập thể và 13 cá nhân đã có thành tích đặc biệt xuất sắc trong "
            "lao động, sáng tạo từ năm 2009 đến năm 2019.\n\nTrường THPT Chuyên Thăng Long - Đà Lạt thuộc Sở giáo dục "
            "và đào tạo Lâm Đồng vinh dự là một trong 28 tập thể được vinh danh.")
    facts = [f for f in extract_article("Tin", body, "2020-11-20") if f["kind"] == "award"]
    # the school's name goes on over the dash between its two place names (test_extract: two places joined by a dash);
    # its parent after "thuộc" is kept as the name layer keeps it without the dash
    assert [(f["recipient"], f["year"], f["status"]) for f in facts] == [
        ("Trường THPT Chuyên Thăng Long - Đà Lạt thuộc Sở giáo dục và đào tạo Lâm Đồng", 2020, "conferred")]
    assert facts[0]["evidence"] == body  # both statements


def test_another_count_or_no_list_is_no_pointer():
    # the same noun with another number, and the same count that lists nobody: no link
    body = ("Ngày 13/11/2020, Chủ tịch nước phong tặng danh hiệu “Anh hùng Lao động” cho 28 tập thể.\n\nTrường THPT "
            "Chuyên Thăng Long vinh dự là một trong 30 tập thể được vinh danh.")
    assert awards("Tin", body) == []
    title = "5 nông dân sản xuất - kinh doanh giỏi được nhận bằng khen"
    body = ("Ông Lê Hữu Thiện, Phó chủ tịch Hội Nông dân tỉnh cho biết, Đồng Nai đã chọn 5 nông dân xuất sắc tham dự "
            "hội nghị nông dân sản xuất - kinh doanh giỏi toàn quốc lần thứ 4 vào ngày 18-5.")
    assert awards(title, body) == []


# ------------------------------------------------------------ the article's own unit (extract/ownref.py)

def _own(title, body, published="2024-01-15"):
    return sorted((f["recipient"], f["award"], f["grantor"], f["rule"]) for f in extract_article(title, body, published)
                  if f["kind"] == "award" and f["rule"].startswith("ownref."))


def test_a_generic_subject_is_the_unit_the_sentence_before_is_about():
    """"Đơn vị" opens the sentence after one whose subject is the hospital; "và Bộ Y tế tặng …" goes on."""
    body = ("Trong những năm qua, Bệnh viện Đa khoa tỉnh Vĩnh Phúc được xem là một trong những lá cờ đầu của ngành Y tế "
            "trong phong trào thi đua yêu nước. Đơn vị liên tục hoàn thành xuất sắc nhiệm vụ và được cấp trên khen ngợi, "
            "trong đó vinh dự được Chủ tịch nước phong tặng Huân chương lao động hạng Nhất và Bộ Y tế tặng Bằng khen.")
    facts = [f for f in extract_article("Bệnh viện Đa khoa tỉnh Vĩnh Phúc: Lá cờ đầu thi đua yêu nước của ngành Y tế "
                                        "tỉnh", body, "2020-06-15") if f["kind"] == "award"]
    assert sorted((f["recipient"], f["award"], f["grantor"]) for f in facts) == [
        ("Bệnh viện Đa khoa tỉnh Vĩnh Phúc", "Bằng khen", "Bộ Y tế"),
        ("Bệnh viện Đa khoa tỉnh Vĩnh Phúc", "Huân chương lao động hạng Nhất", "Chủ tịch nước")]
    assert all(f["evidence"] == body for f in facts)  # the sentence that names the unit, and the award's


def test_the_school_and_its_clauses_with_no_subject():
    """The title's school; "Tập thể nhà trường" receives, then clauses after ";" with no receiver of their own."""
    title = "Trường THCS Tứ Xã đón nhận Huân chương Lao động hạng Ba"
    body = ("Tập thể nhà trường liên tục đạt danh hiệu Tập thể Lao động xuất sắc, được Chủ tịch UBND tỉnh, Bộ trưởng "
            "Bộ GD&ĐT tặng Bằng khen; tặng kỷ niệm chương Hùng Vương; Thủ tướng Chính phủ tặng Bằng khen và tặng Cờ "
            "thi đua.")
    assert _own(title, body) == [  # the reference takes the clause's first award (a title), the rest carry it on
        ("Trường THCS Tứ Xã", "Bằng khen", "Chủ tịch UBND tỉnh", "ownref.carried"),
        ("Trường THCS Tứ Xã", "Bằng khen", "Thủ tướng Chính phủ", "ownref.carried"),
        ("Trường THCS Tứ Xã", "Cờ thi đua", "Thủ tướng Chính phủ", "ownref.carried"),
        ("Trường THCS Tứ Xã", "Tập thể Lao động xuất sắc", None, "ownref.reference"),
        ("Trường THCS Tứ Xã", "kỷ niệm chương Hùng Vương", None, "ownref.carried")]


def test_a_clause_with_no_subject_after_a_named_receiver():
    body = ("Trường Mầm Non xã Yên Mỹ đạt kiểm định chất lượng giáo dục cấp độ II, được Thủ tướng chính phủ tặng Bằng "
            "khen; Bằng khen của Bộ GD&ĐT; 2 năm liền được Chủ tịch UBND thành phố tặng cờ thi đua Đơn vị xuất sắc.")
    assert [(r[0], r[1]) for r in _own("Trường Mầm non Yên Mỹ đón nhận Huân chương Lao động hạng Ba", body)] == [
        ("Trường Mầm Non xã Yên Mỹ", "cờ thi đua Đơn vị xuất sắc")]
    body = ("Với thành tích đạt được, Hội KH tỉnh đã được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Nhất, "
            "Hội KH Việt Nam tặng Cờ thi đua xuất sắc 20 năm (1996-2016).")
    assert [(r[0], r[1], r[2]) for r in _own("Hội Khuyến học tỉnh tổ chức đại hội", body)] == [
        ("Hội KH tỉnh", "Cờ thi đua xuất sắc", "Hội KH Việt Nam")]


def test_a_bare_head_is_the_articles_one_unit_of_that_head():
    body = ("Trường Mầm non bán công Hoa Dừa (Thị xã) được thành lập năm 1984 do UNICEF viện trợ. Năm học 2007-2008, "
            "trường vinh dự được nhà nước tặng Huân chương Lao động hạng nhì.")
    assert [r[0] for r in _own("Được tặng thưởng huân chương lao động hạng nhì", body)] == ["Trường Mầm non bán công Hoa Dừa"]
    # two schools, and a title about both: "trường" is neither
    body = ("Trường THPT Trung Phú và Trường THPT Trần Phú được thành lập năm 1984. Năm học 2007-2008, trường vinh dự "
            "được nhà nước tặng Huân chương Lao động hạng nhì.")
    assert _own("5 trường học tại TP.HCM vinh dự đón nhận Huân chương lao động", body) == []
    # the same word opening a sentence is written "Trường" and chunked as a name with no words after its head: still
    # the reference (a page of audit 9, baoquangbinh "Trường THCS Quách Xuân Kỳ …": "Trường cũng đã vinh dự được …")
    body = ("Trường THCS Quách Xuân Kỳ có bề dày thành tích. Trường cũng đã vinh dự được Chủ tịch nước tặng thưởng Huân "
            "chương Lao động hạng Ba.")
    assert [r[0] for r in _own("Trường THCS Quách Xuân Kỳ được phong tặng danh hiệu Anh hùng Lao động", body)] == [
        "Trường THCS Quách Xuân Kỳ"]


def test_no_link_without_a_pointer_or_past_another_receiver():
    # "đơn vị này" gives, it does not receive
    body = ("Ngày 3/3, Công an tỉnh Sa Vẳn Na Khẹt, nước CHDCND Lào đã tổ chức khen thưởng đối với Phòng Cảnh sát PCCC "
            "Công an tỉnh Quảng Trị. Theo đó, đơn vị này đã trao tặng Giấy khen cho tập thể và 46 cá nhân trực tiếp làm "
            "nhiệm vụ.")
    assert _own("Công an tỉnh Sa Vẳn Na Khẹt khen thưởng lực lượng chữa cháy", body) == []
    # the awards go to whom "cho" names; awards in general; a clause whose subject is a count
    body = "Ngoài ra, Tỉnh hội đã được trao tặng 57 Bằng khen cho 24 tập thể và 33 cá nhân."
    assert _own("Khối thi đua III Hội Quần chúng tỉnh Tây Ninh tổng kết", body) == []
    body = ("Đảng bộ và nhân dân các dân tộc tỉnh Lạng Sơn đã vinh dự được Đảng, Nhà nước phong tặng danh hiệu Anh hùng "
            "Lực lượng vũ trang nhân dân vào năm 2002 và tặng thưởng nhiều huân chương cao qúy.")
    assert _own("Kỷ niệm 190 năm thành lập tỉnh Lạng Sơn", body) == []
    body = ("Trong 5 năm qua 13 tập thể được công nhận tập thể lao động xuất sắc; 03 tập thể được tặng cờ thi đua của Bộ "
            "Tư pháp; 01 cá nhân được tặng Bằng khen của Thủ tướng Chính phủ.")
    assert _own("Cục Thi hành án dân sự thành phố Cần Thơ tổ chức Hội nghị điển hình tiên tiến", body) == []
    # "nhiều bằng khen, giấy khen": a new subject-less list of awards in general, not the Hội's
    body = ("Với những thành tích xuất sắc trong nhiệm kỳ qua, Hội CCB tỉnh vinh dự được Trung ương Hội CCB Việt Nam tặng "
            "cờ Đơn vị xuất sắc; UBND tỉnh tặng cờ thi đua và nhiều bằng khen, giấy khen.")
    assert [r[1] for r in _own("Đoàn đại biểu Hội Cựu chiến binh tỉnh", body)] == ["cờ thi đua"]


def test_a_reference_that_means_a_kind_of_unit_is_no_pointer():
    # after a sentence whose subject received: a unit that wins a prize, any unit, an award still to come
    before = "Hội LHPN tỉnh Quảng Nam đã vinh dự được Trung ương Hội LHPN Việt Nam tặng cờ thi đua. "
    for after in ("Đơn vị đạt giải Nhất được tặng Bằng khen của Chủ tịch UBND tỉnh.",
                  "Đơn vị nào hoàn thành xuất sắc nhiệm vụ được tặng Bằng khen của Chủ tịch UBND tỉnh.",
                  "Đơn vị hoàn thành xuất sắc nhiệm vụ sẽ được tặng Bằng khen của Chủ tịch UBND tỉnh."):
        assert _own("Tổng kết", before + after) == []


def test_references_in_a_long_article_read_the_units_before_them_once(monkeypatch):
    """A bare "trường" looks for the article's one unit of that head among the names before it: a long article
    of such sentences reads each statement's names once, not once for every reference after it (quadratic)."""
    from extract import segment
    reads = 0
    prop = segment.Statement.chunks

    def counted(self):
        nonlocal reads
        reads += 1
        return prop.fget(self)
    monkeypatch.setattr(segment.Statement, "chunks", property(counted, prop.fset))
    sentence = "Năm 2010, trường vinh dự được UBND tỉnh tặng Bằng khen."
    n = 1500
    extract_article("Tin hoạt động", "\n\n".join([sentence] * n), "2020-06-15")
    assert reads < 60 * n
    body = ("Trường Mầm non bán công Hoa Dừa (Thị xã) được thành lập năm 1984 do UNICEF viện trợ. Năm học 2007-2008, "
            "trường vinh dự được nhà nước tặng Huân chương Lao động hạng nhì.")
    assert [r[0] for r in _own("Được tặng thưởng huân chương lao động hạng nhì", body)] == ["Trường Mầm non bán công Hoa Dừa"]


def test_the_persons_a_counted_award_announces_after_who_they_are():
    """"Đó là các đồng chí A - post, B – post và C - post": who they are, then persons with posts after dashes."""
    body = ("Năm 2019, Công ty có 3 cá nhân được Thủ tướng Chính phủ tặng Bằng khen.\nĐó là các đồng chí Trần Văn An - "
            "Trưởng phòng Kỹ thuật, Phạm Văn Bình – Phó quản đốc Phân xưởng Khai thác 1 và Phan Văn Cường - Công nhân "
            "Phân xưởng Khai thác 1.")
    got = {r[0] for r in awards("Công ty Than nhận Cờ thi đua", body, "2020-01-15") if r[1] == "Bằng khen"}
    assert got == {"Trần Văn An", "Phạm Văn Bình", "Phan Văn Cường"}, got


def test_a_person_after_a_verb_in_the_announcing_statement_is_no_recipient():
    head = "Năm 2023, Công ty có 1 cá nhân được Thủ tướng Chính phủ tặng Bằng khen.\n"
    for tail in ("Đó là anh Trần Văn An khi cứu cháu Lê Văn Dũng.", "Đó là chị Nguyễn Thị Hoa, con gái của ông Lê Văn Dũng.",
                 "Đó là anh Trần Văn An, đã được ông Lê Văn Dũng giới thiệu."):
        got = {r[0] for r in awards("Công ty X", head + tail, "2024-01-15")}
        assert "Lê Văn Dũng" not in got and got, (tail, got)


def test_persons_with_a_job_before_their_workplace_go_on():
    body = ("Năm 2023, Công ty có 2 cá nhân được Thủ tướng Chính phủ tặng Bằng khen.\nĐó là anh Trần Văn An, công nhân "
            "Phân xưởng Khai thác 1 và chị Nguyễn Thị Bình, nhân viên Phòng Kế toán.")
    assert {r[0] for r in awards("Công ty X", body, "2024-01-15")} == {"Trần Văn An", "Nguyễn Thị Bình"}


def test_a_list_after_words_that_lead_in_takes_the_award_given_to_its_group():
    """"… tặng Bằng khen cho các tập thể có thành tích xuất sắc." – "Theo đó, có 39 tập thể … gồm: A; B" (a page of a
    probe audit): the list names the group the award was given to; "Theo đó, có" only leads in."""
    body = ("Chủ tịch UBND tỉnh vừa ký quyết định về việc tặng Bằng khen cho các tập thể có thành tích xuất sắc.\n"
            "Theo đó, có 39 tập thể có thành tích xuất sắc trong năm học 2022 - 2023 gồm: Trường Trung học phổ thông "
            "Bắc Kạn; Trường Mầm non Xuân La, huyện Pác Nặm.")
    assert [(f["recipient"], f["award"]) for f in extract_article("", body)] == [
        ("Trường Trung học phổ thông Bắc Kạn", "Bằng khen"), ("Trường Mầm non Xuân La, huyện Pác Nặm", "Bằng khen")]


def test_a_count_in_words_said_again_points_back_to_its_award():
    """"Năm tập thể nhận giải thưởng Hồ Hảo Hớn" (title) – "Năm tập thể vinh dự nhận thưởng gồm: A; …" (dev
    nam-tap-the-nhan-giai-thuong…): the count said again in words, as in digits, names the group."""
    facts = extract_article("Năm tập thể nhận giải thưởng Hồ Hảo Hớn",
                            "Năm tập thể vinh dự nhận thưởng gồm: Hội Liên hiệp Thanh niên TP.HCM, Ban Cán sự Đoàn ĐH "
                            "Quốc gia TP.HCM.")
    assert {f["recipient"] for f in facts} >= {"Hội Liên hiệp Thanh niên TP.HCM"}
    assert {f["award"] for f in facts} == {"giải thưởng Hồ Hảo Hớn"}


def test_a_group_counted_otherwise_in_the_next_sentence_is_another_group():
    """"305 cá nhân, tập thể được đề nghị nhận Bằng khen …" – "4 VĐV được đề nghị trao tặng Huân chương … gồm: A, B"
    (dev 4-vdv-viet-nam…): the list is the four's, counted otherwise, and takes its own award only."""
    body = ("305 cá nhân, tập thể được đề nghị nhận bằng khen của Thủ tướng Chính phủ.\n"
            "4 VĐV được đề nghị trao tặng Huân chương Lao động hạng Nhì gồm: Nguyễn Thị Oanh, Nguyễn Huy Hoàng.")
    assert awards("", body) == [
        ("Nguyễn Huy Hoàng", "Huân chương Lao động hạng Nhì", None, 2024, "proposed"),
        ("Nguyễn Thị Oanh", "Huân chương Lao động hạng Nhì", None, 2024, "proposed")]
    # counted alike, the list names the group the award was given to
    body = ("Chủ tịch nước còn phong tặng danh hiệu Anh hùng Lao động cho sáu đơn vị, cá nhân đã có thành tích đặc biệt "
            "xuất sắc.\nSáu đơn vị, cá nhân được phong tặng danh hiệu Anh hùng Lao động theo Quyết định số 689/QĐ-CTN gồm "
            "Tổng Công ty Bảo đảm an toàn Hàng hải miền Nam; Viện Dầu khí Việt Nam.")
    assert {r[0] for r in awards("", body)} == {"Tổng Công ty Bảo đảm an toàn Hàng hải miền Nam", "Viện Dầu khí Việt Nam"}


def test_a_counted_group_of_persons_is_nobody():
    """"Bốn VĐV kể trên được đề nghị trao tặng Huân chương …" (dev de-nghi-tang-huan-chuong-cho-4-nha-vo-dich…), "cho 2
    thanh niên" (dev; a probe audit's page), "cho 9 đồng chí": a count of persons names no recipient."""
    for body in ("Bốn VĐV kể trên được đề nghị trao tặng huân chương Lao động hạng Nhì.",
                 "Tỉnh Đoàn đề nghị tặng Huy hiệu Tuổi trẻ dũng cảm cho 2 thanh niên.",
                 "Giám đốc Công an tỉnh trao Kỷ niệm chương cho 9 đồng chí."):
        assert awards("", body) == [], body


def test_a_part_of_a_counted_group_listed_next_takes_its_award():
    """"… cho 10 tập thể. Trong đó, 4 tập thể gồm: …" (the review's probes): a part of the group, counted otherwise but
    naming no award of its own, is listed with the award given to the whole."""
    body = ("Chủ tịch UBND tỉnh tặng Bằng khen cho 10 tập thể. Trong đó, 4 tập thể gồm: Sở Y tế, Sở Tư pháp, Sở Tài chính, "
            "Công an tỉnh.")
    assert {r[0] for r in awards("", body)} == {"Sở Y tế", "Sở Tư pháp", "Sở Tài chính", "Công an tỉnh"}


def test_an_award_said_again_as_this_title_is_the_last_award_named():
    # "trao tặng danh hiệu cao quý này cho X" (dev cienco-4-nhan-danh-hieu…), "X được nhận giải thưởng này" (dev
    # 80-ca-nhan-nhan-giai-thuong-15-thang-10), "… cũng được trao danh hiệu cao quý này" (amp.cand.com.vn, Viettel)
    body = ("Tổng công ty Xây dựng Số 1 vừa được phong tặng danh hiệu Anh hùng Lao động. Sáng 29/12, tại Hà Nội, Phó Thủ "
            "tướng trao tặng danh hiệu cao quý này cho Tổng công ty Xây dựng công trình giao thông 4.")
    assert ("Tổng công ty Xây dựng công trình giao thông 4", "Anh hùng Lao động", "conferred") in [
        (r, a, s) for r, a, g, y, s in awards("Lễ trao tặng", body)]
    body = ("Ban tổ chức đã trao Giải thưởng “15 tháng 10” cho 80 cá nhân. Tỉnh Vĩnh Long có anh Nguyễn Thanh Tuấn được "
            "nhận giải thưởng này.")
    assert "Nguyễn Thanh Tuấn" in {r for r, a, *_ in awards("Trao giải", body) if "15 tháng 10" in a}


def test_this_title_with_no_award_named_before_is_no_award():
    body = "Danh hiệu cao quý này là động lực để Trường Tiểu học Kim Đồng phấn đấu. Trường Tiểu học Kim Đồng được nhận danh hiệu cao quý này."
    assert awards("Phấn đấu", body) == []


def test_persons_counted_by_the_first_words_of_a_title_named_before():
    # "4 nghệ nhân được truy tặng đợt này: A, B" after "… phong tặng danh hiệu Nghệ nhân nhân dân …" (dantri.com.vn,
    # audit 4); "… có 01 Nhà giáo ưu tú được trao tặng danh hiệu đợt này là Thầy A" under the title "… phong tặng Nhà
    # giáo ưu tú" (tinhbien.angiang.gov.vn, audit 9)
    body = ("Chủ tịch nước đã ký quyết định phong tặng danh hiệu Nghệ nhân nhân dân cho 62 cá nhân.\n"
            "4 nghệ nhân được truy tặng đợt này: Phan Chí Thành (Bình Định), Nguyễn Thị Mẫn (Minh Mẫn).")
    got = awards("Phong tặng nghệ nhân", body)
    assert [(r, a, s) for r, a, g, y, s in got] == [("Nguyễn Thị Mẫn", "Nghệ nhân nhân dân", "conferred"),
                                                    ("Phan Chí Thành", "Nghệ nhân nhân dân", "conferred")]
    body = "Thị xã vinh dự có 01 Nhà giáo ưu tú được trao tặng danh hiệu đợt này là Thầy Nguyễn Văn Hồ - Hiệu trưởng."
    assert [(r, a) for r, a, *_ in awards("Tịnh Biên có thêm 01 cá nhân được phong tặng Nhà giáo ưu tú", body)] == [
        ("Nguyễn Văn Hồ", "Nhà giáo ưu tú")]


def test_persons_counted_who_receive_something_else_take_no_title():
    """Review probe A13 (s12): "3 nhà giáo nhận quyết định nghỉ hưu là: …" after "… phong tặng danh hiệu Nhà giáo ưu
    tú …": only a verb that confers a title, with nothing else received before the names, counts them."""
    body = ("Chủ tịch nước phong tặng danh hiệu Nhà giáo ưu tú cho 2 nhà giáo tỉnh Lạng Sơn. Năm nay, 3 nhà giáo nhận "
            "quyết định nghỉ hưu là: thầy Hoàng Văn Bình, cô Lương Thị Thu, cô Nông Thị Lan.")
    assert awards("Lạng Sơn có 2 Nhà giáo ưu tú", body) == []
    body = ("Chủ tịch nước phong tặng danh hiệu Nhà giáo ưu tú cho 2 nhà giáo tỉnh Lạng Sơn. Năm nay, 3 nhà giáo được "
            "trao tặng quà là: thầy Hoàng Văn Bình, cô Lương Thị Thu, cô Nông Thị Lan.")
    assert awards("Lạng Sơn có 2 Nhà giáo ưu tú", body) == []
    body = "Thị xã vinh dự có 01 Nhà giáo ưu tú được trao tặng danh hiều đợt này là Thầy Nguyễn Văn Hồ - Hiệu trưởng."
    assert [r for r, *_ in awards("Tịnh Biên có thêm 01 cá nhân được phong tặng Nhà giáo ưu tú", body)] == [
        "Nguyễn Văn Hồ"]  # the page's own spelling (audit 9)



def test_persons_counted_who_receive_the_title_named_again_hold_it():
    """Review probe A20 (s12): "2 nghệ nhân nhận danh hiệu đợt này là: …" after "… phong tặng danh hiệu Nghệ nhân ưu
    tú …": a receiving verb with "danh hiệu" (the title said again) right after it confers it, as "… nhận danh hiệu
    Thầy thuốc ưu tú" does in the corpus article thi-dua-khen-thuong and "30 tập thể được nhận danh hiệu …" in
    cong-ty-co-phan-tap-doan-tien-bo…; "nhận quyết định" (the test above) still confers nothing."""
    body = ("Chủ tịch nước phong tặng danh hiệu Nghệ nhân ưu tú trong lĩnh vực di sản văn hóa phi vật thể. Lạng Sơn có 2 "
            "nghệ nhân nhận danh hiệu đợt này là: ông Hoàng Văn Páo, bà Lương Thị Mai.")
    assert sorted((r, a) for r, a, *_ in awards("Lạng Sơn có 2 Nghệ nhân ưu tú", body)) == [
        ("Hoàng Văn Páo", "Nghệ nhân ưu tú"), ("Lương Thị Mai", "Nghệ nhân ưu tú")]


def test_a_count_that_starts_two_titles_or_a_unit_title_names_none():
    body = ("Tỉnh có 3 cá nhân được phong tặng Nghệ nhân nhân dân và 5 cá nhân được phong tặng Nghệ nhân ưu tú.\n"
            "2 nghệ nhân được truy tặng đợt này: Phan Chí Thành, Nguyễn Thị Mẫn.")
    assert {r for r, *_ in awards("Phong tặng", body)} == set()
    body = ("Sở Y tế được tặng danh hiệu Tập thể lao động xuất sắc.\n"
            "2 tập thể được khen thưởng đợt này là: ông Phan Chí Thành, bà Nguyễn Thị Mẫn.")
    assert {r for r, *_ in awards("Khen thưởng", body)} == {"Sở Y tế"}


def test_persons_one_a_line_under_a_header_that_names_their_award():
    # "15 cá nhân được đề nghị xét tặng danh hiệu Nhà giáo Ưu tú bao gồm:" / "Cô A và cô B, giáo viên Trường X." /
    # "Thầy C, giáo viên Trường Y." / … (tuoitrethudo.vn, audit 12); the lines' shape as in dev
    # danh-sach-17-tap-the-ca-nhan… ("Bà B, Chủ tịch HĐQT Công ty C." one a line after "Các cá nhân gồm: Ông A, …")
    body = ("Năm 2023, thành phố công bố danh sách.\n15 cá nhân được đề nghị xét tặng danh hiệu Nhà giáo Ưu tú bao gồm:\n"
            "Cô Nguyễn Thị Lợi và cô Lê Thị Thiện Mỹ, giáo viên Trường THPT Nguyễn Văn Cừ.\n"
            "Thầy Nguyễn Xuân Dương, giáo viên Trường THPT Vĩnh Lộc B.\n"
            "Cô Nguyễn Thị Thu Lan, Hiệu trưởng Trường Mầm non Măng non II (Quận 10).\n"
            "Buổi lễ diễn ra trang trọng, Cô Trần Thị Hoa, giáo viên Trường THPT Gia Định phát biểu.")
    got = awards("Công bố danh sách", body)
    assert [(r, a, s) for r, a, g, y, s in got] == [
        ("Lê Thị Thiện Mỹ", "Nhà giáo Ưu tú", "proposed"), ("Nguyễn Thị Lợi", "Nhà giáo Ưu tú", "proposed"),
        ("Nguyễn Thị Thu Lan", "Nhà giáo Ưu tú", "proposed"), ("Nguyễn Xuân Dương", "Nhà giáo Ưu tú", "proposed")]


def test_lines_under_a_header_stop_at_its_count():
    body = ("2 cá nhân được đề nghị xét tặng danh hiệu Nhà giáo Ưu tú gồm:\nThầy Nguyễn Xuân Dương, giáo viên Trường THPT "
            "Vĩnh Lộc B.\nCô Nguyễn Thị Thu Lan, Hiệu trưởng Trường Mầm non Măng non II.\nÔng Trần Văn Ba, Giám đốc Sở "
            "Giáo dục và Đào tạo.")
    assert {r for r, *_ in awards("Danh sách", body)} == {"Nguyễn Xuân Dương", "Nguyễn Thị Thu Lan"}


def test_a_group_counted_by_a_noun_no_count_list_holds_then_named_after_do_la():
    # "80 thầy, cô giáo tiêu biểu nhận Bằng khen của Bộ trưởng Bộ GD&ĐT." – "Đó là các thầy, cô giáo: A, B" (dev
    # thanh-hoa-co-3-nha-giao…); "… tỉnh Thanh Hóa vinh dự có một gương mặt xuất sắc nhận giải thưởng này." – "Đó là
    # chị A, Bí thư Đoàn phường B, …" (dev thanh-hoa-co-1-guong-thanh-nien…)
    body = ("80 thầy, cô giáo tiêu biểu nhận Bằng khen của Bộ trưởng Bộ GD&ĐT. Đó là các thầy, cô giáo: Đào Nguyên Túc, "
            "Tống Thị Phượng.")
    assert {(r, a) for r, a, *_ in awards("Tuyên dương", body)} == {("Đào Nguyên Túc", "Bằng khen"),
                                                                    ("Tống Thị Phượng", "Bằng khen")}
    body = ("69 cán bộ hội đã được trao Giải thưởng “15 tháng 10”, trong đó tỉnh Thanh Hóa vinh dự có một gương mặt xuất "
            "sắc nhận giải thưởng này. Đó là chị Phạm Thị Duyên, Bí thư Đoàn phường Đông Quang, là gương mặt tiêu biểu.")
    assert {r for r, *_ in awards("Giải thưởng", body)} == {"Phạm Thị Duyên"}
    body = "Sau 45 năm, nhà trường nhận Huân chương Lao động hạng Ba. Đây là dấu mốc lịch sử của trường."
    assert {r for r, *_ in awards("Kỷ niệm", body)} == set()


def test_a_counted_group_listed_next_under_its_own_noun_takes_the_award():
    """"… cho 4 Mẹ." – "Các Mẹ gồm: Mẹ A, …; Mẹ B, …" (dev dinh-hoa-truy-tang-danh-hieu-ba-me…) and "… cho 10 tập
    thể, cá nhân gồm: A; B." – "Các cá nhân gồm: Ông C, post." – "Bà D, post." (dev danh-sach-17-tap-the-ca-nhan…,
    whose award statement already gave its collectives): the noun after "Các" points back to the counted group
    (extract/regroup.py). Sentences written after the two pages."""
    body = ("Ngày 26-7, huyện Định Hóa tổ chức Lễ truy tặng danh hiệu “Bà mẹ Việt Nam Anh hùng” cho 4 Mẹ.\n\nCác Mẹ "
            "gồm: Mẹ Hoàng Thị Xuân, sinh năm 1897, ở xã Bảo Cường; Mẹ Hoàng Thị Rong, sinh năm 1908, xã Bảo Cường.")
    facts = [f for f in extract_article("Truy tặng danh hiệu", body, "2020-07-27") if f["kind"] == "award"]
    assert {f["recipient"] for f in facts} == {"Hoàng Thị Xuân", "Hoàng Thị Rong"}
    assert all(f["rule"] == "coref.regrouped" and body[f["start"]:f["end"]] == f["evidence"] for f in facts)
    body = ("Chủ tịch nước đã trao danh hiệu Anh hùng Lao động cho 4 tập thể, cá nhân gồm: Bệnh viện Chợ Rẫy; Trường "
            "Tiểu học Đoàn Thị Điểm.\n\nCác cá nhân gồm: Ông Nguyễn Văn Cường, Chủ tịch HĐQT Công ty cổ phần An Phú."
            "\n\nBà Trần Thị Phương Thảo, Chủ tịch HĐQT Công ty VietJet Air.\n\nBuổi lễ kết thúc lúc 11 giờ.")
    assert {r for r, *_ in awards("Trao danh hiệu", body)} == {
        "Bệnh viện Chợ Rẫy", "Trường Tiểu học Đoàn Thị Điểm", "Nguyễn Văn Cường", "Trần Thị Phương Thảo"}


def test_a_list_under_another_noun_or_after_an_uncounted_group_is_not_the_groups():
    for body in ("Huyện tổ chức Lễ truy tặng danh hiệu “Bà mẹ Việt Nam Anh hùng” cho 4 Mẹ.\n\nCác xã gồm: xã Bảo "
                 "Cường, xã Kim Phượng.",
                 "Huyện Định Hóa có 4 Mẹ còn sống.\n\nCác Mẹ gồm: Mẹ Hoàng Thị Xuân, Mẹ Hoàng Thị Rong."):
        assert awards("Khen thưởng", body) == [], body


def test_a_count_that_points_back_takes_the_names_listed_before():
    """"Bốn VĐV kể trên" / "Hai đơn vị nói trên": a count with back-pointing words takes the one enumeration of that
    many names the statement before gives, past an image caption (extract/pointback.py; dev
    de-nghi-tang-huan-chuong-cho-4-nha-vo-dich…)."""
    body = ("Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường và Phạm Thị Dung cùng nằm trong danh sách được Bộ VH-TT-DL "
            "đề xuất lên Ban Thi đua - Khen thưởng Trung ương.\n\nVăn An trên đường bơi. Ảnh: Giang Huy\n\n"
            "Bốn VĐV kể trên được đề nghị trao tặng Huân chương Lao động hạng Nhì.")
    assert [(r[0], r[1], r[4]) for r in awards("Đề nghị tặng huân chương", body)] == [
        ("Lê Văn Cường", "Huân chương Lao động hạng Nhì", "proposed"),
        ("Nguyễn Văn An", "Huân chương Lao động hạng Nhì", "proposed"),
        ("Phạm Thị Dung", "Huân chương Lao động hạng Nhì", "proposed"),
        ("Trần Thị Bình", "Huân chương Lao động hạng Nhì", "proposed"),
    ]
    units_ = ("Hội nghị đã suy tôn Sở Tư pháp, Sở Y tế dẫn đầu Cụm thi đua số 2 năm 2023. "
              "Hai đơn vị nói trên được đề nghị UBND tỉnh tặng Cờ thi đua năm 2023.")
    assert [r[0] for r in awards("Tổng kết", units_)] == ["Sở Tư pháp", "Sở Y tế"]


def test_a_count_points_back_only_to_as_many_names_and_only_with_its_words():
    # three names, "Hai": which two is unsaid
    body = ("Hội nghị đã suy tôn Sở Tư pháp, Sở Y tế và Sở Nội vụ dẫn đầu Cụm thi đua số 2 năm 2023. "
            "Hai đơn vị nói trên được đề nghị UBND tỉnh tặng Cờ thi đua năm 2023.")
    assert awards("Tổng kết", body) == []
    # no back-pointing words: another group
    body = ("Hội nghị đã suy tôn Sở Tư pháp, Sở Y tế dẫn đầu Cụm thi đua số 2 năm 2023. "
            "Hai đơn vị được đề nghị UBND tỉnh tặng Cờ thi đua năm 2023.")
    assert awards("Tổng kết", body) == []
    # units named one by one, no enumeration and no rank: which two is unsaid
    body = ("Hội nghị có Sở Tư pháp tham dự, Sở Y tế phát biểu, Sở Nội vụ trao đổi kinh nghiệm năm 2023. "
            "Hai đơn vị nói trên được đề nghị UBND tỉnh tặng Cờ thi đua năm 2023.")
    assert awards("Tổng kết", body) == []


def test_a_count_that_points_back_takes_the_units_ranked_one_by_one():
    """"suy tôn A đứng thứ nhất, B đứng thứ nhì …" – "Hai đơn vị nói trên sẽ được đề nghị Bộ X tặng cờ thi đua và bằng
    khen …" (dev so-ke-hoach-dau-tu-dong-nai-dan-dau-cum-thi-dua-dong-nam-bo): the two ranked units, each award of the
    chain from the grantor asked before the first."""
    body = ("Năm 2023, Cụm thi đua số 8 đã thống nhất suy tôn Sở Tư pháp tỉnh Bình Dương đứng thứ nhất, Sở Tư pháp tỉnh "
            "Đồng Nai đứng thứ nhì. Hai đơn vị nói trên sẽ được đề nghị Bộ Tư pháp tặng cờ thi đua và bằng khen năm 2023.")
    assert [(r[0], r[1], r[2], r[4]) for r in awards("Tổng kết", body)] == [
        ("Sở Tư pháp tỉnh Bình Dương", "bằng khen", "Bộ Tư pháp", "proposed"),
        ("Sở Tư pháp tỉnh Bình Dương", "cờ thi đua", "Bộ Tư pháp", "proposed"),
        ("Sở Tư pháp tỉnh Đồng Nai", "bằng khen", "Bộ Tư pháp", "proposed"),
        ("Sở Tư pháp tỉnh Đồng Nai", "cờ thi đua", "Bộ Tư pháp", "proposed")]
    # three ranked, "Hai": which two is unsaid
    body = body.replace("đứng thứ nhì.", "đứng thứ nhì, Sở Tư pháp tỉnh Long An đứng thứ ba.")
    assert awards("Tổng kết", body) == []


def test_a_count_that_points_back_gives_nothing_negated_and_takes_names_of_its_kind_only():
    """The review's pb-08, pb-11, pb-12, pb-13: a negated award is none (as in the award rules); "Hai đồng chí" takes
    two persons, never two units, and "Hai đơn vị" never two persons (function.yml counted_persons); a ';' list whose
    items run on past a name ("A, B hoàn thành …; C, D") is no enumeration of two names."""
    body = ("Sở Xây dựng và Sở Công Thương chưa hoàn thành kế hoạch năm 2023. "
            "Hai đơn vị nói trên không được xét tặng Cờ thi đua.")
    assert awards("Kết quả khen thưởng", body) == []
    body = ("Sở Xây dựng và Sở Công Thương cử đồng chí Lê Văn Hải, đồng chí Phạm Văn Long dự hội nghị năm 2023. "
            "Hai đồng chí nói trên được Chủ tịch UBND tỉnh tặng Bằng khen.")
    assert [r[0] for r in awards("Kết quả khen thưởng", body)] == ["Lê Văn Hải", "Phạm Văn Long"]
    body = ("Ông Lê Văn Hải và bà Phạm Thị Lan phát biểu tại hội nghị năm 2023. "
            "Hai đơn vị nói trên được tặng Giấy khen của Sở Nội vụ.")
    assert awards("Kết quả khen thưởng", body) == []
    body = ("Sở Xây dựng, Sở Công Thương hoàn thành xuất sắc nhiệm vụ; Sở Tài chính, Sở Giao thông vận tải hoàn thành "
            "tốt nhiệm vụ năm 2023. Hai đơn vị nói trên được tặng Bằng khen của Chủ tịch UBND tỉnh.")
    assert awards("Kết quả khen thưởng", body) == []


def test_described_items_stop_at_a_rank_and_at_the_count():
    """The review's ds-15: "…; C …; D đứng thứ tư." ends the list at the rank; a count said again takes no more
    items than it says."""
    title = "Năm tập thể nhận giải thưởng Hồ Hảo Hớn"
    body = ("Năm tập thể vinh dự nhận thưởng gồm: Sở Xây dựng với mô hình “Công trình xanh”; Sở Công Thương với mô "
            "hình “Chợ văn minh”; Sở Tài chính xếp thứ tư.")
    assert [r[0] for r in awards(title, body)] == ["Sở Công Thương", "Sở Xây dựng"]
    title = "Hai tập thể nhận giải thưởng Hồ Hảo Hớn"
    body = ("Hai tập thể vinh dự nhận thưởng gồm: Sở Xây dựng với mô hình “Công trình xanh”; Sở Công Thương với mô "
            "hình “Chợ văn minh”; Sở Tài chính với mô hình “Ngân sách số”.")
    assert [r[0] for r in awards(title, body)] == ["Sở Công Thương", "Sở Xây dựng"]


def test_a_count_said_again_lists_described_items_one_a_semicolon():
    """Items that carry a description ("A với mô hình “…”; B với mô hình “…”") go on after each ";" (dev
    nam-tap-the-nhan-giai-thuong-ho-hao-hon; rules/counted.described reads the same shape after an award's colon,
    dev quang-nam-cong-nhan-danh-hieu-16-nghe-nhan-tho-gioi-nam-2023)."""
    title = "Năm tập thể nhận giải thưởng Hồ Hảo Hớn"
    body = ("Năm tập thể vinh dự nhận thưởng gồm: Hội Liên hiệp Thanh niên tỉnh Lạng Sơn với mô hình “Trại rèn luyện”; "
            "Ban Thường vụ Đoàn Trường Đại học Bách khoa với mô hình “Nguồn sáng an toàn”; Đoàn Thanh niên Sở Y tế "
            "với mô hình tổ chức “Trại hè du khảo”.")
    assert [r[0] for r in awards(title, body)] == [
        "Ban Thường vụ Đoàn Trường Đại học Bách khoa", "Hội Liên hiệp Thanh niên tỉnh Lạng Sơn", "Đoàn Thanh niên Sở Y tế"]
    # a clause of its own after the ";" is no item: "…; Tỉnh đoàn đề nghị Trung ương Đoàn khen thưởng …"
    body = ("Năm tập thể vinh dự nhận thưởng gồm: Hội Liên hiệp Thanh niên tỉnh Lạng Sơn với mô hình “Trại rèn luyện”; "
            "Đoàn Thanh niên Sở Y tế đề nghị Trung ương Đoàn khen thưởng các tập thể.")
    assert [r[0] for r in awards(title, body)] == ["Hội Liên hiệp Thanh niên tỉnh Lạng Sơn"]
