"""Fact extraction: article text in, facts out. Pure — no I/O beyond the package's own data files.

    extract_article(title, body, published) -> list[dict]

Each fact is a membership, ranking or award dict (see README) with its evidence sentence and the
character offsets of that sentence in `body` (`start`/`end`; None when the fact comes from the title).
Bump EXTRACTOR_VERSION whenever rules or data change: stored articles are then re-extracted.

The NLP stack (spaCy, underthesea) loads on the first extraction, not on import, so that light users
of the package (the crawler's text normalisation, storage's search folding) stay fast to start.
"""
from __future__ import annotations

EXTRACTOR_VERSION = "0.7.0"


def extract_article(title: str, body: str, published: str | None = None) -> list[dict]:
    from .assemble import extract_article as run

    return run(title, body, published)
