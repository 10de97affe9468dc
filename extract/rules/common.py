"""What every rule's action needs: the units a chunk names, the cluster and year a fact belongs to,
whether an award is proposed, and the fact dicts themselves (each records its rule)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import vocab, years
from ..chunkbase import Chunk, is_roman
from ..document import Doc, cluster_name
from ..headed import undated
from ..normalize import tone
from ..segment import Statement
from ..tokens import tokenize
from .election_result import years_of_election_before

_SEPARATORS = ("SEMI", "DOT", "NL")


@dataclass
class Env:
    doc: Doc
    stmt: Statement
    chunks: list[Chunk]


def index_of(env: Env, c: Chunk) -> int:
    """Where chunk c stands in the statement. By identity: list.index compared the dataclasses field by
    field, chunk after chunk (two chunks of one statement never cover the same tokens, so never compare
    equal)."""
    for k, x in enumerate(env.chunks):
        if x is c:
            return k
    raise ValueError(f"{c!r} is not a chunk of the statement")


def units(c: Chunk | None, persons: bool = True) -> list[dict]:
    """The units (and persons) a chunk names: a LIST's items, or the one name of an ORG/NAME/PER."""
    if c is None:
        return []
    if c.label == "SELF":
        name = _self_unit(c)
        return [{"name": name, "start": c.start, "end": c.end, "person": False, "role": None, "lead": None,
                 "bare": False, "label": "ORG"}] if name else []
    if c.label == "LIST":
        items = c.attrs["items"]
    elif c.label in ("ORG", "NAME", "PER", "GRT"):
        items = [{"name": c.name, "start": c.start, "end": c.end, "person": c.label == "PER", "role": None,
                  "lead": None, "bare": c.label == "NAME", "label": c.label, "single": True}]
    else:
        return []
    if not persons:
        items = [_held_by_workplace(it) for it in items]
    items = [_without_post(it) for it in items]
    return [it for it in items if plausible(it) and (persons or not it["person"])]


def _without_post(it: dict) -> dict:
    """"Chủ tịch UBND tỉnh Nghệ An, Cụm trưởng": a post before a unit's name (a grantor's form, "Chủ tịch
    UBND tỉnh") names the unit after it; the role, rank or award is the unit's."""
    if it["person"] or it.get("label") not in ("ORG", "GRT"):
        return it
    name = it["name"]
    post = next((p for p in vocab.positions_by_first_word().get(name.split(" ", 1)[0], ()) if name.startswith(p + " ")), None)
    if post is None or not name[len(post) + 1:][:1].isupper():
        return it
    return {**it, "name": name[len(post) + 1:]}


def _held_by_workplace(it: dict) -> dict:
    """A role written after a person with a post is the role of the person's unit ("đồng chí X, Phó Viện
    trưởng VKSND tỉnh Y - đơn vị Cụm phó"): the workplace stands for the person."""
    if not (it["person"] and it.get("role") and it.get("workplace")):
        return it
    return {**it, "name": it["workplace"], "person": False, "label": "ORG", "bare": False}


_SELF: dict[str, str] = {}


def _self_unit(c: Chunk) -> str | None:
    return c.attrs.get("unit")


def plausible(it: dict) -> bool:
    """A name that can be a unit or a person: not a bare word that a sentence happens to capitalise."""
    name = it["name"].strip()
    if len(name) < 2 or not (name[:1].isupper() or name[:1].isdigit() or it.get("label") in ("ORG", "GRT")
                             or not it.get("bare", True)):
        return False
    words = name.split()
    if is_roman(name) or name.lower() in vocab.rank_words():
        return False  # "KTNN khu vực II, IV": numbers; "các hạng: Nhất, Nhì, Ba": ranks
    if it["person"]:
        return len(words) >= 2
    if name.lower() in _collectives():
        return False  # "Các cán bộ, chiến sĩ được truy tặng …": people of a unit the sentence does not name
    if bare_head(name) or name.lower().endswith(generic_tails()):
        return False  # "Chi đoàn", "Đoàn cơ sở": a kind of unit, not one; "Hội LHPN các cấp": a whole class
    if it.get("label") == "NAME" and name.lower() == vocab.word("places", "country").lower():
        return False  # "69 cán bộ hội thanh niên Việt Nam tiêu biểu …": the country closes a description, no unit
    if it.get("single") and it["label"] == "NAME" and len(words) == 1 and not (name.isupper() and len(name) >= 3):
        return False
    return True


@lru_cache(maxsize=1)
def _collectives() -> frozenset[str]:
    """A place's community words ("cán bộ, chiến sĩ", organisations.yml collectives), lower-cased: alone, no one."""
    return frozenset(c.lower() for c in vocab.load("organisations")["collectives"])


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    from ..vocab import load

    org = load("organisations")
    return frozenset(h.lower() for h in org["heads"] + org.get("heads_any_case", []))


