"""An article as a reader checks a fact against it: the stored text, the evidence marked.

Datasette serves it at `/-/bai-viet?db=DB&url=URL` (datasette_plugins/tdkt_langson.py), with what to
mark: `start`/`end` (one fact's evidence, character offsets into `articles.body`), or `unit` / `cluster`
(the evidence of every current fact of that unit or cluster in the article); with none, every current
fact's evidence is marked. So a fact is checked in one click, without the source site — which may be
gone, or (for the bundled snapshot) never was on the Board's site. Pure functions over a sqlite3
connection; HTML is escaped here, once.
"""
from __future__ import annotations

import html
from urllib.parse import urlencode, urlsplit

from .labels import ROLE, STATUS

_FACTS = """
SELECT 'membership' AS kind, id, unit AS name, cluster AS detail, year, role AS code, start, "end", evidence,
       unit_key, cluster_key FROM memberships WHERE article_url = :u AND current = 1
UNION ALL
SELECT 'ranking', id, unit, cluster, year, 'hạng ' || coalesce(rank, '?'), start, "end", evidence, unit_key,
       cluster_key FROM rankings WHERE article_url = :u AND current = 1
UNION ALL
SELECT 'award', id, recipient, award || coalesce(' - ' || grantor, ''), year, status, start, "end", evidence,
       recipient_key, NULL FROM awards WHERE article_url = :u AND current = 1
ORDER BY start, kind, name
"""


def _int(value) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _label(kind: str, code: str | None) -> str:
    if kind == "membership":
        return ROLE.get(code or "", code or "").replace("{kind}", "cụm/khối")
    if kind == "award":
        return STATUS.get(code or "", code or "")
    return code or ""


def _spans(facts: list[dict], body_len: int, start, end, unit: str | None, cluster: str | None) -> list[tuple]:
    s, e = _int(start), _int(end)
    if s is not None and e is not None and 0 <= s < e <= body_len:
        return [(s, e)]
    chosen = [f for f in facts if (unit and f["unit_key"] == unit) or (cluster and f["cluster_key"] == cluster)]
    if not unit and not cluster:
        chosen = facts
    return sorted({(f["start"], f["end"]) for f in chosen
                   if f["start"] is not None and f["end"] is not None and 0 <= f["start"] < f["end"] <= body_len})


def marked_html(body: str, spans: list[tuple[int, int]]) -> list[str]:
    """The body as escaped HTML paragraphs, each span wrapped in <mark>; spans may cross paragraphs."""
    out, pos, parts = [], 0, []
    for a, b in spans:
        if a < pos:
            a = pos
        if a >= b:
            continue
        parts += [html.escape(body[pos:a]), "\x00", html.escape(body[a:b]), "\x01"]
        pos = b
    parts.append(html.escape(body[pos:]))
    text = "".join(parts)
    open_ = False
    for para in text.split("\n\n"):
        h = para.replace("\n", "<br>")
        if open_:
            h = '<mark class="evidence">' + h
        for ch in h:
            if ch == "\x00":
                open_ = True
            elif ch == "\x01":
                open_ = False
        h = h.replace("\x00", '<mark class="evidence">').replace("\x01", "</mark>")
        if open_:
            h += "</mark>"
        out.append(h)
    return out


def article_context(conn, url: str, start=None, end=None, unit: str | None = None,
                    cluster: str | None = None, db_name: str = "") -> dict | None:
    """Everything the article page shows, or None when no article has this URL."""
    cur = conn.execute("SELECT url, title, published, body, source_url, status, gone_at, section FROM articles "
                       "WHERE url = ?", [url])
    row = cur.fetchone()
    if row is None:
        return None
    a = dict(zip([c[0] for c in cur.description], row))
    cur = conn.execute(_FACTS, {"u": url})
    facts = [dict(zip([c[0] for c in cur.description], r)) for r in cur.fetchall()]
    body = a["body"] or ""
    spans = _spans(facts, len(body), start, end, unit, cluster)
    for f in facts:
        f["label"] = _label(f["kind"], f["code"])
        f["marked"] = (f["start"], f["end"]) in spans
        f["link"] = "?" + urlencode({"db": db_name, "url": url, "start": f["start"] if f["start"] is not None else "",
                                     "end": f["end"] if f["end"] is not None else ""})
    source = a["source_url"]
    return {
        "article": a,
        "paragraphs": marked_html(body, spans),
        "facts": facts,
        "marked": len(spans),
        "source_url": source,
        "source_host": urlsplit(source).hostname if source else None,
    }
