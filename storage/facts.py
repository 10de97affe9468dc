"""Extracted facts kept as statements: one row per (article, fact), keyed by a hash of the fact's values.

Three tables, one per kind, because each kind has its own columns and browsing `awards` faceted by
award and status in Datasette is far clearer than one wide table of mostly empty columns:

- `memberships`  (cluster, unit, year, role: chair | vice_chair | member)
- `rankings`     (cluster, unit, year, rank)
- `awards`       (recipient, award, award_kind, grantor, year, status: proposed | conferred)

Like zavod statements, a fact is never deleted: the same fact found again keeps its id and `first_seen`
and moves `last_seen`; a fact the latest extraction of its article no longer yields is kept with
`current = 0`. Views and `all_facts()` read current facts only; `store_facts` also brings the summary
tables behind the views (views.py) up to date for the groups it touched.
"""
from __future__ import annotations

import hashlib
import json
from typing import Iterator

from extract import vocab
from extract.normalize import clean, key as norm_key

from .units import ensure_cluster, ensure_unit, make_key
from .views import refresh_groups

KINDS = {"membership": "memberships", "ranking": "rankings", "award": "awards"}
UNNAMED_CLUSTER = "(cụm không nêu tên / cluster not named)"

_COMMON_TAIL = """
    evidence TEXT,
    start INTEGER,
    "end" INTEGER,
    extractor_version TEXT,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    current INTEGER NOT NULL DEFAULT 1 CHECK (current IN (0, 1))
"""

def award_kind(award: str | None) -> str | None:
    """The canonical kind of an award (extract/vocab.py, shared with extraction): 'Cờ thi đua của Chính
    phủ' -> 'Cờ thi đua'; an award of no known kind keeps its cleaned name, capitalised, so that facets
    never split one name on case."""
    if not award or not award.strip():
        return None
    kind = vocab.award_kind(award)
    if kind:
        return kind
    name = " ".join(clean(award).split())
    return name[:1].upper() + name[1:]


def _migrate_facts(db) -> None:
    db.execute(
        f"""CREATE TABLE IF NOT EXISTS memberships (
            id TEXT PRIMARY KEY,
            article_url TEXT NOT NULL REFERENCES articles(url),
            cluster TEXT,
            cluster_key TEXT REFERENCES clusters(key),
            unit TEXT,
            unit_key TEXT REFERENCES units(key),
            year INTEGER,
            role TEXT CHECK (role IN ('chair', 'vice_chair', 'member')),
            {_COMMON_TAIL})"""
    )
    db.execute(
        f"""CREATE TABLE IF NOT EXISTS rankings (
            id TEXT PRIMARY KEY,
            article_url TEXT NOT NULL REFERENCES articles(url),
            cluster TEXT,
            cluster_key TEXT REFERENCES clusters(key),
            unit TEXT,
            unit_key TEXT REFERENCES units(key),
            year INTEGER,
            rank INTEGER,
            {_COMMON_TAIL})"""
    )
    db.execute(
        f"""CREATE TABLE IF NOT EXISTS awards (
            id TEXT PRIMARY KEY,
            article_url TEXT NOT NULL REFERENCES articles(url),
            recipient TEXT,
            recipient_key TEXT REFERENCES units(key),
            award TEXT,
            award_kind TEXT,
            grantor TEXT,
            year INTEGER,
            status TEXT CHECK (status IN ('proposed', 'conferred')),
            {_COMMON_TAIL})"""
    )
    # What store_facts, the views, the canned queries and Datasette's FK pages look facts up by.
    for table, cols in [
        ("memberships", "article_url"), ("memberships", "unit_key, year"),
        ("memberships", "cluster_key, year, role"), ("memberships", "year, cluster_key"),
        ("rankings", "article_url"), ("rankings", "unit_key, year"), ("rankings", "cluster_key, year"),
        ("awards", "article_url"), ("awards", "recipient_key, year"), ("awards", "award_kind, year"),
        ("awards", "year"),
    ]:
        name = f"idx_{table}_{cols.replace(', ', '_')}"
        db.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table}({cols})")


def _covering_indexes(db) -> None:
    """Per-unit lookups also test `current`: with it in the index, counting a unit's current facts
    (unmatched_names, the summaries' refresh) never touches the table."""
    for table, col in [("memberships", "unit_key"), ("rankings", "unit_key"), ("awards", "recipient_key")]:
        db.execute(f"DROP INDEX IF EXISTS idx_{table}_{col}_year")
        db.execute(f"CREATE INDEX IF NOT EXISTS idx_{table}_{col}_year_current ON {table}({col}, year, current)")
    db.execute("DROP INDEX IF EXISTS idx_memberships_cluster_key_year_role")
    db.execute("CREATE INDEX IF NOT EXISTS idx_memberships_cluster_year_role_current "
               "ON memberships(cluster_key, year, role, current)")


