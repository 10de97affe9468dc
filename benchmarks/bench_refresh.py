#!/usr/bin/env python3
"""What a crawl costs on our side, and what the nightly refresh costs the site.

    .venv/bin/python benchmarks/bench_refresh.py [--scale N] [--repeat R] [--sizes 520,5000] [--nights K]

Part 1 serves the bundled snapshot (or, with --scale N, a synthetic site of N x 65 articles made from
it by crawler/synthetic_mirror.py, listed 10 a page) with the project's own loopback server, and times
with no delay (so the numbers are ours, not the Crawl-delay):

  cold crawl      empty database, every listing page and article
  no-op refresh   nothing changed, re-validation off: robots.txt + one listing page per section
  one new article a new post on top of the first listing page (re-validation off): robots.txt, the
                  listings and that post
  full refresh    every article re-validated: 304s, no parsing
  parse           parse_article on every article page, in-process (ms per page)
  store           store_article of every article into a fresh database (ms per article)

Part 2 is the nightly cost with the re-validation policy on (every stored article re-checked with a
conditional GET at least once every 7 days, ceil(stored / 7) a night): for each of --sizes articles, a
cold crawl, then --nights nights on a simulated clock (the crawl's `now`), each counted from the
server's log: all requests, conditional GETs, 304 / 200 answers, how many stored articles have been
re-checked so far, and the night's duration at the site's Crawl-delay of 10 s.

Each crawl runs in its own process, as `pipeline.py` runs it. Prints tables; exits non-zero when a
target is missed (requests of the no-op refresh, parse or store time per page, every article
re-checked within 7 nights).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler import mirror_server  # noqa: E402
from crawler.parse import parse_article  # noqa: E402
from crawler.synthetic_mirror import article_pages, build, clone_article, listing_row  # noqa: E402

SNAPSHOT = ROOT / "snapshot" / "mirror"
SECTIONS = ("tintucsukien", "quyetdinhkhen", "gopydthaos")
PARSE_MS, STORE_MS, CRAWL_MS = 50.0, 20.0, 60.0  # targets per page / article
DAYS, SITE_DELAY = 7, 10.0                        # the policy's default, the site's Crawl-delay
T0 = dt.datetime(2024, 3, 1, 2, 0, tzinfo=dt.timezone.utc)

_CRAWL = """
import json, sys, time
import storage
from crawler.run import crawl
a = json.loads(sys.argv[1])
db = storage.connect(a.pop("db"))
t = time.perf_counter()
c = crawl(db, a.pop("site"), delay=0, **a)
print("RESULT " + json.dumps({"seconds": time.perf_counter() - t, "counts": c}, default=str))
"""


def add_new_article(server, mirror: Path) -> None:
    """Publish one new post: a copy of an article under a new slug and node id, listed first on page 1."""
    path, html = article_pages(mirror)[0]
    section = path.split("/")[2]
    slug = path.rsplit("/", 1)[1]
    new_path = f"/vi/{section}/bench-new-article"
    nid = re.search(r"page-node-(\d+)", html).group(1)
    page = clone_article(html, slug, "bench-new-article", nid, "999999")
    listing = (mirror / "pages" / quote(f"/vi/{section}", safe="")).read_text(encoding="utf-8")
    listing = listing.replace('<div class="view-content">',
                              '<div class="view-content">' + listing_row(new_path, "Bài mới"), 1)
    server.faults.extra = {new_path: page, f"/vi/{section}": listing}


def run_crawl(db: Path, site: str, **options) -> dict:
    proc = subprocess.run([sys.executable, "-c", _CRAWL, json.dumps({"db": str(db), "site": site, **options})],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    line = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")][-1]
    return json.loads(line[7:])


def part1(args, tmp: Path) -> tuple[list, list]:
    mirror = build(tmp / "mirror", 65 * args.scale) if args.scale else SNAPSHOT
    site, server = mirror_server.start(mirror)
    rows = []
    db = tmp / "bench.db"
    noop_requests = new_requests = new_found = None
    try:
        for label, options in (("cold crawl", {"max_pages": 100000}), ("no-op refresh", {"revalidate_days": 0}),
                               ("one new article", {"revalidate_days": 0}), ("full refresh", {"full": True})):
            if label == "one new article":
                add_new_article(server, mirror)
            server.log.clear()
            r = run_crawl(db, site, **options)
            c = r["counts"]
            n = len(server.log)
            rows.append((label, n, r["seconds"], 1000 * r["seconds"] / max(n, 1),
                         f"new {c['articles_new']} 304 {c['not_modified']} errors {len(c['errors'])}"))
            if label == "no-op refresh":
                noop_requests = n
            if label == "one new article":
                new_requests, new_found = n, c["articles_new"]
    finally:
        server.shutdown()

    pages = article_pages(mirror)
    times, parsed = [], []
    for _ in range(args.repeat):
        for path, html in pages:
            t = time.perf_counter()
            parsed.append(parse_article(html, "http://127.0.0.1:1" + path))
            times.append(time.perf_counter() - t)
    parse_ms = 1000 * statistics.median(times)
    rows.append(("parse", len(times), sum(times), parse_ms, f"p95 {1000 * sorted(times)[int(len(times) * .95)]:.1f} ms"))

    import storage
    from storage.articles import store_article

    sdb = storage.connect(tmp / "store.db")
    t = time.perf_counter()
    for i, a in enumerate(parsed):
        store_article(sdb, a, f"2024-01-01T00:00:{i % 60:02d}+00:00")
    secs = time.perf_counter() - t
    store_ms = 1000 * secs / len(parsed)
    rows.append(("store", len(parsed), secs, store_ms, "one transaction each"))
    checks = [
        (f"no-op refresh asks robots.txt + {len(SECTIONS)} listings", noop_requests == 1 + len(SECTIONS)),
        ("one new article: found, with robots.txt + listings + the post only",
         new_found == 1 and new_requests == 1 + len(SECTIONS) + 1),
        (f"parse median <= {PARSE_MS:.0f} ms/page", parse_ms <= PARSE_MS),
        (f"store <= {STORE_MS:.0f} ms/article", store_ms <= STORE_MS),
        (f"cold crawl <= {CRAWL_MS:.0f} ms/page of our time", rows[0][3] <= CRAWL_MS),
    ]
    return rows, checks


def part2(size: int, nights: int, tmp: Path) -> tuple[list, float, bool]:
    """Nightly requests of a `size`-article site with the policy on -> (rows, cold seconds, all re-checked)."""
    mirror = build(tmp / f"mirror-{size}", size)
    site, server = mirror_server.start(mirror)
    db = tmp / f"policy-{size}.db"
    rows = []
    try:
        t = time.perf_counter()
        cold = run_crawl(db, site, now=T0.isoformat(), max_pages=100000)
        cold_seconds = time.perf_counter() - t
        assert cold["counts"]["articles_new"] == size, cold["counts"]
        checked: set[str] = set()
        for k in range(1, nights + 1):
            server.log.clear()
            c = run_crawl(db, site, now=(T0 + dt.timedelta(days=k)).isoformat(), revalidate_days=DAYS)["counts"]
            log = list(server.log)
            conditional = [e for e in log if e["inm"]]
            checked.update(e["path"] for e in conditional)
            listings = [e for e in log if e["path"].startswith("/vi/") and e["path"].count("/") == 2]
            rows.append((k, len(log), len(listings), len(conditional), sum(e["status"] == 304 for e in log),
                         sum(e["status"] == 200 for e in conditional), len(checked), len(c["errors"]),
                         len(log) * SITE_DELAY / 60))
            if k == DAYS:
                all_by_day_n = len(checked) == size
    finally:
        server.shutdown()
    return rows, cold_seconds, all_by_day_n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=int, default=8, help="part 1: N x 65 synthetic articles (default 8: 520; 0: the snapshot)")
    ap.add_argument("--repeat", type=int, default=3, help="part 1: parse/store passes")
    ap.add_argument("--sizes", default="520,5000", help="part 2: site sizes in articles (comma-separated; '' skips)")
    ap.add_argument("--nights", type=int, default=8, help="part 2: simulated nights after the cold crawl")
    args = ap.parse_args()
    checks = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        rows, checks1 = part1(args, tmp)
        checks += checks1
        print(f"{'step':<15} {'pages':>6} {'seconds':>8} {'ms/page':>8}  notes")
        for label, n, secs, per, note in rows:
            print(f"{label:<15} {n:>6} {secs:>8.2f} {per:>8.1f}  {note}")
        for size in [int(s) for s in args.sizes.split(",") if s.strip()]:
            nightly, cold_seconds, all_in_time = part2(size, args.nights, tmp)
            quota = math.ceil(size / DAYS)
            print(f"\n{size} articles, re-validation every {DAYS} days (ceil({size}/{DAYS}) = {quota} a night); "
                  f"cold crawl {cold_seconds:.1f} s at no delay")
            print(f"{'night':>5} {'requests':>9} {'listings':>9} {'conditional':>12} {'304':>6} {'200':>5} "
                  f"{'re-checked':>11} {'errors':>7} {'min @10s':>9}")
            for k, n, listings, cond, n304, n200, seen, errors, minutes in nightly:
                print(f"{k:>5} {n:>9} {listings:>9} {cond:>12} {n304:>6} {n200:>5} {seen:>11} {errors:>7} {minutes:>9.1f}")
            checks.append((f"{size} articles: every one re-checked within {DAYS} nights, about {quota} a night",
                           all_in_time and all(abs(row[3] - size / DAYS) <= 1 for row in nightly)))
    print()
    for text, ok in checks:
        print(f"{'ok  ' if ok else 'MISS'} {text}")
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
