"""The year an article reviews (extract/years.py) when the text names none but dates."""
from extract import extract_article
from extract.years import review


def test_a_founding_date_is_not_the_event_year():
    body = ("Trại giam X được thành lập ngày 20/8/1977, đóng quân trên địa bàn xã Minh Tâm. Sáng 9/10, Trại giam "
            "X long trọng tổ chức Lễ kỷ niệm 40 năm thành lập và đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhất.")
    assert review("Trại giam X kỷ niệm 40 năm thành lập", body, "2017-10-10T21:46:00+07:00") == (2017, "published")


def test_an_anniversary_span_gives_its_recent_end():
    body = "Ngày 8/9, Cục Hải quan tổ chức Lễ kỷ niệm 80 năm ngày truyền thống (10/9/1945 - 10/9/2025)."
    assert review("Hải quan kỷ niệm 80 năm", body, "2025-09-09T08:01:00+07:00") == (2025, "date")


def test_a_prose_date_near_publication_is_the_event_year():
    assert review("Hội nghị", "Ngày 28/12/2020, Cụm thi đua số 2 tổ chức hội nghị.", "2021-01-05T10:00") == (2020, "date")


def test_an_award_at_an_anniversary_takes_the_event_year():
    facts = extract_article("Trại giam X kỷ niệm 40 năm thành lập, đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhất",
                            "Trại giam X được thành lập ngày 20/8/1977. Sáng 9/10, Trại giam X tổ chức Lễ kỷ niệm 40 "
                            "năm thành lập và đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhất.",
                            "2017-10-10T21:46:00+07:00")
    years = {f["year"] for f in facts if f["kind"] == "award"}
    assert years and 1977 not in years, facts


def test_a_founding_year_named_is_not_the_event_year():
    body = "Trại giam X được thành lập năm 1976. Sáng 20/4, Trại giam X tổ chức lễ kỷ niệm 45 năm thành lập."
    assert review("Trại giam X kỷ niệm 45 năm thành lập", body, "2021-04-20T10:00") == (2021, "published")


def test_a_year_named_near_publication_is_the_review_year():
    body = "Năm 2020, Cụm thi đua số 3 đã hoàn thành các chỉ tiêu; Sở Y tế được thành lập năm 1976."
    assert review("Cụm thi đua số 3", body, "2021-01-10T10:00") == (2020, "named")


def test_the_year_of_an_inline_frame_holds_for_every_award_in_its_list():
    """An inline list carries its frame's year as a header carries it to the lines under it."""
    body = ("Tại lễ ký kết, Hội Chữ thập đỏ tỉnh công bố quyết định khen thưởng cho 03 tập thể xuất sắc trong phong trào "
            "năm 2018 gồm: Huyện Hội Hòa Thành nhận Cờ đơn vị dẫn đầu phong trào thi đua của Ủy ban nhân dân tỉnh, huyện "
            "Hội Dương Minh Châu, huyện Hội Trảng Bàng nhận Bằng khen của Ủy ban nhân dân tỉnh.")
    facts = extract_article("Ký kết giao ước thi đua năm 2019", body, "2019-03-13")
    years = {(f["recipient"], f["year"]) for f in facts if f["kind"] == "award"}
    assert ("huyện Hội Trảng Bàng", 2018) in years and ("Huyện Hội Hòa Thành", 2018) in years, years


def test_a_founding_year_in_the_title_hides_no_year_of_the_body():
    assert review("Trường thành lập năm 1975 đón nhận Huân chương Lao động", "Trong năm 2023, nhà trường đạt nhiều thành tích.",
                  "2024-01-10") == (2023, "named")


