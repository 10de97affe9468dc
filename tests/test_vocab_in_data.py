"""Vietnamese words live in extract/data/vocab/*.yml, not in code: a phrasing is added by editing data.

Every string literal of the extractor's modules is checked, except docstrings, the examples and
counter-examples a rule carries (they are its test corpus, Duckling-style), single letters ("đ" folded to
"d" for search: letters, not words), and the modules listed in EXEMPT with the reason they are (none now:
the tone table is data/vocab/orthography.yml)."""
import ast
import re
from pathlib import Path

EXTRACT = Path(__file__).resolve().parent.parent / "extract"
VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.IGNORECASE)
EXEMPT: dict[str, str] = {}  # none left: normalize.py's tone table is data/vocab/orthography.yml
CHAR_CLASS = re.compile(r"\[[^\]]*\]")  # letters inside a regular expression's character class are no words


def _docstrings(tree) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


def _rule_corpus(tree) -> set[int]:
    """String constants inside the arguments of a rule(...) decorator."""
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "rule":
            for sub in ast.walk(node):
                if isinstance(sub, ast.Constant):
                    ids.add(id(sub))
    return ids


def test_no_vietnamese_words_in_extractor_code():
    found = []
    for path in sorted(EXTRACT.rglob("*.py")):
        if path.name in EXEMPT:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _docstrings(tree) | _rule_corpus(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
                if len(node.value.strip()) > 1 and VIETNAMESE.search(CHAR_CLASS.sub("", node.value)):  # "đ": a letter
                    found.append(f"{path.relative_to(EXTRACT)}:{node.lineno}: {node.value[:60]!r}")
    assert not found, "Vietnamese words belong in extract/data/vocab:\n" + "\n".join(found)
