#!/usr/bin/env python3
"""tdkt-langson: the one entry point. A thin click CLI over crawler/, extract/ and storage/.

    pipeline.py run                      crawl (real site, else the bundled snapshot), extract, load, serve
    pipeline.py refresh --db DB --site URL [--delay S] [--full]   (the run itself: nightly.py)
    pipeline.py facts --db DB            every current fact as JSON Lines

Exit codes: 0 ok; 1 the run failed; 3 the run landed but some pages failed (they are retried next
run); 75 another writer holds the lock of this database; 143 (130) stopped by SIGTERM (SIGINT).
A --db that is not SQLite or cannot be written gets one line on stderr and exit 1.
"""
from __future__ import annotations

import json
import logging
import os
import sys
import time
from pathlib import Path

import click

from pipeline_measure import COMMANDS as _MEASURE_COMMANDS
from pipeline_review import COMMANDS as _REVIEW_COMMANDS, CORRECTIONS, load_corrections, report_news

HERE = Path(__file__).resolve().parent
DEFAULT_DB = "data/tdkt.db"
DEFAULT_SITE = "https://thiduakhenthuong.langson.gov.vn"
SNAPSHOT = HERE / "snapshot" / "mirror"
EXIT_PARTIAL, EXIT_LOCKED = 3, 75

log = logging.getLogger("tdkt")


def _setup_logging(db: str) -> None:
    """A structured (JSON Lines) log beside the database, plus plain progress on stderr."""
    path = Path(db).with_suffix(".log.jsonl")
    path.parent.mkdir(parents=True, exist_ok=True)

    class JsonFormatter(logging.Formatter):
        def format(self, record):
            out = {"t": self.formatTime(record), "level": record.levelname, "msg": record.getMessage(),
                   **getattr(record, "data", {})}
            if record.exc_info:
                out["traceback"] = self.formatException(record.exc_info)
            return json.dumps(out, ensure_ascii=False, default=str)

    fh = logging.FileHandler(path, encoding="utf-8")
    fh.setFormatter(JsonFormatter())
    log.handlers[:] = [fh]
    log.setLevel(logging.INFO)
    log.propagate = False  # Scrapy configures the root logger; the JSON log stays separate


def _progress(event) -> None:
    """One line per crawled page on a terminal; every event in the JSON log."""
    if isinstance(event, dict):
        msg = f"[{event.get('pages_fetched', '?')} pages] {event.get('outcome', event.get('kind', ''))} {event.get('url', '')}"
        log.info(msg, extra={"data": event})
    else:
        msg = str(event)
        log.info(msg)
    if sys.stderr.isatty():
        click.echo(msg, err=True)


class _Cli(click.Group):
    """Every command: a bad --db (storage.DatabaseProblem) is one line on stderr, not a traceback."""

    def invoke(self, ctx):
        from storage.db import DatabaseProblem

        try:
            return super().invoke(ctx)
        except DatabaseProblem as exc:
            raise click.ClickException(str(exc)) from None


def _print_version(ctx, param, value) -> None:
    if not value or ctx.resilient_parsing:
        return
    import tomllib

    from extract import EXTRACTOR_VERSION

    version = tomllib.loads((HERE / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    click.echo(f"pipeline.py {version} (extractor {EXTRACTOR_VERSION})")
    ctx.exit()


@click.group(cls=_Cli)
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version,
              help="Print the project's and the extractor's versions and exit.")
def cli():
    """Crawl the Lạng Sơn Emulation & Commendation Board's news, extract clusters, roles, rankings and
    awards, and serve them in Datasette."""


db_option = click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False), help="SQLite file")
corrections_option = click.option("--corrections", "corrections_dir", default=str(CORRECTIONS), show_default=True,
                                  type=click.Path(file_okay=False), help="folder of reviewed corrections (*.yml)")


