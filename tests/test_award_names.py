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


def test_a_named_prize_is_an_award_and_each_prize_its_own():
    """"Giải thưởng Hồ Chí Minh", "Giải thưởng “15 tháng 10”" (3 dev articles, 3 pages of a probe audit): a prize with a
    name is an award (awards.yml named_only), not an anaphor and a person "Hồ Chí Minh"; "giải thưởng này" and
    "giải thưởng cao quý" are none; two prizes of one person are two awards (each_name_its_own)."""
    from extract import extract_article
    assert _awards("Chủ tịch nước trao Giải thưởng Hồ Chí Minh cho ông Nguyễn Văn An.") == ["Giải thưởng Hồ Chí Minh"]
    assert _awards("Anh được trao Giải thưởng “15 tháng 10”.") == ["Giải thưởng “15 tháng 10”"]
    # "giải thưởng này" names no award of its own: the chunk says it points back, the document says to which award
    # (document._said_again; tests/test_coref.py)
    said = [c for c in chunk(tone("Công ty nhận giải thưởng này. Đây là giải thưởng cao quý.")) if c.label == "AWD"]
    assert [(c.text, c.attrs.get("back")) for c in said] == [("giải thưởng này", True)]
    facts = extract_article("", "Ông Nguyễn Văn An được tặng Giải thưởng Hồ Chí Minh và Giải thưởng Nhà nước.")
    assert sorted(f["award"] for f in facts) == ["Giải thưởng Hồ Chí Minh", "Giải thưởng Nhà nước"]


def test_the_country_alone_receives_nothing():
    """"69 cán bộ hội thanh niên Việt Nam tiêu biểu … đã được trao Giải thưởng …" (dev thanh-hoa-co-1-guong…): the
    country's name closes a description of people; it is no recipient."""
    from extract import extract_article
    assert extract_article("", "Tại Hà Nội, 69 cán bộ hội thanh niên Việt Nam tiêu biểu toàn quốc đã được trao Giải "
                               "thưởng “15 tháng 10”.") == []


def test_a_name_in_single_quotes_is_the_awards():
    """"kỷ niệm chương 'Vì thế hệ trẻ'", "danh hiệu 'Anh hùng Lực lượng vũ trang nhân dân'" (a dev article, a page of a
    probe audit): single quotes hold the name as double ones do."""
    assert _awards("Anh Bùi Quang Huy đã trao tặng kỷ niệm chương 'Vì thế hệ trẻ' cho chỉ huy trưởng Trần Văn Bình.") == [
        "kỷ niệm chương 'Vì thế hệ trẻ'"]
    assert _awards("Chủ tịch nước truy tặng danh hiệu 'Anh hùng Lực lượng vũ trang nhân dân' cho ông A.") == [
        "Anh hùng Lực lượng vũ trang nhân dân"]


def test_the_collective_title_of_advanced_labour_is_an_award():
    """"danh hiệu Tập thể lao động tiên tiến" (2 dev articles, a page of a probe audit) opens like "Tập thể lao động
    xuất sắc": an award of the kind "Lao động tiên tiến", not the group word "Tập thể"."""
    assert _awards("Viện kiểm sát nhân dân huyện Lâm Thao được công nhận danh hiệu Tập thể lao động tiên tiến năm 2020.") \
        == ["Tập thể lao động tiên tiến"]


