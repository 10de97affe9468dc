"""Who receives an award at a ceremony: not the venue, host or guests of the ceremony (precision first)."""
import pytest

from extract import extract_article
from extract.evaluate import same_name


def _receivers(body: str, title: str = "") -> list[str]:
    return [f["recipient"] for f in extract_article(title, body) if f["kind"] == "award"]


def _receives_not_beside(body: str, receiver: str, beside: str) -> None:
    """The receiver receives; the name the sentence writes beside it (a venue, what is celebrated) does not."""
    got = _receivers(body)
    assert any(same_name(receiver, r) for r in got), got
    assert not any(beside in r for r in got), got


@pytest.mark.parametrize("body,receiver,venue", [
    # a venue's name and the holder's, joined by a comma, are read as one list (dsvh.gov.vn, gialai.baohiemxahoi.gov.vn)
    ("Sáng ngày 31/01/2018, tại hội trường Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Bình, Bảo tàng tỉnh Hòa Bình tổ "
     "chức Lễ đón nhận Huân chương Lao động hạng Ba.", "Bảo tàng tỉnh Hòa Bình", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Ngày 12-2, tại Khách sạn Hoàng Anh Gia Lai, Công ty Xăng dầu Bắc Tây Nguyên đã long trọng tổ chức lễ đón nhận "
     "Huân chương Lao động hạng nhất và kỷ niệm 35 năm Ngày thành lập.", "Công ty Xăng dầu Bắc Tây Nguyên",
     "Hoàng Anh Gia Lai"),
    ("Sáng 9/9, tại hội trường UBND huyện Mỹ Đức, Trường Tiểu học An Mỹ tổ chức Lễ đón nhận Huân chương Lao động hạng "
     "Ba.", "Trường Tiểu học An Mỹ", "UBND huyện Mỹ Đức"),
])
def test_the_venue_of_a_ceremony_receives_nothing(body, receiver, venue):
    _receives_not_beside(body, receiver, venue)


@pytest.mark.parametrize("body,receiver,celebrated", [
    # what the anniversary celebrates and the holder, joined by a comma (amp.cand.com.vn; the phrasing on tienphong.vn)
    ("Sáng nay (22/12), đúng Kỷ niệm 67 năm ngày thành lập QĐND Việt Nam, Công ty Viễn thông Viettel (Viettel Telecom) "
     "đã tổ chức lễ đón nhận danh hiệu Anh hùng Lao động tại Hà Nội.", "Công ty Viễn thông Viettel", "QĐND"),
    ("Ngày 15/8, hướng tới kỷ niệm 80 năm Ngày truyền thống Công an nhân dân Việt Nam, Công an tỉnh Lạng Sơn long trọng "
     "tổ chức lễ đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhì.", "Công an tỉnh Lạng Sơn", "Công an nhân dân"),
])
def test_what_an_anniversary_celebrates_receives_nothing(body, receiver, celebrated):
    _receives_not_beside(body, receiver, celebrated)


def test_the_founded_unit_of_an_anniversary_still_receives():
    got = _receivers("Trường THPT Chuyên Chu Văn An tổ chức kỷ niệm 25 năm Ngày thành lập trường (1988 – 2013) và đón "
                     "nhận Huân chương Lao động hạng Nhất.")
    assert got == ["Trường THPT Chuyên Chu Văn An"], got


@pytest.mark.parametrize("body,place", [
    # the Party committee, council, people's committee and front of one place hold the ceremony for the place
    # (baoquangnam.vn Thăng Bình, baobinhdinh.vn Phước Hưng): none of them is the receiver
    ("Tối 26.3, Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện Thăng Bình tổ chức Lễ kỷ niệm 40 năm giải phóng quê "
     "hương (26.3.1975 - 26.3.2015), đón nhận Huân chương Lao động hạng Nhất.", "Thăng Bình"),
    ("Chiều 31.3, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Phước Hưng (huyện Tuy Phước) tổ chức Lễ đón nhận danh "
     "hiệu Anh hùng Lao động thời kỳ đổi mới.", "Phước Hưng"),
    ("Sáng 2/9, Thị ủy - HĐND - UBND thị xã Bình Long tổ chức lễ kỷ niệm 20 năm tái lập thị xã và đón nhận Huân chương "
     "Lao động hạng Nhì.", "Bình Long"),
])
def test_the_bodies_governing_a_place_hold_its_ceremony_and_receive_nothing(body, place):
    assert not _receivers(body), _receivers(body)


