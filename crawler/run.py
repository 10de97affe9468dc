"""`crawl()`: one crawl of the site into the database, Scrapy run in-process.

Scrapy's reactor cannot be restarted, so `crawl()` runs once per process (`pipeline.py` calls it
once; tests run it in a subprocess). Everything the crawl learns is written as it goes, one
transaction per page, so a killed crawl loses at most the page in flight and the next run resumes
from the database.
"""
from __future__ import annotations

import logging
import signal
from typing import Callable

from . import settings as crawl_settings
from .state import CrawlState

log = logging.getLogger(__name__)

SECTIONS = ("tintucsukien", "quyetdinhkhen", "gopydthaos")


class _ScrapyLevel(logging.Filter):
    """Scrapy sets its loggers to DEBUG and logs a banner when it starts; under the caller's own
    handlers only records at LOG_LEVEL and above should get through."""

    def __init__(self, level: str):
        super().__init__()
        self.level = logging.getLevelName(level)

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.name.split(".")[0] in ("scrapy", "twisted", "py") and record.levelno < self.level)


def crawl(db, site: str, delay: float | None = None, full: bool = False,
          sections=SECTIONS, max_pages: int = 5000,
          progress: Callable[[dict], None] | None = None, *,
          timeout: float | None = None, revalidate_days: float = 7.0, revalidate_max: int = 50,
          settings: dict | None = None) -> dict:
    """Crawl `site` (e.g. `https://thiduakhenthuong.langson.gov.vn`) into `db`
    (a sqlite_utils.Database from `storage.connect`).

    delay:     seconds between requests; None = robots.txt Crawl-delay (else 1 s).
    full:      page every listing to the end and re-validate every stored article (conditional GETs).
    max_pages: at most this many listing + article requests (retries and robots.txt not counted).
    progress:  called with a dict per page: kind, url, outcome, requests and the running counts.
    timeout:   seconds for one response (default 20). revalidate_*: see `crawler.state`.
    settings:  extra Scrapy settings (tests shorten RETRY_BACKOFF_*).

    Returns {pages_fetched, not_modified, articles_new, articles_changed, articles_unchanged, gone,
    errors: [{url, error}], listing_pages, disallowed, capped}. Raises RuntimeError when Scrapy
    could not start at all (a page that fails is an entry in `errors`, not an exception).
    """
    from scrapy.crawler import CrawlerProcess

    from .spider import SiteSpider

    site = site.rstrip("/")
    state = CrawlState(db, site, full=full, max_pages=max_pages, revalidate_days=revalidate_days,
                       revalidate_max=revalidate_max, progress=progress)
    conf = crawl_settings.build(delay=delay, timeout=timeout, **(settings or {}))
    # A caller that configured logging keeps it (we only set levels); otherwise Scrapy's handler
    # prints warnings and errors at LOG_LEVEL.
    root_handlers = list(logging.getLogger().handlers)
    conf["LOG_INSTALL_ROOT_HANDLER"] = not root_handlers
    quiet = _ScrapyLevel(conf["LOG_LEVEL"])
    for h in root_handlers:
        h.addFilter(quiet)
    failures: list = []
    # Scrapy turns SIGINT/SIGTERM into "stop the reactor"; once the crawl is over that would make the
    # rest of the caller's run (extraction, loading) deaf to Ctrl-C and systemd's stop.
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        process = CrawlerProcess(conf)
        deferred = process.crawl(SiteSpider, site=site, sections=sections, state=state, fixed_delay=delay)
        deferred.addErrback(lambda f: failures.append(f))
        process.start(install_signal_handlers=True)
    finally:
        for h in root_handlers:
            h.removeFilter(quiet)
        for sig, handler in saved.items():
            if handler is not None:
                signal.signal(sig, handler)
    if failures:
        raise RuntimeError(f"crawl could not run: {failures[0].getErrorMessage()}")
    counts = state.counts
    log.info("crawl of %s: %s", site, {k: v for k, v in counts.items() if k != "errors"})
    return counts
