"""Accent-insensitive full-text search over articles, facts and unit names.

SQLite's unicode61 tokenizer (even with remove_diacritics 2) never folds 'đ' to 'd', so "dien luc" would
not find "Điện lực". Every index therefore holds text folded by `extract.normalize.fold` ('Điện lực' ->
'dien luc') and every query is folded the same way (`fts_query`), in Python or, in Datasette, through
the `fts_query()` / `fold()` SQL functions the project's Datasette plugin registers.

How each index is kept in sync:

- `unit_aliases_fts`  external-content FTS5 over `unit_aliases(alias, alias_fold)`, kept by triggers
                      (the folded text is already a column, so no Python function runs in a trigger).
                      Always current; Datasette also shows a search box on `unit_aliases`.
- `search_articles`   FTS5 of folded title and body, one row per article;
- `search_facts`      FTS5 of folded unit/recipient, award, cluster and evidence, one row per current fact.
  These two are refreshed by `reindex(db)`, which the pipeline calls after each refresh / extract. It is
  incremental: a `*_docs` table remembers a signature of what each FTS row was built from (the article's
  content_hash and title, the fact's texts), so only new, changed or vanished rows are touched.
"""
from __future__ import annotations

import hashlib
import re
from typing import Callable, Iterable

from extract.normalize import fold

TOKENIZE = "unicode61 remove_diacritics 2"
_WORD = re.compile(r"\w+")


def _migrate_search(db) -> None:
    db.execute(
        f"""CREATE VIRTUAL TABLE IF NOT EXISTS search_articles USING fts5(
            url UNINDEXED, title_fold, body_fold, tokenize='{TOKENIZE}')"""
    )
    db.execute(
        f"""CREATE VIRTUAL TABLE IF NOT EXISTS search_facts USING fts5(
            fact_id UNINDEXED, kind UNINDEXED, article_url UNINDEXED, label UNINDEXED,
            name_fold, award_fold, cluster_fold, evidence_fold, tokenize='{TOKENIZE}')"""
    )
    for docs in ("search_articles_docs", "search_facts_docs"):
        db.execute(f"CREATE TABLE IF NOT EXISTS {docs} (rowid INTEGER PRIMARY KEY, ref TEXT UNIQUE, sig TEXT)")


def _alias_index(db) -> None:
    """(Re)create the alias index. `content="unit_aliases"` in double quotes is the spelling Datasette's
    detect_fts recognises, which gives the unit_aliases page its search box."""
    with db.atomic():
        for trigger in ("unit_aliases_ai", "unit_aliases_ad", "unit_aliases_au"):
            db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        db.execute("DROP TABLE IF EXISTS unit_aliases_fts")
        db.execute(
            f"""CREATE VIRTUAL TABLE unit_aliases_fts USING fts5(
                alias, alias_fold, content="unit_aliases", content_rowid="id", tokenize='{TOKENIZE}')"""
        )
        db.execute(
            """CREATE TRIGGER unit_aliases_ai AFTER INSERT ON unit_aliases BEGIN
                INSERT INTO unit_aliases_fts (rowid, alias, alias_fold) VALUES (new.id, new.alias, new.alias_fold);
            END"""
        )
        db.execute(
            """CREATE TRIGGER unit_aliases_ad AFTER DELETE ON unit_aliases BEGIN
                INSERT INTO unit_aliases_fts (unit_aliases_fts, rowid, alias, alias_fold)
                VALUES ('delete', old.id, old.alias, old.alias_fold);
            END"""
        )
        db.execute(
            """CREATE TRIGGER unit_aliases_au AFTER UPDATE OF alias, alias_fold ON unit_aliases BEGIN
                INSERT INTO unit_aliases_fts (unit_aliases_fts, rowid, alias, alias_fold)
                VALUES ('delete', old.id, old.alias, old.alias_fold);
                INSERT INTO unit_aliases_fts (rowid, alias, alias_fold) VALUES (new.id, new.alias, new.alias_fold);
            END"""
        )
        db.execute("INSERT INTO unit_aliases_fts (unit_aliases_fts) VALUES ('rebuild')")


MIGRATIONS = [("search_0001_fts", _migrate_search), ("search_0002_alias_index", _alias_index)]


MAX_WORDS = 16  # a pasted page is searched by its first words, not refused


def _words(text: str | None) -> list[str]:
    return _WORD.findall(fold(text or ""))[:MAX_WORDS]


def fts_query(text: str | None) -> str:
    """A safe FTS5 MATCH string from what a person typed: only folded words, each quoted, so no input
    (quotes, `NEAR(`, `*`, `AND`, 5,000 characters) is ever FTS5 syntax. All words must match, the last
    one as a prefix: 'Điện lực Lạng' -> '"dien" "luc" "lang"*' (every phrase match is one of these; rank
    the phrase matches first with `fts_phrase`). Nothing to search for gives '""', which matches no row.
    """
    words = _words(text)
    if not words:
        return '""'
    return " ".join(f'"{w}"' for w in words[:-1]) + (" " if len(words) > 1 else "") + f'"{words[-1]}"*'


