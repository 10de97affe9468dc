"""HTML in, article dict out: plain functions, no Scrapy, so every rule is unit-testable on a file.

The site is Drupal 7. An article is the node's body field (`field-name-body` / `content:encoded`)
with `&nbsp;`-indented paragraphs, centred images followed by an italic caption ("Ảnh: …"), and a
right-aligned last paragraph `<strong>Name</strong><br/>Unit` that signs the article. The sign-off
is metadata, not text: facts are extracted from `body`, and a reporter's name next to a unit name
would read like a fact. Captions stay in the body where they stand (they name units too) and are
also listed apart.

When the markup is not that theme (no Drupal body field), `crawler.fallback` lets trafilatura find
the text, and the dict says `parser="fallback"`.
"""
from __future__ import annotations

import re

from urllib.parse import urljoin, urlsplit

import lxml.html

from extract.normalize import clean

from . import urls
from .blocks import body_blocks, norm_text, split_blocks
from .dates import normalize_iso, parse_drupal_date

PARSER_VERSION = "drupal7-1"

_CLASS = "contains(concat(' ', normalize-space(@class), ' '), ' {} ')"


class ParseError(ValueError):
    """The page is not an article we can store (no address, no title or no text)."""


class OffsiteCanonical(ParseError):
    """The page names an address on another host as its canonical one: it is that host's page."""


def html_tree(html: str | bytes) -> lxml.html.HtmlElement:
    """Parse HTML that may carry an XML/meta encoding declaration (lxml refuses those on str)."""
    data = html.encode("utf-8") if isinstance(html, str) else html
    parser = lxml.html.HTMLParser(encoding="utf-8" if isinstance(html, str) else None)
    return lxml.html.document_fromstring(data, parser=parser)


def has_class(name: str) -> str:
    return _CLASS.format(name)


def first(tree, *xpaths: str):
    for xp in xpaths:
        found = tree.xpath(xp)
        for v in found:
            v = v if isinstance(v, str) else v.text_content()
            if v and v.strip():
                return v.strip()
    return None


# ---------------------------------------------------------------- article
def page_url(tree, request_url: str) -> str | None:
    """The alias of the node: canonical link, RDF `about`, og:url, else the request URL. A canonical
    link to another host raises OffsiteCanonical (the page is refused, not stored under our host)."""
    for href in tree.xpath("//link[@rel='canonical']/@href"):
        target = urljoin(request_url, href.strip())
        if (urlsplit(target).hostname or "") != (urlsplit(request_url).hostname or ""):
            raise OffsiteCanonical(f"its canonical link is on another host ({target})")
    for href in tree.xpath(
        "//link[@rel='canonical']/@href"
        " | //*[@typeof and @about and starts-with(@id, 'node-')]/@about"
        " | //meta[@property='og:url']/@content"
    ):
        u = urls.article_url(href, request_url)
        if u:
            return u
    return urls.article_url(request_url, request_url)


def page_nid(tree) -> int | None:
    for href in tree.xpath("//link[@rel='shortlink']/@href"):
        nid = urls.node_id(href)
        if nid:
            return nid
    m = re.search(r"\bpage-node-(\d+)\b", " ".join(tree.xpath("//body/@class")))
    if m:
        return int(m.group(1))
    for ident in tree.xpath("//*[starts-with(@id, 'node-')]/@id"):
        if ident[5:].isdigit():
            return int(ident[5:])
    for v in tree.xpath("//*[@data-history-node-id]/@data-history-node-id"):
        if v.strip().isdigit():
            return int(v)
    return None


def page_title(tree) -> str | None:
    title = first(
        tree,
        "//h1[@id='page-title']",
        "//*[@property='dc:title']/@content",
        "//meta[@property='og:title']/@content",
        "//h1",
    )
    if not title:
        raw = first(tree, "//title")
        title = raw.rsplit(" | ", 1)[0] if raw else None
    return " ".join(norm_text(title).split()) if title else None


