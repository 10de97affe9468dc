"""What one crawl knows and writes down: which pages to ask for, and what became of each.

The spider stays a thin Scrapy shell; the decisions live here, against `storage.articles`:

- An article is fetched when it is unknown, when its last fetch failed, when it has not been
  confirmed for `revalidate_days` (at most `revalidate_max` per run, oldest first), or on a full
  crawl. Known articles are asked for conditionally (If-None-Match / If-Modified-Since from the
  last good fetch), so an unchanged one costs a 304 and no parsing.
- Known articles seen again in a listing are *not* re-fetched on an incremental run: the listing
  only proves they still exist. Edits inside old articles are caught by the revalidation above (or
  `--full`); a nightly run that finds nothing new costs robots.txt plus one listing page a section.
- A section listing is paged while its pages hold something unknown (new, or a gone article back),
  always to the end on a full crawl or while the section was never walked to its last page (so a
  first crawl that was interrupted completes next time).
"""
from __future__ import annotations

import datetime as dt
import logging
from typing import Callable

from storage import articles as store

from . import urls

log = logging.getLogger(__name__)

COUNT_KEYS = ("pages_fetched", "not_modified", "articles_new", "articles_changed",
              "articles_unchanged", "gone")


class CrawlState:
    def __init__(self, db, site: str, *, full: bool = False, max_pages: int = 5000,
                 revalidate_days: float = 7.0, revalidate_max: int = 50,
                 progress: Callable[[dict], None] | None = None):
        self.db, self.site, self.full = db, site.rstrip("/"), full
        self.max_pages = max_pages
        self.revalidate_days, self.revalidate_max = revalidate_days, revalidate_max
        self.progress = progress
        self.counts: dict = {k: 0 for k in COUNT_KEYS}
        self.counts.update(errors=[], listing_pages=0, disallowed=0, capped=False)
        self.scheduled: set[str] = set()
        self.stored_urls: set[str] = set()
        self.stored_nids: set[int] = set()
        self.requests = 0

    # ------------------------------------------------------------ planning
    def take(self, url: str) -> bool:
        """Reserve one request for `url`: False if already asked for this run or over the cap."""
        if url in self.scheduled:
            return False
        if self.requests >= self.max_pages:
            if not self.counts["capped"]:
                self.counts["capped"] = True
                self.error(None, f"max_pages={self.max_pages} reached; the rest waits for the next run")
            return False
        self.scheduled.add(url)
        self.requests += 1
        return True

    def initial_articles(self) -> list[str]:
        """Articles asked for before any listing: failed last time, stale, or all on a full crawl."""
        urls = store.failed_pages(self.db, self.site)
        if self.full:
            urls += store.site_articles(self.db, self.site)
        elif self.revalidate_days is not None and self.revalidate_max > 0:
            cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=self.revalidate_days)
            urls += store.stale_articles(self.db, self.site, cutoff.isoformat(timespec="seconds"),
                                         self.revalidate_max)
        return list(dict.fromkeys(urls))

    def listed(self, url: str) -> tuple[str | None, bool]:
        """An article link on a listing -> (URL to fetch or None, is it something we did not have?).
        A `/vi/node/N` link of a stored node is taken as its alias (no redirect, no duplicate)."""
        nid = urls.node_id(url)
        if nid is not None:
            alias = store.alias_of(self.db, self.site, nid)
            if alias is None:
                return url, True
            url = alias
        known = store.known_article(self.db, url)
        if known is None or known["status"] != "ok":
            return url, True
        return (url if self.full else None), False

    def headers(self, url: str) -> dict[str, str]:
        return store.validators(self.db, url)

    def keep_paging(self, listing_url: str, had_unknown: bool) -> bool:
        return self.full or had_unknown or not store.section_walked(self.db, listing_url)

    # ------------------------------------------------------------ outcomes
    def _event(self, kind: str, url: str | None, outcome: str) -> None:
        if self.progress:
            try:
                self.progress({"kind": kind, "url": url, "outcome": outcome,
                               "requests": self.requests, **{k: self.counts[k] for k in COUNT_KEYS}})
            except Exception:  # a progress display must never stop the crawl
                log.exception("progress callback failed")

    def error(self, url: str | None, message: str) -> None:
        self.counts["errors"].append({"url": url, "error": message})

    def listing_ok(self, url: str, status: int, n_links: int) -> None:
        self.counts["pages_fetched"] += 1
        self.counts["listing_pages"] += 1
        store.record_page(self.db, url, store.now(), kind="listing", status=status)
        self._event("listing", url, f"{n_links} articles")

    def listing_missing(self, url: str, status: int) -> None:
        """A section that does not exist on this site (404): noted, not an error."""
        store.record_page(self.db, url, store.now(), kind="listing", status=status)
        self._event("listing", url, f"missing ({status})")

    def section_walked(self, first_listing: str, section: str, pages: int) -> None:
        store.mark_section_walked(self.db, first_listing, section, store.now(), pages)

    def article(self, requested: str, fetched_url: str, art: dict, etag: str | None,
                last_modified: str | None) -> str:
        """A parsed 200 article -> new | changed | unchanged | duplicate."""
        url, nid = art["url"], art.get("nid")
        when = store.now()
        self.counts["pages_fetched"] += 1
        with self.db.atomic():  # the article and its validators land together or not at all
            if url in self.stored_urls or (nid is not None and nid in self.stored_nids):
                outcome = "duplicate"
            else:
                outcome = store.store_article(self.db, art, when)
            # Validators describe the resource that was fetched; keep them only for the alias itself.
            same = fetched_url == url
            store.record_page(self.db, url, when, status=200,
                              etag=etag if same else None, last_modified=last_modified if same else None)
            if requested != url:
                store.record_page(self.db, requested, when, status=200)
        if outcome != "duplicate":
            self.stored_urls.add(url)
            if nid is not None:
                self.stored_nids.add(nid)
            self.counts[f"articles_{outcome}"] += 1
        self._event("article", url, outcome)
        return outcome

    def not_modified(self, url: str, etag: str | None, last_modified: str | None) -> None:
        when = store.now()
        self.counts["not_modified"] += 1
        self.stored_urls.add(url)
        store.touch_article(self.db, url, when)
        store.record_page(self.db, url, when, status=304, etag=etag, last_modified=last_modified)
        self._event("article", url, "not_modified")

    def gone(self, url: str, status: int) -> None:
        """404/410 for an article: a stored one is marked gone; an unknown one is a broken link."""
        when = store.now()
        if store.known_article(self.db, url) is not None:
            if store.mark_gone(self.db, url, when):
                self.counts["gone"] += 1
            store.record_page(self.db, url, when, status=status)
            self._event("article", url, "gone")
        else:
            self.failed(url, "article", status, f"HTTP {status}")

    def failed(self, url: str, kind: str, status: int | None, message: str) -> None:
        self.error(url, message)
        store.record_page(self.db, url, store.now(), kind=kind, status=status, error=message)
        self._event(kind, url, f"error: {message}")

    def disallowed(self, url: str, reason: str) -> None:
        self.counts["disallowed"] += 1
        self._event("skipped", url, reason)
