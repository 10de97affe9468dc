"""Articles, their history and the crawl state, in the project's own SQLite tables.

Why here and not in Scrapy (JOBDIR, deltafetch, HTTP cache): the refresh must answer "what changed on
the site since last night?" and keep what the site no longer shows. So:

- `articles`        one row per node alias (`url`), latest content; never deleted. A 404 marks it
                    `status='gone'` (`gone_at`); a node that reappears under a new alias (same nid)
                    marks the old row `moved`.
- `article_versions` every earlier content of an article, copied out before it is overwritten.
- `article_html`    the raw HTML of the latest fetch (re-parsing never needs the site).
- `pages`           per URL crawl state: HTTP validators (ETag / Last-Modified) of the last *good*
                    fetch, last status, last error, consecutive failed attempts. A failed or truncated
                    fetch never replaces the validators, so the next run asks again in full.
- `crawl_sections`  whether a section listing was ever walked to its last page (an interrupted first
                    crawl must page to the end next time, not stop at the first known page).

`content_hash` covers what facts are extracted from (title, date, author, body, captions); a page
whose markup changed around the same text is "unchanged". Every store is one transaction, so a killed
refresh leaves each article either before or after, never half-written.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json

STATUSES = ("ok", "gone", "moved")
CONTENT_FIELDS = ("title", "published", "author", "body", "captions")


def _m001_tables(db) -> None:
    db.execute(
        """CREATE TABLE IF NOT EXISTS articles (
            url TEXT PRIMARY KEY,
            nid INTEGER,
            section TEXT,
            slug TEXT,
            title TEXT,
            published TEXT,
            author TEXT,
            body TEXT,
            captions TEXT,              -- JSON list
            content_hash TEXT NOT NULL,
            first_seen TEXT NOT NULL,   -- first stored
            last_seen TEXT NOT NULL,    -- last confirmed on the site (200 or 304)
            fetched_at TEXT NOT NULL,   -- last downloaded in full
            changed_at TEXT NOT NULL,   -- when the current content was first stored
            gone_at TEXT,
            status TEXT NOT NULL DEFAULT 'ok' CHECK (status IN ('ok', 'gone', 'moved')),
            extractor_version TEXT,
            extracted_hash TEXT,        -- content_hash the facts were extracted from
            parser TEXT
        )"""
    )
    db.execute("CREATE INDEX IF NOT EXISTS idx_articles_nid ON articles(nid)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_articles_section ON articles(section, published)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_articles_status ON articles(status)")
    db.execute(
        """CREATE TABLE IF NOT EXISTS article_versions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            url TEXT NOT NULL REFERENCES articles(url),
            title TEXT,
            published TEXT,
            author TEXT,
            body TEXT,
            captions TEXT,
            content_hash TEXT NOT NULL,
            parser TEXT,
            valid_from TEXT NOT NULL,   -- when this content was first stored
            replaced_at TEXT NOT NULL   -- when a newer content replaced it
        )"""
    )
    db.execute("CREATE INDEX IF NOT EXISTS idx_article_versions_url ON article_versions(url)")
    db.execute(
        """CREATE TABLE IF NOT EXISTS article_html (
            url TEXT PRIMARY KEY REFERENCES articles(url),
            html TEXT NOT NULL,
            html_hash TEXT NOT NULL,
            fetched_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE IF NOT EXISTS pages (
            url TEXT PRIMARY KEY,
            kind TEXT NOT NULL,         -- robots | listing | article
            status INTEGER,             -- last HTTP status (NULL: no answer)
            etag TEXT,
            last_modified TEXT,
            error TEXT,                 -- last error, NULL after a good fetch
            attempts INTEGER NOT NULL DEFAULT 0,  -- consecutive failed attempts
            last_attempt TEXT,
            last_ok TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE IF NOT EXISTS crawl_sections (
            listing_url TEXT PRIMARY KEY,
            section TEXT NOT NULL,
            walked_to_end_at TEXT,
            listing_pages INTEGER
        )"""
    )


MIGRATIONS = [("articles_0001_tables", _m001_tables)]


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def content_hash(article: dict) -> str:
    captions = article.get("captions") or []
    if isinstance(captions, str):
        captions = json.loads(captions)
    values = [article.get("title"), article.get("published"), article.get("author"),
              article.get("body"), list(captions)]
    return _sha(json.dumps(values, ensure_ascii=False))


def _one(db, sql: str, params=()) -> dict | None:
    cur = db.execute(sql, params)
    row = cur.fetchone()
    return dict(zip([c[0] for c in cur.description], row)) if row else None


def _on_site(site: str) -> tuple[str, list]:
    prefix = site.rstrip("/") + "/"
    return "substr(url, 1, ?) = ?", [len(prefix), prefix]


# ---------------------------------------------------------------- articles
def store_article(db, article: dict, fetched_at: str) -> str:
    """Keep one fetched article -> "new" | "changed" | "unchanged" (one transaction).

    A change copies the previous content to `article_versions` first. The raw HTML is replaced
    whenever it differs (even around unchanged text). A node seen before under another alias of the
    same site is marked `moved` there.
    """
    url = article["url"]
    captions = json.dumps(list(article.get("captions") or []), ensure_ascii=False)
    chash = content_hash(article)
    content = {
        "nid": article.get("nid"), "section": article.get("section"), "slug": article.get("slug"),
        "title": article.get("title"), "published": article.get("published"),
        "author": article.get("author"), "body": article.get("body"), "captions": captions,
        "content_hash": chash, "parser": article.get("parser"),
    }
    with db.atomic():
        row = _one(db, "SELECT * FROM articles WHERE url = ?", [url])
        if row is None:
            outcome = "new"
            if article.get("nid") is not None:
                origin = url.split("/vi/", 1)[0] + "/"
                db.execute(
                    "UPDATE articles SET status = 'moved', gone_at = COALESCE(gone_at, ?) "
                    "WHERE nid = ? AND url != ? AND status = 'ok' AND substr(url, 1, ?) = ?",
                    [fetched_at, article["nid"], url, len(origin), origin],
                )
            db["articles"].insert({
                "url": url, **content, "first_seen": fetched_at, "last_seen": fetched_at,
                "fetched_at": fetched_at, "changed_at": fetched_at, "gone_at": None, "status": "ok",
            })
        elif row["content_hash"] == chash:
            outcome = "unchanged"
            db.execute(
                "UPDATE articles SET last_seen = ?, fetched_at = ?, status = 'ok', gone_at = NULL, "
                "nid = COALESCE(?, nid) WHERE url = ?",
                [fetched_at, fetched_at, article.get("nid"), url],
            )
        else:
            outcome = "changed"
            db["article_versions"].insert({
                "url": url, **{k: row[k] for k in CONTENT_FIELDS}, "content_hash": row["content_hash"],
                "parser": row["parser"], "valid_from": row["changed_at"], "replaced_at": fetched_at,
            })
            db["articles"].update(url, {
                **content, "last_seen": fetched_at, "fetched_at": fetched_at,
                "changed_at": fetched_at, "gone_at": None, "status": "ok",
            })
        html = article.get("html")
        if html is not None:
            hhash = _sha(html)
            old = _one(db, "SELECT html_hash FROM article_html WHERE url = ?", [url])
            if old is None or old["html_hash"] != hhash:
                db["article_html"].upsert(
                    {"url": url, "html": html, "html_hash": hhash, "fetched_at": fetched_at}, pk="url"
                )
    return outcome


def touch_article(db, url: str, when: str) -> None:
    """A 304 for a stored article: it is still there, as stored."""
    with db.atomic():
        db.execute(
            "UPDATE articles SET last_seen = ?, status = 'ok', gone_at = NULL WHERE url = ?", [when, url]
        )


def mark_gone(db, url: str, when: str) -> bool:
    """A stored article answered 404/410: keep it, say since when it is gone. True if newly gone."""
    with db.atomic():
        cur = db.execute(
            "UPDATE articles SET status = 'gone', gone_at = ? WHERE url = ? AND status = 'ok'", [when, url]
        )
    return cur.rowcount > 0


def known_article(db, url: str) -> dict | None:
    return _one(
        db, "SELECT url, nid, status, title, body, content_hash, last_seen FROM articles WHERE url = ?", [url]
    )


def alias_of(db, site: str, nid: int) -> str | None:
    """The stored alias of node `nid` on `site` (a current one first), or None."""
    where, params = _on_site(site)
    row = _one(db, f"SELECT url FROM articles WHERE {where} AND nid = ? "
                   "ORDER BY status = 'ok' DESC, changed_at DESC LIMIT 1", params + [nid])
    return row["url"] if row else None


def pending_extraction(db, extractor_version: str, all: bool = False) -> list[dict]:
    """Articles whose facts are missing or stale: new, changed since their last extraction, or
    extracted by another extractor version (`all=True`: every article). Gone articles are left out.
    Each dict: url, source_url, title, body, published, content_hash (pass it back to `mark_extracted`)."""
    sql = "SELECT url, source_url, title, body, published, content_hash FROM articles WHERE status = 'ok'"
    params: list = []
    if not all:
        sql += (" AND (extracted_hash IS NULL OR extracted_hash != content_hash"
                " OR extractor_version IS NULL OR extractor_version != ?)")
        params.append(str(extractor_version))
    cur = db.execute(sql + " ORDER BY published, url", params)
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def mark_extracted(db, url: str, extractor_version: str, content_hash: str | None = None) -> None:
    """Facts of `url` were extracted from the content with `content_hash` (default: the current one).
    If the article changed meanwhile, the hashes differ and it stays pending."""
    with db.atomic():
        db.execute(
            "UPDATE articles SET extractor_version = ?, extracted_hash = COALESCE(?, content_hash) "
            "WHERE url = ?",
            [str(extractor_version), content_hash, url],
        )


# ---------------------------------------------------------------- crawl state
def record_page(db, url: str, when: str, *, kind: str = "article", status: int | None = None,
                error: str | None = None, etag: str | None = None,
                last_modified: str | None = None) -> None:
    """Note one fetch of `url`. A good fetch (error None) resets the failure count and, when given,
    replaces the validators; a failure keeps the validators of the last good fetch."""
    with db.atomic():
        old = _one(db, "SELECT * FROM pages WHERE url = ?", [url]) or {}
        if error is None:
            row = {"etag": etag or old.get("etag"), "last_modified": last_modified or old.get("last_modified"),
                   "error": None, "attempts": 0, "last_ok": when}
        else:
            row = {"etag": old.get("etag"), "last_modified": old.get("last_modified"), "error": error,
                   "attempts": (old.get("attempts") or 0) + 1, "last_ok": old.get("last_ok")}
        db["pages"].upsert({"url": url, "kind": kind, "status": status, "last_attempt": when, **row}, pk="url")


def validators(db, url: str) -> dict[str, str]:
    """Conditional-request headers for a stored article (If-None-Match / If-Modified-Since), or {}.
    Nothing for a page that never stored content: a 304 would then leave us with nothing."""
    row = _one(
        db, "SELECT p.etag, p.last_modified FROM pages p JOIN articles a ON a.url = p.url WHERE p.url = ?",
        [url],
    )
    headers = {}
    if row and row["etag"]:
        headers["If-None-Match"] = row["etag"]
    if row and row["last_modified"]:
        headers["If-Modified-Since"] = row["last_modified"]
    return headers


def failed_pages(db, site: str, kind: str = "article") -> list[str]:
    """Pages of `site` whose last fetch failed: retried first thing next run."""
    where, params = _on_site(site)
    cur = db.execute(f"SELECT url FROM pages WHERE {where} AND kind = ? AND error IS NOT NULL ORDER BY url",
                     params + [kind])
    return [r[0] for r in cur.fetchall()]


def stale_articles(db, site: str, seen_before: str, limit: int) -> list[str]:
    """Stored articles of `site` not confirmed since `seen_before`, oldest first: re-validated with a
    conditional GET so edits and removals of old articles are noticed without re-reading listings."""
    where, params = _on_site(site)
    cur = db.execute(
        f"SELECT url FROM articles WHERE {where} AND status = 'ok' AND last_seen < ? "
        "ORDER BY last_seen, url LIMIT ?", params + [seen_before, limit],
    )
    return [r[0] for r in cur.fetchall()]


def site_articles(db, site: str) -> list[str]:
    """Every stored article of `site`, gone ones included (a full crawl re-checks them all)."""
    where, params = _on_site(site)
    cur = db.execute(f"SELECT url FROM articles WHERE {where} AND status != 'moved' ORDER BY url", params)
    return [r[0] for r in cur.fetchall()]


def section_walked(db, listing_url: str) -> bool:
    row = _one(db, "SELECT walked_to_end_at FROM crawl_sections WHERE listing_url = ?", [listing_url])
    return bool(row and row["walked_to_end_at"])


def mark_section_walked(db, listing_url: str, section: str, when: str, listing_pages: int) -> None:
    with db.atomic():
        db["crawl_sections"].upsert(
            {"listing_url": listing_url, "section": section, "walked_to_end_at": when,
             "listing_pages": listing_pages}, pk="listing_url",
        )
