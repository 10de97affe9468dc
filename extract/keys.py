"""Canonical keys and scope on facts: which real unit and which cluster each name refers to.

Runs after extraction, on one article's facts at a time (extract/pool.py). Each membership and ranking
gets its cluster's identity (extract/clusterid.py: organiser + scope + number or name) as `cluster_key`
and `cluster_identity`; each unit or award recipient gets a `unit_key` / `recipient_key` and a
`unit_scope` {province, level}. A unit's province comes from its own name ("BĐBP tỉnh Quảng Ninh"),
else from its cluster's, else from the article's source; a unit none of these place stays apart
(`unresolved-<article>:<name>`) instead of joining a namesake of another province. Keys are
deterministic functions of the article, so the same fact found again keys the same way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import vocab
from .clusterid import Article, ClusterIdentity, designator, display_name, identify, member_level
from .normalize import clean
from .places import HOME_NAME, province_of_name, province_slug, source_province
from .resolve import Resolution, Resolver
from .unitkeys import unit_key

# Bump when keys or scope change: stored articles are then re-keyed (pipeline.extract_pending).
KEYS_VERSION = "3"
UNNAMED = vocab.load("resolver")["unnamed_cluster"]  # extract/data/vocab/resolver.yml


@lru_cache(maxsize=1)
def _province_opener() -> re.Pattern:
    """"tỉnh ", "thành phố ", "TP. " opening a tail of a unit's name (resolver.yml: province_kinds and
    province_abbreviations): the province that tail names is dropped from the key of a unit scoped to it."""
    data = vocab.load("resolver")
    forms = [re.escape(w) for w in data["province_kinds"]] + [re.escape(a) + r"\.?" for a in data["province_abbreviations"]]
    return re.compile("(?i)(" + "|".join(forms) + r")\s")


@lru_cache(maxsize=1)
def _resolver() -> Resolver:
    return Resolver()


@dataclass(frozen=True)
class UnitScope:
    province: str | None   # display name; None: national, or unknown
    level: str | None      # 'trung ương' | 'tỉnh' | 'huyện' | 'xã'
    unresolved_tag: str | None = None  # set when nothing placed the unit: its key stays with the article

    def as_dict(self) -> dict:
        return {"province": self.province, "level": self.level, "resolved": self.unresolved_tag is None}


def unit_scope(name: str, cluster_province: str | None, article: Article) -> UnitScope:
    """Where a unit is: its own name, else its cluster's province, else the article's source."""
    level = member_level(name)
    own = province_of_name(name)
    if own:
        return UnitScope(own, level)
    if level == vocab.load("resolver")["levels"]["central"]:
        return UnitScope(None, level)
    province = cluster_province or source_province(article.source_url)
    if province:
        return UnitScope(province, level)
    return UnitScope(None, level, article.tag)


def _strip_province(name: str, province: str) -> str:
    """'BĐBP tỉnh Quảng Ninh' -> 'BĐBP' for the key of a unit already scoped to Quảng Ninh."""
    words = clean(name).split()
    for n in range(len(words) - 1, 1, -1):
        tail = " ".join(words[n:])
        if _province_opener().match(tail) and province_of_name(tail) == province:
            return " ".join(words[:n]).rstrip(" ,-")
    return name


def resolve_unit(name: str, scope: UnitScope) -> Resolution:
    """The resolver's decision for one written name within its scope."""
    written = clean(name).strip()
    if scope.unresolved_tag:
        return Resolution(f"unresolved-{scope.unresolved_tag}:{unit_key(name)}", written, False, "new")
    if scope.province is None or scope.province == HOME_NAME:
        return _resolver().resolve(name)
    r = _resolver().resolve(_strip_province(name, scope.province), scope=province_slug(scope.province))
    return Resolution(r.key, written, r.matched, r.via, r.proposals, r.kind)


def _identities(facts: list[dict], article: Article) -> dict[str, ClusterIdentity]:
    """One identity per cluster of the article: mentions with one designator are one cluster, named by
    its longest mention and known by all its members."""
    groups: dict[str, list[dict]] = {}
    for f in facts:
        if f.get("kind") != "award" and f.get("cluster"):
            groups.setdefault(designator(f["cluster"]), []).append(f)
    out = {}
    for fs in groups.values():
        name = max((f["cluster"] for f in fs), key=len)
        ident = identify(name, list(dict.fromkeys(f["unit"] for f in fs if f.get("unit"))), article)
        for f in fs:
            out[f["cluster"]] = ident
    return out


def add_keys(facts: list[dict], article: Article | None = None) -> list[dict]:
    """Add keys and scope to one article's facts (in place; returns them). Unknown keys are kept."""
    article = article or Article()
    idents = _identities(facts, article)
    for f in facts:
        if f.get("kind") == "award":
            scope = unit_scope(f.get("recipient") or "", None, article)
            res = resolve_unit(f.get("recipient") or "", scope)
            f["recipient_key"] = res.key
        else:
            ident = idents.get(f.get("cluster") or "")
            if ident is None:  # no cluster named: only this article knows which it is
                f["cluster_key"] = f"unresolved-{article.tag}:unnamed"
                f["cluster_identity"] = {"key": f["cluster_key"], "designator": "unnamed", "province": None,
                                         "organiser": None, "level": None, "resolved": False,
                                         "basis": vocab.load("resolver")["bases"]["unnamed"]}
            else:
                f["cluster_key"] = ident.key
                f["cluster_identity"] = {**ident.as_dict(), "name": display_name(f["cluster"])}
            scope = unit_scope(f.get("unit") or "", ident.province if ident else None, article)
            res = resolve_unit(f.get("unit") or "", scope)
            f["unit_key"] = res.key
        f["unit_scope"] = scope.as_dict()
        # the resolver's decision, as plain data (facts stay JSON): storage.units.sync_units reads it
        f["_resolution"] = {"key": res.key, "canonical": res.canonical, "via": res.via,
                            "proposals": [list(p) for p in res.proposals], "kind": res.kind}
    return facts


def resolutions_of(facts: list[dict]) -> list[tuple[str, Resolution]]:
    """(written name, resolution) of every unit or recipient `add_keys` keyed (for storage.units)."""
    out = []
    for f in facts:
        name = f.get("unit") or f.get("recipient")
        r = f.get("_resolution")
        if name and r:
            out.append((name, Resolution(r["key"], r["canonical"], r["via"] != "new", r["via"],
                                         [tuple(p) for p in r["proposals"]], r.get("kind"))))
    return out


def resolution(name: str, scope: str | None = None):
    """The resolver's full decision for one name (key, canonical, via, proposals); `scope` a province."""
    return _resolver().resolve(name, scope=scope)
