"""Corrections of single facts (reject, change, add), and undoing every correction before they are applied again.

The fact tables hold what readers see, so a correction is applied in place, and undone exactly before
each application: `reset` puts back the extracted values a correction overwrote (kept as JSON in
`original`), and `apply` runs every stored correction again. Re-extracting an article therefore goes
reset -> store_facts -> apply (`store_corrected`): store_facts sees the facts as extracted and decides
what the new extraction still yields; the corrections then find their targets among those facts.

A correction targets a fact by a stable selector, never by the fact's id (a hash that moves when any
value moves): the article (URL or path: the same file works against the real site and the offline
snapshot), the kind, and whichever identifying values the person gave (unit, cluster, year, role,
rank, recipient, award, grantor, status), compared with the values the extractor gave (names by written
form, canonical name or key; accents and case ignored). A selector must find exactly one fact; none or
several is reported on the correction (`status`), never guessed.

`corrections_entities.py` merges units and clusters; `corrections_apply.py` runs both in order.
"""
from __future__ import annotations

import hashlib
import json
import re
from urllib.parse import urlsplit

from extract.normalize import clean, fold

from . import corrections as store, corrections_keys as keys
from .corrections_file import FIELDS, KEY_OF
from .facts import KINDS, _prepare as prepare_row, _touch, award_kind

TABLE_OF = KINDS  # kind -> table
_NAMES = {"unit": "unit_key", "recipient": "recipient_key", "cluster": "cluster_key"}
_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://[^/]+$", re.I)


def _f(value) -> str:
    return " ".join(fold(clean(str(value))).split()) if value is not None else ""


def _path(article: str) -> str:
    return urlsplit(article).path if "://" in article else article


# An article's path on the Board's site. The offline database keys articles by their source URL (often
# another newspaper's), a selector keeps the Board's /vi/... path: both name the article.
SITE_PATH = "'/vi/' || section || '/' || slug"


def site_path(db, url: str) -> str | None:
    r = db.execute(f"SELECT {SITE_PATH} FROM articles WHERE url = ?", [url]).fetchone()
    return r[0] if r else None


def same_article(selector: str, url: str, path_on_site: str | None = None) -> bool:
    """Whether an article selector (full URL or /vi/... path) names the stored `url` (any host), or the
    article whose path on the Board's site is `path_on_site` (site_path)."""
    path = _path(selector)
    return (url == selector or (url.endswith(path) and bool(_HOST.match(url[: len(url) - len(path)])))
            or (path_on_site is not None and path == path_on_site))


def article_urls(db, selector: str) -> list[str]:
    """The stored URLs an article selector names."""
    path = _path(selector)
    rows = db.execute(f"SELECT url, {SITE_PATH} FROM articles WHERE url = ? OR substr(url, -?) = ? "
                      f"OR {SITE_PATH} = ? ORDER BY url", [selector, len(path), path, path]).fetchall()
    return [u for u, on_site in rows if same_article(selector, u, on_site)]


class Run:
    """One application: the groups whose summary rows must be recomputed, and counts."""

    def __init__(self, db, article_url: str | None, when: str):
        self.db, self.url, self.when = db, article_url, when
        self.clusters: set = set()
        self.units: set = set()
        self.names: dict = {}

    def touch(self, table: str, row: dict) -> None:
        _touch(table, row, self.clusters, self.units)

    def name_of(self, table: str, key: str | None) -> str:
        if key is None:
            return ""
        if (table, key) not in self.names:
            r = self.db.execute(f"SELECT name FROM {table} WHERE key = ?", [key]).fetchone()
            self.names[(table, key)] = r[0] if r else ""
        return self.names[(table, key)]


