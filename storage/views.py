"""SQL views that answer the questions people bring to the data, over current facts only.

- `cluster_leadership`  who chaired and vice-chaired each cluster in each year, how many units it had,
                        from which articles
- `unit_history`        one row per unit, year and cluster: role, rank, awards of that year, evidence
- `award_history`       every award fact with its unit, source article and evidence sentence
- `conflicts`           two different chairs (or vice-chairs) of one cluster and year in different articles:
                        either the extractor or a source is wrong, a person should look
- `retired_facts`       facts no longer current, and why (their article is gone, moved, or its latest
                        extraction no longer yields them): shown, never silently dropped
- `unmatched_names`     units first seen in crawled text that no gazetteer alias matched, with the fuzzy
                        candidates waiting in `alias_review`

Every view carries the scope users filter on — `province`, `organiser`, `level` of the cluster (a
unit's own province and level where there is no cluster) — and Vietnamese labels beside the codes
(`vai_tro` beside `role`, `trang_thai` beside `status`; storage/labels.py).

Each row also tells what a person checked (corrections.py): `award_history` has the fact's `state` and
`correction`; `cluster_leadership` and `unit_history` list in `checked` the states other than
'extracted' among the facts behind the row (a rejected fact no longer counts, but still shows there).
A fact's `state` (what a person did) and its `retired_reason` (why its source no longer yields it) are
two things: `retired_facts` lists the facts retired for their source, with their state; the facts a
person rejected are in `fact_states`.

Why summary tables: "who chaired every cluster in every year", a unit's history and the conflicts
aggregate over all memberships, rankings and awards; computed on each request that costs hundreds of
milliseconds to seconds at 20,000 articles (and Datasette also counts and facets a view). So
`cluster_years`, `cluster_conflicts` and `unit_years` hold one row per (cluster, year), per conflicting
pair and per (unit, year, cluster), and the views only add current names.
They are kept current by `store_facts`, which recomputes exactly the groups an article's facts touch,
inside the caller's transaction; `refresh(db)` rebuilds them whole (after a migration, a gazetteer
rename, or a hand edit of the fact tables).

Names come from scalar subqueries rather than joins: SQLite evaluates them only for the rows shown, so
Datasette's count and facets over a view scan one table. Lists inside a cell are separated by '; '
(unit names can hold commas); article URLs by spaces.
"""
from __future__ import annotations

import hashlib
from typing import Iterable

from .labels import RETIRED, ROLE, STATUS, case

ROLE_ORDER = "CASE m.role WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 ELSE 2 END"

# One (cluster, year) group; :c and :y are bound (:y may be NULL, hence IS).
_CLUSTER_YEAR = """
INSERT INTO cluster_years (cluster_key, year, chair, vice_chair, chairs_count, vice_chairs_count,
                           members_count, source_articles, province, organiser, level)
SELECT :c, :y,
  (SELECT group_concat(name, '; ') FROM (
     SELECT DISTINCT coalesce(u.name, m.unit) AS name FROM memberships m LEFT JOIN units u ON u.key = m.unit_key
     WHERE m.current = 1 AND m.cluster_key = :c AND m.year IS :y AND m.role = 'chair' ORDER BY name)),
  (SELECT group_concat(name, '; ') FROM (
     SELECT DISTINCT coalesce(u.name, m.unit) AS name FROM memberships m LEFT JOIN units u ON u.key = m.unit_key
     WHERE m.current = 1 AND m.cluster_key = :c AND m.year IS :y AND m.role = 'vice_chair' ORDER BY name)),
  (SELECT count(DISTINCT unit_key) FROM memberships
     WHERE current = 1 AND cluster_key = :c AND year IS :y AND role = 'chair'),
  (SELECT count(DISTINCT unit_key) FROM memberships
     WHERE current = 1 AND cluster_key = :c AND year IS :y AND role = 'vice_chair'),
  (SELECT count(DISTINCT unit_key) FROM memberships WHERE current = 1 AND cluster_key = :c AND year IS :y),
  (SELECT group_concat(url, ' ') FROM (SELECT DISTINCT article_url AS url FROM memberships
     WHERE current = 1 AND cluster_key = :c AND year IS :y ORDER BY url)),
  (SELECT province FROM clusters WHERE key = :c), (SELECT organiser FROM clusters WHERE key = :c),
  (SELECT level FROM clusters WHERE key = :c)
WHERE EXISTS (SELECT 1 FROM memberships WHERE current = 1 AND cluster_key = :c AND year IS :y)
"""

