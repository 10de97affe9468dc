"""Awards of the unit an article is about, when the clause that receives them names it by no name.

Reports on one unit's ceremony recall its earlier awards in sentences that name it by a generic word or not
at all: "Đơn vị liên tục hoàn thành xuất sắc nhiệm vụ …, trong đó vinh dự được Chủ tịch nước phong tặng
Huân chương … và Bộ Y tế tặng Bằng khen." (after "Bệnh viện X được xem là …"), "Tập thể nhà trường liên tục
…, được Chủ tịch UBND tỉnh … tặng Bằng khen; tặng kỷ niệm chương …; Thủ tướng Chính phủ tặng Bằng khen và
tặng Cờ thi đua.", "Năm học 2007-2008, trường vinh dự được nhà nước tặng …", "X … được Thủ tướng tặng Bằng
khen; …; 2 năm liền được Chủ tịch UBND thành phố tặng cờ thi đua …". The rules read none of these awards:
their receiver is a reference, or the subject of a clause before the ";".

Two pointers, and nothing else, link such an award to a unit:
- a reference word at the opening of the clause (`own_references` in function.yml: "đơn vị", "nhà trường",
  "trường" …) that receives ("được", a GET verb) before the award. It stands for the unit the title is about
  (one unit before an award or ceremony verb), or the subject of the sentence before; a word with a head
  ("trường") only for a unit whose name opens with it, or else the article's one unit of that head. When the
  candidates disagree, nobody is linked.
- a clause with no subject of its own ("; tặng …", "; 2 năm liền được … tặng …", "… và Bộ Y tế tặng …")
  after a clause whose subject received: that subject receives this award too.
Another receiver between the pointer and the award (a person, a list, a count, "cho …", a new subject)
breaks the link. The recipient of a previous sentence is never taken without a word that points to it.
Evidence is the statement itself (the previous one too when it gave the unit).
"""
from __future__ import annotations

from . import vocab
from .document import Doc
from .normalize import key
from .rules.common import Env, award, award_year, proposed
from .rules.givers import grantor_before
from .segment import Statement

_RECEIVING_RULES = frozenset({"award.unit_receives", "award.passive_agent", "award.event_subject", "ownref.reference",
                              "ownref.carried"})
_NAMES = frozenset({"ORG", "LIST", "PER", "NAME", "SELF", "GRT"})
# another receiver, or a qualifier that makes the reference a kind of unit ("Đơn vị đạt giải Nhất được tặng …")
_OTHER_RECEIVER = frozenset({"PER", "LIST", "COUNT", "FOR", "DIST", "ANA", "COLON", "DOT", "NL", "CLU", "SELF", "PRIZE",
                             "RANK", "LEAD"})
_GRANTOR_GROUP = frozenset({"GRT", "ORG", "POS", "COMMA", "AND", "NAME"})
_TIME = frozenset({"NUM", "YEAR", "SPAN", "DATE"})
_ADVERBIAL_STOP = frozenset({"ORG", "LIST", "PER", "NAME", "SELF", "GRT", "COUNT", "AWD", "SEMI"})


def own(doc: Doc, facts: list[dict]) -> list[dict]:
    """Facts for the awards of statements whose receiver is the article's unit by reference or by a clause
    with no subject (see the docstring). Statements whose every award already gave a fact are skipped."""
    got: dict[tuple, list[dict]] = {}
    for f in facts:
        if f["kind"] == "award":
            got.setdefault((id(f["_stmt"]), f.get("_awd")), []).append(f)
    out: list[dict] = []
    prev: Statement | None = None
    named = _Named(doc)
    for s in doc.statements:
        if s.start is None:
            continue
        if s.hinted and any(c.label == "AWD" and (id(s), c.start) not in got for c in s.chunks):
            out += _statement(doc, s, prev, got, named)
        prev = s
    return out


