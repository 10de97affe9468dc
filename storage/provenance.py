"""Where each article really comes from: its canonical source URL, never a loopback address.

The crawler keys an article by the address it was fetched from (`articles.url`). On the real site that
is the Board's own page, which is also the article's source. A crawl of a stand-in for the site served
on loopback (the bundled snapshot, a test or development mirror) fetches from `http://127.0.0.1:PORT`,
an address that is dead once the crawl ends; the articles of the bundled snapshot are real articles
whose source is the Board's site or the newspaper they were first published in, listed (by node id and
slug) in `snapshot/sources.jsonl`.

- `articles.source_url`  the canonical source: the page itself for a crawl of a public site, the listed
                         source for a known article crawled from loopback, NULL when nobody knows it
                         (then the article page inside Datasette is the only link a user gets).
- `assign_sources`       fills `source_url` after a crawl (idempotent, only rows still without one).
- `rebase_to_sources`    for the offline demo, whose database is rebuilt from the snapshot at every
                         run and never crawled again: the key itself becomes the source URL, so no
                         loopback address is left in `articles` (call it before extraction).
"""
from __future__ import annotations

import ipaddress
import json
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT_SOURCES = ROOT / "snapshot" / "sources.jsonl"


def _add_source_url(db) -> None:
    if "source_url" not in db["articles"].columns_dict:
        db.execute("ALTER TABLE articles ADD COLUMN source_url TEXT")


MIGRATIONS = [("provenance_0001_source_url", _add_source_url)]


def is_loopback(url: str) -> bool:
    """True for an address only this machine can open (127.0.0.1, ::1, localhost)."""
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def load_sources(path: str | Path = SNAPSHOT_SOURCES) -> dict:
    """{nid: source_url, slug: source_url} from a JSON Lines file of {nid, slug, source_url}; {} if absent."""
    path = Path(path)
    if not path.exists():
        return {}
    out: dict = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        url = rec.get("source_url")
        if not url or is_loopback(url):
            continue
        if rec.get("nid") is not None:
            out[int(rec["nid"])] = url
        if rec.get("slug"):
            out[rec["slug"]] = url
    return out


def _prefix(site: str) -> tuple[str, list]:
    prefix = site.rstrip("/") + "/"
    return "substr(url, 1, ?) = ?", [len(prefix), prefix]


def assign_sources(db, site: str, sources: dict | None = None) -> int:
    """Give every article of `site` still without a source its canonical source URL; returns how many.

    A public site is its own source. For a loopback site the `sources` list decides (by node id, then
    by slug); an article it does not list keeps NULL rather than a dead address."""
    where, params = _prefix(site)
    rows = db.execute(f"SELECT url, nid, slug FROM articles WHERE source_url IS NULL AND {where}",
                      params).fetchall()
    loopback = is_loopback(site)
    sources = load_sources() if sources is None and loopback else (sources or {})
    n = 0
    with db.atomic():
        for url, nid, slug in rows:
            src = (sources.get(nid) or sources.get(slug)) if loopback else url
            if src:
                db.execute("UPDATE articles SET source_url = ? WHERE url = ?", [src, url])
                n += 1
    return n


def rebase_to_sources(db, site: str) -> int:
    """Re-key the articles crawled from loopback `site` by their source URL (offline demo database only:
    it must hold no facts yet and is never crawled again). The crawl bookkeeping of the stand-in
    (`pages`, `crawl_sections`) is dropped with it. Returns the number of articles re-keyed."""
    where, params = _prefix(site)
    rows = db.execute(f"SELECT url, source_url FROM articles WHERE source_url IS NOT NULL AND {where}",
                      params).fetchall()
    n = 0
    with db.atomic():
        db.execute("PRAGMA defer_foreign_keys = ON")
        for url, src in rows:
            if src == url or db.execute("SELECT 1 FROM articles WHERE url = ?", [src]).fetchone():
                continue  # two stand-in pages of one source: the first keeps it
            for table in ("article_html", "article_versions"):
                db.execute(f"UPDATE {table} SET url = ? WHERE url = ?", [src, url])
            db.execute("UPDATE articles SET url = ? WHERE url = ?", [src, url])
            n += 1
        for table, col in (("pages", "url"), ("crawl_sections", "listing_url")):
            db.execute(f"DELETE FROM {table} WHERE substr({col}, 1, ?) = ?", params)
    return n
