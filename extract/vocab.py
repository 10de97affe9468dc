"""The extractor's vocabulary: typed word lists kept as data in extract/data/vocab/*.yml.

Vietnamese words live in those files, never in code, so that a phrasing is added by editing data
(with its example) and storage, Datasette and the evaluator read the same lists the extractor does.
This module loads them once and answers the questions other packages ask of them: which canonical
award kind a name is, which canonical grantor a wording is.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from . import fieldnames
from .normalize import clean, clean_key, key

VOCAB_DIR = Path(__file__).parent / "data" / "vocab"


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """One vocabulary file (`awards`, `grantors`, …) as parsed YAML."""
    with open(VOCAB_DIR / f"{name}.yml", encoding="utf-8") as f:
        return yaml.safe_load(f)


def files() -> list[Path]:
    """Every vocabulary file, in a stable order (EXTRACTOR_VERSION hashes them)."""
    return sorted(VOCAB_DIR.glob("*.yml"))


# ------------------------------------------------------------------ award kinds

@lru_cache(maxsize=1)
def _award_kinds() -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    out = []
    for k in load("awards")["kinds"]:
        initials = {award_initials()[k["kind"]]} if k["kind"] in award_initials() else set()  # "nsnd"
        heads = {key(h) for h in k.get("heads", [])} | initials
        out.append((k["kind"], tuple(sorted(heads, key=len, reverse=True)), tuple(key(c) for c in k.get("contains", []))))
    return out


@lru_cache(maxsize=1)
def award_initials() -> dict[str, str]:
    """{person title: the key of its initials} ("Nghệ sĩ Nhân dân": "nsnd"), which award_kind() reads as the title."""
    orders = load("awards")["state_orders"]
    return {k: key("".join(w[0] for w in k.split())) for k in set(orders["kinds"]) - set(orders["named"])}


def award_kinds() -> list[str]:
    """The canonical award kinds, in vocabulary order."""
    return [k for k, _, _ in _award_kinds()]


@lru_cache(maxsize=4096)
def award_kind(name: str | None) -> str | None:
    """Canonical kind of an award name: 'cờ', 'Cờ “Đơn vị dẫn đầu…”' and 'Cờ thi đua của UBND tỉnh'
    are all 'Cờ thi đua'; 'danh hiệu Chiến sĩ thi đua cơ sở' is 'Chiến sĩ thi đua'. None when the name
    is of no known kind (it is then shown as written)."""
    k = key(name or "")
    title = load("awards")["title_word"] + " "
    if k.startswith(title):
        k = k[len(title):]
    if not k:
        return None
    for kind, heads, _ in _award_kinds():
        if any(k == h or k.startswith(h + " ") for h in heads):
            return kind
    for kind, _, contains in _award_kinds():
        if any(f" {c} " in f" {k} " for c in contains):
            return kind
    return None


# ------------------------------------------------------------------ grantors

@lru_cache(maxsize=1)
def _grantors() -> tuple[dict[str, str], tuple[re.Pattern, dict[str, str]], dict[str, list[tuple[str, int]]]]:
    """(canonical by key of each form, the abbreviating pattern, the administrative words written in lower
    case by their first word: {"thành": [("thành phố", 2)], …}, longest first)."""
    data = load("grantors")
    shorts = {clean(long).lower(): short for long, short in data.get("abbreviations", {}).items()}
    pattern = re.compile("|".join(re.escape(k) for k in sorted(shorts, key=len, reverse=True)) or "(?!)", re.IGNORECASE)
    abbrev = (pattern, shorts)
    forms: dict[str, str] = {}
    for g in data["grantors"]:
        for form in [g["canonical"], *g.get("forms", [])]:
            forms[key(_abbreviate(form, abbrev))] = g["canonical"]
    lower: dict[str, list[tuple[str, int]]] = {}
    for w in sorted(data.get("lower_words", []), key=len, reverse=True):
        lower.setdefault(w.split(" ")[0], []).append((w, len(w.split())))
    return forms, abbrev, lower


def _abbreviate(text: str, abbrev: tuple[re.Pattern, dict[str, str]]) -> str:
    """Long forms to their abbreviations, in one pass ("Ủy ban nhân dân" -> "UBND")."""
    pattern, shorts = abbrev
    return pattern.sub(lambda m: shorts[m.group(0).lower()], text)


@lru_cache(maxsize=4096)
def _spaced(text: str) -> str:
    """The text cleaned, its spaces one each. Cached: names.is_grantor asks grantor_may_open and then
    listed_grantor of one name, and each cleaned it."""
    return " ".join(clean(text).split())


def _looked_up(text: str, abbrev: tuple[re.Pattern, dict[str, str]]) -> tuple[str, str]:
    """A grantor as written, cleaned and abbreviated, and the key it is looked up by among the forms. The
    abbreviations are clean words ("UBND") put between clean words, so the short form is clean already
    (tests/test_vocab.py) and is keyed without a second clean()."""
    short = _abbreviate(_spaced(text).strip(" ,.;:"), abbrev)
    return short, clean_key(short)


def listed_grantor(text: str) -> bool:
    """canonical_grantor(text) is a grantor the vocabulary lists, told by its lookup alone: a name that
    misses it is rebuilt with other capitals only, so its key is the one that missed, and a listed
    canonical's key is among the forms' (tests/test_vocab.py). Asked of every unit name a statement
    holds, which is never one for most (the rebuild was a third of the cost)."""
    if not text or not text.strip():
        return False
    forms, abbrev, _ = _grantors()
    return _looked_up(text, abbrev)[1] in forms


def grantor_may_open(text: str) -> bool:
    """False when neither `text` nor any of its cuts by words ("UBND tỉnh Đắk", "UBND tỉnh") can be a
    grantor the vocabulary lists. Each of their keys opens with the key of the text's first word — unless
    an abbreviation ("Ủy ban nhân dân" -> "UBND") starts inside that word, or the word keys to nothing —
    and no listed grantor's key opens like that one: most unit names ("Sở …", "Hội …", "Công an …") are
    then told apart by one cleaning and one search, not by a lookup of every cut."""
    cleaned = _spaced(text)
    first = cleaned.split(" ", 1)[0]
    opener = _opener(first)
    if not opener or opener in _grantor_openers():
        return True  # the first word does not tell, or opens a grantor
    abbreviated = _grantors()[1][0].search(cleaned)
    return bool(abbreviated and abbreviated.start() < len(first))  # an abbreviation starts inside it


@lru_cache(maxsize=4096)
def _opener(word: str) -> str:
    """The first word of a word's key ("" when it keys to nothing). Cached: most names open with one of a
    few dozen words."""
    words = clean_key(word).split()
    return words[0] if words else ""


@lru_cache(maxsize=1)
def _grantor_openers() -> frozenset[str]:
    """The first word of every listed grantor's key ("chủ", "ubnd", "bộ" …)."""
    return frozenset(k.split()[0] for k in _grantors()[0] if k)