# One (unit, year) group: a row per cluster the unit was in or ranked by, or one cluster-less row
# when the unit only has awards that year.
_UNIT_YEAR = f"""
INSERT INTO unit_years (unit_key, year, cluster_key, role, rank, awards, evidence, source_articles,
                        province, organiser, level)
WITH in_clusters AS (
  SELECT cluster_key FROM memberships WHERE current = 1 AND unit_key = :u AND year IS :y
  UNION SELECT cluster_key FROM rankings WHERE current = 1 AND unit_key = :u AND year IS :y
), groups AS (
  SELECT cluster_key FROM in_clusters
  UNION ALL SELECT NULL WHERE NOT EXISTS (SELECT 1 FROM in_clusters)
    AND EXISTS (SELECT 1 FROM awards WHERE current = 1 AND recipient_key = :u AND year IS :y)
)
SELECT :u, :y, g.cluster_key,
  (SELECT m.role FROM memberships m WHERE m.current = 1 AND m.unit_key = :u AND m.year IS :y
     AND m.cluster_key IS g.cluster_key ORDER BY {ROLE_ORDER} LIMIT 1),
  (SELECT min(k.rank) FROM rankings k WHERE k.current = 1 AND k.unit_key = :u AND k.year IS :y
     AND k.cluster_key IS g.cluster_key),
  (SELECT group_concat(x, '; ') FROM (
     SELECT DISTINCT a.award || coalesce(' - ' || a.grantor, '') || ' (' || coalesce(
       {case("a.status", STATUS)}, '?') || ')' AS x
     FROM awards a WHERE a.current = 1 AND a.recipient_key = :u AND a.year IS :y ORDER BY x)),
  coalesce(
    (SELECT m.evidence FROM memberships m WHERE m.current = 1 AND m.unit_key = :u AND m.year IS :y
       AND m.cluster_key IS g.cluster_key ORDER BY {ROLE_ORDER}, m.article_url LIMIT 1),
    (SELECT k.evidence FROM rankings k WHERE k.current = 1 AND k.unit_key = :u AND k.year IS :y
       AND k.cluster_key IS g.cluster_key ORDER BY k.rank LIMIT 1),
    (SELECT a.evidence FROM awards a WHERE a.current = 1 AND a.recipient_key = :u AND a.year IS :y
       ORDER BY a.article_url LIMIT 1)),
  (SELECT group_concat(url, ' ') FROM (
     SELECT article_url AS url FROM memberships WHERE current = 1 AND unit_key = :u AND year IS :y
       AND cluster_key IS g.cluster_key
     UNION SELECT article_url FROM rankings WHERE current = 1 AND unit_key = :u AND year IS :y
       AND cluster_key IS g.cluster_key
     UNION SELECT article_url FROM awards WHERE current = 1 AND recipient_key = :u AND year IS :y
     ORDER BY 1)),
  coalesce((SELECT province FROM clusters WHERE key = g.cluster_key), (SELECT province FROM units WHERE key = :u)),
  (SELECT organiser FROM clusters WHERE key = g.cluster_key),
  coalesce((SELECT level FROM clusters WHERE key = g.cluster_key), (SELECT level FROM units WHERE key = :u))
FROM groups g
"""

CLUSTER_LEADERSHIP = """
CREATE VIEW cluster_leadership AS
SELECT cy.cluster_key, (SELECT name FROM clusters WHERE key = cy.cluster_key) AS cluster,
  (SELECT kind FROM clusters WHERE key = cy.cluster_key) AS cluster_kind, cy.year, cy.chair, cy.vice_chair,
  cy.members_count, cy.source_articles, cy.province, cy.organiser, cy.level,
  (SELECT resolved FROM clusters WHERE key = cy.cluster_key) AS resolved,
  (SELECT group_concat(DISTINCT m.state) FROM memberships m WHERE m.cluster_key = cy.cluster_key
     AND m.year IS cy.year AND m.state != 'extracted' AND (m.current = 1 OR m.state = 'rejected')) AS checked
FROM cluster_years cy
"""

