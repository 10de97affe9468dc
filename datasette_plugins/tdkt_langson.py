"""The project's Datasette plugin (loaded with `--plugins-dir datasette_plugins`).

- `fold(text)`, `fts_query(text)` and `cluster_key(text)` SQL functions, so canned queries can match
  what a person typed ("dien luc", "Điện lực", "ĐIỆN LỰC", "Cụm thi đua số 2") against the folded
  columns, the indexes and the cluster keys, with the very normalisation the pipeline used.
- `PRAGMA query_only = 1` on every connection to the project's database: Datasette reads it through
  `mode=ro` already, this makes sure no code path (a plugin, a canned query marked "write") can write.
- Cells listing several source articles (`source_articles`, space separated) become links.
"""
from __future__ import annotations

import sys
from pathlib import Path

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
    conn.create_function("fold", 1, _fold, deterministic=True)
    conn.create_function("fts_query", 1, lambda v: fts_query(None if v is None else str(v)), deterministic=True)
    conn.create_function("cluster_key", 1, _cluster, deterministic=True)
    if database not in ("_internal", "_memory"):
        conn.execute("PRAGMA query_only = 1")


@hookimpl
def render_cell(value, column):
    if column != "source_articles" or not isinstance(value, str) or not value.startswith("http"):
        return None
    links = [f'<a href="{escape(u)}">{escape(u)}</a>' for u in value.split()]
    return Markup("<br>".join(links))
