"""extract/sentences.py cuts sentences exactly as underthesea.sent_tokenize does: on every paragraph of
the sample and of the fixtures, and on random strings made of the characters its rules look at (ends,
ellipses, digits around a dot, abbreviations, capitals, spaces and line breaks)."""
import json
import random
from pathlib import Path

import pytest
from underthesea import sent_tokenize

from extract.sentences import split
from scoring import load_set
from scoring.mirror import parsed

FIXTURES = Path(__file__).parent / "fixtures"


def _paragraphs() -> list[str]:
    texts = []
    for rec in load_set("sample")[0]:
        art = parsed(rec)
        texts += [art["title"], art["body"], *art["body"].split("\n")]
    for name in ("phrasings", "heldout"):
        for line in (FIXTURES / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                texts += [case["title"], case["body"], *case["body"].split("\n")]
    return texts


def test_same_sentences_as_underthesea_on_real_text():
    bad = [p for p in _paragraphs() if split(p) != sent_tokenize(p)]
    assert not bad, bad[:3]


@pytest.mark.parametrize("seed", range(4))
def test_same_sentences_as_underthesea_on_random_text(seed):
    rng = random.Random(seed)
    alphabet = list(". . . ?!…Aa1 \n\t\rTPtp.bsÂĐđ_x") + ["TP.", "1.5", "...", "Tp", "e.g", "  ", "Sở Y tế"]
    for _ in range(20000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        assert split(s) == sent_tokenize(s), repr(s)


def test_cases():
    assert split("TP. Nha Trang có 1.500 người. Sở Y tế!") == ["TP. Nha Trang có 1.500 người.", "Sở Y tế!"]
    assert split("Chờ... rồi đi... Xong") == ["Chờ... rồi đi...", "Xong"]
    assert split("  ") == []
