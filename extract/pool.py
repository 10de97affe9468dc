"""Extraction over many articles, on several cores when asked (`extract --all --workers N`).

Extraction is CPU-bound pure Python, so processes (not threads) give the speed-up. The NLP stack (spaCy's
matchers over the vocabulary, underthesea's sentence splitter) is loaded once in the parent before the
pool forks, so workers share it instead of paying the start-up again. Results come back in input order
so storage stays deterministic.
"""
from __future__ import annotations

import multiprocessing
from typing import Iterable, Iterator

from . import extract_report, warm
from .keys import add_keys, scope_of


def _one(row: dict) -> tuple[dict, list[dict], list[dict]]:
    title, body = row.get("title") or "", row.get("body") or ""
    report = extract_report(title, body, row.get("published"))
    return row, add_keys(report.facts, scope_of(title + "\n" + body)), report.unread


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
    for row, facts, _ in extract_reports(rows, workers):
        yield row, facts