def _facet_indexes(db) -> None:
    """Datasette facets count rows per value of a column (current facts only, in the views): an index
    holding the column and `current` answers that without reading the rows and their long evidence."""
    db.execute("DROP INDEX IF EXISTS idx_awards_award_kind_year")
    db.execute("DROP INDEX IF EXISTS idx_awards_year")
    for table, cols in [("awards", "award_kind, current, year"), ("awards", "year, current"),
                        ("awards", "status, current"), ("awards", "grantor, current"),
                        ("memberships", "role, current"),
                        ("rankings", "year, current"), ("rankings", "rank, current")]:
        db.execute(f"CREATE INDEX IF NOT EXISTS idx_{table}_{cols.replace(', ', '_')} ON {table}({cols})")


def _drop_current_indexes(db) -> None:
    """An index on `current` alone misleads the planner of a database never ANALYZEd: it scanned every
    current membership to count one cluster-year's chairs (store_facts grew quadratic)."""
    for table in ("awards", "memberships", "rankings"):
        db.execute(f"DROP INDEX IF EXISTS idx_{table}_current")


def _rule_column(db) -> None:
    """The name of the extraction rule that made each fact (a fact dict's "rule"), so that a reader and
    the extractor's author can see which rule to blame or credit; NULL for facts made before rules had
    names and for facts added by hand."""
    for table in KINDS.values():
        if "rule" not in {r[1] for r in db.execute(f"PRAGMA table_info({table})").fetchall()}:
            db.execute(f"ALTER TABLE {table} ADD COLUMN rule TEXT")


def _canonical_values(db) -> None:
    """`grantor` and `award_kind` take the vocabulary's canonical forms (extract/vocab.py), so that a
    facet never lists 'Chính phủ' / 'Chính Phủ' apart; `grantor_text` keeps the words as written.
    Only rows without `grantor_text`: run again, it never takes a canonical grantor for the words written."""
    if "grantor_text" not in db["awards"].columns_dict:
        db.execute("ALTER TABLE awards ADD COLUMN grantor_text TEXT")
    for fid, award, grantor in db.execute("SELECT id, award, grantor FROM awards WHERE grantor_text IS NULL"
                                          ).fetchall():
        db.execute("UPDATE awards SET grantor_text = ?, grantor = ?, award_kind = ? WHERE id = ?",
                   [grantor, vocab.canonical_grantor(grantor), award_kind(award), fid])


def _retired_reason(db) -> None:
    """Why a fact is no longer current (RETIRED), and since when: shown, never silently dropped. Facts
    retired before there was a reason could only have been dropped by a later extraction of their
    article (a fact a person rejected, `state` != 'extracted', is not retired: corrections.py)."""
    for table in KINDS.values():
        cols = db[table].columns_dict
        if "retired_reason" in cols:
            continue
        db.execute(f"ALTER TABLE {table} ADD COLUMN retired_reason TEXT")
        if "retired_at" not in cols:
            db.execute(f"ALTER TABLE {table} ADD COLUMN retired_at TEXT")
        extracted = " AND state = 'extracted'" if "state" in cols else ""
        db.execute(f"UPDATE {table} SET retired_reason = 'not_extracted', retired_at = last_seen "
                   f"WHERE current = 0{extracted}")


MIGRATIONS = [
    ("facts_0001_tables", _migrate_facts),
    ("facts_0002_covering_indexes", _covering_indexes),
    ("facts_0003_facet_indexes", _facet_indexes),
    ("facts_0004_no_current_index", _drop_current_indexes),
    ("facts_0005_rule", _rule_column),
    ("facts_0006_canonical_values", _canonical_values),
    ("facts_0007_retired_reason", _retired_reason),
]

# Why a fact stopped being current (`retired_reason`); Vietnamese labels in views.py.
RETIRED = {
    "not_extracted": "the latest extraction of its article no longer yields it",
    "article_gone": "its article is gone from the source site (404/410)",
    "article_moved": "its article moved to another address (stored again there)",
}


def _int(value):
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _norm(value) -> str | None:
    return norm_key(value) if value else None