@pytest.mark.parametrize("body", [
    "Năm 2020, HĐND và UBND huyện Gia Bình được Thủ tướng Chính phủ tặng Bằng khen.",
    # bodies that hold an event and are then given an award themselves (the review's probe C8d)
    "Huyện ủy, UBND huyện Gia Bình tổ chức tổng kết và được tặng Cờ thi đua của UBND tỉnh.",
])
def test_bodies_of_one_place_that_are_given_an_award_receive_it(body):
    got = _receivers(body)
    assert "UBND huyện Gia Bình" in got, got


@pytest.mark.parametrize("body,receiver", [
    # "cán bộ và nhân dân <place>" is a place's whole community, as "Nhân dân và cán bộ <place>" (baoquangnam.vn
    # Thăng Bình; thainguyen Mỏ Chè: "cán bộ và nhân dân phường Mỏ Chè … đã tổ chức Lễ kỷ niệm … và đón nhận")
    ("Bí thư Tỉnh ủy Lê Phước Thanh trao Huân chương Lao động hạng Nhất cho cán bộ và nhân dân huyện Thăng Bình.",
     "cán bộ và nhân dân huyện Thăng Bình"),
    ("Ngày 13/8, cán bộ và nhân dân phường Mỏ Chè đã tổ chức Lễ kỷ niệm 25 năm thành lập phường và đón nhận Huân "
     "chương Lao động hạng Ba.", "cán bộ và nhân dân phường Mỏ Chè"),
])
def test_the_staff_and_people_of_a_place_receive_as_one(body, receiver):
    assert receiver in _receivers(body), _receivers(body)


@pytest.mark.parametrize("body,person,workplace", [
    # a person, a dash or comma, what the person is and where (tapchicaosu.vn VRG; the phrasing on two pages of the
    # probe audits: "Lê Vũ Việt Khánh, nhân viên Đội …", "Dương Đức Hoàng Quân - chiến sĩ Trung đoàn …"): the person receives
    ("Anh Lý Minh Kha – đoàn viên Nhà máy Chế biến Cua Paris, Công ty CPCS Phước Hòa nhận bằng khen “Tuổi trẻ sáng "
     "tạo”.", "Lý Minh Kha", "Nhà máy"),
    ("Thượng úy Dương Đức Hoàng Quân - chiến sĩ Trung đoàn cảnh sát cơ động Thủ đô được truy tặng Huân chương Chiến "
     "công hạng Ba.", "Dương Đức Hoàng Quân", "Trung đoàn"),
    ("Chị Nguyễn Thị Hoa, nhân viên Bưu điện huyện Gia Bình được Tổng công ty Bưu điện Việt Nam tặng Giấy khen.", "Nguyễn Thị Hoa",
     "Bưu điện"),
])
def test_a_persons_workplace_after_what_the_person_is_receives_nothing(body, person, workplace):
    got = _receivers(body)
    assert any(same_name(person, r) for r in got), got
    assert not any(workplace in r for r in got), got


