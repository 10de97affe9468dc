"""Larger mirrors of the site, made from the bundled snapshot: for the tests and benchmarks that need
hundreds or thousands of articles (re-validation over many nights, the cost of a refresh at scale).

`build(out, n_articles)` clones the snapshot's real article pages round-robin under new slugs and node
ids (`<slug>-<i>`, nid + 100000 * (i + 1)) and lists them 10 a page, newest first, in plain Drupal 7
listing markup with a pager; robots.txt is the snapshot's. Serve the result with
`crawler.mirror_server.start(out)`.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from urllib.parse import quote

SNAPSHOT = Path(__file__).resolve().parent.parent / "snapshot" / "mirror"
PER_PAGE = 10


def unquote_name(name: str) -> str:
    """A file name of `pages/` back to its request path."""
    return re.sub(r"%[0-9A-F]{2}", lambda m: bytes.fromhex(m.group(0)[1:]).decode("latin-1"), name)


def article_pages(mirror: Path) -> list[tuple[str, str]]:
    """(path, html) of every article page of a mirror, sorted by path."""
    out = []
    for f in sorted((Path(mirror) / "pages").iterdir()):
        path = unquote_name(f.name)
        if re.fullmatch(r"/vi/[^/?]+/[^/?]+", path):
            out.append((path, f.read_text(encoding="utf-8")))
    return out


def clone_article(html: str, slug: str, new_slug: str, nid: str, new_nid: str) -> str:
    """An article page under another slug and node id (links, shortlink, body class, node-N id)."""
    text = html.replace(slug, new_slug)
    return re.sub(rf"(node/|page-node-|node-){nid}\b", rf"\g<1>{new_nid}", text)


def listing_row(path: str, title: str) -> str:
    return ('<div class="views-row"><div class="views-field views-field-title"><span class="field-content">'
            f'<a href="{path}">{title}</a></span></div></div>')


def listing_page(section: str, n: int, rows: list[tuple[str, str]], last: bool) -> str:
    nxt = ("" if last else
           f'<ul class="pager"><li class="pager-next"><a href="/vi/{section}?page={n + 1}">sau</a></li></ul>')
    body = "".join(listing_row(p, t) for p, t in rows)
    return f'<html><body><div class="view-content">{body}</div>{nxt}</body></html>'


def build(out: Path, n_articles: int) -> Path:
    """A mirror of `n_articles` synthetic articles in `out` (created); returns `out`."""
    out = Path(out)
    pages = out / "pages"
    pages.mkdir(parents=True)
    robots = quote("/robots.txt", safe="")
    shutil.copy(SNAPSHOT / "pages" / robots, pages / robots)
    sources = article_pages(SNAPSHOT)
    listed: dict[str, list[tuple[str, str]]] = {}
    for k in range(n_articles):
        path, html = sources[k % len(sources)]
        copy = k // len(sources)
        _, _, section, slug = path.split("/")
        nid = re.search(r"page-node-(\d+)", html).group(1)
        title = re.search(r'<h1 class="title" id="page-title">(.*?)</h1>', html).group(1)
        new_slug, new_nid = f"{slug}-{copy}", str(int(nid) + 100000 * (copy + 1))
        new_path = f"/vi/{section}/{new_slug}"
        (pages / quote(new_path, safe="")).write_text(clone_article(html, slug, new_slug, nid, new_nid),
                                                      encoding="utf-8")
        listed.setdefault(section, []).append((new_path, title))
    for section, items in listed.items():
        chunks = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
        for n, chunk in enumerate(chunks):
            key = f"/vi/{section}" + (f"?page={n}" if n else "")
            (pages / quote(key, safe="")).write_text(listing_page(section, n, chunk, n + 1 == len(chunks)),
                                                     encoding="utf-8")
    (out / "routes.json").write_text(json.dumps({"alias": {}}), encoding="utf-8")
    return out