def test_a_review_whose_year_is_the_next_years_plan_reviews_the_year_before():
    """"tổng kết …, triển khai phương hướng nhiệm vụ năm 2023": the year is the plan's, for the year after the one
    reviewed (the corpus names both: "tổng kết … năm 2022, triển khai phương hướng, nhiệm vụ năm 2023")."""
    body = ("Hội nghị tổng kết công tác thi đua cụm số 3, triển khai phương hướng nhiệm vụ năm 2023.\n\nNăm 2022, các "
            "đơn vị trong cụm thi đua số 3 đã tích cực tham mưu.")
    assert review("Tổng kết công tác dân vận Cụm thi đua số 3", body, "2023-01-10") == (2022, "review")
    body = ("Hội nghị đã tập trung đánh giá kết quả đạt được, phân tích những tồn tại hạn chế và đề ra một số chỉ "
            "tiêu, nhiệm vụ trọng tâm năm 2024.")
    assert review("Hội nghị Cụm thi đua các huyện", body, "2024-01-15") == (2023, "review")
    facts = extract_article("Tổng kết công tác dân vận Cụm thi đua số 3",
                            "Hội nghị tổng kết công tác thi đua cụm số 3, triển khai phương hướng nhiệm vụ năm 2023.\n\n"
                            "Cụm thi đua số 3 gồm: Công an tỉnh, Bệnh viện Trung ương Thái Nguyên, Đại học Thái Nguyên. "
                            "Năm 2022, các đơn vị trong cụm thi đua số 3 đã tích cực tham mưu.", "2023-01-10")
    assert {f["year"] for f in facts if f["kind"] == "membership"} == {2022}, facts


def test_a_plan_for_the_rest_of_the_year_or_the_plans_execution_keeps_the_year():
    """Counter-examples: a mid-year review plans the same year's second half; "triển khai thực hiện" is what is
    reviewed; a review that names its year first keeps it."""
    cases = [("Hội nghị sơ kết công tác thi đua 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2011.", 2011),
             ("Hội nghị đánh giá hoạt động quý 1, triển khai nhiệm vụ trọng tâm quý 2 năm 2023.", 2023),
             ("Hội nghị tổng kết đánh giá tình hình triển khai thực hiện công tác thi đua-khen thưởng năm 2014.", 2014),
             ("Hội nghị tổng kết công tác thi đua năm 2022, triển khai phương hướng, nhiệm vụ năm 2023.", 2022),
             ("Các đơn vị nhất trí với tiêu chí chấm điểm thi đua do Khối trưởng đề ra và ký giao ước thi đua năm 2022.", 2022)]
    for body, year in cases:
        assert review("Hội nghị", body, f"{year}-07-15") == (year, "review"), body


def test_a_plan_word_in_a_review_of_the_same_years_tasks_keeps_the_year():
    """A plan is for a coming year: "đánh giá kết quả thực hiện nhiệm vụ trọng tâm năm 2022" published in December
    2022 reviews 2022 (review H1, probes c3); the plan's year is taken back only when the year is still to come, or
    has just begun, at the event or the publication."""
    cases = [("Hội nghị đánh giá kết quả thực hiện nhiệm vụ trọng tâm năm 2022", "2022-12-20", 2022),
             ("Cụm thi đua số 2 tổng kết việc thực hiện phương hướng, nhiệm vụ năm 2023", "2023-12-20", 2023),
             ("Khối thi đua số 4 đánh giá kết quả triển khai nhiệm vụ năm 2023", "2023-12-22", 2023),
             ("Khối thi đua số 4 chấm điểm, đánh giá việc triển khai kế hoạch năm 2023", "2023-12-22", 2023),
             ("Khối thi đua các doanh nghiệp bình xét thi đua theo phương hướng nhiệm vụ năm 2023", "2023-12-28", 2023),
             # the plan for the coming year, in December, in January, and by a meeting's date
             ("Cụm thi đua số 3 tổng kết công tác thi đua, triển khai phương hướng nhiệm vụ năm 2024", "2023-12-28", 2023),
             ("Hội nghị tổng kết Cụm thi đua số 5 và triển khai kế hoạch năm 2024", "2024-01-10", 2023),
             ("Cụm thi đua số 3 tổng kết công tác thi đua, thảo luận nhiệm vụ trọng tâm năm 2024", "2024-04-02", 2024)]
    for title, published, year in cases:
        assert review(title, "", published) == (year, "review"), title
    assert review("Hội nghị", "Ngày 27/12/2023, Cụm thi đua số 3 tổng kết công tác thi đua, thảo luận nhiệm vụ trọng "
                  "tâm năm 2024.", "2024-04-02") == (2023, "review")
    assert review("Hội nghị", "Cụm thi đua số 3 tổng kết công tác thi đua, thảo luận nhiệm vụ trọng tâm năm 2024.",
                  None) == (2024, "review")


