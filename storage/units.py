"""Units and clusters as entities: one row per real-world body, however many ways articles spell it.

The resolver (`extract/resolve.py`, pure) decides which written name is which unit; this module only
records its decisions so that Datasette can join facts to one unit and search any spelling:

- `units`         one row per unit (key = deterministic slug of the canonical name); `source` says whether
                  it comes from the hand-made gazetteer or was first seen in a crawled article.
- `unit_aliases`  every spelling seen or known for a unit, with `alias_fold` (no accents, lower case) so
                  "dien luc" and "Điện Lực" find the same unit without any SQL function at query time
                  (an integer id so that search.py's full-text index can use it as a stable rowid).
- `alias_review`  fuzzy matches the resolver proposed but did not dare apply: a person confirms them.
- `clusters`      emulation clusters (Cụm / Khối thi đua), keyed by organiser + scope + number or name
                  ('lang-son:ubnd:cum-2', extract/clusterid.py), with province / organiser / level columns.

Everything here is idempotent and never downgrades a gazetteer row to a crawl row, so it can run on
every refresh. Nothing here commits on its own when the caller holds a transaction (`db.atomic()`).
"""
from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any, Iterable

from extract.normalize import clean, fold, key as norm_key

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def make_key(name: str) -> str:
    """Deterministic slug of a name: 'Công ty Điện lực Lạng Sơn' -> 'cong-ty-dien-luc-lang-son'.

    Used when a fact arrives without a resolver key, so that foreign keys still hold.
    """
    return _NON_ALNUM.sub("-", fold(norm_key(name))).strip("-") or "unknown"


def _migrate_units(db) -> None:
    db.execute(
        """CREATE TABLE IF NOT EXISTS units (
            key TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT,
            source TEXT NOT NULL DEFAULT 'crawl' CHECK (source IN ('gazetteer', 'crawl')),
            name_fold TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE IF NOT EXISTS unit_aliases (
            id INTEGER PRIMARY KEY,
            alias TEXT NOT NULL,
            alias_key TEXT NOT NULL,
            alias_fold TEXT NOT NULL,
            unit_key TEXT NOT NULL REFERENCES units(key),
            source TEXT NOT NULL DEFAULT 'crawl',
            UNIQUE (alias_key, unit_key)
        )"""
    )
    db.execute("CREATE INDEX IF NOT EXISTS idx_unit_aliases_unit ON unit_aliases(unit_key)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_unit_aliases_fold ON unit_aliases(alias_fold)")
    db.execute(
        """CREATE TABLE IF NOT EXISTS alias_review (
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            unit_key TEXT NOT NULL REFERENCES units(key),
            score REAL,
            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
            proposed_at TEXT,
            PRIMARY KEY (name_key, unit_key)
        )"""
    )
    db.execute("CREATE INDEX IF NOT EXISTS idx_alias_review_status ON alias_review(status)")
    db.execute(
        """CREATE TABLE IF NOT EXISTS clusters (
            key TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT,
            name_fold TEXT
        )"""
    )


def _scope_columns(db) -> None:
    """Scope as data users filter on: a cluster's province, organiser and level (its key holds them:
    'lang-son:ubnd:cum-2'), whether the article's words decided them (`resolved`) and which words
    (`basis`); a unit's province and level."""
    for table, cols in (("clusters", ("designator", "province", "organiser", "level", "resolved", "basis")),
                        ("units", ("province", "level"))):
        have = db[table].columns_dict
        for col in cols:
            if col not in have:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {col} {'INTEGER' if col == 'resolved' else 'TEXT'}")
    for table in ("clusters", "units"):
        db.execute(f"CREATE INDEX IF NOT EXISTS idx_{table}_province ON {table}(province)")


MIGRATIONS = [("units_0001_tables", _migrate_units), ("units_0002_scope", _scope_columns)]


def _cluster_kind(name: str) -> str | None:
    f = fold(name)
    if f.startswith("khoi") or " khoi " in f" {f} ":
        return "khối"
    if f.startswith("cum") or " cum " in f" {f} ":
        return "cụm"
    return None


