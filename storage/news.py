"""What is new tonight: awards and leadership facts that appeared or were corrected since a moment.

The same facts the Atom feed (the canned query `moi_cap_nhat` in datasette_meta.json) announces, for the
refresh's summary on stderr, so the person who runs it sees tonight's news without opening Datasette.
"""
from __future__ import annotations

from .db import DatabaseProblem, connect
from .runs import utc_now

ROLE_LABEL = {"chair": "Trưởng", "vice_chair": "Phó trưởng"}

_NEW = """
SELECT 'award' AS kind, coalesce((SELECT name FROM units WHERE key = a.recipient_key), a.recipient) AS who,
  a.award || coalesce(' - ' || a.grantor, '') AS what, a.year, a.status AS detail, a.state, a.article_url,
  a.first_seen
FROM awards a WHERE a.current = 1 AND (a.first_seen >= :since OR a.corrected_at >= :since)
UNION ALL
SELECT 'leadership', coalesce((SELECT name FROM units WHERE key = m.unit_key), m.unit),
  coalesce((SELECT name FROM clusters WHERE key = m.cluster_key), m.cluster), m.year, m.role, m.state,
  m.article_url, m.first_seen
FROM memberships m WHERE m.current = 1 AND m.role IN ('chair', 'vice_chair')
  AND (m.first_seen >= :since OR m.corrected_at >= :since)
ORDER BY 1, 7, 2
"""


def mark(db_path) -> str:
    """The moment from which a run's facts count as new: now, but later than any fact stored so far. Times are
    kept to the second, so a run that starts in the second the previous run stored its last fact waits for
    the next second (at most one): else every fact of that previous run would look new tonight. A stored time
    further ahead (a clock set back, a database from another machine) is waited for no longer than that."""
    import time

    latest = ""
    try:
        db = connect(db_path, read_only=True)
    except DatabaseProblem:
        db = None  # no database yet, or not a database: the refresh itself says so, in one line
    if db is not None:
        tables = set(db.table_names())
        for table in ("awards", "memberships"):
            if table in tables:  # a database from before the table existed has none
                latest = max(latest, db.execute(f"SELECT coalesce(max(first_seen), '') FROM {table}").fetchone()[0])
        db.close()
    give_up = time.monotonic() + 1.5  # a stored time ahead of this clock (another machine's) holds nobody for long
    while (now := utc_now()) <= latest and time.monotonic() < give_up:
        time.sleep(0.05)
    return now


def new_since(db, since: str) -> list[dict]:
    """Standing awards and chair / vice-chair facts first seen (or corrected) at or after `since`."""
    return list(db.query(_NEW, {"since": since}))


def summary_lines(db, since: str, most: int = 20) -> list[str]:
    """'new tonight: …' and one line per fact (at most `most`), for the refresh summary."""
    rows = new_since(db, since)
    awards = sum(r["kind"] == "award" for r in rows)
    out = [f"new tonight: {awards} awards, {len(rows) - awards} leadership facts"]
    for r in rows[:most]:
        detail = ROLE_LABEL.get(r["detail"], r["detail"])
        mark = "" if r["state"] == "extracted" else f" [{r['state']}]"
        out.append(f"  + {r['who']}: {detail} {r['what']}" + (f" ({r['year']})" if r["year"] else "")
                   + f"{mark} {r['article_url']}")
    if len(rows) > most:
        out.append(f"  … and {len(rows) - most} more (the feed lists them all)")
    return out
