"""The lock that keeps two writing commands (refresh, crawl, extract) off one database at once.

Keyed on the database file's identity — its device and inode — not on the path typed: a symlink, a
hard link in the same directory, `./data/x.db` and `data/x.db` all name one lock. The lock file lives
in the database's real directory, named after that identity (`.tdkt-<dev>-<inode>.lock`), and holds
the holder's pid for the "already running" message.

It is a kernel `flock`: the kernel drops it when the holder dies, so a crash never leaves a stale lock
(a lock row in the database would). The lock file stays on disk; removing it would race with a
process about to take it.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
from pathlib import Path
from typing import Iterator

from .db import DatabaseProblem, create


class AlreadyRunning(RuntimeError):
    """Another process holds the lock of this database."""


def lock_path(db_path: str | os.PathLike) -> Path:
    """The lock file of the (existing) database at `db_path`."""
    real = Path(os.path.realpath(db_path))
    st = os.stat(real)
    return real.parent / f".tdkt-{st.st_dev:x}-{st.st_ino}.lock"


def _ensure_exists(db_path: str | os.PathLike) -> None:
    """A database about to be written by its first run: create the (empty) file so it has an identity.
    An existing file is never opened here: closing a descriptor of a database file would drop the
    POSIX locks an SQLite connection of this process holds on it."""
    path = Path(db_path)
    if path.exists():
        return
    if os.path.lexists(path):
        raise DatabaseProblem(f"{path} is a broken symbolic link")
    create(path)


@contextlib.contextmanager
def run_lock(db_path: str | os.PathLike) -> Iterator[Path]:
    """Hold the database's lock while the block runs; raise AlreadyRunning at once if another holds it."""
    _ensure_exists(db_path)
    path = lock_path(db_path)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        raise DatabaseProblem(f"{db_path} cannot be locked: {path}: {e.strerror}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "unknown process"
            raise AlreadyRunning(
                f"another refresh is already running on {db_path} ({holder}); "
                f"wait for it to finish or stop it — the lock is {path}"
            ) from None
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} since {now}".encode(), 0)
        try:
            yield path
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
