"""One refresh (or crawl) of the site into a database, and an honest account of what it did.

`pipeline.py refresh` and `pipeline.py crawl` are this module with and without the steps after the
crawl (extraction, search index). A run takes the database's lock, records itself in `runs`, crawls,
and ends with exactly one status, written to `runs`, printed on stderr and returned as the exit code:

  ok           0   the site answered and every page was handled
  partial      3   the run landed, some pages failed (errors listed; they are asked again next run)
  failed       1   nothing could be read from the site, --site is not an http(s) address of a host,
                   robots.txt could not be read, or an error stopped the run (what landed is kept)
  interrupted  143 SIGTERM (130 SIGINT): the crawl stopped within seconds, nothing after it ran
  (no row)     75  another writer holds the database's lock; nothing was done

A bad --db (not SQLite, read-only) raises storage.DatabaseProblem before anything is written.
"""
from __future__ import annotations

import contextlib
import logging
import signal
import time
from dataclasses import asdict, dataclass
from typing import Callable

import click

from crawler import settings as crawl_settings

EXIT_OK, EXIT_FAILED, EXIT_PARTIAL, EXIT_LOCKED = 0, 1, 3, 75

log = logging.getLogger("tdkt")


@dataclass
class Options:
    """What a run may do: the CLI options of `refresh` and `crawl` (defaults: crawler.settings.POLICY)."""
    delay: float | None = None
    full: bool = False
    timeout: float = crawl_settings.POLICY["timeout"]
    revalidate_days: float = crawl_settings.POLICY["revalidate_days"]
    retire_after: int = crawl_settings.POLICY["retire_after"]
    pager_patience: int = crawl_settings.POLICY["pager_patience"]
    max_requests: int = crawl_settings.POLICY["max_requests"]


class Interrupted(BaseException):
    """SIGTERM or SIGINT outside the crawl (which stops itself): a BaseException, like
    KeyboardInterrupt, so no `except Exception` on the way swallows it."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


@contextlib.contextmanager
def stop_signals_interrupt():
    def raise_interrupted(signum, frame):
        raise Interrupted(signum)

    saved = {sig: signal.signal(sig, raise_interrupted) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


def verdict(counts: dict, errors: list) -> tuple[str, int]:
    """(status, exit code) of a crawl that ran to its end (or was stopped by a signal)."""
    if counts.get("interrupted"):
        return "interrupted", 128 + signal.Signals[counts["interrupted"]].value
    if not counts.get("pages_fetched") and not counts.get("not_modified"):
        return "failed", EXIT_FAILED
    return ("partial", EXIT_PARTIAL) if errors else ("ok", EXIT_OK)


def summary(command: str, status: str, seconds: float, counts: dict, errors: list) -> str:
    return (f"{command} {status} in {seconds:.1f}s: "
            f"pages fetched {counts.get('pages_fetched', 0)} (304: {counts.get('not_modified', 0)}), articles new "
            f"{counts.get('articles_new', 0)} / changed {counts.get('articles_changed', 0)} / unchanged "
            f"{counts.get('articles_unchanged', 0)} / gone {counts.get('gone', 0)}, facts added "
            f"{counts.get('facts_added', 0)}, unread phrasings {counts.get('phrasings_unread', 0)}, errors {len(errors)}")


def _echo_details(status: str, counts: dict, errors: list) -> None:
    if status != "failed":
        click.echo(f"  re-validated {counts.get('revalidated', 0)}, links retired {counts.get('retired', 0)}, "
                   f"redirects refused {counts.get('refused', 0)}, disallowed by robots.txt "
                   f"{counts.get('disallowed', 0)}", err=True)
    for n in (counts.get("reported") or [])[:10]:
        click.echo(f"  note: {n['url']}: {n['what']}", err=True)
    for e in errors[:10]:
        click.echo(f"  error: {e['url']}: {e['error']}" if isinstance(e, dict) else f"  error: {e}", err=True)


def run(db_path: str, site: str, opts: Options, *, command: str = "refresh", after_crawl: Callable | None = None,
        progress: Callable | None = None, fresh: bool = False) -> tuple[int, dict]:
    """One run -> (exit code, counts). `after_crawl(db) -> dict` (extraction, indexing) runs when the
    crawl landed something (ok or partial); its counts join the run's, and its `errors` (a list) the
    run's errors (then the run is partial). `fresh`: the database is deleted first, under the lock."""
    import storage
    from storage import db as storage_db, lock as locks, runs

    with contextlib.ExitStack() as held:
        try:
            lock = held.enter_context(locks.run_lock(db_path))
            if fresh:  # the lock follows the file's identity: hold the new file's too (unless the
                storage_db.remove(db_path)  # system gave the new file the old inode)
                if locks.lock_path(storage_db.create(db_path)) != lock:
                    held.enter_context(locks.run_lock(db_path))
        except locks.AlreadyRunning as exc:
            click.echo(f"{command}: {exc}", err=True)
            return EXIT_LOCKED, {}
        held.enter_context(stop_signals_interrupt())
        try:
            db = storage.connect(db_path)
            runs.mark_interrupted(db, lock_held=True)
            run_id = runs.start_run(db, command, {"site": site, **asdict(opts)})
            t0 = time.time()
            status, code, reason, counts, errors = _crawl(db, site, opts, command, after_crawl, progress)
            runs.finish_run(db, run_id, status, code, counts, errors)
            _report(command, status, code, reason, time.time() - t0, counts, errors)
            return code, counts
        except Interrupted as exc:  # before the run started or while it was being recorded
            click.echo(f"{command} INTERRUPTED by {exc} (its runs row, if any, is marked by the next run)", err=True)
            return 128 + exc.signum, {}