UNIT_HISTORY = f"""
CREATE VIEW unit_history AS
SELECT uy.unit_key, (SELECT name FROM units WHERE key = uy.unit_key) AS unit, uy.year, uy.cluster_key,
  (SELECT name FROM clusters WHERE key = uy.cluster_key) AS cluster, uy.role,
  {case("uy.role", ROLE, "(SELECT kind FROM clusters WHERE key = uy.cluster_key)")} AS vai_tro,
  uy.rank, uy.awards, uy.evidence, uy.source_articles, uy.province, uy.organiser, uy.level,
  (SELECT group_concat(s, ', ') FROM (
     SELECT state AS s FROM memberships WHERE unit_key = uy.unit_key AND year IS uy.year
       AND cluster_key IS uy.cluster_key AND state != 'extracted' AND (current = 1 OR state = 'rejected')
     UNION SELECT state FROM rankings WHERE unit_key = uy.unit_key AND year IS uy.year
       AND cluster_key IS uy.cluster_key AND state != 'extracted' AND (current = 1 OR state = 'rejected')
     UNION SELECT state FROM awards WHERE recipient_key = uy.unit_key AND year IS uy.year
       AND state != 'extracted' AND (current = 1 OR state = 'rejected'))) AS checked
FROM unit_years uy
"""

AWARD_HISTORY = f"""
CREATE VIEW award_history AS
SELECT a.year, a.award_kind, a.award,
  coalesce((SELECT name FROM units WHERE key = a.recipient_key), a.recipient) AS unit, a.recipient,
  a.recipient_key, a.grantor, a.grantor_text, a.status, {case("a.status", STATUS)} AS trang_thai,
  (SELECT title FROM articles WHERE url = a.article_url) AS article_title,
  a.article_url, (SELECT published FROM articles WHERE url = a.article_url) AS published, a.evidence,
  a.start, a."end", (SELECT source_url FROM articles WHERE url = a.article_url) AS source_url,
  (SELECT province FROM units WHERE key = a.recipient_key) AS province,
  (SELECT level FROM units WHERE key = a.recipient_key) AS level, a.id AS fact_id, a.state, a.correction
FROM awards a
WHERE a.current = 1
"""

# Two different units claimed as chair (or vice-chair) of one cluster-year, one row per pair of units,
# with how many articles back each and one of them as example ("different articles": a pair named only
# by one and the same article is left out). Bare `m.evidence` comes from the min(article_url) row.
_CONFLICTS_GROUP = """
INSERT INTO cluster_conflicts (cluster_key, year, role, unit_a_key, articles_a, article_a, evidence_a,
                               unit_b_key, articles_b, article_b, evidence_b)
WITH claims AS (
  SELECT m.role, m.unit_key, count(DISTINCT m.article_url) AS articles, min(m.article_url) AS article, m.evidence
  FROM memberships m
  WHERE m.current = 1 AND m.cluster_key = :c AND m.year = :y AND m.role IN ('chair', 'vice_chair')
  GROUP BY m.role, m.unit_key
)
SELECT :c, :y, a.role, a.unit_key, a.articles, a.article, a.evidence, b.unit_key, b.articles, b.article, b.evidence
FROM claims a JOIN claims b ON b.role = a.role AND b.unit_key > a.unit_key
WHERE NOT (a.articles = 1 AND b.articles = 1 AND a.article = b.article)
"""

CONFLICTS = f"""
CREATE VIEW conflicts AS
SELECT k.cluster_key, (SELECT name FROM clusters WHERE key = k.cluster_key) AS cluster, k.year, k.role,
  {case("k.role", ROLE, "(SELECT kind FROM clusters WHERE key = k.cluster_key)")} AS vai_tro,
  coalesce((SELECT name FROM units WHERE key = k.unit_a_key), k.unit_a_key) AS unit_a, k.articles_a,
  k.article_a, k.evidence_a,
  coalesce((SELECT name FROM units WHERE key = k.unit_b_key), k.unit_b_key) AS unit_b, k.articles_b,
  k.article_b, k.evidence_b,
  (SELECT province FROM clusters WHERE key = k.cluster_key) AS province,
  (SELECT organiser FROM clusters WHERE key = k.cluster_key) AS organiser,
  (SELECT level FROM clusters WHERE key = k.cluster_key) AS level
FROM cluster_conflicts k
"""

