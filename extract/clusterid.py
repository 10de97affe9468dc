"""Which emulation cluster a mention is: organiser + scope + number or name.

"Cụm thi đua số 2" is a different cluster for every body that sets clusters up: Lạng Sơn's People's
Committee has one (its central enterprises), Lạng Sơn's Inspectorate another (the departments'
inspectors), a district of Đồng Tháp a third (communes), a ministry's youth union a fourth. So a
cluster's key is `<province or toan-quoc>:<organiser>:<designator>`, and only the article's own words
decide its parts, strongest first:

1. an organiser named with the cluster: in its name ("Cụm thi đua số 1 Bộ Công an", "Cụm thi đua số 2 -
   Thanh tra tỉnh Lạng Sơn") or right after a mention of it ("Cụm Thi đua số II, Đoàn thanh niên Bộ Tư
   pháp", "Cụm thi đua số 5 thuộc Cục Thuế"), unless that body is one of the cluster's own members (the
   host: "Cụm thi đua số 3 VKSND huyện Tây Giang");
2. the members: units of one sector ("Công an tỉnh …", "BĐBP tỉnh …", "Thanh tra Sở …") are grouped by
   that sector, nationally when they are of several provinces; a cluster of provinces is the central
   emulation council's; one province's departments, districts and enterprises are its People's
   Committee's (the default of the law);
3. the province: named by the organiser or the cluster, else by the members' own names, else by the
   article's source (its host: a Đồng Tháp portal, the Board itself).

When the words cannot decide (a cluster of communes whose district is not named, a sector cluster of an
unknown province), the cluster stays apart and unresolved — keyed to its article — rather than merged
with a namesake. Vocabulary is data (extract/data/organisers.json, provinces.json, clusters.json; the
level names, the basis texts and the words of the patterns below in extract/data/vocab/resolver.yml).
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from . import vocab
from .normalize import clean
from .places import ends_with_province, fold_text, province_of_name, province_slug, provinces_in, source_province
from .resolve import _syntactic_cluster_key
from .unitkeys import expand, key, unit_key

_WORDS = vocab.load("resolver")  # level names, bases and linkers (extract/data/vocab/resolver.yml), read once
_LV, _BASES = _WORDS["levels"], _WORDS["bases"]
CENTRAL, PROVINCIAL, DISTRICT = _LV["central"], _LV["province"], _LV["district"]  # a cluster's levels
NATIONAL = "toan-quoc"
LEVELS = (CENTRAL, PROVINCIAL, DISTRICT)
_PROVINCE_KIND = _WORDS["province_kinds"][0]  # "tỉnh X"


@lru_cache(maxsize=1)
def _vocab() -> dict:
    data = json.loads(resources.files(__package__).joinpath("data", "organisers.json").read_text("utf-8"))
    sectors = [(h, s) for s in data["sectors"] for h in s["members"]]
    data["_sector_heads"] = sorted(sectors, key=lambda hs: -len(hs[0]))
    data["_stop"] = set(data["stop"])
    return data


@lru_cache(maxsize=1)
def _known() -> dict[str, dict]:
    """The gazetteer's clusters (extract/data/clusters.json) by key."""
    data = json.loads(resources.files(__package__).joinpath("data", "clusters.json").read_text("utf-8"))
    return {c["key"]: c for c in data}


@dataclass(frozen=True)
class Article:
    """What identification may read of an article: its words and where it comes from."""
    title: str = ""
    body: str = ""
    url: str | None = None
    source_url: str | None = None

    @property
    def tag(self) -> str:
        """A short stable tag of the article, for keys of what only this article can vouch for."""
        return hashlib.sha1((self.url or self.title or self.body[:200]).encode("utf-8")).hexdigest()[:6]