@pytest.mark.parametrize("body,unit", [
    # people named by what they are, then their unit, with no name of theirs (la34.com.vn "Ba chiến sỹ Cảnh sát PCCC
    # nhận …", tuoitre.vn "… cho cán bộ Trường Sa", tapchicaosu.vn "Đoàn viên thanh niên VRG nhận …"): the unit is
    # whose people they are, not the receiver
    ("Ba chiến sỹ Cảnh sát Phòng cháy, chữa cháy nhận Huân chương Dũng cảm của Chủ tịch nước.", "Cảnh sát"),
    ("Trao kỷ niệm chương 'Vì thế hệ trẻ' cho cán bộ Trường Sa.", "Trường Sa"),
    ("Đoàn viên thanh niên VRG nhận giải thưởng “Tuổi trẻ sáng tạo”.", "VRG"),
    ("Hai công nhân Công ty Than Hà Lầm được tặng Bằng khen của Thủ tướng Chính phủ.", "Công ty Than"),
    # a counted run of several kinds of people is still people, not the unit (the review's probes, s12)
    ("Ba cán bộ, nhân viên Bệnh viện Đa khoa tỉnh Lạng Sơn nhận Bằng khen của Bộ trưởng Bộ Y tế.", "Bệnh viện"),
    # a quantifier counts them too ("Nhiều cán bộ, chiến sĩ gác lại việc riêng …", "Các cán bộ, chiến sĩ được truy
    # tặng …", "các cán bộ, chiến sỹ triển khai …": non-locked articles; the second review's probes P52, P54, P59, P60)
    ("Một số cán bộ, giáo viên Trường THPT Việt Bắc được tặng Giấy khen của Giám đốc Sở GD&ĐT.", "Trường THPT"),
    ("Hàng trăm cán bộ, công nhân viên Công ty Điện lực Lạng Sơn được tặng Giấy khen.", "Công ty Điện lực"),
    ("Nhiều cán bộ, đoàn viên Chi đoàn Sở Tư pháp được tặng Giấy khen của Tỉnh đoàn.", "Chi đoàn"),
    ("Các cán bộ, nhân viên Bệnh viện Đa khoa tỉnh Lạng Sơn được tặng Giấy khen của Giám đốc Sở Y tế.", "Bệnh viện"),
    ("Hơn 20 cán bộ, nhân viên Bệnh viện Đa khoa tỉnh Lạng Sơn được tặng Giấy khen của Giám đốc Sở Y tế.", "Bệnh viện"),
])
def test_a_unit_after_the_people_it_has_receives_nothing(body, unit):
    assert not any(unit in r for r in _receivers(body)), _receivers(body)


@pytest.mark.parametrize("body,unit", [
    ("Thủ tướng tặng Cờ thi đua cho cán bộ, chiến sĩ Công an huyện Gia Bình.", "Công an huyện Gia Bình"),
    ("Tập thể cán bộ Công ty Điện lực Lạng Sơn được tặng Huân chương Lao động hạng Ba.", "Công ty Điện lực Lạng Sơn"),
    # an uncounted run of several kinds of people is the unit's staff ("tập thể cán bộ, công nhân lao động Công ty …
    # được … trao tặng Huân chương", a dev article; "các thế hệ cán bộ, nhân viên Tổng Công ty Viễn thông Viettel", an
    # audit page; the review's probes P38, P39, P41)
    ("Tập thể cán bộ, nhân viên Bệnh viện Đa khoa tỉnh Lạng Sơn nhận Bằng khen của Bộ trưởng Bộ Y tế vì thành tích "
     "phòng, chống dịch Covid-19.", "Bệnh viện Đa khoa tỉnh Lạng Sơn"),
    ("Cán bộ, nhân viên Bệnh viện Đa khoa tỉnh Lạng Sơn vinh dự nhận Bằng khen của Thủ tướng Chính phủ.",
     "Bệnh viện Đa khoa tỉnh Lạng Sơn"),
    ("Cán bộ, công nhân viên Công ty Điện lực Lạng Sơn được Thủ tướng Chính phủ tặng Bằng khen.", "Công ty Điện lực Lạng Sơn"),
])
def test_a_units_whole_staff_or_its_flag_goes_to_the_unit(body, unit):
    assert any(unit in r for r in _receivers(body)), _receivers(body)


