"""A --db that is not an SQLite database, cannot be written, or does not exist gets one clear line on
stderr and a non-zero exit; the file is left exactly as it was (or not created)."""
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

import storage
from conftest import ROOT

READING = [("stats",), ("facts",)]
WRITING = [("refresh", "--site", "http://127.0.0.1:9"), ("extract",)]   # (crawl goes the way of refresh)


def cli(*args, prefix=()):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run([*prefix, sys.executable, str(ROOT / "pipeline.py"), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60, env=env)


def one_line(proc) -> str:
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode not in (0, None) and len(lines) == 1, (proc.returncode, proc.stderr[-3000:])
    return lines[0]


def snapshot(path: Path):
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(p.name for p in path.parent.iterdir())


@pytest.mark.parametrize("command", READING + WRITING, ids=lambda c: c[0])
def test_a_file_that_is_not_sqlite_gets_one_line(tmp_path, command):
    db = tmp_path / "notes.db"
    db.write_text("these are my notes, not a database\n" * 50)
    before = snapshot(db)
    line = one_line(cli(command[0], "--db", str(db), *command[1:]))
    assert "not an SQLite database" in line and str(db) in line
    after = snapshot(db)
    assert after[:2] == before[:2]
    if command in READING:
        assert after == before                      # a reading command leaves no file behind


def test_stats_of_a_missing_database_creates_nothing(tmp_path):
    line = one_line(cli("stats", "--db", str(tmp_path / "missing.db")))
    assert "no database" in line
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def read_only_db():
    """A real database its user may read but not write. Root writes anything, so as root the command
    runs without the capability to override file permissions (util-linux `setpriv`)."""
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        db = d / "ro.db"
        storage.connect(db).close()
        for suffix in ("-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        db.chmod(0o444)
        d.chmod(0o777)
        prefix = ()
        if os.geteuid() == 0:
            if not shutil.which("setpriv"):
                pytest.skip("root without setpriv: a read-only file cannot be made")
            caps = "-dac_override,-dac_read_search,-fowner"
            prefix = ("setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}")
        yield db, prefix
        shutil.rmtree(d, ignore_errors=True)


@pytest.mark.parametrize("command", WRITING, ids=lambda c: c[0])
def test_a_read_only_database_gets_one_line(read_only_db, command):
    db, prefix = read_only_db
    before = snapshot(db)
    line = one_line(cli(command[0], "--db", str(db), *command[1:], prefix=prefix))
    assert "read-only" in line and str(db) in line
    assert snapshot(db)[:2] == before[:2]
