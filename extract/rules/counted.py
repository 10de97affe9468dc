"""The members of a counted group of recipients that the list layer did not join into one LIST.

"trao bằng khen … cho 7 tập thể: Cục Hậu cần, …, Văn phòng Bộ Tư lệnh, Phòng Tổ chức, …", "trao danh hiệu … cho 7
tập thể, gồm: Binh chủng Đặc công (Bộ Quốc phòng), …; Cục Tổ chức cán bộ (Bộ Công an); Thanh tra Bộ Công an",
"10 tập thể được tặng bằng khen gồm: Phòng Cảnh sát PCCC và Phòng Cảnh sát CNCH Công an tỉnh Lâm Đồng, Công an
huyện …": a post, a lower-case word or a bracket inside one member's name breaks the run of names, so an award
rule sees only the first part as its recipient. The count says how many members there are: while fewer have
been read, the units that follow in the same clause are members too. Nothing inside brackets (a member's parent
body), no bare name ("công ty cổ phần Quang Trung": a name whose head the name layer lost) and nothing after a
person, a verb, another award or another count is taken, so a workplace or the next clause never is.
"""
from __future__ import annotations

from .. import vocab
from .common import Env, clause_start, index_of, units

_STOP = frozenset({"DOT", "NL", "PER", "GIVE", "GET", "PROPOSE", "VOTE", "BE", "AWD", "COUNT", "FOR", "COMPOSE",
                   "ELECT", "ROLE", "CLU", "LEAD", "BELONG", "AT", "BY"})
_GIVING = frozenset({"AWD", "GIVE", "GET", "PROPOSE", "VOTE"})
_CLAUSE = _GIVING | {"RANK", "RANKV", "ELECT", "HANDOVER", "NEG"}  # verbs a described item's clause never holds
_BETWEEN = frozenset({"COMPOSE", "COLON", "COMMA", "W", "T", "GEN", "NL", "DASH", "GET", "GIVE", "PROPOSE", "AWD",
                      "YEAR", "QUOTE", "OF", "GRT"})


def run_on(env: Env, who) -> list[dict]:
    """The further members of the counted group whose first member(s) chunk `who` names, or []."""
    if who is None or who.label not in ("ORG", "LIST"):
        return []
    k = index_of(env, who)
    count = _count_before(env, k)
    if count is None:
        return []
    have = units(who)
    if not have or any(u["person"] for u in have) or len(have) >= count:
        return []
    out: list[dict] = []
    depth = 0
    for c in env.chunks[k + 1:]:
        if c.label == "LP":
            depth += 1
        elif c.label == "RP":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif c.label in _STOP or (c.label == "T" and c.text.lower() == vocab.word("function", "passive")):
            break  # "…: Công ty X được Sở Y tặng …": the giver after "được" is no member
        elif c.label in ("ORG", "LIST"):
            out += [u for u in units(c, persons=False) if not u.get("bare")]
            if len(have) + len(out) >= count:
                break
    return out[:count - len(have)]


def _count_before(env: Env, k: int) -> int | None:
    """The number of the counted group right before the recipients ("cho 7 tập thể, gồm:", "10 tập thể được
    tặng bằng khen gồm:"), in the same clause, with no unit between."""
    for j in range(k - 1, clause_start(env, k) - 1, -1):
        c = env.chunks[j]
        if c.label == "COUNT":
            return c.attrs.get("n")
        if c.label not in _BETWEEN:
            return None
    return None


def and_counted(env: Env, who) -> list[dict]:
    """Recipients a second counted group adds after the first: "… cho tập thể Công an tỉnh X và hai cá nhân là
    A, B", "… cho 2 tập thể là A và B và 2 cá nhân là C, D". The count names the group, "là" / "gồm" opens
    its members."""
    if who is None:
        return []
    k = index_of(env, who) + 1
    ch = env.chunks
    if not (k + 2 < len(ch) and ch[k].label == "AND" and ch[k + 1].label == "COUNT" and ch[k + 2].label in ("BE", "COMPOSE")):
        return []
    j = k + 3 + (k + 3 < len(ch) and ch[k + 3].label == "COLON")
    return units(ch[j]) if j < len(ch) and ch[j].label in ("ORG", "LIST", "PER", "NAME") else []