@pytest.mark.parametrize("body,holder,inside", [
    # a holder named before the event; the unit whose anniversary it is, inside the event, does not receive
    # (baomoi.com Tổng Liên đoàn: gold the holder; nongnghiep.vn Công an Lào Cai)
    ("Hôm qua, Tổng Liên đoàn lao động Việt Nam tổ chức kỷ niệm 80 năm ngày thành lập Công đoàn Việt Nam và đón nhận "
     "Huân chương Sao Vàng lần thứ 2.", "Tổng Liên đoàn lao động Việt Nam", "Công đoàn Việt Nam"),
    ("Sáng 14/10, Công an tỉnh Lào Cai tổ chức lễ kỷ niệm 70 năm thành lập Công an tỉnh Lào Cai và Chi bộ Đảng đầu "
     "tiên của Đảng bộ công an tỉnh (12/8/1947 – 12/8/2017), đón nhận huân chương bảo vệ Tổ Quốc hạng ba.", None,
     "Đảng bộ"),
])
def test_a_unit_inside_an_event_another_holds_receives_nothing(body, holder, inside):
    got = _receivers(body)
    assert holder is None or holder in got, got
    assert not any(inside in r for r in got), got


@pytest.mark.parametrize("body,part,holder", [
    # the anniversary of a part of the holder (a head that only names a part: Khoa, Phòng …) is the part's ceremony and
    # the part receives (baophutho.vn "Lễ kỷ niệm 50 năm thành lập Khoa Xây dựng Đảng và đón nhận Huân chương …":
    # the order is given to the Khoa; the review's probes C14b, C14c)
    ("Trường Đại học Y Dược Thái Nguyên tổ chức Lễ kỷ niệm 50 năm ngày thành lập Khoa Điều dưỡng và đón nhận Huân "
     "chương Lao động hạng Ba.", "Khoa Điều dưỡng", "Trường"),
    ("Bệnh viện Đa khoa tỉnh Lạng Sơn tổ chức kỷ niệm 20 năm thành lập Khoa Hồi sức tích cực và đón nhận Bằng khen "
     "của Bộ trưởng Bộ Y tế.", "Khoa Hồi sức tích cực", "Bệnh viện"),
])
def test_a_part_whose_anniversary_it_is_receives_not_its_holder(body, part, holder):
    got = _receivers(body)
    assert part in got, got
    assert not any(r.startswith(holder) for r in got), got


def test_a_founded_place_still_receives_at_an_event_another_agrees_to_hold():
    got = _receivers("Theo đó, đồng chí Chủ tịch UBND tỉnh đồng ý tổ chức lễ Kỷ niệm 20 năm ngày thành lập thành phố "
                     "Lạng Sơn (17/10/2002 - 17/10/2022) và đón nhận Huân chương Lao động hạng Ba.")
    assert "thành phố Lạng Sơn" in got, got


@pytest.mark.parametrize("body,receiver", [
    # a guest who attends, and the body a conference is held by, hold no anniversary (thu-tuong-du-le May 10, sample
    # pc-lang-son)
    ("Chiều 8/1/2026, tại Hà Nội, Thủ tướng Phạm Minh Chính dự Lễ kỷ niệm 80 năm thành lập Tổng Công ty May 10 "
     "(1946-2026) và đón nhận Huân chương Lao động hạng Nhất.", "Tổng Công ty May 10"),
    ("Vừa qua, tại Hội nghị tổng kết năm 2021 do Ủy ban nhân dân (UBND) tỉnh Lạng Sơn tổ chức, Công ty Điện lực Lạng "
     "Sơn (PC Lạng Sơn) vinh dự được Chủ tịch UBND tỉnh Lạng Sơn trao tặng Cờ thi đua.", "Công ty Điện lực Lạng Sơn"),
])
def test_a_guest_or_a_conferences_host_holds_no_anniversary(body, receiver):
    assert receiver in _receivers(body), _receivers(body)


