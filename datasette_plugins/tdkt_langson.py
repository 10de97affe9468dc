"""The project's Datasette plugin (loaded with `--plugins-dir datasette_plugins`).

- SQL functions with the very normalisation the pipeline used, so canned queries match what a person
  typed: `fold(text)`; `fts_query(text)` / `fts_ranked(text)` / `fts_phrase(text)` (only quoted
  folded words ever reach FTS5; `fts_ranked` lets the words as a phrase weigh in bm25); `like_pattern(text)` (`%`/`_` literal, for `LIKE … ESCAPE '\\'`); `trich_doan(text, q)` (a
  snippet of the text as written, accents kept, around the folded match); `cluster_designator(text)`
  ("Cụm thi đua số 2" = "Cụm II" = "cum 2" -> 'cum-2').
- `escape_fts` replaced (after Datasette's own), so a table's search box (`?_search=`) takes any text —
  a lone `"`, `NEAR(`, `*` — and searches the folded words instead of failing with "Invalid SQL".
- `PRAGMA query_only = 1` on every connection to the project's database: Datasette reads it through
  `mode=ro` already, this makes sure no code path (a plugin, a canned query marked "write") can write.
- Article links: a cell holding an article's address (`article_url`, `source_articles`, `article_a`…)
  links to the article page inside Datasette (`/-/bai-viet`, the stored text with the evidence marked,
  storage/article_page.py) and to the article's source, never to a dead address.
"""
from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT) not in sys.path:  # `datasette --plugins-dir` does not put the project on sys.path
    sys.path.insert(0, str(_ROOT))

from extract.normalize import fold  # noqa: E402
from storage.article_page import article_context  # noqa: E402
from storage.provenance import is_loopback  # noqa: E402
from storage.search import fts_phrase, fts_query, fts_ranked, highlight, like_pattern  # noqa: E402
from storage.units import make_key  # noqa: E402

try:  # the cluster identity's own designators: "Cụm thi đua số 2" = "Cụm II" = "cum 2" -> 'cum-2'
    from extract.clusterid import designator as _designator
except ImportError:  # pragma: no cover - extractor not installed: a plain slug still finds 'cum-2'
    _designator = make_key

ARTICLE_PAGE = "/-/bai-viet"
# Cells that hold article addresses, and which row columns say what to mark on the article page.
_ARTICLE_COLUMNS = {"article_url", "source_articles", "article_a", "article_b", "url"}


def _fold(value):
    return None if value is None else fold(str(value))


# People type cluster names without accents ("cum thi dua so 2"); the designator reads Vietnamese.
_REACCENT = {"cum": "cụm", "khoi": "khối", "dua": "đua", "so": "số", "thuong": "thưởng"}


def _cluster(value):
    value = "" if value is None else str(value).strip()
    if not value:
        return None
    words = value.split()
    if fold(words[0]) in ("cum", "khoi"):
        value = " ".join(_REACCENT.get(w.lower(), w) if w == fold(w) else w for w in words)
    try:
        return _designator(value)
    except Exception:  # a canned query must not fail on odd input
        return make_key(value)


def _text(fn):
    return lambda v: fn(None if v is None else str(v))


@hookimpl(trylast=True)  # after Datasette's own escape_fts, which this one replaces
def prepare_connection(conn, database, datasette):
    conn.create_function("fold", 1, _fold, deterministic=True)
    conn.create_function("fts_query", 1, _text(fts_query), deterministic=True)
    conn.create_function("fts_phrase", 1, _text(fts_phrase), deterministic=True)
    conn.create_function("fts_ranked", 1, _text(fts_ranked), deterministic=True)
    conn.create_function("escape_fts", 1, _text(fts_query), deterministic=True)
    conn.create_function("like_pattern", 1, _text(like_pattern), deterministic=True)
    conn.create_function("trich_doan", 2, lambda t, q: highlight(t, None if q is None else str(q)),
                         deterministic=True)
    conn.create_function("cluster_designator", 1, _cluster, deterministic=True)
    conn.create_function("cluster_key", 1, _cluster, deterministic=True)  # the old name, kept for saved links
    if database not in ("_internal", "_memory"):
        conn.execute("PRAGMA query_only = 1")