def _statement(doc: Doc, s: Statement, prev: Statement | None, got: dict, named: "_Named") -> list[dict]:
    ch = s.chunks
    out: list[dict] = []
    receiver: list[dict] | None = None
    anchor = 0
    evidence_from = s
    lo = 0
    while lo < len(ch):
        hi = next((j for j in range(lo, len(ch)) if ch[j].label == "SEMI"), len(ch))
        ref = _reference(ch, lo, hi)
        if ref is not None:
            head, at, end = ref
            unit, evidence_from = _referent(doc, s, prev, head, ch[at], named)
            receiver = [unit] if unit else None
            anchor = end
        elif receiver is not None and _no_subject(ch, lo, hi):
            anchor = lo
        else:
            receiver, anchor = None, lo
        for k in range(lo, hi):
            c = ch[k]
            if c.label != "AWD":
                continue
            mine = got.get((id(s), c.start))
            if mine:
                rs = [f for f in mine if f.get("rule") in _RECEIVING_RULES]
                receiver = [{"name": f["recipient"], "person": f["_person"]} for f in rs] or None
                anchor = k + 1
                continue
            if receiver is None or _breaks(ch, anchor, k):
                receiver = None
                continue
            if _not_its_own(ch, k):
                continue
            rule = "ownref.reference" if ref is not None and anchor == ref[2] else "ownref.carried"
            out += _give(doc, s, evidence_from, k, receiver, anchor, rule)
            anchor = k + 1
        lo = hi + 1
    return out


def _reference(ch: list, lo: int, hi: int) -> tuple[str, int, int] | None:
    """A reference word at the opening of the clause (its first chunk, or the first after an opening adverbial
    that ends in a comma and names nobody): (head, first chunk, chunk after it). Not followed by a name
    ("Tập thể Viện Địa lý": a name), and followed by a receiving verb."""
    starts = [lo]
    comma = next((j for j in range(lo, hi) if ch[j].label == "COMMA"), None)
    if comma is not None and not any(c.label in _ADVERBIAL_STOP for c in ch[lo:comma]):
        starts.append(comma + 1)
    for at in starts:
        found = _reference_at(ch, at, hi)
        if found is None:
            continue
        head, _, end, whole = found
        if whole and end < hi and ch[end].label in _NAMES:
            return None  # "Tập thể Viện Địa lý": a name follows, the rules read it
        if any(_receives(c) for c in ch[end:hi]):
            return head, at, end
    return None


def _reference_at(ch: list, at: int, hi: int) -> tuple[str, int, int, bool] | None:
    """The reference word that chunk `at` opens: a resolved SELF chunk, or a phrase of `own_references` that
    starts there in plain chunks (one chunk may hold it with the words after: "nhà trường liên tục"), with
    whether it ends where its last chunk does."""
    if at >= hi:
        return None
    if ch[at].label == "SELF" and ch[at].attrs.get("unit"):
        return ch[at].attrs.get("head") or "", at, at + 1, True
    text = ""
    for end in range(at, min(hi, at + 3)):
        c = ch[end]
        if end == at and c.label == "ORG" and c.text.lower() in _references():
            return _references()[c.text.lower()], at, at + 1, True  # a bare head, "Trường cũng đã vinh dự được …"
        if c.label not in ("GEN", "W", "T"):
            return None
        text = (text + " " + c.text.lower()) if text else c.text.lower()
        for phrase, head in _references().items():
            if text == phrase or (text.startswith(phrase + " ") and len(phrase) > len(text) - len(c.text) - 1):
                return head, at, end + 1, text == phrase
    return None


def _receives(c) -> bool:
    return c.label == "GET" or (c.label == "T" and c.text.lower() == vocab.word("function", "passive"))


