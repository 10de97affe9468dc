#!/usr/bin/env python3
"""Speed of name resolution, against the extractor's budget of 50 ms per article.

Resolution runs once per unit/recipient/cluster name in every article; the names here are those of
the hand-checked dev facts (real spellings from real articles), or the gazetteer when that file is not
beside the repository. Prints a table; exits non-zero when resolving one article's names costs more than
a tenth of the budget (the rest belongs to segmentation and matching).

  .venv/bin/python benchmarks/bench_resolve.py [GOLD.jsonl]
"""
from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extract.resolve import Resolver, cluster_key, load_gazetteer  # noqa: E402
from extract.resolve_person import person_or_unit  # noqa: E402
from extract.unitkeys import unit_key  # noqa: E402

BUDGET_MS = 50.0
SHARE = 0.1  # resolution may take this share of the per-article budget


def _articles(gold: Path) -> list[tuple[list[str], list[str]]]:
    """[(unit names, cluster names)] per article."""
    if not gold.exists():
        names = [u["name"] for u in load_gazetteer()]
        return [(names[i:i + 10], ["Cụm thi đua số 2"]) for i in range(0, len(names), 10)]
    out = []
    for line in gold.read_text("utf-8").splitlines():
        if line.strip():
            facts = json.loads(line)["facts"]
            units = [f.get("unit") or f.get("recipient") for f in facts]
            out.append(([u for u in units if u], [f["cluster"] for f in facts if f.get("cluster")]))
    return out


def _ms(fn, n: int = 1) -> float:
    t = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - t) * 1000 / n


def main() -> int:
    gold = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared/dev-gold/gold.jsonl"
    arts = _articles(gold)
    build = _ms(Resolver)
    person_or_unit("Cao Lộc")  # one-time loads (shared resolver, province list) belong to start-up
    cluster_key("Cụm thi đua các trường Trung cấp, Cao đẳng")
    per_article_cold, per_article_warm = [], []
    for units, clusters in arts:
        r = Resolver()  # cold: nothing cached, every name pays normalisation + fuzzy search
        unit_key.cache_clear()
        cluster_key.cache_clear()

        def run():
            for u in units:
                r.resolve(u)
                person_or_unit(u)
            for c in clusters:
                cluster_key(c)

        per_article_cold.append(_ms(run))
        per_article_warm.append(_ms(run, 5))
    n_names = sum(len(u) for u, _ in arts)
    rows = [
        ("articles", f"{len(arts)}"),
        ("names resolved", f"{n_names}"),
        ("Resolver() build", f"{build:.1f} ms"),
        ("per article, cold (median)", f"{statistics.median(per_article_cold):.2f} ms"),
        ("per article, cold (max)", f"{max(per_article_cold):.2f} ms"),
        ("per article, warm (median)", f"{statistics.median(per_article_warm):.3f} ms"),
        ("budget share allowed", f"{BUDGET_MS * SHARE:.1f} ms"),
    ]
    width = max(len(k) for k, _ in rows)
    print(f"{'resolution':{width}}  value")
    for k, v in rows:
        print(f"{k:{width}}  {v}")
    return 0 if max(per_article_cold) <= BUDGET_MS * SHARE else 1


if __name__ == "__main__":
    sys.exit(main())
