"""Awards whose recipients stand in a neighbouring statement.

Reports often split one award over two sentences. The winners come first and the prize after
("01 giải Nhất (BHXH tỉnh Gia Lai); 03 giải Nhì (…)." – "Phần thưởng gồm Bằng khen của Tổng Giám đốc …"),
or the award is announced for a counted group that the next sentence lists ("… công nhận 3 đơn vị xuất
sắc … để đề nghị tặng Cờ thi đua của Chính phủ." – "3 đơn vị tiêu biểu …, gồm: A – …; B – …"). An award
from which no fact came in its own statement takes the recipients of the neighbour it points to, and only
when the text points: an anaphor ("Phần thưởng", "các đơn vị trên") looks back, a count looks forward.
Evidence is the two statements together.

A header that names an award and ends in a colon ("1. Chiến sĩ thi đua toàn quốc: 01 cá nhân") announces the
person on the line under it ("Ông A, Hiệu trưởng, Trường B."), who takes the award (`_headed`).

A list of recipients that a statement opens ("… tặng Cờ thi đua gồm: A, B.") also goes on in the paragraphs
after it that hold nothing but names ("C, D, E." – "F; G."): those take the same award (`continued`).

A count said again points back to the award it was first said with (`recounted`): the title gives an award to
"11 tập thể, 3 cá nhân" and the body lists them ("Theo đó, có 11 tập thể được đề nghị phong tặng gồm: A; B; …"), or
one sentence gives it "cho 28 tập thể" and another names one of them ("Trường X … vinh dự là một trong 28 tập thể
được vinh danh."). The same number and the same noun, in a statement with no award word of its own, are the
pointer; the group is named either by the list after "gồm"/":" or by the subject of "là một trong".
"""
from __future__ import annotations

import re

from . import vocab
from .document import Doc
from .rules.common import Env, award, award_year, phrases_in, proposed, units
from .rules.counted import described_items, persons_only
from .rules.givers import grantor_before
from .segment import Statement, opens_list

_LIST_INTRO = ("COMPOSE", "COLON")
_WHO_WORDS = frozenset({"GEN", "W", "T", "COMMA", "COLON"})
_BETWEEN_PERSONS = frozenset({"COMMA", "SEMI", "AND", "DASH", "POS", "ORG", "GRT", "NAME", "NUM"})
_POST_OPENERS = frozenset({"DASH", "NAME", "POS", "COMMA"})
_WORKPLACE = frozenset({"ORG", "NAME", "GRT", "NUM", "W"})
NAMES = ("ORG", "PER", "LIST", "GRT")
_LIST_ONLY = frozenset(NAMES) | {"NAME", "SELF", "COMMA", "SEMI", "AND", "DOT", "NL", "DASH", "LP", "RP", "W", "GEN",
                                  "AT", "NUM", "POS", "SLASH"}


def unread_awards(doc: Doc, facts: list[dict]):
    """(statements, i, statement, k, award chunk) for every award of a hinted body statement that no fact reads yet:
    what the passes that give an award to names of another statement (link here, pointback.linked) start from."""
    used = {(id(f["_stmt"]), f.get("_awd")) for f in facts if f["kind"] == "award"}
    stmts = [s for s in doc.statements if s.start is not None]
    for i, s in enumerate(stmts):
        if not s.hinted:
            continue  # no award named: nothing to link
        for k, c in enumerate(s.chunks):
            if c.label == "AWD" and (id(s), c.start) not in used:
                yield stmts, i, s, k, c


def link(doc: Doc, facts: list[dict]) -> list[dict]:
    out: list[dict] = []
    for stmts, i, s, k, c in unread_awards(doc, facts):
        found = None
        ana = next((j for j, x in enumerate(s.chunks[:k]) if x.label == "ANA"), None)
        if ana is not None:
            same = _backward(Statement(s.text, s.start, chunks=s.chunks[:ana]))
            if same:
                found = same, s, s  # "Giải Nhất (Sở Tư pháp); giải Nhì (Sở Y tế). Các đơn vị trên được tặng …"
            elif i > 0:
                found = _backward(stmts[i - 1]), stmts[i - 1], s
        if not (found and found[0]) and i + 1 < len(stmts) and (_counted(s.chunks, k) or _counted_plainly(s.chunks, k)):
            found = _forward(stmts[i + 1], _numbers(s.chunks)), s, stmts[i + 1]
        if not (found and found[0]) and i + 1 < len(stmts) and opens_list(s.text) and _last_award(s.chunks, k):
            run = _headed_run(doc, stmts, i + 1, _numbers(s.chunks))
            found = [u for names, _ in run for u in names], s, (run[-1][1] if run else s)
        if not found or not found[0]:
            continue
        names, a, b = found
        env = Env(doc, s, s.chunks)
        status = "proposed" if proposed(env, k) else "conferred"
        grantor = c.attrs.get("grantor") or grantor_before(env, k)
        year = award_year(env, k, status)
        joined = Statement(doc.body[a.start:b.end], a.start, chunks=s.chunks)
        for it in names:
            f = award("coref.neighbour", Env(doc, joined, s.chunks), it, c, grantor, year, status)
            out.append(f)
    return out