def described(env: Env, who, award_at: int) -> list[dict]:
    """The further items of a list whose items are described: "… gồm: Nguyễn Văn A (Hội An) làm nghề gỗ; Trần
    Văn B làm nghề gốm và bà Lê Thị C làm nghề đá; …", "Các Mẹ gồm: Mẹ X, sinh năm …, ở xã …; Mẹ Y, …": after a
    colon, each ";" opens an item that starts with a name of the first item's kind (a person, or a unit), and
    "và" + such a name after description words adds one ("và" between two names, "xã A và xã B", does not).
    Facts come only when some item had a description (a list with none is the list layer's), and only items
    shaped like the first (see _shape)."""
    if who is None or who.label not in ("PER", "LIST", "ORG"):
        return []
    k, ch = index_of(env, who), env.chunks
    if not (award_at < k and ch[k - 1].label == "COLON"):
        return []  # the award stands before the colon its list opens
    person = persons_only(who)
    want = ("PER", "LIST") if person else ("ORG", "LIST")
    out: list[dict] = []
    j, described_ = k + 1, False
    shape = _shape(ch, k + 1)
    while j < len(ch) and ch[j].label not in ("DOT", "NL"):
        c = ch[j]
        if c.label == "SEMI" or (c.label == "AND" and described_):
            nxt = ch[j + 1] if j + 1 < len(ch) else None
            if nxt is not None and nxt.label in want and _persons_any(nxt) == person and not own_clause(ch, j + 2) \
                    and not (c.label == "AND" and ch[j - 1].label in ("ORG", "PER", "LIST", "NAME")) \
                    and (shape not in ("BE", "COMMA") or _shape(ch, j + 2) in (shape, "END")):
                out += [u for u in units(nxt) if u["person"] == person or (person and u.get("bare"))]
                j += 2
                continue
            if c.label == "SEMI":
                break
        elif c.label == "LIST" and described_ and (after := _past_semi(c, person)) \
                and not own_clause(ch, j + 1) and (shape not in ("BE", "COMMA") or _shape(ch, j + 1) in (shape, "END")):
            out += after  # "…, đoạt 5 HCV bơi lội; Nguyễn Thị Oanh, …": the list layer ran a description's last
            j += 1        # words and the next item into one LIST; the items after its ";" are the list's
            continue
        elif c.label in ("BE", "W", "T", "LP", "COMMA"):
            described_ = True
        j += 1
    return out if described_ else []


def described_items(chunks: list, j: int, person: bool) -> list:
    """The further items of a list whose items carry a description, each after a ";" ("Năm tập thể vinh dự nhận
    thưởng gồm: A với mô hình “…”; B với mô hình “…”; C …": dev nam-tap-the-nhan-giai-thuong-ho-hao-hon): an
    item is a name of the first item's kind right after the ";" whose clause has no verb of giving and no award
    of its own (described reads the same shape after an award's colon; extract/coref.py's lists after a count
    read this one). A rank or another clause verb (_CLAUSE: "…; Sở Tài chính đứng thứ tư", the review's ds-15) ends
    the list as a verb of giving does."""
    out: list = []
    while j < len(chunks) and chunks[j].label not in ("DOT", "NL"):
        if chunks[j].label in _CLAUSE:
            return out
        if chunks[j].label == "SEMI":
            nxt = chunks[j + 1] if j + 1 < len(chunks) else None
            if nxt is None or nxt.label not in ("LIST", "ORG", "PER") or persons_only(nxt) != person \
                    or own_clause(chunks, j + 2, _CLAUSE):
                return out
            out.append(nxt)
            j += 1
        j += 1
    return out


