"""An article's facts: read it (extract/document.py), run every active rule over every statement, link
awards whose recipients stand in a neighbouring statement (extract/coref.py), add the memberships the
facts imply, and keep one fact per statement of fact.

- One fact per statement of fact (extract/dedupe.py: its keys, and which of two facts of one key stays); one
  award said twice under two spellings of its receiver, class or grantor is one fact (extract/awardtwins.py).
- A unit the cluster ranks, or nominates by its own vote, is one of its members that year.
- Each unit goes by the fullest name the article gives it: a bare place ("Bảo Lâm") becomes the one unit of
  that name the article names in full ("huyện Bảo Lâm"); a place listed as a member ("tỉnh Long An") the
  cluster's one headed unit of that place, else the body of that place the cluster's name gives ("Cụm Thi đua
  Thanh tra các tỉnh …": kindplaces.py); an acronym the name the article spells out (acronyms.py). One
  cluster goes by one name.
- Statements with a role, an award, a rank or a leader from which no fact came are reported as unread
  (phrasing_review), so a phrasing nobody wrote a rule for shows up instead of vanishing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import acronyms, awardclasses, awardtwins, coref, grammar, kindplaces, ownref, placerefs, pointback, regroup, rules as _rules, titled, unitplace, vocab  # noqa: F401  (rules: registers them)
from .dedupe import dedupe, kind_split, title_names
from .document import Doc, read
from .grammar import encode
from .names import is_grantor
from .normalize import key
from .resolve import cluster_key
from .rules.common import Env
from .unitkeys import expand, unit_key

_TRIGGERS = {"ROLE": "role", "AWD": "award", "RANK": "rank", "LEAD": "leader"}
_PRIVATE = ("_stmt", "_person", "_awd")


@dataclass
class Extraction:
    facts: list[dict]
    unread: list[dict] = field(default_factory=list)


def extract_report(title: str, body: str, published: str | None = None) -> Extraction:
    doc = read(title, body, published)
    facts: list[dict] = []
    unread: list[dict] = []
    pick = grammar.candidates(grammar.active())
    for stmt in doc.statements:
        if not stmt.hinted or not stmt.chunks:
            continue  # a statement with no fact word gives no fact of its own
        chunks = stmt.chunks  # read once: a property, and every rule that may match takes them
        env = Env(doc, stmt, chunks)
        enc = encode(chunks)
        labels = {c.label for c in chunks}
        got: list[dict] = []
        for r in pick(labels):
            got += grammar.apply(r, enc, chunks, env)
        facts += got
        if not got:
            unread += _unread(stmt)
    facts += coref.link(doc, facts)
    facts += pointback.linked(doc, facts)
    facts += regroup.regrouped(doc)
    facts += coref.continued(doc, facts)
    facts += coref.recounted(doc, facts)
    facts += titled.counted_titles(doc, facts)
    facts += ownref.own(doc, facts)
    facts += _implied(facts, doc)
    title_names(facts)
    placerefs.complete(facts, doc.title + "\n" + doc.body)
    placerefs.named_in_full(facts, doc)
    facts = _member_places(_bare_places(_units_only(facts), doc), doc)
    kindplaces.complete(facts)
    facts = _fullest_names(awardtwins.twins(dedupe(awardclasses.spread(facts))), doc)
    return Extraction([_finish(f) for f in facts], unread)


def _units_only(facts: list[dict]) -> list[dict]:
    """A person given an award only units receive ("Giám đốc A và Phó Giám đốc B nhận Cờ thi đua Thành phố",
    awards.yml collective_kinds) receives it for the unit, which the text names elsewhere or not at all: no fact."""
    kinds = vocab.load("awards")["collective_kinds"]
    return [f for f in facts if not (f["kind"] == "award" and f["_person"] and f.get("award_kind") in kinds)]


def _unread(stmt) -> list[dict]:
    seen = {}
    for c in stmt.chunks:
        if c.label in _TRIGGERS and c.label not in seen:
            seen[c.label] = c
    if not seen or stmt.start is None:
        return []
    labels = sorted(_TRIGGERS[lab] for lab in seen)
    first = min(seen.values(), key=lambda c: c.start)
    return [{"label": ",".join(labels), "trigger": first.text, "sentence": stmt.text, "start": stmt.start,
             "end": stmt.end}]


def _implied(facts: list[dict], doc: Doc) -> list[dict]:
    """A unit the cluster ranks, or nominates by its own vote, is one of its members that year.

    A nominee is only guessed to be of the article's main cluster, so it gives no membership when the
    article already places that unit in a cluster (the composition "… gồm: Hội Nhà báo tỉnh Lâm Đồng, …"
    and then "bình bầu 04 đơn vị …: Hội Nhà báo, …"; "LĐLĐ tỉnh Đồng Nai dẫn đầu Cụm thi đua 7 …" and then
    the federation's "khối" proposes it): the same unit again, under a shorter name or a year the
    composition does not give, or in a cluster that is not its own. A role of another year does not place
    it: "Thanh tra tỉnh" nominated at the review of 2022 and elected chair for 2023 is a member in 2022."""
    main = cluster_key(doc.main_cluster) if doc.main_cluster else None
    placed = [f["unit"] for f in facts if f["kind"] in ("membership", "ranking") and f["unit"] and (
        f["kind"] == "ranking" or f["role"] == "member" or not f["cluster"] or cluster_key(f["cluster"]) != main)]
    placed_years = {(f["unit"], f["year"]) for f in facts if f["kind"] == "membership" and f["unit"]}
    out = []
    for f in facts:
        if f["kind"] == "ranking" and f["cluster"]:
            out.append({"kind": "membership", "cluster": f["cluster"], "unit": f["unit"], "year": f["year"],
                        "role": "member", "rule": "member.ranked", "_stmt": f["_stmt"], "_person": False})
        elif f["kind"] == "award" and f["status"] == "proposed" and doc.main_cluster and not f["_person"] \
                and not any(_same_unit(f["recipient"], u) for u in placed) \
                and not any(y == f["year"] and _same_unit(f["recipient"], u) for u, y in placed_years):
            labels = {c.label for c in f["_stmt"].chunks}
            if "VOTE" in labels or "PROPOSE" in labels and _cluster_subject(f["_stmt"], doc):
                out.append({"kind": "membership", "cluster": doc.main_cluster, "unit": f["recipient"],
                            "year": f["year"], "role": "member", "rule": "member.nominated", "_stmt": f["_stmt"],
                            "_person": False})
    return out


def _same_unit(a: str, b: str) -> bool:
    """a and b name one unit: the same key with or without its kind of place, or b is a with its place
    added ("Hội Nhà báo" / "Hội Nhà báo tỉnh Lâm Đồng", "Liên minh Hợp tác xã tỉnh" / "… tỉnh Lâm Đồng")."""
    ka, kb = kind_split(a)[0], kind_split(b)[0]
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if not kb.startswith(ka + "-"):
        return False
    if not b.lower().startswith(a.lower() + " "):
        return False
    rest = b[len(a) + 1:]
    kind = next((k for k in sorted(vocab.admin_kinds(), key=len, reverse=True) if rest.lower().startswith(k + " ")), "")
    words = rest[len(kind):].split()
    return bool(words) and all(w[:1].isupper() for w in words)


def _cluster_subject(stmt, doc: Doc) -> bool:
    """The cluster itself proposes ("Cụm II … đã thống nhất đề nghị …"): a CLU before the first proposal, or
    its meeting opens the statement of an article whose title names the cluster ("Hội nghị thống nhất đề nghị …"
    under "Cụm thi đua số IV … tổng kết …"); a meeting named with its body ("Hội nghị Ban Chấp hành …") is not it."""
    for i, c in enumerate(stmt.chunks):
        if c.label == "PROPOSE":
            return (i > 0 and _meeting(stmt.chunks[0].text) and stmt.chunks[1].label not in ("ORG", "GRT", "NAME", "PER")
                    and _title_names_cluster(doc))
        if c.label == "CLU":
            return True
    return False


def _title_names_cluster(doc: Doc) -> bool:
    title = doc.statements[0] if doc.statements and doc.statements[0].start is None else None
    return title is not None and any(c.label == "CLU" and not c.attrs.get("generic") for c in title.chunks)


def _meeting(text: str) -> bool:
    words = text.lower().split()
    return any(words[:len(m.split())] == m.split() for m in vocab.words("function", "meetings"))


@lru_cache(maxsize=1)
def _place_kind() -> re.Pattern:
    """"UBND huyện Cao Lộc", "huyện Cao Lộc" -> "Cao Lộc" (places.yml)."""
    kinds = vocab.admin_kind_alternation()
    return re.compile(rf"^(?:(?:{vocab.alternation('places', 'committees')})\s+)?(?:{kinds})\s+(.+)$", re.IGNORECASE)


def _bare_places(facts: list[dict], doc: Doc) -> list[dict]:
    """A bare place ("Đông Giang") is the one unit of that place the article names in full: "huyện Đông
    Giang", or "Công an huyện Đông Giang" when all the article's units of that place are police (a unit
    with a head wins over the place alone; a place named as a venue, "tại huyện X", is no candidate)."""
    full: dict[str, set[str]] = {}
    for name in _named_units(facts, doc):
        m = _place_kind().match(name) or _unit_of_place().match(name)
        if m:
            full.setdefault(m.group(1), set()).add(name)
    for f in facts:
        field_ = "unit" if f.get("unit") else "recipient"
        name = f.get(field_)
        if not name or f["_person"] or name not in full:
            continue
        names = full[name]
        headed = {n for n in names if not _place_kind().match(n)}
        if len(names) == 1 or len(headed) == 1:
            f[field_] = next(iter(headed or names))
    return facts


def _bare_place(name: str) -> bool:
    """"huyện Cao Lộc", "tỉnh Long An": a kind of place and its name, nothing before."""
    return name.lower().startswith(vocab.admin_kind_edges()[0])


def _member_places(facts: list[dict], doc: Doc) -> list[dict]:
    """A place as a cluster's member ("quận Long Biên", "tỉnh Long An") is the one unit of that place the
    same cluster has with a head ("Ủy ban MTTQ Việt Nam quận Long Biên", its chair): one member, not two; else
    the one unit with a head the article names at that place ("tỉnh Vĩnh Phúc" -> "Hội CCB tỉnh Vĩnh Phúc")."""
    headed: dict[tuple, set[str]] = {}
    for f in facts:
        if f["kind"] in ("membership", "ranking") and f["unit"] and not _place_kind().match(f["unit"]) and not (
                is_grantor(f["unit"])):  # "Chủ tịch UBND tỉnh Nghệ An" is a person's post
            at = unitplace.split(f["unit"])  # "Công an huyện X", "Sở Tài nguyên và Môi trường Hà Nội"
            if at:
                headed.setdefault((cluster_key(f["cluster"] or ""), unitplace.place_id(at[1])), set()).add(f["unit"])
    pending: list[tuple[dict, str]] = []  # bare places the cluster's own members do not name: asked of the article
    for f in facts:
        if f["kind"] in ("membership", "ranking") and f["unit"] and not f["_person"]:
            m = _place_kind().match(f["unit"]) if _bare_place(f["unit"]) else None  # not "UBND huyện X"
            place = unitplace.place_id(m.group(1)) if m else unitplace.province_alone(f["unit"])  # or "TP.HCM"
            names = headed.get((cluster_key(f["cluster"] or ""), place)) if place else None
            if place and not names and not kindplaces.of_places(f["cluster"]):
                pending.append((f, place))
            elif names and len(names) == 1:
                f["unit"] = next(iter(names))
    if pending:
        named = _headed_by_place(facts, doc, {place for _, place in pending})
        for f, place in pending:
            names = {n for n in named.get(place, ()) if _cluster_kind(n, f["cluster"], headed)}
            if len(names) == 1:
                f["unit"] = next(iter(names))
    return facts


def _cluster_kind(name: str, cluster: str | None, headed: dict[tuple, set[str]]) -> bool:
    """The unit is of the kind the cluster gathers: its head is in the cluster's name ("Liên đoàn Lao động huyện
    Đức Linh" in "Cụm thi đua số 2 LĐLĐ các huyện, thị xã") or heads another member of it."""
    head = _head_of(name)
    if not head or not cluster:
        return False
    ck = cluster_key(cluster)
    return f" {head} " in f" {key(expand(cluster))} " or any(
        _head_of(n) == head for (c, _), names in headed.items() if c == ck for n in names)


