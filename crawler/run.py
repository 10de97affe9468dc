"""`crawl()`: one crawl of the site into the database, Scrapy run in-process.

Scrapy's reactor cannot be restarted, so `crawl()` runs once per process (`pipeline.py` calls it
once; tests run it in a subprocess). Everything the crawl learns is written as it goes, one
transaction per page, so a killed crawl loses at most the page in flight and the next run resumes
from the database.

Order of a crawl: the --site is checked (http(s), a host, nothing after it); robots.txt is read
(crawler/robots.py) before any other request, and an unreadable one stops the crawl; Scrapy then runs
with the robots.txt Crawl-delay as its DOWNLOAD_DELAY. SIGTERM or SIGINT stops it gracefully (pages in
flight get a few seconds, then the reactor stops; a second signal stops it at once) and the counts
say `interrupted`.
"""
from __future__ import annotations

import logging
import signal
import time
from typing import Callable

from . import robots as robots_txt
from . import settings as crawl_settings
from . import urls
from .state import CrawlState

log = logging.getLogger(__name__)

SECTIONS = ("tintucsukien", "quyetdinhkhen", "gopydthaos")
GRACE_SECONDS = 5.0  # after a stop signal, pages in flight get this long before the reactor stops


class _ScrapyLevel(logging.Filter):
    """Scrapy sets its loggers to DEBUG and logs a banner when it starts; under the caller's own
    handlers only records at LOG_LEVEL and above should get through."""

    def __init__(self, level: str):
        super().__init__()
        self.level = logging.getLevelName(level)

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.name.split(".")[0] in ("scrapy", "twisted", "py") and record.levelno < self.level)


def crawl(db, site: str, delay: float | None = None, full: bool = False,
          sections=SECTIONS, max_pages: int | None = None,
          progress: Callable[[dict], None] | None = None, *,
          timeout: float | None = None, revalidate_days: float | None = None, retire_after: int | None = None,
          pager_patience: int | None = None, now: str | None = None, settings: dict | None = None) -> dict:
    """Crawl `site` (e.g. `https://thiduakhenthuong.langson.gov.vn`) into `db`
    (a sqlite_utils.Database from `storage.connect`). Unset options take `crawler.settings.POLICY`.

    delay:     seconds between requests; None = robots.txt Crawl-delay (else 1 s).
    full:      page every listing to the end and re-validate every stored article (conditional GETs).
    max_pages: at most this many listing + article requests (retries and robots.txt not counted).
    progress:  called with a dict per page: kind, url, outcome, requests and the running counts.
    timeout:   seconds for one request (connecting and the whole answer).
    revalidate_days, retire_after, pager_patience: see `crawler.state`.
    now:       the crawl's clock (ISO 8601), to simulate nights; default the real time.
    settings:  extra Scrapy settings (tests shorten RETRY_BACKOFF_*).

    Returns {pages_fetched, not_modified, articles_new, articles_changed, articles_unchanged, gone,
    revalidated, refused, retired, errors: [{url, error}], reported: [{url, what}], listing_pages,
    disallowed, skipped_retired, capped, robots, interrupted}. Raises urls.SiteError for a bad --site,
    robots.RobotsUnavailable when robots.txt cannot be read, RuntimeError when Scrapy could not start
    (a page that fails is an entry in `errors`, not an exception).
    """
    from scrapy.crawler import CrawlerProcess

    from .spider import SiteSpider

    policy = crawl_settings.POLICY
    site = urls.check_site(site)
    timeout = policy["timeout"] if timeout is None else timeout
    state = CrawlState(
        db, site, full=full, max_pages=policy["max_requests"] if max_pages is None else max_pages,
        revalidate_days=policy["revalidate_days"] if revalidate_days is None else revalidate_days,
        retire_after=policy["retire_after"] if retire_after is None else retire_after,
        pager_patience=policy["pager_patience"] if pager_patience is None else pager_patience,
        now=now, progress=progress)
    extra = dict(settings or {})
    robots = robots_txt.fetch(site, crawl_settings.USER_AGENT, timeout,
                              pause=float(extra.get("RETRY_BACKOFF_BASE", crawl_settings.SETTINGS["RETRY_BACKOFF_BASE"])))
    read_at = time.monotonic()
    state.robots(robots)
    if delay is None:
        delay = robots.crawl_delay if robots.crawl_delay is not None else crawl_settings.DEFAULT_DELAY
        log.info("robots.txt Crawl-delay: %s s", delay)
    conf = crawl_settings.build(delay=delay, timeout=timeout, **extra)
    time.sleep(max(0.0, delay - (time.monotonic() - read_at)))  # robots.txt was a request too
    # A caller that configured logging keeps it (we only set levels); otherwise Scrapy's handler
    # prints warnings and errors at LOG_LEVEL.
    root_handlers = list(logging.getLogger().handlers)
    conf["LOG_INSTALL_ROOT_HANDLER"] = not root_handlers
    quiet = _ScrapyLevel(conf["LOG_LEVEL"])
    for h in root_handlers:
        h.addFilter(quiet)
    failures: list = []
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        process = CrawlerProcess(conf)
        deferred = process.crawl(SiteSpider, site=site, sections=sections, state=state, robots=robots)
        deferred.addErrback(lambda f: failures.append(f))
        _stop_on_signals(process, state)
        process.start(install_signal_handlers=False)
    finally:
        for h in root_handlers:
            h.removeFilter(quiet)
        for sig, handler in saved.items():
            if handler is not None:
                signal.signal(sig, handler)
    if failures:
        raise RuntimeError(f"crawl could not run: {failures[0].getErrorMessage()}")
    counts = state.counts
    log.info("crawl of %s: %s", site, {k: v for k, v in counts.items() if k not in ("errors", "reported")})
    return counts


def _stop_on_signals(process, state: CrawlState) -> None:
    """SIGTERM / SIGINT while Scrapy runs: note it in the counts, stop the crawl gracefully, and stop
    the reactor after GRACE_SECONDS (or at a second signal) whatever is still in flight."""
    from twisted.internet import reactor

    def force() -> None:
        if reactor.running:
            reactor.stop()

    def on_signal(signum, frame) -> None:
        if state.counts["interrupted"]:
            reactor.callFromThread(force)
            return
        state.counts["interrupted"] = signal.Signals(signum).name
        log.warning("%s: stopping the crawl", state.counts["interrupted"])
        reactor.callFromThread(process.stop)
        reactor.callFromThread(reactor.callLater, GRACE_SECONDS, force)

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, on_signal)