def _counted(chunks: list, k: int) -> bool:
    """The award at k goes to a group the next statement may list: a counted one ("3 đơn vị … được tặng Cờ …",
    "tặng Bằng khen cho 20 tập thể, 20 cá nhân …") or a generic one ("trao danh hiệu Anh hùng Lao động cho
    các tập thể, cá nhân." – "Các tập thể được trao danh hiệu gồm: …")."""
    if any(x.label == "COUNT" for x in chunks[:k]):
        return True
    after = chunks[k + 1:k + 4]
    return any(x.label == "FOR" for x in after) and any(x.label in ("COUNT", "GEN") for x in chunks[k + 1:k + 5])


def _counted_plainly(chunks: list, k: int) -> bool:
    """A group counted before the award by a number and a noun no count list holds ("80 thầy, cô giáo tiêu biểu
    nhận Bằng khen …", "… có một gương mặt xuất sắc nhận giải thưởng này"): the next statement may name it ("Đó là
    …": dev thanh-hoa-co-3-nha-giao…, thanh-hoa-co-1-guong…). Not for a count said again (recounted): no noun to match."""
    counts = vocab.count_words()
    return any(x.label == "NUM" and nxt.label == "W" or x.label == "W" and x.text.lower().partition(" ")[0] in counts
               for x, nxt in zip(chunks[:k], chunks[1:k + 1]))


def _backward(prev: Statement) -> list[dict]:
    """Winners the previous statement lists: in brackets after a prize or a count, else after "gồm:"."""
    out: list[dict] = []
    chunks = prev.chunks
    for k, c in enumerate(chunks):
        if c.label in ("LIST", "ORG") and k > 1 and chunks[k - 1].label == "LP" and chunks[k - 2].label in ("PRIZE", "COUNT"):
            out += units(c)
    if not out:
        for k, c in enumerate(chunks):
            if c.label in ("LIST", "ORG") and k and chunks[k - 1].label in _LIST_INTRO:
                out += units(c)
    return out


def _numbers(chunks: list) -> frozenset[int]:
    return frozenset(c.attrs["n"] for c in chunks if c.label == "COUNT" and c.attrs.get("n"))


