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
