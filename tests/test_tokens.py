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


def _spacy_reference(token_lists):
    """The vocabulary matches as spaCy's PhraseMatcher finds them (what extract.tokens.match replaced: the same
    phrases, on ORTH for the case-sensitive types and LOWER for the others), folded the way match() folds them."""
    import spacy
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    from extract.normalize import tone
    from extract.tokens import _PROTECTING
    from extract.vocab import phrase_types

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    exact, lower = PhraseMatcher(nlp.vocab, attr="ORTH"), PhraseMatcher(nlp.vocab, attr="LOWER")
    for label, (phrases, case_sensitive) in phrase_types().items():
        docs = []
        for p in phrases:
            words = [t.text if case_sensitive else t.low for t in tokenize(tone(p))]
            if words:
                docs.append(Doc(nlp.vocab, words=words))
        (exact if case_sensitive else lower).add(label, docs)
    out = []
    for toks in token_lists:
        n = len(toks)
        types = [{} for _ in range(n + 1)]
        protected = set()
        for matcher, words in ((exact, [t.text for t in toks]), (lower, [t.low for t in toks])):
            if not words:
                continue
            for key, i, k in matcher(Doc(nlp.vocab, words=words)):
                label = nlp.vocab.strings[key]
                base = label.rstrip("~")
                if k > types[i].get(base, 0):
                    types[i][base] = k
                if label in _PROTECTING and k - i > 1:
                    protected.update(range(i + 1, k - 1))
        for i, at in enumerate(types):
            if at.get("WORD"):
                types[i] = {t: e for t, e in at.items() if e > at["WORD"] or t == "WORD"}
        out.append(([dict(sorted(at.items())) for at in types], protected))
    return out


def test_the_phrase_tries_find_what_spacys_phrasematcher_finds():
    """extract.tokens.match walks two phrase tries instead of building a spaCy Doc and running two
    PhraseMatchers (half the cost): on every paragraph of the site sample (588 paragraphs) it must give the
    same types at every token and the same protected tokens as spaCy does with the same vocabulary."""
    import json
    from pathlib import Path

    from extract.normalize import tone
    from extract.tokens import match

    records = Path(__file__).resolve().parent.parent / "corpus" / "sample" / "articles.jsonl"
    paragraphs = [b[1] for line in records.read_text(encoding="utf-8").splitlines() if line.strip()
                  for b in json.loads(line)["blocks"] if len(b) > 1 and isinstance(b[1], str) and b[1].strip()]
    assert len(paragraphs) > 500
    token_lists = [tokenize(tone(p)) for p in paragraphs]
    reference = _spacy_reference(token_lists)
    for toks, (types, protected) in zip(token_lists, reference):
        got_types, got_protected = match(toks)
        assert [dict(sorted(at.items())) for at in got_types] == types
        assert got_protected == protected


def test_phrase_at_finds_the_longest_phrase_as_a_walk_over_every_phrase_does():
    """Context.phrase_at tries only the phrases whose first word the token is (chunkbase._by_first_word): on every
    paragraph of the site sample, at every token, it gives what trying each phrase of the list gives, for each word
    list the chunkers ask it of (none of which holds an empty phrase, which the index would leave out)."""
    import json
    from pathlib import Path

    from extract import vocab
    from extract.chunkbase import Context
    from extract.normalize import tone

    def walked(toks, k, phrases):
        best = 0
        for p in phrases:
            words = p.split()
            end = k + len(words)
            if end > best and end <= len(toks) and all(toks[k + x].low == w for x, w in enumerate(words)):
                best = end
        return best

    lists = [vocab.words("function", "lower_terminators"), vocab.words("function", "unit_generics"),
             vocab.words("awards", "title_word"), vocab.words("awards", "back_praise"), vocab.words("awards", "back_words")]
    assert all(p.split() for phrases in lists for p in phrases)
    records = Path(__file__).resolve().parent.parent / "corpus" / "sample" / "articles.jsonl"
    paragraphs = [b[1] for line in records.read_text(encoding="utf-8").splitlines() if line.strip()
                  for b in json.loads(line)["blocks"] if len(b) > 1 and isinstance(b[1], str) and b[1].strip()]
    found = 0
    for p in paragraphs:
        toks = tokenize(tone(p))
        ctx = Context(p, toks, [])
        for phrases in lists:
            for k in range(len(toks) + 2):
                got = ctx.phrase_at(k, phrases)
                assert got == walked(toks, k, phrases), (p[:60], k)
                found += got > 0
    assert found > 100  # the lists' phrases are written in the sample: the test compares matches, not only zeros
