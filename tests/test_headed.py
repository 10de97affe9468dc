"""A cluster's header line and one unit a line under it (extract/headed.py, rules/headed.py compose.header_lines): the
shape of a document that divides clusters (dev cong-van-957-ubnd-vx-…, dev-12 cong-van-4372-bgddt-…)."""
from extract import extract_article
from extract.chunks import chunk
from extract.headed import cluster_header, unit_lines
from extract.normalize import tone

DIVIDED = ("Ủy ban nhân dân thành phố điều chỉnh chia lại các cụm, khối thi đua như sau:\n\n1. Cụm 1:\n\n- Quận 1\n\n"
           "- Quận 10\n\n- Quận 3\n\n+ Cụm trưởng: Quận 10\n\n2. Cụm 2:\n\n- Quận 4\n\n- Quận Gò Vấp\n\n"
           "+ Cụm trưởng: Quận Gò Vấp\n\nCác cụm tổ chức ký kết giao ước thi đua.")


def memberships(text: str, title: str = "", published: str | None = None) -> set[tuple]:
    return {(f["cluster"], f["unit"], f["role"], f["year"]) for f in extract_article(title, text, published)
            if f["kind"] == "membership"}


def test_the_lines_under_a_clusters_header_are_its_members_until_the_next_header():
    got = memberships(DIVIDED, "Công văn điều chỉnh cụm, khối thi đua", "2009-03-12T16:30:00+07:00")
    assert got == {("Cụm 1", "Quận 1", "member", None), ("Cụm 1", "Quận 3", "member", None),
                   ("Cụm 1", "Quận 10", "chair", None), ("Cụm 2", "Quận 4", "member", None),
                   ("Cụm 2", "Quận Gò Vấp", "chair", None)}


def test_a_document_dividing_clusters_gives_no_year_a_review_gives_its_own():
    # the document's date is when it was written (GUIDELINES: no year in the text gives null), the chair's too
    assert {y for *_, y in memberships(DIVIDED, "Công văn điều chỉnh cụm, khối thi đua", "2009-03-12T16:30:00+07:00")} == {None}
    # the same lines in a review of 2023: the composition is that year's
    assert {y for *_, y in memberships(DIVIDED, "Hội nghị tổng kết công tác thi đua năm 2023", "2024-01-10T08:00:00+07:00")} == {2023}


def test_a_header_with_gom_and_a_count_is_read_once():
    text = ("Bộ hướng dẫn chia khối các đơn vị trực thuộc thành 2 cụm thi đua:\n\nI. Cụm 1: Gồm 2 đơn vị (các trường sư "
            "phạm)\n\n1. Trường Đại học Sư phạm Hà Nội\n\n2. Trường Cao đẳng Sư phạm Trung ương Nha Trang\n\nII. Cụm 2: "
            "Gồm 12 đơn vị (các trường phía Bắc)\n\n1. Trường Đại học Bách khoa Hà Nội\n\n2. Trường Đại học Xây dựng")
    facts = [f for f in extract_article("Công văn hướng dẫn chia cụm thi đua", text, "2016-09-06T00:00:00+07:00")
             if f["kind"] == "membership"]
    assert {f["rule"] for f in facts} == {"compose.header_lines"}  # not compose.list too (it reads "Gồm")
    # Cụm 2's twelve are three on the page: the text is cut off after them (the record ends with the block)
    assert sorted((f["cluster"], f["unit"]) for f in facts) == [
        ("Cụm 1", "Trường Cao đẳng Sư phạm Trung ương Nha Trang"), ("Cụm 1", "Trường Đại học Sư phạm Hà Nội"),
        ("Cụm 2", "Trường Đại học Bách khoa Hà Nội"), ("Cụm 2", "Trường Đại học Xây dựng")]


