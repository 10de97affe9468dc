"""The site's URL shapes, in one place.

One Drupal node answers at several addresses: `/vi/<section>/<slug>` (the alias, what we store),
`/vi/node/N` (a 301 to the alias) and `/en/<section>/<slug>` (the same node under the English
prefix). Storing the alias only is what makes "one row per article" hold. Links to other hosts are
never ours; the scheme and port are always the crawled site's, so a site that links itself over
http while crawled over https does not split into two sets of keys.

`check_site` says what a --site must be (an http(s) address of a host, nothing after it) and
`on_site` what the crawl may ever request: the site's own host and port, on every hop.
"""
from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from w3lib.url import safe_url_string

ARTICLE_PATH = re.compile(r"^/(?:vi|en)/([A-Za-z0-9_-]+)/([^/?#]+?)/?$")
NODE_PATH = re.compile(r"^/(?:vi/|en/)?node/(\d+)/?$")
# First path segments under /vi/ that are never article sections.
NOT_SECTIONS = {"node", "user", "taxonomy", "search", "admin", "comment", "filter", "sites", "rss.xml"}
MAX_NODE_ID = 2 ** 63 - 1   # a larger "node id" is no node (and no SQLite integer)
DEFAULT_PORTS = {"http": 80, "https": 443}


class SiteError(ValueError):
    """--site is not an address the crawl can use; the message is one line for the user."""


def check_site(site: str) -> str:
    """`site` as `scheme://host[:port]`, or SiteError: http or https, a host, a valid port, and no
    path, query, fragment or user name (the crawl builds every address from the site's root)."""
    text = (site or "").strip()
    want = "--site must be the http(s) address of the site's host, like https://thiduakhenthuong.langson.gov.vn"
    parts = urlsplit(text)
    if parts.scheme.lower() not in DEFAULT_PORTS or not parts.hostname:
        raise SiteError(f"{want}; not {text!r}")
    try:
        parts.port
    except ValueError:
        raise SiteError(f"{want}; {text!r} has no valid port") from None
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username or parts.password:
        raise SiteError(f"{want}, with nothing after the host; not {text!r}")
    return origin(text)


def _port(parts) -> int | None:
    try:
        return parts.port or DEFAULT_PORTS.get(parts.scheme.lower())
    except ValueError:
        return None


def on_site(url: str, site: str) -> bool:
    """Is `url` on `site`'s host and port? The scheme may go from http to https on the default ports
    (a site that moves to TLS); any other host — another name for the same machine, another port,
    an internal address — is not the site."""
    u, s = urlsplit(url), urlsplit(site)
    if u.scheme.lower() not in DEFAULT_PORTS or (u.hostname or "") != (s.hostname or ""):
        return False
    up, sp = _port(u), _port(s)
    if up is None or sp is None:
        return False
    return up == sp or (up == DEFAULT_PORTS[u.scheme.lower()] and sp == DEFAULT_PORTS[s.scheme.lower()])


def origin(url: str) -> str:
    """`https://Host:8080/a/b?c` -> `https://host:8080`."""
    p = urlsplit(url)
    return f"{p.scheme}://{p.netloc.lower()}"


def article_url(href: str | None, base: str) -> str | None:
    """The stored form of an article address, or None when `href` is not one.

    `href` is resolved against `base`; a link to another host is not ours (None). Only the path
    is kept and put on `base`'s origin, so http/https or port variants of the site's own host give
    one key. `/en/<section>/<slug>` becomes `/vi/<section>/<slug>`; `/vi/node/N` is not an alias.
    """
    if not href:
        return None
    parts = urlsplit(urljoin(base, href.strip()))
    if (parts.hostname or "") != (urlsplit(base).hostname or ""):
        return None
    path = parts.path
    m = ARTICLE_PATH.match(path)
    if not m or m.group(1).lower() in NOT_SECTIONS:
        return None
    return safe_url_string(f"{origin(base)}/vi/{m.group(1)}/{m.group(2)}")


def node_url(href: str | None, base: str) -> str | None:
    """`/vi/node/N` (absolute, on `base`'s origin) or None: followed through its redirect."""
    if not href:
        return None
    parts = urlsplit(urljoin(base, href.strip()))
    if (parts.hostname or "") != (urlsplit(base).hostname or ""):
        return None
    m = NODE_PATH.match(parts.path)
    return f"{origin(base)}/vi/node/{m.group(1)}" if m else None


def node_id(href: str | None) -> int | None:
    m = NODE_PATH.match(urlsplit(href or "").path)
    nid = int(m.group(1)) if m else None
    return nid if nid is not None and nid <= MAX_NODE_ID else None


def section_and_slug(url: str) -> tuple[str, str]:
    m = ARTICLE_PATH.match(urlsplit(url).path)
    if not m:
        raise ValueError(f"not an article url: {url}")
    return m.group(1), m.group(2)


def listing_url(site: str, section: str, page: int = 0) -> str:
    base = f"{site.rstrip('/')}/vi/{section}"
    return base if page == 0 else f"{base}?page={page}"
