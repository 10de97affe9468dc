"""extract.tokens.tokenize reads offsets from the gaps between tokens (one findall): it must give exactly the
tokens TOKEN_RE.finditer gives, with their offsets, whatever lies between them."""
import random
import time

import pytest

from extract.tokens import TOKEN_RE, tokenize


def _by_finditer(text: str) -> list[tuple]:
    low = text.lower()
    same = len(low) == len(text)
    return [(m.group(), m.start(), m.end(), low[m.start():m.end()] if same else m.group().lower())
            for m in TOKEN_RE.finditer(text)]


@pytest.mark.parametrize("seed", range(3))
def test_tokens_and_offsets_are_those_of_the_pattern(seed):
    rng = random.Random(seed)
    alphabet = list("aAđĐƯư19_ \t\r\n\u00a0\u2003\u3000.,/-&'’()\0İΣ") + ["Hội", "05/01/2021", "1.570", "28,5", "  "]
    for _ in range(20000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        assert [tuple(t) for t in tokenize(s)] == _by_finditer(s), repr(s)


def test_a_long_tail_of_spaces_costs_linear_time():
    t = time.perf_counter()
    toks = tokenize("Sở" + " _" * 50_000)
    assert [x.text for x in toks] == ["Sở"]
    assert time.perf_counter() - t < 1.0