@dataclass(frozen=True)
class ClusterIdentity:
    key: str
    designator: str           # 'cum-2', 'khoi-van-hoa-xa-hoi'
    province: str | None      # display name, None for a national cluster or an unknown one
    organiser: str | None     # 'UBND tỉnh Lạng Sơn', 'Bộ Công an', 'Thanh tra tỉnh Lạng Sơn'
    level: str | None         # 'trung ương' | 'tỉnh' | 'huyện'
    resolved: bool
    basis: str                # which words decided (shown to users as 'why')

    def as_dict(self) -> dict:
        return {"key": self.key, "designator": self.designator, "province": self.province,
                "organiser": self.organiser, "level": self.level, "resolved": self.resolved, "basis": self.basis}


# ---------------------------------------------------------------- the name

def _spaced(phrase: str) -> str:
    """A phrase of the vocabulary as a pattern whose words any run of spaces may separate."""
    return r"\s+".join(map(re.escape, phrase.split()))


# A numbered cluster as written: a head word (clusters.yml), its qualifiers (the second one may follow a
# comma: "Cụm thi đua, khen thưởng"), "số" and a number: "Cụm thi đua số II", "khối 3".
_NUMBERED_RAW = re.compile(
    r"(?i)(?<![\w])(?:" + vocab.alternation("clusters", "head_words") + ")"
    + "".join((r"(?:\s+" if i == 0 else r"(?:\s*,?\s*") + _spaced(q) + ")?"
              for i, q in enumerate(_WORDS["cluster_qualifiers"]))
    + r"(?:\s+" + _spaced(vocab.word("clusters", "number_word")) + r")?\s+(?:\d+|[ivx]+)(?![\w])")
# What joins a name to its organiser ("… thuộc Cục Thuế"); a district's kind inside a name ("huyện X").
_LINKED = re.compile(r"(?i)\s+(?:" + vocab.alternation("resolver", "cluster_linkers") + r")\s+")
_DISTRICT = re.compile(r"(?<![\w])(" + vocab.alternation("resolver", "district_kinds") + r") \w")
# A year or span of years ending a name ("… năm 2020", "… 2016-2020"): the cluster of every year.
_YEAR_TAIL = re.compile(r"(?i)[\s,\-–]+(?:" + _spaced(vocab.word("time", "year_word"))
                        + r"\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*$")


def display_name(name: str) -> str:
    """A cluster's name to show: no year ('KHỐI THI ĐUA CÁC HỘI ĐẶC THÙ NĂM 2020' is the cluster of every
    year), a capital first and a name written in capitals in sentence case."""
    s = _YEAR_TAIL.sub("", " ".join(clean(name).split())) or clean(name)
    return s[:1].upper() + (s[1:].lower() if s.isupper() else s[1:])


def designator(name: str) -> str:
    """The number or name part of a cluster: 'Cụm thi đua số II, Đoàn thanh niên Bộ Tư pháp' -> 'cum-2';
    'Khối thi đua các phòng, ban và đơn vị trực thuộc Sở' -> 'khoi-phong-ban-don-vi' ('các', a year and
    what follows 'thuộc'/'của' are not the name)."""
    head = _YEAR_TAIL.sub("", _LINKED.split(clean(name), maxsplit=1)[0])
    k = _syntactic_cluster_key(head)
    return "-".join(w for w in k.split("-") if w != "cac") or k


def _tail(name: str) -> str:
    """What follows a numbered cluster's number in its name ('Cụm thi đua số 1 Bộ Công an' -> 'Bộ Công an')."""
    s = clean(name)
    m = _NUMBERED_RAW.search(s)
    if m:
        return s[m.end():]
    parts = _LINKED.split(s, maxsplit=1)
    return f" {_WORDS['cluster_linker']} {parts[1]}" if len(parts) == 2 else ""


# ---------------------------------------------------------------- organiser phrases

_CUT = re.compile(r"[.;:()\n\"“”,!?]")