@lru_cache(maxsize=1)
def generic_tails() -> tuple[str, ...]:
    return tuple(" " + w for w in vocab.words("function", "generic_tails"))


@lru_cache(maxsize=4096)
def bare_head(name: str) -> bool:
    """A head alone ("Công ty", "Chi đoàn", "Đoàn cơ sở") names a kind of unit; a head that is a name of
    its own ("Kho bạc Nhà nước", "Mặt trận Tổ quốc") does not count. Cached: every candidate unit of every
    rule asks, and one article asks again for the same names."""
    if any(w[:1].isupper() for w in name.split()[1:]):
        return False
    low = name.lower()
    if low in vocab.words("organisations", "place_heads"):
        return False  # "Tỉnh đoàn": the province's own body, one unit
    for suffix in ("", *(" " + w for w in vocab.words("organisations", "head_suffixes"))):
        if low.endswith(suffix) and low[:len(low) - len(suffix)] in _heads():
            return True
    return False


def cluster_for(env: Env, m, *names: str) -> str | None:
    """The cluster of a match: a captured CLU (or a role that names its cluster), else the named cluster
    nearest in the statement, else the article's main cluster."""
    for n in names:
        c = m.get(n) if m is not None else None
        if c is not None and c.label == "CLU":
            return cluster_name(c, env.doc.main_cluster)
        if c is not None and c.label == "ROLE" and c.attrs.get("cluster"):
            return cluster_name(None, env.doc.main_cluster, c.attrs["cluster"])
    pos = m.first if m is not None else 0
    named = [k for k, c in enumerate(env.chunks) if c.label == "CLU" and not c.attrs.get("generic")]
    start = clause_start(env, pos)
    before = [k for k in named if start <= k < pos]
    after = [k for k in named if k > pos and not any(c.label in ("SEMI", "DOT") for c in env.chunks[pos:k])]
    pick = before[-1] if before else after[0] if after else ([k for k in named if k < pos] or [None])[-1]
    if pick is not None:
        return cluster_name(env.chunks[pick], env.doc.main_cluster)
    return env.doc.main_cluster


def year_after(env: Env, k: int, reach: int = 3) -> int | None:
    """A year standing right after chunk k, before any separator ("Trưởng cụm năm 2021")."""
    for c in env.chunks[k + 1:k + 1 + reach]:
        if c.label == "YEAR":
            return c.attrs["year"]
        if c.label == "SPAN":
            return None
        if c.label in _SEPARATORS or c.label in ("COMMA", "FOR", "GIVE", "GET"):
            return None
    return None


def span_after(env: Env, k: int, reach: int = 3) -> bool:
    return any(c.label == "SPAN" for c in env.chunks[k + 1:k + 1 + reach])


def year_before(env: Env, k: int, reach: int = 8) -> int | None:
    for c in reversed(env.chunks[max(0, k - reach):k]):
        if c.label in ("YEAR",) and not c.attrs.get("bare"):
            return c.attrs["year"]
        if c.label in _SEPARATORS:
            return None
    return None


def frame_year(env: Env, k: int) -> int | None:
    """The year of the frame a list of awards stands under in one statement ("khen thưởng cho 03 tập thể
    xuất sắc … năm 2018 gồm: A nhận Cờ …, B, C nhận Bằng khen"): the last year before the "gồm"/":" that
    opens the list the award at k is in."""
    ch = env.chunks
    for j in range(k - 1, -1, -1):
        if ch[j].label in _SEPARATORS:
            return None
        if ch[j].label in ("COMPOSE", "COLON"):
            return next((c.attrs["year"] for c in reversed(ch[:j]) if c.label == "YEAR" and not c.attrs.get("bare")), None)
    return None


def statement_date(env: Env) -> int | None:
    """The statement's date; of a pair "(7/10/1976 - 7/10/2016)" (an anniversary: founding - today) the later."""
    ch = env.chunks
    ds = [c.attrs["year"] for j, c in enumerate(ch) if c.label == "DATE"
          and not (j + 2 < len(ch) and ch[j + 1].label == "DASH" and ch[j + 2].label == "DATE")]
    return ds[0] if ds else None


def elected(env: Env, m) -> bool:
    """The role is given by an election or a hand-over: its verb near the match, or earlier in the sentence with no
    verb between, only roles, units, clusters, years, "cho"/"là" and plain words ("chuyển giao vai trò cụm trưởng
    cho A, cụm phó là B")."""
    if any(c.label in ("ELECT", "HANDOVER") for c in env.chunks[max(0, m.first - 4):m.last + 1]):
        return True
    for c in reversed(env.chunks[:max(0, m.first - 4)]):
        if c.label in ("ELECT", "HANDOVER"):
            return True
        if c.label not in _HANDED:
            return False
    return False