def _forward(nxt: Statement, numbers: frozenset[int] = frozenset()) -> list[dict]:
    """The counted group the award names, listed by the next statement ("3 đơn vị …, gồm: A; B; C"; after function
    words that lead in: "Theo đó, có 39 tập thể … gồm: A; B", a page of a probe audit, as in dev articles). A group
    counted otherwise that names its own award is another group: "305 cá nhân … nhận Bằng khen" – "4 VĐV … được đề
    nghị trao tặng Huân chương …, gồm: A, B" (dev 4-vdv-viet-nam…, bac-ninh-co-30-nghe-nhan…)."""
    chunks = nxt.chunks
    if not chunks:
        return []
    lead_in = 0
    while lead_in < len(chunks) - 1 and chunks[lead_in].label in ("T", "COMMA"):
        lead_in += 1
    if lead_in and not _leads_in(" ".join(c.text.lower() for c in chunks[:lead_in] if c.label == "T")):
        lead_in = 0  # "Tuy nhiên, …", "Ngoài ra, …": another group, not the one the award was given to
    own_award = lead_in and any(c.label == "AWD" for c in chunks)  # its own facts then (award.listed)
    negated = any(c.label == "NEG" for c in chunks)  # "3 tập thể chưa được xét, gồm: …"
    if chunks[lead_in].label == "COUNT" and numbers and chunks[lead_in].attrs.get("n") not in numbers \
            and any(c.label == "AWD" for c in chunks):
        return []  # a part of the group ("cho 10 tập thể." – "Trong đó, 4 tập thể gồm: …") takes the award given to it
    if chunks[lead_in].label in ("COUNT", "GEN") and not own_award and not negated:
        for k, c in enumerate(chunks):
            if c.label in ("LIST", "ORG") and k and chunks[k - 1].label in _LIST_INTRO:
                return [u for x in enumeration(chunks, k, True, chunks[lead_in].attrs.get("n")) for u in units(x)]
    lead = next((k for k, c in enumerate(chunks[:3]) if c.label == "BE"), None)
    if lead is not None and all(c.label in ("T", "W") for c in chunks[:lead]) and lead + 1 < len(chunks):
        j = lead + 1
        while j < min(len(chunks) - 1, lead + 6) and chunks[j].label in _WHO_WORDS:
            j += 1  # "Đó là các đồng chí …", "Đó là các thầy, cô giáo: …": who they are, then their names
        names = units(chunks[j])  # "Đó là ông A, …; bà B, …"
        if names and all(it["person"] for it in names):
            # persons with posts after dashes: the list layer may cut it at each post; the persons go on while
            # nothing but separators and posts stand between them ("… khi cứu cháu B", "…, con gái của ông B": no)
            for at in range(j + 1, len(chunks)):
                c, prev = chunks[at], chunks[at - 1]
                nxt = chunks[at + 1].label if at + 1 < len(chunks) else None
                if c.label in ("LIST", "PER"):
                    names += [it for it in units(c) if it["person"]]
                elif c.label not in _BETWEEN_PERSONS and not (c.label == "W" and prev.label in _POST_OPENERS
                                                              and nxt in _WORKPLACE):
                    break  # a plain word only as a post before a workplace ("– Phó quản đốc Phân xưởng …")
        return names
    return []


def _leads_in(text: str) -> bool:
    """The words are lead-ins of a list (function.yml list_lead_ins: "theo đó", "có"), each of them."""
    leads = vocab.words("function", "list_lead_ins")
    return all(w in leads for w in phrases_in(text, leads))


def _last_award(chunks: list, k: int) -> bool:
    return not any(c.label == "AWD" for c in chunks[k + 1:])


def _headed(nxt: Statement) -> list[dict]:
    """The person a header's award announces on the line under it ("1. Chiến sĩ thi đua toàn quốc: 01 cá
    nhân" – "Ông A, Hiệu trưởng, Trường B."; "… xét tặng danh hiệu “Nghệ sĩ nhân dân” … như sau:" – "NSƯT C -
    Biên đạo múa, Trưởng đoàn …"): a line that opens with a person, then a comma or dash and a post, and holds
    nothing but names. The workplaces after the post are no recipients; a name alone is a sign-off."""
    chunks = nxt.chunks
    if len(chunks) < 3 or chunks[0].label not in ("PER", "LIST") or chunks[1].label not in ("COMMA", "DASH") \
            or not list_only(nxt):
        return []
    names = units(chunks[0])
    if not names or not all(u["person"] for u in names):
        return []  # "Cô A và cô B, giáo viên …": persons only
    post = any(c.label == "POS" for c in chunks[2:]) or (len(chunks) > 3 and chunks[2].label == "W" and chunks[3].label == "ORG")
    return names if post else []  # a post, or a plain word before a workplace ("giáo viên Trường THPT X")


def _headed_run(doc: Doc, stmts: list, j: int, numbers: frozenset[int]) -> list[tuple[list[dict], Statement]]:
    """The persons a header's award announces one a line under it (_headed), line after line while each is such a
    line of its own paragraph, up to the header's count when it gives one ("15 cá nhân được đề nghị xét tặng danh
    hiệu Nhà giáo Ưu tú bao gồm:" / "Cô A và cô B, giáo viên Trường X." / "Thầy C, giáo viên Trường Y.": tuoitrethudo.vn;
    the lines' shape as in dev danh-sach-17-tap-the-ca-nhan…). The first line not so ends the list."""
    out: list = []
    for t in stmts[j:]:
        names = _headed(t) if not out or doc.body[t.start - 1:t.start] == "\n" else []
        if not names:
            break
        out.append((names, t))
        if numbers and sum(len(n) for n, _ in out) >= max(numbers):
            break
    return out


