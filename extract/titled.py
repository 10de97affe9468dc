"""Persons counted by the first words of a title the article named before, then named one after the other: the
count names them as holders of that title, which their own statement leaves unsaid ("4 nghệ nhân được truy tặng đợt
này: A, B" after "… phong tặng danh hiệu Nghệ nhân nhân dân …"). A document step after extract/coref.py's."""
from __future__ import annotations

from . import vocab
from .coref import _NUMBER
from .document import Doc
from .normalize import fold, key
from .rules.common import Env, award, award_year, proposed, units
from .rules.givers import grantor_before
from .segment import Statement

_RECEIVED = frozenset({"GET", "PROPOSE"})
_TO_NAMES = frozenset({"W", "T"})


def counted_titles(doc: Doc, facts: list[dict]) -> list[dict]:
    """Persons counted by the first words of a title the article named before, then named: "4 nghệ nhân được truy
    tặng đợt này: A, B" after "… phong tặng danh hiệu Nghệ nhân nhân dân …" (dantri.com.vn), "… có 01 Nhà giáo ưu tú
    được trao tặng danh hiệu đợt này là Thầy A" under the title "… phong tặng Nhà giáo ưu tú" (tinhbien.angiang.gov.vn).
    The count's noun, with the words after it, starts one title only of those named before (several: which is
    unsaid) and no title of units; a verb that confers a title (awards.yml title_verbs), with nothing else received
    after it (title_between: "đợt này", "danh hiệu"), then ":", "gồm" or "là", open the persons. A statement
    with an award of its own is read by the rules."""
    named: list[tuple[Statement, int]] = []  # the awards named so far: statement, chunk index
    firsts: set[str] = set()  # their names' first words
    out: list[dict] = []
    for s in doc.statements:
        if s.start is not None and named and not (s.hinted and any(c.label == "AWD" for c in s.chunks)) \
                and _NUMBER.search(s.text) and _holds_any(key(s.text), firsts):
            out += _counted_title(doc, s, named)  # (chunked only if it holds a number and a title's first word)
        if s.hinted:
            named += [(s, k) for k, c in enumerate(s.chunks) if c.label == "AWD"]
            firsts |= {key(c.name).partition(" ")[0] for c in s.chunks if c.label == "AWD"}
    return out


def _holds_any(text: str, firsts: set[str]) -> bool:
    return any(w in text for w in firsts)


def _counted_title(doc: Doc, s: Statement, named: list) -> list[dict]:
    ch = s.chunks
    for k, c in enumerate(ch[:-3]):
        nxt = ch[k + 1]
        if c.label == "NUM" and nxt.label == "W":
            phrase, j = nxt.text, k + 2
        elif c.label == "COUNT":
            phrase, j = " ".join([c.attrs.get("noun", "")] + ([nxt.text] if nxt.label == "W" else [])), k + 1 + (nxt.label == "W")
        else:
            continue
        if j + 1 >= len(ch) or ch[j].label not in _RECEIVED or not _confers(ch[j].text, ch[j + 1].text):
            continue
        at = j + 1
        while at < len(ch) and at < j + 4 and ch[at].label in _TO_NAMES:
            at += 1
        if not set(fold(" ".join(c.text for c in ch[j + 1:at])).split()) <= _between():
            continue  # "3 nhà giáo nhận quyết định nghỉ hưu là: …": something else received
        at += at < len(ch) and ch[at].label in ("COMPOSE", "BE")
        at += at < len(ch) and ch[at].label == "COLON"
        if at >= len(ch) or at == j + 1 or ch[at].label not in ("PER", "LIST") or ch[at - 1].label not in ("COLON", "BE", "COMPOSE") \
                or not all(u["person"] for u in units(ch[at])):
            continue
        p = key(phrase)
        titles = [(t, i) for t, i in named if key(t.chunks[i].name) == p or key(t.chunks[i].name).startswith(p + " ")]
        if len({key(t.chunks[i].name) for t, i in titles}) != 1 or \
                titles[-1][0].chunks[titles[-1][1]].attrs.get("kind") in vocab.load("awards")["collective_kinds"]:
            return []
        t, i = titles[-1]
        awd = t.chunks[i]
        env = Env(doc, s, ch)
        status = "proposed" if proposed(env, j + 1) else "conferred"
        grantor = awd.attrs.get("grantor") or grantor_before(Env(doc, t, t.chunks), i)
        year = award_year(env, j, status)
        return [award("coref.counted_title", env, it, awd, grantor, year, status) for it in units(ch[at])]
    return []


def _confers(verb: str, after: str) -> bool:
    """The verb confers a title (awards.yml title_verbs: "được truy tặng"), or receives one named again right after it
    ("nhận danh hiệu", title_receiving; compared folded: a page writes "danh hiều"), not "nhận quyết định"."""
    verb = f" {verb.lower()}"
    if any(verb.endswith(f" {v}") for v in vocab.words("awards", "title_verbs")):
        return True
    return any(verb.endswith(f" {v}") for v in vocab.words("awards", "title_receiving")) and \
        f"{fold(after)} ".startswith(f"{fold(vocab.word('awards', 'title_word'))} ")


def _between() -> set[str]:
    """Folded: the page of the evidence writes "danh hiều"."""
    return {w for p in vocab.words("awards", "title_between") for w in fold(p).split()}
