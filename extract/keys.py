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


def _unit(name: str) -> str:
    r = _resolver()
    if r is not None:
        return r.resolve(name).key
    from . import unit_key

    return unit_key(name).replace(" ", "-")


def _cluster(name: str | None) -> str | None:
    if not name:
        return None
    try:
        from .resolve import cluster_key

        return cluster_key(name)
    except Exception:
        from . import cluster_key

        return cluster_key(name)


def add_keys(facts: list[dict]) -> list[dict]:
    for f in facts:
        if f["kind"] == "award":
            f["recipient_key"] = _unit(f["recipient"])
        else:
            f["unit_key"] = _unit(f["unit"])
            f["cluster_key"] = _cluster(f["cluster"])
    return facts
