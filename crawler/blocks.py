"""The text blocks of an article body, and which of them are captions and the sign-off.

Shared by the Drupal parser (crawler/parse.py) and the fallback for other markup (crawler/fallback.py),
so neither imports the other for it."""
from __future__ import annotations

import re
from typing import NamedTuple

from extract.normalize import clean

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

class Block(NamedTuple):
    text: str
    image: bool        # holds an <img> (with or without text)
    align: str | None  # "left" | "center" | "right" | "justify" | None
    emphasis: bool     # all of its text is in <em>/<i>
    figcaption: bool


def norm_text(text: str) -> str:
    """`clean()` each line, trim it, drop empty lines: `&nbsp; &nbsp;Chiều…` -> `Chiều…`."""
    lines = (line.strip() for line in clean(text).split("\n"))
    return "\n".join(line for line in lines if line)


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


