"""What one crawl knows and writes down: which pages to ask for, and what became of each.

The spider stays a thin Scrapy shell; the decisions live here, against `storage.articles` and
`storage.pages`:

- An article is fetched when it is unknown, when its last fetch failed, when tonight's re-validation
  batch holds it (`storage.pages.revalidation_batch`: every stored article at least once every
  `revalidate_days`, spread evenly over the nights), or on a full crawl. Known articles are asked for
  conditionally (If-None-Match / If-Modified-Since from the last good fetch), so an unchanged one
  costs a 304 and no parsing; an edit is stored as a new version, a 404 marks it gone.
- Known articles seen again in a listing are *not* re-fetched on an incremental run: the listing only
  proves they still exist. A nightly run that finds nothing new costs robots.txt, one listing page a
  section and the re-validation batch.
- A section listing is paged while its pages hold something unknown, always to the end on a full
  crawl or while the section was never walked to its last page (so an interrupted first crawl
  completes next time) — but never past `pager_patience` pages in a row without a link not already
  seen this run (an endless pager). A listing page that failed is asked again next run.
- A link that answered 404/410 `retire_after` times in a row, or that leads off the site, is retired:
  reported once, then not asked for again (a full crawl asks again).

Every request taken gets exactly one outcome; each outcome is written to the database, and one that
cannot be written is still counted as an error of the run. A request left without an outcome when
the crawl finishes is an error too: nothing is lost silently.
"""
from __future__ import annotations

import datetime as dt
import logging
from typing import Callable
from urllib.parse import parse_qs, urlsplit

from storage import articles as store
from storage import pages

from . import urls

log = logging.getLogger(__name__)

COUNT_KEYS = ("pages_fetched", "not_modified", "articles_new", "articles_changed",
              "articles_unchanged", "gone", "revalidated", "refused", "retired")


