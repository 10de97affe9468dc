"""Opening the database and applying migrations.

Migrations are owned by the module whose tables they create (`MIGRATIONS` in articles.py, facts.py, …)
and applied in the order `schema.py` lists them; each applied migration is recorded by name in
`_migrations`, so adding one to a module is all a schema change needs.

A path that is not an SQLite database, a database that cannot be written, or one that does not exist
where it must raises `DatabaseProblem` with a one-line message before anything is written: the
commands print that line, not a traceback, and the file is left as it was.
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import sqlite_utils

SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseProblem(RuntimeError):
    """The file at --db cannot be used as asked; the message is one line meant for the user."""


def check_file(path: Path, write: bool) -> None:
    """Raise DatabaseProblem unless `path` is (or, when writing, may become) a usable SQLite file."""
    if path.is_dir():
        raise DatabaseProblem(f"{path} is a directory, not an SQLite database")
    if path.exists():
        try:
            with open(path, "rb") as f:
                head = f.read(len(SQLITE_HEADER))
        except OSError as e:
            raise DatabaseProblem(f"{path} cannot be read: {e.strerror}") from None
        if head and head != SQLITE_HEADER:
            raise DatabaseProblem(f"{path} is not an SQLite database (it starts with {head[:15]!r})")
        if write and not os.access(path, os.W_OK):
            raise DatabaseProblem(f"{path} is read-only: this command writes to it (check its owner and mode)")
    where = path.parent if str(path.parent) else Path(".")
    if write and where.exists() and not os.access(where, os.W_OK | os.X_OK):
        raise DatabaseProblem(f"{path} is read-only: its directory {where} cannot be written "
                              "(SQLite keeps its write-ahead log beside the database)")


def connect(path: str | Path, migrate: bool = True, *, read_only: bool = False,
            busy_timeout_ms: int = 10000) -> sqlite_utils.Database:
    """The database at `path`, in WAL mode with foreign keys on and migrations applied.

    read_only: the file must exist; it is opened `mode=ro` and nothing (not even a migration) is
    written, so a reader can run beside a refresh, on a file it may not write.
    busy_timeout_ms: how long a write waits for another writer before "database is locked".
    """
    path = Path(path)
    check_file(path, write=not read_only)
    if read_only:
        if not path.exists():
            raise DatabaseProblem(f"no database at {path}")
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        db = sqlite_utils.Database(conn)
        _pragma(db, path, f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        _pragma(db, path, "SELECT count(*) FROM sqlite_master")  # opens the file (and its WAL) now
        return db
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    _pragma(db, path, f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    _pragma(db, path, "PRAGMA journal_mode = WAL")
    db.execute("PRAGMA foreign_keys = ON")
    if migrate:
        apply_migrations(db)
    return db


def _pragma(db: sqlite_utils.Database, path: Path, sql: str) -> None:
    """The first statements on a file are where a wrong or unwritable file shows: say so in one line."""
    try:
        db.execute(sql).fetchall()
    except sqlite3.DatabaseError as e:
        text = str(e)
        if "not a database" in text:
            raise DatabaseProblem(f"{path} is not an SQLite database ({text})") from None
        if "readonly" in text or "read-only" in text:
            raise DatabaseProblem(f"{path} is read-only: {text}") from None
        raise DatabaseProblem(f"{path}: {text}") from None


def remove(path: str | Path) -> None:
    """Delete a database and its write-ahead log (the offline demo is rebuilt from scratch)."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def create(path: str | Path) -> Path:
    """An empty file at `path` (an empty file is an empty SQLite database): it has an identity to lock."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_RDONLY | os.O_CREAT, 0o644))
    except OSError as e:
        raise DatabaseProblem(f"{path} cannot be created: {e.strerror}") from None
    return path


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