def fts_ranked(text: str | None) -> str:
    """`fts_query` for a search ranked by bm25, in which the words as one phrase weigh on their own:
    'dien luc' -> '"dien luc"* OR ("dien" "luc"*)' matches the same rows, and "Điện lực" ranks before
    an article that says "diễn văn … lúc" more often. One FTS pass, so `ORDER BY rank LIMIT n` stays
    cheap at tens of thousands of articles."""
    words = _words(text)
    return fts_query(text) if len(words) < 2 else f"{fts_phrase(text)} OR ({fts_query(text)})"


def fts_phrase(text: str | None) -> str:
    """The words typed as one phrase ('"dien luc"*'): what ranks first ("dien luc" before "diễn văn …
    lúc")."""
    words = _words(text)
    return '"' + " ".join(words) + '"*' if words else '""'


def like_pattern(text: str | None) -> str:
    """`%folded text%` for `LIKE … ESCAPE '\\'` with `%`, `_` and `\\` of the text taken literally."""
    needle = " ".join(fold(text or "").split())
    return "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class _FoldTable(dict):
    """str.translate table folding one character to one ('Đ' -> 'd', 'ằ' -> 'a'), filled as met."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        self[code] = out = (fold(c) or " ")[:1] if c.strip() else " "
        return out


_FOLD_TABLE = _FoldTable()


def highlight(text: str | None, query: str | None, width: int = 160, mark=("[", "]")) -> str:
    """A snippet of `text` as written (accents kept) around the first place its folded form holds the
    query's words, each match marked: what the folded index found, shown in the original."""
    text = text or ""
    words = _words(query)
    if not text or not words:
        return text[:width]
    folded = text.translate(_FOLD_TABLE)  # one folded character per original one: offsets agree
    pats = [re.escape(w) + ("" if i == len(words) - 1 else r"(?!\w)") for i, w in enumerate(words)]
    phrase = re.search(r"(?<!\w)" + r"\W+".join(pats), folded)
    if phrase:  # the words as a phrase: one mark
        spans = [(phrase.start(), phrase.end())]
    else:
        spans = [(m.start(), m.end()) for pat in pats for m in re.finditer(r"(?<!\w)" + pat, folded)]
    if not spans:
        return text[:width] + ("…" if len(text) > width else "")
    spans.sort()
    first = spans[0][0]
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    out, pos = [], start
    for a, b in spans:
        if a < pos or b > end:
            continue
        out += [text[pos:a], mark[0], text[a:b], mark[1]]
        pos = b
    out.append(text[pos:end])
    return ("…" if start > 0 else "") + "".join(out) + ("…" if end < len(text) else "")


def _sig(*parts) -> str:
    return hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode()).hexdigest()[:16]


def _sync(db, fts: str, docs: str, rows: Iterable[tuple[str, str, Callable[[], dict]]]) -> dict:
    """Bring `fts` in line with `rows` = (ref, signature, build_values()) using the `docs` bookkeeping."""
    known = {ref: (rowid, sig) for rowid, ref, sig in db.execute(f"SELECT rowid, ref, sig FROM {docs}")}
    counts = {"indexed": 0, "removed": 0}
    present = set()
    for ref, sig, build in rows:
        present.add(ref)
        old = known.get(ref)
        if old and old[1] == sig:
            continue
        values = build()
        if old:
            db.execute(f"DELETE FROM {fts} WHERE rowid = ?", [old[0]])
            db.execute(f"UPDATE {docs} SET sig = ? WHERE rowid = ?", [sig, old[0]])
            rowid = old[0]
        else:
            rowid = db.execute(f"INSERT INTO {docs} (ref, sig) VALUES (?, ?)", [ref, sig]).lastrowid
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        db.execute(f"INSERT INTO {fts} (rowid, {cols}) VALUES (?, {marks})", [rowid, *values.values()])
        counts["indexed"] += 1
    for ref, (rowid, _) in known.items():
        if ref not in present:
            db.execute(f"DELETE FROM {fts} WHERE rowid = ?", [rowid])
            db.execute(f"DELETE FROM {docs} WHERE rowid = ?", [rowid])
            counts["removed"] += 1
    return counts


def _article_rows(db):
    if "articles" not in db.table_names():
        return
    has_hash = "content_hash" in db["articles"].columns_dict
    if has_hash:
        listing = db.execute("SELECT url, title, content_hash FROM articles").fetchall()
    else:
        listing = [(u, t, _sig(b)) for u, t, b in db.execute("SELECT url, title, body FROM articles")]
    for url, title, chash in listing:
        def build(url=url, title=title):
            body = db.execute("SELECT body FROM articles WHERE url = ?", [url]).fetchone()[0]
            return {"url": url, "title_fold": fold(title or ""), "body_fold": fold(body or "")}
        yield url, _sig(title, chash), build


