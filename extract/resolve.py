"""Name resolution: which known unit (or cluster) a name in an article stands for.

Three layers, from safe to unsafe:
1. `unit_key` (extract/unitkeys.py): pure syntax. Case, tone placement, punctuation, abbreviations,
   "UBND huyện X"/"huyện X"/"X" for Lạng Sơn's districts.
2. `Resolver`: the gazetteer (extract/data/gazetteer.json) plus units earlier crawls found. Exact and
   alias matches resolve; so do the home-province spellings of a known name ("Sở Tài chính tỉnh",
   "Sở Tài chính tỉnh Lạng Sơn"), because the site is Lạng Sơn's and "of the province" adds nothing.
3. rapidfuzz: for a name that is new, the nearest known units are *proposed* for review and never
   merged, because near spellings are often different units ("Quận 3"/"Quận 5", "Sở Y tế"/"Công
   đoàn Sở Y tế").

Articles also come from other provinces, whose "Sở Tư pháp" is not Lạng Sơn's. `Resolver.resolve` takes
an optional `scope` (a province): keys in the home province carry no prefix, keys elsewhere are prefixed
with the province slug ("soc-trang:so-tu-phap"). Which province a unit is in, and which cluster a mention
is, are decided from the article's own words by extract/keys.py and extract/clusterid.py; `cluster_key`
here is only the syntactic number-or-name part ('cum-2'), which the extractor groups mentions by.
`guess_scope` (the province an article names most) is kept for callers that want a hint, never for keys.
Pure: the only I/O is reading the package's data files once.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterable

from rapidfuzz import fuzz, process

from . import vocab
from .normalize import clean, fold, key
from .unitkeys import expand, fold_words, norm_words, unit_key, words

__all__ = ["HOME", "Resolution", "Resolver", "unit_key", "cluster_key", "scope_key", "guess_scope",
           "load_gazetteer", "default_resolver"]

_WORDS = vocab.load("resolver")  # the resolver's words (extract/data/vocab/resolver.yml), read once
HOME = _WORDS["home_province"]
THRESHOLD = 85.0  # token-sort ratio: one-letter typos of gazetteer names pass, sub-bodies do not (tests)

# Bare forms too generic to stand for one provincial body without "tỉnh"; administrative kinds; words that
# open a sub-body ("Thanh tra Sở Tài chính" holds "Sở Tài chính" but is not it). All folded.
_GENERIC, _ADMIN_FOLDED = frozenset(_WORDS["generic_bodies"]), frozenset(_WORDS["admin_kinds_folded"])
_SUB_BODY_HEADS = tuple(_WORDS["sub_body_heads"])
_LEVELS, _AND = _WORDS["levels"], _WORDS["and_word"]
_PROVINCE_KINDS = tuple(fold_words(k.split()) for k in _WORDS["province_kinds"])  # ["tinh"], ["thanh", "pho"]


def _data(name: str):
    return json.loads(resources.files(__package__).joinpath("data", name).read_text("utf-8"))


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict, ...]:
    return tuple(_data("gazetteer.json"))


def load_gazetteer() -> list[dict]:
    """The packaged gazetteer: [{key, name, kind, aliases, province, level}] (read once; callers get their
    own copy). Every entry is a Lạng Sơn body: districts at district level, the rest provincial."""
    return [dict(u, aliases=list(u["aliases"]), province=HOME,
                 level=_LEVELS["district"] if u["kind"] == "district" else _LEVELS["province"]) for u in _gazetteer()]


# ---------------------------------------------------------------- scope (province)

@lru_cache(maxsize=1)
def _provinces() -> dict[str, str]:
    """Folded province form -> province slug, aliases included."""
    out = {}
    for p in _data("provinces.json"):
        if "name" not in p:
            continue
        slug = "-".join(fold_words(words(p["name"])))
        for form in [p["name"], *p.get("aliases", [])]:
            out[" ".join(fold_words(words(form)))] = slug
    return out


@lru_cache(maxsize=4096)
def scope_key(scope: str | None) -> str | None:
    """Province slug for a scope: 'tỉnh Lạng Sơn', 'Lạng Sơn' -> 'lang-son'; 'TP.HCM' -> 'ho-chi-minh'."""
    if not scope:
        return None
    ws = fold_words(words(scope))
    for kind in _PROVINCE_KINDS:
        if ws[: len(kind)] == kind and len(ws) > len(kind):
            ws = ws[len(kind):]
            break
    return _provinces().get(" ".join(ws), "-".join(ws))


HOME_SCOPE = "-".join(fold_words(words(HOME)))  # "lang-son"


def _prefix(k: str, scope: str | None) -> str:
    s = scope_key(scope)
    return k if s in (None, HOME_SCOPE) else f"{s}:{k}"


@lru_cache(maxsize=1)
def _province_re() -> tuple[re.Pattern, dict[str, str], tuple[str, ...]]:
    """Provinces by name, and the home province's districts by "huyện X" (a Lạng Sơn story may name
    only its district: "UBND huyện Hữu Lũng tổ chức ..."); and the phrases that hold a province's name
    without meaning it (provinces.json: not_places)."""
    forms: dict[str, str] = {}
    for p in _data("provinces.json"):
        for n in [p["name"], *p.get("aliases", [])] if "name" in p else []:
            forms[clean(n)] = scope_key(p["name"])
    for u in _gazetteer():
        if u["kind"] == "district":
            forms[clean(u["name"][0].upper() + u["name"][1:])] = HOME_SCOPE
            forms[clean(u["name"])] = HOME_SCOPE
    alts = "|".join(re.escape(n) for n in sorted(forms, key=len, reverse=True))
    nots = tuple(n for p in _data("provinces.json") for n in p.get("not_places", []))
    return re.compile(r"(?<![\w])(" + alts + r")(?![\w])"), forms, nots


def guess_scope(text: str) -> str | None:
    """The province an article is about: the one its text names most (capitalised, as names are
    written; "hòa bình" the word is not Hòa Bình the province). None when it names none, or on a tie."""
    rx, forms, nots = _province_re()
    counts: dict[str, int] = {}
    text = clean(text)
    for phrase in nots:  # "Thái Bình Dương", the Pacific, is not Bình Dương
        text = text.replace(phrase, "")
    for m in rx.finditer(text):
        slug = forms[m.group(1)]
        counts[slug] = counts.get(slug, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


# ---------------------------------------------------------------- clusters

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
          "xi": 11, "xii": 12, "xiii": 13, "xiv": 14, "xv": 15}
_NUM = r"(\d+|[ivx]+)"
# A cluster's head word ("cụm", "khối") and the words that may follow it (clusters.yml, resolver.yml).
_HEAD = ("(" + "|".join(re.escape(w) for w in vocab.load("clusters")["head_words"]) + ")"
         + "".join(f"(?: {re.escape(q)})?" for q in _WORDS["cluster_qualifiers"]))
_NUMBERED = re.compile(r"(?<![\w])" + _HEAD + f"(?: {re.escape(vocab.word('clusters', 'number_word'))})? " + _NUM + r"(?![\w])")
_NAMED = re.compile(r"(?<![\w])" + _HEAD + r"(?![\w])\s*(.*)$")


def _number(tok: str) -> int | None:
    if tok.isdigit():
        return int(tok)
    return _ROMAN.get(tok)


def _strip_place(ws: list[str]) -> list[str]:
    """Drop a trailing place ("tỉnh", "trên địa bàn tỉnh Lạng Sơn", "tỉnh Sóc Trăng"): where a cluster is
    belongs to its scope, not its name. "các cơ quan cấp tỉnh" keeps its "tỉnh" (it says which level),
    "các huyện, thành phố" its "thành phố" (a member kind, not a place)."""
    province, city, area = _LEVELS["province"], _WORDS["city_kind"].split(), _WORDS["area_phrase"].split()
    for i, w in enumerate(ws):
        j = i + 1 if w == province else i + len(city) if ws[i:i + len(city)] == city else None
        if j is None or i == 0 or ws[i - 1] == _WORDS["level_word"]:
            continue
        rest = " ".join(fold_words(ws[j:]))
        if (not rest and w == province) or rest in _provinces():
            return ws[: i - len(area)] if ws[i - len(area):i] == area else ws[:i]
    return ws[:-len(area)] if ws[-len(area):] == area else ws


def _syntactic_cluster_key(name: str) -> str:
    s = key(expand(name).replace("&", f" {_AND} "))
    m = _NUMBERED.search(s)
    if m and _number(m.group(2)) is not None:
        return f"{fold(m.group(1))}-{_number(m.group(2))}"
    m = _NAMED.search(s)
    if not m:
        return "-".join(fold_words([w for w in s.split() if w != _AND]))
    kind = fold(m.group(1))
    ws = _strip_place([w for w in m.group(2).split() if w != _AND])
    if ws and ws[-1] in _ROMAN or (ws and ws[-1].isdigit()):
        ws[-1] = str(_number(ws[-1]))  # "Doanh nghiệp I" -> doanh-nghiep-1 (a name, not cluster 1)
    return "-".join([kind, *fold_words(ws)])


@lru_cache(maxsize=1)
def _cluster_aliases() -> dict[str, str]:
    out = {}
    for c in _data("clusters.json"):
        for form in [c["name"], *c.get("aliases", [])]:
            out[_syntactic_cluster_key(form)] = _syntactic_cluster_key(c["name"])
    return out


@lru_cache(maxsize=16384)
def cluster_key(name: str, scope: str | None = None) -> str:
    """Canonical cluster key: 'Cụm thi đua II', 'Cụm thi đua số 2', 'Cụm 2' -> 'cum-2';
    'Khối thi đua các cơ quan Tham mưu tổng hợp' -> 'khoi-cac-co-quan-tham-muu-tong-hop'.
    A number beats a descriptor. Home-province clusters known by name only (clusters.json) get their
    number's key. With a foreign scope the key is prefixed: ('Cụm thi đua số 1', 'Đồng Tháp') ->
    'dong-thap:cum-1'."""
    k = _syntactic_cluster_key(name)
    if scope_key(scope) in (None, HOME_SCOPE):
        k = _cluster_aliases().get(k, k)
    return _prefix(k, scope)


# ---------------------------------------------------------------- units

@dataclass
class Resolution:
    key: str
    canonical: str
    matched: bool
    via: str  # 'exact' | 'alias' | 'new'
    proposals: list[tuple[str, str, float]] = field(default_factory=list)
    kind: str | None = None


@dataclass
class _Entry:
    key: str
    name: str
    kind: str | None
    scope: str  # province slug


def _variants(ws: list[str], prov: list[str]) -> list[list[str]]:
    """Spellings of a provincial body with and without 'tỉnh' / 'tỉnh <province>' / '<province>'."""
    base = ws
    for suffix in (["tinh", *prov], prov, ["tinh"]):
        n = len(suffix)
        if ws[-n:] == suffix and len(ws) - n >= 2 and " ".join(ws[:-n]) not in _ADMIN_FOLDED:
            base = ws[:-n]
            break
    out = [base + ["tinh"], base + ["tinh", *prov], base + prov]
    if " ".join(base) not in _GENERIC:
        out.append(base)
    return out


class Resolver:
    """Known units by every spelling; new names become their own units, with review proposals.

    Resolution of one name never depends on which names came before (no silent learning), so
    extraction is deterministic and parallel workers agree. Grow it explicitly with `add()` or the
    `extra` argument (units found by earlier crawls and accepted on review).
    """

    def __init__(self, units: Iterable[dict] | None = None, *, extra: Iterable[dict | str] = (),
                 threshold: float = THRESHOLD, limit: int = 3):
        self.threshold, self.limit = threshold, limit
        self._entries: dict[str, _Entry] = {}
        self._index: dict[tuple[str, str], tuple[int, str]] = {}  # (scope, form) -> (priority, key)
        self._ambiguous: set[tuple[str, str]] = set()
        self._choices: dict[str, dict[str, str]] = {}  # scope -> form -> key (fuzzy candidates)
        self._sorted: dict[str, tuple[list[str], list[str]]] = {}  # scope -> (token-sorted forms, forms)
        self._cache: dict[tuple[str, str | None], tuple] = {}
        self.review: dict[str, dict] = {}  # new key -> {name, key, proposals}
        for u in _gazetteer() if units is None else units:
            self.add(u)
        for u in extra:
            self.add(u)

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, unit: dict | str) -> str:
        """Register a unit ({name, key?, kind?, aliases?, scope?} or a bare name); returns its key.
        A unit whose key is already known only adds its aliases."""
        if isinstance(unit, str):
            unit = {"name": unit}
        scope = scope_key(unit.get("scope")) or HOME_SCOPE
        k = unit.get("key") or _prefix(unit_key(unit["name"]), scope)
        entry = self._entries.setdefault(k, _Entry(k, unit["name"], unit.get("kind"), scope))
        prov = scope.split("-")
        forms = [(unit["name"], 0), *((a, 1) for a in unit.get("aliases", ()))]
        for form, prio in forms:
            ws = norm_words(form)
            if not ws:
                continue
            self._register(scope, " ".join(ws), prio, entry.key)
            self._choices.setdefault(scope, {}).setdefault(" ".join(ws), entry.key)
            if entry.kind == "district" and len(ws) > 1 and ws[0] in ("huyen", "quan"):
                self._register(scope, " ".join(ws[1:]), 1, entry.key)  # bare "Bảo Lâm" for a known district
            for v in _variants(ws, prov):
                self._register(scope, " ".join(v), 2, entry.key)
        self._cache.clear()
        self._sorted.pop(scope, None)
        return entry.key

    def _register(self, scope: str, form: str, prio: int, k: str) -> None:
        slot = (scope, form)
        old = self._index.get(slot)
        if old is None and slot not in self._ambiguous:
            self._index[slot] = (prio, k)
        elif old is not None and old[1] != k:
            if prio < old[0]:
                self._index[slot] = (prio, k)
            elif prio == old[0]:  # two units claim one spelling: it names neither
                del self._index[slot]
                self._ambiguous.add(slot)

    def entry(self, k: str) -> dict | None:
        e = self._entries.get(k)
        return None if e is None else {"key": e.key, "name": e.name, "kind": e.kind, "scope": e.scope}

    def resolve(self, name: str, scope: str | None = None) -> Resolution:
        """Resolve one name as written; `scope` is the article's province (None = home)."""
        c = self._cache.get((name, scope))
        if c is None:
            c = self._cache[(name, scope)] = self._resolve(name, scope)
        k, canonical, via, proposals = c
        e = self._entries.get(k)
        return Resolution(k, canonical, via != "new", via, list(proposals), e.kind if e else None)

    def _resolve(self, name: str, scope: str | None) -> tuple:
        s = scope_key(scope) or HOME_SCOPE
        form = " ".join(norm_words(name))
        scopes = [s] if s == HOME_SCOPE else [s, HOME_SCOPE]
        for sc in scopes:
            if sc != s and not form.endswith(" " + " ".join(HOME_SCOPE.split("-"))):
                continue  # elsewhere, a home unit must be named with its province
            hit = self._index.get((sc, form))
            if hit:
                prio, k = hit
                return k, self._entries[k].name, "exact" if prio == 0 else "alias", ()
        k = _prefix(unit_key(name), s)
        proposals = tuple(self._propose(form, s))
        if proposals:
            self.review.setdefault(k, {"name": clean(name).strip(), "key": k, "proposals": list(proposals)})
        return k, clean(name).strip(), "new", proposals

    def _propose(self, form: str, scope: str) -> list[tuple[str, str, float]]:
        choices = self._choices.get(scope)
        if not form or not choices:
            return []
        if scope not in self._sorted:  # token_sort_ratio = ratio of token-sorted strings: sort once
            forms = list(choices)
            self._sorted[scope] = ([" ".join(sorted(f.split())) for f in forms], forms)
        sorted_forms, forms = self._sorted[scope]
        best: dict[str, float] = {}
        for _, score, i in process.extract(" ".join(sorted(form.split())), sorted_forms, scorer=fuzz.ratio,
                                           score_cutoff=self.threshold, limit=self.limit * 4):
            cand = forms[i]
            if not _plausible(form, cand):
                continue
            k = choices[cand]
            best[k] = max(best.get(k, 0.0), round(score, 1))
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[: self.limit]
        return [(k, self._entries[k].name, sc) for k, sc in ranked]

    def review_list(self) -> list[dict]:
        """New names that looked like known units, for a human to merge (or not)."""
        return [self.review[k] for k in sorted(self.review)]


