"""The document level, in one place: an article read into statements and chunks, with what facts take
from the whole article when their own statement is silent.

- the main cluster: the one "Cụm", "Khối" or "các đơn vị trong khối" stands for — the first numbered
  cluster (its fullest mention), else the named cluster the article mentions most, the title counting
  like a sentence;
- the review year (extract/years.py), the achievement year and the first prose date;
- headers: the frame a list's header gives its lines (extract/segment.py).

Only statements that hold a trigger word (a cluster, a role, an award, a rank), and their neighbours
(extract/coref.py looks there for an award's recipients), are chunked: the rest cannot give a fact, and
chunking is most of the cost.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache, partial

from . import vocab, years
from .chunks import Chunk, chunk
from .clusters import number_key
from .normalize import clean, key, tone
from .segment import Statement, statements


@dataclass
class Doc:
    """An article read. Its years are worked out when a rule first asks for them: a third of the articles
    never asks for the review year, most never for the other two (in the sample), and each reads the body."""
    title: str
    body: str
    published: str | None
    statements: list[Statement]  # the title (start None) first, then the body's
    main_cluster: str | None = None

    @cached_property
    def _review(self) -> tuple[int | None, str | None]:
        return years.review(self.title, self.body, self.published)

    @property
    def review_year(self) -> int | None:
        return self._review[0]

    @property
    def review_kind(self) -> str | None:
        """How the review year was found ("review", "pact", "named", "date" or "published")."""
        return self._review[1]

    @cached_property
    def achievement_year(self) -> int | None:
        return years.achievement_year(self.body)

    @cached_property
    def first_date(self) -> int | None:
        return years.event_date_year(self.body[:600], years.published_year(self.published))


@lru_cache(maxsize=1)
def _hint() -> re.Pattern:
    """Any word that can start a fact: cluster heads, roles, award heads, rank and lead words."""
    clu = vocab.load("clusters")
    words = {w.lower() for w in clu["heads"]} | {w.lower() for ws in clu["roles"].values() for w in ws}
    words |= {h.lower() for k in vocab.load("awards")["kinds"] for h in k.get("heads", [])}
    words |= {c.lower() for k in vocab.load("awards")["kinds"] for c in k.get("contains", [])}
    words |= {w.lower() for w in vocab.load("verbs")["LEAD"] + vocab.load("verbs")["RANKV"]}
    words.add(vocab.word("awards", "title_word"))
    return _any_word(words)


def _any_word(words: set[str]) -> re.Pattern:
    """A search for any of the words, whole (only searched: vocab.starts narrows it to their first letters)."""
    return re.compile(vocab.starts(words) + r"(?<!\w)(?:" + vocab.branching(words) + r")(?!\w)")


def read(title: str, body: str, published: str | None = None) -> Doc:
    title = clean(title or "")
    body = body or ""
    stmts = ([Statement(title, None)] if title else []) + statements(body)
    toned = _toned(title, body)
    hint = _hint()
    for s in stmts:
        text = toned(s)
        s.hinted = bool(hint.search(text.lower()) or (s.header is not None and hint.search(toned(s.header).lower())))
        # neighbours are chunked if coref looks at them; the chunker holds the text, not the statement, so
        # an article's statements and chunks are freed with it instead of waiting for the cycle collector
        s._chunker = partial(chunk, text)
    if title and _repeated(title, body):
        stmts[0].hinted = False  # the title is the lead's first words: read once, in the body
    doc = Doc(title, body, published, stmts)
    _resolve_self(stmts)
    _said_again(stmts)
    doc.main_cluster = main_cluster(stmts)
    if doc.main_cluster:
        _composing_read(stmts, toned)
    return doc


def _composing_read(stmts: list[Statement], toned) -> None:
    """In an article about a cluster, a statement that lists units after "gồm" may give its composition in the
    cluster's own words and name no cluster ("lãnh đạo 5 huyện, thị đồng bằng gồm: A, B" under "cụm thi đua các
    huyện, thị đồng bằng": rules/memberships.py compose.namesake_count); it is read too."""
    rx = _composing()
    for s in stmts:
        if not s.hinted and rx.search(toned(s).lower()):
            s.hinted = True


@lru_cache(maxsize=1)
def _composing() -> re.Pattern:
    return _any_word({w.lower() for w in vocab.load("verbs")["COMPOSE"]})


def _repeated(title: str, body: str) -> bool:
    """The title is the start of a paragraph of the body (sites often title a post with its first
    sentence, cut with "…")."""
    core = title.rstrip(" .…").strip()
    return len(core) > 20 and any(p.strip().startswith(core) for p in body[:len(core) + 2000].split("\n")[:6])


def _toned(title: str, body: str):
    """A statement's text in new tone placement, for matching (facts quote the text as written). The
    body is toned once when that keeps its length (NFC input), else each statement on its own."""
    whole = tone(body)
    t_title = tone(title)
    if len(whole) != len(body):
        return lambda s: tone(s.text)
    return lambda s: t_title if s.start is None else whole[s.start:s.start + len(s.text)]


