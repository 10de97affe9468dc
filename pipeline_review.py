"""The review commands of `pipeline.py` (a thin click layer over storage.review and storage.corrections*):

    pipeline.py review                       what waits for a person
    pipeline.py decide alias NAME_KEY UNIT_KEY accepted|rejected|pending --who W --why Y
    pipeline.py decide phrasing ID no_fact|missed|pending --who W --why Y
    pipeline.py corrections apply            load the reviewed files and apply every correction now
    pipeline.py corrections export           editor corrections -> the reviewed file
    pipeline.py hash-password                the hash that turns on the editor role (serve --editor)

A decision or an applied file takes effect at once (under the refresh lock) and again at every run.
`load_corrections` and `report_news` are the refresh's part (pipeline.py extract_pending, do_refresh).
"""
from __future__ import annotations

import contextlib
import json
import logging
import sys
from pathlib import Path

import click

HERE = Path(__file__).resolve().parent
CORRECTIONS = HERE / "corrections"  # the reviewed corrections files (README, "Corrections")
EXIT_BAD_INPUT, EXIT_LOCKED = 2, 75
db_option = click.option("--db", default="data/tdkt.db", show_default=True, type=click.Path(dir_okay=False),
                         help="SQLite file")
who_why = [click.option("--who", required=True, help="who decides (kept with the decision)"),
           click.option("--why", required=True, help="why (kept with the decision)")]


def load_corrections(db, directory) -> dict:
    """The reviewed corrections files into the database; a bad file keeps the last good corrections and
    is reported (`corrections_error`), it does not stop the extraction."""
    from storage.corrections import load_files
    from storage.corrections_file import CorrectionsError

    try:
        return load_files(db, directory)
    except CorrectionsError as exc:
        logging.getLogger("tdkt").error(f"corrections not loaded: {exc}")
        return {"corrections_error": str(exc)}


def report_news(db, since: str, counts: dict) -> None:
    """After the summary: tonight's new awards and leadership facts, and corrections that took no effect."""
    from storage.news import summary_lines

    for line in summary_lines(db, since):
        click.echo(line, err=True)
    for c in counts.get("corrections_not_applied") or []:
        click.echo(f"  correction not applied: {c}", err=True)


def _with(options):
    def wrap(f):
        for o in reversed(options):
            f = o(f)
        return f
    return wrap


@contextlib.contextmanager
def _writing(db_path: str):
    """The database, under the refresh lock; applies every correction again on the way out."""
    import storage
    from storage import corrections_apply, lock as locks, search

    if not Path(db_path).exists():
        raise click.ClickException(f"no database at {db_path}")
    try:
        with locks.run_lock(db_path):
            db = storage.connect(db_path)
            yield db
            report = corrections_apply.apply(db)
            search.reindex(db)
            click.echo(json.dumps(report, ensure_ascii=False))
    except locks.AlreadyRunning as exc:
        click.echo(f"{exc}", err=True)
        sys.exit(EXIT_LOCKED)


@click.command()
@db_option
def review(db):
    """List what waits for review: alias proposals, unread phrasings, corrections that took no effect,
    editor corrections not yet exported."""
    import storage
    from storage.review import queue

    if not Path(db).exists():
        raise click.ClickException(f"no database at {db}")
    q = queue(storage.connect(db))
    titles = {"aliases": "alias proposals (pipeline.py decide alias NAME_KEY UNIT_KEY accepted|rejected)",
              "phrasings": "sentences with a trigger and no fact (pipeline.py decide phrasing ID no_fact|missed)",
              "missed": "phrasings marked missed: add the fact as a correction",
              "corrections_not_applied": "corrections that took no effect",
              "editor_corrections_not_exported": "editor corrections not in a file (pipeline.py corrections export)"}
    for name, rows in q.items():
        click.echo(f"{titles[name]}: {len(rows)}")
        for r in rows:
            click.echo("  " + json.dumps(r, ensure_ascii=False))


@click.group()
def decide():
    """Record a review decision (who, when, why); it changes resolution from now on."""


@decide.command("alias")
@db_option
@click.argument("name_key")
@click.argument("unit_key")
@click.argument("status", type=click.Choice(["accepted", "rejected", "pending"]))
@_with(who_why)
def decide_alias(db, name_key, unit_key, status, who, why):
    """Accept or reject the proposal that the name NAME_KEY is the unit UNIT_KEY."""
    from storage.review import decide_alias as run

    with _writing(db) as conn:
        try:
            run(conn, name_key, unit_key, status, who, why)
        except LookupError as exc:
            raise click.ClickException(str(exc)) from None


@decide.command("phrasing")
@db_option
@click.argument("item_id")
@click.argument("status", type=click.Choice(["no_fact", "missed", "pending"]))
@_with(who_why)
def decide_phrasing(db, item_id, status, who, why):
    """Mark a sentence of phrasing_review: no_fact (rightly nothing) or missed (a fact is missing)."""
    from storage.review import decide_phrasing as run

    with _writing(db) as conn:
        try:
            run(conn, item_id, status, who, why)
        except LookupError as exc:
            raise click.ClickException(str(exc)) from None


@click.group()
def corrections():
    """The reviewed corrections (corrections/*.yml) and the editor's."""


@corrections.command("apply")
@db_option
@click.option("--dir", "directory", default=str(CORRECTIONS), show_default=True, type=click.Path(file_okay=False))
def corrections_apply(db, directory):
    """Check and load the corrections files, apply every correction now, print what took no effect."""
    from storage.corrections import load_files
    from storage.corrections_file import CorrectionsError, read_dir

    try:
        read_dir(directory)  # check before taking the lock: a bad file changes nothing
    except CorrectionsError as exc:
        click.echo(f"corrections: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    with _writing(db) as conn:
        click.echo(json.dumps(load_files(conn, directory)))


@corrections.command("export")
@db_option
@click.option("--to", "target", default=str(CORRECTIONS / "editor.yml"), show_default=True,
              type=click.Path(dir_okay=False), help="the reviewed file to append to")
def corrections_export(db, target):
    """Append the corrections made in the browser to the reviewed file (review it, then commit it)."""
    import storage
    from storage.corrections import mark_exported, unexported
    from storage.corrections_file import CorrectionsError, append_entries

    if not Path(db).exists():
        raise click.ClickException(f"no database at {db}")
    conn = storage.connect(db)
    rows = unexported(conn)
    try:
        n = append_entries(Path(target), rows) if rows else 0
    except CorrectionsError as exc:
        click.echo(f"corrections: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    mark_exported(conn, [r["id"] for r in rows], str(Path(target).resolve()))
    click.echo(f"{n} corrections exported to {target}")


@click.command("hash-password")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True, help="asked for when not given")
def hash_password(password):
    """Print the hash to put in $TDKT_EDITOR_PASSWORD_HASH for `serve --editor`."""
    from storage.serve import hash_password as run

    click.echo(run(password))


COMMANDS = [review, decide, corrections, hash_password]
