"""Applying every stored correction, after every extraction (see corrections_facts.py for how).

    store_corrected(db, url, facts, version, now)   what extraction calls instead of store_facts
    apply(db)                                       undo and re-apply everything (a new file, an editor's
                                                    correction, a review decision); returns a report

Order: fact corrections (reject, change, add) by when they were made; then `keep_apart`, merges of units
and clusters, and the names accepted in `alias_review`. Each correction's `status` records whether it
found its target; `apply(db, url)` (one re-extracted article) only re-judges the corrections of that
article, `apply(db)` judges them all.
"""
from __future__ import annotations

import json

from . import corrections as store
from . import corrections_entities as entities
from .corrections_facts import fact_correction, reset, same_article, site_path
from .facts import store_facts
from .views import refresh_groups


def apply(db, article_url: str | None = None) -> dict:
    """Undo and re-apply every correction (in one article's facts, or everywhere)."""
    with db.atomic():
        run = reset(db, article_url)
        cs = store.all_corrections(db)
        apart = entities.apart_pairs(db, cs)
        on_site = site_path(db, article_url) if article_url else None
        for c in cs:
            if c["action"] in ("merge", "keep_apart"):
                continue
            if article_url and not same_article(json.loads(c["target"])["article"], article_url, on_site):
                continue
            store.set_status(db, c["id"], *fact_correction(run, c))
        for c in cs:
            if c["action"] in ("merge", "keep_apart"):
                result = entities.merge(run, c, apart) if c["action"] == "merge" else entities.keep_apart(run, c)
                if article_url is None:
                    store.set_status(db, c["id"], *result)
        problems = entities.accepted_aliases(run, apart)
        refresh_groups(db, run.clusters, run.units)
    return report(db, problems)


def report(db, problems: list[str] = ()) -> dict:
    """Counts for the run summary and `runs.counts`, and the corrections that took no effect."""
    rows = store.not_applied(db)
    n = db.execute("SELECT count(*) FROM corrections").fetchone()[0]
    return {"corrections": n, "corrections_applied": n - len(rows),
            "corrections_not_applied": [f"{r['id']} ({r['action']}): {r['status']}: {r['status_detail']}"
                                        for r in rows] + list(problems)}


def store_corrected(db, article_url: str, facts: list[dict], extractor_version: str, now: str) -> dict:
    """store_facts with the article's corrections undone before and applied again after, in one
    transaction, so a reader never sees the article's facts uncorrected."""
    with db.atomic():
        run = reset(db, article_url)
        counts = store_facts(db, article_url, facts, extractor_version, now)
        refresh_groups(db, run.clusters, run.units)
        apply(db, article_url)
    return counts