def test_results_joined_by_a_comma_after_an_award_each_name_a_nominee():
    """"… đề nghị LĐLĐ tỉnh tặng Cờ thi đua, A, B đề nghị LĐLĐ tỉnh tặng Bằng khen": the comma after the first
    result's award opens the next result, whose units are proposed, not proposers (dev hoi-nghi-tong-ket-cum-thi-dua-
    so-2-ldld…; the same join in dev ban-tuyen-giao-tinh-uy-duoc-bau…). After an award nobody proposed, the unit
    before "đề nghị" proposes."""
    got = sorted((f["recipient"], f["award"]) for f in extract_article("", (
        "Kết quả: Liên đoàn Lao động huyện A đề nghị LĐLĐ tỉnh tặng Cờ thi đua, Liên đoàn Lao động huyện B, Liên đoàn "
        "Lao động huyện C đề nghị LĐLĐ tỉnh tặng Bằng khen.")) if f["kind"] == "award")
    assert got == [("Liên đoàn Lao động huyện A", "Cờ thi đua"), ("Liên đoàn Lao động huyện B", "Bằng khen"),
                   ("Liên đoàn Lao động huyện C", "Bằng khen")]
    assert "Sở Tư pháp" not in _receivers("Năm 2019, UBND tỉnh tặng Cờ thi đua, Sở Tư pháp đề nghị Bộ Tư pháp tặng "
                                          "Bằng khen.")


@pytest.mark.parametrize("body,receiver,award", [
    # a count that describes the unit ("có 23 xã, thị trấn"), closed by a comma and a time that opens the clause of
    # receiving: the unit receives (the review's probes rcv-14, rcv-02; the counted group's guard looked at the whole
    # gap before the verb and took the count for the receiver)
    ("Huyện Cao Lộc có 23 xã, thị trấn, năm 2023 vinh dự được Chủ tịch nước tặng Huân chương Lao động hạng Nhì.",
     "Huyện Cao Lộc", "Huân chương Lao động hạng Nhì"),
    ("Huyện Cao Lộc có 23 xã, thị trấn, ngày 12/5/2023 vinh dự được Chủ tịch nước tặng Huân chương Lao động hạng Nhì.",
     "Huyện Cao Lộc", "Huân chương Lao động hạng Nhì"),
])
def test_a_count_describing_the_unit_in_a_clause_before_its_award_leaves_the_unit_receiving(body, receiver, award):
    got = [(f["recipient"], f["award"]) for f in extract_article("", body) if f["kind"] == "award"]
    assert (receiver, award) in got, got


@pytest.mark.parametrize("body,unit", [
    # the counted group is still the receiver when the clause goes on to its verb after the comma (dev buu-dien-tinh-
    # quang-ngai-bieu-duong-03-tap-the…) or when the time comes inside the group's own clause
    ("Ngoài ra, Bưu điện tỉnh Quảng Ngãi cũng biểu dương 3 tập thể và 18 cá nhân có thành tích xuất sắc, đạt danh "
     "hiệu “Lao động giỏi - Lao động sáng tạo” giai đoạn 2015 - 2020.", "Bưu điện"),
    ("Năm 2023, huyện Cao Lộc có 5 tập thể được Chủ tịch nước tặng Huân chương Lao động hạng Ba.", "huyện Cao Lộc"),
    ("Huyện Cao Lộc, năm 2023 có 5 tập thể được Chủ tịch nước tặng Huân chương Lao động hạng Ba.", "huyện Cao Lộc"),
])
def test_a_counted_group_before_the_verb_still_receives_instead_of_its_unit(body, unit):
    assert not any(unit.lower() in r.lower() for r in _receivers(body)), _receivers(body)


_COUNTED = ("Tỉnh Sơn La có 02 tập thể (HTX Nông nghiệp Tân Phú, Công ty Cổ phần Mía đường Sơn La) và {n} cá nhân (Nông "
            "dân Trần Văn Bình huyện Mai Sơn) điển hình tiên tiến được trao tặng Bằng khen của Bộ trưởng.")


