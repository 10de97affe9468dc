"""The Scrapy side of the crawl, kept thin: requests out, responses handed to parse functions and
to `CrawlState`, which decides what to fetch and writes the results.

Also here: the two pieces Scrapy lacks for a polite incremental crawl — robots.txt Crawl-delay
(applied to the download slot as soon as Scrapy's own robots.txt fetch is parsed, so robots.txt is
read once) and retries that pause, doubling, and honour Retry-After.
"""
from __future__ import annotations

import asyncio
import email.utils
import logging
import time
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from w3lib.encoding import html_to_unicode

from . import urls
from .parse import ParseError, looks_truncated, parse_article, parse_listing
from .state import CrawlState

log = logging.getLogger(__name__)

# Statuses handed to callbacks instead of being dropped (redirects stay with RedirectMiddleware;
# 5xx reach us only after the retries are spent).
HANDLED = [304, 400, 401, 403, 404, 408, 410, 429, 500, 502, 503, 504, 522, 524]
HTML_TYPES = ("text/html", "application/xhtml+xml")


class BackoffRetryMiddleware(RetryMiddleware):
    """RetryMiddleware that waits before each retry: RETRY_BACKOFF_BASE * 2**n seconds, or the
    server's Retry-After, capped at RETRY_BACKOFF_MAX. A 503 burst is ridden out, not hammered."""

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)

    def _pause(self, retry: scrapy.Request, response=None) -> float:
        wait = self.base * 2 ** (retry.meta.get("retry_times", 1) - 1)
        after = response.headers.get(b"Retry-After") if response is not None else None
        if after:
            text = after.decode("latin-1").strip()
            if text.isdigit():
                wait = max(wait, float(text))
            else:
                when = email.utils.parsedate_to_datetime(text) if text else None
                if when is not None:
                    wait = max(wait, when.timestamp() - time.time())
        return max(0.0, min(wait, self.cap))

    async def process_response(self, request, response):
        result = super().process_response(request, response)
        if isinstance(result, scrapy.Request):
            await asyncio.sleep(self._pause(result, response))
        return result

    async def process_exception(self, request, exception):
        result = super().process_exception(request, exception)
        if isinstance(result, scrapy.Request):
            await asyncio.sleep(self._pause(result))
        return result


