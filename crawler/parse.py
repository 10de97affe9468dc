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
from typing import NamedTuple

from urllib.parse import urljoin, urlsplit

import lxml.html

from extract.normalize import clean

from . import urls
from .dates import normalize_iso, parse_drupal_date

PARSER_VERSION = "drupal7-1"

BLOCK_TAGS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
    "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
    "figure", "figcaption", "section", "article", "header", "footer", "aside", "main", "nav",
    "center", "address", "hr",
}
SKIP_TAGS = {
    "script", "style", "noscript", "iframe", "form", "button", "select", "textarea", "template",
    "object", "embed", "video", "audio", "svg", "head", "title", "meta", "link",
}
CAPTION_RE = re.compile(
    r"^[(\[]?\s*(?:ảnh|hình ảnh|hình|clip)(?:\s+minh\s+họa)?\s*(?:[:.\-(]|$)", re.IGNORECASE
)
CREDIT_PREFIX = re.compile(
    r"^(?:(?:tin|bài|ảnh|video)(?:\s*(?:,|/|&|và)\s*(?:tin|bài|ảnh|video))*|theo)\s*:\s*",
    re.IGNORECASE,
)
_CLASS = "contains(concat(' ', normalize-space(@class), ' '), ' {} ')"


class ParseError(ValueError):
    """The page is not an article we can store (no address, no title or no text)."""


class OffsiteCanonical(ParseError):
    """The page names an address on another host as its canonical one: it is that host's page."""


class Block(NamedTuple):
    text: str
    image: bool        # holds an <img> (with or without text)
    align: str | None  # "left" | "center" | "right" | "justify" | None
    emphasis: bool     # all of its text is in <em>/<i>
    figcaption: bool


def html_tree(html: str | bytes) -> lxml.html.HtmlElement:
    """Parse HTML that may carry an XML/meta encoding declaration (lxml refuses those on str)."""
    data = html.encode("utf-8") if isinstance(html, str) else html
    parser = lxml.html.HTMLParser(encoding="utf-8" if isinstance(html, str) else None)
    return lxml.html.document_fromstring(data, parser=parser)


def has_class(name: str) -> str:
    return _CLASS.format(name)


def norm_text(text: str) -> str:
    """`clean()` each line, trim it, drop empty lines: `&nbsp; &nbsp;Chiều…` -> `Chiều…`."""
    lines = (line.strip() for line in clean(text).split("\n"))
    return "\n".join(line for line in lines if line)


def first(tree, *xpaths: str):
    for xp in xpaths:
        found = tree.xpath(xp)
        for v in found:
            v = v if isinstance(v, str) else v.text_content()
            if v and v.strip():
                return v.strip()
    return None


# ---------------------------------------------------------------- body blocks
def _inline(el, parts: list[str]) -> bool:
    """Append the text of an inline subtree (`<br>` -> newline); True if it holds an image."""
    image = False
    tag = el.tag if isinstance(el.tag, str) else None
    if tag == "br":
        parts.append("\n")
    elif tag == "img":
        image = True
    elif tag is not None and tag not in SKIP_TAGS:
        if el.text:
            parts.append(el.text)
        for child in el:
            image |= _inline(child, parts)
            if child.tail:
                parts.append(child.tail)
    return image


def _align(el, stop) -> str | None:
    while el is not None:
        style = (el.get("style") or "").replace(" ", "").lower()
        m = re.search(r"text-align:(left|center|right|justify)", style)
        if m:
            return m.group(1)
        m = re.search(r"\btext-align-(left|center|right|justify)\b", el.get("class") or "")
        if m:
            return m.group(1)
        if (el.get("align") or "").lower() in ("left", "center", "right", "justify"):
            return el.get("align").lower()
        if el.tag == "center":
            return "center"
        if el is stop:
            return None
        el = el.getparent()
    return None


def _emphasis(el, text: str) -> bool:
    em = "".join("".join(e.itertext()) for e in el.iter("em", "i"))
    return bool(text) and norm_text(em) == text


def body_blocks(container) -> list[Block]:
    """The leaf blocks of a body in document order, loose text between blocks included."""
    out: list[Block] = []
    buf: list[str] = []
    buf_img = [False]

    def flush():
        text = norm_text("".join(buf))
        if text or buf_img[0]:
            out.append(Block(text, buf_img[0], _align(container, container), False, False))
        buf.clear()
        buf_img[0] = False

    def leaf(el):
        parts: list[str] = []
        image = _inline(el, parts) if el.tag != "hr" else False
        text = norm_text("".join(parts))
        if text or image:
            out.append(Block(text, image, _align(el, container), _emphasis(el, text),
                             el.tag == "figcaption"))

    def walk(el):
        if el.text:
            buf.append(el.text)
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else None
            if tag in BLOCK_TAGS:
                flush()
                nested = any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS for d in child.iterdescendants())
                walk(child) if nested else leaf(child)
                flush()
            elif tag is not None and tag not in SKIP_TAGS:
                buf_img[0] |= _inline(child, buf)
            if child.tail:
                buf.append(child.tail)

    walk(container)
    flush()
    return out


def split_blocks(blocks: list[Block]) -> tuple[list[str], list[str], str | None]:
    """Blocks -> (paragraphs, captions, author). The last block, when right-aligned and short,
    is the sign-off: its first line is the author and it is left out of the paragraphs."""
    texts = [b for b in blocks if b.text]
    author = None
    if texts and texts[-1].align == "right" and len(texts[-1].text) <= 200 and len(texts) > 1:
        sign = texts[-1]
        blocks = blocks[: blocks.index(sign)]
        name = CREDIT_PREFIX.sub("", sign.text.split("\n")[0]).strip()
        author = name if 0 < len(name) <= 60 else None
    paragraphs: list[str] = []
    captions: list[str] = []
    after_image = False
    for b in blocks:
        if not b.text:
            after_image = after_image or b.image
            continue
        is_caption = (
            b.figcaption
            or bool(CAPTION_RE.match(b.text))
            or (after_image and (b.emphasis or b.align == "center") and len(b.text) <= 300)
        )
        paragraphs.append(b.text)
        if is_caption:
            captions.append(b.text)
        after_image = False
    return paragraphs, captions, author


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
