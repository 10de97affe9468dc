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

from extract.normalize import clean, fold, key as norm_key

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

# Award names as written vary ("Cờ thi đua của UBND tỉnh", "cờ Thi đua"): a kind label lets Datasette
# facet and the canned queries filter without calling Python on every row. Longest prefixes first.
AWARD_KINDS = [
    ("tap the lao dong xuat sac", "Tập thể lao động xuất sắc"),
    ("tap the lao dong tien tien", "Tập thể lao động tiên tiến"),
    ("lao dong tien tien", "Lao động tiên tiến"),
    ("chien si thi dua", "Chiến sĩ thi đua"),
    ("co thi dua", "Cờ thi đua"),
    ("bang khen", "Bằng khen"),
    ("giay khen", "Giấy khen"),
    ("huan chuong", "Huân chương"),
    ("huy chuong", "Huy chương"),
    ("ky niem chuong", "Kỷ niệm chương"),
    ("anh hung", "Anh hùng"),
    ("danh hieu", "Danh hiệu"),
]


def award_kind(award: str | None) -> str | None:
    """'Cờ thi đua của Chính phủ' -> 'Cờ thi đua'; an unknown award keeps its cleaned name."""
    if not award:
        return None
    f = " ".join(fold(award).split())
    for prefix, label in AWARD_KINDS:
        if f.startswith(prefix):
            return label
    return clean(award).strip()


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


MIGRATIONS = [
    ("facts_0001_tables", _migrate_facts),
    ("facts_0002_covering_indexes", _covering_indexes),
    ("facts_0003_facet_indexes", _facet_indexes),
    ("facts_0004_no_current_index", _drop_current_indexes),
    ("facts_0005_rule", _rule_column),
]


def _int(value):
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _norm(value) -> str | None:
    return norm_key(value) if value else None


def fact_id(kind: str, article_url: str, f: dict) -> str:
    """Stable hash of what the fact says (names by key, so a respelling is the same fact)."""
    if kind == "award":
        parts = [kind, article_url, f["recipient_key"], _norm(f.get("award")), _norm(f.get("grantor")),
                 f["year"], f.get("status")]
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
        ensure_unit(db, f["recipient_key"], name)
    else:
        cname = clean(f.get("cluster") or "").strip()
        f["cluster"] = cname
        f["cluster_key"] = ensure_cluster(db, f.get("cluster_key") or make_key(cname),
                                          cname or UNNAMED_CLUSTER)
        uname = clean(f.get("unit") or "").strip()
        f["unit"] = uname
        f["unit_key"] = f.get("unit_key") or make_key(uname)
        ensure_unit(db, f["unit_key"], uname)
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
        for k in ("recipient", "recipient_key", "award", "grantor", "year", "status"):
            row[k] = f.get(k)
        row["award_kind"] = award_kind(f.get("award"))
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
            row.update(extractor_version=extractor_version, last_seen=now, current=1)
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
                db.execute(f"UPDATE {table} SET current = 0 WHERE id = ?", [r["id"]])
                _touch(table, r, clusters, units_)
            counts["retired"] += len(stale)
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
                         "year", "status"]),
}


def all_facts(db, article_url: str | None = None) -> Iterator[dict]:
    """Current facts in the `pipeline.py facts` JSON Lines form: memberships, rankings, then awards, each
    by article and position in its body (extra keys: *_key, id, first_seen, ... are fine for the scorer)."""
    where = "current = 1" + (" AND article_url = ?" if article_url else "")
    params = [article_url] if article_url else []
    for table, (kind, cols) in _EXPORT.items():
        select = ", ".join(f'"{c}"' for c in cols + ["evidence", "start", "end", "id", "first_seen",
                                                     "last_seen", "extractor_version", "rule", "state"])
        for row in db.query(f'SELECT {select} FROM {table} WHERE {where} ORDER BY article_url, start, id',
                            params):
            yield {"kind": kind, **row}


def count_facts(db, current_only: bool = True) -> dict:
    """{'membership': n, 'ranking': n, 'award': n} for `pipeline.py stats`."""
    where = " WHERE current = 1" if current_only else ""
    return {kind: db.execute(f"SELECT count(*) FROM {t}{where}").fetchone()[0] for kind, t in KINDS.items()}
