"""Article text from markup that is not the site's Drupal 7 theme, with trafilatura's help.

A theme change (the province moving portals to Drupal 10, a redesign) must not stop the crawl or
store menus as articles. trafilatura is good at *finding* the main text of any news page but
rewrites it: it drops `<figcaption>`, sometimes drops a lead paragraph that repeats the title, and
loses alignment (so the sign-off cannot be told apart). So it is used to locate the content: the
smallest element of the source page holding (nearly) all of trafilatura's text is read with the same
block walker as the Drupal body. Only when no such element exists are trafilatura's paragraphs used
as they are.
"""
from __future__ import annotations

import trafilatura

from .blocks import CAPTION_RE, body_blocks, norm_text, split_blocks

CONTAINER_TAGS = ("div", "article", "section", "main", "td", "body")
COVERAGE = 0.8  # share of trafilatura's text the container must hold


def _text(el) -> str:
    """Text of a trafilatura XML element, `<lb/>` as a newline."""
    parts: list[str] = []
    if el.text:
        parts.append(el.text)
    for child in el:
        parts.append("\n" if child.tag == "lb" else _text(child))
        if child.tail:
            parts.append(child.tail)
    return "".join(parts)


def _flat(text: str) -> str:
    return " ".join(norm_text(text).split())


def _paragraphs(doc) -> list[str]:
    out = []
    for el in doc.body if doc.body is not None else []:
        for item in el.findall(".//item") or el.findall(".//row") or [el]:
            text = norm_text(_text(item))
            if text:
                out.append(text)
    return out


def locate(tree, paragraphs: list[str]):
    """The deepest source element whose text holds >= COVERAGE of `paragraphs`, or None."""
    flat = [_flat(p) for p in paragraphs]
    total = sum(len(p) for p in flat)
    if not total:
        return None
    best, best_len = None, None
    for el in tree.iter(*CONTAINER_TAGS):
        text = _flat(el.text_content())
        if best_len is not None and len(text) >= best_len:
            continue
        if sum(len(p) for p in flat if p in text) >= COVERAGE * total:
            best, best_len = el, len(text)
    return best


def parse_fallback(html: str, url: str, tree) -> dict:
    """-> {title, published, paragraphs, captions, author} (values may be None or empty)."""
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_images=False,
        include_tables=True, include_formatting=False,
    )
    if doc is None:
        return {"title": None, "published": None, "paragraphs": [], "captions": [], "author": None}
    found = _paragraphs(doc)
    container = locate(tree, found)
    if container is not None:
        blocks = body_blocks(container)
        headings = {_flat(h.text_content()) for h in container.xpath(".//h1")}
        if blocks and headings and _flat(blocks[0].text) in headings:
            blocks = blocks[1:]  # the container is the whole article: its heading is the title
        paragraphs, captions, author = split_blocks(blocks)
    else:
        paragraphs, author = found, None
        captions = [p for p in found if CAPTION_RE.match(p)]
    return {"title": doc.title, "published": doc.date or None, "paragraphs": paragraphs,
            "captions": captions, "author": author}