def crawl_options(command):
    """The options of a crawl (`refresh`, `crawl`): where, how fast, and the crawl policy."""
    from crawler.settings import POLICY

    for option in reversed([
        click.option("--site", default=DEFAULT_SITE, show_default=True,
                     help="the site's http(s) address: scheme, host and port only"),
        click.option("--delay", type=float, default=None, help="seconds between requests (default: robots.txt Crawl-delay, else 1)"),
        click.option("--full", is_flag=True, help="walk every listing page and re-check every stored article"),
        click.option("--timeout", type=float, default=POLICY["timeout"], show_default=True,
                     help="seconds one request may take, connecting and reading the whole answer"),
        click.option("--revalidate-days", type=float, default=POLICY["revalidate_days"], show_default=True,
                     help="re-check every stored article (conditional GET) at least once in this many days, "
                          "spread evenly over the nights; 0: never"),
        click.option("--retire-after", type=click.IntRange(1), default=POLICY["retire_after"], show_default=True,
                     help="404/410 answers in a row after which a link is retired (reported, no longer asked for)"),
        click.option("--pager-patience", type=click.IntRange(1), default=POLICY["pager_patience"], show_default=True,
                     help="listing pages in a row without a new link after which paging stops"),
        click.option("--max-requests", type=click.IntRange(1), default=POLICY["max_requests"], show_default=True,
                     help="at most this many listing and article requests a run"),
    ]):
        command = option(command)
    return command


def _crawl_opts(delay, full, timeout, revalidate_days, retire_after, pager_patience, max_requests):
    import nightly

    return nightly.Options(delay=delay, full=full, timeout=timeout, revalidate_days=revalidate_days,
                           retire_after=retire_after, pager_patience=pager_patience, max_requests=max_requests)


def extract_pending(db, all_: bool = False, workers: int = 1, corrections_dir=CORRECTIONS) -> dict:
    """Extract facts from new or changed articles (all of them with all_=True or a new extractor
    version) and store them, one transaction per article, with the reviewed corrections applied again.
    Facts of removed articles are retired first."""
    from extract import EXTRACTOR_VERSION
    from extract.keys import KEYS_VERSION, resolutions_of
    from storage import articles, corrections_apply, facts as facts_store, review
    from storage.runs import utc_now
    from extract.pool import extract_reports

    version = f"{EXTRACTOR_VERSION}+keys{KEYS_VERSION}"  # new keys or scope rules re-key stored articles
    corrections = load_corrections(db, corrections_dir)
    now = utc_now()
    retired = facts_store.retire_removed_articles(db, now)
    rows = articles.pending_extraction(db, version, all=all_)
    counts = {"articles_extracted": 0, "facts_added": 0, "facts_kept": 0, "facts_retired": retired["facts"],
              "alias_proposals": 0, "phrasings_unread": 0, **corrections}
    unmatched: set[str] = set()
    for row, found, unread in extract_reports(rows, workers=workers):
        names = {(name, res.key): res for name, res in resolutions_of(found)}
        with db.atomic():  # facts, the extraction mark, unread phrasings and the review of names: all or nothing
            c = corrections_apply.store_corrected(db, row["url"], found, version, now)
            articles.mark_extracted(db, row["url"], version, row.get("content_hash"))
            review.store_unread(db, row["url"], unread, EXTRACTOR_VERSION, now)
            reviewed = review_names(db, names)
        counts["phrasings_unread"] += len(unread)
        unmatched.update(reviewed.pop("unmatched"))
        counts["alias_proposals"] += reviewed["alias_proposals"]
        counts["articles_extracted"] += 1
        counts["facts_added"] += c["added"]
        counts["facts_kept"] += c["kept"]
        counts["facts_retired"] += c["retired"]
    if unmatched:
        log.info(f"{len(unmatched)} names not in the gazetteer", extra={"data": {"unmatched": sorted(unmatched)[:200]}})
    counts["names_unmatched"] = len(unmatched)
    counts.update(corrections_apply.apply(db))  # merges and accepted aliases reach every article
    return counts


def review_names(db, names: dict) -> dict:
    """Every name the extraction wrote becomes an alias of its unit; names the gazetteer does not know
    are returned (`unmatched`), and fuzzy near-misses are queued in `alias_review` (never merged).
    `names`: {(written name, key): resolution} from extract.keys.resolutions_of."""
    from storage.units import sync_units

    pairs = [(name, r) for (name, _), r in names.items() if name]
    c = sync_units(db, pairs)
    unmatched = sorted({n for n, r in pairs if r is not None and r.via == "new"})
    return {"names_unmatched": len(unmatched), "alias_proposals": c.get("proposals", 0), "unmatched": unmatched}