def reset(db, article_url: str | None = None) -> Run:
    """Undo every correction's effect (on one article's facts, or everywhere)."""
    run = Run(db, article_url, store.now())
    for table in KINDS.values():
        where = "state != 'extracted'" + (" AND article_url = ?" if article_url else "")
        for r in list(db.query(f"SELECT * FROM {table} WHERE {where}", [article_url] if article_url else [])):
            run.touch(table, r)
            if r["state"] == "added":
                db.execute(f"UPDATE {table} SET current = 0 WHERE id = ?", [r["id"]])
                continue
            back = {**json.loads(r["original"] or "{}"), "state": "extracted", "correction": None,
                    "corrected_at": None, "original": None}
            if r["retired_reason"]:  # retired since (its article gone or moved): undoing never revives it
                back["current"] = 0
            db.execute(f"UPDATE {table} SET {', '.join(f'{chr(34)}{c}{chr(34)} = ?' for c in back)} WHERE id = ?",
                       [*back.values(), r["id"]])
            run.touch(table, {**r, **back})
    if article_url is None:
        db.execute("DELETE FROM unit_aliases WHERE source = 'correction'")
    return run


def note(c: dict, what: str) -> str:
    return f"{what} [{c['id']}: {c['who']}, {str(c['made_at'])[:10]}: {c['why']}]"


def modify(run: Run, table: str, row: dict, changes: dict, state: str, note: str, at: str) -> None:
    """Set `changes` on a fact, keeping the extracted values it overwrites in `original`."""
    original = json.loads(row["original"] or "{}")
    for col in changes:
        original.setdefault(col, row[col])
    original.setdefault("current", row["current"])
    if row["state"] in ("added", "rejected"):
        state = row["state"]
    sets = {**changes, "state": state, "original": json.dumps(original, ensure_ascii=False),
            "correction": "; ".join(filter(None, [row["correction"], note])),
            "corrected_at": max(filter(None, [row["corrected_at"], at]))}
    run.touch(table, row)
    run.db.execute(f"UPDATE {table} SET {', '.join(f'{chr(34)}{c}{chr(34)} = ?' for c in sets)} WHERE id = ?",
                   [*sets.values(), row["id"]])
    run.touch(table, {**row, **sets})


def _matches(run: Run, selector: dict, values: dict) -> bool:
    for field, want in selector.items():
        if field == "article":
            continue
        if field in _NAMES:
            key = values.get(_NAMES[field])
            where = "clusters" if field == "cluster" else "units"
            if not (_f(want) in (_f(values.get(field)), _f(run.name_of(where, key))) or want == key):
                return False
        elif field in ("award", "grantor"):
            got = [values.get(field)] + ([values.get("award_kind")] if field == "award" else [])
            if _f(want) not in [_f(g) for g in got if g is not None] and not (want is None and values.get(field) is None):
                return False
        elif values.get(field) != want:
            return False
    return True


def _targets(run: Run, c: dict, target: dict) -> tuple[list[str], list[dict]]:
    """The stored URLs the selector's article names, and its facts as extracted that match it."""
    urls = article_urls(run.db, target["article"])
    table = TABLE_OF[c["kind"]]
    hits = []
    for url in urls:
        for r in run.db.query(f"SELECT * FROM {table} WHERE article_url = ? AND state != 'added' AND "
                              f"(current = 1 OR state = 'rejected')", [url]):
            if _matches(run, target, {**r, **json.loads(r["original"] or "{}")}):
                hits.append(r)
    return urls, hits


def _columns(db, kind: str, values: dict, article_url: str | None, fact: dict | None = None) -> dict:
    """Field values of a correction -> the fact table's columns (keys resolved in the fact's article,
    corrections_keys.py; award kind derived). `fact`: the values of the fact a change corrects."""
    out = {}
    context = {"kind": kind, **{k: v for k, v in (fact or {}).items() if k in FIELDS[kind]}, **values}
    for field, v in values.items():
        if field in ("article", "kind") or field.endswith("_key"):
            continue
        out[field] = v
        if field in ("unit", "recipient"):
            out[KEY_OF[field]] = values.get(KEY_OF[field]) or keys.unit_key(db, v, context, article_url)
        elif field == "cluster":
            out["cluster_key"] = values.get("cluster_key") or keys.cluster_key(db, v, context, article_url)
        elif field == "award":
            out["award_kind"] = award_kind(v)
    for field, v in values.items():
        if field.endswith("_key") and field not in out:
            table = "clusters" if field == "cluster_key" else "units"
            if not db.execute(f"SELECT 1 FROM {table} WHERE key = ?", [v]).fetchone():
                raise LookupError(f"no {table[:-1]} with key {v!r}")
            out[field] = v
    return out