def _head_of(name: str) -> str:
    """"Hội CCB tỉnh Vĩnh Phúc" -> the key of "Hội Cựu chiến binh": the name before its place (unitplace.py)."""
    at = unitplace.split(name)
    return key(expand(at[0])) if at else ""


def _headed_by_place(facts: list[dict], doc: Doc, places: set[str]) -> dict[str, set[str]]:
    """{place key: the units with a head the article names at that place} ("Hội CCB tỉnh Vĩnh Phúc"), in any
    sentence ("Đồng chí X – Chủ tịch Hội CCB tỉnh Vĩnh Phúc phát biểu", a dev article) and as a person's workplace
    ("Đại tá X, Phó giám đốc Công an TP Hải Phòng", another): who the place is in the cluster is said anywhere."""
    out: dict[str, set[str]] = {}
    for name in _named_units(facts, doc, every=places):
        at = unitplace.split(name) if name and not _place_kind().match(name) and not is_grantor(name) else None
        if at:
            out.setdefault(unitplace.place_id(at[1]), set()).add(name)
    return out


def _named_units(facts: list[dict], doc: Doc, venues: bool = False, every: set[str] | None = None):
    """The units the facts and the statements of fact name (every: also persons' workplaces, and the statements
    of no fact that name one of these places, which only then are chunked)."""
    for f in facts:
        if not f["_person"] and (f.get("unit") or f.get("recipient")):
            yield f.get("unit") or f.get("recipient")
    for s in doc.statements:
        if not s.hinted and not (every and unitplace.names_any(s.text, every)):
            continue
        chunks = s.chunks
        for k, c in enumerate(chunks):
            if c.label == "ORG" and (venues or not (k and chunks[k - 1].label == "AT")):
                yield c.name
            elif c.label == "LIST":
                yield from (it["name"] for it in c.attrs["items"] if not it["person"])
                if every:
                    yield from (it["workplace"] for it in c.attrs["items"] if it["person"] and it.get("workplace"))
            elif c.label == "PER" and every and c.attrs.get("workplace"):
                yield c.attrs["workplace"]


