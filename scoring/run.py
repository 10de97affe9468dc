"""Score one set: render, serve, refresh, export, judge (see the package docstring)."""
from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from crawler import mirror_server
from extract.evaluate import evaluate

from . import mirror
from .sets import ROOT, load_set

LOCKED_LOG = ROOT / "corpus" / "locked-scores.jsonl"


class SetError(Exception):
    """The set cannot be scored as asked (unknown name, locked without --final, a failed run)."""


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "pipeline.py"), *args], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8")


def score_set(name: str, workers: int = 1, final: bool = False, keep: Path | None = None) -> tuple[dict, list[str]]:
    """(report, misses) of extract.evaluate for set `name` run through `pipeline.py refresh`.
    `keep`: a directory to leave the database, facts and log in (else a temporary one)."""
    try:
        records, gold, spec = load_set(name)
    except KeyError as e:
        raise SetError(e.args[0]) from None
    if spec.get("locked") and not final:
        raise SetError(f"set {name!r} is locked: score it only when a piece of work is finished (--final)")
    with tempfile.TemporaryDirectory(prefix=f"score-{name}-") as tmp:
        work = Path(keep or tmp)
        _clear(work)
        site, server = mirror_server.start(mirror.build(records, work / "mirror"))
        try:
            db = str(work / "score.db")
            run = _cli("refresh", "--db", db, "--site", site, "--delay", "0", "--full", "--workers", str(workers))
        finally:
            server.shutdown()
        (work / "refresh.log").write_text(run.stdout + run.stderr, encoding="utf-8")
        if run.returncode != 0:
            raise SetError(f"refresh of set {name!r} failed ({run.returncode}): {run.stderr.strip()[-800:]}")
        out = _cli("facts", "--db", db)
        if out.returncode != 0:
            raise SetError(f"facts of set {name!r} failed: {out.stderr.strip()[-800:]}")
        (work / "facts.jsonl").write_text(out.stdout, encoding="utf-8")
        facts = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    report, misses = evaluate(gold, facts)
    if spec.get("locked"):
        _log_locked(name, report)
    return report, misses


def _clear(work: Path) -> None:
    """An empty work directory: a database left by an earlier scoring would add its facts to these."""
    work.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(work / "mirror", ignore_errors=True)
    for name in ("score.db", "score.db-wal", "score.db-shm", "score.db.lock", "score.log.jsonl", "facts.jsonl", "refresh.log"):
        (work / name).unlink(missing_ok=True)


def _log_locked(name: str, report: dict) -> None:
    from extract import EXTRACTOR_VERSION

    line = {"at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "set": name,
            "extractor": EXTRACTOR_VERSION, **{k: report[k]["f1"] for k in ("membership", "ranking", "award", "all") if k in report}}
    with open(LOCKED_LOG, "a", encoding="utf-8") as f:
        f.write(json.dumps(line) + "\n")