def load_gazetteer(db) -> None:
    """The hand-made gazetteer (extract/data) into units / unit_aliases; idempotent, so edits land."""
    from extract.resolve import load_gazetteer as entries
    from storage.units import load_gazetteer as load

    with db.atomic():
        load(db, entries())


def snapshot_db(db: str) -> str:
    """The offline demo's own database beside DB (`data/tdkt.db` -> `data/tdkt-snapshot.db`): the
    snapshot never mixes into the database the real site is crawled into."""
    p = Path(db)
    return str(p.with_name(f"{p.stem}-snapshot{p.suffix or '.db'}"))


def do_refresh(db_path: str, site: str, delay: float | None, full: bool, workers: int = 1,
               snapshot: bool = False, corrections_dir=CORRECTIONS, opts=None) -> int:
    """One refresh of DB_PATH from SITE (nightly.py: lock, `runs` row, crawl, an honest status), then
    extraction, the search index and tonight's news. `snapshot`: the offline demo, rebuilt from scratch
    at every run and keyed by its articles' source URLs (storage/provenance.py)."""
    import nightly
    import storage
    from storage import news

    def after_crawl(db) -> dict:
        from storage import provenance, search

        load_gazetteer(db)
        counts = {"sources_assigned": provenance.assign_sources(db, site)}
        if snapshot:
            provenance.rebase_to_sources(db, site)
        counts.update(extract_pending(db, workers=workers, corrections_dir=corrections_dir))
        search.reindex(db)
        if counts.get("corrections_error"):  # the run is partial: the last good corrections stay
            counts["errors"] = [f"corrections: {counts['corrections_error']}"]
        return counts

    _setup_logging(db_path)
    opts = opts or nightly.Options(delay=delay, full=full)
    since = news.mark(db_path)
    code, counts = nightly.run(db_path, site, opts, after_crawl=after_crawl, progress=_progress, fresh=snapshot)
    if code in (0, EXIT_PARTIAL):
        report_news(storage.connect(db_path, read_only=True), since, counts)
    return code


@cli.command()
@db_option
@crawl_options
@click.option("--workers", type=int, default=1, show_default=True, help="extraction processes")
@corrections_option
def refresh(db, site, workers, corrections_dir, **policy):
    """Crawl SITE, extract what is new or changed, load it; print a summary."""
    sys.exit(do_refresh(db, site, policy["delay"], policy["full"], workers, corrections_dir=corrections_dir,
                        opts=_crawl_opts(**policy)))


@cli.command()
@db_option
@crawl_options
def crawl(db, site, **policy):
    """Only crawl and store articles (no extraction); prints the counts as JSON."""
    import nightly

    _setup_logging(db)
    code, counts = nightly.run(db, site, _crawl_opts(**policy), command="crawl", progress=_progress)
    if code != EXIT_LOCKED:
        click.echo(json.dumps(counts, ensure_ascii=False, default=str))
    sys.exit(code)


@cli.command()
@db_option
@click.option("--all", "all_", is_flag=True, help="re-extract every stored article")
@click.option("--workers", type=int, default=1, show_default=True, help="extraction processes")
@corrections_option
def extract(db, all_, workers, corrections_dir):
    """(Re-)extract facts from stored articles."""
    import storage
    from storage import lock as locks, search

    try:
        with locks.run_lock(db):  # never alongside a refresh of the same database
            conn = storage.connect(db)
            t0 = time.time()
            c = extract_pending(conn, all_=all_, workers=workers, corrections_dir=corrections_dir)
            search.reindex(conn)
    except locks.AlreadyRunning as exc:
        click.echo(f"extract: {exc}", err=True)
        sys.exit(EXIT_LOCKED)
    c["seconds"] = round(time.time() - t0, 2)
    click.echo(json.dumps(c))


@cli.command()
@db_option
def facts(db):
    """Print every current fact as JSON Lines."""
    import storage
    from storage.facts import all_facts

    if not Path(db).exists():
        raise click.ClickException(f"no database at {db}")
    for f in all_facts(storage.connect(db)):
        click.echo(json.dumps(f, ensure_ascii=False))