_HANDED = frozenset({"ROLE", "ORG", "LIST", "GRT", "NAME", "FOR", "COMMA", "BE", "AND", "CLU", "YEAR", "W", "T"})


def negated(chunks: list, k: int) -> bool:
    """The award at chunk k is negated just before ("không được xét tặng Cờ …", "chưa được tặng"): it gives no fact."""
    return any(c.label == "NEG" for c in chunks[max(0, k - 3):k])


def proposed(env: Env, k: int) -> bool:
    """An award at chunk k is proposed when the statement proposes or votes before it ("theo đề nghị
    của" excepted), or when the header its list stands under proposes."""
    for j, c in enumerate(env.chunks[:k]):
        if c.label in ("PROPOSE", "VOTE"):
            before = env.chunks[j - 1] if j else None
            after = env.chunks[j + 1] if j + 1 < len(env.chunks) else None
            if before is not None and before.label == "T" and before.text.lower() in vocab.words("function", "according_to") and after is not None and after.label == "OF":
                continue
            if _decided(env, j):
                continue
            return True
    h = env.stmt.header
    if h is not None and any(c.label in ("PROPOSE", "VOTE") for c in h.chunks):
        return True
    title = env.doc.statements[0] if env.doc.statements and env.doc.statements[0].start is None else None
    # a decision list under "Lấy ý kiến nhân dân về … tặng Huân chương …": each line is a proposal
    return (title is not None and title is not env.stmt and _may_propose(title)
            and any(c.label == "PROPOSE" for c in title.chunks) and not any(c.label == "GET" for c in env.chunks[:k]))


def _decided(env: Env, j: int) -> bool:
    """"được (UBND tỉnh) xét tặng": a passive PROPOSE verb of decided_after_passive tells a decision made — not where
    a council deliberates ("Hội đồng thống nhất Sở Y tế được xét tặng Cờ thi đua của Chính phủ" under "… họp xét
    khen thưởng": function.yml deliberation_words in the statement or the title; a review's probe)."""
    chunks = env.chunks
    if chunks[j].text.lower() not in vocab.words("function", "decided_after_passive"):
        return False
    k = j - 1 if j and chunks[j - 1].label == "GRT" else j
    if not (k > 0 and chunks[k - 1].label == "T" and chunks[k - 1].text.lower() == vocab.word("function", "passive")):
        return False
    said = f"{env.stmt.text} {env.doc.title}".lower()
    return not any(w in said for w in vocab.words("function", "deliberation_words"))


def _may_propose(stmt: Statement) -> bool:
    """The statement may hold a PROPOSE chunk: only a PROPOSE phrase of the vocabulary makes one, and not
    without its first word. A title with no fact word is chunked for this question alone (a sixth of the
    statements chunked outside the hinted ones), and most hold no such word."""
    low = tone(stmt.text).lower()
    return any(w in low for w in _propose_firsts())


@lru_cache(maxsize=1)
def _propose_firsts() -> frozenset[str]:
    """The first token of every PROPOSE phrase, toned and in lower case as the matcher compares it."""
    return frozenset(tokenize(tone(p))[0].low for p in vocab.load("verbs")["PROPOSE"] if tokenize(tone(p)))


# ------------------------------------------------------------------ facts

def membership(rule: str, env: Env, cluster: str | None, unit: dict, year: int | None, role: str) -> dict:
    return {"kind": "membership", "cluster": cluster, "unit": unit["name"], "year": year, "role": role,
            "rule": rule, "_stmt": env.stmt, "_person": unit.get("person", False)}


def ranking(rule: str, env: Env, cluster: str | None, unit: dict, year: int | None, rank: int) -> dict:
    return {"kind": "ranking", "cluster": cluster, "unit": unit["name"], "year": year, "rank": rank,
            "rule": rule, "_stmt": env.stmt, "_person": unit.get("person", False)}


def award(rule: str, env: Env, recipient: dict, awd: Chunk, grantor: str | None, year: int | None,
          status: str) -> dict:
    written = grantor or awd.attrs.get("grantor")
    return {"kind": "award", "recipient": recipient["name"], "award": awd.attrs["name"],
            "award_kind": awd.attrs.get("kind"), "grantor": vocab.canonical_grantor(written),
            "grantor_text": written, "year": year, "status": status, "rule": rule, "_stmt": env.stmt,
            "_person": recipient.get("person", False), "_awd": awd.start}