def test_the_month_of_the_events_own_date_says_the_plan_is_ahead():
    """A January meeting dated in the text ("Ngày 10/1/2024, …") plans the year it is held in, whether the article has no
    publication date or came out months later (the second review's probe): the text's own date gives the month."""
    title = "Hội nghị tổng kết công tác thi đua, triển khai phương hướng nhiệm vụ năm 2024"
    body = "Ngày 10/1/2024, Cụm thi đua số 3 tổ chức hội nghị."
    for published in (None, "2024-04-05"):
        assert review(title, body, published)[0] == 2023
    assert review(title, "Ngày 20/12/2024, Cụm thi đua số 3 tổ chức hội nghị.", "2025-01-05")[0] == 2024


def test_a_pact_title_keeps_its_year_against_a_weak_review_word_of_the_body():
    """"… ký kết giao ước thi đua năm 2017" over a speech that "đánh giá cao … trong năm 2016" the last chair's work
    (probe page congdoangiaothongvantai, audit 5): only a closing review (tổng kết, sơ kết) re-dates a pact title,
    as "tổng kết năm 2025 và phát động, ký kết giao ước thi đua năm 2026" (dev gold 2025) does."""
    assert review("Khối thi đua 6 Công đoàn Ngành Trung ương ký kết giao ước thi đua năm 2017",
                  "Khối thi đua 6 gồm: Công đoàn A, Công đoàn B. Phát biểu tại hội nghị, đồng chí X đánh giá cao về sự điều "
                  "hành rất thành công trong năm 2016 của Khối trưởng.", "2017-06-05") == (2017, "pact")
    assert review("Khối thi đua số 10 phát động, ký kết giao ước thi đua năm 2026", "Ngày 13-3, Khối thi đua số 10 tổ chức "
                  "hội nghị tổng kết năm 2025 và phát động, ký kết giao ước thi đua năm 2026.", "2026-03-13") == (2025, "review")


def test_a_signing_without_a_year_is_for_the_year_it_is_held_in():
    """"Sáng 25/9/2018, … đã tiến hành ký kết giao ước thi đua." whose body then names a flag "năm 2017" (probe page
    tapchicaosu Kon Tum, audit 11): the signing's own date dates the article, before a year some award names."""
    assert review("Khối sản xuất kinh doanh tỉnh: Ký kết 3 nội dung thi đua", "Sáng 25/9/2018, tại Công ty A, khối thi đua "
                  "các doanh nghiệp đã tiến hành ký kết giao ước thi đua. Tại buổi ký kết, UBND tỉnh đã tặng cờ năm 2017 cho "
                  "Công ty B.", "2018-09-26")[0] == 2018
    # a year the title names stays first ("Hội nghị ký kết giao ước thi đua Sở … năm 2022", dev gold 2022)
    assert review("Hội nghị ký kết giao ước thi đua Sở Tài nguyên và Môi trường các tỉnh khu vực Đồng bằng sông Hồng năm "
                  "2022", "Chiều 18/3/2021, hội nghị ký kết giao ước thi đua.", "2022-03-21")[0] == 2022


