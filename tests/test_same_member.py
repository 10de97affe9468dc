"""One member of a cluster named twice in one article under two spellings is one fact (extract/dedupe.py): a place
named alone beside the one body of that place in the cluster and year."""
from extract import extract_article


def members(title: str, body: str, published: str = "2023-03-27") -> dict[str, str]:
    return {f["unit"]: f["role"] for f in extract_article(title, body, published) if f["kind"] == "membership"}


def test_a_place_in_the_list_and_its_body_with_a_role_are_one_member():
    # probe audit8-095: the cluster's provinces, then the chair named by its governor's post
    got = members("Cụm thi đua các tỉnh miền Tây Nam bộ tổng kết năm 2023",
                  "Sáng 27-3, Cụm thi đua các tỉnh miền Tây Nam bộ tổ chức hội nghị tổng kết thực hiện giao ước thi đua "
                  "năm 2023. Cụm thi đua này gồm 4 tỉnh là Long An, Bến Tre, Sóc Trăng và Trà Vinh.\nPhát biểu khai mạc "
                  "hội nghị, Chủ tịch UBND tỉnh Sóc Trăng Trần Văn Lâu (Cụm trưởng cụm thi đua năm 2023) cho biết năm "
                  "qua là năm thứ 3 thực hiện Nghị quyết.")
    assert got.get("UBND tỉnh Sóc Trăng") == "chair", got
    assert "tỉnh Sóc Trăng" not in got, got
    assert got.get("tỉnh Long An") == "member", got


def test_a_place_in_brackets_and_the_body_that_leads_the_cluster_are_one_member():
    # sample thanh-tich-tieu-bieu-nam-2022-cua-uy-ban-mttq-viet-nam-quan-5
    got = members("Thành tích tiêu biểu năm 2022 của Ủy ban MTTQ Việt Nam Quận 5",
                  "Với những kết quả đã đạt được, trong năm 2022, Ủy ban MTTQ Việt Nam Quận 5 được đánh giá là đơn vị "
                  "xuất sắc dẫn đầu cụm thi đua số 1 (Thành phố Thủ Đức, Quận 1, Quận 3, Quận 5, Quận 10, Quận Tân Bình).",
                  "2022-12-30")
    assert "Ủy ban MTTQ Việt Nam Quận 5" in got and "Quận 5" not in got, got
    assert {"Quận 1", "Quận 3", "Quận 10"} <= set(got), got


def test_a_place_beside_another_place_or_two_bodies_of_it_stays():
    # a city is not the province a provincial body is of ("tại TP Hà Tĩnh, … Sở TN&MT Hà Tĩnh"); a Party committee is
    # not the district's people's committee; two bodies of one place: the place is neither
    from extract.samemember import place_members

    def fact(unit, role="member", cluster="Cụm thi đua số 4", year=2019):
        return {"kind": "membership", "unit": unit, "role": role, "cluster": cluster, "year": year}

    def kept(*facts):
        return sorted(f["unit"] for f in place_members(list(facts)))

    assert kept(fact("TP Hà Tĩnh", "chair"), fact("Sở TN&MT Hà Tĩnh")) == ["Sở TN&MT Hà Tĩnh", "TP Hà Tĩnh"]
    assert kept(fact("huyện Lắk"), fact("Huyện ủy Lắk", "chair")) == ["Huyện ủy Lắk", "huyện Lắk"]
    assert kept(fact("huyện A"), fact("Công an huyện A"), fact("Hội Nông dân huyện A")) == [
        "Công an huyện A", "Hội Nông dân huyện A", "huyện A"]
    assert kept(fact("huyện Kiên Lương"), fact("Hội Nông dân xã Sơn Hải, huyện Kiên Lương")) == [
        "Hội Nông dân xã Sơn Hải, huyện Kiên Lương", "huyện Kiên Lương"]
    # another cluster or another year: two facts
    assert len(kept(fact("Quận 5"), fact("Ủy ban MTTQ Quận 5", cluster="Cụm thi đua số 2"))) == 2
    assert len(kept(fact("Quận 5"), fact("Ủy ban MTTQ Quận 5", year=2020))) == 2
    # the place's role goes to the body
    got = place_members([fact("tỉnh Nghệ An", "chair"), fact("UBND tỉnh Nghệ An")])
    assert [(f["unit"], f["role"]) for f in got] == [("UBND tỉnh Nghệ An", "chair")]


