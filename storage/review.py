"""Review queues that act: what waits for a person, and the decisions that change the next run.

- `alias_review` (units.py) holds the resolver's fuzzy proposals. A person accepts or rejects one
  (`decide_alias`, who / when / why kept on the row); accepted names are applied as merges by
  corrections_entities.accepted_aliases at every extraction, rejected ones leave the queue for good.
- `phrasing_review` holds the sentences the extractor read a trigger in (a role word, an award, a rank
  word ...) without making a fact of them (`store_unread`, called by the extraction). A person marks
  each one `no_fact` (rightly nothing: it never comes back to the queue) or `missed` (a fact is
  missing: add it as a correction, and tell the extractor's author). A re-extraction replaces an
  article's pending items and keeps the decided ones with their status.
- `queue(db)` is what `pipeline.py review` lists: pending aliases and phrasings, corrections that took
  no effect, and editor corrections not yet exported to the reviewed file.
"""
from __future__ import annotations

import hashlib
import json

from extract.normalize import fold

from .corrections import not_applied, now, unexported

PHRASING_STATUSES = ("pending", "no_fact", "missed")
ALIAS_STATUSES = ("pending", "accepted", "rejected")


def _migrate_review(db) -> None:
    db.execute(
        """CREATE TABLE IF NOT EXISTS phrasing_review (
            id TEXT PRIMARY KEY,
            article_url TEXT NOT NULL REFERENCES articles(url),
            label TEXT,
            trigger TEXT,
            sentence TEXT NOT NULL,
            start INTEGER,
            "end" INTEGER,
            extractor_version TEXT,
            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'no_fact', 'missed')),
            first_seen TEXT,
            last_seen TEXT,
            reviewed_by TEXT,
            reviewed_at TEXT,
            note TEXT
        )"""
    )
    db.execute("CREATE INDEX IF NOT EXISTS idx_phrasing_review_article ON phrasing_review(article_url, status)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_phrasing_review_status ON phrasing_review(status)")
    have = {r[1] for r in db.execute("PRAGMA table_info(alias_review)").fetchall()}
    for col in ("reviewed_by", "reviewed_at", "note"):
        if col not in have:
            db.execute(f"ALTER TABLE alias_review ADD COLUMN {col} TEXT")


MIGRATIONS = [("review_0001_phrasing_and_alias_decisions", _migrate_review)]


def phrasing_id(article_url: str, item: dict) -> str:
    """Stable across extractor versions: the article, the label, the trigger and the sentence's words
    (offsets move when the body is re-parsed, the sentence does not)."""
    parts = [article_url, item.get("label") or "", fold(item.get("trigger") or ""),
             " ".join(fold(item.get("sentence") or "").split())]
    return hashlib.sha1(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()[:20]


def store_unread(db, article_url: str, items: list[dict], extractor_version: str, when: str | None = None) -> dict:
    """The sentences one extraction of `article_url` read a trigger in but made no fact of.

    items: [{"label", "trigger", "sentence", "start", "end"}]. Pending items the new extraction no longer
    reports are dropped; reported ones are added as pending or, when a person already decided them,
    keep their status (only offsets and version move). Returns {"pending": n, "decided": n}.
    """
    when = when or now()
    counts = {"pending": 0, "decided": 0}
    with db.atomic():
        ids = {}
        for item in items:
            if not (item.get("sentence") or "").strip():
                raise ValueError(f"an unread item of {article_url} has no sentence: {item!r}")
            ids[phrasing_id(article_url, item)] = item
        for (pid,) in db.execute("SELECT id FROM phrasing_review WHERE article_url = ? AND status = 'pending'",
                                 [article_url]).fetchall():
            if pid not in ids:
                db.execute("DELETE FROM phrasing_review WHERE id = ?", [pid])
        for pid, item in ids.items():
            row = db.execute("SELECT status FROM phrasing_review WHERE id = ?", [pid]).fetchone()
            if row:
                db.execute('UPDATE phrasing_review SET start = ?, "end" = ?, extractor_version = ?, last_seen = ? '
                           "WHERE id = ?", [item.get("start"), item.get("end"), extractor_version, when, pid])
                counts["pending" if row[0] == "pending" else "decided"] += 1
            else:
                db.execute('INSERT INTO phrasing_review (id, article_url, label, trigger, sentence, start, "end", '
                           "extractor_version, status, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                           "'pending', ?, ?)",
                           [pid, article_url, item.get("label"), item.get("trigger"), item["sentence"],
                            item.get("start"), item.get("end"), extractor_version, when, when])
                counts["pending"] += 1
    return counts


def _decide(db, table: str, where: str, params: list, status: str, who: str, why: str) -> int:
    if not who.strip() or not why.strip():
        raise ValueError("a decision needs who made it and why")
    with db.atomic():
        n = db.execute(f"UPDATE {table} SET status = ?, reviewed_by = ?, reviewed_at = ?, note = ? WHERE {where}",
                       [status, who.strip(), now(), why.strip(), *params]).rowcount
    if n == 0:
        raise LookupError(f"no row of {table} matches {params}")
    return n


def decide_alias(db, name_key: str, unit_key: str, status: str, who: str, why: str) -> int:
    """Accept or reject (or put back) one proposal of `alias_review`."""
    if status not in ALIAS_STATUSES:
        raise ValueError(f"status must be one of {', '.join(ALIAS_STATUSES)}, not {status!r}")
    return _decide(db, "alias_review", "name_key = ? AND unit_key = ?", [name_key, unit_key], status, who, why)


def decide_phrasing(db, item_id: str, status: str, who: str, why: str) -> int:
    if status not in PHRASING_STATUSES:
        raise ValueError(f"status must be one of {', '.join(PHRASING_STATUSES)}, not {status!r}")
    return _decide(db, "phrasing_review", "id = ?", [item_id], status, who, why)


def queue(db, limit: int = 200) -> dict[str, list[dict]]:
    """Everything that waits for a person, by queue."""
    return {
        "aliases": list(db.query(
            "SELECT r.name, r.name_key, r.unit_key, (SELECT name FROM units WHERE key = r.unit_key) AS unit, "
            "round(r.score, 1) AS score FROM alias_review r WHERE r.status = 'pending' "
            "ORDER BY r.score DESC, r.name_key LIMIT ?", [limit])),
        "phrasings": list(db.query(
            "SELECT id, article_url, label, trigger, sentence FROM phrasing_review WHERE status = 'pending' "
            "ORDER BY article_url, start LIMIT ?", [limit])),
        "missed": list(db.query(
            "SELECT id, article_url, label, trigger, sentence, reviewed_by FROM phrasing_review "
            "WHERE status = 'missed' ORDER BY reviewed_at LIMIT ?", [limit])),
        "corrections_not_applied": not_applied(db),
        "editor_corrections_not_exported": [{k: r[k] for k in ("id", "action", "kind", "who", "made_at", "why")}
                                            for r in unexported(db)],
    }
