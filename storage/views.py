"""SQL views that answer the questions people bring to the data, over current facts only.

- `cluster_leadership`  who chaired and vice-chaired each cluster in each year, how many units it had,
                        from which articles
- `unit_history`        one row per unit, year and cluster: role, rank, awards of that year
- `award_history`       every award fact with its unit, source article and evidence sentence
- `conflicts`           two different chairs (or vice-chairs) of one cluster and year in different articles:
                        either the extractor or a source is wrong, a person should look
- `unmatched_names`     units first seen in crawled text that no gazetteer alias matched, with the fuzzy
                        candidates waiting in `alias_review`

Names shown are the canonical ones (`units.name`, `clusters.name`); the facts keep the written form.
Lists inside a cell are separated by '; ' (unit names can hold commas). Editing a view's SQL changes the
migration's name, so every existing database drops and recreates its views at the next connect().
"""
from __future__ import annotations

import hashlib

ROLE_ORDER = "CASE {col} WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 ELSE 2 END"

CLUSTER_LEADERSHIP = """
CREATE VIEW cluster_leadership AS
SELECT g.cluster_key, c.name AS cluster, c.kind AS cluster_kind, g.year,
  (SELECT group_concat(name, '; ') FROM (
     SELECT DISTINCT coalesce(u.name, m.unit) AS name FROM memberships m LEFT JOIN units u ON u.key = m.unit_key
     WHERE m.current = 1 AND m.cluster_key = g.cluster_key AND m.year IS g.year AND m.role = 'chair')) AS chair,
  (SELECT group_concat(name, '; ') FROM (
     SELECT DISTINCT coalesce(u.name, m.unit) AS name FROM memberships m LEFT JOIN units u ON u.key = m.unit_key
     WHERE m.current = 1 AND m.cluster_key = g.cluster_key AND m.year IS g.year AND m.role = 'vice_chair'))
     AS vice_chair,
  g.members_count,
  (SELECT group_concat(url, ' ') FROM (
     SELECT DISTINCT m.article_url AS url FROM memberships m
     WHERE m.current = 1 AND m.cluster_key = g.cluster_key AND m.year IS g.year)) AS source_articles
FROM (
  SELECT cluster_key, year, count(DISTINCT unit_key) AS members_count
  FROM memberships WHERE current = 1 GROUP BY cluster_key, year
) g JOIN clusters c ON c.key = g.cluster_key
"""

UNIT_HISTORY = f"""
CREATE VIEW unit_history AS
WITH unit_years AS (
  SELECT unit_key, year, cluster_key FROM memberships WHERE current = 1
  UNION
  SELECT unit_key, year, cluster_key FROM rankings WHERE current = 1
  UNION
  SELECT a.recipient_key, a.year, NULL FROM awards a WHERE a.current = 1
    AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.current = 1 AND m.unit_key = a.recipient_key
                    AND m.year IS a.year)
    AND NOT EXISTS (SELECT 1 FROM rankings k WHERE k.current = 1 AND k.unit_key = a.recipient_key
                    AND k.year IS a.year)
)
SELECT y.unit_key, u.name AS unit, y.year, y.cluster_key, c.name AS cluster,
  (SELECT m.role FROM memberships m WHERE m.current = 1 AND m.unit_key = y.unit_key AND m.year IS y.year
     AND m.cluster_key IS y.cluster_key ORDER BY {ROLE_ORDER.format(col='m.role')} LIMIT 1) AS role,
  (SELECT min(k.rank) FROM rankings k WHERE k.current = 1 AND k.unit_key = y.unit_key AND k.year IS y.year
     AND k.cluster_key IS y.cluster_key) AS rank,
  (SELECT group_concat(x, '; ') FROM (
     SELECT DISTINCT a.award || coalesce(' - ' || a.grantor, '') || ' (' || coalesce(a.status, '?') || ')' AS x
     FROM awards a WHERE a.current = 1 AND a.recipient_key = y.unit_key AND a.year IS y.year)) AS awards,
  (SELECT m.evidence FROM memberships m WHERE m.current = 1 AND m.unit_key = y.unit_key AND m.year IS y.year
     AND m.cluster_key IS y.cluster_key ORDER BY {ROLE_ORDER.format(col='m.role')} LIMIT 1) AS evidence,
  (SELECT group_concat(url, ' ') FROM (
     SELECT m.article_url AS url FROM memberships m WHERE m.current = 1 AND m.unit_key = y.unit_key
       AND m.year IS y.year AND m.cluster_key IS y.cluster_key
     UNION SELECT k.article_url FROM rankings k WHERE k.current = 1 AND k.unit_key = y.unit_key
       AND k.year IS y.year AND k.cluster_key IS y.cluster_key
     UNION SELECT a.article_url FROM awards a WHERE a.current = 1 AND a.recipient_key = y.unit_key
       AND a.year IS y.year)) AS source_articles
FROM unit_years y LEFT JOIN units u ON u.key = y.unit_key LEFT JOIN clusters c ON c.key = y.cluster_key
"""

AWARD_HISTORY = """
CREATE VIEW award_history AS
SELECT a.year, a.award_kind, a.award, coalesce(u.name, a.recipient) AS unit, a.recipient, a.recipient_key,
  a.grantor, a.status, ar.title AS article_title, a.article_url, ar.published, a.evidence, a.id AS fact_id
FROM awards a LEFT JOIN units u ON u.key = a.recipient_key LEFT JOIN articles ar ON ar.url = a.article_url
WHERE a.current = 1
"""

CONFLICTS = """
CREATE VIEW conflicts AS
SELECT a.cluster_key, c.name AS cluster, a.year, a.role,
  coalesce(ua.name, a.unit) AS unit_a, a.article_url AS article_a, a.evidence AS evidence_a,
  coalesce(ub.name, b.unit) AS unit_b, b.article_url AS article_b, b.evidence AS evidence_b,
  a.id AS fact_a, b.id AS fact_b
FROM memberships a
JOIN memberships b ON b.cluster_key = a.cluster_key AND b.year = a.year AND b.role = a.role
  AND b.current = 1 AND b.unit_key > a.unit_key AND b.article_url <> a.article_url
JOIN clusters c ON c.key = a.cluster_key
LEFT JOIN units ua ON ua.key = a.unit_key LEFT JOIN units ub ON ub.key = b.unit_key
WHERE a.current = 1 AND a.role IN ('chair', 'vice_chair')
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
    "unmatched_names": UNMATCHED_NAMES,
}


def _create_views(db) -> None:
    for name, sql in VIEWS.items():
        db.execute(f"DROP VIEW IF EXISTS {name}")
        db.execute(sql)
    db.execute("CREATE INDEX IF NOT EXISTS idx_alias_review_name ON alias_review(name_key, status)")


# Views hold no data: the migration name carries a hash of their SQL, so any edit here recreates them.
MIGRATIONS = [(f"views_{hashlib.sha1(''.join(VIEWS.values()).encode()).hexdigest()[:10]}", _create_views)]
