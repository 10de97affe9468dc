#!/usr/bin/env python3
"""The README's screenshots, taken from a real run (not the test database) in Debian's headless Chromium.

    .venv/bin/python pipeline.py run --offline --no-serve      # -> data/tdkt-snapshot.db
    .venv/bin/python scripts/screenshots.py --db data/tdkt-snapshot.db

Serves the database with `datasette serve` exactly as `pipeline.py serve` does, opens the pages a person
starts from (home, Lạng Sơn's cluster leadership, a unit's history and awards, an article with a fact's
evidence marked, the clusters by organiser, the charts) and writes full-page PNGs to docs/screenshots/;
then, on a throw-away copy served with the editor role, a fact corrected from its page.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from storage.serve import running  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
LS = quote("Lạng Sơn")


def pages(db: str, unit: str) -> list[tuple[str, str, str | None]]:
    """(file, path, a link to click first or None)."""
    return [
        ("home.png", "/", None),
        ("cluster-leadership.png", f"/{db}/lanh_dao_cum?province={LS}&year=&cluster=", None),
        ("clusters-by-organiser.png", f"/{db}/clusters?_sort=province&_size=12", None),
        ("unit-history.png", f"/{db}/unit_history?unit_key={quote(unit)}", None),
        ("award-history-of-a-unit.png", f"/{db}/lich_su_khen_thuong?unit=dien+luc", None),
        ("article-page.png", f"/{db}/award_history?province={LS}&_sort_desc=year", "table.rows-and-columns a.article-page"),
        ("awards-dashboard.png", "/-/dashboards/khen-thuong", None),
    ]


def open_page(page, url: str, click: str | None, dashboard: bool = False) -> str:
    """Open `url` (then follow the first `click` link) and wait until it is drawn; returns where it is."""
    page.goto(url)
    if click:
        page.locator(click).first.click()
        page.wait_for_selector("mark.evidence")
    if dashboard:
        for chart in ("awards-per-year", "awards-per-cluster"):
            page.wait_for_selector(f"#chart-{chart} canvas, #chart-{chart} svg")
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(1000)  # let vega finish its first paint
    return page.url


def busiest_unit(db_path: Path) -> str:
    import sqlite3

    con = sqlite3.connect(db_path)
    try:
        return con.execute("SELECT unit_key FROM unit_history WHERE province = 'Lạng Sơn' AND cluster_key IS NOT NULL "
                           "GROUP BY unit_key ORDER BY count(*) DESC, unit_key LIMIT 1").fetchone()[0]
    finally:
        con.close()


def fact_id(db_path: Path) -> str:
    """A Lạng Sơn cluster chair of the latest year: the fact the editor's screenshot corrects."""
    import sqlite3

    con = sqlite3.connect(db_path)
    try:
        return con.execute("SELECT m.id FROM memberships m JOIN clusters c ON c.key = m.cluster_key WHERE m.current = 1 "
                           "AND m.role = 'chair' AND m.year IS NOT NULL AND c.province = 'Lạng Sơn' "
                           "ORDER BY m.year DESC, m.id LIMIT 1").fetchone()[0]
    finally:
        con.close()


def corrected_fact(browser, db_path: Path, tmp: Path, out: Path) -> None:
    """fact-corrected.png: an editor (`serve --editor`) corrects a fact from its page, on a copy of the
    database that is thrown away; the reason given says it is an example."""
    import secrets
    import sqlite3

    from storage.serve import EDITOR_ENV, hash_password

    copy = tmp / db_path.name  # the same name: the same database name in the URLs
    src, dst = sqlite3.connect(db_path), sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()
    fid, password = fact_id(copy), secrets.token_urlsafe(12)
    with running(copy, tmp / "editor.log", editor=True, env={EDITOR_ENV: hash_password(password)}) as base:
        page = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN").new_page()
        page.goto(base + "/-/tdkt-login")
        page.fill("input[name=name]", "Biên tập viên")
        page.fill("input[name=password]", password)
        page.click("input[type=submit]")
        page.goto(f"{base}/{copy.stem}/memberships/{fid}")
        page.click("a.tdkt-correct")
        page.fill("input[name=year]", str(int(page.input_value("input[name=year]")) + 1))
        page.fill("input[name=why]", "Ví dụ cho README / an example for the README")
        page.click("input[type=submit]")
        page.wait_for_selector(".tdkt-fact-state")
        page.screenshot(path=str(out / "fact-corrected.png"), full_page=True)
        print(out / "fact-corrected.png")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="data/tdkt-snapshot.db")
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = ap.parse_args()
    db_path = Path(args.db).resolve()
    if not db_path.exists():
        print(f"screenshots: no database at {db_path}; run pipeline.py run --offline --no-serve first", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, running(db_path, Path(tmp) / "datasette.log") as base, \
            sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        page = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN").new_page()
        for name, path, click in pages(db_path.stem, busiest_unit(db_path)):
            page.set_viewport_size({"width": 1280, "height": 900})
            url = open_page(page, base + path, click)
            # a viewport as tall as the page, loaded afresh at that size, not full_page: Chromium's
            # full-page capture leaves the dashboard's vega canvases above the fold blank
            height = page.evaluate("document.documentElement.scrollHeight")
            page.set_viewport_size({"width": 1280, "height": max(900, min(height, 6000))})
            open_page(page, url, None, dashboard="dashboards" in path)
            page.screenshot(path=str(out / name))  # no mask: masking blanks the vega charts
            print(out / name)
        corrected_fact(browser, db_path, Path(tmp), out)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