@lru_cache(maxsize=4096)
def canonical_grantor(text: str | None) -> str | None:
    """'Chính Phủ', 'chính phủ' -> 'Chính phủ'; 'Ủy ban nhân dân tỉnh', 'UBND Tỉnh' -> 'UBND tỉnh'. A
    grantor the vocabulary does not list keeps its words, with long forms abbreviated and administrative
    words in lower case ('UBND Huyện Cao Lộc' -> 'UBND huyện Cao Lộc')."""
    if not text or not text.strip():
        return None
    forms, abbrev, lower = _grantors()
    short, looked_up = _looked_up(text, abbrev)
    hit = forms.get(looked_up)
    if hit:
        return hit
    words = short.split(" ")
    out = []
    i = 0
    while i < len(words):
        # only a word that starts one of them can (from the second word on): the index skips the others
        for w, n in lower.get(words[i].lower(), ()) if i > 0 else ():
            nxt = words[i + n][:1] if i + n < len(words) else ""
            # "UBND Tỉnh", "UBND Huyện Cao Lộc"; not "Tỉnh ủy", a name of its own
            if " ".join(words[i:i + n]).lower() == w and (not nxt or nxt.isupper() or nxt.isdigit()):
                out.append(w)
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    result = " ".join(out)
    return result[:1].upper() + result[1:]


# ------------------------------------------------------------------ phrases the matcher looks for

VERB_TYPES = ("PROPOSE", "VOTE", "ELECT", "HANDOVER", "GIVE", "GET", "COMPOSE", "BE", "RANKV", "LEAD", "NEG",
              "FOR", "OF", "BY", "AND", "AT", "RESPECTIVELY", "BELONG")


