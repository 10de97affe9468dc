"""Canonical keys on facts: which real unit and which cluster each name refers to.

Uses the resolver (gazetteer + aliases, extract/resolve.py) when it is there; keys are deterministic
functions of the names, so the same fact found again keys the same way.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _resolver():
    try:
        from .resolve import Resolver

        return Resolver()
    except Exception:  # resolver data missing: fall back to plain keys
        return None


def _unit(name: str, scope: str | None = None) -> str:
    r = _resolver()
    if r is not None:
        return r.resolve(name, scope=scope).key
    from .assemble import unit_key

    return unit_key(name).replace(" ", "-")


def _cluster(name: str | None, scope: str | None = None) -> str | None:
    if not name:
        return None
    try:
        from .resolve import cluster_key

        return cluster_key(name, scope=scope)
    except Exception:
        from .assemble import cluster_key

        return cluster_key(name)


def scope_of(text: str) -> str | None:
    """The province an article is about (None = Lạng Sơn, the home province): "Sở Tư pháp" of
    Sóc Trăng is not Lạng Sơn's, nor is another province's "Cụm thi đua số 1"."""
    try:
        from .resolve import guess_scope

        return guess_scope(text)
    except Exception:
        return None


def add_keys(facts: list[dict], scope: str | None = None) -> list[dict]:
    for f in facts:
        f["_scope"] = scope
        if f["kind"] == "award":
            f["recipient_key"] = _unit(f["recipient"], scope)
        else:
            f["unit_key"] = _unit(f["unit"], scope)
            f["cluster_key"] = _cluster(f["cluster"], scope)
    return facts


def resolution(name: str, scope: str | None = None):
    """The resolver's full decision for one name (key, canonical, via, proposals), or None without it."""
    r = _resolver()
    return r.resolve(name, scope=scope) if r is not None else None
