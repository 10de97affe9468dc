"""Fact extraction: article text in, facts out. Pure — no I/O beyond the package's own data files.

    extract_article(title, body, published) -> list[dict]
    extract_report(title, body, published)  -> Extraction(facts, unread)

Each fact is a membership, ranking or award dict (see README) with the rule that made it, its evidence
statement and the character offsets of that statement in `body` (`start`/`end`; None when the fact comes
from the title). `unread` lists statements that hold a trigger (a role, an award, a rank) from which no
fact came: the phrasing_review queue.

EXTRACTOR_VERSION is a hash of the vocabulary, the data files and the rules, so stored articles are re-extracted exactly
when what the extractor knows changes. The NLP stack loads on the first extraction, not on import.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache


def extract_article(title: str, body: str, published: str | None = None) -> list[dict]:
    return extract_report(title, body, published).facts


def extract_report(title: str, body: str, published: str | None = None):
    from .assemble import extract_report as run

    return run(title, body, published)


def warm() -> None:
    """Load the NLP stack now (before a pool forks, or before timing): the phrase tries over the
    vocabulary, the rules, underthesea's sentence splitter, and every table built from the data files."""
    from . import assemble, grammar, rules, tokens, vocab  # noqa: F401  (assemble, rules: imported now, not by the first article)
    from . import awardnames, lists, names  # noqa: F401  (the chunkers import these on the first statement)
    from .segment import statements

    tokens._matchers()
    grammar.rules()
    statements(vocab.load("function")["warm_up"])
    _build_tables()


def _build_tables() -> None:
    """Build the tables the extractor derives from its data files (each module's argument-less lru_cache:
    vocabulary word sets, the patterns compiled from them, the gazetteer) once, here, so that the first
    article pays only for reading itself and a pool's children share them. Per-name caches are not
    touched: they fill as articles are read."""
    import inspect
    import sys

    from . import vocab

    for f in vocab.files():
        vocab.load(f.stem)
    for name, mod in sorted(sys.modules.items()):
        if name != __name__ and not name.startswith(__name__ + "."):
            continue
        for obj in list(vars(mod).values()):
            if (hasattr(obj, "cache_info") and getattr(obj, "__module__", None) == name
                    and not inspect.signature(obj.__wrapped__).parameters):
                obj()


@lru_cache(maxsize=1)
def _version() -> str:
    from . import grammar, rules, vocab  # noqa: F401  (rules: registers them)

    h = hashlib.sha256()
    for f in vocab.files() + sorted(vocab.VOCAB_DIR.parent.glob("*.json")):  # the vocabulary, then the
        h.update(f.name.encode())  # gazetteers and place lists (data/*.json): what names end where
        h.update(f.read_bytes())
    h.update(grammar.signature().encode())
    for mod in sorted((vocab.VOCAB_DIR.parent.parent).glob("*.py")) + sorted((vocab.VOCAB_DIR.parent.parent / "rules").glob("*.py")):
        h.update(mod.read_bytes())
    return "1." + h.hexdigest()[:12]


def __getattr__(name: str):
    if name == "EXTRACTOR_VERSION":
        return _version()
    raise AttributeError(name)