@lru_cache(maxsize=1)
def _unit_of_place() -> re.Pattern:
    """"Công an huyện Đông Giang" -> "Đông Giang": a unit whose name ends in a kind of place and its name."""
    kinds = vocab.admin_kind_alternation()
    return re.compile(rf"^\S.*?\s(?:{kinds})\s+([A-ZĐ][^,;()]*)$")


def _fullest_names(facts: list[dict], doc: Doc) -> list[dict]:
    _spell_out_acronyms(facts, doc)
    _one_name_a_cluster(facts, doc)
    fullest: dict[str, str] = {}
    for f in facts:
        name = f.get("unit") or f.get("recipient")
        if name and not f["_person"]:
            k = unit_key(name)
            if _fullness(name) > _fullness(fullest.get(k, "")):
                fullest[k] = name
    tails = {_tail(n) for n in fullest.values()}
    for name in _named_units([], doc, venues=True):  # the fullest name the article gives, in any statement of fact
        if not name or _tail(name) not in tails:
            continue  # one unit's names end alike ("… quận Hà Đông"): the cheap test before the unit's key
        k = unit_key(name)
        if k in fullest and _fullness(name) > _fullness(fullest[k]):
            fullest[k] = name
    for f in facts:
        field_ = "unit" if f.get("unit") else "recipient"
        if f.get(field_) and not f["_person"]:
            f[field_] = fullest[unit_key(f[field_])]
    return facts


