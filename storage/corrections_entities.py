"""Corrections of entities: merging units or clusters, keeping two apart, and names accepted in review.

A merge moves every standing fact of the merged units (or clusters) to the kept one, fact by fact, so
each fact shows the merge as its correction and a reset undoes it; the merged units' spellings become
aliases of the kept unit (source 'correction'), so searching any of them finds it. Entities are named
by key or by any spelling the database knows.

`keep_apart` is a negative judgement, as in nomenklatura: the units (clusters) it lists are different
even if a name looks alike. It rejects the fuzzy proposals between them still pending in
`alias_review`, and a merge or an accepted alias that would join them is not applied (status
'conflict').

A row of `alias_review` accepted by a person (`pipeline.py decide alias`) says "this written name is
that unit": the facts of the unit the name had made on its own move to the accepted unit, exactly as a
merge. A rejected row changes nothing and leaves the queue.
"""
from __future__ import annotations

import json
from itertools import combinations

from extract.normalize import clean, fold, key as norm_key

from .corrections_facts import Run, modify, note

_COLUMNS = {"unit": [("memberships", "unit_key"), ("rankings", "unit_key"), ("awards", "recipient_key")],
            "cluster": [("memberships", "cluster_key"), ("rankings", "cluster_key")]}


def _unit(db, name: str) -> str | None:
    if db.execute("SELECT 1 FROM units WHERE key = ?", [name]).fetchone():
        return name
    keys = {k for (k,) in db.execute("SELECT DISTINCT unit_key FROM unit_aliases WHERE alias_key = ? "
                                     "AND source != 'correction'", [norm_key(name)]).fetchall()}
    if not keys:
        keys = {k for (k,) in db.execute("SELECT key FROM units WHERE name_fold = ?", [fold(clean(name))])}
    return keys.pop() if len(keys) == 1 else None


def _cluster(db, name: str) -> str | None:
    keys = {k for (k,) in db.execute("SELECT key FROM clusters WHERE key = ? OR name_fold = ?",
                                     [name, fold(clean(name))]).fetchall()}
    if not keys:
        try:
            from extract.resolve import cluster_key

            k = cluster_key(name)
            keys = {k} if k and db.execute("SELECT 1 FROM clusters WHERE key = ?", [k]).fetchone() else set()
        except Exception:  # the resolver cannot read it: the name names no cluster
            keys = set()
    return keys.pop() if len(keys) == 1 else None


def resolve(db, kind: str, names: list[str]) -> tuple[list[str], list[str]]:
    """Keys of the named units/clusters (in order) and the names that name none (or several)."""
    find = _unit if kind == "unit" else _cluster
    keys, missing = [], []
    for n in names:
        k = find(db, n)
        (keys if k else missing).append(k or n)
    return keys, missing


def apart_pairs(db, corrections: list[dict]) -> dict[frozenset, str]:
    """{frozenset({key_a, key_b}): id of the keep_apart correction} over every kind."""
    out = {}
    for c in corrections:
        if c["action"] == "keep_apart":
            keys, _ = resolve(db, c["kind"], json.loads(c["target"]))
            for a, b in combinations(set(keys), 2):
                out[frozenset((a, b))] = c["id"]
    return out


def _move(run: Run, kind: str, from_keys: list[str], to_key: str, text: str, at: str) -> int:
    """Every standing fact of `from_keys` (in the run's article, if any) -> `to_key`."""
    moved = 0
    for table, col in _COLUMNS[kind]:
        for k in from_keys:
            where = f"{col} = ? AND current = 1" + (" AND article_url = ?" if run.url else "")
            for r in list(run.db.query(f"SELECT * FROM {table} WHERE {where}", [k] + ([run.url] if run.url else []))):
                modify(run, table, r, {col: to_key}, "corrected", text, at)
                moved += 1
    return moved