def _crawl(db, site: str, opts: Options, command: str, after_crawl, progress):
    """The crawl and what follows it -> (status, exit code, reason of a failure, counts, errors)."""
    from crawler.robots import RobotsUnavailable
    from crawler.run import crawl
    from crawler.urls import SiteError

    counts: dict = {}
    errors: list = []
    try:
        counts = crawl(db, site, delay=opts.delay, full=opts.full, progress=progress, timeout=opts.timeout,
                       revalidate_days=opts.revalidate_days, retire_after=opts.retire_after,
                       pager_patience=opts.pager_patience, max_pages=opts.max_requests)
        errors = list(counts.pop("errors", []))
        status, code = verdict(counts, errors)
        if after_crawl and status in ("ok", "partial"):
            after = after_crawl(db)
            errors += after.pop("errors", [])
            counts.update(after)
            if errors and status == "ok":
                status, code = "partial", EXIT_PARTIAL
        return status, code, (f"no page could be read from {site}" if status == "failed" else None), counts, errors
    except Interrupted as exc:
        counts["interrupted"] = str(exc)
        return "interrupted", 128 + exc.signum, None, counts, errors
    except (SiteError, RobotsUnavailable) as exc:  # the site's address or the site itself: one line says it
        return "failed", EXIT_FAILED, str(exc), counts, errors + [str(exc)]
    except Exception as exc:  # the run failed: record it, keep what landed
        log.exception(f"{command} failed")
        reason = f"{type(exc).__name__}: {exc}"
        return "failed", EXIT_FAILED, reason, counts, errors + [reason]


def _report(command: str, status: str, code: int, reason: str | None, seconds: float, counts: dict,
            errors: list) -> None:
    """The run's account on stderr (one line, then details) and in the JSON Lines log."""
    if status == "failed":
        line = f"{command} FAILED after {seconds:.1f}s: {reason}"
    elif status == "interrupted":
        line = f"{command} INTERRUPTED after {seconds:.1f}s by {counts['interrupted']}; what landed is kept"
    else:
        line = summary(command, status, seconds, counts, errors)
    click.echo(line, err=True)
    _echo_details(status, counts, [e for e in errors if e != reason])
    log.info(line, extra={"data": {"status": status, "exit_code": code, "counts": counts, "errors": errors}})
