#!/usr/bin/env python3
"""The README's screenshots, taken from a real run (not the test database) in Debian's headless Chromium.

    .venv/bin/python pipeline.py run --offline --no-serve      # -> data/tdkt-snapshot.db
    .venv/bin/python scripts/screenshots.py --db data/tdkt-snapshot.db

Serves the database with `datasette serve` exactly as `pipeline.py serve` does, opens the pages a person
starts from (home, Lạng Sơn's cluster leadership, a unit's history and awards, an article with a fact's
evidence marked, the clusters by organiser, the charts) and writes full-page PNGs to docs/screenshots/.
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
        ("clusters-by-organiser.png", f"/{db}/clusters?_sort=province", None),
        ("unit-history.png", f"/{db}/unit_history?unit_key={quote(unit)}", None),
        ("award-history-of-a-unit.png", f"/{db}/lich_su_khen_thuong?unit=dien+luc", None),
        ("article-page.png", f"/{db}/award_history?province={LS}&_sort_desc=year", "table.rows-and-columns a.article-page"),
        ("awards-dashboard.png", "/-/dashboards/khen-thuong", None),
    ]


def busiest_unit(db_path: Path) -> str:
    import sqlite3

    con = sqlite3.connect(db_path)
    try:
        return con.execute("SELECT unit_key FROM unit_history WHERE province = 'Lạng Sơn' AND cluster_key IS NOT NULL "
                           "GROUP BY unit_key ORDER BY count(*) DESC, unit_key LIMIT 1").fetchone()[0]
    finally:
        con.close()


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
            page.goto(base + path)
            if click:
                page.locator(click).first.click()
                page.wait_for_selector("mark.evidence")
            if "dashboards" in path:
                page.wait_for_selector("#chart-awards-per-year canvas, #chart-awards-per-year svg")
                page.wait_for_timeout(500)
            page.screenshot(path=str(out / name), full_page=True, mask=[page.locator("footer")],
                            mask_color="#276890", animations="disabled")
            print(out / name)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
