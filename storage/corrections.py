"""Corrections as stored data: the `corrections` table, each fact's state, and what was not applied.

Where corrections come from: the reviewed files `corrections/*.yml` (source 'file', loaded at every
extraction by `load_files`, which also withdraws entries removed from the files) and the browser's
editor role (source 'editor', until `pipeline.py corrections export` writes them to a file). How they
take effect is `corrections_apply.py`.

Every fact row carries its state, so Datasette's fact pages and the views tell a reader what a person
checked:

- `state`         extracted | corrected | added | rejected
- `correction`    what was done, by whom, when and why (one line per correction, '; ' between)
- `corrected_at`  the `when` of the latest correction (the feed's "updated")
- `original`      JSON of the extracted values a correction overwrote, so that it can be undone exactly

A rejected fact keeps `current = 0`, so every view, search and export leaves it out as they leave out
facts the extractor no longer yields; its state says why. `fact_states` lists every standing or
rejected fact of the three kinds with its state. A correction whose target cannot be found keeps a
`status` other than 'applied' (target_missing, ambiguous, quote_not_found, redundant, conflict) with a
`status_detail`: the run summary and `pipeline.py review` list them, none is dropped silently.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json

from .corrections_file import read_dir
from .facts import KINDS

STATES = ("extracted", "corrected", "added", "rejected")
NOT_APPLIED = ("pending", "target_missing", "ambiguous", "quote_not_found", "redundant", "conflict")


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _migrate_corrections(db) -> None:
    db.execute(
        """CREATE TABLE IF NOT EXISTS corrections (
            id TEXT PRIMARY KEY,
            action TEXT NOT NULL CHECK (action IN ('reject', 'change', 'add', 'merge', 'keep_apart')),
            kind TEXT NOT NULL,
            target TEXT NOT NULL,
            changes TEXT,
            quote TEXT,
            who TEXT NOT NULL,
            made_at TEXT NOT NULL,
            why TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('file', 'editor')),
            file TEXT,
            status TEXT NOT NULL DEFAULT 'pending',
            status_detail TEXT,
            facts_affected INTEGER,
            checked_at TEXT
        )"""
    )
    for table in KINDS.values():
        have = {r[1] for r in db.execute(f"PRAGMA table_info({table})").fetchall()}
        if "state" not in have:
            db.execute(f"ALTER TABLE {table} ADD COLUMN state TEXT NOT NULL DEFAULT 'extracted' "
                       f"CHECK (state IN ('extracted', 'corrected', 'added', 'rejected'))")
        for col in ("correction", "corrected_at", "original"):
            if col not in have:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {col} TEXT")
        # applying corrections first undoes the previous ones: it looks up exactly the touched facts
        db.execute(f"CREATE INDEX IF NOT EXISTS idx_{table}_state ON {table}(state) WHERE state != 'extracted'")
        db.execute(f"CREATE INDEX IF NOT EXISTS idx_{table}_first_seen ON {table}(first_seen)")


FACT_STATES = """
CREATE VIEW fact_states AS
SELECT 'membership' AS kind, m.id AS fact_id, m.state, m.correction, m.corrected_at,
  coalesce((SELECT name FROM units WHERE key = m.unit_key), m.unit) AS unit,
  coalesce((SELECT name FROM clusters WHERE key = m.cluster_key), m.cluster) AS what, m.year,
  m.role AS detail, m.article_url, m.evidence, m.current, m.first_seen
FROM memberships m WHERE m.current = 1 OR m.state = 'rejected'
UNION ALL
SELECT 'ranking', k.id, k.state, k.correction, k.corrected_at,
  coalesce((SELECT name FROM units WHERE key = k.unit_key), k.unit),
  coalesce((SELECT name FROM clusters WHERE key = k.cluster_key), k.cluster), k.year,
  'rank ' || k.rank, k.article_url, k.evidence, k.current, k.first_seen
