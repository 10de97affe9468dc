"""Scrapy settings as data: the crawl's manners toward a small provincial government server.

One request at a time to the host, spaced by the robots.txt Crawl-delay (10 s on the Board's site;
robots.txt is read before Scrapy starts, see crawler/robots.py, and its delay becomes
DOWNLOAD_DELAY), a User-Agent that says who we are, robots.txt obeyed and the site's own host only
(crawler/policy.py, on every request and redirect hop), http(s) only, bounded page size and time
(DOWNLOAD_TIMEOUT bounds the connection and the whole answer of every request), retries of 5xx and
timeouts with growing pauses. No HTTP cache and no JOBDIR: what was seen is in our own SQLite
tables, and listings must always be read fresh.

POLICY holds the crawl's own defaults (the CLI options of `refresh` and `crawl` start from them).
"""
from __future__ import annotations

USER_AGENT = "tdkt-langson/0.1 (+https://github.com/tdkt-langson/tdkt-langson)"

DEFAULT_DELAY = 1.0     # seconds between requests when robots.txt sets no Crawl-delay
DEFAULT_TIMEOUT = 20.0  # seconds for one request: connecting and the whole answer

POLICY: dict = {
    "timeout": DEFAULT_TIMEOUT,
    "revalidate_days": 7.0,  # every stored article is re-checked (conditional GET) at least this often
    "retire_after": 3,       # 404/410 answers in a row before a link is retired (not asked again)
    "pager_patience": 3,     # listing pages in a row without a new link before paging stops
    "max_requests": 5000,    # listing and article requests per run (robots.txt and retries not counted)
}

SETTINGS: dict = {
    "BOT_NAME": "tdkt-langson",
    "USER_AGENT": USER_AGENT,
    "ROBOTSTXT_OBEY": False,             # obeyed by crawler.policy, with rules read before the crawl
    "DOWNLOAD_HANDLERS": {"ftp": None, "file": None, "s3": None, "data": None},  # http(s) only
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
        "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,  # lets dont_filter requests through
        "crawler.policy.SitePolicyMiddleware": 50,
        "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
        "crawler.spider.BackoffRetryMiddleware": 550,
    },
    # no state outside our database
    "HTTPCACHE_ENABLED": False,
    "TELNETCONSOLE_ENABLED": False,
    "LOG_LEVEL": "WARNING",
}


def build(delay: float | None = None, timeout: float | None = None, **overrides) -> dict:
    """The settings for one crawl: `delay` seconds between requests (the caller passes the robots.txt
    Crawl-delay when no delay was given; None: DEFAULT_DELAY). `overrides` are Scrapy setting names
    (tests shorten the backoff)."""
    s = dict(SETTINGS)
    s["DOWNLOADER_MIDDLEWARES"] = dict(SETTINGS["DOWNLOADER_MIDDLEWARES"])
    if delay is not None:
        s["DOWNLOAD_DELAY"] = float(delay)
    if timeout is not None:
        s["DOWNLOAD_TIMEOUT"] = float(timeout)
    s.update(overrides)
    return s
