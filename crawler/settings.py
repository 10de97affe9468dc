"""Scrapy settings as data: the crawl's manners toward a small provincial government server.

One request at a time to the host, spaced by the robots.txt Crawl-delay (10 s on the Board's site;
applied by the spider when robots.txt is read, since Scrapy itself ignores Crawl-delay), a
User-Agent that says who we are, robots.txt obeyed, bounded page size and time, retries of 5xx and
timeouts with growing pauses. No HTTP cache and no JOBDIR: what was seen is in our own SQLite
tables, and listings must always be read fresh.
"""
from __future__ import annotations

USER_AGENT = "tdkt-langson/0.1 (+https://github.com/tdkt-langson/tdkt-langson)"

DEFAULT_DELAY = 1.0     # seconds between requests when robots.txt sets no Crawl-delay
DEFAULT_TIMEOUT = 20.0  # seconds for one response

SETTINGS: dict = {
    "BOT_NAME": "tdkt-langson",
    "USER_AGENT": USER_AGENT,
    "ROBOTSTXT_OBEY": True,
    "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
    # politeness
    "DOWNLOAD_DELAY": DEFAULT_DELAY,
    "DOWNLOAD_DELAY_JITTER": 0,          # never go below the Crawl-delay
    "CONCURRENT_REQUESTS": 4,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 2,  # with a delay Scrapy sends one at a time anyway
    "AUTOTHROTTLE_ENABLED": False,
    "COOKIES_ENABLED": False,
    # bounds
    "DOWNLOAD_TIMEOUT": DEFAULT_TIMEOUT,
    "DOWNLOAD_MAXSIZE": 8 * 1024 * 1024,
    "DOWNLOAD_WARNSIZE": 2 * 1024 * 1024,
    "DOWNLOAD_FAIL_ON_DATALOSS": True,   # a short read is an error (and retried), never a page
    "REDIRECT_MAX_TIMES": 5,
    # retries: RetryMiddleware replaced by the same with a pause that doubles (and Retry-After)
    "RETRY_ENABLED": True,
    "RETRY_TIMES": 3,
    "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
    "RETRY_BACKOFF_BASE": 2.0,           # seconds before the first retry; doubled each time
    "RETRY_BACKOFF_MAX": 60.0,
    "RETRY_GIVE_UP_LOG_LEVEL": "WARNING",
    "DOWNLOADER_MIDDLEWARES": {
        "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
        "crawler.spider.BackoffRetryMiddleware": 550,
    },
    # no state outside our database
    "HTTPCACHE_ENABLED": False,
    "TELNETCONSOLE_ENABLED": False,
    "LOG_LEVEL": "WARNING",
}


def build(delay: float | None = None, timeout: float | None = None, **overrides) -> dict:
    """The settings for one crawl. `delay` None means: the robots.txt Crawl-delay, else
    DEFAULT_DELAY. `overrides` are Scrapy setting names (tests shorten the backoff)."""
    s = dict(SETTINGS)
    s["DOWNLOADER_MIDDLEWARES"] = dict(SETTINGS["DOWNLOADER_MIDDLEWARES"])
    if delay is not None:
        s["DOWNLOAD_DELAY"] = float(delay)
    if timeout is not None:
        s["DOWNLOAD_TIMEOUT"] = float(timeout)
    s.update(overrides)
    return s
