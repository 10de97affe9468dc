"""A cluster's composition read from a count of its members or a list after "gồm" (rules/memberships.py
compose.count_in_cluster, compose.list; rules/composition.py): whose members a count or a list gives. The
sentences are a review's probes (s15): the near misses gave members of the article's cluster before the mends."""
from extract import extract_article

CUM = "Cụm thi đua số 3 tổng kết công tác thi đua năm 2023"
KHOI = "Khối thi đua các cơ quan tham mưu tổng hợp tỉnh ký kết giao ước thi đua năm 2024"


def members(title, body):
    return sorted(f["unit"] for f in extract_article(title, body, "2024-01-20")
                  if f["kind"] == "membership" and f["role"] == "member")


def test_a_count_of_members_a_unit_has_lists_its_own_members_not_the_clusters():
    """"Tổng công ty … có 27 đơn vị thành viên: …", "Tập đoàn … có 12 đơn vị thành viên: …" (probes ci-06, x-16): the
    unit before "có" owns the count. The cluster before "có", or no subject, leaves the members the cluster's."""
    assert members("Cụm thi đua các doanh nghiệp tỉnh tổng kết năm 2023",
                   "Tổng công ty Điện lực miền Bắc có 27 đơn vị thành viên: Công ty Điện lực Lạng Sơn, Công ty Điện "
                   "lực Cao Bằng, Công ty Điện lực Hà Giang.") == []
    assert members("Khối thi đua các doanh nghiệp Trung ương tổng kết năm 2023",
                   "Tập đoàn Công nghiệp Cao su Việt Nam có 12 đơn vị thành viên: Công ty Cao su Chư Sê, Công ty Cao "
                   "su Mang Yang, Công ty Cao su Kon Tum.") == []
    assert members(KHOI, "Khối hiện có 5 thành viên: Sở Nội vụ, Sở Tài chính, Thanh tra tỉnh.") == [
        "Sở Nội vụ", "Sở Tài chính", "Thanh tra tỉnh"]
    assert members(KHOI, "Với 07 đơn vị thành viên: Sở Nội vụ, Sở Tài chính, Văn phòng UBND tỉnh.") == [
        "Sở Nội vụ", "Sở Tài chính", "Văn phòng UBND tỉnh"]


def test_a_chairs_role_names_no_cluster_for_a_list_of_another_group():
    """Guests, an inspection team, a commune list, a secretariat, banks, departments, teams after a chair's role
    (probes x-18, gm-03, gm-04, gm-30, gm-09, gm-24, x-23, x-24) are no members; a vice-chair's role right before
    "gồm" (gm-08) names the list's own role, no plain members."""
    for title, body in (
            (KHOI, "Dự hội nghị có đồng chí Lê Văn Hải, Giám đốc Sở Nội vụ, Khối trưởng và đại diện lãnh đạo các cơ "
                   "quan gồm: Ban Thi đua - Khen thưởng tỉnh, Văn phòng UBND tỉnh."),
            (CUM, "Sở Tài chính (Cụm trưởng) chủ trì hội nghị, dự có đại biểu khách mời gồm: Ban Thi đua - Khen thưởng "
                  "tỉnh, Sở Nội vụ, Văn phòng UBND tỉnh."),
            (CUM, "Đoàn kiểm tra do Cụm trưởng chủ trì, gồm: Ban Thi đua - Khen thưởng tỉnh, Văn phòng UBND tỉnh."),
            (CUM, "Năm 2024, Sở Tài chính là Cụm trưởng, Cụm phó gồm Sở Y tế và Sở Tư pháp."),
            ("Cụm thi đua số 1 các huyện tổng kết năm 2023",
             "UBND huyện Tân Phú (Cụm trưởng) báo cáo, địa bàn huyện có 3 xã biên giới gồm: xã Tân Lập, xã Phú Sơn, "
             "xã Tân Hòa."),
            (CUM, "Khối trưởng thành lập Tổ thư ký gồm: Văn phòng Sở Nội vụ, Phòng Tổ chức Sở Tài chính."),
            (KHOI, "Sở Nội vụ, Khối trưởng, đã mời các ngân hàng thương mại gồm: Agribank chi nhánh tỉnh, Vietcombank "
                   "chi nhánh tỉnh tài trợ giải thể thao."),
            (KHOI, "Sở Nội vụ (Khối trưởng) có 6 phòng chuyên môn gồm: Phòng Tổ chức biên chế, Phòng Cải cách hành "
                   "chính, Văn phòng Sở."),
            (CUM, "Sở Tài chính (Cụm trưởng) tổ chức hội thao với các đội gồm: Đội Sở Y tế, Đội Sở Tư pháp, Đội Sở Nội "
                  "vụ.")):
        assert members(title, body) == [], body


def test_a_chairs_role_names_the_cluster_of_the_units_it_stands_with():
    """The role as the subject of "gồm", with its complement (dev-12 tay-ninh-to-chuc-ky-ket-…: probe el-07), its
    unit (gm-14), or the units it deals with counted or grouped as units (gm-11, gm-17, gm-29): members, as before."""
    assert members("Cụm thi đua Liên đoàn Lao động các tỉnh miền Đông Nam bộ ký kết giao ước năm 2024",
                   "Năm nay, LĐLĐ tỉnh Đồng Nai được chọn làm cụm trưởng thi đua của các tỉnh trong khu vực, gồm LĐLĐ "
                   "Bình Dương, LĐLĐ Tây Ninh, LĐLĐ Bình Phước.") == ["LĐLĐ Bình Dương", "LĐLĐ Bình Phước",
                                                                     "LĐLĐ Tây Ninh"]
    assert members(CUM, "Sở Tài chính, đơn vị Cụm trưởng, đã ký giao ước thi đua với 5 đơn vị gồm: Sở Y tế, Sở Tư "
                        "pháp, Sở Nội vụ.") == ["Sở Nội vụ", "Sở Tư pháp", "Sở Y tế"]
    assert members(CUM, "Được UBND tỉnh tặng Bằng khen năm 2023 là các đơn vị thuộc Cụm trưởng Sở Tài chính gồm: Sở "
                        "Y tế, Sở Tư pháp.") == ["Sở Tư pháp", "Sở Y tế"]
    assert members(CUM, "Huyện Gia Bình (đơn vị Cụm trưởng năm 2024) cùng các huyện thành viên, bao gồm: Lương Tài, "
                        "Thuận Thành, Quế Võ tổ chức hội nghị.") == ["huyện Lương Tài", "huyện Quế Võ",
                                                                     "huyện Thuận Thành"]
    assert members(CUM, "Sở Tài chính (Cụm trưởng) tổng hợp danh sách suy tôn các đơn vị dẫn đầu, gồm: Sở Y tế, Sở "
                        "Tư pháp.") == ["Sở Tư pháp", "Sở Y tế"]
