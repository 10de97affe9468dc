"""The vocabulary as data: canonical award kinds and grantors that storage, Datasette and the
evaluator share with the extractor."""
import pytest

from extract import vocab
from extract.normalize import key
from extract.vocab import award_kind, award_kinds, canonical_grantor, files, listed_grantor, load


@pytest.mark.parametrize("written,kind", [
    ("cờ", "Cờ thi đua"),
    ("Cờ “Đơn vị dẫn đầu phong trào thi đua”", "Cờ thi đua"),
    ("Cờ thi đua của UBND tỉnh", "Cờ thi đua"),
    ("bằng khen", "Bằng khen"),
    ("Huân chương Lao động hạng Ba", "Huân chương"),
    ("danh hiệu Chiến sĩ thi đua cơ sở", "Chiến sĩ thi đua"),
    ("Tập thể lao động xuất sắc", "Tập thể lao động xuất sắc"),
])
def test_award_kind_is_canonical(written, kind):
    assert award_kind(written) == kind


def test_award_of_no_known_kind_stays_unclassified():
    assert award_kind("Giải Nhất hội thao") is None
    assert award_kind("") is None


@pytest.mark.parametrize("written,canonical", [
    ("Chính Phủ", "Chính phủ"),
    ("chính phủ", "Chính phủ"),
    ("Ủy ban nhân dân tỉnh", "UBND tỉnh"),
    ("Uỷ ban nhân dân tỉnh", "UBND tỉnh"),
    ("UBND Tỉnh", "UBND tỉnh"),
    ("Chủ tịch Uỷ ban nhân dân tỉnh", "Chủ tịch UBND tỉnh"),
    ("Thủ tướng", "Thủ tướng Chính phủ"),
    ("UBND Huyện Cao Lộc", "UBND huyện Cao Lộc"),
    ("Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"),
])
def test_grantor_is_canonical(written, canonical):
    assert canonical_grantor(written) == canonical


def test_listed_grantor_is_a_listed_canonical():
    """listed_grantor tells a listed grantor by canonical_grantor's lookup alone, which holds while every
    listed canonical's key is a form's key (a rebuilt name keeps the key that missed)."""
    forms = vocab._grantors()[0]
    canonicals = {g["canonical"] for g in load("grantors")["grantors"]}
    assert all(key(c) in forms for c in canonicals)
    for written, canonical in [("Chính Phủ", "Chính phủ"), ("UBND Tỉnh", "UBND tỉnh"), ("UBND Huyện Cao Lộc", None),
                               ("Sở Y tế", None), ("  ", None), ("Ủy ban nhân dân tỉnh", "UBND tỉnh")]:
        assert listed_grantor(written) == (canonical_grantor(written) in canonicals) == (canonical is not None)


def test_no_grantor_is_none():
    assert canonical_grantor(None) is None
    assert canonical_grantor("  ") is None


def test_every_vocabulary_file_parses_and_kinds_are_unique():
    assert files(), "extract/data/vocab holds the vocabulary"
    for f in files():
        assert isinstance(load(f.stem), dict), f
    kinds = award_kinds()
    assert len(kinds) == len(set(kinds))


def test_abbreviated_grantor_is_clean():
    """vocab._looked_up keys a grantor's short form without cleaning it again: the abbreviations are clean
    words, so abbreviating a cleaned name leaves it clean (also where a long form is glued to a word)."""
    from extract.normalize import clean

    pattern, shorts = vocab._grantors()[1]
    assert all(clean(s) == s for s in shorts.values())
    names = [f for g in load("grantors")["grantors"] for f in [g["canonical"], *g.get("forms", [])]]
    assert shorts
    long = next(iter(shorts))
    names += [f"o{long} hoà", f"{long}oà – x", f"Chủ tịch\u00a0{long.upper()} tỉnh Ð"]
    for name in names:
        short, looked_up = vocab._looked_up(name, (pattern, shorts))
        assert clean(short) == short and looked_up == key(short)


def test_branching_matches_what_the_alternation_matches():
    import random
    import re

    rng = random.Random(7)
    for _ in range(2000):
        words = {"".join(rng.choice("abà. ") for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 8))}
        branched = re.compile(vocab.branching(words))
        for _ in range(20):
            text = "".join(rng.choice("abà. ") for _ in range(rng.randint(0, 6)))
            assert bool(branched.fullmatch(text)) == (text in words), (words, text)
            assert bool(branched.search(text)) == any(w in text for w in words), (words, text)


def test_grantor_may_open_never_turns_a_grantor_away():
    """names.is_grantor asks grantor_may_open first: it may only say no where no cut of the name is listed."""
    import random

    from extract.names import is_grantor

    def by_definition(text):
        words = text.split()
        return listed_grantor(text) or any(
            listed_grantor(" ".join(words[:cut])) for cut in range(len(words) - 1, 0, -1)
            if all(w[:1].isupper() for w in words[cut:]))

    pieces = ["UBND", "Ủy ban nhân dân", "ỦY BAN", "nhân", "dân", "tỉnh", "Tỉnh", "Chủ", "tịch", "nước", "Thủ", "tướng",
              "Chính", "phủ", "Bộ", "Công", "an", "Sở", "(UBND", "-", ",", "Hội", "đồng", "Mặt", "trận", "Tổ", "quốc",
              "Lạng", "Sơn", "TW", "Đoàn", "Trung", "ương", "Tổng", "Liên", "đoàn", "Đảng", "và", "Hủy", "Ðảng", "Uỷ"]
    rng = random.Random(3)
    for _ in range(5000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        is_grantor.cache_clear()
        assert is_grantor(text) == by_definition(text), text


@pytest.mark.parametrize("post", ["Phó Tư lệnh", "Phó Viện trưởng", "phó Chủ nhiệm", "Phó Tổng cục trưởng", "Vụ trưởng", "Phó Vụ trưởng"])
def test_a_deputy_of_any_position_is_a_position(post):
    """persons.yml lists positions once; "Phó" before any of them is the deputy's post, so the person's
    workplace after it is read ("đồng chí X, Phó Viện trưởng VKSND tỉnh Y - đơn vị Cụm phó")."""
    from extract.chunks import chunk

    labels = [(c.label, c.text) for c in chunk(f"Đại tá Nguyễn Văn An, {post} Sở Tư pháp tỉnh Lạng Sơn.")]
    assert ("POS", post) in labels, labels


def test_deputy_positions_are_not_doubled():
    phrases, _ = vocab.positions()
    assert "Phó Chủ tịch" in phrases and "Phó Phó Chủ tịch" not in phrases
    assert len(phrases) == len(set(phrases))