def _past_semi(c, person: bool) -> list[dict]:
    """The items of a LIST chunk after its first ";" when all are of the list's kind (persons or units), or []."""
    text = c.text
    if c.attrs.get("sep") != "semi" or ";" not in text:
        return []
    semi = c.start + text.index(";")
    after = [it for it in c.attrs["items"] if it["start"] > semi]
    if not after or any(it["person"] != person for it in after):
        return []
    return [it for it in units(c) if it["start"] > semi]


def persons_only(c) -> bool:
    """A person, or a list of persons only."""
    if c.label == "PER":
        return True
    return c.label == "LIST" and all(it["person"] for it in c.attrs["items"])


def _persons_any(c) -> bool:
    return c.label == "PER" or c.label == "LIST" and any(it["person"] for it in c.attrs["items"])


def own_clause(ch, j: int, verbs: frozenset = _GIVING) -> bool:
    """The item goes on with a verb of giving or an award of its own (or another of `verbs`): "…; X đề nghị LĐLĐ
    tỉnh tặng Cờ …" is a clause, not an item."""
    while j < len(ch) and ch[j].label not in ("SEMI", "DOT", "NL"):
        if ch[j].label in verbs:
            return True
        j += 1
    return False


def _shape(ch, j: int) -> str | None:
    """What follows an item's name (a bracket after it is part of the name: "Nguỵ Trung (Hội An) làm nghề …"):
    when the first item's description opens with "là/làm" or a comma, every later item's must open the same way
    or the item end there — "…; ông Lê Văn Cường, Phó Chủ tịch UBND tỉnh phát biểu" after "A làm nghề gốm" is
    another sentence's subject, not an item."""
    if j < len(ch) and ch[j].label == "LP":
        while j < len(ch) and ch[j].label not in ("RP", "SEMI", "DOT", "NL"):
            j += 1
        j += j < len(ch) and ch[j].label == "RP"
    lab = ch[j].label if j < len(ch) else "DOT"
    return "END" if lab in ("SEMI", "DOT", "NL", "AND") else lab


def counts_persons(noun: str | None) -> bool:
    """A count's noun counts people ("đồng chí", "VĐV", "cá nhân": function.yml counted_persons), not units."""
    return (noun or "").lower() in vocab.words("function", "counted_persons")


_INSIDE = frozenset({"ORG", "LIST", "PER", "NAME", "W", "T", "COMMA", "AND", "SEMI"})  # what a counted bracket may hold
_POSTED = _INSIDE | {"POS", "DASH"}  # and a persons bracket: "(đồng chí A, Giám đốc Sở X)", the post is A's
_OPENERS = frozenset({"COMPOSE", "BE", "COLON"})  # "(gồm: A, B)", "(là A và B)", "(gồm các đơn vị: A, B, C)"
_COUNT_WORDS = frozenset({"W", "T", "YEAR", "COMMA"})  # what describes a counted group before its bracket: "3 cơ quan
# hoàn thành xuất sắc, toàn diện nhiệm vụ năm 2019 (…)"


def bracketed(env: Env, who, old) -> list | None:
    """The members of the counted groups whose bracket holds `who`, before a verb of receiving: "… 3 cơ quan hoàn
    thành xuất sắc … (Ban Dân tộc, Văn phòng HĐND tỉnh, Cục Thống kê) được nhận bằng khen" (dev-10 so-ket-thi-
    dua-khoi-cac-co-quan-tong-hop), "… có 02 tập thể (A, B) và 01 cá nhân (Nông dân C huyện D) điển hình tiên tiến
    được trao tặng Bằng khen" (dev-8 nong-dan-va-hop-tac-xa-tinh-dong-nai-…): the bracket names the count's members
    — persons for a noun that counts people (function.yml counted_persons: the trade word and the place around the
    person are no members), units for the others — and so do the brackets of the counted groups joined before it
    by "và" or ",". None when `who` stands in no bracket right after a count ("(PC Lạng Sơn)" is a name's alias: the
    rule reads as before). Each group is checked on its own: a joined group whose bracket names fewer or more than
    its count, or holds anything else, adds no one; when `who`'s own group fails, `old` (the rule's reading without
    brackets) stands for it — a text's miscount or a wording the check does not know costs no true receiver (the
    review's nm-01, nm-22) — except that a persons bracket never gives a unit: "02 cá nhân (Nông dân C huyện D)"
    gives not the place D ("5 đơn vị (tăng 2 so với năm trước)" gives no unit of the count, read as before)."""
    if who is None:
        return None
    ch = env.chunks
    lp = _opening(ch, index_of(env, who))
    group = _group(ch, lp) if lp is not None else None
    if group is None:
        return None
    out: list = []
    own = True
    while group is not None:
        members, at, persons = group
        if members:
            out = members + out
        elif own and old is not None and not (persons and not persons_only(old)):
            out = [old] + out
        own = False
        joined = at >= 2 and ch[at - 1].label in ("AND", "COMMA") and ch[at - 2].label == "RP"
        lp = _opening(ch, at - 2) if joined else None
        group = _group(ch, lp) if lp is not None else None
    return out