def test_a_chair_cut_short_by_a_persons_post_is_the_one_fuller_chair():
    # sample sang-ngay-15-12-2021-… (probe audit3-004 is the same article): "Chánh Thanh tra" took "Thanh tra"
    got = members("Cụm thi đua Số 2 - Thanh tra tỉnh Lạng Sơn tổng kết năm 2021",
                  "Dự Hội nghị có Thanh tra Sở Tài chính - đơn vị Cụm Trưởng, Thanh tra Sở Kế hoạch và Đầu tư - đơn vị "
                  "Cụm Phó. Đồng chí Lê Hùng Cường - Chánh Thanh tra Sở Tài chính - Trưởng Cụm Thi đua thông qua dự thảo "
                  "Báo cáo tổng kết công tác thi đua năm 2021 của Cụm.", "2021-12-16")
    assert got.get("Thanh tra Sở Tài chính") == "chair" and "Sở Tài chính" not in got, got
    # dev nghe-an-dan-dau-cum-thi-dua-bac-trung-bo: "Chủ tịch UBND tỉnh, Cụm trưởng" after "… UBND tỉnh Nghệ An, Cụm trưởng"
    got = members("Nghệ An dẫn đầu Cụm thi đua Bắc Trung Bộ",
                  "Đồng chí Nguyễn Xuân Đường - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nghệ An, Cụm trưởng cụm thi đua "
                  "Bắc Trung bộ năm 2016 khai mạc hội nghị.\nCác đồng chí Nguyễn Xuân Đường - Phó Bí thư Tỉnh ủy, Chủ "
                  "tịch UBND tỉnh, Cụm trưởng cụm thi đua Bắc Trung bộ năm 2016; Nguyễn Đức Chính - Phó Bí thư Tỉnh ủy, "
                  "Chủ tịch UBND tỉnh Quảng Trị, Cụm phó cụm thi đua Bắc Trung bộ năm 2016 đồng chủ trì hội nghị.",
                  "2017-03-10")
    assert [u for u, r in got.items() if r == "chair"] == ["UBND tỉnh Nghệ An"], got


def test_chairs_whose_names_do_not_nest_or_nest_in_two_stay():
    from extract.samemember import nested_chairs

    def chair(unit, cluster="Cụm thi đua số 3", year=2024):
        return {"kind": "membership", "unit": unit, "role": "chair", "cluster": cluster, "year": year}

    def kept(*facts):
        return sorted(f["unit"] for f in nested_chairs(list(facts)))

    assert kept(chair("Hội LHPN Hà Nội"), chair("Hội LHPN huyện Mê Linh")) == ["Hội LHPN Hà Nội", "Hội LHPN huyện Mê Linh"]
    assert kept(chair("UBND tỉnh"), chair("UBND tỉnh Nghệ An"), chair("UBND tỉnh Quảng Trị")) == [
        "UBND tỉnh", "UBND tỉnh Nghệ An", "UBND tỉnh Quảng Trị"]
    assert kept(chair("Sở Tài chính", year=2020), chair("Thanh tra Sở Tài chính")) == ["Sở Tài chính", "Thanh tra Sở Tài chính"]
    assert kept(chair("Sở Y tế"), chair("Sở Y tế", cluster="Cụm thi đua số 4")) == ["Sở Y tế", "Sở Y tế"]
    assert kept(chair("Sở Tài chính"), chair("Thanh tra Sở Tài chính")) == ["Thanh tra Sở Tài chính"]