def fact_id(kind: str, article_url: str, f: dict) -> str:
    """Stable hash of what the fact says (names by key, so a respelling is the same fact)."""
    if kind == "award":  # the grantor as written: ids stay those of stores before canonical grantors
        parts = [kind, article_url, f["recipient_key"], _norm(f.get("award")),
                 _norm(f.get("grantor_text", f.get("grantor"))), f["year"], f.get("status")]
    else:
        parts = [kind, article_url, f["cluster_key"], f["unit_key"], f["year"],
                 f.get("role") if kind == "membership" else f.get("rank")]
    digest = hashlib.sha1(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()
    return digest[:20]


def _prepare(db, kind: str, article_url: str, fact: dict) -> dict:
    """Normalise one fact dict into its table row, creating referenced units/clusters if missing."""
    f = dict(fact)
    f["year"] = _int(f.get("year"))
    if kind == "award":
        name = clean(f.get("recipient") or "").strip()
        f["recipient"] = name
        f["recipient_key"] = f.get("recipient_key") or make_key(name)
        ensure_unit(db, f["recipient_key"], name, scope=f.get("unit_scope"))
        # canonical grantor beside the words as written (an extractor may already give both)
        f["grantor_text"] = f.get("grantor_text") or f.get("grantor")
        f["grantor"] = vocab.canonical_grantor(f.get("grantor") or f["grantor_text"])
    else:
        cname = clean(f.get("cluster") or "").strip()
        f["cluster"] = cname
        shown = (f.get("cluster_identity") or {}).get("name") or cname  # no year, no capitals
        f["cluster_key"] = ensure_cluster(db, f.get("cluster_key") or make_key(cname),
                                          shown or UNNAMED_CLUSTER, identity=f.get("cluster_identity"))
        uname = clean(f.get("unit") or "").strip()
        f["unit"] = uname
        f["unit_key"] = f.get("unit_key") or make_key(uname)
        ensure_unit(db, f["unit_key"], uname, scope=f.get("unit_scope"))
        if kind == "ranking":
            f["rank"] = _int(f.get("rank"))
    row = {
        "id": fact_id(kind, article_url, f),
        "article_url": article_url,
        "evidence": f.get("evidence"),
        "start": f.get("start"),
        "end": f.get("end"),
        "rule": f.get("rule"),
    }
    if kind == "award":
        for k in ("recipient", "recipient_key", "award", "grantor", "grantor_text", "year", "status"):
            row[k] = f.get(k)
        row["award_kind"] = vocab.award_kind(f.get("award_kind")) or award_kind(f.get("award"))
    else:
        for k in ("cluster", "cluster_key", "unit", "unit_key", "year"):
            row[k] = f[k]
        row["role" if kind == "membership" else "rank"] = f.get("role" if kind == "membership" else "rank")
    return row


def store_facts(db, article_url: str, facts: list[dict], extractor_version: str, now: str) -> dict:
    """Upsert the facts one extraction of `article_url` yielded; returns {added, kept, retired}.

    added: ids never stored before; kept: ids already stored (first_seen kept, last_seen = now, current
    again if it had been retired); retired: current facts of this article the extraction no longer
    yields (current = 0, last_seen left at the last time they were seen).

    Runs inside `db.atomic()`: when the caller already holds a transaction (`with db.atomic(): store_facts
    (...); mark_extracted(...)`) it is only a savepoint and nothing is committed until the caller's block
    ends. Note that `with db.conn:` is NOT a transaction under sqlite-utils 4 (each `db.execute` outside
    an explicit BEGIN commits at once): callers must use `db.atomic()`.
    """
    counts = {"added": 0, "kept": 0, "retired": 0}
    clusters: set[tuple] = set()  # summary groups (views.py) this article's facts touch
    units_: set[tuple] = set()
    with db.atomic():
        seen: dict[str, set[str]] = {t: set() for t in KINDS.values()}
        for fact in facts:
            kind = fact.get("kind")
            table = KINDS.get(kind)
            if table is None:
                raise ValueError(f"unknown fact kind {kind!r} in {article_url}")
            row = _prepare(db, kind, article_url, fact)
            _touch(table, row, clusters, units_)
            if row["id"] in seen[table]:
                continue  # the same statement twice in one article: keep the first evidence
            seen[table].add(row["id"])
            exists = db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row["id"]]).fetchone()
            row.update(extractor_version=extractor_version, last_seen=now, current=1, retired_reason=None,
                       retired_at=None)
            cols = [c for c in row if c != "id"]
            if exists:
                sets = ", ".join(f'"{c}" = ?' for c in cols)
                db.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [row[c] for c in cols] + [row["id"]])
                counts["kept"] += 1
            else:
                row["first_seen"] = now
                names = ", ".join(f'"{c}"' for c in row)
                marks = ", ".join("?" for _ in row)
                db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))
                counts["added"] += 1
        for table, ids in seen.items():
            stale = [r for r in db.query(f"SELECT * FROM {table} WHERE article_url = ? AND current = 1",
                                         [article_url]) if r["id"] not in ids]
            for r in stale:
                db.execute(f"UPDATE {table} SET current = 0, retired_reason = 'not_extracted', retired_at = ? "
                           "WHERE id = ?", [now, r["id"]])
                _touch(table, r, clusters, units_)
            counts["retired"] += len(stale)
        refresh_groups(db, clusters, units_)
    return counts