# ------------------------------------------------------------------ years of facts

def role_year(env: Env, m, k: int, ranked: bool = False, handed: bool = False) -> int | None:
    """The year a role or composition belongs to: the year the statement gives right after it, else the
    year it opens with or names nearest, else — for an election or a hand-over at a year's review — the next year
    (`handed`: a hand-over its verb does not say, "trao cờ Cụm trưởng … cho X"), else the article's year — none under a
    cluster's header line in a document that is no review (headed.undated). A rank is the reviewed year's even when a
    vote "bầu" it ("các đơn vị nhất trí bầu X là đơn vị dẫn đầu"): no election moves it on."""
    if env.chunks[k].label == "YEAR":
        return env.chunks[k].attrs["year"]
    if span_after(env, k):
        return None
    y = year_after(env, k)
    if y:
        return y
    for j in range(k + 1, len(env.chunks) if env.chunks[k].label == "ROLE" else 0):
        # "A là Trưởng khối, B là Phó Khối năm 2021": one year for both
        if env.chunks[j].label in ("DOT", "SEMI"):
            break
        if env.chunks[j].label == "ROLE":
            y = year_after(env, j)
            if y:
                return y
    before = [c.attrs["year"] for c in env.chunks[sentence_start(env, m.first):m.first]
              if c.label == "YEAR" and not c.attrs.get("bare")]
    if before:
        return before[-1]
    after = [c.attrs["year"] for c in env.chunks[m.last + 1:] if c.label == "YEAR" and not c.attrs.get("bare")]
    y = None if ranked or after else years_of_election_before(env, m)
    if y:
        return y
    if not ranked and (handed or elected(env, m)):
        if after:
            return after[0]
        base = env.doc.review_year
        return base + 1 if base and env.doc.review_kind == "review" else base
    return None if undated(env.doc, env.stmt, env.chunks) else env.doc.review_year or (after[0] if after else None)


def award_year(env: Env, k: int, status: str) -> int | None:
    """An award's year: its own ("Cờ thi đua năm 2020"), none for a span or a recalled award, the year its
    clause or header names, the year of what it was for ("vì … năm 2020"), else the review's year for a
    proposal and the statement's date (or the article's) for a conferral."""
    if span_after(env, k):
        return None
    y = year_after(env, k, reach=2)
    if y:
        return y
    if years.recalled(env.stmt.text):
        return None
    y = year_before(env, k) or frame_year(env, k)
    if y:
        return y
    h = env.stmt.header
    if h is not None:
        ys = [c.attrs["year"] for c in h.chunks if c.label == "YEAR" and not c.attrs.get("bare")]
        if ys:
            return ys[-1]
    after = env.chunks[k].end
    y = years.achievement_after(env.stmt.text[after:after + 160])
    if y:
        return y
    doc = env.doc
    dated = statement_date(env)
    if status == "proposed":
        return doc.review_year or dated or doc.achievement_year
    if doc.review_kind == "review" and not dated:
        return doc.achievement_year or doc.review_year  # handed out at the review of year Y: for year Y
    return doc.achievement_year or dated or doc.first_date or doc.review_year


def sentence_start(env: Env, k: int) -> int:
    """Index of the first chunk of the sentence chunk k stands in, when the segmenter left two in one statement
    ("… tăng so với năm 2012… Kết quả, tỉnh Long An xếp hạng Nhất"): after the last full stop or ellipsis before
    it that is no part of a number or date ("20.3") and that a capital opens the next sentence after: an ellipsis
    inside a sentence ("với các phong trào như: “…”… các đơn vị …", review 2026-12-07 yd-19) ends none."""
    ch = env.chunks
    for j in range(k - 1, 0, -1):
        if (ch[j].label == "DOT" and not (ch[j - 1].label == "NUM" and j + 1 < len(ch) and ch[j + 1].label == "NUM")
                and j + 1 < len(ch) and ch[j + 1].text[:1].isupper()):
            return j + 1
    return 0


def clause_start(env: Env, k: int) -> int:
    """Index of the first chunk of the clause chunk k stands in (after the last ';' or sentence end)."""
    for j in range(k - 1, -1, -1):
        if env.chunks[j].label in ("SEMI", "DOT"):
            return j + 1
    return 0


def phrases_in(text: str, phrases: frozenset[str]) -> list[str]:
    """The phrases of `phrases` a text is made of, a two-word phrase before its first word ("vinh dự", "theo đó"), or
    its words."""
    out, rest = [], text.split()
    while rest:
        take = 2 if len(rest) > 1 and " ".join(rest[:2]) in phrases else 1
        out.append(" ".join(rest[:take]))
        rest = rest[take:]
    return out