@lru_cache(maxsize=1)
def phrase_types() -> dict[str, tuple[tuple[str, ...], bool]]:
    """Every phrase type the token matcher looks for: {type: (phrases, case-sensitive)}. A type with a
    "~" suffix is the case-insensitive twin of the type before it."""
    org, per, clu, fn, verbs = (load(n) for n in ("organisations", "persons", "clusters", "function", "verbs"))
    types: dict[str, tuple[tuple[str, ...], bool]] = {
        "HEAD": (tuple(org["heads"]), True),
        "HEAD~": (tuple(org.get("heads_any_case", [])), False),
        "NOTHEAD": (tuple(org.get("not_heads", [])), False),
        "NOTAWARD": (tuple(load("awards").get("not_awards", [])), False),
        "BRAND": (tuple(org.get("brands", [])), True),
        "ADMIN": (tuple(org["admin_kinds"]), False),
        "ADMINPL": (tuple(org["admin_plural"]) + tuple(org.get("head_plural", {})), False),
        "COLLECTIVE": (tuple(org["collectives"]), False),
        "FIELD": (fieldnames.variants(org["field_names"], load("resolver")["and_word"]), True),
        "TITLE": (tuple(per["titles"]), True),
        "POSITION": positions(),
        "CLUHEAD": (tuple(clu["heads"]), False),
        "TERM": (tuple(fn.get("lower_terminators", [])), True),  # as written: lower case only
        "TERM~": (tuple(fn["terminators"]), False),
        "UNITEND": (tuple(fn.get("unit_enders", [])), False),
        "AWARDEND": (tuple(load("awards").get("name_enders", [])), False),
        "GENERIC": (tuple(fn["generic"]), False),
        "COUNTED": (tuple(fn["counted"]), False),
        "ANAPHOR": (tuple(fn["anaphors"]), False),
        "AWARDBLOCK": (tuple(fn.get("award_blockers", [])), False),
        "WORD": (tuple(fn.get("compounds", [])), False),
        "PRIZE": (tuple(fn.get("prizes", [])), False),
        "SELF": (tuple(fn.get("self_references", {})), True),
        "AWARDHEAD": (tuple(h for k in load("awards")["kinds"] for h in k.get("heads", [])) + (load("awards")["title_word"],), False),
        "GRANTOR": (tuple(f for g in load("grantors")["grantors"] for f in [g["canonical"], *g.get("forms", [])]), False),
    }
    for role, phrases in clu["roles"].items():
        types[f"ROLE:{role}"] = (tuple(phrases), False)
    for label in VERB_TYPES:
        types[label] = (tuple(verbs.get(label, [])), False)
    return types


@lru_cache(maxsize=1)
def positions() -> tuple[tuple[str, ...], bool]:
    """The positions and each of them with a deputy word in front ("Tư lệnh" -> "Phó Tư lệnh", "phó Tư lệnh",
    "Phó tư lệnh"),
    and with the word for a post once held ("nguyên Giám đốc", "Nguyên viện trưởng")."""
    per = load("persons")
    base = list(dict.fromkeys(per["positions"]))
    deputies = per.get("deputy", [])
    # the post after a deputy word in either case too: "Phó trưởng Phòng CSGT", "Phó tư lệnh" (5 corpus articles and a
    # page of a probe audit write it so)
    derived = [f"{d} {form}" for d in deputies for p in base if not any(p.startswith(x + " ") for x in deputies)
               for form in (p, p[:1].lower() + p[1:])]
    held = base + derived
    # "nguyên Chủ tịch …", "Nguyên viện trưởng …": a post once held, written in either case after the word
    former = [f"{f} {form}" for f in per.get("former", []) for p in held if " " in p  # not "giữ nguyên Trưởng khối"
              for form in (p, p[:1].lower() + p[1:])]
    return tuple(dict.fromkeys(held + former)), True


@lru_cache(maxsize=1)
def positions_by_first_word() -> dict[str, tuple[str, ...]]:
    """The positions by their first word, longest first: a name is compared with the few posts that open with its
    own first word, and most names open with no post's word (one lookup)."""
    out: dict[str, list[str]] = {}
    for p in positions()[0]:
        out.setdefault(p.split(" ", 1)[0], []).append(p)
    return {w: tuple(sorted(ps, key=len, reverse=True)) for w, ps in out.items()}


@lru_cache(maxsize=1)
def title_qualifiers() -> tuple[tuple[str, ...], ...]:
    """persons.yml title_qualifiers as word tuples, the longest first."""
    return tuple(sorted((tuple(q.split()) for q in load("persons")["title_qualifiers"]), key=len, reverse=True))


@lru_cache(maxsize=1)
def name_only_titles() -> frozenset[str]:
    """Titles only a person bears (persons.yml): any capitalised name after one is a person's."""
    return frozenset(load("persons")["name_only_titles"])


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return frozenset(load("persons")["surnames"])


@lru_cache(maxsize=1)
def rank_words() -> dict[str, int]:
    return {str(k).lower(): v for k, v in load("function")["rank_words"].items()}