def _no_subject(ch: list, lo: int, hi: int) -> bool:
    """The clause opens with its verb: "tặng …", "2 năm liền được …", "Thủ tướng Chính phủ tặng …" (the
    giver before the verb), or with an award that goes on a list ("; Bằng khen của Bộ GD&ĐT")."""
    openers = vocab.words("function", "own_openers")
    for j in range(lo, hi):
        c = ch[j]
        if c.label in ("GIVE", "AWD") or _receives(c):
            return True
        if c.label in _TIME or (c.label in ("W", "T", "GEN") and c.text.lower() in openers):
            continue
        if c.label in ("GRT", "ORG", "POS"):
            return _giver(ch, j, hi)
        return False
    return False


def _giver(ch: list, j: int, hi: int) -> bool:
    """Chunk j opens a group of givers that a giving verb follows ("Thủ tướng Chính phủ tặng", "Chủ tịch
    UBND tỉnh, Bộ trưởng Bộ GD&ĐT tặng")."""
    for c in ch[j:hi]:
        if c.label == "GIVE":
            return True
        if c.label not in _GRANTOR_GROUP:
            return False
    return False


def _breaks(ch: list, anchor: int, k: int) -> bool:
    """Another receiver stands between the pointer and the award at k: a person, a list, a count, "cho", a
    rank or prize, a word that makes the reference any unit or the award one to come ("Đơn vị nào …", "sẽ
    được"), or a segment (after a comma, "và" or ";") that opens with a name that is not a giver."""
    openers = vocab.words("function", "own_openers")
    seg_open = False  # the first segment is the reference's own predicate: its objects are no subjects
    generic = vocab.words("function", "own_generic")
    for j in range(anchor, k):
        c = ch[j]
        if c.label in _OTHER_RECEIVER or (c.label in ("W", "T") and c.text.lower() in generic):
            return True
        if c.label in ("COMMA", "AND", "SEMI"):
            seg_open = True
            continue
        if not seg_open:
            continue
        seg_open = False
        if c.label in ("GIVE", "AWD") or _receives(c) or c.label in _TIME:
            continue
        if c.label in ("GRT", "ORG", "POS") and _giver(ch, j, k):
            continue
        if c.label in ("W", "T", "GEN") and c.text.lower() in openers:
            seg_open = True  # "trong đó vinh dự được": look at what follows
            continue
        return True
    return False


def _not_its_own(ch: list, k: int) -> bool:
    """The award at k is awards in general ("tặng thưởng nhiều huân chương cao quý") or goes to whom "cho"
    names after it ("Tỉnh hội đã được trao tặng 57 Bằng khen cho 24 tập thể và 33 cá nhân")."""
    if k and ch[k - 1].label == "GEN":
        return True
    for c in ch[k + 1:k + 4]:
        if c.label == "FOR":
            return True
        if c.label not in ("NUM", "YEAR", "T", "W", "OF", "GRT", "ORG"):
            return False
    return False


def _referent(doc: Doc, s: Statement, prev: Statement | None, head: str, c,
              named: "_Named") -> tuple[dict | None, Statement]:
    """The unit a reference stands for, and the first statement of the evidence."""
    if c.label == "SELF":
        return {"name": c.attrs["unit"], "person": False}, s
    cands = []
    title = subject(doc.statements[0]) if doc.statements and doc.statements[0].start is None else None
    if title and _headed(title, head):
        cands.append((title, s))
    before = subject(prev, title=False) if prev is not None else None
    if before and _headed(before, head):
        cands.append((before, prev))
    if not cands and head:
        of_head = named.before(s, head)
        if len(of_head) == 1:
            cands.append((next(iter(of_head.values())), s))
    if not cands or len({key(n) for n, _ in cands}) > 1:
        return None, s
    name, first = cands[-1]
    return {"name": name, "person": False}, first


def _headed(name: str, head: str) -> bool:
    return not head or name.lower().startswith(head.lower() + " ")