def decode_html(body: bytes, content_type: str | None) -> str:
    """Bytes -> text. UTF-8 when the bytes are UTF-8 whatever the headers claim (Vietnamese pages
    mislabelled ISO-8859-1 are common); else the declared or detected charset. Raises ValueError
    when the result is full of undecodable characters (a wrong charset we cannot repair)."""
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    _, text = html_to_unicode(content_type, body)
    if text.count("\ufffd") > max(3, len(text) // 1000):
        raise ValueError("undecodable text: wrong or missing charset")
    return text


class SiteSpider(scrapy.Spider):
    name = "tdkt"

    def __init__(self, site: str, sections, state: CrawlState, fixed_delay: float | None = None,
                 **kwargs):
        super().__init__(**kwargs)
        self.site = site.rstrip("/")
        self.sections = list(sections)
        self.state = state
        self.fixed_delay = fixed_delay
        self.allowed_domains = [urlsplit(self.site).hostname]

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider._robots_parsed, signal=signals.robots_parsed)
        return spider

    def _robots_parsed(self, robotparser, request):
        """Apply robots.txt Crawl-delay to the host's download slot (unless a delay was given)."""
        if self.fixed_delay is not None or not hasattr(robotparser, "crawl_delay"):
            return
        delay = robotparser.crawl_delay(self.settings.get("USER_AGENT"))
        if delay is None:
            return
        downloader = self.crawler.engine.downloader
        downloader._delay = float(delay)  # slots created later (after an idle gc) get it too
        for slot in downloader.slots.values():
            slot.delay = float(delay)
        log.info("robots.txt Crawl-delay: %s s", delay)

    # ------------------------------------------------------------ requests
    def _article_request(self, url: str, conditional: bool = True):
        if not self.state.take(url):
            return None
        headers = self.state.headers(url) if conditional else {}
        return scrapy.Request(url, callback=self.on_article, errback=self.on_error, headers=headers,
                              meta={"handle_httpstatus_list": HANDLED, "kind": "article"},
                              dont_filter=True)

    def _listing_request(self, url: str, section: str, page: int, first_url: str):
        if not self.state.take(url):
            return None
        return scrapy.Request(url, callback=self.on_listing, errback=self.on_error, priority=10,
                              meta={"handle_httpstatus_list": HANDLED, "kind": "listing",
                                    "section": section, "page": page, "first": first_url},
                              dont_filter=True)

    async def start(self):
        for section in self.sections:
            first = urls.listing_url(self.site, section)
            req = self._listing_request(first, section, 0, first)
            if req:
                yield req
        for url in self.state.initial_articles():
            req = self._article_request(url)
            if req:
                yield req

    # ------------------------------------------------------------ callbacks
    def on_listing(self, response):
        m = response.meta
        if response.status in (404, 410):
            if m["page"] == 0:
                self.state.listing_missing(response.url, response.status)
            else:
                self.state.failed(response.url, "listing", response.status, f"HTTP {response.status}")
            return
        if response.status != 200:
            self.state.failed(response.url, "listing", response.status, f"HTTP {response.status}")
            return
        try:
            text = self._text(response)
            links, next_url = parse_listing(text, response.url)
        except Exception as e:  # noqa: BLE001 - any page we cannot read is recorded, not lost
            if not isinstance(e, ValueError):
                log.exception("listing %s", response.url)
            self.state.failed(response.url, "listing", response.status, f"{type(e).__name__}: {e}"[:500])
            return
        self.state.listing_ok(response.url, response.status, len(links))
        had_unknown = False
        for link in links:
            fetch, unknown = self.state.listed(link)
            had_unknown |= unknown
            if fetch:
                req = self._article_request(fetch)
                if req:
                    yield req
        if next_url is None:
            self.state.section_walked(m["first"], m["section"], m["page"] + 1)
        elif urls.origin(next_url) == urls.origin(self.site) and self.state.keep_paging(m["first"], had_unknown):
            req = self._listing_request(next_url, m["section"], m["page"] + 1, m["first"])
            if req:
                yield req

    def on_article(self, response):
        requested = response.request.meta.get("redirect_urls", [response.url])[0]
        if response.status == 304:
            self.state.not_modified(requested, self._header(response, b"ETag"),
                                    self._header(response, b"Last-Modified"))
            return
        if response.status in (404, 410):
            self.state.gone(requested, response.status)
            return
        if response.status != 200:
            self.state.failed(requested, "article", response.status, f"HTTP {response.status}")
            return
        try:
            text = self._text(response)
            if looks_truncated(text):
                raise ValueError("truncated HTML (no </html>)")
            art = parse_article(text, response.url)
        except (ValueError, ParseError) as e:
            self.state.failed(requested, "article", response.status, str(e))
            return
        except Exception as e:  # noqa: BLE001 - a parser bug costs one page, recorded and retried
            log.exception("article %s", response.url)
            self.state.failed(requested, "article", response.status, f"{type(e).__name__}: {e}"[:500])
            return
        self.state.article(requested, response.url, art, self._header(response, b"ETag"),
                           self._header(response, b"Last-Modified"))

    def on_error(self, failure):
        request = failure.request
        url = request.meta.get("redirect_urls", [request.url])[0]
        if failure.check(IgnoreRequest):
            self.state.disallowed(url, str(failure.value) or "ignored")
            return
        kind = request.meta.get("kind", "article")
        message = f"{type(failure.value).__name__}: {failure.value}".strip()
        self.state.failed(url, kind, None, message[:500])

    # ------------------------------------------------------------ helpers
    @staticmethod
    def _header(response, name: bytes) -> str | None:
        v = response.headers.get(name)
        return v.decode("latin-1") if v else None

    def _text(self, response) -> str:
        ctype = self._header(response, b"Content-Type")
        if ctype and not ctype.split(";")[0].strip().lower() in HTML_TYPES:
            raise ValueError(f"not HTML: {ctype}")
        return decode_html(response.body, ctype)