def test_an_elections_year_goes_to_the_result_sentence_after_it():
    """"… bầu Cụm trưởng và Cụm phó năm 2021. Kết quả X làm Cụm trưởng; Y làm Cụm phó" at a review of 2020 (dev
    article hoi-nghi-tong-ket-cong-tac-thi-dua-nam-2020: gold 2021); "Đồng thời bầu Trưởng, phó khối năm 2016. /
    Kết quả: / - …" (dev article hoi-nghi-tong-ket-cong-tac-thi-dua-khoi-iv) has the same form."""
    facts = extract_article("Hội nghị tổng kết công tác thi đua năm 2020", "Ngày 10/12/2020, Cụm thi đua Tây Nam sông Hậu "
                            "tổ chức hội nghị tổng kết công tác thi đua năm 2020. Hội nghị thảo luận và thống nhất các nội "
                            "dung ký kết giao ước thi đua; trao đổi đề xuất bầu Cụm trưởng và Cụm phó năm 2021. Kết quả Liên "
                            "minh HTX tỉnh An Giang làm Cụm trưởng; Liên minh HTX TP Cần Thơ làm Cụm phó của Cụm thi đua Tây "
                            "Nam sông Hậu.", "2020-12-15")
    roles = {(f["unit"], f["role"], f["year"]) for f in facts if f["kind"] == "membership" and f["role"] != "member"}
    assert roles == {("Liên minh HTX tỉnh An Giang", "chair", 2021), ("Liên minh HTX TP Cần Thơ", "vice_chair", 2021)}, facts


def test_a_result_of_the_years_work_after_an_election_keeps_the_reviewed_year():
    """Review probes Y12, Y12c (s12): "Kết quả, …" after "bầu Cụm trưởng năm 2024" also opens the review's own results:
    its members, and a chair "năm qua", are 2023's; Y5 and Y13 (the election's result) stay 2024."""
    lead = "Ngày 20/12/2023, Cụm thi đua số 4 tổ chức tổng kết năm 2023 và bầu Cụm trưởng năm 2024. "

    def years_of(body):
        return {(f["unit"], f["role"], f["year"]) for f in extract_article("", lead + body, "2024-05-10")
                if f["kind"] == "membership"}
    assert years_of("Kết quả, các đơn vị trong Cụm gồm: Sở Tư pháp, Sở Nội vụ, Sở Xây dựng đều hoàn thành tốt nhiệm "
                    "vụ.") == {(u, "member", 2023) for u in ("Sở Tư pháp", "Sở Nội vụ", "Sở Xây dựng")}
    assert years_of("Kết quả thực hiện nhiệm vụ năm qua, Sở Tư pháp là Cụm trưởng đã điều hành tốt hoạt động của "
                    "Cụm.") == {("Sở Tư pháp", "chair", 2023)}
    assert years_of("\nKết quả:\n- Sở Tư pháp làm Cụm trưởng;\n- Sở Nội vụ làm Cụm phó.") == {
        ("Sở Tư pháp", "chair", 2024), ("Sở Nội vụ", "vice_chair", 2024)}