def test_a_count_the_lines_do_not_make_gives_nothing():
    more = "Các cụm như sau:\n\n1. Cụm 3: Gồm 2 đơn vị\n\n- Sở Y tế\n\n- Sở Tư pháp\n\n- Sở Nội vụ"
    fewer = "Các cụm như sau:\n\n1. Cụm 3: Gồm 5 đơn vị\n\n- Sở Y tế\n\n- Sở Tư pháp\n\nCác cụm tổ chức ký kết giao ước."
    same = "Các cụm như sau:\n\n1. Cụm 3: Gồm 2 đơn vị\n\n- Sở Y tế\n\n- Sở Tư pháp\n\nCác cụm tổ chức ký kết giao ước."
    assert not [f for f in extract_article("", more) if f["rule"] == "compose.header_lines"]
    assert not [f for f in extract_article("", fewer) if f["rule"] == "compose.header_lines"]
    assert {f["unit"] for f in extract_article("", same) if f["rule"] == "compose.header_lines"} == {"Sở Y tế", "Sở Tư pháp"}


def test_what_is_no_header_or_no_unit_line():
    def shape(text: str):
        ch = chunk(tone(text))
        h = cluster_header(ch)
        return None if h is None else unit_lines(ch, h.body) is not None
    assert shape("1. Cụm 1:\n\n- Quận 1\n\n- Quận 3\n\n+ Cụm trưởng: Quận 10") is True
    assert shape("a) Khối thi đua số 2:\n\n- Sở Y tế;\n\n- Sở Tư pháp.") is True
    assert shape("Cụm thi đua số 1 đã tổ chức ký kết với các đơn vị:\n\n- Sở Y tế\n\n- Sở Tư pháp") is None
    assert shape("1. Khối Sở Tư pháp:\n\n- Cờ thi đua ngành Tư pháp: 38 tập thể;\n\n- Chiến sỹ thi đua: 46 cá nhân.") is False


def test_a_title_that_names_the_clusters_year_dates_the_block():
    """"UBND tỉnh điều chỉnh cụm, khối thi đua năm 2024": the title names the year the clusters are divided for, the
    block and its chair take it (review 2 of s15, hl-10); a document's own year before the clusters does not ("Công
    văn 4372/BGDĐT-TĐKT năm 2016 hướng dẫn chia cụm thi đua …", dev-12: gold null)."""
    text = ("UBND tỉnh điều chỉnh các cụm thi đua như sau:\n\n1. Cụm 1:\n\n- Sở Y tế\n\n- Sở Tư pháp\n\n+ Cụm trưởng: Sở Y "
            "tế\n\n2. Cụm 2:\n\n- Sở Tài chính\n\n- Sở Xây dựng")
    assert memberships(text, "UBND tỉnh điều chỉnh cụm, khối thi đua năm 2024", "2024-03-05") == {
        ("Cụm 1", "Sở Y tế", "chair", 2024), ("Cụm 1", "Sở Tư pháp", "member", 2024),
        ("Cụm 2", "Sở Tài chính", "member", 2024), ("Cụm 2", "Sở Xây dựng", "member", 2024)}
    assert {y for *_, y in memberships(text, "Công văn 4372/BGDĐT-TĐKT năm 2016 hướng dẫn chia cụm thi đua",
                                       "2016-09-06")} == {None}


def test_a_chair_a_sentence_names_is_no_member_of_the_block_and_one_year_holds():
    """"Sở Y tế làm Cụm trưởng Cụm 1." after the block that lists it (review 2 of s15, hk-05, hx-02): the chair, not
    also a member; the block and the chair take the year that sentence names, else none."""
    block = "Các cụm như sau:\n\n1. Cụm 1:\n\n- Sở Y tế\n\n- Sở Tư pháp\n\n- Sở Nội vụ\n\n"
    title = "Công văn điều chỉnh cụm, khối thi đua các sở, ban, ngành"
    assert memberships(block + "Sở Y tế làm Cụm trưởng Cụm 1.", title, "2019-05-10") == {
        ("Cụm 1", "Sở Y tế", "chair", None), ("Cụm 1", "Sở Tư pháp", "member", None),
        ("Cụm 1", "Sở Nội vụ", "member", None)}
    assert memberships(block + "Sở Y tế làm Cụm trưởng Cụm 1 năm 2019.", title, "2019-05-10") == {
        ("Cụm 1", "Sở Y tế", "chair", 2019), ("Cụm 1", "Sở Tư pháp", "member", 2019),
        ("Cụm 1", "Sở Nội vụ", "member", 2019)}