def test_the_brackets_of_counted_groups_before_the_verb_name_their_members():
    """"… có 02 tập thể (A, B) và 01 cá nhân (Nông dân C huyện D) … được trao tặng Bằng khen" (dev-8 nong-dan-va-hop-
    tac-xa-tinh-dong-nai-…; the bracket read as members as in dev-10 so-ket-thi-dua-khoi-cac-co-quan-tong-hop): every
    member receives, the person's place (the name nearest the verb, read before as the receiver) does not."""
    got = _receivers(_COUNTED.format(n="01"))
    assert sorted(got) == ["Công ty Cổ phần Mía đường Sơn La", "HTX Nông nghiệp Tân Phú", "Trần Văn Bình"], got


@pytest.mark.parametrize("body", [
    "Tỉnh Sơn La có 02 cá nhân (Nông dân Trần Văn Bình huyện Mai Sơn) được trao tặng Bằng khen của Bộ trưởng.",
    "Năm 2020, Sở Y tế có 5 đơn vị (tăng 2 so với năm trước) được tặng Bằng khen của UBND tỉnh.",  # a count of something
])
def test_a_counted_bracket_that_names_no_members_gives_no_receiver(body):
    """A persons bracket that disagrees with its count gives not the person's place (the name nearest the verb)."""
    assert _receivers(body) == [], _receivers(body)


def test_a_miscounted_persons_group_takes_nothing_from_the_groups_joined_before_it():
    """Each joined group is checked on its own (review 3's nm-22): the units' bracket still names its members, the
    miscounted persons bracket gives no one, not its place."""
    got = _receivers(_COUNTED.format(n="02"))
    assert sorted(got) == ["Công ty Cổ phần Mía đường Sơn La", "HTX Nông nghiệp Tân Phú"], got


def test_a_bracket_after_no_count_is_read_as_before():
    """An alias in brackets ("(PC Lạng Sơn)") is no counted group's bracket."""
    body = "Công ty Điện lực Lạng Sơn (PC Lạng Sơn) vinh dự được Chủ tịch UBND tỉnh Lạng Sơn trao tặng Cờ thi đua."
    assert _receivers(body) == ["Công ty Điện lực Lạng Sơn"], _receivers(body)


_TU_PHAP = ["Sở Tư pháp", "Thanh tra tỉnh"]
_NAM = ["Nguyễn Văn Nam"]


