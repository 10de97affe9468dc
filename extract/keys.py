"""Canonical keys on facts: which real unit and which cluster each name refers to.

Uses the resolver (gazetteer + aliases, extract/resolve.py); keys are deterministic functions of the
names, so the same fact found again keys the same way.
"""
from __future__ import annotations

from functools import lru_cache

from .resolve import Resolver, cluster_key, guess_scope


@lru_cache(maxsize=1)
def _resolver() -> Resolver:
    return Resolver()


def _unit(name: str, scope: str | None = None) -> str:
    return _resolver().resolve(name, scope=scope).key


def _cluster(name: str | None, scope: str | None = None) -> str | None:
    return cluster_key(name, scope=scope) if name else None


def scope_of(text: str) -> str | None:
    """The province an article is about (None = Lạng Sơn, the home province): "Sở Tư pháp" of
    Sóc Trăng is not Lạng Sơn's, nor is another province's "Cụm thi đua số 1"."""
    return guess_scope(text)


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
    """The resolver's full decision for one name (key, canonical, via, proposals)."""
    return _resolver().resolve(name, scope=scope)