def _tail(name: str) -> str:
    return name.rsplit(None, 1)[-1].lower()


def _one_name_a_cluster(facts: list[dict], doc: Doc) -> None:
    """"Khối thi đua các tổ chức xã hội 1" in the title, "khối các Tổ chức Xã hội 1" in a sentence: one cluster
    (one key) goes by one name, the article's main cluster name when it is that cluster, else the longest."""
    names: dict[str, str] = {}
    if doc.main_cluster:
        names[cluster_key(doc.main_cluster)] = doc.main_cluster
    for f in facts:
        c = f.get("cluster")
        if c:
            k = cluster_key(c)
            if k not in names or (names[k] != doc.main_cluster and len(c.split()) > len(names[k].split())):
                names[k] = c
    for f in facts:
        if f.get("cluster"):
            f["cluster"] = names[cluster_key(f["cluster"])]


def _unknown_acronym(name: str) -> bool:
    """An acronym the common abbreviations (unitkeys.expand: UBND, MTTQ, GD&ĐT …) do not already spell out."""
    expanded = expand(name).split()
    return any(w.lower() in expanded for w in name.split() if acronyms.has_acronym(w))


def _spell_out_acronyms(facts: list[dict], doc: Doc) -> None:
    """"Hội Bảo trợ NKT&TMC tỉnh" where the article also writes "Hội Bảo trợ người khuyết tật và trẻ mồ côi
    tỉnh": the spelled-out name (extract/acronyms.py)."""
    short = {f.get("unit") or f.get("recipient") for f in facts if not f["_person"]}
    short = {n for n in short if n and acronyms.has_acronym(n) and _unknown_acronym(n)}
    if not short:
        return
    names = list(dict.fromkeys(_named_units(facts, doc, venues=True)))
    full = acronyms.spell_out_all(short, names, doc.body)
    for f in facts:
        field_ = "unit" if f.get("unit") else "recipient"
        if full.get(f.get(field_)) and not f["_person"]:
            f[field_] = full[f[field_]]


@lru_cache(maxsize=8192)
def _fullness(name: str) -> tuple[int, int]:
    return len(expand(name).split()), len(name.split())


def _finish(f: dict) -> dict:
    stmt = f["_stmt"]
    for private in _PRIVATE:
        f.pop(private, None)
    f["evidence"] = stmt.text
    f["start"] = stmt.start
    f["end"] = stmt.end
    return f