def _opening(ch, k: int) -> int | None:
    """The index of the "(" whose bracket holds chunk k (none closes between), or None."""
    lp = next((j for j in range(k - 1, -1, -1) if ch[j].label in ("LP", "RP", "DOT", "NL")), None)
    return lp if lp is not None and ch[lp].label == "LP" else None


def _group(ch, lp: int) -> tuple[list, int, bool] | None:
    """The member chunks of the bracket that opens at chunk lp right after a count ([] when they are not as many as
    the count — its first number in a ratio, "2/8 đơn vị (A, B)" — or the bracket holds anything else), the count's
    index and whether it counts persons; None when no count stands before it. An opening "gồm", "là", ":" is no
    member; "trong đó (có)" (function.yml part_openers) names a part of the group, so its members are not counted."""
    at = lp - 1
    while at >= 0 and lp - at <= 8 and ch[at].label in _COUNT_WORDS:
        at -= 1
    if at < 0 or ch[at].label != "COUNT":
        return None
    persons = counts_persons(ch[at].attrs.get("noun"))
    first, part = lp + 1, False
    while first < len(ch):
        lab, low = ch[first].label, ch[first].text.lower()
        if lab in _OPENERS or (lab == "GEN" and ch[first - 1].label == "COMPOSE"):
            first += 1
        elif lab == "T" and (low in vocab.words("function", "part_openers") or part and low in vocab.words(
                "function", "list_lead_ins")):
            first, part = first + 1, True
        else:
            break
    rp = next((j for j in range(first, len(ch)) if ch[j].label not in (_POSTED if persons else _INSIDE)), None)
    inner = ch[first:rp] if rp is not None and ch[rp].label == "RP" else []
    if persons:
        members = [c for c in inner if persons_only(c)]  # "01 cá nhân (Nông dân C huyện D)": C alone
    elif any(_persons_any(c) for c in inner):
        members = []
    else:
        members = [c for c in inner if c.label in ("ORG", "LIST", "NAME")]
    found = sum(len(units(c)) for c in members)
    return (members if part or found == ch[at].attrs.get("part", ch[at].attrs.get("n")) else []), at, persons


_TIME = frozenset({"YEAR", "DATE", "SPAN"})


def receiving_clause(gap: list) -> list:
    """The part of the gap between a unit and its verb of receiving that is the verb's own clause: after the last
    comma followed by a time ("Huyện X có 23 xã, thị trấn, năm 2023 vinh dự được … tặng …": the time opens the clause
    of receiving, whose subject is the unit, and the count before it only says what the unit has; the review's probes
    rcv-14, rcv-02). Without such a comma, the whole gap ("X biểu dương 3 tập thể và 18 cá nhân có thành tích …, đạt
    danh hiệu …": the counted group's clause goes on to the verb)."""
    cut = max((j + 1 for j in range(len(gap) - 1) if gap[j].label == "COMMA" and gap[j + 1].label in _TIME), default=0)
    return gap[cut:]