def test_classes_said_together_are_one_award_each():
    """"Huân chương Lao động hạng Nhất, Nhì, Ba" / "… hạng Nhì và hạng Ba" (dev chu-tich-nuoc-tang-thuong-huan-chuong-
    lao-don…, hoi-ccb-quang-binh…, chieu-16-12-bo-giao-duc…, thu-tuong-trao-huan-chuong…; a page of audit 13 on a
    school): one order named once with its classes in a row is one award of each class (extract/awardclasses.py),
    and a class after "và" is no rank of its own."""
    from extract import extract_article
    assert _awards("Chủ tịch nước tặng Huân chương Lao động hạng Nhất, Nhì, Ba cho Trường THPT Lê Lợi.") == \
        ["Huân chương Lao động hạng Nhất"]
    facts = extract_article("", "Trường THPT Lê Lợi được Chủ tịch nước tặng Huân chương Lao động hạng Nhất, Nhì, Ba.")
    assert sorted(f["award"] for f in facts) == ["Huân chương Lao động hạng Ba", "Huân chương Lao động hạng Nhì",
                                                 "Huân chương Lao động hạng Nhất"]
    facts = extract_article("", "Chủ tịch nước tặng Huân chương Lao động hạng Nhì và hạng Ba cho Trường THPT Lê Lợi.")
    assert sorted(f["award"] for f in facts) == ["Huân chương Lao động hạng Ba", "Huân chương Lao động hạng Nhì"]
    # a class and another award: no class is made up; a lower-case "ba" that goes on is a number, no class
    facts = extract_article("", "Chủ tịch nước tặng Huân chương Lao động hạng Nhì và Bằng khen cho Trường THPT Lê Lợi.")
    assert not any(f["award"].endswith(("hạng Ba", "hạng Nhất")) for f in facts)
    assert [c.attrs.get("classes") for c in chunk(tone("Công ty nhận Huân chương Lao động hạng Nhì, ba tập thể nhận "
                                                         "Bằng khen.")) if c.label == "AWD"] == [None, None]


def test_a_place_opening_with_a_class_word_is_no_class():
    """"… hạng Nhì, Ba Đình được tặng Cờ thi đua …" (review s12 probes W3, W4, W10, W11: Ba Đình, Ba Bể, Ba Chẽ, Ba Vì
    are districts): a class word with a capitalised word after it opens a name, so it is no further class, and the
    place keeps its own award; a class that ends its phrase is still one."""
    from extract import extract_article

    def got(text):
        return sorted((f["recipient"], f["award"]) for f in extract_article("", text))
    assert got("Quận Hoàn Kiếm được tặng Huân chương Lao động hạng Nhì, Ba Đình được tặng Cờ thi đua của Chính "
               "phủ.") == [("Ba Đình", "Cờ thi đua"), ("Quận Hoàn Kiếm", "Huân chương Lao động hạng Nhì")]
    assert got("Huyện Đông Anh được tặng Huân chương Lao động hạng Nhất, Ba Vì được tặng Huân chương Lao động hạng "
               "Nhì.") == [("Ba Vì", "Huân chương Lao động hạng Nhì"), ("Huyện Đông Anh", "Huân chương Lao động hạng Nhất")]
    assert ("Chẽ", "Bằng khen") not in got("Chủ tịch nước tặng Huân chương Lao động hạng Ba, Ba Chẽ và Tiên Yên nhận "
                                          "Bằng khen của Thủ tướng Chính phủ.")
    assert [c.attrs.get("classes") for c in chunk(tone("Huyện Chợ Đồn nhận Huân chương Lao động hạng Ba, Ba Bể nhận "
                                                         "Bằng khen.")) if c.label == "AWD"] == [None, None]


def test_a_persons_title_by_its_initials_after_danh_hieu():
    """"phong tặng danh hiệu NSND" (audit 9: ngoisao nsut-trung-anh…), "truy tặng danh hiệu NSƯT cho cố nghệ sĩ …"
    (audit 9: baoquangtri): a State title of persons written by its initials is that title (vocab._award_kinds
    reads the initials of each such kind's name); only after "danh hiệu": "NSND Anh Tú" is a person's title."""
    from extract import vocab
    assert vocab.award_kind("NSND") == "Nghệ sĩ Nhân dân" and vocab.award_kind("NSƯT") == "Nghệ sĩ Ưu tú"
    assert vocab.award_kind("NGƯT") == "Nhà giáo Ưu tú" and vocab.award_kind("BK") is None
    assert [(c.attrs.get("name"), c.attrs.get("kind")) for c in chunk(tone(
        "Bộ Văn hóa trình Chủ tịch nước truy tặng danh hiệu NSƯT cho cố nghệ sĩ Văn Hiệp.")) if c.label == "AWD"] == [
        ("NSƯT", "Nghệ sĩ Ưu tú")]
    assert [c for c in chunk(tone("NSND Anh Tú cho biết hồ sơ đã gửi.")) if c.label == "AWD"] == []


