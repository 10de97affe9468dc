"""A person's view: a real `datasette` process on 127.0.0.1, driven by Debian's headless Chromium.

Screenshots of the sample database land in a temporary directory (the README's come from a real run:
scripts/screenshots.py). The module's tests share one server and one Chromium; without Chromium or
Playwright they are skipped locally with the reason, and fail under CI=true (tests/served.py).
"""
from pathlib import Path

import pytest

from facts_db import build_facts_db
from served import CHROMIUM, CHROMIUM_ARGS, datasette_server, playwright

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def sync_playwright():
    return playwright()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`datasette serve` as pipeline.py serve starts it, on the sample database."""
    tmp = tmp_path_factory.mktemp("browser")
    with datasette_server(build_facts_db(tmp / "tdkt.db"), tmp) as base:
        yield base


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="module")
def page(sync_playwright, server):
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
        pg = context.new_page()
        pg.set_default_timeout(20000)
        yield pg
        browser.close()


def shot(page, path: Path) -> None:
    """Full-page screenshot (no mask: masking blanks the dashboard's vega charts); a blank page would be
    a few kilobytes."""
    page.screenshot(path=str(path), full_page=True, animations="disabled")
    assert path.stat().st_size > 10_000


def test_home_page(page, server, shots):
    page.goto(server + "/")
    assert "Thi đua - Khen thưởng Lạng Sơn" in page.locator("h1").first.inner_text()
    text = page.locator("body").inner_text()
    assert "Ban Thi đua - Khen thưởng tỉnh Lạng Sơn" in text  # source
    assert "Who chaired, vice-chaired or belonged to which emulation cluster" in text
    assert page.locator("a[href='/tdkt/cluster_leadership']").count() == 1
    assert page.locator("a[href*='cluster_leadership?province=']").count() == 1  # Lạng Sơn by default
    shot(page, shots / "home.png")


def test_canned_query_with_a_parameter(page, server, shots):
    page.goto(server + "/tdkt/lich_su_khen_thuong")
    page.fill("input[name=unit]", "dien luc")  # no accents
    page.click("input[type=submit]")
    page.wait_for_selector("table.rows-and-columns")
    table = page.locator("table.rows-and-columns").inner_text()
    assert "Cờ thi đua của Chính phủ" in table
    assert "Công ty Điện lực Lạng Sơn" in table and "được tặng" in table
    assert "unit=dien+luc" in page.url or "unit=dien%20luc" in page.url
    shot(page, shots / "award-history-of-a-unit.png")


def test_unit_history(page, server, shots):
    page.goto(server + "/tdkt/unit_history?unit_key=chi-nhanh-ga-dong-dang")
    table = page.locator("table.rows-and-columns").inner_text()
    assert "Chi nhánh Ga Đồng Đăng" in table and "Cụm thi đua số 2" in table
    assert "Phó trưởng cụm" in table and "Cờ thi đua - UBND tỉnh (đề nghị)" in table
    link = page.locator("table.rows-and-columns a.article-page").first
    assert "/-/bai-viet?" in link.get_attribute("href")  # its source article, inside Datasette
    shot(page, shots / "unit-history.png")


def test_from_a_fact_to_its_article_with_the_evidence_marked(page, server, shots):
    """One click from an award to the article page: the stored text, the evidence sentence marked."""
    page.goto(server + "/tdkt/award_history?recipient_key=chi-nhanh-xang-dau-lang-son")
    evidence = "Chi nhánh Xăng dầu Lạng Sơn được Thủ tướng Chính phủ tặng Bằng khen năm 2020."
    assert evidence in page.locator("table.rows-and-columns").inner_text()
    page.locator("table.rows-and-columns a.article-page").first.click()
    page.wait_for_selector("mark.evidence")
    assert "/-/bai-viet?" in page.url
    assert page.locator("h1").first.inner_text() == "Điện lực Lạng Sơn đón nhận Cờ thi đua của Chính phủ"
    marks = page.locator("mark.evidence")
    assert marks.count() == 1 and marks.first.inner_text() == evidence
    assert page.locator("mark.evidence").first.is_visible()
    source = page.locator("a.source-link")
    assert source.get_attribute("href").startswith("https://npc.com.vn/")  # the real source, not loopback
    shot(page, shots / "article-page.png")


def test_leadership_and_conflicts(page, server, shots):
    page.goto(server + "/tdkt/lanh_dao_cum?cluster=&province=&year=")
    table = page.locator("table.rows-and-columns").inner_text()
    assert "Ủy ban MTTQ Việt Nam tỉnh" in table and "Hội Cựu chiến binh tỉnh" in table
    assert "xã Phú Hựu" not in table  # another province's Cụm 2: not Lạng Sơn's, not by default
    shot(page, shots / "cluster-leadership.png")
    page.goto(server + "/tdkt/conflicts")
    assert "Chi nhánh Xăng dầu Lạng Sơn" in page.locator("table.rows-and-columns").inner_text()


def test_awards_dashboard_draws_charts(page, server, shots):
    page.goto(server + "/-/dashboards/khen-thuong")
    page.wait_for_selector("#chart-awards-per-year canvas, #chart-awards-per-year svg")
    page.wait_for_selector("#chart-awards-per-cluster canvas, #chart-awards-per-cluster svg")
    assert "Awards per year" in page.locator("body").inner_text()
    page.wait_for_timeout(500)  # let vega finish its first paint
    shot(page, shots / "awards-dashboard.png")