# Retired for their source, not by a person: rejected facts and withdrawn additions are in fact_states.
RETIRED_FACTS = f"""
CREATE VIEW retired_facts AS
SELECT 'membership' AS kind, m.id AS fact_id, m.article_url, m.unit AS name, m.cluster AS detail, m.year,
  m.retired_reason, {case("m.retired_reason", RETIRED)} AS ly_do, m.retired_at, m.evidence, m.start, m."end",
  m.state, m.correction
FROM memberships m WHERE m.current = 0 AND m.state IN ('extracted', 'corrected')
UNION ALL
SELECT 'ranking', k.id, k.article_url, k.unit, k.cluster || ' #' || coalesce(k.rank, '?'), k.year,
  k.retired_reason, {case("k.retired_reason", RETIRED)}, k.retired_at, k.evidence, k.start, k."end",
  k.state, k.correction
FROM rankings k WHERE k.current = 0 AND k.state IN ('extracted', 'corrected')
UNION ALL
SELECT 'award', a.id, a.article_url, a.recipient, a.award, a.year,
  a.retired_reason, {case("a.retired_reason", RETIRED)}, a.retired_at, a.evidence, a.start, a."end",
  a.state, a.correction
FROM awards a WHERE a.current = 0 AND a.state IN ('extracted', 'corrected')
"""

UNMATCHED_NAMES = """
CREATE VIEW unmatched_names AS
SELECT u.key AS unit_key, u.name, u.kind,
  (SELECT count(*) FROM memberships m WHERE m.unit_key = u.key AND m.current = 1)
  + (SELECT count(*) FROM rankings k WHERE k.unit_key = u.key AND k.current = 1)
  + (SELECT count(*) FROM awards a WHERE a.recipient_key = u.key AND a.current = 1) AS facts,
  (SELECT group_concat(r.unit_key || ' (' || round(r.score, 2) || ')', '; ')
     FROM unit_aliases al JOIN alias_review r ON r.name_key = al.alias_key
     WHERE al.unit_key = u.key AND r.status = 'pending') AS proposals
FROM units u WHERE u.source = 'crawl'
"""

VIEWS = {
    "cluster_leadership": CLUSTER_LEADERSHIP,
    "unit_history": UNIT_HISTORY,
    "award_history": AWARD_HISTORY,
    "conflicts": CONFLICTS,
    "retired_facts": RETIRED_FACTS,
    "unmatched_names": UNMATCHED_NAMES,
}


def refresh_groups(db, cluster_years: Iterable[tuple] = (), unit_years: Iterable[tuple] = ()) -> None:
    """Recompute the summary rows of the given (cluster_key, year) and (unit_key, year) groups."""
    with db.atomic():
        for c, y in set(cluster_years):
            db.execute("DELETE FROM cluster_years WHERE cluster_key = ? AND year IS ?", [c, y])
            db.execute(_CLUSTER_YEAR, {"c": c, "y": y})
            db.execute("DELETE FROM cluster_conflicts WHERE cluster_key = ? AND year IS ?", [c, y])
            if y is not None:  # a role with no year (a span, or none stated) contradicts nothing
                db.execute(_CONFLICTS_GROUP, {"c": c, "y": y})
        for u, y in set(unit_years):
            db.execute("DELETE FROM unit_years WHERE unit_key = ? AND year IS ?", [u, y])
            db.execute(_UNIT_YEAR, {"u": u, "y": y})


def refresh_units(db, unit_keys: Iterable[str]) -> None:
    """After units were renamed: recompute the cluster-years that show them as chair or vice-chair."""
    keys = list(unit_keys)
    if not keys:
        return
    marks = ", ".join("?" for _ in keys)
    groups = db.execute(f"SELECT DISTINCT cluster_key, year FROM memberships WHERE current = 1 AND "
                        f"role IN ('chair', 'vice_chair') AND unit_key IN ({marks})", keys).fetchall()
    refresh_groups(db, cluster_years=groups)


