"""Extraction over many articles, on several cores when asked (`extract --all --workers N`).

Extraction is CPU-bound pure Python, so processes (not threads) give the speed-up; each worker loads
the models and patterns once. Results come back in input order so storage stays deterministic.
"""
from __future__ import annotations

import multiprocessing
from typing import Iterable, Iterator

from . import extract_article
from .clusterid import Article
from .keys import add_keys


def _one(row: dict) -> tuple[dict, list[dict]]:
    title, body = row.get("title") or "", row.get("body") or ""
    facts = extract_article(title, body, row.get("published"))
    article = Article(title, body, row.get("url"), row.get("source_url"))
    return row, add_keys(facts, article)


def extract_many(rows: Iterable[dict], workers: int = 1) -> Iterator[tuple[dict, list[dict]]]:
    if workers <= 1:
        for row in rows:
            yield _one(row)
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(_one, rows, chunksize=4)
