"""Sentences a review of this work found read wrongly (made up, each shaped like real text): each keeps the fix."""
from extract import extract_article
from extract.chunks import chunk
from extract.normalize import tone


def awards(body, title=""):
    return sorted((f["recipient"], f["award"]) for f in extract_article(title, body, "2023-01-10") if f["kind"] == "award")


def members(body, title):
    return sorted((f["unit"], f["role"]) for f in extract_article(title, body, "2023-01-10") if f["kind"] == "membership")


def test_such_as_opens_recipients_only_after_a_group_and_before_no_verb():
    assert awards("Năm 2022, Sở Y tế được tặng Bằng khen của UBND tỉnh, như ông Nguyễn Văn An, Giám đốc Sở cho biết.") == [
        ("Sở Y tế", "Bằng khen")]
    assert awards("Sở Tư pháp được tặng Bằng khen của Bộ Tư pháp, như Sở Nội vụ, Sở Y tế và nhiều đơn vị khác trong khối "
                  "đã làm.") == [("Sở Tư pháp", "Bằng khen")]


def test_a_unit_that_attends_and_receives_receives():
    assert awards("Sở Y tế vinh dự được về dự Hội nghị điển hình tiên tiến toàn quốc và đón nhận Cờ thi đua của Chính phủ.") \
        == [("Sở Y tế", "Cờ thi đua")]
    assert awards("Công ty Điện lực Lạng Sơn tham dự Đại hội thi đua yêu nước và nhận Bằng khen của Thủ tướng Chính phủ.") \
        == [("Công ty Điện lực Lạng Sơn", "Bằng khen")]


def test_a_later_clause_after_a_counted_group_is_not_the_group():
    assert awards("Chủ tịch UBND tỉnh tặng Bằng khen cho 12 tập thể, ngoài ra, Sở Nội vụ được tặng Cờ thi đua.") == [
        ("Sở Nội vụ", "Cờ thi đua")]
    assert awards("UBND tỉnh tặng Bằng khen cho 5 tập thể, đồng thời, Sở Y tế cũng tặng Giấy khen cho 10 cá nhân.") == []


def test_giu_nguyen_is_no_former_post():
    got = members("Hội nghị thống nhất giữ nguyên Trưởng khối năm 2023 là Sở Y tế, Phó trưởng khối là Sở Nội vụ.",
                  "Khối thi đua số 3 tổng kết năm 2022")
    assert ("Sở Y tế", "chair") in got and ("Sở Nội vụ", "vice_chair") in got


def test_only_the_clusters_own_meeting_proposes_for_it():
    title = "Khối thi đua số 3 tổng kết năm 2022"
    body = "Hội nghị Ban Chấp hành Đảng bộ tỉnh đã đề nghị Thủ tướng Chính phủ tặng Bằng khen cho Sở Y tế."
    assert members(body, title) == []


def test_persons_under_a_post_of_a_frame_of_schools_stay_persons():
    names = [it["name"] for c in chunk(tone("Hiệu trưởng các Trường THPT: Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường "
                                            "được tặng Bằng khen.")) if c.label == "LIST" for it in c.attrs["items"]]
    assert names == ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]


def test_tieu_bieu_and_dot_end_no_title_and_no_unit_they_belong_to():
    assert awards("Công ty Điện lực Lạng Sơn được tặng danh hiệu Doanh nghiệp tiêu biểu năm 2022.") == [
        ("Công ty Điện lực Lạng Sơn", "Doanh nghiệp tiêu biểu")]
    assert awards("Chủ tịch UBND tỉnh tặng Bằng khen cho Ban Chỉ đạo đợt cao điểm tấn công trấn áp tội phạm tỉnh.") == [
        ("Ban Chỉ đạo đợt cao điểm tấn công trấn áp tội phạm tỉnh", "Bằng khen")]


def test_a_commanders_post_stays_the_grantor():
    got = [(f["recipient"], f["grantor"]) for f in extract_article(
        "", "Sư đoàn trưởng Sư đoàn 3 trao Bằng khen cho Trung đoàn 12 và Tiểu đoàn 8.")]
    assert got == [("Trung đoàn 12", "Sư đoàn trưởng Sư đoàn 3"), ("Tiểu đoàn 8", "Sư đoàn trưởng Sư đoàn 3")]


def test_every_title_of_a_chain_is_no_name():
    assert awards("Chủ tịch nước trao danh hiệu Nhà giáo Nhân dân cho GS.TSKH Nguyễn Văn An và PGS. TS Trần Thị Bình.") == [
        ("Nguyễn Văn An", "Nhà giáo Nhân dân"), ("Trần Thị Bình", "Nhà giáo Nhân dân")]