def refresh(db) -> dict:
    """Rebuild both summary tables from the current facts."""
    with db.atomic():
        db.execute("DELETE FROM cluster_years")
        db.execute("DELETE FROM cluster_conflicts")
        db.execute("DELETE FROM unit_years")
        clusters = db.execute("SELECT DISTINCT cluster_key, year FROM memberships WHERE current = 1").fetchall()
        units = db.execute(
            "SELECT unit_key, year FROM memberships WHERE current = 1 UNION SELECT unit_key, year FROM rankings "
            "WHERE current = 1 UNION SELECT recipient_key, year FROM awards WHERE current = 1").fetchall()
        refresh_groups(db, clusters, units)
    return {"cluster_years": len(clusters), "unit_years": len(units)}


def _create_summaries(db) -> None:
    db.execute(
        """CREATE TABLE IF NOT EXISTS cluster_years (
            cluster_key TEXT NOT NULL REFERENCES clusters(key),
            year INTEGER,
            chair TEXT,
            vice_chair TEXT,
            chairs_count INTEGER,
            vice_chairs_count INTEGER,
            members_count INTEGER,
            source_articles TEXT
        )"""
    )
    db.execute("CREATE INDEX IF NOT EXISTS idx_cluster_years_key ON cluster_years(cluster_key, year)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_cluster_years_year ON cluster_years(year)")
    db.execute(
        """CREATE TABLE IF NOT EXISTS unit_years (
            unit_key TEXT NOT NULL REFERENCES units(key),
            year INTEGER,
            cluster_key TEXT REFERENCES clusters(key),
            role TEXT,
            rank INTEGER,
            awards TEXT,
            evidence TEXT,
            source_articles TEXT
        )"""
    )
    db.execute("CREATE INDEX IF NOT EXISTS idx_unit_years_key ON unit_years(unit_key, year)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_unit_years_year ON unit_years(year)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_unit_years_cluster ON unit_years(cluster_key, year)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_alias_review_name ON alias_review(name_key, status)")


def _create_conflicts_table(db) -> None:
    db.execute(
        """CREATE TABLE IF NOT EXISTS cluster_conflicts (
            cluster_key TEXT NOT NULL REFERENCES clusters(key),
            year INTEGER NOT NULL,
            role TEXT NOT NULL,
            unit_a_key TEXT REFERENCES units(key),
            articles_a INTEGER,
            article_a TEXT,
            evidence_a TEXT,
            unit_b_key TEXT REFERENCES units(key),
            articles_b INTEGER,
            article_b TEXT,
            evidence_b TEXT
        )"""
    )
    db.execute("CREATE INDEX IF NOT EXISTS idx_cluster_conflicts_key ON cluster_conflicts(cluster_key, year)")


def _create_views(db) -> None:
    for name, sql in VIEWS.items():
        db.execute(f"DROP VIEW IF EXISTS {name}")
        db.execute(sql)
    refresh(db)


# Views hold no data: their migration's name carries a hash of their SQL and of the summaries' SQL, so
# any edit here recreates them and rebuilds the summaries at the next connect().
_VERSION = hashlib.sha1("".join([*VIEWS.values(), _CLUSTER_YEAR, _UNIT_YEAR, _CONFLICTS_GROUP]).encode()).hexdigest()[:10]
def _facet_indexes(db) -> None:
    """Datasette facets unit_history by role and conflicts by year and role."""
    db.execute("CREATE INDEX IF NOT EXISTS idx_unit_years_role ON unit_years(role)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_cluster_conflicts_year_role ON cluster_conflicts(year, role)")


def _scope_columns(db) -> None:
    """The summaries carry their cluster's province, organiser and level, so that Datasette facets and
    filters on scope read one table (filled by the views' rebuild that follows)."""
    for table in ("cluster_years", "unit_years"):
        have = db[table].columns_dict
        for col in ("province", "organiser", "level"):
            if col not in have:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {col} TEXT")
        db.execute(f"CREATE INDEX IF NOT EXISTS idx_{table}_province ON {table}(province, year)")


MIGRATIONS = [
    ("views_0001_summaries", _create_summaries),
    ("views_0002_conflicts", _create_conflicts_table),
    ("views_0003_facet_indexes", _facet_indexes),
    ("views_0004_scope_columns", _scope_columns),
    (f"views_{_VERSION}", _create_views),
]
