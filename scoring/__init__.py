"""Scoring the extractor on an annotated set through the nightly path.

A set (corpus/sets.json) is article records plus gold facts. `score_set` renders the records as the
Board's Drupal 7 pages (scoring/mirror.py), serves them on 127.0.0.1 (crawler/mirror_server.py), runs
`pipeline.py refresh` and `pipeline.py facts` on a throw-away database, and judges the facts with
extract/evaluate.py — the same crawl, parse, extraction and storage a nightly run goes through, so a
figure printed here is a figure of the tool, not of a shortcut around it.

The locked set is scored only with `final=True`, and every such scoring is appended to
corpus/locked-scores.jsonl, so how often the unseen figure was looked at is on the record.
"""
from .run import SetError, score_set
from .sets import SETS, load_set

__all__ = ["SETS", "SetError", "load_set", "score_set"]