def page_published(tree, scope) -> str | None:
    """RDF `content` (exact, with offset), else the 'Submitted by … on T5, m/d/Y - H:M' line,
    else the 'Create:' field, else generic meta/time markup."""
    rdf = scope.xpath(
        ".//*[@content][contains(concat(' ', normalize-space(@property), ' '), ' dc:date ')"
        " or contains(concat(' ', normalize-space(@property), ' '), ' dc:created ')]/@content"
    )
    for v in rdf:
        iso = normalize_iso(v)
        if iso:
            return iso
    for xp in (
        f".//*[{has_class('submitted')}]",
        f".//*[{has_class('field-name-post-date')}]//*[{has_class('field-item')}]",
        f".//*[{has_class('field-name-post-date')}]",
    ):
        for el in scope.xpath(xp):
            iso = parse_drupal_date(clean(el.text_content()))
            if iso:
                return iso
    for v in tree.xpath("//meta[@property='article:published_time']/@content | //time/@datetime"):
        iso = normalize_iso(v)
        if iso:
            return iso
    return None


def drupal_body(tree):
    """The body field's container(s), or [] when the page is not the Drupal 7 theme."""
    found = tree.xpath("//*[@property='content:encoded']")
    if not found:
        found = tree.xpath(f"//*[{has_class('field-name-body')}]//*[{has_class('field-item')}]")
    return found


def parse_article(html: str, url: str) -> dict:
    """One article page -> the README's article dict. `url` is the address it was fetched from
    (redirects followed); the stored `url` is the node's alias on that site."""
    tree = html_tree(html)
    canonical = page_url(tree, url)
    if not canonical:
        raise ParseError(f"no article address for {url}")
    section, slug = urls.section_and_slug(canonical)
    containers = drupal_body(tree)
    if containers:
        scope = (tree.xpath(f"//*[starts-with(@id, 'node-') and {has_class('node')}]") or [tree])[0]
        blocks = [b for c in containers for b in body_blocks(c)]
        paragraphs, captions, author = split_blocks(blocks)
        title = page_title(tree)
        published = page_published(tree, scope)
        parser = "drupal7"
    else:
        from .fallback import parse_fallback

        fb = parse_fallback(html, url, tree)
        paragraphs, captions, author = fb["paragraphs"], fb["captions"], fb["author"]
        title = page_title(tree) or fb["title"]
        published = page_published(tree, tree) or fb["published"]
        parser = "fallback"
    if not title:
        raise ParseError(f"no title in {url}")
    if not paragraphs:
        raise ParseError(f"no body text in {url}")
    return {
        "url": canonical,
        "nid": page_nid(tree),
        "section": section,
        "slug": slug,
        "title": title,
        "published": published,
        "author": author,
        "paragraphs": paragraphs,
        "captions": captions,
        "body": "\n\n".join(paragraphs),
        "html": html,
        "parser": parser,
    }


# ---------------------------------------------------------------- listing
def parse_listing(html: str, url: str) -> tuple[list[str], str | None]:
    """A section listing -> (article URLs in listing order, next listing page or None).

    Rows are Drupal Views rows (`views-row`); their title link is the article. Without rows (an
    unknown theme), links in the main content to the listing's own section are taken instead.
    Article URLs are aliases (`/en/` twins folded to `/vi/`) or `/vi/node/N` to be redirected.
    """
    tree = html_tree(html)
    found: list[str] = []

    def add(href):
        u = urls.article_url(href, url) or urls.node_url(href, url)
        if u and u not in found:
            found.append(u)
            return True
        return False

    rows = tree.xpath(f"//*[{has_class('views-row')}]")
    for row in rows:
        hrefs = row.xpath(
            f".//*[{has_class('views-field-title')}]//a/@href | .//h2//a/@href | .//h3//a/@href"
        ) or row.xpath(".//a/@href")
        for href in hrefs:
            if add(href):
                break
    if not rows:
        m = re.match(r"^/vi/([^/?#]+)", urlsplit(url).path)
        section = m.group(1) if m else None
        main = tree.xpath("//main | //*[@id='content'] | //*[@role='main']") or [tree]
        for href in main[0].xpath(".//a/@href"):
            u = urls.article_url(href, url)
            if u and section and urls.section_and_slug(u)[0] == section:
                add(href)
    nxt = first(
        tree,
        f"//*[{has_class('pager-next')}]//a/@href",
        f"//*[{has_class('pager__item--next')}]//a/@href",
        "//a[@rel='next']/@href",
        "//link[@rel='next']/@href",
    )
    next_url = urljoin(url, nxt) if nxt else None
    return found, next_url if next_url != url else None


def looks_truncated(html: str) -> bool:
    """A page cut short in transfer (or by a broken proxy) lacks its closing `</html>`; storing it
    would replace a good version with half an article."""
    return "</html>" not in html[-4096:].lower()