def _plausible(form: str, cand: str) -> bool:
    """Near strings that are certainly different units are not proposed: other numbers ("Quận 3"),
    another administrative kind ("thị trấn X"/"huyện X"), or a sub-body of the candidate."""
    if re.findall(r"\d+", form) != re.findall(r"\d+", cand):
        return False
    if _admin_kind(form) != _admin_kind(cand):
        return False
    provs = [_province_tail(f) for f in (form, cand)]
    if None not in provs and provs[0] != provs[1]:
        return False  # "BĐBP tỉnh Sơn La" is not "BĐBP tỉnh Lạng Sơn"
    short, long_ = sorted((form, cand), key=len)
    if f" {short} " in f" {long_} ":
        extra = f" {long_} ".replace(f" {short} ", " ").strip()
        if any(extra == h or extra.startswith(h + " ") for h in _SUB_BODY_HEADS):
            return False
    return True


def _admin_kind(form: str) -> str | None:
    """Leading administrative kind of a folded form ("tinh", "huyen", ...); "tỉnh ủy" is no kind."""
    for k in sorted(_ADMIN_FOLDED, key=len, reverse=True):
        if form.startswith(k + " ") and not form.startswith(k + " uy"):
            return k
    return None


def _province_tail(form: str) -> str | None:
    ws = form.split()
    for n in (4, 3, 2, 1):
        slug = _provinces().get(" ".join(ws[-n:])) if len(ws) > n else None
        if slug:
            return slug
    return None


@lru_cache(maxsize=1)
def default_resolver() -> Resolver:
    """A shared Resolver over the packaged gazetteer (for callers with no crawl-grown units)."""
    return Resolver()


