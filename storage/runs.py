"""A record of every pipeline run.

`runs` answers "when did the nightly refresh last succeed, and what did it do?" from Datasette or
`pipeline.py stats`. A run left 'running' by a killed process (power cut, OOM, kill -9) is recognised
and marked 'interrupted' instead of looking alive forever: by whoever next holds the database's lock
(`storage.lock`; while it is held no other writer runs, so every other 'running' row is dead), and
otherwise by its process: the pid *and* that process's start time, since a pid is reused by the
system for unrelated processes.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path


# 'partial': the run finished but some pages failed (they are retried next run; pipeline exit code 3).
STATUSES = ("running", "ok", "partial", "failed", "interrupted")


def utc_now() -> str:
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


def _process_start(db) -> None:
    """Which process a run is: pid plus the process's start (boot id and start time), see `process_start`."""
    db.execute("ALTER TABLE runs ADD COLUMN proc_start TEXT")


MIGRATIONS = [("runs_0001_table", _migrate_runs), ("runs_0002_partial", _allow_partial),
              ("runs_0003_proc_start", _process_start)]


def process_start(pid: int) -> str | None:
    """A token that differs between two processes that had the same pid: the boot id and the start
    time of the process (in clock ticks since boot, /proc/<pid>/stat field 22). None without /proc."""
    try:
        boot = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2:].split()  # the command name may hold spaces and parentheses
    return f"{boot}:{fields[19]}"


def alive(pid: int | None, started: str | None) -> bool:
    """Is the process that recorded (pid, started) still running? A live pid whose start differs is
    another process that got the number later."""
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    if started is None:
        return True
    now = process_start(pid)
    return now is None or now == started


def mark_interrupted(db, now: str | None = None, lock_held: bool = False) -> int:
    """Mark 'running' rows whose process is gone as 'interrupted'; returns how many. With the
    database's lock held (`lock_held`) no other writer can be running: every 'running' row but this
    process's own is dead."""
    me = (os.getpid(), process_start(os.getpid()))
    rows = db.execute("SELECT id, pid, proc_start FROM runs WHERE status = 'running'").fetchall()
    stale = [r[0] for r in rows if (r[1], r[2]) != me and (lock_held or not alive(r[1], r[2]))]
    with db.atomic():
        for run_id in stale:
            db.execute(
                "UPDATE runs SET status = 'interrupted', finished = coalesce(finished, ?) WHERE id = ?",
                [now or utc_now(), run_id],
            )
    return len(stale)


def start_run(db, command: str, params: dict | None = None, now: str | None = None) -> int:
    """Record a run as 'running' (after marking runs of dead processes 'interrupted'); returns its id."""
    mark_interrupted(db, now)
    cur = db.execute(
        "INSERT INTO runs (command, params, started, status, pid, proc_start) VALUES (?, ?, ?, 'running', ?, ?)",
        [command, json.dumps(params or {}, ensure_ascii=False, default=str), now or utc_now(), os.getpid(),
         process_start(os.getpid())],
    )
    return cur.lastrowid


def finish_run(db, run_id: int, status: str, exit_code: int = 0, counts: dict | None = None,
               errors: list | None = None, now: str | None = None) -> None:
    """Close a run with its final status, exit code, counts and errors (JSON in the table)."""
    if status not in STATUSES or status == "running":
        raise ValueError(f"finish_run status must be one of {STATUSES[1:]}, not {status!r}")
    db.execute(
        "UPDATE runs SET finished = ?, status = ?, exit_code = ?, counts = ?, errors = ? WHERE id = ?",
        [now or utc_now(), status, exit_code, json.dumps(counts or {}, ensure_ascii=False, default=str),
         json.dumps(errors or [], ensure_ascii=False, default=str), run_id],
    )


def last_runs(db, n: int = 10) -> list[dict]:
    """The n most recent runs, newest first, with params/counts/errors decoded."""
    rows = list(db.query("SELECT * FROM runs ORDER BY id DESC LIMIT ?", [n]))
    for r in rows:
        for k in ("params", "counts", "errors"):
            r[k] = json.loads(r[k]) if r[k] else None
    return rows


def shown_status(row: dict) -> str:
    """A run's status as a reader should see it, without writing: a 'running' row whose process is
    gone is 'interrupted' (the next writer records that)."""
    if row["status"] == "running" and not alive(row.get("pid"), row.get("proc_start")):
        return "interrupted"
    return row["status"]