def retire_removed_articles(db, now: str) -> dict:
    """Facts of articles that are gone (404/410) or moved stop being current, with the reason; they no
    longer count in leadership, unit history or conflicts. Their articles are marked for re-extraction,
    so an article that comes back gets its facts back (`store_facts` makes them current again). A fact
    a person rejected gets the reason too, so that undoing the corrections never brings it back."""
    standing = "(current = 1 OR (state = 'rejected' AND retired_reason IS NULL))"
    counts = {"articles": 0, "facts": 0}
    clusters: set[tuple] = set()
    units_: set[tuple] = set()
    with db.atomic():
        removed = db.execute(
            "SELECT url, status FROM articles WHERE status IN ('gone', 'moved') AND url IN ("
            + " UNION ".join(f"SELECT article_url FROM {t} WHERE {standing}" for t in KINDS.values()) + ")"
        ).fetchall()
        for url, status in removed:
            reason = "article_gone" if status == "gone" else "article_moved"
            for table in KINDS.values():
                rows = list(db.query(f"SELECT * FROM {table} WHERE article_url = ? AND current = 1", [url]))
                for r in rows:
                    _touch(table, r, clusters, units_)
                db.execute(f"UPDATE {table} SET current = 0, retired_reason = ?, retired_at = ? "
                           f"WHERE article_url = ? AND {standing}", [reason, now, url])
                counts["facts"] += len(rows)
            db.execute("UPDATE articles SET extracted_hash = NULL WHERE url = ?", [url])
            counts["articles"] += 1
        refresh_groups(db, clusters, units_)
    return counts


def _touch(table: str, row: dict, clusters: set, units_: set) -> None:
    if table == "awards":
        units_.add((row["recipient_key"], row["year"]))
        return
    units_.add((row["unit_key"], row["year"]))
    if table == "memberships":
        clusters.add((row["cluster_key"], row["year"]))


_EXPORT = {
    "memberships": ("membership", ["article_url", "cluster", "cluster_key", "unit", "unit_key", "year", "role"]),
    "rankings": ("ranking", ["article_url", "cluster", "cluster_key", "unit", "unit_key", "year", "rank"]),
    "awards": ("award", ["article_url", "recipient", "recipient_key", "award", "award_kind", "grantor",
                         "grantor_text", "year", "status"]),
}


def all_facts(db, article_url: str | None = None) -> Iterator[dict]:
    """Current facts in the `pipeline.py facts` JSON Lines form: memberships, rankings, then awards, each
    by article and position in its body (extra keys: *_key, id, first_seen, ... are fine for the scorer).
    `article_url` is the article's stored address; `source_url` where it was first published."""
    where = "current = 1" + (" AND article_url = ?" if article_url else "")
    params = [article_url] if article_url else []
    source = "(SELECT source_url FROM articles WHERE url = article_url) AS source_url"
    for table, (kind, cols) in _EXPORT.items():
        select = ", ".join(f'"{c}"' for c in cols + ["evidence", "start", "end", "id", "first_seen",
                                                     "last_seen", "extractor_version", "rule", "state"])
        select += ", " + source
        for row in db.query(f'SELECT {select} FROM {table} WHERE {where} ORDER BY article_url, start, id',
                            params):
            yield {"kind": kind, **row}


def count_facts(db, current_only: bool = True) -> dict:
    """{'membership': n, 'ranking': n, 'award': n} for `pipeline.py stats`."""
    where = " WHERE current = 1" if current_only else ""
    return {kind: db.execute(f"SELECT count(*) FROM {t}{where}").fetchone()[0] for kind, t in KINDS.items()}
