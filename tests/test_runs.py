"""Runs are recorded, killed runs are recognised, and two refreshes never hold the lock at once."""
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import storage
from storage.lock import AlreadyRunning, lock_path, run_lock
from storage.runs import finish_run, last_runs, start_run

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def db(tmp_path):
    d = storage.connect(tmp_path / "t.db")
    yield d
    d.close()


def test_start_finish_last_runs(db):
    first = start_run(db, "crawl", {"site": "http://127.0.0.1:1", "delay": 0})
    finish_run(db, first, "ok", 0, {"new": 3, "changed": 1}, [])
    second = start_run(db, "refresh", {"full": True})
    finish_run(db, second, "failed", 2, {"new": 0}, [{"url": "http://x/a", "error": "HTTP 500"}])
    runs = last_runs(db, 10)
    assert [r["id"] for r in runs] == [second, first]
    assert runs[0]["status"] == "failed" and runs[0]["exit_code"] == 2
    assert runs[0]["errors"] == [{"url": "http://x/a", "error": "HTTP 500"}]
    assert runs[1]["params"] == {"site": "http://127.0.0.1:1", "delay": 0}
    assert runs[1]["counts"] == {"new": 3, "changed": 1}
    assert runs[1]["started"] <= runs[1]["finished"]
    assert len(last_runs(db, 1)) == 1
    with pytest.raises(ValueError):
        finish_run(db, first, "running", 0, {}, [])
    third = start_run(db, "refresh", {})
    finish_run(db, third, "partial", 3, {"pages_failed": 1}, ["HTTP 503 /vi/x"])
    assert last_runs(db, 1)[0]["status"] == "partial"


def test_run_of_a_killed_process_is_marked_interrupted(db, tmp_path):
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(ROOT)!r})
        import storage
        from storage.runs import start_run
        db = storage.connect({str(tmp_path / 't.db')!r})
        start_run(db, "refresh", {{}})
        os._exit(9)  # killed: no finish_run
    """)
    assert subprocess.run([sys.executable, "-c", script]).returncode == 9
    assert last_runs(db, 1)[0]["status"] == "running"
    mine = start_run(db, "refresh", {})
    runs = {r["id"]: r for r in last_runs(db)}
    killed = next(r for r in runs.values() if r["id"] != mine)
    assert killed["status"] == "interrupted" and killed["finished"]
    assert runs[mine]["status"] == "running"  # a live run is left alone
    start_run(db, "stats", {})
    assert {r["id"]: r for r in last_runs(db)}[mine]["status"] == "running"


def test_second_lock_in_process_raises(tmp_path):
    dbp = tmp_path / "t.db"
    with run_lock(dbp) as path:
        assert path == lock_path(dbp) and path.exists()
        with pytest.raises(AlreadyRunning, match="already running"):
            with run_lock(dbp):
                pass
    with run_lock(dbp):  # released on exit
        pass


HOLDER = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[1])
    from storage.lock import run_lock, AlreadyRunning
    try:
        with run_lock(sys.argv[2]):
            print("locked", flush=True)
            sys.stdin.read()  # hold until the parent closes our stdin
    except AlreadyRunning as e:
        print("busy:", e, flush=True)
        sys.exit(3)
""")


def test_lock_is_held_across_processes(tmp_path):
    dbp = tmp_path / "t.db"
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(ROOT), str(dbp)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "locked"
        with pytest.raises(AlreadyRunning) as err:
            with run_lock(dbp):
                pass
        assert f"pid {child.pid}" in str(err.value)  # the message names the holder
    finally:
        child.stdin.close()
        child.wait(timeout=30)
    with run_lock(dbp):  # free again once the holder is gone
        other = subprocess.run([sys.executable, "-c", HOLDER, str(ROOT), str(dbp)], input="",
                               capture_output=True, text=True, timeout=60)
        assert other.returncode == 3 and "already running" in other.stdout
    assert other.stdout.count(str(os.getpid())) == 1


def test_lock_of_a_killed_holder_is_released(tmp_path):
    dbp = tmp_path / "t.db"
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(ROOT), str(dbp)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "locked"
    child.kill()
    child.wait(timeout=30)
    with run_lock(dbp):
        pass


def test_the_lock_is_keyed_on_the_database_file_not_its_path(tmp_path):
    dbp = tmp_path / "t.db"
    storage.connect(dbp).close()
    (tmp_path / "link.db").symlink_to(dbp)
    os.link(dbp, tmp_path / "hard.db")
    with run_lock(dbp):
        for other in (tmp_path / "link.db", tmp_path / "hard.db", tmp_path / "." / "t.db"):
            with pytest.raises(AlreadyRunning):
                with run_lock(other):
                    pass


def test_a_running_row_whose_pid_was_reused_is_interrupted(db, tmp_path):
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(ROOT)!r})
        import storage
        from storage.runs import start_run
        start_run(storage.connect({str(tmp_path / 't.db')!r}), "refresh", {{}})
        os._exit(9)
    """)
    assert subprocess.run([sys.executable, "-c", script]).returncode == 9
    # the dead run's pid now belongs to a live process (this one): the pid alone would say "alive"
    db.execute("UPDATE runs SET pid = ? WHERE status = 'running'", [os.getpid()])
    from storage.runs import mark_interrupted

    assert mark_interrupted(db) == 1
    assert last_runs(db, 1)[0]["status"] == "interrupted"


def test_crawl_takes_the_lock_too(tmp_path):
    dbp = tmp_path / "t.db"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    with run_lock(dbp):
        proc = subprocess.run([sys.executable, "pipeline.py", "crawl", "--db", str(dbp), "--site", "http://127.0.0.1:9"],
                              cwd=ROOT, capture_output=True, text=True, timeout=60, env=env)
    assert proc.returncode == 75, proc.stderr[-2000:]
    assert "already running" in proc.stderr and "Traceback" not in proc.stderr
