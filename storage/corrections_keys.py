"""Which unit or cluster a name written in a correction (`change`, `add`) stands for, in the key format of
extract/keys.py: a cluster is organiser + scope + designator ('lang-son:ubnd:cum-2'), a unit is keyed in
its province, and what an article cannot place is `unresolved-<article>:…`.

"Cụm thi đua số 2" or "Sở Tư pháp" name many entities, so a name is read in its article, as the
extractor read it: the entity of that name (or, for a cluster, that designator) the article's own facts
already use; else the only stored entity of that name; else the key the extractor would give it in
that article (extract.keys.add_keys over the article's words and source), created as it would be.
"""
from __future__ import annotations

from extract.normalize import clean, fold, key as norm_key

from .units import ensure_cluster, ensure_unit

_UNIT_COLUMNS = (("memberships", "unit_key"), ("rankings", "unit_key"), ("awards", "recipient_key"))


def _in_article(db, columns, article_url: str | None) -> set[str]:
    if not article_url:
        return set()
    return {k for table, col in columns for (k,) in db.execute(
        f"SELECT DISTINCT {col} FROM {table} WHERE article_url = ? AND (current = 1 OR state = 'rejected')",
        [article_url]).fetchall()}


def _pick(candidates: set[str], in_article: set[str], overall: set[str]) -> str | None:
    mine = candidates & in_article
    if len(mine) == 1:
        return mine.pop()
    return next(iter(overall)) if len(overall) == 1 else None


def unit_key(db, name: str, fact: dict, article_url: str | None) -> str:
    """The unit `name` stands for in the article (`fact`: the corrected fact's values, for its scope)."""
    names = {k for (k,) in db.execute("SELECT DISTINCT unit_key FROM unit_aliases WHERE alias_key = ? AND source "
                                      "!= 'correction' UNION SELECT key FROM units WHERE name_fold = ?",
                                      [norm_key(name), fold(clean(name))]).fetchall()}
    return _pick(names, _in_article(db, _UNIT_COLUMNS, article_url), names) or _extractor(db, fact, article_url, "unit")


def cluster_key(db, name: str, fact: dict, article_url: str | None) -> str:
    """The cluster `name` (or a cluster key) stands for in the article."""
    from extract.clusterid import designator

    if db.execute("SELECT 1 FROM clusters WHERE key = ?", [name]).fetchone():
        return name
    named = {k for (k,) in db.execute("SELECT key FROM clusters WHERE name_fold = ?", [fold(clean(name))]).fetchall()}
    alike = named | {k for (k,) in db.execute("SELECT key FROM clusters WHERE designator = ?", [designator(name)])}
    in_article = _in_article(db, (("memberships", "cluster_key"), ("rankings", "cluster_key")), article_url)
    return _pick(alike, in_article, named) or _extractor(db, fact, article_url, "cluster")


def _extractor(db, fact: dict, article_url: str | None, want: str) -> str:
    """The unit (or recipient) or cluster key extract.keys gives `fact` in its article; created if new."""
    from extract.clusterid import Article
    from extract.keys import add_keys

    row = db.execute("SELECT title, body, url, source_url FROM articles WHERE url = ?", [article_url]).fetchone() \
        if article_url else None
    f = {k: v for k, v in fact.items() if not k.endswith("_key")}
    add_keys([f], Article(*(row or ("", "", None, None))))
    if want == "cluster":
        ident = f.get("cluster_identity") or {}
        return ensure_cluster(db, f["cluster_key"], ident.get("name") or f.get("cluster") or "", identity=ident)
    key = f.get("recipient_key") or f.get("unit_key")
    return ensure_unit(db, key, f.get("recipient") or f.get("unit") or "", scope=f.get("unit_scope"))