def subject(st: Statement, title: bool = True) -> str | None:
    """The unit a statement is about: its first name, at its opening (or after an opening adverbial that
    ends in a comma and names nobody), and the only name before the verb that follows. A title must hold a
    receiving or ceremony verb after it ("Trường X đón nhận Huân chương …", "Trường X: Kỷ niệm 25 năm … và
    đón nhận …")."""
    ch = st.chunks
    if not ch:
        return None
    starts = [0]
    comma = next((j for j, c in enumerate(ch) if c.label == "COMMA"), None)
    if comma is not None and not any(c.label in _ADVERBIAL_STOP for c in ch[:comma]):
        starts.append(comma + 1)
    for at in starts:
        if at < len(ch) and ch[at].label == "ORG":
            rest = ch[at + 1:]
            verb = next((j for j, c in enumerate(rest) if _receives(c) or c.label in ("BE", "GIVE", "AWD")), None)
            if verb is None or any(c.label in _NAMES | {"COUNT"} for c in rest[:verb] if c.label != "NAME"):
                return None
            if title and not any(_receives(c) for c in rest):
                return None
            return ch[at].name
    return None


class _Named:
    """The units the article names before a statement (title included), by key, for each head a reference asks
    for. Statements with no fact word are chunked here too, for the rare reference that needs them ("Trường X
    được thành lập năm 1984." – … "trường vinh dự được …"). own() asks statement by statement in order, so each
    statement's names are read once: a long article of references costs linear time, not quadratic."""

    def __init__(self, doc: Doc):
        self._stmts, self._next = doc.statements, 0
        self._names: list[str] = []
        self._heads: dict[str, dict[str, str]] = {}

    def before(self, s: Statement, head: str) -> dict[str, str]:
        """{key: name} of the units named before s whose names open with head (the last name of each key)."""
        while self._next < len(self._stmts) and self._stmts[self._next] is not s:
            new = [c.name for c in self._stmts[self._next].chunks if c.label == "ORG"]
            self._names += new
            for h, found in self._heads.items():
                found.update((key(n), n) for n in new if _headed(n, h))
            self._next += 1
        if head not in self._heads:
            self._heads[head] = {key(n): n for n in self._names if _headed(n, head)}
        return self._heads[head]


def _give(doc: Doc, s: Statement, first: Statement, k: int, receiver: list[dict], anchor: int, rule: str) -> list[dict]:
    """The award at chunk k to the receiver; its giver is the one that stands before its verb since the
    pointer (else the clause's), its evidence runs from the statement that gave the unit."""
    env = Env(doc, s, s.chunks)
    c = s.chunks[k]
    status = "proposed" if proposed(env, k) else "conferred"
    grantor = c.attrs.get("grantor") or _giver_before(s.chunks, anchor, k) or grantor_before(env, k)
    year = award_year(env, k, status)
    start = first.start if first.start is not None and first.start < s.start else s.start
    joined = Statement(doc.body[start:s.end], start, chunks=s.chunks)
    return [award(rule, Env(doc, joined, s.chunks), r, c, grantor, year, status) for r in receiver]


def _giver_before(ch: list, anchor: int, k: int) -> str | None:
    """"… và Bộ Y tế tặng Bằng khen", "… Huân chương …, Hội KH Việt Nam tặng Cờ thi đua": the one name, after
    "và", ";" or the comma after an award, right before the giving verb."""
    j = k - 1
    while j >= anchor and ch[j].label in ("T", "W"):
        j -= 1
    if j >= anchor + 2 and ch[j].label == "GIVE" and ch[j - 1].label in ("ORG", "GRT") and (
            ch[j - 2].label in ("AND", "SEMI") or ch[j - 2].label == "COMMA" and ch[j - 3].label == "AWD"):
        return ch[j - 1].name  # one giver of its own; of a group ("A, Bộ trưởng B tặng") the clause's
    return None


def _references() -> dict[str, str]:
    return {w.lower(): h or "" for w, h in (vocab.load("function").get("own_references") or {}).items()}
