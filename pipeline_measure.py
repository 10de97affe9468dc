"""The measuring commands of `pipeline.py` (a thin click layer over extract.evaluate and scoring):

    pipeline.py evaluate GOLD FACTS          precision, recall and F1 of exported facts against a gold file
    pipeline.py score SET [--final]          an annotated set (corpus/sets.json) through crawl, extraction and
                                             storage, judged the same way; the locked set only with --final
"""
from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("facts_file", metavar="FACTS", type=click.Path(exists=True, dir_okay=False))
@click.option("--verbose", is_flag=True, help="also print every missed and spurious fact")
def evaluate(gold, facts_file, verbose):
    """Precision, recall and F1 of FACTS (pipeline.py facts output) against GOLD."""
    from extract.evaluate import evaluate as run_eval, read_jsonl, report_lines

    report, misses = run_eval(read_jsonl(gold), read_jsonl(facts_file))
    for line in (misses if verbose else []) + report_lines(report):
        click.echo(line)


@click.command()
@click.argument("name", metavar="SET")
@click.option("--final", is_flag=True, help="the work is finished: allow the locked set (each scoring is logged)")
@click.option("--workers", type=int, default=1, show_default=True, help="extraction processes")
@click.option("--keep", type=click.Path(file_okay=False), help="leave the mirror, database and facts here")
@click.option("--verbose", is_flag=True, help="print every missed and spurious fact")
def score(name, final, workers, keep, verbose):
    """Score an annotated set (corpus/sets.json: sample, dev-65, dev, locked) through crawl, parse,
    extraction and storage; P/R/F1 per fact kind and per source kind."""
    from extract.evaluate import report_lines
    from scoring import SetError, score_set

    try:
        report, misses = score_set(name, workers=workers, final=final, keep=Path(keep) if keep else None)
    except SetError as e:
        raise click.ClickException(str(e)) from None
    for line in (misses if verbose else []) + report_lines(report):
        click.echo(line)


COMMANDS = [evaluate, score]