def test_the_judge_gives_a_titles_initials_no_benefit():
    """The evaluator judges award kinds as ../shared/dev-gold/score.py does: "NSND" in gold or facts is the
    initials as written, not the title the extractor reads them as, so the figures do not gain from the reading."""
    from extract.evaluate import award_kind
    assert award_kind("NSND") != award_kind("Nghệ sĩ Nhân dân")
    assert award_kind("danh hiệu NSƯT") != award_kind("Nghệ sĩ Ưu tú")
    assert award_kind("danh hiệu Nghệ sĩ nhân dân") == award_kind("Nghệ sĩ Nhân dân")


def test_a_persons_title_right_after_an_award_head_is_the_awards_name():
    """"danh hiệu nghệ sỹ nhân dân" (probes audit9-111), "Huân chương Anh dũng hạng Nhì" (probes audit12-184): the
    word after the head is the name's first word even when it is also a person's title ("nghệ sỹ nhân dân Lê Sơn",
    "anh Trần Văn Hoàng"); a stage name after such a title in small letters is a person (persons.yml)."""
    assert _awards("Nhà hát cũng đề nghị xét tặng danh hiệu nghệ sỹ nhân dân đối với ba nghệ sỹ: nghệ sỹ ưu tú Trung "
                   "Anh, nghệ sỹ ưu tú Việt Thắng và nghệ sỹ ưu tú Lê Sơn.") == ["nghệ sỹ nhân dân"]
    assert _awards("Công ty đón nhận Huân chương Anh dũng hạng Nhì của Bộ trưởng Bộ Quốc phòng.") == [
        "Huân chương Anh dũng hạng Nhì"]
    from extract import extract_article
    got = {f["recipient"] for f in extract_article("", "Nhà hát Kịch Việt Nam cũng đề nghị xét tặng danh hiệu nghệ sỹ "
                                                        "nhân dân đối với ba nghệ sỹ: nghệ sỹ ưu tú Trung Anh, nghệ sỹ ưu "
                                                        "tú Việt Thắng và nghệ sỹ ưu tú Lê Sơn.") if f["kind"] == "award"}
    assert got == {"Trung Anh", "Việt Thắng", "Lê Sơn"}


def test_an_artists_title_right_after_a_units_head_is_the_units_name():
    """Review s13 probes art-11, art-16: a lower-case "nghệ sĩ" right after a unit's head names the unit's members
    ("Câu lạc bộ nghệ sĩ Hà Nội", "Hội nghệ sĩ Sân khấu tỉnh"; persons.yml titles_in_names), so it neither cuts the
    unit nor opens a person "Hà Nội"; the title still opens a stage name elsewhere (the test above)."""
    from extract import extract_article
    got = {f["recipient"] for f in extract_article("", "Câu lạc bộ nghệ sĩ Hà Nội được Chủ tịch UBND thành phố tặng "
                                                        "Bằng khen.") if f["kind"] == "award"}
    assert got == {"Câu lạc bộ nghệ sĩ Hà Nội"}
    got = {f["recipient"] for f in extract_article("", "UBND tỉnh tặng Bằng khen cho Hội nghệ sĩ Sân khấu tỉnh và Câu "
                                                        "lạc bộ nghệ sĩ Đàn tính.") if f["kind"] == "award"}
    assert got == {"Hội nghệ sĩ Sân khấu tỉnh", "Câu lạc bộ nghệ sĩ Đàn tính"}


def test_a_persons_title_in_small_letters_after_a_plain_awards_head_ends_its_name():
    """Review s13 probe awn-04: "Giấy khen cô giáo dạy giỏi" — after a head that is no "danh hiệu", a person's title
    in small letters describes whom the award is for and ends its name (the award went lost whole); a capitalised
    one ("Huân chương Anh dũng") and any after "danh hiệu" ("danh hiệu nghệ sỹ nhân dân") stay the name's (above)."""
    from extract import extract_article
    assert _awards("Cô giáo Hoàng Thị Hoa được tặng Giấy khen cô giáo dạy giỏi cấp tỉnh.") == ["Giấy khen"]
    got = {(f["recipient"], f["award"]) for f in extract_article("", "Trường THPT Việt Bắc được tặng Bằng khen, cô giáo "
                                                                     "Hoàng Thị Hoa được tặng Giấy khen cô giáo dạy giỏi "
                                                                     "cấp tỉnh.")}
    assert ("Hoàng Thị Hoa", "Giấy khen") in got