def test_a_line_that_names_two_units_gives_no_member():
    """"- Sở Y tế, Sở Tư pháp" is two units, not one by both names (review 2 of s15, hx-04); a line's own comma in one
    name stays ("Sở Văn hóa, Thể thao và Du lịch")."""
    text = ("Các cụm như sau:\n\n1. Cụm 1:\n\n- Sở Y tế, Sở Tư pháp\n\n- Sở Nội vụ\n\n- Sở Văn hóa, Thể thao và Du "
            "lịch")
    assert {u for _, u, *_ in memberships(text, "Công văn điều chỉnh cụm", "2019-05-10")} == {
        "Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch"}


def test_a_count_the_lines_do_not_make_leaves_the_list_to_compose_list():
    """compose.list read "Cụm 3: Gồm 2 đơn vị" and its lines before header_lines: where the count is not what the
    lines make, header_lines reads nothing and compose.list reads them as before (review 2 of s15, hl-15, hn-12)."""
    more = "Các cụm như sau:\n\n1. Cụm 3: Gồm 2 đơn vị\n\n- Sở Y tế\n\n- Sở Tư pháp\n\n- Sở Nội vụ"
    assert {(f["unit"], f["rule"]) for f in extract_article("", more) if f["kind"] == "membership"} == {
        ("Sở Y tế", "compose.list"), ("Sở Tư pháp", "compose.list"), ("Sở Nội vụ", "compose.list")}


def test_a_header_in_capitals_reads_as_in_ordinary_case():
    """Official documents set a cluster's header in capitals behind a roman numeral ("I. CỤM THI ĐUA CÁC HUYỆN, THÀNH
    PHỐ:", "II. KHỐI THI ĐUA NỘI CHÍNH:": dev to-chuc-cum-khoi-thi-dua-tren-dia-ban-ti…; "I. CÁC CỤM THI ĐUA, QUẬN
    -HUYỆN:": dev cong-van-957-ubnd-vx-…): the numeral is a list mark, "THÀNH PHỐ" the administrative kind it is in
    lower case, so the cluster's name keeps its comma and the lines under it are its members. The name is kept as
    written."""
    text = ("Cụ thể như sau:\n\nI. CỤM THI ĐUA CÁC HUYỆN, THÀNH PHỐ:\n\n1. Thành phố Vĩnh Yên.\n\n2. Huyện Tam Đảo.\n\n"
            "II. KHỐI THI ĐUA NỘI CHÍNH:\n\n1. Công an tỉnh.\n\n2. Sở Tư pháp.")
    chunks = chunk(tone(text.split("\n\n", 1)[1].split("\n\nII.")[0]))
    assert [(c.label, c.text) for c in chunks[:4]] == [("NUM", "I"), ("DOT", "."),
                                                       ("CLU", "CỤM THI ĐUA CÁC HUYỆN, THÀNH PHỐ"), ("COLON", ":")]
    got = memberships(text, "Tổ chức cụm, khối thi đua", "2019-05-07T00:00:00+07:00")
    assert got == {("CỤM THI ĐUA CÁC HUYỆN, THÀNH PHỐ", "Thành phố Vĩnh Yên", "member", None),
                   ("CỤM THI ĐUA CÁC HUYỆN, THÀNH PHỐ", "Huyện Tam Đảo", "member", None),
                   ("KHỐI THI ĐUA NỘI CHÍNH", "Công an tỉnh", "member", None),
                   ("KHỐI THI ĐUA NỘI CHÍNH", "Sở Tư pháp", "member", None)}
