"""Opening the database and applying migrations.

Migrations are owned by the module whose tables they create (`MIGRATIONS` in articles.py, facts.py, …)
and applied in the order `schema.py` lists them; each applied migration is recorded by name in
`_migrations`, so adding one to a module is all a schema change needs.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlite_utils


def connect(path: str | Path, migrate: bool = True) -> sqlite_utils.Database:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA busy_timeout = 10000")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA foreign_keys = ON")
    if migrate:
        apply_migrations(db)
    return db


def apply_migrations(db: sqlite_utils.Database) -> list[str]:
    from .schema import MIGRATIONS

    db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    done = {r[0] for r in db.execute("SELECT name FROM _migrations").fetchall()}
    applied = []
    for name, fn in MIGRATIONS:
        if name in done:
            continue
        with db.atomic():  # under sqlite-utils 4 `with db.conn:` is no transaction
            fn(db)
            db.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                [name, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")],
            )
        applied.append(name)
    return applied
