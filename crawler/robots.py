"""robots.txt, read before any other request of a run and then applied to every request.

Scrapy's own RobotsTxtMiddleware fetches robots.txt lazily and, while it is in flight, lets requests
already queued through unchecked (scrapy/scrapy#6802): a Disallowed listing was fetched and stored.
So the crawl reads robots.txt itself, first, and Scrapy starts only once the rules are known; the
rules are then checked on every request and every redirect hop (`crawler.policy`), and its
Crawl-delay becomes plain Scrapy settings (no private downloader attributes).

What an answer means follows RFC 9309: 2xx → its rules; 4xx → no rules (allow all); 5xx, no answer,
a timeout or a redirect off the site → unreachable, so nothing may be crawled (`RobotsUnavailable`,
the run fails). Redirects on the site are followed (at most 5); at most 512 KiB are read; every
read is bounded by the timeout and the whole fetch by three times it.
"""
from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urljoin

from protego import Protego

from . import urls

MAX_BYTES = 512 * 1024
MAX_REDIRECTS = 5


class RobotsUnavailable(RuntimeError):
    """robots.txt could not be read: per RFC 9309 the crawl must assume it disallows everything."""


@dataclass
class Robots:
    url: str
    status: int            # the final HTTP status
    text: str              # the rules as read ("" for a 4xx)
    user_agent: str

    def __post_init__(self):
        self._rules = Protego.parse(self.text)

    def allowed(self, url: str) -> bool:
        return self._rules.can_fetch(url, self.user_agent)

    @property
    def crawl_delay(self) -> float | None:
        delay = self._rules.crawl_delay(self.user_agent)
        return float(delay) if delay is not None else None


class _StayOnSite(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def __init__(self, site: str):
        self.site = site

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        target = urljoin(req.full_url, newurl)
        if not urls.on_site(target, self.site):
            raise RobotsUnavailable(f"{req.full_url} redirects to another host ({target}); refused")
        return super().redirect_request(req, fp, code, msg, headers, target)


def _read(response, deadline: float) -> bytes:
    chunks, size = [], 0
    while size < MAX_BYTES:
        if time.monotonic() > deadline:
            raise socket.timeout("timed out")
        chunk = response.read(min(16384, MAX_BYTES - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def fetch(site: str, user_agent: str, timeout: float, attempts: int = 2, pause: float = 2.0) -> Robots:
    """Read `site`/robots.txt: a 5xx or no answer is tried `attempts` times (`pause` seconds after a
    5xx, which asks us to back off; at once after no answer, which has waited `timeout` already)."""
    url = site.rstrip("/") + "/robots.txt"
    opener = urllib.request.build_opener(_StayOnSite(site))
    problem = ""
    for attempt in range(attempts):
        if attempt and problem.startswith("HTTP"):
            time.sleep(pause)
        deadline = time.monotonic() + 3 * timeout
        request = urllib.request.Request(url, headers={"User-Agent": user_agent})
        try:
            with opener.open(request, timeout=timeout) as response:
                body = _read(response, deadline)
                text = body.decode("utf-8", errors="replace")
                return Robots(url, response.status, text, user_agent)
        except urllib.error.HTTPError as e:
            if 400 <= e.code < 500:
                return Robots(url, e.code, "", user_agent)
            problem = f"HTTP {e.code}"
        except RobotsUnavailable:
            raise
        except (socket.timeout, TimeoutError):
            problem = f"no answer within {timeout:g}s (timed out)"
        except (urllib.error.URLError, OSError, ValueError) as e:
            reason = getattr(e, "reason", e)
            problem = "timed out" if isinstance(reason, (socket.timeout, TimeoutError)) else str(reason)
    raise RobotsUnavailable(f"{url}: {problem}; by RFC 9309 nothing may be crawled")