def test_a_result_that_tells_the_chairs_work_keeps_the_reviewed_year():
    """Second review probes Y21, Y23, Y26 (s12): "Kết quả, với vai trò Cụm trưởng, X đã điều hành …", "Kết quả thực
    hiện nhiệm vụ trong năm, X là Cụm trưởng …", "Kết quả, X, đơn vị Cụm trưởng, được … tặng …" after "bầu Cụm trưởng
    năm 2024" tell the work of the year reviewed (2023); only an election's result ("X được bầu làm Cụm trưởng", "Kết
    quả: X làm Cụm trưởng", Y20, Y24) is the election's year."""
    lead = "Ngày 20/12/2023, Cụm thi đua số 4 tổ chức tổng kết năm 2023 và bầu Cụm trưởng, Cụm phó năm 2024. "

    def chairs(body):
        return {(f["unit"], f["role"], f["year"]) for f in extract_article("", lead + body, "2024-05-10")
                if f["kind"] == "membership" and f["role"] != "member"}
    assert chairs("Kết quả, với vai trò Cụm trưởng, Sở Tư pháp đã điều hành hiệu quả các hoạt động của Cụm.") == {
        ("Sở Tư pháp", "chair", 2023)}
    assert chairs("Kết quả thực hiện nhiệm vụ trong năm, Sở Tư pháp là Cụm trưởng đã phối hợp tốt với Sở Nội vụ là Cụm "
                  "phó.") == {("Sở Tư pháp", "chair", 2023), ("Sở Nội vụ", "vice_chair", 2023)}
    assert chairs("Kết quả, Sở Tư pháp, đơn vị Cụm trưởng, được UBND tỉnh tặng Cờ thi đua.") == {
        ("Sở Tư pháp", "chair", 2023)}
    assert chairs("Kết quả, Sở Tư pháp được bầu làm Cụm trưởng, Sở Nội vụ làm Cụm phó.") == {
        ("Sở Tư pháp", "chair", 2024), ("Sở Nội vụ", "vice_chair", 2024)}
    assert chairs("Kết quả: Sở Tư pháp làm Cụm trưởng; Sở Nội vụ làm Cụm phó.") == {
        ("Sở Tư pháp", "chair", 2024), ("Sở Nội vụ", "vice_chair", 2024)}


def test_a_title_naming_the_new_year_of_a_meeting_at_its_start_yields_to_the_year_the_body_tells():
    """"Khối thi đua … triển khai nhiệm vụ công tác năm 2016" on 20/1/2016 over "Năm 2015, các cơ quan trong Khối thi đua
    đã …" (probes audit10-125, gold 2015); "TỔNG KẾT CỤM THI ĐUA … NĂM 2026" over "Chiều ngày 29/01/2026, … Hội nghị tổng
    kết thi đua năm 2025" (probes audit10-134, gold 2025): the title names the meeting's new year, the body the year done."""
    body = ("Khối thi đua số 4 gồm 3 cơ quan: Sở Tư pháp, Sở Nội vụ, Sở Xây dựng.\n\nNăm 2015, các cơ quan trong Khối thi "
            "đua đã phấn đấu hoàn thành tốt nhiệm vụ chính trị được giao.")
    assert review("Khối thi đua số 4 triển khai nhiệm vụ công tác năm 2016", body, "2016-01-20") == (2015, "review")
    facts = extract_article("Khối thi đua số 4 triển khai nhiệm vụ công tác năm 2016", body, "2016-01-20")
    assert {f["year"] for f in facts if f["kind"] == "membership"} == {2015}, facts
    assert review("TỔNG KẾT CỤM THI ĐUA SỐ 3 NĂM 2026", "Chiều ngày 29/01/2026, Cụm thi đua số 3 đã tổ chức Hội nghị "
                  "tổng kết thi đua năm 2025.", "2026-01-29") == (2025, "review")


def test_a_title_naming_the_new_year_keeps_it_when_the_body_tells_that_year_or_signs_its_pact():
    """Counter-examples: the body names the title's year too, so it tells that year; a pact
    signed at the year's start is that year's (a pact title); in December the title's year is the one ending."""
    assert review("Cụm thi đua số 4 triển khai nhiệm vụ công tác năm 2016", "Năm 2015, các đơn vị đã hoàn thành nhiệm "
                  "vụ. Năm 2016, các đơn vị phấn đấu hoàn thành chỉ tiêu.", "2016-01-20")[0] == 2016
    assert review("Cụm thi đua số 4 ký kết giao ước thi đua năm 2016", "Năm 2015, các đơn vị đã hoàn thành nhiệm vụ.",
                  "2016-01-20") == (2016, "pact")
    assert review("Cụm thi đua số 4 tổng kết công tác thi đua năm 2016", "Năm 2015, các đơn vị đã hoàn thành nhiệm vụ.",
                  "2016-12-20")[0] == 2016