FROM rankings k WHERE k.current = 1 OR k.state = 'rejected'
UNION ALL
SELECT 'award', a.id, a.state, a.correction, a.corrected_at,
  coalesce((SELECT name FROM units WHERE key = a.recipient_key), a.recipient),
  a.award || coalesce(' - ' || a.grantor, ''), a.year, a.status, a.article_url, a.evidence, a.current,
  a.first_seen
FROM awards a WHERE a.current = 1 OR a.state = 'rejected'
"""


def _create_fact_states(db) -> None:
    db.execute("DROP VIEW IF EXISTS fact_states")
    db.execute(FACT_STATES)


MIGRATIONS = [
    ("corrections_0001_table_and_fact_state", _migrate_corrections),
    # like views.py: the name carries a hash of the SQL, so an edit recreates the view
    ("corrections_fact_states_" + hashlib.sha1(FACT_STATES.encode()).hexdigest()[:10], _create_fact_states),
]


def _row(entry: dict, source: str) -> dict:
    return {
        "id": entry["id"], "action": entry["action"], "kind": entry["kind"],
        "target": json.dumps(entry["target"], ensure_ascii=False, sort_keys=True),
        "changes": None if entry.get("changes") is None else json.dumps(entry["changes"], ensure_ascii=False,
                                                                          sort_keys=True),
        "quote": entry.get("quote"), "who": entry["who"], "made_at": entry["made_at"], "why": entry["why"],
        "source": source, "file": entry.get("file"),
    }


def upsert(db, entry: dict, source: str) -> None:
    """Store one checked entry (corrections_file.check_entry); a changed entry goes back to 'pending'."""
    row = _row(entry, source)
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    sets = ", ".join(f"{c} = excluded.{c}" for c in row if c != "id")
    db.execute(f"INSERT INTO corrections ({cols}, status) VALUES ({marks}, 'pending') "
               f"ON CONFLICT (id) DO UPDATE SET {sets}", list(row.values()))


def load_files(db, directory) -> dict:
    """Read and check every file of `directory` first (a bad file raises CorrectionsError and nothing
    changes), then store its entries: new and edited ones are upserted, file entries no longer in any
    file are withdrawn, and an editor correction whose id a file now holds becomes a file one."""
    entries = read_dir(directory)
    ids = {e["id"] for e in entries}
    with db.atomic():
        for e in entries:
            upsert(db, e, "file")
        gone = [r[0] for r in db.execute("SELECT id FROM corrections WHERE source = 'file'").fetchall()
                if r[0] not in ids]
        for cid in gone:
            db.execute("DELETE FROM corrections WHERE id = ?", [cid])
    return {"corrections_loaded": len(entries), "corrections_withdrawn": len(gone)}


def all_corrections(db) -> list[dict]:
    """Stored corrections in the order they are applied: by when they were made, then id."""
    return list(db.query("SELECT * FROM corrections ORDER BY made_at, id"))


def set_status(db, cid: str, status: str, detail: str | None, affected: int) -> None:
    db.execute("UPDATE corrections SET status = ?, status_detail = ?, facts_affected = ?, checked_at = ? "
               "WHERE id = ?", [status, detail, affected, now(), cid])


def not_applied(db) -> list[dict]:
    """Corrections that took no effect, with why: what the run summary and the review list show."""
    marks = ", ".join("?" for _ in NOT_APPLIED)
    return list(db.query(f"SELECT id, action, kind, status, status_detail, who, made_at, file FROM corrections "
                         f"WHERE status IN ({marks}) ORDER BY made_at, id", list(NOT_APPLIED)))


def unexported(db) -> list[dict]:
    """Corrections made in the browser that no reviewed file holds yet."""
    return list(db.query("SELECT * FROM corrections WHERE source = 'editor' ORDER BY made_at, id"))


def mark_exported(db, ids: list[str], path: str) -> None:
    with db.atomic():
        for cid in ids:
            db.execute("UPDATE corrections SET source = 'file', file = ? WHERE id = ?", [path, cid])