def _alias_to(db, from_keys: list[str], to_key: str) -> None:
    for k in from_keys:
        db.execute("INSERT INTO unit_aliases (alias, alias_key, alias_fold, unit_key, source) "
                   "SELECT alias, alias_key, alias_fold, ?, 'correction' FROM unit_aliases "
                   "WHERE unit_key = ? AND source != 'correction' ON CONFLICT (alias_key, unit_key) DO NOTHING",
                   [to_key, k])


def merge(run: Run, c: dict, apart: dict) -> tuple[str, str | None, int]:
    keys, missing = resolve(run.db, c["kind"], json.loads(c["target"]))
    if missing:
        return "target_missing", f"no single {c['kind']} is named {', '.join(map(repr, missing))}", 0
    keep, others = keys[0], [k for k in dict.fromkeys(keys[1:]) if k != keys[0]]
    for a, b in combinations([keep, *others], 2):
        if frozenset((a, b)) in apart:
            return "conflict", f"{a} and {b} are kept apart by {apart[frozenset((a, b))]}", 0
    name = run.name_of("units" if c["kind"] == "unit" else "clusters", keep) or keep
    moved = _move(run, c["kind"], others, keep, note(c, f"merged into {name}"), c["made_at"])
    if run.url is None and c["kind"] == "unit":
        _alias_to(run.db, others, keep)
    return "applied", None, moved


def keep_apart(run: Run, c: dict) -> tuple[str, str | None, int]:
    keys, missing = resolve(run.db, c["kind"], json.loads(c["target"]))
    if missing:
        return "target_missing", f"no single {c['kind']} is named {', '.join(map(repr, missing))}", 0
    if c["kind"] != "unit" or run.url is not None:
        return "applied", None, 0
    rejected = 0
    for a, b in combinations(set(keys), 2):
        for mine, other in ((a, b), (b, a)):
            rejected += run.db.execute(
                "UPDATE alias_review SET status = 'rejected', reviewed_by = ?, reviewed_at = ?, note = ? "
                "WHERE status = 'pending' AND unit_key = ? AND name_key IN "
                "(SELECT alias_key FROM unit_aliases WHERE unit_key = ?)",
                [c["who"], c["made_at"], f"kept apart by {c['id']}: {c['why']}", other, mine]).rowcount
    return "applied", None, rejected


def accepted_aliases(run: Run, apart: dict) -> list[str]:
    """Apply the names accepted in `alias_review`; returns why any accepted row was not applied."""
    problems = []
    rows = list(run.db.query("SELECT * FROM alias_review WHERE status = 'accepted' ORDER BY reviewed_at, name_key"))
    for r in rows:
        from_keys = [k for (k,) in run.db.execute(
            "SELECT DISTINCT a.unit_key FROM unit_aliases a JOIN units u ON u.key = a.unit_key "
            "WHERE a.alias_key = ? AND a.source = 'crawl' AND u.source = 'crawl' AND a.unit_key != ?",
            [r["name_key"], r["unit_key"]]).fetchall()]
        blocked = [k for k in from_keys if frozenset((k, r["unit_key"])) in apart]
        if blocked:
            problems.append(f"alias {r['name']!r} = {r['unit_key']} is accepted but kept apart by "
                            f"{apart[frozenset((blocked[0], r['unit_key']))]}")
            continue
        c = {"id": "alias_review", "who": r.get("reviewed_by") or "?", "made_at": r.get("reviewed_at") or run.when,
             "why": r.get("note") or "accepted in review"}
        name = run.name_of("units", r["unit_key"]) or r["unit_key"]
        _move(run, "unit", from_keys, r["unit_key"], note(c, f"'{r['name']}' is {name}"), c["made_at"])
        if run.url is None:
            run.db.execute("INSERT INTO unit_aliases (alias, alias_key, alias_fold, unit_key, source) "
                           "VALUES (?, ?, ?, ?, 'correction') ON CONFLICT (alias_key, unit_key) DO NOTHING",
                           [r["name"], r["name_key"], fold(r["name"]), r["unit_key"]])
    return problems