def _phrase(after: str) -> tuple[str, str] | None:
    """('organiser', words) or ('place', province) for the words right after a cluster mention."""
    v = _vocab()
    text = re.sub(r"^[\s,\-–:]+", "", clean(after[:200]))
    low = fold_text(text)
    for linker in v["linkers"]:
        if low.startswith(linker + " "):
            text = text.split(None, len(linker.split()))[-1]
            break
    text = _CUT.split(text, maxsplit=1)[0]
    kept: list[str] = []
    words = text.split()
    for i, w in enumerate(words[:12]):
        one, two = key(w), key(" ".join(words[i:i + 2]))
        if one in v["_stop"] or two in v["_stop"] or re.fullmatch(r"[\d/\-]+", w):
            break
        kept.append(w)
        if i >= 1 and ends_with_province(" ".join(kept)):
            break  # 'Thanh tra tỉnh Lạng Sơn': the place ends the name
    phrase = " ".join(kept).strip(" -–")
    f = fold_text(phrase)
    if not f:
        return None
    if (f.startswith("tinh ") or f.startswith("thanh pho ")) and province_of_name(phrase):
        return "place", province_of_name(phrase)
    if any(f.startswith(h + " ") for h in v["heads"]):  # a head alone ('Tổng cục') names no one
        return "organiser", phrase
    return None


def _mentions(article: Article, name: str, desig: str) -> list[str]:
    """The text after every mention of the cluster in the article (title and body)."""
    out = []
    for text in (article.title or "", article.body or ""):
        text = clean(text)
        for m in _NUMBERED_RAW.finditer(text):
            if designator(m.group(0)) == desig:
                out.append(text[m.end():m.end() + 200])
        needle = clean(name)
        start = 0
        while needle and (i := text.find(needle, start)) >= 0:
            out.append(text[i + len(needle):i + len(needle) + 200])
            start = i + 1
    return out


def _district_words(text: str) -> bool:
    """'huyện X', 'quận X', 'thị xã X' inside a name (accents kept: 'quần chúng' is no 'quận')."""
    return bool(_DISTRICT.search(key(expand(text))))


def _level_of(organiser: str) -> str | None:
    v = _vocab()
    f = fold_text(organiser)
    if _district_words(organiser):
        return DISTRICT
    if provinces_in(organiser) or " tinh" in f" {f}" or f.startswith("so "):
        return PROVINCIAL
    if not any(f.startswith(h) for h in v["not_national"]) and any(
            f == h or f.startswith(h + " ") or f" {h} " in f" {f} " for h in v["national_heads"]):
        return CENTRAL
    if "viet nam" in f:
        return CENTRAL
    return None


# ---------------------------------------------------------------- members

@dataclass(frozen=True)
class _Member:
    sector: dict | None
    province: str | None
    level: str | None   # 'xa' | 'huyen' | 'sub' (a sector's branch in a department) | 'tinh' |
    #                     'province' (a province itself) | 'trung-uong'


def _member(name: str) -> _Member:
    v = _vocab()
    f = fold_text(name)
    head, sector = next(((h, s) for h, s in v["_sector_heads"] if f == h or f.startswith(h + " ")), (None, None))
    prov = province_of_name(name)
    ws = f.split()
    if not ws:
        level = None
    elif ws[0] in v["commune_heads"] or f.startswith("thi tran "):
        level = "xa"
    elif prov and (f in (fold_text(prov), "tinh " + fold_text(prov)) or
                   f.startswith("uy ban nhan dan tinh ") and f.endswith(fold_text(prov))):
        level = "province"
    elif _district_words(name) or (ws[0] == "thanh" and ws[1:2] == ["pho"] and not prov):
        level = "huyen"
    elif head and " so " in f" {f[len(head):]} ":
        level = "sub"  # 'Thanh tra Sở Tài chính': a sector's branch in a department
    elif not prov and " tinh" not in f" {f}" and not f.startswith(tuple(v["not_national"])) and (
            "viet nam" in f or "trung uong" in f or "toi cao" in f or ws[0] in ("bo", "cuc")
            or f.startswith("tong cuc")):
        level = "trung-uong"
    else:
        level = "tinh"
    return _Member(sector, prov, level)


