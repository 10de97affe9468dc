"""The two rules every request obeys, checked in Scrapy's downloader on every hop (a redirect is a
new request and passes here again), whatever order the requests were scheduled in:

- the site boundary: only the site's own host and port (`urls.on_site`). A redirect to another host,
  another port of the same address, or another name of the machine (`localhost`) is refused — never
  fetched — and the spider records it (`Refused`);
- robots.txt, read before the crawl started (`crawler.robots`): a disallowed URL is not fetched
  (`Disallowed`).

Both are `IgnoreRequest`s, so they reach the request's errback, where the spider records them.
"""
from __future__ import annotations

from scrapy.exceptions import IgnoreRequest

from . import urls


class Refused(IgnoreRequest):
    """The request leaves the site (another host or port)."""


class Disallowed(IgnoreRequest):
    """robots.txt disallows the request."""


class SitePolicyMiddleware:
    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request):
        spider = self.crawler.spider
        hops = request.meta.get("redirect_urls") or []
        if not urls.on_site(request.url, spider.site):
            via = f" (redirected from {hops[-1]})" if hops else ""
            raise Refused(f"{request.url} is not on {spider.site}{via}")
        if not spider.robots.allowed(request.url):
            raise Disallowed(f"robots.txt disallows {request.url}")
        return None