def _describe(changes: dict, row: dict) -> str:
    return ", ".join(f"{k}: {row.get(k)} → {v}" for k, v in changes.items() if not k.endswith("_key") and k != "award_kind")


def _gone(db, url: str) -> str | None:
    """Why the facts of a stored article are retired, if it is gone from the source site or moved."""
    status = db.execute("SELECT status FROM articles WHERE url = ?", [url]).fetchone()
    return f"{url} is no longer on the source site ({status[0]})" if status and status[0] != "ok" else None


def fact_correction(run: Run, c: dict) -> tuple[str, str | None, int]:
    target = json.loads(c["target"])
    if c["action"] == "add":
        return _add(run, c, target)
    urls, hits = _targets(run, c, target)
    if not urls:
        return "target_missing", f"no stored article {target['article']}", 0
    if not hits:
        return "target_missing", _gone(run.db, urls[0]) or \
            f"the latest extraction of {urls[0]} yields no such {c['kind']}", 0
    if len(hits) > 1:
        return "ambiguous", f"{len(hits)} facts match: name more of its values", 0
    table, row = TABLE_OF[c["kind"]], hits[0]
    if c["action"] == "reject":
        modify(run, table, row, {"current": 0}, "rejected", note(c, "rejected"), c["made_at"])
        return "applied", None, 1
    try:
        changes = _columns(run.db, c["kind"], json.loads(c["changes"]), row["article_url"], row)
    except LookupError as exc:
        return "target_missing", str(exc), 0
    modify(run, table, row, changes, "corrected", note(c, _describe(changes, row)), c["made_at"])
    return "applied", None, 1


def find_quote(body: str, quote: str) -> tuple[int, int] | None:
    """Where the quoted sentence stands in the article's body (spacing and case may differ)."""
    at = body.find(quote)
    if at >= 0:
        return at, at + len(quote)
    pattern = r"\s+".join(re.escape(w) for w in quote.split())
    m = re.search(pattern, body) or re.search(pattern, body, re.I)
    return (m.start(), m.end()) if m else None


def _add(run: Run, c: dict, target: dict) -> tuple[str, str | None, int]:
    urls = article_urls(run.db, target["article"]) if run.url is None else [run.url]
    if not urls:
        return "target_missing", f"no stored article {target['article']}", 0
    url = urls[0]
    if _gone(run.db, url):
        return "target_missing", _gone(run.db, url), 0
    body = run.db.execute("SELECT body FROM articles WHERE url = ?", [url]).fetchone()[0] or ""
    span = find_quote(body, c["quote"])
    if span is None:
        return "quote_not_found", f"the quote is not in the body of {url}", 0
    table = TABLE_OF[c["kind"]]
    fid = "add-" + hashlib.sha1(c["id"].encode("utf-8")).hexdigest()[:16]
    _, already = _targets(run, c, {**target, "article": url})
    already = [r for r in already if r["current"] == 1 and r["id"] != fid]
    if already:
        return "redundant", f"the extraction now yields this {c['kind']} ({already[0]['id']}): the correction can go", 0
    try:
        cols = _columns(run.db, c["kind"], target, url)
    except LookupError as exc:
        return "target_missing", str(exc), 0
    row = prepare_row(run.db, c["kind"], url, {"kind": c["kind"], **cols, "start": span[0], "end": span[1],
                                               "evidence": body[span[0]:span[1]]})
    row.update(id=fid, current=1, state="added", correction=note(c, "added by hand"), corrected_at=c["made_at"],
               original=None, last_seen=run.when, extractor_version=None)
    exists = run.db.execute(f"SELECT first_seen FROM {table} WHERE id = ?", [fid]).fetchone()
    row["first_seen"] = exists[0] if exists else run.when
    names = ", ".join(f'"{k}"' for k in row)
    run.db.execute(f"INSERT OR REPLACE INTO {table} ({names}) VALUES ({', '.join('?' for _ in row)})",
                   list(row.values()))
    run.touch(table, row)
    return "applied", None, 1