_LEVELS = {"xa": _LV["commune"], "huyen": DISTRICT, "sub": PROVINCIAL, "province": PROVINCIAL, "trung-uong": CENTRAL}


def member_level(name: str) -> str | None:
    """A unit's administrative level from its own name: 'xã' | 'huyện' | 'tỉnh' | 'trung ương' | None."""
    m = _member(name)
    if m.level == "tinh":
        f = fold_text(name)
        return PROVINCIAL if m.province or " tinh" in f" {f}" or f.startswith("so ") else None
    return _LEVELS.get(m.level)


def _dominant(members: list[_Member], multi: bool = False):
    """The sector most members share, when at least two do and they are most of the cluster."""
    counts: dict[str, int] = {}
    for m in members:
        if m.sector:
            counts[m.sector["national"]] = counts.get(m.sector["national"], 0) + 1
    if not counts:
        return None
    best, n = max(counts.items(), key=lambda kv: kv[1])
    if n >= 2 and n * 10 >= 6 * len(members) or (n == len(members) and multi):
        return next(m.sector for m in members if m.sector and m.sector["national"] == best)
    return None


# ---------------------------------------------------------------- identity

def _slug(organiser: str, province: str | None) -> str:
    """'Thanh tra tỉnh Lạng Sơn' -> 'thanh-tra'; 'UBND TPHCM' -> 'ubnd' (province and 'tỉnh' dropped)."""
    ws = unit_key(organiser).split("-")
    if province:
        p = province_slug(province).split("-")
        for i in range(len(ws) - len(p), -1, -1):
            if ws[i:i + len(p)] == p:
                ws = ws[:i] + ws[i + len(p):]
                break
    while ws and ws[-1] in ("tinh", "pho", "tp"):
        ws = ws[:-1] if ws[-1] != "pho" or ws[-2:-1] != ["thanh"] else ws[:-2]
    s = "-".join(ws) or "ubnd"
    return _vocab()["default_provincial_slug"] if s in ("uy-ban-nhan-dan", "ubnd") else s


def _default_name(province: str) -> str:
    city = province in _WORDS["central_cities"]
    return f"{_vocab()['default_provincial']} {_WORDS['city_kind'] if city else _PROVINCE_KIND} {province}"


def _known_in_text(desig: str, article: Article, provinces: set[str]) -> ClusterIdentity | None:
    """A gazetteer cluster whose full name the article writes ('Cụm các trường Trung cấp, Cao đẳng trên
    địa bàn tỉnh Lạng Sơn' for a mention cut short as 'Cụm các trường Trung cấp'), unless the members or
    the source place the article in another province."""
    text = fold_text(f"{article.title}\n{article.body}")
    source = source_province(article.source_url)
    for c in _known().values():
        if source not in (None, c["province"]) or provinces - {c["province"]}:
            continue
        for form in [c["name"], *c.get("aliases", [])]:
            d = designator(form)
            if (d == desig or d.startswith(desig + "-")) and fold_text(form) in text:
                return ClusterIdentity(c["key"], c["designator"], c["province"], c["organiser"], c["level"],
                                       True, _BASES["name"])
    return None


