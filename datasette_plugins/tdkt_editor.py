"""The editor role: staff record corrections from a fact's page; everyone else stays read-only.

Off by default. `pipeline.py serve --editor` puts `{"tdkt-editor": {"password_hash": {"$env": ...}}}` in
the metadata (storage/serve.py); without it the login and correction pages answer 403.

- `/-/tdkt-login`: name and the editors' password -> a signed `ds_actor` cookie {"role": "editor", "name"};
  the name is the `who` of the corrections that person makes. Datasette's own /-/logout ends it.
- `/-/tdkt-correct/<db>/<table>/<fact id>`: the fact as extracted and as it stands, and a form to reject
  it or change its fields, with a required `why`. The correction is checked exactly as a file entry is
  (corrections_file.check_entry), targets the fact by its stable selector (article path, kind, the
  values the extractor gave), is stored with source 'editor' and applied at once through a connection of
  this plugin's own; `pipeline.py corrections export` later writes it to the reviewed file.
- Fact row pages show the fact's state and correction above the table to everyone, and a link to
  that form to editors only.
- Every POST other than logging in, logging out and recording a correction answers 403 before Datasette
  sees it, whoever sends it; the correction page itself answers 403 to anyone but an editor. Datasette's
  connections keep `query_only` (tdkt_langson.py): nothing else becomes writable.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import re
import sys
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import escape

_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT) not in sys.path:  # `datasette --plugins-dir` does not put the project on sys.path
    sys.path.insert(0, str(_ROOT))

from storage.corrections_file import FIELDS, CorrectionsError, check_entry  # noqa: E402
from storage.serve import verify_password  # noqa: E402

TABLES = {"memberships": "membership", "rankings": "ranking", "awards": "award"}
CORRECT_PATH = re.compile(r"^/-/tdkt-correct/(?P<db>[^/]+)/(?P<table>memberships|rankings|awards)/(?P<id>[^/]+)$")
POST_ALLOWED = re.compile(r"^/-/(tdkt-login|logout)$")

PAGE = """{% extends "base.html" %}
{% block title %}{{ title }}{% endblock %}
{% block content %}
<h1>{{ title }}</h1>
{% if error %}<p class="message-error">{{ error }}</p>{% endif %}
{{ body }}
{% endblock %}"""


def _enabled(datasette) -> bool:
    return bool((datasette.plugin_config("tdkt-editor") or {}).get("password_hash"))


def _editor(request) -> str | None:
    actor = request.actor or {}
    return actor.get("name") if actor.get("role") == "editor" else None


async def _page(datasette, request, title: str, body: str, error: str | None = None, status: int = 200):
    from markupsafe import Markup

    template = datasette.jinja_env.from_string(PAGE)
    html = await datasette.render_template(template, {"title": title, "body": Markup(body), "error": error},
                                           request=request)
    return Response.html(html, status=status)


def _csrf(request) -> str:
    return f'<input type="hidden" name="csrftoken" value="{escape(request.scope["csrftoken"]())}">'


async def login(request, datasette):
    if not _enabled(datasette):
        return Response.text("403: the editor role is off on this site", status=403)
    error, status = None, 200
    if request.method == "POST":
        form = await request.post_vars()
        name = (form.get("name") or "").strip()
        if name and verify_password(form.get("password") or "", datasette.plugin_config("tdkt-editor")["password_hash"]):
            response = Response.redirect(datasette.urls.path("/"))
            response.set_cookie("ds_actor", datasette.sign(
                {"a": {"id": f"editor:{name}", "name": name, "role": "editor"}}, "actor"), httponly=True)
            return response
        error, status = "Tên hoặc mật khẩu không đúng / Wrong name or password", 403
    body = (f'<form class="core" method="post" action="{datasette.urls.path("/-/tdkt-login")}">{_csrf(request)}'
            '<p><label>Tên của bạn / Your name <input type="text" name="name" required></label></p>'
            '<p><label>Mật khẩu biên tập / Editors\' password <input type="password" name="password" required>'
            '</label></p><p><input type="submit" value="Đăng nhập / Log in"></p></form>')
    return await _page(datasette, request, "Đăng nhập biên tập / Editor log in", body, error, status)


def _read_fact(path: str, table: str, fact_id: str) -> dict | None:
    import storage

    from storage.corrections_facts import site_path

    db = storage.connect(path)
    try:
        rows = list(db.query(f"SELECT * FROM {table} WHERE id = ?", [fact_id]))
        return {**rows[0], "site_path": site_path(db, rows[0]["article_url"])} if rows else None
    finally:
        db.close()


def _extracted(row: dict) -> dict:
    return {**row, **json.loads(row.get("original") or "{}")}


def _selector(kind: str, row: dict) -> dict:
    """The fact as the extractor gave it: what the correction will find it by after any re-extraction."""
    values = _extracted(row)
    out = {"article": row.get("site_path") or urlsplit(row["article_url"]).path, "kind": kind}
    for f in FIELDS[kind]:
        if values.get(f) not in (None, ""):
            out[f] = values[f]
    return out


def _entry(kind: str, row: dict, form: dict, who: str) -> dict:
    """The form -> a correction entry, checked as a file entry is."""
    when = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    raw = {"action": form.get("action"), "who": who, "when": when, "why": (form.get("why") or "").strip(),
           "fact": _selector(kind, row)}
    if raw["action"] == "change":
        raw["set"] = {f: form[f].strip() for f in FIELDS[kind]
                      if f in form and form[f].strip() != ("" if row.get(f) is None else str(row[f]))}
        if not raw["set"]:
            raise CorrectionsError("nothing was changed")
    stamp = hashlib.sha1(json.dumps(raw, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:8]
    raw["id"] = f"editor-{when[:10]}-{stamp}"
    return check_entry(raw, "the form")


def _record(path: str, entry: dict, article_url: str) -> tuple[str, str | None]:
    """Store and apply the correction; one that finds no target is taken back and reported."""
    import storage
    from storage import corrections, corrections_apply, search

    db = storage.connect(path)
    try:
        with db.atomic():
            corrections.upsert(db, entry, "editor")
        corrections_apply.apply(db, article_url)
        status, detail = db.execute("SELECT status, status_detail FROM corrections WHERE id = ?",
                                    [entry["id"]]).fetchone()
        if status != "applied":
            with db.atomic():
                db.execute("DELETE FROM corrections WHERE id = ?", [entry["id"]])
            corrections_apply.apply(db, article_url)
        search.reindex(db)
        return status, detail
    finally:
        db.close()


def _form(request, datasette, db_name: str, table: str, row: dict) -> str:
    kind = TABLES[table]
    extracted = _extracted(row)
    article = datasette.urls.path("/-/bai-viet") + "?" + urlencode(  # tdkt_langson.py's article page
        {"db": db_name, "url": row["article_url"], **{k: row[k] for k in ("start", "end") if row.get(k) is not None}})
    inputs = "".join(
        f'<p><label>{f} <input type="text" name="{f}" value="{escape("" if row.get(f) is None else row[f])}">'
        f'</label> <small>trích / extracted: {escape(str(extracted.get(f)))}</small></p>' for f in FIELDS[kind])
    return (f'<p>Trạng thái / State: <strong class="tdkt-state">{escape(row["state"])}</strong>'
            f'{" — " + str(escape(row["correction"])) if row.get("correction") else ""}</p>'
            f'<blockquote>{escape(row.get("evidence") or "")}</blockquote>'
            f'<p><a class="article-page" href="{escape(article)}">bài viết, câu dẫn chứng được đánh dấu / the article, '
            f'evidence marked</a> · {escape(row["article_url"])}</p>'
            f'<form class="core" method="post">{_csrf(request)}'
            '<p><label><input type="radio" name="action" value="change" checked> Sửa / change</label> '
            '<label><input type="radio" name="action" value="reject"> Loại bỏ / reject</label></p>'
            f'{inputs}<p><label>Lý do / Why <input type="text" name="why" size="80" required></label></p>'
            '<p><input type="submit" value="Ghi sửa đổi / Record the correction"></p></form>')


async def correct(request, datasette):
    m = CORRECT_PATH.match(request.path)
    who = _editor(request)
    if not _enabled(datasette) or not who or not m:
        return Response.text("403: only an editor can record a correction", status=403)
    db_name, table, fact_id = m["db"], m["table"], m["id"]
    try:
        path = datasette.get_database(db_name).path
    except KeyError:
        return Response.text("no such database", status=404)
    loop = asyncio.get_running_loop()
    row = await loop.run_in_executor(None, _read_fact, path, table, fact_id)
    if row is None:
        return Response.text("no such fact", status=404)
    title = f"Sửa dữ kiện / Correct a {TABLES[table]}"
    if request.method == "POST":
        form = await request.post_vars()
        try:
            entry = _entry(TABLES[table], row, form, who)
        except CorrectionsError as exc:
            return await _page(datasette, request, title, _form(request, datasette, db_name, table, row), str(exc), 400)
        status, detail = await loop.run_in_executor(None, _record, path, entry, row["article_url"])
        if status != "applied":
            return await _page(datasette, request, title, _form(request, datasette, db_name, table, row),
                               f"{status}: {detail}", 409)
        return Response.redirect(datasette.urls.row(db_name, table, quote(fact_id, safe="")))
    return await _page(datasette, request, title, _form(request, datasette, db_name, table, row))


@hookimpl
def register_routes():
    return [(r"^/-/tdkt-login$", login), (CORRECT_PATH.pattern, correct)]


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def read_only(scope, receive, send):
            if (scope["type"] == "http" and scope.get("method") not in ("GET", "HEAD", "OPTIONS")
                    and not POST_ALLOWED.match(scope["path"]) and not CORRECT_PATH.match(scope["path"])):
                await Response.text("403: this site is read-only", status=403).asgi_send(send)
                return
            await app(scope, receive, send)

        return read_only

    return wrap


@hookimpl
def menu_links(datasette, actor, request):
    if not _enabled(datasette):
        return []
    if (actor or {}).get("role") == "editor":
        return [{"href": datasette.urls.path("/-/logout"), "label": f"Biên tập viên / Editor: {actor.get('name')}"}]
    return [{"href": datasette.urls.path("/-/tdkt-login"), "label": "Đăng nhập biên tập / Editor log in"}]


# Every reader of a fact's page sees its state above the (wide) table; an editor also gets the form's link.
_STATE_BANNER = """(function(){var h=document.querySelector('h1'),s=document.querySelector('td.col-state');
if(!h||!s)return;var c=document.querySelector('td.col-correction'),p=document.createElement('p');
p.className='tdkt-fact-state';p.textContent='Trạng thái / State: '+s.textContent.trim()+
(c&&c.textContent.trim()&&c.textContent.trim()!=='\\u00a0'?' — '+c.textContent.trim():'');h.after(p);%s})();"""


@hookimpl
def extra_body_script(template, database, table, view_name, request, datasette):
    if view_name != "row" or table not in TABLES:
        return None
    link = ""
    if request and _editor(request) and _enabled(datasette):
        fact_id = request.path.rstrip("/").rsplit("/", 1)[-1]
        href = datasette.urls.path(f"/-/tdkt-correct/{database}/{table}/{fact_id}")
        link = ("var q=document.createElement('p'),a=document.createElement('a');a.className='tdkt-correct';"
                "a.href=" + json.dumps(href) + ";a.textContent='✎ Sửa dữ kiện này / Correct this fact';"
                "q.appendChild(a);p.after(q);")
    return _STATE_BANNER % link
