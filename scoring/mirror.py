"""Article records -> a mirror of the Board's site that `crawler.mirror_server` serves.

Records are the sample's format ({"nid", "slug", "title", "published", "section"?, "blocks"}); blocks
are ["p", text], ["img", file, caption] or ["sign", name, unit…]. Pages carry the parts of the
Drupal 7 theme the crawler reads (canonical and shortlink, the node's submitted line in the site's
month/day/year form with its RDF date, the body field with &nbsp;-indented paragraphs, centred
images with an italic caption, a right-aligned sign-off) and listings of 10 rows with a pager, so a
scored set goes through the same parser as the nightly crawl.
"""
from __future__ import annotations

import datetime as dt
import html
import json
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote

PER_PAGE = 10
WEEKDAYS = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
ROBOTS = "User-agent: *\nCrawl-delay: 10\nDisallow: /admin/\n"


def _e(text: str) -> str:
    return html.escape(text or "", quote=True)


def body_html(blocks: list) -> str:
    out = []
    for block in blocks:
        kind, rest = block[0], block[1:]
        if kind == "p":
            out.append(f'<p style="text-align:justify">&nbsp; &nbsp; &nbsp;{_e(rest[0])}</p>')
        elif kind == "img":
            out.append(f'<p style="text-align:center"><img alt="" src="/sites/default/files/{_e(rest[0])}.jpg" /></p>')
            if len(rest) > 1 and rest[1]:
                out.append(f'<p style="text-align:center"><em>{_e(rest[1])}</em></p>')
        elif kind == "sign":
            lines = [f"<strong>{_e(rest[0])}</strong>", *(_e(x) for x in rest[1:])]
            out.append(f'<p style="text-align:right">{"<br />".join(lines)}</p>')
    return "\n".join(out)


def article_page(rec: dict, path: str) -> str:
    """The record as the site's Drupal 7 page; a record whose date is unknown (a harvested excerpt that
    gives no year) has no "Submitted … on" line, as a page without a date would."""
    meta = ""
    if rec.get("published"):
        when = dt.datetime.fromisoformat(rec["published"])
        submitted = f"{WEEKDAYS[when.weekday()]}, {when:%m/%d/%Y - %H:%M}"
        meta = (f'<div class="meta submitted"><span property="dc:date dc:created" content="{when:%Y-%m-%dT%H:%M:00}'
                f'+07:00">Submitted by <span class="username">admin</span> on {submitted}</span></div>')
    title, nid = _e(rec["title"]), int(rec["nid"])
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" />
<link rel="canonical" href="{_e(path)}" /><link rel="shortlink" href="/vi/node/{nid}" />
<title>{title} | Ban Thi đua - Khen thưởng tỉnh Lạng Sơn</title></head>
<body class="html not-front page-node page-node-{nid} node-type-article i18n-vi">
<div id="content"><h1 class="title" id="page-title">{title}</h1>
<div id="node-{nid}" class="node node-article node-full clearfix" about="{_e(path)}">
{meta}
<div class="content clearfix"><div class="field field-name-body field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{body_html(rec["blocks"])}
</div></div></div></div></div></div></body></html>
"""


def listing_page(section: str, page: int, rows: list[tuple[str, str]], last: bool) -> str:
    items = "".join(f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content">'
                    f'<a href="{_e(p)}">{_e(t)}</a></span></div></div>' for p, t in rows)
    pager = "" if last else (f'<ul class="pager"><li class="pager-next"><a href="/vi/{section}?page={page + 1}">'
                             "sau ›</a></li></ul>")
    return f'<!DOCTYPE html><html lang="vi"><body><div id="content"><div class="view-content">{items}</div>{pager}</div></body></html>'


def build(records: list[dict], out: Path) -> Path:
    """Write the mirror of `records` into `out` (pages/ and routes.json); newest first in listings."""
    pages = Path(out) / "pages"
    pages.mkdir(parents=True, exist_ok=True)

    def put(path: str, text: str) -> None:
        (pages / quote(path, safe="")).write_text(text, encoding="utf-8")

    put("/robots.txt", ROBOTS)
    by_section: dict[str, list] = defaultdict(list)
    alias = {}
    for rec in records:
        section = rec.get("section") or "tintucsukien"
        path = f"/vi/{section}/{rec['slug']}"
        put(path, article_page(rec, path))
        alias[f"/vi/node/{int(rec['nid'])}"] = path
        by_section[section].append((rec.get("published") or "", path, rec["title"]))  # undated ones last
    for section, rows in by_section.items():
        rows.sort(reverse=True)
        chunks = [rows[i:i + PER_PAGE] for i in range(0, len(rows), PER_PAGE)]
        for n, chunk in enumerate(chunks):
            page = listing_page(section, n, [(p, t) for _, p, t in chunk], n == len(chunks) - 1)
            put(f"/vi/{section}" + (f"?page={n}" if n else ""), page)
    (Path(out) / "routes.json").write_text(json.dumps({"alias": alias}, ensure_ascii=False), encoding="utf-8")
    return Path(out)


def parsed(rec: dict) -> dict:
    """The article dict the crawler would make of a record: its page rendered, then parsed (crawler.parse)."""
    from crawler.parse import parse_article

    path = f"/vi/{rec.get('section') or 'tintucsukien'}/{rec['slug']}"
    return parse_article(article_page(rec, path), "http://127.0.0.1" + path)
