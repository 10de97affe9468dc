"""Data files of the extractor: the typed vocabulary (vocab/*.yml), the gazetteer, provinces, organisers and known clusters."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent


@lru_cache(maxsize=None)
def load(name: str):
    with open(HERE / name, encoding="utf-8") as f:
        return json.load(f)
