"""Awards given to a count that points back at the names the statement before gives.

"Nguyễn Huy Hoàng, Nguyễn Thị Oanh, Trần Hưng Nguyên và Nguyễn Thị Hương cùng nằm trong danh sách …" – (a photo) –
"Bốn VĐV kể trên được đề nghị trao tặng huân chương Lao động hạng Nhì." (dev de-nghi-tang-huan-chuong-cho-4-nha-vo-dich…);
"… suy tôn Sở A đứng thứ nhất, Sở B đứng thứ nhì …" – "Hai đơn vị nói trên sẽ được đề nghị Bộ X tặng cờ thi đua và bằng
khen …" (dev so-ke-hoach-dau-tu-dong-nai…). A count that opens its statement and is followed by words that point back
(function.yml back_pointers) takes the one enumeration of exactly that many names the statement before gives, past
image captions, else the units it ranks when it ranks exactly that many. The names are of the count's kind (persons
for "đồng chí", "VĐV", units for "đơn vị": function.yml counted_persons), and each item is one name (no words a name
ends at: "A, B hoàn thành …; C, D …" is no enumeration of two). Any other number of names, or names given one by one
without a rank, is no link: which of them the count means is unsaid. An award negated before it ("không được xét
tặng") gives nothing, as in the award rules (rules/common.negated). A document step after coref.link (the
same pass as regroup.py's, kept apart from coref.py for the 400-line bound); an award that has facts is not read.
"""
from __future__ import annotations

from . import vocab
from .coref import enumeration, in_caption, unread_awards
from .document import Doc
from .rules.common import Env, award, award_year, negated, proposed, units
from .rules.counted import counts_persons
from .rules.givers import grantor_before
from .segment import Statement

_CHAIN = frozenset({"AND", "COMMA"})


def linked(doc: Doc, facts: list[dict]) -> list[dict]:
    out: list[dict] = []
    for stmts, i, s, k, c in unread_awards(doc, facts):
        if negated(s.chunks, k):
            continue
        n = count_pointing_back(s.chunks, k)
        prev = _before(doc, stmts, i) if n else None
        if prev is None:
            continue
        person = _counts_persons(s.chunks)
        names = _enumerated(prev, n, person) or (_ranked(facts, prev, n) if not person else [])
        if not names:
            continue
        env = Env(doc, s, s.chunks)
        status = "proposed" if proposed(env, k) else "conferred"
        grantor = c.attrs.get("grantor") or grantor_before(env, _chain_head(s.chunks, k))
        year = award_year(env, k, status)
        joined = Env(doc, Statement(doc.body[prev.start:s.end], prev.start, chunks=s.chunks), s.chunks)
        out += [award("coref.pointed_back", joined, it, c, grantor, year, status) for it in names]
    return out


def count_pointing_back(chunks: list, k: int) -> int | None:
    """The number of a counted subject that points back ("Bốn VĐV kể trên …") when it opens the statement before the
    award at k, or None. A count with no such words is a group of its own (coref's forward readings)."""
    at = next((j for j, c in enumerate(chunks[:k]) if c.label == "COUNT"), None)
    if at is None or not chunks[at].attrs.get("n") or any(c.label not in ("T", "COMMA") for c in chunks[:at]):
        return None
    tails = vocab.words("function", "back_pointers")
    said = ""
    for c in chunks[at + 1:min(k, at + 4)]:
        said = f"{said} {c.text.lower()}".strip()
        if said in tails:
            return chunks[at].attrs["n"]
    return None


def _before(doc: Doc, stmts: list, i: int) -> Statement | None:
    """The body statement before stmts[i], past image captions (a photo stands between a list and its anaphor)."""
    for j in range(i - 1, -1, -1):
        if not in_caption(doc.body, stmts[j]):
            return stmts[j]
    return None


def _counts_persons(chunks: list) -> bool:
    """The count that opens the statement counts people ("Hai đồng chí", "Bốn VĐV": function.yml counted_persons)."""
    return counts_persons(next(c for c in chunks if c.label == "COUNT").attrs.get("noun"))


def _clean(it: dict) -> bool:
    """An item that is one name: no word a unit's name ends at (function.yml terminators) stands inside it, as
    in the ';' item "Sở Y tế, Sở Tư pháp hoàn thành xuất sắc nhiệm vụ" (the review's pb-13)."""
    words = it["name"].split()
    ends = vocab.words("function", "terminators") | vocab.words("function", "lower_terminators")
    return not any(" ".join(words[i:i + w]) in ends for i in range(len(words)) for w in (1, 2, 3))


def _enumerated(prev: Statement, n: int, person: bool) -> list[dict]:
    """The one enumeration of exactly n names of the count's kind (persons, or units), each one clean name, the
    previous statement gives."""
    chunks = prev.chunks
    k = 0
    while k < len(chunks):
        if chunks[k].label in ("LIST", "ORG", "PER"):
            run = enumeration(chunks, k)
            names = [u for x in run for u in units(x)]
            if len(names) == n and {u["person"] for u in names} == {person} and all(map(_clean, names)):
                return names
            k += len(run)
        else:
            k += 1
    return []


def _ranked(facts: list[dict], prev: Statement, n: int) -> list[dict]:
    """The units the previous statement ranks one by one, when it ranks exactly n ("suy tôn A đứng thứ nhất, B đứng
    thứ nhì")."""
    names = list(dict.fromkeys(f["unit"] for f in facts if f["kind"] == "ranking" and f["_stmt"] is prev))
    return [{"name": u, "person": False} for u in names] if len(names) == n else []


def _chain_head(chunks: list, k: int) -> int:
    """The first award of a chain the award at k closes ("tặng cờ thi đua và bằng khen"): its grantor is the chain's."""
    while k >= 2 and chunks[k - 1].label in _CHAIN and chunks[k - 2].label == "AWD":
        k -= 2
    return k