def identify(name: str, units: list[str], article: Article) -> ClusterIdentity:
    """The identity of the cluster written `name` in `article`, whose members the article names `units`."""
    desig = designator(name)
    known = _known_in_text(desig, article, {p for p in map(province_of_name, units) if p})
    if known:
        return known
    unit_keys = {unit_key(u) for u in units}
    organiser = place = None
    basis = []
    for after in [_tail(name), *_mentions(article, name, desig)]:
        got = _phrase(after)
        if got and got[0] == "place" and not place:
            place = got[1]
        elif got and got[0] == "organiser" and not organiser and unit_key(got[1]) not in unit_keys:
            organiser = got[1]
    members = [_member(u) for u in units]
    provinces = {m.province for m in members if m.province}
    multi = len(provinces) > 1 or len(provinces_in(name)) > 1
    sector = _dominant(members, multi)
    source = source_province(article.source_url)
    province = level = None
    if organiser:
        level = _level_of(organiser) or (CENTRAL if multi else None)
        province = province_of_name(organiser)
        basis.append(_BASES["name"])
        heads = [h for m in members if m.sector for h in m.sector["members"]]
        if not province and any(fold_text(organiser).startswith(h + " ") for h in heads):
            # 'Cụm Thi đua 5 LĐLĐ thành phố': the words name the members' kind; their sector groups them
            sec = next(m.sector for m in members if m.sector and fold_text(organiser).startswith(
                tuple(h + " " for h in m.sector["members"])))
            organiser, level = sec["national"], CENTRAL
    elif sector and multi:
        organiser, level = sector["national"], CENTRAL
        basis.append(_BASES["members"])
    elif multi and sum(m.level == "province" for m in members) * 2 >= len(members):
        organiser, level = _vocab()["provinces_as_members"], CENTRAL
        basis.append(_BASES["members"])
    elif multi:
        level = CENTRAL  # of several provinces, organiser not named: unresolved
    if level != CENTRAL:
        province = province or place or (provinces.pop() if len(provinces) == 1 else None)
        if province:
            basis.append(_BASES["name"] if place and province == place else _BASES["members"])
        elif source:
            province = source
            basis.append(_BASES["source"])
    if not organiser and province:
        levels = [m.level for m in members]
        if sector and sector.get("provincial") and set(levels) <= {"huyen", "sub"}:
            organiser, level = f"{sector['provincial']} {_PROVINCE_KIND} {province}", PROVINCIAL
        elif not sector and levels and "xa" not in levels and levels.count("trung-uong") * 2 < len(levels):
            # a province's departments, districts and enterprises (a 'Cục Thuế' among them is the
            # province's branch): the People's Committee's cluster
            organiser, level = _default_name(province), PROVINCIAL
    if organiser and level == PROVINCIAL and province and not province_of_name(organiser):
        organiser = f"{organiser} {province}" if fold_text(organiser).endswith("tinh") else organiser
    resolved = bool(organiser and level and (level == CENTRAL or province))
    basis_text = ", ".join(dict.fromkeys(basis)) or _BASES["undecided"]
    if not resolved:
        return ClusterIdentity(f"unresolved-{article.tag}:{desig}", desig, province,
                               organiser, level, False, basis_text)
    scope = NATIONAL if level == CENTRAL else province_slug(province)
    k = f"{scope}:{_slug(organiser, province)}:{desig}"
    return _known_alias(ClusterIdentity(k, desig, province if level != CENTRAL else None,
                                        clean(organiser).strip(), level, True, basis_text), name)


@lru_cache(maxsize=1)
def _known_aliases() -> dict[tuple[str, str], str]:
    """(scope:organiser prefix, designator of any of its names) -> the gazetteer cluster's key."""
    out = {}
    for c in _known().values():
        prefix = c["key"].rsplit(":", 1)[0]
        for form in [c["name"], *c.get("aliases", [])]:
            out[(prefix, designator(form))] = c["key"]
    return out


def _known_alias(ident: ClusterIdentity, name: str) -> ClusterIdentity:
    """A gazetteer cluster known by number and by name ('Cụm thi đua các doanh nghiệp Trung ương' is
    Lạng Sơn's Cụm II) keeps one key, within its organiser only."""
    prefix = ident.key.rsplit(":", 1)[0]
    k = _known_aliases().get((prefix, ident.designator))
    if not k or k == ident.key:
        return ident
    return ClusterIdentity(k, k.rsplit(":", 1)[1], ident.province, ident.organiser, ident.level, True, ident.basis)

