"""Parsing: article and listing pages of the site's Drupal 7 theme, and the fallback for other markup.

Fixture pages are real pages of the bundled snapshot (tests/fixtures/pages/d7_*) and the same
articles in the Olivero-like d10 markup built by the sample's mirror.py (d10_*).
"""
import re

import pytest

from conftest import page
from crawler.dates import parse_drupal_date
from crawler.parse import OffsiteCanonical, ParseError, looks_truncated, parse_article, parse_listing

SITE = "http://127.0.0.1:8765"
SLUG_500 = "cum-thi-dua-ii-cac-doanh-nghiep-trung-uong-to-chuc-hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2020"
URL_500 = f"{SITE}/vi/tintucsukien/{SLUG_500}"


@pytest.fixture(scope="module")
def a500():
    return parse_article(page("d7_article_500.html"), URL_500)


def test_article_fields(a500):
    assert a500["url"] == URL_500
    assert a500["nid"] == 500
    assert a500["section"] == "tintucsukien" and a500["slug"] == SLUG_500
    assert a500["title"].startswith("Cụm thi đua II - Các doanh nghiệp Trung ương tổ chức Hội nghị")
    assert a500["published"] == "2021-01-07T17:51:00+07:00"
    assert a500["parser"] == "drupal7"
    assert a500["html"].startswith("<!DOCTYPE")


def test_body_paragraphs_normalised(a500):
    paras = a500["paragraphs"]
    assert paras[0].startswith("Chiều ngày 05/01/2021, tại Hội trường Công ty Điện lực Lạng Sơn")
    assert all(p == p.strip() and "\u00a0" not in p and "  " not in p for p in paras)
    assert a500["body"] == "\n\n".join(paras)
    assert "Ban Thi đua - Khen thưởng tỉnh Lạng Sơn" not in a500["body"]  # no sidebar/footer
    assert "Tin mới" not in a500["body"]


def test_signoff_is_author_not_body(a500):
    assert a500["author"] == "Sầm Thị Thanh Hiếu"
    assert "Sầm Thị Thanh Hiếu" not in a500["body"]
    assert a500["paragraphs"][-1].startswith("Cũng tại Hội nghị này, Chi nhánh Ga Đồng Đăng")


def test_captions_listed_and_kept_in_place(a500):
    caps = ["Ảnh: Các đại biểu tham dự và thảo luận tại Hội nghị",
            "Ảnh: Lãnh đạo các đơn vị ký kết giao ước thi đua năm 2021"]
    assert a500["captions"] == caps
    paras = a500["paragraphs"]
    assert paras.index(caps[0]) == 2 and paras.index(caps[1]) == 4
    assert paras[3].startswith("Tại hội nghị")


def test_credit_prefix_dropped_from_author():
    a = parse_article(page("d7_article_717.html"), f"{SITE}/vi/tintucsukien/x")
    assert a["author"] == "Trần Cao"
    assert "Trần Cao" not in a["body"]


def test_submitted_line_is_month_day_year():
    html = re.sub(r'content="2021-01-07T17:51:00\+07:00"', "", page("d7_article_500.html"))
    assert "Submitted by" in html and "T5, 01/07/2021 - 17:51" in html
    assert parse_article(html, URL_500)["published"] == "2021-01-07T17:51:00+07:00"  # 7 Jan, not 1 Jul


def test_create_field_date_and_section():
    url = f"{SITE}/vi/quyetdinhkhen/quyet-dinh-so-1034-qd-ubnd-cua-chu-tich-ubnd-tinh-tang-bang-khen-cho-06-tap-the-06-ca-nhan-vi-da-co-thanh-tich-xuat-sac"
    a = parse_article(page("d7_quyetdinhkhen_843.html"), url)
    assert a["published"] == "2023-06-15T09:00:00+07:00"
    assert a["section"] == "quyetdinhkhen" and a["nid"] == 843
    assert a["title"].startswith("Quyết định số 1034/QĐ-UBND")
    assert a["author"] is None
    assert a["body"].startswith("Quyết định số 1034/QĐ-UBND của Chủ tịch UBND tỉnh tặng Bằng khen")