def ensure_unit(db, key: str, name: str, kind: str | None = None, source: str = "crawl",
                scope: dict | None = None) -> str:
    """Create the unit if it is new; a gazetteer source upgrades a crawl row, never the reverse.
    `scope` ({province, level}, from extract/keys.py) fills the unit's province and level if unknown."""
    name = clean(name).strip()
    with db.atomic():
        row = db.execute("SELECT source, name FROM units WHERE key = ?", [key]).fetchone()
        if row is None:
            db.execute(
                "INSERT INTO units (key, name, kind, source, name_fold) VALUES (?, ?, ?, ?, ?)",
                [key, name, kind, source, fold(name)],
            )
        elif source == "gazetteer":
            db.execute(
                "UPDATE units SET name = ?, kind = coalesce(?, kind), source = 'gazetteer', name_fold = ? "
                "WHERE key = ?",
                [name, kind, fold(name), key],
            )
            if row[1] != name:  # the leadership summary shows unit names: recompute where this one appears
                from .views import refresh_units

                refresh_units(db, [key])
        elif kind is not None:
            db.execute("UPDATE units SET kind = coalesce(kind, ?) WHERE key = ?", [kind, key])
        if scope and (scope.get("province") or scope.get("level")):
            db.execute("UPDATE units SET province = coalesce(province, ?), level = coalesce(level, ?) WHERE key = ?",
                       [scope.get("province"), scope.get("level"), key])
        add_alias(db, key, name, source)
    return key


def add_alias(db, unit_key: str, alias: str, source: str = "crawl") -> None:
    """Record one spelling of a unit (idempotent; a gazetteer alias keeps its source)."""
    alias = clean(alias).strip()
    if not alias:
        return
    db.execute(
        "INSERT INTO unit_aliases (alias, alias_key, alias_fold, unit_key, source) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (alias_key, unit_key) DO UPDATE SET source = CASE WHEN excluded.source = 'gazetteer' "
        "THEN 'gazetteer' ELSE unit_aliases.source END",
        [alias, norm_key(alias), fold(alias), unit_key, source],
    )


_IDENTITY = ("designator", "province", "organiser", "level", "resolved", "basis")


def ensure_cluster(db, key: str | None, name: str, kind: str | None = None, identity: dict | None = None) -> str:
    """Create the cluster if new (first name seen wins); returns its key (a slug of the name if none given).
    `identity` (extract/clusterid.py: designator, province, organiser, level, resolved, basis) is the
    same for every mention of one key, so the first one stored stays."""
    name = clean(name).strip()
    key = key or make_key(name)
    ident = {k: (identity or {}).get(k) for k in _IDENTITY}
    if ident["resolved"] is not None:
        ident["resolved"] = int(bool(ident["resolved"]))
    db.execute(
        "INSERT INTO clusters (key, name, kind, name_fold, designator, province, organiser, level, resolved, basis) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
        "kind = coalesce(clusters.kind, excluded.kind), "
        + ", ".join(f"{c} = coalesce(clusters.{c}, excluded.{c})" for c in _IDENTITY),
        [key, name, kind or _cluster_kind(name), fold(name), *ident.values()],
    )
    return key


def _gazetteer_cluster(db, key: str, name: str, kind: str | None, identity: dict | None = None) -> None:
    """A gazetteer cluster's name replaces whatever name an article gave it first."""
    ensure_cluster(db, key, name, kind, identity)
    db.execute("UPDATE clusters SET name = ?, name_fold = ? WHERE key = ?", [clean(name).strip(), fold(name), key])


def _get(r: Any, *names: str, default=None):
    """Read a field from a dict or an object (extract.resolve.Resolution is a dataclass)."""
    for n in names:
        v = r.get(n) if isinstance(r, dict) else getattr(r, n, None)
        if v is not None:
            return v
    return default


def _pairs(resolutions) -> Iterable[tuple[str | None, Any]]:
    """(written name, resolution) from {name: res}, [(name, res)] or [res-with-a-`name`]."""
    if isinstance(resolutions, dict):
        yield from resolutions.items()
        return
    for item in resolutions:
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str):
            yield item
        else:
            yield _get(item, "name", "written"), item