def enumeration(chunks: list, k: int, described: bool = False, count: int | None = None) -> list:
    """The names of an enumeration that opens at k and runs to the statement's end: the list layer may
    cut it in several ("20 tập thể: A, B - C, D, …" breaks at a dash inside a name). `described`: items may
    carry a description up to the ";" that opens the next (rules/counted.described_items), as many as the
    count says when it says one (the review's ds-15)."""
    out = [chunks[k]]
    j = k + 1
    while j < len(chunks) and (chunks[j].label in ("LIST", "ORG", "PER") or chunks[j].label in _LIST_ONLY):
        if chunks[j].label in ("LIST", "ORG", "PER"):
            out.append(chunks[j])
        j += 1
    if not described:
        return out
    for c in described_items(chunks, j, persons_only(chunks[k])):
        if count and sum(len(units(x)) for x in out) >= count:
            break
        out.append(c)
    return out


def continued(doc: Doc, facts: list[dict]) -> list[dict]:
    """The recipients of a list that the paragraphs after its statement go on with (see the docstring)."""
    stmts = [s for s in doc.statements if s.start is not None]
    index = {id(s): i for i, s in enumerate(stmts)}
    out: list[dict] = []
    done: set[tuple] = set()
    for f in facts:
        s = f["_stmt"]
        if f["kind"] != "award" or id(s) not in index or (id(s), f.get("_awd")) in done or not _ends_in_list(s):
            continue
        done.add((id(s), f.get("_awd")))
        awd = next((c for c in s.chunks if c.label == "AWD" and c.start == f.get("_awd")), None)
        if awd is None:
            continue
        for t in stmts[index[id(s)] + 1:]:
            if in_caption(doc.body, t):
                continue  # an image's caption between the paragraphs
            if not list_only(t):
                break
            joined = Statement(doc.body[s.start:t.end], s.start, chunks=s.chunks)
            env = Env(doc, joined, s.chunks)
            for c in t.chunks:
                if c.label in NAMES:
                    out += [award("coref.list_goes_on", env, it, awd, f["grantor"], f["year"], f["status"]) for it in units(c)]
    return out


def _ends_in_list(s: Statement) -> bool:
    """The statement ends with a list its award opened ("gồm: A, B." / ": A; B")."""
    chunks = [c for c in s.chunks if c.label not in ("DOT", "NL")]
    return len(chunks) >= 3 and chunks[-1].label in NAMES and any(c.label in _LIST_INTRO for c in chunks[-4:-1])


def list_only(t: Statement) -> bool:
    """Nothing but names and what stands inside them: no verb, no function word, and a plain word only
    between names, never closing the statement ("Sở Nội vụ tổ chức hội nghị." says more)."""
    chunks = [c for c in t.chunks if c.label not in ("DOT", "NL")]
    return bool(chunks) and chunks[0].label in NAMES + ("NAME", "DASH", "NUM") and chunks[-1].label not in ("W", "GEN") \
        and all(c.label in _LIST_ONLY for c in chunks) and any(c.label in NAMES for c in chunks)


def in_caption(body: str, t: Statement) -> bool:
    """The statement stands in an image caption: a paragraph that ends "(Ảnh …)" or "Ảnh: …"."""
    start = body.rfind("\n", 0, t.start) + 1
    end = body.find("\n", t.start)
    para = body[start:end if end >= 0 else len(body)].strip().lower()
    marks = vocab.words("function", "caption_marks")
    tail = para[para.rfind("(") + 1:].rstrip(" .)") if para.endswith(")") else ""
    return any(tail.startswith(m) for m in marks) or any(f"{m}:" in para[-80:] for m in marks)


_REACH = 4  # statements after a body sentence that a count said again may stand (the title reaches the whole body)
_BEFORE_COUNT = frozenset({"T", "W", "COMMA"})
_TO_INTRO = frozenset({"T", "W", "COMMA", "GEN", "PROPOSE", "GIVE", "GET", "VOTE", "YEAR"})