def test_a_new_year_title_of_a_launch_or_pact_or_of_no_review_or_plan_keeps_its_year():
    """Only a title whose year a review or a plan word dates is re-dated (the review's finding 1, probes yr-02, yr-05,
    yr-06, yr-04): a launch or a pact of the year ("phát động phong trào thi đua năm 2024", "giao ước thi đua năm
    2024") is that year's, like a signing, and so is a title that only names the year ("Cụm … năm 2024: …")."""
    last = "Năm 2023, các đơn vị trong Cụm đạt nhiều kết quả."
    assert review("Cụm thi đua số 2 phát động phong trào thi đua năm 2024", "Sáng 19/1/2024, Cụm thi đua số 2 gồm Sở "
                  "Tư pháp, Sở Nội vụ, Sở Tài chính tổ chức phát động thi đua. " + last, "2024-01-20")[0] == 2024
    assert review("Khối thi đua số 3 giao ước thi đua năm 2024", "Sáng 15/1, Khối thi đua số 3 gồm Sở Y tế, Sở Tư pháp "
                  "và Sở Nội vụ tổ chức giao ước thi đua. " + last, "2024-01-16")[0] == 2024
    assert review("Phát động thi đua năm 2024 trong Khối thi đua các cơ quan Đảng", "Ngày 8/1/2024, Khối tổ chức hội "
                  "nghị phát động. " + last, "2024-01-09")[0] == 2024
    assert review("Cụm thi đua số 4 năm 2024: đoàn kết, đổi mới", "Ngày 20/2/2024, Cụm thi đua số 4 họp triển khai kế "
                  "hoạch. So với năm 2023, số tiêu chí giao ước tăng lên.", "2024-02-21")[0] == 2024


def test_the_roles_of_a_plan_meeting_at_a_years_start_are_that_years():
    """A plan meeting held at the year's start by a cluster whose chair it names keeps the title's year: "an activity
    held in year Y by 'Cụm … do X là Trưởng cụm' is Y" (GUIDELINES; the review's finding 2, probes yr-01, yr-09,
    yr-10). A review's title is re-dated with its roles (probes audit10-134: the chair of the year reviewed)."""
    def roles(title, body, published):
        return {(f["unit"], f["role"], f["year"]) for f in extract_article(title, body, published)
                if f["kind"] == "membership" and f["role"] != "member"}
    assert roles("Khối thi đua số 3 triển khai nhiệm vụ công tác năm 2024", "Sáng 15/1, Khối thi đua số 3 do Sở Y tế "
                 "làm Khối trưởng tổ chức hội nghị triển khai nhiệm vụ. Năm 2023, các đơn vị trong Khối đã hoàn thành "
                 "tốt nhiệm vụ.", "2024-01-16") == {("Sở Y tế", "chair", 2024)}
    assert roles("Khối thi đua số 5 triển khai nhiệm vụ năm 2024", "Ngày 18/1, Khối thi đua số 5 tổ chức hội nghị. Năm "
                 "2023, Sở Tư pháp là Khối trưởng. Hội nghị thống nhất Sở Nội vụ làm Khối trưởng, Sở Y tế làm Khối "
                 "phó.", "2024-01-19") == {("Sở Tư pháp", "chair", 2023), ("Sở Nội vụ", "chair", 2024),
                                           ("Sở Y tế", "vice_chair", 2024)}
    assert roles("Cụm thi đua số 3 triển khai kế hoạch năm 2024", "Sáng 22/2, Cụm thi đua số 3 gồm UBND huyện Văn Quan "
                 "(Cụm trưởng), UBND huyện Bình Gia (Cụm phó), UBND huyện Tràng Định họp triển khai kế hoạch. Hội nghị "
                 "đánh giá cao kết quả năm 2023 của các đơn vị.", "2024-02-23") == {
        ("UBND huyện Văn Quan", "chair", 2024), ("UBND huyện Bình Gia", "vice_chair", 2024)}
    assert roles("TỔNG KẾT CỤM THI ĐUA SỐ 3 NĂM 2026", "Chiều ngày 29/01/2026, Cụm thi đua số 3 đã tổ chức Hội nghị tổng "
                 "kết thi đua năm 2025. Cụm thi đua số 3 gồm Sở Y tế, Sở Tư pháp và Sở Nội vụ, do Sở Y tế làm Cụm "
                 "trưởng.", "2026-01-29") == {("Sở Y tế", "chair", 2025)}


