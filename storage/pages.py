"""Crawl decisions that outlive a run, on the `pages` table (created by articles.py): links given up,
listing pages to ask again, and which stored articles tonight's re-validation re-checks.

- `dead_count`  consecutive 404/410 answers of a URL (`articles.record_page` keeps it; any good
                answer resets it). At the crawl's `retire_after` the link is retired.
- `retired_at`, `retired_why`  a link no longer asked for: dead (404/410 that many times) or refused
                (it leads to another host). A retired link costs nothing on later nights; a --full
                crawl asks again, and a good answer brings it back.

Re-validation spreads conditional GETs evenly: with `days` = N, each night re-checks the
ceil(stored / N) articles confirmed longest ago (all of the overdue ones if more), so every stored
article is re-checked at least once every N days at a steady nightly cost.
"""
from __future__ import annotations

import datetime as dt
import math


def _add_retirement(db) -> None:
    db.execute("ALTER TABLE pages ADD COLUMN dead_count INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE pages ADD COLUMN retired_at TEXT")
    db.execute("ALTER TABLE pages ADD COLUMN retired_why TEXT")


MIGRATIONS = [("pages_0001_retirement", _add_retirement)]


def _on_site(site: str) -> tuple[str, list]:
    prefix = site.rstrip("/") + "/"
    return "substr(url, 1, ?) = ?", [len(prefix), prefix]


def dead_count(db, url: str) -> int:
    row = db.execute("SELECT dead_count FROM pages WHERE url = ?", [url]).fetchone()
    return row[0] if row else 0


def is_retired(db, url: str) -> bool:
    row = db.execute("SELECT retired_at FROM pages WHERE url = ?", [url]).fetchone()
    return bool(row and row[0])


def retire(db, url: str, when: str, why: str, kind: str = "article") -> None:
    """Stop asking for `url`: it is no failure any more (the run that retires it reports it)."""
    with db.atomic():
        db.execute("INSERT INTO pages (url, kind, last_attempt) VALUES (?, ?, ?) ON CONFLICT (url) DO NOTHING",
                   [url, kind, when])
        db.execute("UPDATE pages SET retired_at = ?, retired_why = ?, error = NULL WHERE url = ?", [when, why, url])


def failed_listings(db, site: str) -> list[str]:
    """Listing pages of `site` whose last fetch failed: asked again first thing next run."""
    where, params = _on_site(site)
    cur = db.execute(f"SELECT url FROM pages WHERE {where} AND kind = 'listing' AND error IS NOT NULL "
                     "AND retired_at IS NULL ORDER BY url", params)
    return [r[0] for r in cur.fetchall()]


def revalidation_batch(db, site: str, now: str, days: float) -> list[str]:
    """Tonight's stored articles of `site` to re-check, least recently confirmed first: ceil(stored /
    days) of them, or every one not confirmed for `days` if there are more. [] when days <= 0."""
    if not days or days <= 0:
        return []
    where, params = _on_site(site)
    total = db.execute(f"SELECT count(*) FROM articles WHERE {where} AND status = 'ok'", params).fetchone()[0]
    cutoff = (dt.datetime.fromisoformat(now) - dt.timedelta(days=days)).isoformat(timespec="seconds")
    overdue = db.execute(f"SELECT count(*) FROM articles WHERE {where} AND status = 'ok' AND last_seen <= ?",
                         params + [cutoff]).fetchone()[0]
    limit = max(math.ceil(total / days), overdue)
    cur = db.execute(f"SELECT url FROM articles WHERE {where} AND status = 'ok' ORDER BY last_seen, url LIMIT ?",
                     params + [limit])
    return [r[0] for r in cur.fetchall()]


def summary(db) -> dict:
    """For `pipeline.py stats`: pages whose last fetch failed, and links retired."""
    row = db.execute("SELECT sum(error IS NOT NULL), sum(retired_at IS NOT NULL) FROM pages").fetchone()
    return {"failed": row[0] or 0, "retired": row[1] or 0}
