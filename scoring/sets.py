"""The annotated sets (corpus/sets.json): which records and which gold lines make each one."""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS: dict = json.loads((ROOT / "corpus" / "sets.json").read_text(encoding="utf-8"))


def _jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_set(name: str) -> tuple[list[dict], list[dict], dict]:
    """(records, gold, spec) of set `name`: only records that have a gold line and gold lines whose
    record is in the set, matched by slug (gold of the sample names its articles by slug only). A set's
    gold is one file or a list of them (a split grows by annotation batches, each kept in its own file)."""
    if name not in SETS:
        raise KeyError(f"no set {name!r}; the sets are: {', '.join(SETS)}")
    spec = SETS[name]
    records = _jsonl(ROOT / spec["articles"])
    files = spec["gold"] if isinstance(spec["gold"], list) else [spec["gold"]]
    gold = [g for path in files for g in _jsonl(ROOT / path)]
    slugs = {r["slug"] for r in records}
    gold = [g for g in gold if g["slug"] in slugs]
    wanted = {g["slug"] for g in gold}
    return [r for r in records if r["slug"] in wanted], gold, spec