def sync_units(db, resolutions, now: str | None = None) -> dict:
    """Record the resolver's decisions for written names.

    `resolutions`: {written name: Resolution}, [(written name, Resolution)], or dicts/objects carrying
    `name` themselves. A resolution has `key`, `canonical`, `via` ('exact' | 'alias' | 'new', or
    `alias` = the matched alias / None), `proposals` [(unit_key, [name,] score)] and optionally `kind`
    (extract.resolve.Resolution fits). The unit is created if new (source 'crawl'; a gazetteer unit is
    expected to be loaded by `load_gazetteer`), the written name becomes one of its aliases, and each
    fuzzy proposal is queued in `alias_review` as 'pending' (one already accepted or rejected keeps
    its status).
    """
    counts = {"units": 0, "aliases": 0, "proposals": 0}
    with db.atomic():
        for name, r in _pairs(resolutions):
            key = _get(r, "key", "unit_key") or make_key(name or "")
            canonical = _get(r, "canonical", "canonical_name", default=name) or key
            if not db.execute("SELECT 1 FROM units WHERE key = ?", [key]).fetchone():
                ensure_unit(db, key, canonical, _get(r, "kind"), "crawl")
                counts["units"] += 1
            if name:
                add_alias(db, key, name, "crawl")
                counts["aliases"] += 1
            for proposal in _get(r, "proposals", default=[]) or []:
                cand, score = proposal[0], proposal[-1]
                if not name or cand == key or not db.execute("SELECT 1 FROM units WHERE key = ?", [cand]).fetchone():
                    continue
                db.execute(
                    "INSERT INTO alias_review (name, name_key, unit_key, score, status, proposed_at) "
                    "VALUES (?, ?, ?, ?, 'pending', ?) ON CONFLICT (name_key, unit_key) "
                    "DO UPDATE SET score = excluded.score",
                    [clean(name), norm_key(name), cand, float(score), now],
                )
                counts["proposals"] += 1
    return counts


def packaged_clusters() -> list[dict]:
    """The hand-made cluster list shipped with the extractor (extract/data/clusters.json), or []."""
    try:
        return json.loads(resources.files("extract").joinpath("data", "clusters.json").read_text("utf-8"))
    except (FileNotFoundError, ModuleNotFoundError, json.JSONDecodeError):
        return []


def load_gazetteer(db, entries: Iterable[dict], clusters: Iterable[dict] | None = None) -> dict:
    """Load the hand-made gazetteer: unit entries `{key, name, kind, aliases: [...]}` (entries of kind
    'cụm'/'khối'/'cluster' are taken as clusters) and cluster entries `{key, name, ...}` (by default
    extract/data/clusters.json, whose names then replace whatever name an article gave a cluster first).

    Idempotent: run it at every refresh so that edits to the gazetteer reach the database.
    """
    counts = {"units": 0, "clusters": 0, "aliases": 0}
    with db.atomic():
        for e in entries:
            kind = e.get("kind")
            if kind in ("cụm", "khối", "cluster"):
                _gazetteer_cluster(db, e["key"], e["name"], None if kind == "cluster" else kind)
                counts["clusters"] += 1
                continue
            ensure_unit(db, e["key"], e["name"], kind, "gazetteer", scope=e)
            counts["units"] += 1
            for alias in e.get("aliases") or []:
                add_alias(db, e["key"], alias, "gazetteer")
                counts["aliases"] += 1
        for c in packaged_clusters() if clusters is None else clusters:
            identity = {**c, "resolved": True, "basis": "danh mục"} if c.get("organiser") else None
            _gazetteer_cluster(db, c["key"], c["name"], c.get("kind"), identity)
            counts["clusters"] += 1
    return counts


def find_units(db, text: str, limit: int = 20) -> list[dict]:
    """Units whose name or any alias contains `text`, accents and case ignored (`%`, `_` literal)."""
    from .search import like_pattern

    if not fold(text).strip():
        return []
    return list(
        db.query(
            "SELECT u.key, u.name, u.kind, u.source, group_concat(DISTINCT a.alias) AS aliases "
            "FROM unit_aliases a JOIN units u ON u.key = a.unit_key WHERE a.alias_fold LIKE ? ESCAPE '\\' "
            "GROUP BY u.key ORDER BY u.name LIMIT ?",
            [like_pattern(text), limit],
        )
    )
