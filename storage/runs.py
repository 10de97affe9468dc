"""A record of every pipeline run, and the lock that keeps two refreshes from writing at once.

`runs` answers "when did the nightly refresh last succeed, and what did it do?" from Datasette or
`pipeline.py stats`. Each run records its pid, so a run left 'running' by a killed process (power cut,
OOM, kill -9) is recognised at the next start and marked 'interrupted' instead of looking alive forever.

`run_lock` is an OS lock (fcntl.flock on `<db>.lock`): the kernel drops it when the holder dies, so a
crash never leaves a stale lock behind, unlike a lock row in the database.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
from pathlib import Path
from typing import Iterator

# 'partial': the run finished but some pages failed (they are retried next run; pipeline exit code 3).
STATUSES = ("running", "ok", "partial", "failed", "interrupted")


class AlreadyRunning(RuntimeError):
    """Another process holds the refresh lock of this database."""


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _migrate_runs(db) -> None:
    db.execute(
        """CREATE TABLE IF NOT EXISTS runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            command TEXT NOT NULL,
            params TEXT,
            started TEXT NOT NULL,
            finished TEXT,
            status TEXT NOT NULL DEFAULT 'running'
                CHECK (status IN ('running', 'ok', 'failed', 'interrupted')),
            exit_code INTEGER,
            counts TEXT,
            errors TEXT,
            pid INTEGER
        )"""
    )
    db.execute("CREATE INDEX IF NOT EXISTS idx_runs_started ON runs(started)")


def _allow_partial(db) -> None:
    """SQLite cannot alter a CHECK constraint: rebuild `runs` with 'partial' allowed, rows and ids kept
    (one transaction: db.py's `with db.conn:` is none under sqlite-utils 4)."""
    with db.atomic():
        _rebuild_runs(db)


def _rebuild_runs(db) -> None:
    db.execute("DROP TABLE IF EXISTS runs_new")
    db.execute(
        """CREATE TABLE runs_new (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            command TEXT NOT NULL,
            params TEXT,
            started TEXT NOT NULL,
            finished TEXT,
            status TEXT NOT NULL DEFAULT 'running'
                CHECK (status IN ('running', 'ok', 'partial', 'failed', 'interrupted')),
            exit_code INTEGER,
            counts TEXT,
            errors TEXT,
            pid INTEGER
        )"""
    )
    db.execute("INSERT INTO runs_new SELECT id, command, params, started, finished, status, exit_code, counts, "
               "errors, pid FROM runs")
    db.execute("DROP TABLE runs")
    db.execute("ALTER TABLE runs_new RENAME TO runs")
    db.execute("CREATE INDEX IF NOT EXISTS idx_runs_started ON runs(started)")


MIGRATIONS = [("runs_0001_table", _migrate_runs), ("runs_0002_partial", _allow_partial)]


def _alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def mark_interrupted(db, now: str | None = None) -> int:
    """Mark 'running' rows whose process is gone as 'interrupted'; returns how many."""
    stale = [r[0] for r in db.execute("SELECT id, pid FROM runs WHERE status = 'running'").fetchall()
             if not _alive(r[1])]
    with db.atomic():
        for run_id in stale:
            db.execute(
                "UPDATE runs SET status = 'interrupted', finished = coalesce(finished, ?) WHERE id = ?",
                [now or _now(), run_id],
            )
    return len(stale)


def start_run(db, command: str, params: dict | None = None, now: str | None = None) -> int:
    """Record a run as 'running' (after marking runs of dead processes 'interrupted'); returns its id."""
    mark_interrupted(db, now)
    cur = db.execute(
        "INSERT INTO runs (command, params, started, status, pid) VALUES (?, ?, ?, 'running', ?)",
        [command, json.dumps(params or {}, ensure_ascii=False, default=str), now or _now(), os.getpid()],
    )
    return cur.lastrowid


def finish_run(db, run_id: int, status: str, exit_code: int = 0, counts: dict | None = None,
               errors: list | None = None, now: str | None = None) -> None:
    """Close a run with its final status, exit code, counts and errors (JSON in the table)."""
    if status not in STATUSES or status == "running":
        raise ValueError(f"finish_run status must be one of {STATUSES[1:]}, not {status!r}")
    db.execute(
        "UPDATE runs SET finished = ?, status = ?, exit_code = ?, counts = ?, errors = ? WHERE id = ?",
        [now or _now(), status, exit_code, json.dumps(counts or {}, ensure_ascii=False, default=str),
         json.dumps(errors or [], ensure_ascii=False, default=str), run_id],
    )


def last_runs(db, n: int = 10) -> list[dict]:
    """The n most recent runs, newest first, with params/counts/errors decoded."""
    rows = list(db.query("SELECT * FROM runs ORDER BY id DESC LIMIT ?", [n]))
    for r in rows:
        for k in ("params", "counts", "errors"):
            r[k] = json.loads(r[k]) if r[k] else None
    return rows


def lock_path(db_path: str | os.PathLike) -> Path:
    return Path(str(db_path) + ".lock")


@contextlib.contextmanager
def run_lock(db_path: str | os.PathLike) -> Iterator[Path]:
    """Hold `<db>.lock` for the duration of a refresh; raise AlreadyRunning at once if another holds it.

    The file stays on disk (removing it would race with a process about to lock it); the lock itself
    lives in the kernel and goes away with the process that held it.
    """
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "unknown process"
            raise AlreadyRunning(
                f"another refresh is already running on {db_path} ({holder}); "
                f"wait for it to finish or stop it — the lock is {path}"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} since {_now()}".encode(), 0)
        try:
            yield path
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