_FACT_SOURCES = """
    SELECT id, 'membership', article_url, unit, NULL, cluster, evidence FROM memberships WHERE current = 1
    UNION ALL
    SELECT id, 'ranking', article_url, unit, 'hạng ' || coalesce(rank, ''), cluster, evidence
      FROM rankings WHERE current = 1
    UNION ALL
    SELECT id, 'award', article_url, recipient, trim(coalesce(award, '') || ' ' || coalesce(grantor, '')),
      NULL, evidence FROM awards WHERE current = 1
"""


def _fact_rows(db):
    for fid, kind, url, name, award, cluster, evidence in db.execute(_FACT_SOURCES).fetchall():
        def build(fid=fid, kind=kind, url=url, name=name, award=award, cluster=cluster, evidence=evidence):
            label = " · ".join(x for x in (name, award, cluster) if x)
            return {"fact_id": fid, "kind": kind, "article_url": url, "label": label,
                    "name_fold": fold(name or ""), "award_fold": fold(award or ""),
                    "cluster_fold": fold(cluster or ""), "evidence_fold": fold(evidence or "")}
        yield fid, _sig(name, award, cluster, evidence, url), build


def reindex(db) -> dict:
    """Refresh the article and fact indexes (incremental; cheap when nothing changed) and the planner's
    statistics. Call after each refresh or extract; `unit_aliases_fts` needs no call (triggers)."""
    with db.atomic():
        counts = {
            "articles": _sync(db, "search_articles", "search_articles_docs", _article_rows(db)),
            "facts": _sync(db, "search_facts", "search_facts_docs", _fact_rows(db)),
        }
    # Fresh statistics for the query planner (sampled, so cheap): Datasette's facets and the views pick
    # their indexes from them.
    db.execute("PRAGMA analysis_limit = 1000")
    db.execute("ANALYZE")
    return counts


def search_units(db, query: str, limit: int = 20) -> list[dict]:
    """Units any of whose spellings matches `query`, accents and case ignored ("dien luc", "Điện lực"),
    best match first."""
    return list(db.query(
        """SELECT u.key, u.name, u.kind, u.source,
                  (SELECT group_concat(alias, ' · ') FROM unit_aliases WHERE unit_key = u.key) AS aliases,
                  min(f.rank) AS score
           FROM unit_aliases_fts f JOIN unit_aliases a ON a.id = f.rowid JOIN units u ON u.key = a.unit_key
           WHERE unit_aliases_fts MATCH ? GROUP BY u.key ORDER BY score, u.name LIMIT ?""",
        [fts_ranked(query), limit],
    ))


def search_articles(db, query: str, limit: int = 20) -> list[dict]:
    """Articles whose title or body matches, best first (a phrase match weighs), with a snippet of the
    text as written (accents kept) around the match."""
    rows = list(db.query(
        """SELECT s.url, a.title, a.published, a.body, s.rank AS score
           FROM search_articles s JOIN articles a ON a.url = s.url
           WHERE search_articles MATCH ? ORDER BY s.rank LIMIT ?""",
        [fts_ranked(query), limit],
    ))
    for r in rows:
        r["snippet"] = highlight(f"{r['title'] or ''} — {r.pop('body') or ''}", query)
    return rows


def search_facts(db, query: str, limit: int = 50) -> list[dict]:
    """Current facts whose unit/recipient, award, cluster or evidence matches, best first, with the
    evidence as written around the match."""
    rows = list(db.query(
        """SELECT s.fact_id, s.kind, s.article_url, s.label, s.rank AS score,
                  coalesce((SELECT evidence FROM memberships WHERE id = s.fact_id),
                           (SELECT evidence FROM rankings WHERE id = s.fact_id),
                           (SELECT evidence FROM awards WHERE id = s.fact_id)) AS evidence
           FROM search_facts s WHERE search_facts MATCH ? ORDER BY s.rank LIMIT ?""",
        [fts_ranked(query), limit],
    ))
    for r in rows:
        r["snippet"] = highlight(r.pop("evidence"), query)
    return rows


def search(db, query: str, limit: int = 20) -> list[dict]:
    """Everything matching `query` (folded): units first, then facts, then articles; each row has `type`."""
    rows = [{"type": "unit", **r} for r in search_units(db, query, limit)]
    rows += [{"type": "fact", **r} for r in search_facts(db, query, limit)]
    if "articles" in db.table_names():
        rows += [{"type": "article", **r} for r in search_articles(db, query, limit)]
    return rows