@pytest.mark.parametrize("body,want", [
    # a bracket opened by "trong đó (có)" names a part of the group: its members are not counted (review 3's nm-07)
    ("Năm 2023, ngành Y tế có 5 tập thể (trong đó có Bệnh viện Đa khoa tỉnh, Trung tâm Y tế huyện Tân Biên) được tặng "
     "Bằng khen của UBND tỉnh.", ["Bệnh viện Đa khoa tỉnh", "Trung tâm Y tế huyện Tân Biên"]),
    # an opening "gồm", "gồm …:", "là" is no member (nm-08, nm-09, r2-09, nm-10)
    ("Năm 2023, Khối có 2 đơn vị (gồm: Sở Tư pháp, Thanh tra tỉnh) được tặng Cờ thi đua của UBND tỉnh.", _TU_PHAP),
    ("Năm 2023, Khối có 2 đơn vị (gồm Sở Tư pháp và Thanh tra tỉnh) được tặng Cờ thi đua của UBND tỉnh.", _TU_PHAP),
    ("Năm 2023, 3 đơn vị (gồm các đơn vị: Sở Tư pháp, Sở Nội vụ, Thanh tra tỉnh) được tặng Cờ thi đua của UBND tỉnh.",
     ["Sở Nội vụ", "Sở Tư pháp", "Thanh tra tỉnh"]),
    ("Năm 2023, Khối có 2 đơn vị (là Sở Tư pháp và Thanh tra tỉnh) được tặng Cờ thi đua của UBND tỉnh.", _TU_PHAP),
    # a ratio's members are as many as its first number (nm-16, r2-05)
    ("Năm 2023, 2/8 đơn vị (Sở Tư pháp, Sở Nội vụ) được tặng Cờ thi đua của UBND tỉnh.", ["Sở Nội vụ", "Sở Tư pháp"]),
    ("Năm 2023, Khối có 02/05 đơn vị (Sở Tư pháp, Sở Nội vụ) được tặng Cờ thi đua của UBND tỉnh.",
     ["Sở Nội vụ", "Sở Tư pháp"]),
    # a post after the person in a persons bracket is the person's (nm-21, r2-03)
    ("Năm 2023, 01 cá nhân (đồng chí Nguyễn Văn Nam, Giám đốc Sở Tư pháp) được tặng Bằng khen của Thủ tướng Chính phủ.",
     _NAM),
    ("Năm 2023, 01 cá nhân (đồng chí Nguyễn Văn Nam - Giám đốc Sở Tư pháp) được tặng Bằng khen của Thủ tướng Chính phủ.",
     _NAM),
    # a count the bracket disagrees with: read as before the check, the text's miscount costs no receiver (nm-01)
    ("Khối có 3 đơn vị (Sở Tài chính, Cục Thuế tỉnh) được nhận Cờ thi đua của UBND tỉnh.", ["Cục Thuế tỉnh", "Sở Tài chính"]),
    # each joined group checked on its own: one miscounted group empties no other (nm-22)
    ("Có 01 tập thể (Phòng Cảnh sát kinh tế) và 02 cá nhân (Thượng úy Lê Văn Hùng) được tặng Bằng khen của Bộ trưởng Bộ "
     "Công an.", ["Lê Văn Hùng", "Phòng Cảnh sát kinh tế"]),
])
def test_a_counted_bracket_the_check_does_not_pass_is_read_as_before(body, want):
    """Review 3 of counted.bracketed: whenever the count check failed, the rule gave no one where the reading before it
    gave the true receivers. An opening word is no member, a ratio counts its part, a post is the person's; a failed
    check falls back to the reading before, except that a persons bracket never gives the person's place."""
    assert sorted(_receivers(body)) == want, _receivers(body)


def test_a_chain_of_proposals_names_no_nominee():
    """"Hội đồng TĐKT huyện đề nghị UBND tỉnh tặng Bằng khen, Ban TĐKT tỉnh đề nghị Thủ tướng Chính phủ tặng Bằng khen":
    each body passes the file up; the comma closes no result, for the clause before it names no nominee (its proposer
    stands after no colon, semicolon, 'là' or result of its own). The review's probe res-09."""
    assert _receivers("Về khen thưởng, Hội đồng Thi đua - Khen thưởng huyện đề nghị UBND tỉnh tặng Bằng khen, Ban Thi "
                      "đua - Khen thưởng tỉnh đề nghị Thủ tướng Chính phủ tặng Bằng khen.") == []
    assert _receivers("Hội đồng Thi đua - Khen thưởng huyện đề nghị UBND tỉnh tặng Bằng khen, Ban Thi đua - Khen thưởng "
                      "tỉnh đề nghị Thủ tướng Chính phủ tặng Bằng khen.") == []



def test_a_result_after_a_comma_keeps_the_grantor_it_asks():
    """"Kết quả: A dẫn đầu Cụm, đề nghị UBND tỉnh tặng Cờ thi đua, B đề nghị Bộ Nội vụ tặng Bằng khen": B's award is
    asked of Bộ Nội vụ, the unit between "đề nghị" and "tặng", not of the grantor the result before it named (the
    review's probe res-12); B is proposed, as the first result's A."""
    got = sorted((f["recipient"], f["award"], f["grantor_text"]) for f in extract_article("", (
        "Kết quả: UBND huyện Văn Quan dẫn đầu Cụm, đề nghị UBND tỉnh tặng Cờ thi đua, UBND huyện Bình Gia đề nghị Bộ Nội "
        "vụ tặng Bằng khen."), "2023-12-20") if f["kind"] == "award")
    assert got == [("UBND huyện Bình Gia", "Bằng khen", "Bộ Nội vụ")], got
