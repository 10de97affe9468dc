"""Extraction over many articles, on several cores when asked (`extract --all --workers N`).

Extraction is CPU-bound pure Python, so processes (not threads) give the speed-up; each worker loads
the models and patterns once (warm() before the fork, so the children share them). Results come back in
input order so storage stays deterministic.
"""
from __future__ import annotations

import multiprocessing
from typing import Iterable, Iterator

from . import extract_report, warm
from .clusterid import Article
from .keys import add_keys


def _one(row: dict) -> tuple[dict, list[dict], list[dict]]:
    title, body = row.get("title") or "", row.get("body") or ""
    report = extract_report(title, body, row.get("published"))
    article = Article(title, body, row.get("url"), row.get("source_url"))
    return row, add_keys(report.facts, article), report.unread


def extract_reports(rows: Iterable[dict], workers: int = 1) -> Iterator[tuple[dict, list[dict], list[dict]]]:
    """(row, facts with keys, unread statements) for every row, in order."""
    warm()
    if workers <= 1:
        for row in rows:
            yield _one(row)
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(_one, rows, chunksize=4)


def extract_many(rows: Iterable[dict], workers: int = 1) -> Iterator[tuple[dict, list[dict]]]:
    """(row, facts with keys) for every row, in order."""
    for row, facts, _ in extract_reports(rows, workers):
        yield row, facts