def test_a_year_before_an_ellipsis_the_segmenter_left_inside_the_statement_is_another_sentences():
    # dev cum-thi-dua-tay-nam-bo-xep-hang-thi-dua-hoat-dong-vh-tt-dl-nam-2013: "… tăng so với năm 2012… Kết quả, …"
    facts = extract_article("Cụm thi đua Tây Nam bộ xếp hạng thi đua năm 2013",
                            "Huy chương đoạt giải thể thao thành tích cao tăng so với năm 2012… Kết quả, tỉnh Long An "
                            "xếp hạng Nhất; tỉnh Bạc Liêu xếp hạng Ba.", "2013-12-05T00:00:00+07:00")
    ranks = {(f["unit"], f["year"]) for f in facts if f["kind"] == "ranking"}
    assert ranks == {("tỉnh Long An", 2013), ("tỉnh Bạc Liêu", 2013)}, ranks


def test_a_dot_inside_a_date_ends_no_sentence():
    facts = extract_article("Khối thi đua số 2", "Năm 2023, ngày 20.3, Sở Y tế xếp hạng Nhất Khối thi đua số 2.",
                            "2024-03-21T00:00:00+07:00")
    assert {(f["unit"], f["year"]) for f in facts if f["kind"] == "ranking"} == {("Sở Y tế", 2023)}, facts


def test_a_birth_year_is_no_event_year():
    """time.yml birth_words: "sinh năm 1995" dates a person, never the event (dev de-nghi-tang-huan-chuong-cho-4-nha-
    vo-dich-sea-games-31 gave four proposals the year 1995; twelve non-locked pages say "sinh năm")."""
    body = ("Bộ VHTTDL đề nghị tặng Huân chương Lao động hạng Nhì cho VĐV Nguyễn Văn A. VĐV Nguyễn Văn A, sinh năm "
            "1995, giành ba HC vàng.")
    assert review("Đề nghị tặng Huân chương cho VĐV", body, None) == (None, "published")
    # counter-example: a year named as the event's stays
    assert review("Đề nghị tặng Huân chương cho VĐV", "Năm 2022, VĐV Nguyễn Văn A giành ba HC vàng.", None) == (2022, "named")



def test_a_year_after_a_compound_of_sinh_is_the_events():
    """Review 2026-12-07 (by-04, by-05, by-06): "học sinh năm 2023", "tuyển sinh năm 2023" are no births."""
    from extract.years import years_in
    for words in ("bồi dưỡng học sinh", "công tác tuyển sinh", "tổng vệ sinh", "VĐV A, sinh"):
        found = [y for y, _ in years_in(f"Sở GD triển khai {words} năm 2023.")]
        assert found == ([] if words.endswith(", sinh") else [2023]), words


def test_an_ellipsis_inside_a_sentence_ends_none():
    """Review 2026-12-07 yd-19: '...' then a small letter is no sentence end, so the sentence's year stays."""
    facts = extract_article("Cụm thi đua số 3 triển khai nhiệm vụ năm 2024",
                            "Năm 2023, với các phong trào như: “Dân vận khéo”, “Chủ nhật xanh”... các đơn vị đều hoàn "
                            "thành nhiệm vụ, trong đó Sở Y tế được bầu làm Cụm phó.", "2024-02-10")
    assert {(f["unit"], f["role"], f["year"]) for f in facts if f["kind"] == "membership"} == {("Sở Y tế", "vice_chair", 2023)}
