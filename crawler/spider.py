"""The Scrapy side of the crawl, kept thin: requests out, responses handed to parse functions and
to `CrawlState`, which decides what to fetch and writes the results.

Every callback is guarded: whatever goes wrong while a page is handled (a parser bug, a link the
storage cannot take, a database error) becomes a recorded error of that page, never an exception
Scrapy would log and forget. Also here: retries that pause, doubling, and honour Retry-After (the
piece Scrapy lacks for a polite crawl).
"""
from __future__ import annotations

import asyncio
import email.utils
import logging
import time

import scrapy
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from w3lib.encoding import html_to_unicode

from . import urls
from .parse import OffsiteCanonical, ParseError, looks_truncated, parse_article, parse_listing
from .policy import Refused
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

    def __init__(self, site: str, sections, state: CrawlState, robots, **kwargs):
        super().__init__(**kwargs)
        self.site = site.rstrip("/")
        self.sections = list(sections)
        self.state = state
        self.robots = robots  # read before the crawl; crawler.policy applies it to every request

    def closed(self, reason: str) -> None:
        self.state.finish(reason, len(self.sections))

    # ------------------------------------------------------------ requests
    def _article_request(self, url: str):
        if not self.state.take(url):
            return None
        return scrapy.Request(url, callback=self.on_article, errback=self.on_error, headers=self.state.headers(url),
                              meta={"handle_httpstatus_list": HANDLED, "kind": "article"},
                              dont_filter=True)

    def _listing_request(self, url: str, section: str, page: int, first_url: str, stale: int = 0):
        if not self.state.take(url):
            return None
        return scrapy.Request(url, callback=self.on_listing, errback=self.on_error, priority=10,
                              meta={"handle_httpstatus_list": HANDLED, "kind": "listing", "section": section,
                                    "page": page, "first": first_url, "stale": stale},
                              dont_filter=True)

    async def start(self):
        for url, section, page, first in self.state.initial_listings(self.sections):
            req = self._listing_request(url, section, page, first)
            if req:
                yield req
        for url in self.state.initial_articles():
            req = self._article_request(url)
            if req:
                yield req

    # ------------------------------------------------------------ callbacks
    def _failed(self, url: str, kind: str, status: int | None, exc: Exception) -> None:
        if isinstance(exc, (ValueError, ParseError)):  # the page's fault, said plainly
            message = str(exc)
        else:  # ours (a bug, the database): with the traceback in the log
            log.exception("%s %s", kind, url)
            message = f"{type(exc).__name__}: {exc}"
        self.state.failed(url, kind, status, message[:500])

    def on_listing(self, response):
        requested = _requested(response)
        try:
            yield from self._listing(response, requested)
        except Exception as e:  # noqa: BLE001 - a listing we cannot handle is recorded and asked again
            self._failed(requested, "listing", response.status, e)

    def _listing(self, response, requested: str):
        m = response.meta
        if response.status in (404, 410):
            if m["page"] == 0:
                self.state.listing_missing(requested, response.status)
            else:
                self.state.gone(requested, response.status, kind="listing")
            return
        if response.status != 200:
            self.state.failed(requested, "listing", response.status, f"HTTP {response.status}")
            return
        links, next_url = parse_listing(self._text(response), response.url)
        self.state.listing_ok(requested, response.status, len(links))
        had_unknown = had_new = False
        for link in links:
            try:
                fetch, unknown, new = self.state.listed(link)
            except Exception as e:  # noqa: BLE001 - one bad link costs that link, not the listing
                self._failed(link, "article", None, e)
                continue
            had_unknown |= unknown
            had_new |= new
            req = self._article_request(fetch) if fetch else None
            if req:
                yield req
        if next_url is None:
            self.state.section_walked(m["first"], m["section"], m["page"] + 1)
            return
        follow, stale = self.state.follow_pager(m["first"], m["section"], m["page"], m["stale"], had_unknown, had_new)
        if follow and urls.on_site(next_url, self.site):
            req = self._listing_request(next_url, m["section"], m["page"] + 1, m["first"], stale)
            if req:
                yield req

    def on_article(self, response):
        requested = _requested(response)
        try:
            self._article(response, requested)
        except OffsiteCanonical as e:
            self.state.refused(requested, str(e))
        except Exception as e:  # noqa: BLE001 - a parser bug or a storage error costs one page, recorded
            self._failed(requested, "article", response.status, e)

    def _article(self, response, requested: str) -> None:
        if response.status == 304:
            self.state.not_modified(requested, self._header(response, b"ETag"), self._header(response, b"Last-Modified"))
            return
        if response.status in (404, 410):
            self.state.gone(requested, response.status)
            return
        if response.status != 200:
            self.state.failed(requested, "article", response.status, f"HTTP {response.status}")
            return
        text = self._text(response)
        if looks_truncated(text):
            raise ValueError("truncated HTML (no </html>)")
        art = parse_article(text, response.url)
        self.state.article(requested, response.url, art, self._header(response, b"ETag"),
                           self._header(response, b"Last-Modified"))

    def on_error(self, failure):
        request = failure.request
        url = request.meta.get("redirect_urls", [request.url])[0]
        kind = request.meta.get("kind", "article")
        try:
            if failure.check(Refused):
                self.state.refused(url, str(failure.value), kind)
            elif failure.check(IgnoreRequest):
                self.state.disallowed(url, str(failure.value) or "ignored")
            else:
                self.state.failed(url, kind, None, f"{type(failure.value).__name__}: {failure.value}".strip()[:500])
        except Exception as e:  # noqa: BLE001 - even recording the outcome can fail: still counted
            self._failed(url, kind, None, e)

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


def _requested(response) -> str:
    """The URL the request was made for (before redirects): the key of its outcome."""
    return response.request.meta.get("redirect_urls", [response.url])[0]
