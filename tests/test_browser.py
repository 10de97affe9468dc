"""A person's view: a real `datasette` process on 127.0.0.1, driven by Debian's headless Chromium.

Screenshots land in docs/screenshots/ (the README shows them). Without Chromium or Playwright the test
is skipped locally with the reason, and fails under CI=true (tests/served.py).
"""
from pathlib import Path

import pytest

from facts_db import build_facts_db
from served import CHROMIUM, CHROMIUM_ARGS, datasette_server, playwright

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "docs" / "screenshots"


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
def page(sync_playwright, server):
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
        pg = context.new_page()
        pg.set_default_timeout(20000)
        yield pg
        browser.close()


def shot(page, name: str) -> None:
    """Full-page screenshot; the footer ("Queries took 1.4ms") is masked so that an unchanged page gives
    an unchanged file and the committed screenshots only move when the pages do."""
    page.screenshot(path=str(SHOTS / name), full_page=True, mask=[page.locator("footer")], mask_color="#276890",
                    animations="disabled")


def test_home_page(page, server):
    page.goto(server + "/")
    assert "Thi đua - Khen thưởng Lạng Sơn" in page.locator("h1").first.inner_text()
    text = page.locator("body").inner_text()
    assert "Ban Thi đua - Khen thưởng tỉnh Lạng Sơn" in text  # source
    assert "Who chaired, vice-chaired or belonged to which emulation cluster" in text
    assert page.locator("a[href='/tdkt/cluster_leadership']").count() == 1
    shot(page, "home.png")


def test_canned_query_with_a_parameter(page, server):
    page.goto(server + "/tdkt/lich_su_khen_thuong")
    page.fill("input[name=unit]", "dien luc")  # no accents
    page.click("input[type=submit]")
    page.wait_for_selector("table.rows-and-columns")
    table = page.locator("table.rows-and-columns").inner_text()
    assert "Cờ thi đua của Chính phủ" in table
    assert "Công ty Điện lực Lạng Sơn" in table and "conferred" in table
    assert "unit=dien+luc" in page.url or "unit=dien%20luc" in page.url
    shot(page, "award-history-of-a-unit.png")


def test_unit_history(page, server):
    page.goto(server + "/tdkt/unit_history?unit_key=chi-nhanh-ga-dong-dang")
    table = page.locator("table.rows-and-columns").inner_text()
    assert "Chi nhánh Ga Đồng Đăng" in table and "Cụm thi đua số 2" in table
    assert "vice_chair" in table and "Cờ thi đua - UBND tỉnh (proposed)" in table
    link = page.locator("table.rows-and-columns a[href^='http://127.0.0.1/vi/']").first
    assert link.get_attribute("href").startswith("http://127.0.0.1/vi/tintucsukien/")  # its source article
    shot(page, "unit-history.png")


def test_leadership_and_conflicts(page, server):
    page.goto(server + "/tdkt/lanh_dao_cum?cluster=")
    table = page.locator("table.rows-and-columns").inner_text()
    assert "Ủy ban MTTQ Việt Nam tỉnh" in table and "Hội Cựu chiến binh tỉnh" in table
    shot(page, "cluster-leadership.png")
    page.goto(server + "/tdkt/conflicts")
    assert "Chi nhánh Xăng dầu Lạng Sơn" in page.locator("table.rows-and-columns").inner_text()


def test_awards_dashboard_draws_charts(page, server):
    page.goto(server + "/-/dashboards/khen-thuong")
    page.wait_for_selector("#chart-awards-per-year canvas, #chart-awards-per-year svg")
    page.wait_for_selector("#chart-awards-per-cluster canvas, #chart-awards-per-cluster svg")
    assert "Awards per year" in page.locator("body").inner_text()
    page.wait_for_timeout(500)  # let vega finish its first paint
    shot(page, "awards-dashboard.png")