def recounted(doc: Doc, facts: list[dict]) -> list[dict]:
    """The members of a counted group an award was given to, named by a later statement that says the count
    again (see the docstring). The award's statement holds one award only and gave no fact of its own; a
    later statement is chunked only if its text holds the count's number."""
    stmts = doc.statements
    out: list[dict] = []
    used = None
    for i, a in enumerate(stmts):
        if not a.hinted:
            continue
        labels = [c.label for c in a.chunks]
        if "COUNT" not in labels or labels.count("AWD") != 1:
            continue
        k = labels.index("AWD")
        if used is None:
            used = {(id(f["_stmt"]), f.get("_awd")) for f in facts if f["kind"] == "award"}
        if (id(a), a.chunks[k].start) in used or not _counted(a.chunks, k):
            continue
        counts = {(c.attrs.get("n"), c.attrs.get("noun", "").lower()) for c in a.chunks if c.label == "COUNT"}
        numbers = _numbers(a.chunks)
        # a count in words is said again in words: "Năm tập thể nhận giải thưởng …" – "Năm tập thể vinh dự nhận …"
        worded = tuple(c.text.lower() for c in a.chunks if c.label == "COUNT" and not c.text[:1].isdigit())
        last = len(stmts) if a.start is None else min(len(stmts), i + 1 + _REACH)
        for b in stmts[i + 1:last]:
            if b.start is None or not (_says(b.text, numbers) or any(w in b.text.lower() for w in worded)):
                continue
            names = _recount(b.chunks, counts)
            if names:
                out += _give(doc, a, k, b, names)
                break
    return out


_NUMBER = re.compile(r"(?<![\w])0*([0-9]+)(?![\w])")  # a number standing alone, its leading zeros apart
_ANY_END = re.compile(r"(?<![\w])0*(?![\w])")  # what a pattern of no number matched: see _says


def _says(text: str, numbers: frozenset[int]) -> bool:
    """The text holds one of the numbers standing alone ("11", "011"). One pattern read for every number,
    not one compiled for each count (a compile cost more than the search). Counts of no number (a "0")
    once made the pattern an empty alternation, which _ANY_END matches as it did."""
    if not numbers:
        return _ANY_END.search(text) is not None
    return any(int(m.group(1)) in numbers for m in _NUMBER.finditer(text))


def _recount(chunks: list, counts: set) -> list[dict]:
    """The names a statement gives to a count it says again: a statement that opens with the count and lists
    after "gồm"/":" ("Theo đó, có 11 tập thể được đề nghị phong tặng gồm: A; B"), or a subject that "là một
    trong" the count ("Trường X - Y thuộc Sở Z vinh dự là một trong 28 tập thể được vinh danh")."""
    if any(c.label == "AWD" for c in chunks):
        return []  # its own award: the statement's own rules read it
    at = next((k for k, c in enumerate(chunks) if c.label == "COUNT"), None)
    if at is None or (chunks[at].attrs.get("n"), chunks[at].attrs.get("noun", "").lower()) not in counts:
        return []
    if all(c.label in _BEFORE_COUNT for c in chunks[:at]):
        for k in range(at + 1, len(chunks)):
            c = chunks[k]
            if c.label in ("LIST", "ORG", "PER") and chunks[k - 1].label in _LIST_INTRO:
                return [u for x in enumeration(chunks, k, True, chunks[at].attrs.get("n")) for u in units(x)]
            if c.label not in _TO_INTRO and c.label not in _LIST_INTRO:
                return []
        return []
    if at >= 2 and chunks[0].label == "ORG" and \
            " ".join(c.text.lower() for c in chunks[at - 2:at]) == vocab.word("function", "one_of") and \
            any(c.label == "BE" for c in chunks[:at - 2]) and \
            all(c.label not in ("PER", "LIST", "COUNT", "GET", "GIVE", "PROPOSE") for c in chunks[1:at]):
        return units(chunks[0])
    return []


def _give(doc: Doc, a: Statement, k: int, b: Statement, names: list[dict]) -> list[dict]:
    """The award at chunk k of statement a, given to names that statement b gives: evidence from a to b (b
    alone when a is the title, which stands outside the body)."""
    env = Env(doc, a, a.chunks)
    c = a.chunks[k]
    status = "proposed" if proposed(env, k) else "conferred"
    grantor = c.attrs.get("grantor") or grantor_before(env, k)
    year = award_year(env, k, status)
    start = b.start if a.start is None else a.start
    joined = Statement(doc.body[start:b.end], start, chunks=a.chunks)
    return [award("coref.recounted", Env(doc, joined, a.chunks), it, c, grantor, year, status) for it in names]

