#!/usr/bin/env python3
"""What a crawl costs on our side, and what a refresh costs the site.

    .venv/bin/python benchmarks/bench_refresh.py [--scale N] [--repeat R]

Serves the bundled snapshot (or, with --scale N, a synthetic site of N x 65 articles made from it:
each real article cloned under new slugs and node ids, listed 10 a page) with the project's own
loopback server, and times with no delay (so the numbers are ours, not the Crawl-delay):

  cold crawl      empty database, every listing page and article
  no-op refresh   nothing changed: must be robots.txt + one listing page per section
  one new article a new post on top of the first listing page: robots.txt, the listings and that post
  full refresh    every article re-validated: 304s, no parsing
  parse           parse_article on every article page, in-process (ms per page)
  store           store_article of every article into a fresh database (ms per article)

Each crawl runs in its own process, as `pipeline.py` runs it. Prints a table; exits non-zero when a
target is missed (requests of the no-op refresh, parse or store time per page).
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
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

SNAPSHOT = ROOT / "snapshot" / "mirror"
SECTIONS = ("tintucsukien", "quyetdinhkhen", "gopydthaos")
PARSE_MS, STORE_MS, CRAWL_MS = 50.0, 20.0, 60.0  # targets per page / article

_CRAWL = """
import json, sys, time
import storage
from crawler.run import crawl
a = json.loads(sys.argv[1])
db = storage.connect(a.pop("db"))
t = time.perf_counter()
c = crawl(db, a["site"], delay=0, full=a["full"])
print("RESULT " + json.dumps({"seconds": time.perf_counter() - t, "counts": c}, default=str))
"""


def article_pages(mirror: Path) -> list[tuple[str, str]]:
    """(path, html) of every article page of a mirror."""
    out = []
    for f in sorted((mirror / "pages").iterdir()):
        path = re.sub(r"%[0-9A-F]{2}", lambda m: bytes.fromhex(m.group(0)[1:]).decode("latin-1"), f.name)
        if re.fullmatch(r"/vi/[^/?]+/[^/?]+", path):
            out.append((path, f.read_text(encoding="utf-8")))
    return out


def synthetic_mirror(scale: int, out: Path) -> Path:
    """N copies of every snapshot article under new slugs / nids, with plain Drupal listings."""
    pages = out / "pages"
    pages.mkdir(parents=True)
    for name in ("/robots.txt",):
        shutil.copy(SNAPSHOT / "pages" / quote(name, safe=""), pages / quote(name, safe=""))
    listed: dict[str, list[tuple[str, str]]] = {}
    for path, html in article_pages(SNAPSHOT):
        _, _, section, slug = path.split("/")
        nid = re.search(r"page-node-(\d+)", html).group(1)
        title = re.search(r'<h1 class="title" id="page-title">(.*?)</h1>', html).group(1)
        for i in range(scale):
            new_slug, new_nid = f"{slug}-{i}", str(int(nid) + 100000 * (i + 1))
            text = html.replace(slug, new_slug)
            text = re.sub(rf"(node/|page-node-|node-){nid}\b", rf"\g<1>{new_nid}", text)
            new_path = f"/vi/{section}/{new_slug}"
            (pages / quote(new_path, safe="")).write_text(text, encoding="utf-8")
            listed.setdefault(section, []).append((new_path, title))
    for section, items in listed.items():
        chunks = [items[i:i + 10] for i in range(0, len(items), 10)]
        for n, chunk in enumerate(chunks):
            rows = "".join(f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content">'
                           f'<a href="{p}">{t}</a></span></div></div>' for p, t in chunk)
            nxt = (f'<ul class="pager"><li class="pager-next"><a href="/vi/{section}?page={n + 1}">sau</a></li></ul>'
                   if n + 1 < len(chunks) else "")
            key = f"/vi/{section}" + (f"?page={n}" if n else "")
            (pages / quote(key, safe="")).write_text(
                f'<html><body><div class="view-content">{rows}</div>{nxt}</body></html>', encoding="utf-8")
    (out / "routes.json").write_text(json.dumps({"alias": {}}), encoding="utf-8")
    return out


def add_new_article(server, mirror: Path) -> None:
    """Publish one new post: a copy of an article under a new slug and node id, listed first on page 1."""
    path, html = article_pages(mirror)[0]
    section = path.split("/")[2]
    slug = path.rsplit("/", 1)[1]
    new_path = f"/vi/{section}/bench-new-article"
    nid = re.search(r"page-node-(\d+)", html).group(1)
    page = re.sub(rf"(node/|page-node-|node-){nid}\b", r"\g<1>999999", html.replace(slug, "bench-new-article"))
    listing = (mirror / "pages" / quote(f"/vi/{section}", safe="")).read_text(encoding="utf-8")
    row = (f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content">'
           f'<a href="{new_path}">Bài mới</a></span></div></div>')
    listing = listing.replace('<div class="view-content">', '<div class="view-content">' + row, 1)
    server.faults.extra = {new_path: page, f"/vi/{section}": listing}


def run_crawl(db: Path, site: str, full: bool = False) -> dict:
    proc = subprocess.run([sys.executable, "-c", _CRAWL, json.dumps({"db": str(db), "site": site, "full": full})],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    line = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")][-1]
    return json.loads(line[7:])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=int, default=8, help="N x 65 synthetic articles (default 8: 520; 0: the snapshot)")
    ap.add_argument("--repeat", type=int, default=3, help="parse/store passes")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        mirror = synthetic_mirror(args.scale, tmp / "mirror") if args.scale else SNAPSHOT
        site, server = mirror_server.start(mirror)
        rows = []
        db = tmp / "bench.db"
        try:
            for label, full in (("cold crawl", False), ("no-op refresh", False), ("one new article", False),
                                ("full refresh", True)):
                if label == "one new article":
                    add_new_article(server, mirror)
                server.log.clear()
                r = run_crawl(db, site, full)
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
        times = []
        parsed = []
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

    print(f"{'step':<15} {'pages':>6} {'seconds':>8} {'ms/page':>8}  notes")
    for label, n, secs, per, note in rows:
        print(f"{label:<15} {n:>6} {secs:>8.2f} {per:>8.1f}  {note}")
    cold_ms = rows[0][3]
    checks = [
        (f"no-op refresh asks robots.txt + {len(SECTIONS)} listings", noop_requests == 1 + len(SECTIONS)),
        ("one new article: found, with robots.txt + listings + the post only",
         new_found == 1 and new_requests == 1 + len(SECTIONS) + 1),
        (f"parse median <= {PARSE_MS:.0f} ms/page", parse_ms <= PARSE_MS),
        (f"store <= {STORE_MS:.0f} ms/article", store_ms <= STORE_MS),
        (f"cold crawl <= {CRAWL_MS:.0f} ms/page of our time", cold_ms <= CRAWL_MS),
    ]
    print()
    for text, ok in checks:
        print(f"{'ok  ' if ok else 'MISS'} {text}")
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