@pytest.mark.parametrize("text,iso", [
    ("Submitted by admin on T5, 01/07/2021 - 17:51", "2021-01-07T17:51:00+07:00"),
    ("T5, 06/15/2023 - 09:00", "2023-06-15T09:00:00+07:00"),
    ("CN, 06/15/2025 - 09:00", "2025-06-15T09:00:00+07:00"),
    ("T4, 13/01/2021 - 08:00", "2021-01-13T08:00:00+07:00"),   # day/month: 13 cannot be a month
    ("T3, 02/03/2021 - 08:00", "2021-03-02T08:00:00+07:00"),   # weekday says 2 March, not 3 Feb
    ("no date here", None),
])
def test_drupal_dates(text, iso):
    assert parse_drupal_date(text) == iso


@pytest.mark.parametrize("request_path", [
    "/vi/node/500",                      # after the 301 Scrapy reports the alias, but be safe
    f"/en/tintucsukien/{SLUG_500}",      # the English twin serves the same node
    f"/vi/tintucsukien/{SLUG_500}",
])
def test_canonical_url_from_any_twin(request_path):
    a = parse_article(page("d7_article_500.html"), SITE + request_path)
    assert a["url"] == URL_500 and a["nid"] == 500


def test_url_and_nid_without_canonical_or_shortlink():
    html = page("d7_article_500.html")
    html = re.sub(r'<link rel="(canonical|shortlink)"[^>]*>', "", html)
    html = re.sub(r' about="/vi/tintucsukien/[^"]*"', "", html)
    a = parse_article(html, f"{SITE}/en/tintucsukien/{SLUG_500}")
    assert a["url"] == URL_500           # from the request URL, /en/ folded to /vi/
    assert a["nid"] == 500               # from body class page-node-500
    html = html.replace("page-node-500", "")
    assert parse_article(html, URL_500)["nid"] == 500  # from id="node-500"
    with pytest.raises(ParseError):
        parse_article(html, f"{SITE}/vi/node/500")     # no alias anywhere: not storable


def test_a_page_whose_canonical_link_is_on_another_host_is_refused():
    html = page("d7_article_500.html").replace(
        f'href="/vi/tintucsukien/{SLUG_500}"', f'href="http://evil.example/vi/tintucsukien/{SLUG_500}"')
    with pytest.raises(OffsiteCanonical, match="evil.example"):   # that host's page, not ours to store
        parse_article(html, URL_500)


def test_fallback_theme():
    a = parse_article(page("d10_article_500.html"), URL_500)
    d7 = parse_article(page("d7_article_500.html"), URL_500)
    assert a["parser"] == "fallback"
    assert a["url"] == URL_500 and a["nid"] == 500
    assert a["title"] == d7["title"]
    assert a["published"] == "2021-01-07T17:51:00+07:00"
    assert a["paragraphs"] == d7["paragraphs"]     # figcaptions restored where they stand
    assert a["captions"] == d7["captions"]
    assert a["author"] == "Sầm Thị Thanh Hiếu"
    assert "Đăng bởi admin" not in a["body"] and "Tin mới" not in a["body"]


def test_not_an_article():
    with pytest.raises(ParseError):
        parse_article("<html><body><p>nothing</p></body></html>", f"{SITE}/vi/tintucsukien/x")


def test_listing_rows_and_pager():
    links, nxt = parse_listing(page("d7_listing_page0.html"), f"{SITE}/vi/tintucsukien")
    assert len(links) == 10 and len(set(links)) == 10
    assert all(u.startswith(f"{SITE}/vi/tintucsukien/") for u in links)
    assert nxt == f"{SITE}/vi/tintucsukien?page=1"
    links, nxt = parse_listing(page("d7_listing_page6.html"), f"{SITE}/vi/tintucsukien?page=6")
    assert len(links) == 4 and nxt is None


def test_listing_other_theme():
    links, nxt = parse_listing(page("d10_listing_page0.html"), f"{SITE}/vi/tintucsukien")
    d7_links, _ = parse_listing(page("d7_listing_page0.html"), f"{SITE}/vi/tintucsukien")
    assert links == d7_links
    assert nxt == f"{SITE}/vi/tintucsukien?page=1"


def test_truncation_check():
    html = page("d7_article_500.html")
    assert not looks_truncated(html)
    assert looks_truncated(html[: len(html) // 2])
