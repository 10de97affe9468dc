"""The project's Datasette plugin (loaded with `--plugins-dir datasette_plugins`).

- `fold(text)`, `fts_query(text)` and `cluster_key(text)` SQL functions, so canned queries can match
  what a person typed ("dien luc", "Điện lực", "ĐIỆN LỰC", "Cụm thi đua số 2") against the folded
  columns, the indexes and the cluster keys, with the very normalisation the pipeline used. They run
  Python, which `sql_time_limit_ms` cannot interrupt, so their argument is capped (MAX_ARGUMENT
  characters; longer raises, and SQLite reports "user-defined function raised exception"), and no
  string or blob on the connection may exceed MAX_LENGTH bytes (SQLite's "string or blob too big").
- `PRAGMA query_only = 1` on every connection to the project's database: Datasette reads it through
  `mode=ro` already, this makes sure no code path (a plugin, a canned query marked "write") can write.
- Cells listing several source articles (`source_articles`, space separated) become links.
"""
from __future__ import annotations

import sys
from pathlib import Path

import sqlite3

from datasette import hookimpl
from markupsafe import Markup, escape

_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT) not in sys.path:  # `datasette --plugins-dir` does not put the project on sys.path
    sys.path.insert(0, str(_ROOT))

from extract.normalize import fold  # noqa: E402
from storage.search import fts_query  # noqa: E402
from storage.units import make_key  # noqa: E402

try:  # the resolver's own canonical cluster keys: "Cụm thi đua số 2" = "Cụm II" = "cum 2" -> 'cum-2'
    from extract.resolve import cluster_key as _cluster_key
except ImportError:  # pragma: no cover - resolver not installed: a plain slug still finds 'cum-2'
    _cluster_key = make_key


MAX_ARGUMENT = 100_000        # characters: fold() of that takes ~20 ms (100 MB took 19 s and 1.4 GB)
MAX_LENGTH = 32 * 1024 * 1024  # bytes: above any stored page (the crawl keeps at most 8 MB of one)


def _capped(name: str, fn, limit: int = MAX_ARGUMENT):
    """`fn` refusing arguments longer than `limit` characters, before doing any work on them."""
    def capped(value):
        if value is not None and len(value if isinstance(value, (str, bytes)) else str(value)) > limit:
            raise ValueError(f"{name}(): argument too long (more than {limit} characters)")
        return fn(value)
    return capped


def _fold(value):
    return None if value is None else fold(str(value))


# People type cluster names without accents ("cum thi dua so 2"); the resolver reads Vietnamese.
_REACCENT = {"cum": "cụm", "khoi": "khối", "dua": "đua", "so": "số", "thuong": "thưởng"}


def _cluster(value):
    value = "" if value is None else str(value).strip()
    if not value:
        return None
    words = value.split()
    if fold(words[0]) in ("cum", "khoi"):
        value = " ".join(_REACCENT.get(w.lower(), w) if w == fold(w) else w for w in words)
    try:
        return _cluster_key(value)
    except Exception:  # a canned query must not fail on odd input
        return make_key(value)


@hookimpl
def prepare_connection(conn, database, datasette):
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_LENGTH)
    conn.create_function("fold", 1, _capped("fold", _fold), deterministic=True)
    conn.create_function("fts_query", 1, _capped("fts_query", lambda v: fts_query(None if v is None else str(v))),
                         deterministic=True)
    conn.create_function("cluster_key", 1, _capped("cluster_key", _cluster, 1_000), deterministic=True)
    if database not in ("_internal", "_memory"):
        conn.execute("PRAGMA query_only = 1")


@hookimpl
def render_cell(value, column):
    if column != "source_articles" or not isinstance(value, str) or not value.startswith("http"):
        return None
    links = [f'<a href="{escape(u)}">{escape(u)}</a>' for u in value.split()]
    return Markup("<br>".join(links))
