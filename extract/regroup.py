"""A counted group given an award, then listed by the next statement under the group's own noun.

"… trao danh hiệu … cho 4 Mẹ." – "Các Mẹ gồm: Mẹ A, …; Mẹ B, …"; "… cho 10 tập thể, cá nhân gồm: A; B." – "Các cá
nhân gồm: Ông C, post." – "Bà D, post.": the noun after "Các" is the pointer back to the award. coref.link looks
only at awards that gave no fact in their own statement; here the award may have given some (its other part), so
the pass is its own. Kept apart from coref.py (the 400-line bound), whose statement tests (in_caption, list_only)
it shares.
"""
from __future__ import annotations

from .coref import NAMES, in_caption, list_only
from .document import Doc
from .rules.common import Env, award, award_year, proposed, units
from .rules.counted import described
from .rules.givers import grantor_before
from .segment import Statement


def regrouped(doc: Doc) -> list[dict]:
    """The facts of every award whose counted group the next statement lists under the group's noun."""
    stmts = [s for s in doc.statements if s.start is not None]
    out: list[dict] = []
    for i, s in enumerate(stmts[:-1]):
        if s.hinted:
            out += _regrouped(doc, stmts, i)
    return out


def _regrouped(doc: Doc, stmts: list, i: int) -> list[dict]:
    """An award for a counted group, then a statement that opens with the group's own noun and lists it: "… trao
    danh hiệu … cho 4 Mẹ." – "Các Mẹ gồm: Mẹ A, …; Mẹ B, …" (dev dinh-hoa-truy-tang-danh-hieu-ba-me…); "… cho 10
    tập thể, cá nhân gồm: A; B." – "Các cá nhân gồm: Ông C, post." – "Bà D, post." (dev danh-sach-17-tap-the-ca-
    nhan…). The noun is the pointer (the award before may have given facts of its own: its other part); the
    list's described items and the paragraphs of names after it go on with it, as after the award itself."""
    s, nxt = stmts[i], stmts[i + 1]
    counted = [(k, nouns) for k, c in enumerate(s.chunks) if c.label == "AWD" and (nouns := _counted_nouns(s.chunks, k))]
    if not counted:
        return []  # no award here counts its group: the next statement (most often never chunked) is not asked
    head = nxt.chunks[:5]
    if len(head) < 4 or head[0].label != "GEN":
        return []
    noun, j = _group_noun(head)
    j += j < len(nxt.chunks) and nxt.chunks[j].label == "COLON"
    if not noun or j >= len(nxt.chunks) or nxt.chunks[j].label not in ("PER", "LIST", "ORG") \
            or nxt.chunks[j - 1].label != "COLON":
        return []
    for k, nouns in counted:
        if noun in nouns:
            c = s.chunks[k]
            env = Env(doc, s, s.chunks)
            status = "proposed" if proposed(env, k) else "conferred"
            grantor, year = c.attrs.get("grantor") or grantor_before(env, k), award_year(env, k, status)
            listed = Env(doc, nxt, nxt.chunks)
            names = units(nxt.chunks[j]) + described(listed, nxt.chunks[j], 0)
            persons = bool(names) and names[0]["person"]
            last = nxt
            for t in stmts[i + 2:]:
                if not in_caption(doc.body, t) and not list_only(t):
                    break
                if not in_caption(doc.body, t):  # a list of persons: not the workplaces after their posts
                    names += [it for x in t.chunks if x.label in NAMES for it in units(x)
                              if it["person"] or not persons]
                    last = t
            joined = Env(doc, Statement(doc.body[s.start:last.end], s.start, chunks=s.chunks), s.chunks)
            return [award("coref.regrouped", joined, it, c, grantor, year, status) for it in names]
    return []


def _group_noun(head: list) -> tuple[str, int]:
    """The noun after "Các" that a statement opens with, and where its "gồm" stands ("Các cá nhân gồm", "Các Mẹ gồm")."""
    words = head[0].text.lower().split()[1:]
    j = 1
    if not words and head[1].label in ("NAME", "W"):
        words, j = head[1].text.lower().split(), 2
    return (" ".join(words), j + 1) if words and head[j].label == "COMPOSE" else ("", 0)


def _counted_nouns(chunks: list, k: int) -> set[str]:
    """The nouns of the group the award at k goes to when a number counts it ("cho 4 Mẹ", "cho 10 tập thể, cá
    nhân"); none for a group with no number."""
    at = next((j for j in range(k + 1, min(k + 4, len(chunks))) if chunks[j].label == "FOR"), None)
    if at is None:
        return set()
    run, counted = set(), False
    for c in chunks[at + 1:]:
        if c.label == "COUNT":
            counted = True
            run.add(c.attrs.get("noun", ""))
        elif c.label == "NUM":
            counted = True
        elif c.label in ("NAME", "W", "GEN"):
            run.add(c.text.lower())
        elif c.label not in ("COMMA", "AND"):
            break
    return run if counted else set()