def _row(row, name):
    try:
        return row[name]
    except (KeyError, IndexError, TypeError):
        return None


def _article_link(datasette, database: str, url: str, **mark) -> str:
    params = {"db": database, "url": url, **{k: v for k, v in mark.items() if v not in (None, "")}}
    return datasette.urls.path(ARTICLE_PAGE) + "?" + urlencode(params)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if column not in _ARTICLE_COLUMNS or not isinstance(value, str) or "://" not in value:
        return None
    if column == "url" and table != "articles":
        return None
    mark = {}
    if column == "article_url":
        mark = {"start": _row(row, "start"), "end": _row(row, "end")}
    elif column == "source_articles":
        mark = {"unit": _row(row, "unit_key")} if _row(row, "unit_key") else {"cluster": _row(row, "cluster_key")}
    elif column in ("article_a", "article_b"):
        mark = {"cluster": _row(row, "cluster_key")}
    links = []
    for url in value.split():
        page = _article_link(datasette, database, url, **mark)
        host = urlsplit(url).hostname or url
        source = (f'<span class="article-url">{escape(url.rsplit("/", 1)[-1][:60])}</span>' if is_loopback(url)
                  else f'<a class="source-link" href="{escape(url)}" title="{escape(url)}">{escape(host)}</a>')
        links.append(f'<a class="article-page" href="{escape(page)}">bài viết / article</a> · {source}')
    return Markup("<br>".join(links))


_PAGE = """{% extends "base.html" %}
{% block title %}{{ article.title }}{% endblock %}
{% block extra_head %}<style>
mark.evidence { background: #ffe066; padding: 0 .1em; }
.article-body p { max-width: 48em; line-height: 1.55; }
.article-facts li.marked { font-weight: bold; }
</style>{% endblock %}
{% block content %}
<p class="crumbs"><a href="{{ urls.database(db) }}">{{ db }}</a> / bài viết / article</p>
<h1>{{ article.title }}</h1>
<p class="article-meta">{{ article.published or "" }}
{% if source_url %} · Nguồn / source: <a class="source-link" href="{{ source_url }}">{{ source_host }}</a>
{% else %} · nguồn gốc không rõ / source unknown{% endif %}
{% if article.status != "ok" %} · <strong>bài đã bị gỡ khỏi trang nguồn / removed from its source
({{ article.gone_at }})</strong>{% endif %}</p>
<p>{{ marked }} câu dẫn chứng được đánh dấu / evidence sentences marked.</p>
<div class="article-body">{% for p in paragraphs %}<p>{{ p|safe }}</p>{% endfor %}</div>
<h2>Dữ kiện trích từ bài này / facts from this article</h2>
<ul class="article-facts">{% for f in facts %}
<li class="{{ 'marked' if f.marked else '' }}"><a href="{{ page }}{{ f.link }}">{{ f.name }}</a>
— {{ f.detail or "" }} {{ f.year or "" }} ({{ f.label }})</li>{% endfor %}</ul>
{% endblock %}"""


async def article_page(datasette, request):
    args = request.args
    db_name = args.get("db") or next((n for n in datasette.databases if n not in ("_internal", "_memory")), "")
    if db_name not in datasette.databases:
        return Response.html(f"<p>Không có cơ sở dữ liệu {escape(db_name)} / no such database</p>", status=404)
    url = args.get("url") or ""
    db = datasette.get_database(db_name)
    ctx = await db.execute_fn(lambda conn: article_context(
        conn, url, args.get("start"), args.get("end"), args.get("unit"), args.get("cluster"), db_name))
    if ctx is None:
        return Response.html(f"<p>Không có bài viết / no article at {escape(url)}</p>", status=404)
    template = datasette.jinja_env.from_string(_PAGE)
    return Response.html(await datasette.render_template(
        template, {**ctx, "db": db_name, "page": datasette.urls.path(ARTICLE_PAGE)}, request=request))


@hookimpl
def register_routes():
    return [(r"^/-/bai-viet$", article_page)]