@cli.command()
@db_option
def stats(db):
    """Articles, facts, crawl state and the last runs (reads only: safe beside a running refresh)."""
    import storage
    from storage import facts as facts_store, pages, runs

    conn = storage.connect(db, read_only=True)
    n = conn.execute("SELECT count(*), sum(gone_at IS NOT NULL) FROM articles").fetchone()
    click.echo(f"articles: {n[0]} ({n[1] or 0} gone)")
    click.echo("facts: " + json.dumps(facts_store.count_facts(conn)))
    if "retired_at" in conn["pages"].columns_dict:
        p = pages.summary(conn)
        click.echo(f"pages: {p['failed']} failed (asked again next run), {p['retired']} links retired")
    click.echo("last runs:")
    for r in runs.last_runs(conn, 10):
        counts = r["counts"] if isinstance(r["counts"], (dict, list)) else json.loads(r["counts"] or "{}")
        errors = r["errors"] if isinstance(r["errors"], list) else json.loads(r["errors"] or "[]")
        click.echo(f"  #{r['id']} {r['command']} {runs.shown_status(r)} exit={r['exit_code']} {r['started']} -> "
                   f"{r['finished']} errors={len(errors)} {json.dumps(counts, ensure_ascii=False)}")


@cli.command()
@db_option
@click.option("--port", type=int, default=8001, show_default=True, help="port on 127.0.0.1")
@click.option("--editor", is_flag=True, help="let staff log in (password hash in $TDKT_EDITOR_PASSWORD_HASH) and "
                                             "record corrections from a fact's page")
def serve(db, port, editor):
    """Serve DB read-only in Datasette on 127.0.0.1:PORT."""
    from storage.serve import EDITOR_ENV, serve_args

    if not Path(db).exists():
        raise click.ClickException(f"no database at {db}")
    if editor and not os.environ.get(EDITOR_ENV):
        raise click.ClickException(f"--editor needs ${EDITOR_ENV} (make it with: pipeline.py hash-password)")
    cmd = serve_args(db, port, editor=editor)
    click.echo(f"Datasette: http://127.0.0.1:{port}/", err=True)
    os.execvp(cmd[0], cmd)


@cli.command("snapshot-serve")
@click.option("--port", type=int, default=0, help="0 picks a free port")
def snapshot_serve(port):
    """Serve the bundled snapshot of the site on 127.0.0.1 (what `run` uses offline)."""
    from crawler import mirror_server

    url, server = mirror_server.start(str(SNAPSHOT), port=port)
    click.echo(url)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.shutdown()


def site_reachable(site: str, timeout: float = 5.0) -> bool:
    """Does the site answer robots.txt (on its own host, within `timeout`)?"""
    from crawler import robots, settings

    try:
        robots.fetch(site, settings.USER_AGENT, timeout, attempts=1)
        return True
    except Exception:
        return False


@cli.command()
@db_option
@click.option("--site", default=DEFAULT_SITE, show_default=True, help="the site's http(s) address")
@click.option("--offline", is_flag=True, help="use the bundled snapshot of the site, served on loopback")
@click.option("--port", type=int, default=8001, show_default=True, help="Datasette port")
@click.option("--no-serve", is_flag=True, help="stop after the refresh")
def run(db, site, offline, port, no_serve):
    """The main job: refresh from the site (or the bundled snapshot when it cannot be reached), then serve."""
    server = None
    delay = None
    snapshot = offline or not site_reachable(site)
    if snapshot:
        from crawler import mirror_server

        site, server = mirror_server.start(str(SNAPSHOT), port=0)
        delay = 0.0
        real, db = db, snapshot_db(db)
        click.echo(f"site not used (offline or unreachable): the bundled snapshot, served at {site}, is "
                   f"loaded into its own database {db} ({real} is not touched)", err=True)
    code = do_refresh(db, site, delay, full=False, snapshot=snapshot)
    if server:
        server.shutdown()
    if code not in (0, EXIT_PARTIAL):
        sys.exit(code)
    if not no_serve:
        from storage.serve import serve_args

        cmd = serve_args(db, port)
        click.echo(f"Datasette: http://127.0.0.1:{port}/", err=True)
        os.execvp(cmd[0], cmd)


for _command in _REVIEW_COMMANDS + _MEASURE_COMMANDS:  # review, decide, corrections, hash-password; evaluate, score
    cli.add_command(_command)

if __name__ == "__main__":
    cli()