class CrawlState:
    def __init__(self, db, site: str, *, full: bool = False, max_pages: int = 5000,
                 revalidate_days: float = 7.0, retire_after: int = 3, pager_patience: int = 3,
                 now: str | None = None, progress: Callable[[dict], None] | None = None):
        self.db, self.site, self.full = db, site.rstrip("/"), full
        self.max_pages = max_pages
        self.revalidate_days, self.retire_after, self.pager_patience = revalidate_days, retire_after, pager_patience
        self.clock = dt.datetime.fromisoformat(now).astimezone(dt.timezone.utc).isoformat(timespec="seconds") \
            if now else None
        self.progress = progress
        self.counts: dict = {k: 0 for k in COUNT_KEYS}
        self.counts.update(errors=[], reported=[], listing_pages=0, listings_missing=0, disallowed=0,
                           skipped_retired=0, capped=False, interrupted=None)
        self.scheduled: set[str] = set()
        self.pending: set[str] = set()
        self.seen_links: set[str] = set()
        self.stored_urls: set[str] = set()
        self.stored_nids: set[int] = set()
        self.requests = 0

    def now(self) -> str:
        """The crawl's clock: real time, or the one given (tests and benchmarks simulate nights)."""
        return self.clock or store.now()

    # ------------------------------------------------------------ planning
    def take(self, url: str) -> bool:
        """Reserve one request for `url`: False if already asked for this run or over the cap."""
        if url in self.scheduled:
            return False
        if self.requests >= self.max_pages:
            if not self.counts["capped"]:
                self.counts["capped"] = True
                self.error(None, f"--max-requests {self.max_pages} reached; the rest waits for the next run")
            return False
        self.scheduled.add(url)
        self.pending.add(url)
        self.requests += 1
        return True

    def initial_listings(self, sections) -> list[tuple[str, str, int, str]]:
        """(url, section, page number, first page's url): each section's first page, then the listing
        pages whose last fetch failed."""
        out = [(urls.listing_url(self.site, s), s, 0, urls.listing_url(self.site, s)) for s in sections]
        for url in pages.failed_listings(self.db, self.site):
            parts = urlsplit(url)
            section = parts.path.rstrip("/").rsplit("/", 1)[-1]
            number = (parse_qs(parts.query).get("page") or ["0"])[0]
            if section in sections and number.isdigit():
                out.append((url, section, int(number), urls.listing_url(self.site, section)))
        return out

    def initial_articles(self) -> list[str]:
        """Articles asked for before any listing: failed last time, tonight's re-validation batch, or
        every stored one on a full crawl."""
        found = store.failed_pages(self.db, self.site)
        if self.full:
            found += store.site_articles(self.db, self.site)
        else:
            found += pages.revalidation_batch(self.db, self.site, self.now(), self.revalidate_days)
        return list(dict.fromkeys(found))

    def listed(self, url: str) -> tuple[str | None, bool, bool]:
        """An article link on a listing -> (URL to fetch or None, is it something we did not have?,
        is it a link not seen before this run?). A `/vi/node/N` link of a stored node is taken as its
        alias (no redirect, no duplicate); a retired link is not asked for (except on a full crawl)."""
        nid = urls.node_id(url)
        if nid is not None:
            url = store.alias_of(self.db, self.site, nid) or url
        new_link = url not in self.seen_links
        self.seen_links.add(url)
        if not self.full and pages.is_retired(self.db, url):
            self.counts["skipped_retired"] += 1
            return None, False, new_link
        known = store.known_article(self.db, url)
        if known is None or known["status"] != "ok":
            return url, True, new_link
        return (url if self.full else None), False, new_link

    def headers(self, url: str) -> dict[str, str]:
        """Conditional-request headers for a stored article (counted as a re-validation)."""
        found = store.validators(self.db, url)
        if found:
            self.counts["revalidated"] += 1
        return found

    def follow_pager(self, first: str, section: str, page: int, stale: int, had_unknown: bool,
                     had_new: bool) -> tuple[bool, int]:
        """After listing page `page`: ask for the next one? -> (yes/no, pages in a row without a new link)."""
        stale = 0 if had_new else stale + 1
        if stale >= self.pager_patience:
            self.report(first, f"pager stopped: {stale} listing pages in a row without a new link")
            self.section_walked(first, section, page + 1)
            return False, stale
        return self.full or had_unknown or not store.section_walked(self.db, first), stale

    # ------------------------------------------------------------ outcomes
    def _event(self, kind: str, url: str | None, outcome: str) -> None:
        if self.progress:
            try:
                self.progress({"kind": kind, "url": url, "outcome": outcome,
                               "requests": self.requests, **{k: self.counts[k] for k in COUNT_KEYS}})
            except Exception:  # a progress display must never stop the crawl
                log.exception("progress callback failed")

    def error(self, url: str | None, message: str) -> dict:
        entry = {"url": url, "error": message}
        self.counts["errors"].append(entry)
        return entry

    def report(self, url: str, what: str) -> None:
        """Something the run did on purpose and says so (a link retired, a redirect refused)."""
        self.counts["reported"].append({"url": url, "what": what})

    def robots(self, robots) -> None:
        self.counts["robots"] = robots.status
        try:
            store.record_page(self.db, robots.url, self.now(), kind="robots", status=robots.status)
        except Exception as e:  # noqa: BLE001 - counted, and the crawl goes on
            self.error(robots.url, f"{type(e).__name__}: {e}")

    def listing_ok(self, url: str, status: int, n_links: int) -> None:
        store.record_page(self.db, url, self.now(), kind="listing", status=status)
        self.pending.discard(url)
        self.counts["pages_fetched"] += 1
        self.counts["listing_pages"] += 1
        self._event("listing", url, f"{n_links} articles")

    def listing_missing(self, url: str, status: int) -> None:
        """A section that does not exist on this site (404 on its first page): noted, not an error."""
        store.record_page(self.db, url, self.now(), kind="listing", status=status)
        self.pending.discard(url)
        self.counts["listings_missing"] += 1
        self._event("listing", url, f"missing ({status})")

    def section_walked(self, first_listing: str, section: str, n_pages: int) -> None:
        store.mark_section_walked(self.db, first_listing, section, self.now(), n_pages)

    def article(self, requested: str, fetched_url: str, art: dict, etag: str | None,
                last_modified: str | None) -> str:
        """A parsed 200 article -> new | changed | unchanged | duplicate."""
        url, nid = art["url"], art.get("nid")
        when = self.now()
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
        self.pending.discard(requested)
        self.counts["pages_fetched"] += 1
        if outcome != "duplicate":
            self.stored_urls.add(url)
            if nid is not None:
                self.stored_nids.add(nid)
            self.counts[f"articles_{outcome}"] += 1
        self._event("article", url, outcome)
        return outcome

    def not_modified(self, url: str, etag: str | None, last_modified: str | None) -> None:
        when = self.now()
        with self.db.atomic():
            store.touch_article(self.db, url, when)
            store.record_page(self.db, url, when, status=304, etag=etag, last_modified=last_modified)
        self.pending.discard(url)
        self.counts["not_modified"] += 1
        self.stored_urls.add(url)
        self._event("article", url, "not_modified")

    def gone(self, url: str, status: int, kind: str = "article") -> None:
        """404/410: a stored article is marked gone; any other link is dead — an error until it has
        answered so `retire_after` times, then retired and reported."""
        when = self.now()
        if kind == "article" and store.known_article(self.db, url) is not None:
            with self.db.atomic():
                newly = store.mark_gone(self.db, url, when)
                store.record_page(self.db, url, when, status=status)
            self.pending.discard(url)
            self.counts["gone"] += int(newly)
            self._event("article", url, "gone")
            return
        answers = pages.dead_count(self.db, url) + 1
        if answers < self.retire_after:
            self.failed(url, kind, status, f"HTTP {status}")
            return
        store.record_page(self.db, url, when, kind=kind, status=status, error=f"HTTP {status}")
        self._retire(url, kind, f"retired: answered {status} {answers} times in a row")

    def refused(self, url: str, why: str, kind: str = "article") -> None:
        """The page leads off the site (a redirect or a canonical link to another host): not
        fetched there, not stored; the link is retired at once."""
        self.counts["refused"] += 1
        self._retire(url, kind, f"refused: {why}")

    def _retire(self, url: str, kind: str, why: str) -> None:
        pages.retire(self.db, url, self.now(), why, kind)
        self.pending.discard(url)
        self.counts["retired"] += why.startswith("retired")
        self.report(url, why)
        self._event(kind, url, why)

    def failed(self, url: str, kind: str, status: int | None, message: str) -> None:
        """A page that could not be handled: an error of this run, and asked again next run. Counted
        even when the database cannot take the note."""
        self.pending.discard(url)
        entry = self.error(url, message)
        try:
            store.record_page(self.db, url, self.now(), kind=kind, status=status, error=message)
        except Exception as e:  # noqa: BLE001 - the error stays counted in the run
            entry["error"] = f"{message} (not recorded in the database: {e})"
            log.warning("could not record the failure of %s: %s", url, e)
        self._event(kind, url, f"error: {message}")

    def disallowed(self, url: str, reason: str) -> None:
        self.pending.discard(url)
        self.counts["disallowed"] += 1
        self._event("skipped", url, reason)

    def finish(self, reason: str, sections: int) -> None:
        """The spider closed. Finished normally: a request without an outcome is an error, and so is
        a site where no section has a listing at all (a wrong --site, a site that moved)."""
        if reason == "finished":
            for url in sorted(self.pending):
                self.error(url, "the request ended without an answer or an outcome")
            if sections and self.counts["listings_missing"] == sections:
                self.error(self.site, f"none of the {sections} sections has a listing on this site (all 404)")
        self.pending.clear()
