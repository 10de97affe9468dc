"""A unit named by its kind of place alone takes the one place the article names after those words
(extract/placerefs.py); a post before a unit's name names the unit (rules/common.units)."""
import pytest

from extract import extract_article


def members(title: str, body: str) -> set[tuple[str, str]]:
    return {(f["unit"], f["role"]) for f in extract_article(title, body, "2022-01-14") if f["kind"] == "membership"}


@pytest.mark.parametrize("before, kind, chair", [
    # the one place the article names after those words
    ("Chiều ngày 13/1, tại UBND huyện Đức Trọng, Cụm thi đua số 1 đã tổ chức tổng kết công tác thi đua năm 2021.",
     "UBND huyện", "UBND huyện Đức Trọng"),
    # a person's name after the kind is no place
    ("Dự hội nghị có đồng chí Phó Chủ tịch UBND tỉnh Đoàn Thị Hậu.", "UBND tỉnh", "UBND tỉnh"),
    # two places of that kind leave the name as written
    ("Hội nghị có UBND tỉnh Nghệ An và UBND tỉnh Quảng Trị.", "UBND tỉnh", "UBND tỉnh"),
    # a place whose name opens with an accented capital
    ("Hội nghị tổng kết tại UBND huyện Ứng Hòa.", "UBND huyện", "UBND huyện Ứng Hòa"),
])
def test_a_unit_named_by_its_kind_alone(before, kind, chair):
    body = f"{before}\nĐồng chí Nguyễn Văn An - Chủ tịch {kind}, Trưởng Cụm thi đua số 1 năm 2021 phát biểu tại hội nghị."
    assert (chair, "chair") in members("Cụm thi đua số 1 tổng kết năm 2021", body)


def test_a_post_before_a_unit_names_the_unit():
    body = ("Đồng chí Nguyễn Xuân Đường - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nghệ An, Cụm trưởng cụm thi đua Bắc "
            "Trung bộ năm 2016 khai mạc hội nghị.")
    got = members("Nghệ An dẫn đầu cụm thi đua Bắc Trung bộ", body)
    assert ("UBND tỉnh Nghệ An", "chair") in got and not any(u.startswith("Chủ tịch") for u, _ in got), got


def test_a_unit_named_without_its_head_takes_the_head_the_article_writes():
    facts = extract_article("Than Dương Huy: nhiều tập thể được khen thưởng",
                            "Tại Đại hội, Công ty Than Dương Huy đã được nhận nhiều phần thưởng.\nNăm 2019, Than Dương Huy được "
                            "tặng Cờ thi đua của Tập đoàn.", "2020-01-10")
    assert [f["recipient"] for f in facts if f["kind"] == "award"] == ["Công ty Than Dương Huy"]
    facts = extract_article("", "Tại hội nghị có UBMTTQ TP Thanh Hóa.\nNăm 2014, TP Thanh Hóa được tặng Cờ thi đua của Chính phủ.",
                            "2014-05-10")
    assert [f["recipient"] for f in facts if f["kind"] == "award"] == ["TP Thanh Hóa"]