@lru_cache(maxsize=1)
def count_words() -> dict[str, int]:
    return {str(k).lower(): v for k, v in load("function")["count_words"].items()}


@lru_cache(maxsize=1)
def cluster_numbers() -> dict[str, int]:
    return {str(k).lower(): v for k, v in load("clusters")["numbers"].items()}


@lru_cache(maxsize=1)
def admin_plural() -> dict[str, str]:
    """"các tỉnh" -> "tỉnh", "các ban" -> "Ban": the kind or head a plural gives each item after it."""
    org = load("organisations")
    return {key(k): v for k, v in {**org["admin_plural"], **org.get("head_plural", {})}.items()}


@lru_cache(maxsize=1)
def abbreviations() -> tuple[str, ...]:
    return tuple(load("function")["abbreviations"])


@lru_cache(maxsize=1)
def admin_kinds() -> frozenset[str]:
    return frozenset(k.lower() for k in load("organisations")["admin_kinds"])


@lru_cache(maxsize=1)
def admin_kind_edges() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Every administrative kind with the space after it, and with the space before it: what a name that opens
    or ends with one starts or ends with (str.startswith and endswith test them all in one call)."""
    kinds = sorted(admin_kinds())
    return tuple(k + " " for k in kinds), tuple(" " + k for k in kinds)


@lru_cache(maxsize=None)
def words(name: str, field: str) -> frozenset[str]:
    """A word list of a vocabulary file, lower-cased, for membership tests: words("function", "name_trailers")."""
    value = load(name)[field]
    return frozenset(str(w).lower() for w in ([value] if isinstance(value, str) else value))


@lru_cache(maxsize=None)
def word(name: str, field: str) -> str:
    """A single word of a vocabulary file, lower-cased: word("clusters", "number_word") -> "số"."""
    return str(load(name)[field]).lower()


def starts(words, digits: bool = False, prefixes: bool = False) -> str:
    """A lookahead for the first letters of `words` (lower case; and any digit): put before a pattern that
    can only start with one of them, it turns every other position away at once, where an alternation
    that opens with a group or a digit gives the engine no prefix to scan for. With `prefixes`, a second one
    for their first three letters, for words that open with "n", "t" or "th" (which open most Vietnamese
    words: "thi", "thành", "người"), where "thá", "ngà" or "năm" open few (the time words of chunks.py: the
    pattern is then tried at a third of the positions of the sample's bodies that two letters let through)."""
    words = {str(w).lower() for w in words} - {""}
    one = "(?=[" + (r"\d" if digits else "") + "".join(re.escape(c) for c in sorted({w[:1] for w in words})) + "])"
    return one + ("(?=" + (r"\d|" if digits else "") + branching({w[:3] for w in words}) + ")" if prefixes else "")


def branching(words) -> str:
    """`words` as one regular expression that branches letter by letter ("c(?:ờ|ụm)" for "cờ" and "cụm"):
    it matches the strings the plain alternation matches, but the engine reads a letter once where the
    alternation tries every word in turn. Which word matches first at a position can differ from the
    longest-first alternation: for patterns that are searched, not read for the word."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")

    return emit(trie)


@lru_cache(maxsize=None)
def alternation(name: str, field: str) -> str:
    """A list of a vocabulary file as a regular-expression alternation, longest first."""
    value = load(name)[field]
    items = value if isinstance(value, (list, tuple)) else list(value)
    return "|".join(re.escape(str(w)) for w in sorted(items, key=len, reverse=True))


@lru_cache(maxsize=1)
def admin_kind_alternation() -> str:
    """The administrative kinds written in full ("thị xã", "huyện" …, not "tp"), longest first, as a
    regular-expression alternation."""
    return "|".join(re.escape(k) for k in sorted(admin_levels(), key=len, reverse=True) if k != "tp")


@lru_cache(maxsize=1)
def admin_levels() -> dict[str, float]:
    """"xã" 1 … "tỉnh" 3: the level of each administrative kind (places.yml)."""
    return {str(k).lower(): float(v) for k, v in load("places")["levels"].items()}


def levels_named(words: list[str]) -> list[float]:
    """The administrative levels a name's (lower-case) words hold, by one word or two ("huyện", "thành phố")."""
    levels = admin_levels()
    return [levels[w] for w in words if w in levels] + [levels[f"{a} {b}"] for a, b in zip(words, words[1:])
                                                        if f"{a} {b}" in levels]


@lru_cache(maxsize=1)
def self_references() -> dict[str, str]:
    return dict(load("function").get("self_references", {}))