def _resolve_self(stmts: list[Statement]) -> None:
    """"nhà trường", "Công ty" alone: the one unit with that head the article names (the title first)."""
    selves = [c for s in stmts if s.hinted for c in s.chunks if c.label == "SELF"]
    if not selves:
        return
    orgs = [n for s in stmts if s.hinted for c in s.chunks
            for n in ([c.name] if c.label == "ORG" else [it["name"] for it in c.attrs["items"]] if c.label == "LIST" else [])]
    for c in selves:
        head = c.attrs.get("head") or ""
        named = [o for o in orgs if o.startswith(head + " ")]
        if named and len({key(o) for o in named}) >= 1:
            c.attrs["unit"] = named[0]


def _said_again(stmts: list[Statement]) -> None:
    """An award said again ("trao tặng danh hiệu cao quý này cho X", "X được nhận giải thưởng này": awardnames)
    is the last award the article named before it, the title first; with none before it, it names no award
    and is a plain word."""
    last = None
    for s in stmts:
        for c in s.chunks if s.hinted else ():
            if c.label != "AWD":
                continue
            if not c.attrs.get("back"):
                last = c
            elif last is None:
                c.label = "W"
            else:
                c.attrs.update(name=last.name, kind=last.attrs.get("kind"), grantor=last.attrs.get("grantor"))


def main_cluster(stmts: list[Statement]) -> str | None:
    named = [c for s in stmts if s.hinted for c in s.chunks if c.label == "CLU" and not c.attrs.get("generic")]
    if not named:
        return None
    numbered = [c for c in named if c.attrs.get("number") is not None]
    if numbered:
        n = number_key(numbered[0].name) or numbered[0].attrs["number"]
        same = [c for c in numbered if (number_key(c.name) or c.attrs["number"]) == n]
        return max(same, key=lambda c: (not c.name.isupper(), len(c.name) if _words(c.name) <= _MAX_NAME else 0)).name
    # a shorter mention that the longer one holds counts for the longer ("Khối thi đua các đơn vị sự nghiệp
    # thuộc Sở" for "… thuộc Sở Văn hóa, Thể thao và Du lịch")
    keys = [bare(c.name) for c in named]
    support = {k: sum(1 for o, c in zip(keys, named) if o and (o == k or k.startswith(o + " ") or _initials(c.name, k)))
               for k in set(keys)}  # initials count for the name they spell ("Khối thi đua VHXH", "… Văn hoá - Xã hội")
    best = max(support.values())
    firsts = [c for c, k in zip(named, keys) if support[k] == best]
    composed = _composed(stmts)
    # between equals, the one whose composition the article gives ("Cụm … gồm: A, B") is what it is about
    return max(firsts, key=lambda c: (not c.name.isupper(), id(c) in composed, _words(c.name) <= _MAX_NAME,
                                      len(c.name))).name


def _composed(stmts: list[Statement]) -> set[int]:
    """The cluster chunks a "gồm" follows at once."""
    out = set()
    for s in stmts:
        if not s.hinted:
            continue
        ch = s.chunks
        out |= {id(c) for c, nxt in zip(ch, ch[1:]) if c.label == "CLU" and nxt.label == "COMPOSE"}
    return out


_MAX_NAME = 16  # words: a longer "name" has run on into the sentence


def _words(name: str) -> int:
    return sum(1 for w in name.split() if w[:1].isalnum())


def bare(name: str) -> str:
    """A cluster's name without its head words: "Khối thi đua các sở" and "khối các sở" are one."""
    heads = _head_words()
    return " ".join(w for w in key(name).split() if w not in heads)


@lru_cache(maxsize=1)
def _head_words() -> frozenset[str]:
    return frozenset(w for h in vocab.load("clusters")["heads"] for w in key(h).split())


def cluster_name(mention: Chunk | None, main: str | None, role_cluster: str | None = None) -> str | None:
    """The cluster a mention stands for: a generic one is the main cluster; the same numbered cluster
    written shorter ("Cụm II") is the main cluster's fullest name; else its own name."""
    name = role_cluster or (mention.name if mention is not None and not mention.attrs.get("generic") else None)
    if name is None:
        return main
    if main:
        n, m = number_key(name), number_key(main)
        if n is not None and n == m and name[:1].lower() == main[:1].lower():
            return main
        if n is None and m is None and bare(name) and (bare(name) in bare(main) or _initials(name, main)):
            return main
    return name


def _initials(name: str, main: str) -> bool:
    """"Khối thi đua VH-XH" is "Khối thi đua Văn hóa - Xã hội" written short: the name's own words, all in
    capitals, spell the initials of the main cluster's (at least three letters)."""
    own = [w for w in re.findall(r"\w+", name) if key(w) not in _head_words()]
    letters = key("".join(own))
    return (len(letters) >= 3 and all(w.isupper() for w in own)
            and letters == "".join(w[0] for w in re.findall(r"\w+", bare(main))))
