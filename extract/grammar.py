"""Rules as a registry: named patterns over chunk labels, each with the examples it exists for.

A pattern is a regular expression over a statement's chunk labels (extract/chunks.py), written with
spaces between elements:

    who=@UNIT BE role=ROLE clu=CLU? year=YEAR?

- `LABEL` or `A|B` matches one chunk of that label; `@WHO`, `@UNIT`, `@GRANTOR` are the label sets below;
- `name=…` captures the chunk(s) for the rule's action; `.` is any chunk, `!A|B` any chunk but those;
- `?`, `*`, `+`, `{m,n}` after an element or a `( … )` group repeat it.

A statement is matched as a string of one character a chunk (encode): each label has its own private-use
character, an element is a class of those characters and a chunk's index is its position in the string. The
pattern compiled over it has the shape of the pattern written, element for element, so it matches where and
as a regular expression over "LABEL:index " runs would (that encoding cost the engine a label's letters, its
index's digits and the space at every chunk, and every match's indices were parsed back out of its text).

Each rule carries the real sentences it was written for (`examples`, with the facts that must come out)
and sentences where it must not fire (`counter`), plus where its phrasing was seen (`seen_in`: at least
two different real articles, the project's rule of two). tests/test_rules.py runs every example of
every rule, and turns each rule off in turn to check that one of its examples then fails, so a rule
that nothing needs cannot stay. Every fact records the rule that made it.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterator

from .chunkbase import Chunk

MACROS = {
    "@WHO": "ORG|NAME|LIST|PER|SELF",
    "@UNIT": "ORG|NAME|LIST",
    "@GRANTOR": "GRT|ORG|POS|NAME",
    "@SEP": "COMMA|SEMI|AND",
    "@TIME": "YEAR|DATE|SPAN",
}


@dataclass(frozen=True)
class Example:
    """A real sentence (with the title it stood under, when that matters) and the facts it gives, each
    written "M chair 2021 Công an tỉnh @ Khối thi đua số 3", "R 1 2020 Sở X", "A proposed 2020 Cờ thi đua
    -> Sở X" (a year of * is not checked)."""
    text: str
    facts: tuple[str, ...] = ()
    title: str = ""


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    action: Callable
    doc: str
    examples: tuple[Example, ...]
    counter: tuple[Example, ...] = ()
    seen_in: tuple[str, ...] = ()
    regex: re.Pattern = field(init=False, compare=False, repr=False)
    needs: tuple[tuple[frozenset, ...], ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "regex", compile_pattern(self.pattern))
        object.__setattr__(self, "needs", required_labels(self.pattern))

    def may_match(self, labels: set[str]) -> bool:
        """False when the statement lacks a chunk each branch of the pattern cannot do without (a cheap
        test first: every rule is asked for every statement, so no set is built and no generator runs)."""
        for branch in self.needs:
            for need in branch:
                if need.isdisjoint(labels):
                    break
            else:
                return True
        return False


class Match:
    """A rule's match over one statement: captured chunks by name (a group's span in the encoded statement
    is the chunks' indices)."""

    def __init__(self, m: re.Match, chunks: list[Chunk]):
        self._m = m
        self.chunks = chunks
        self.first, self.last = m.start(), m.end() - 1

    def all(self, name: str) -> list[Chunk]:
        if name not in self._m.re.groupindex:
            return []
        s, e = self._m.span(name)  # (-1, -1) when the group took no part: no chunk
        return self.chunks[s:e] if s >= 0 else []

    def get(self, name: str) -> Chunk | None:
        found = self.all(name)
        return found[0] if found else None

    def span(self) -> list[Chunk]:
        return self.chunks[self.first:self.last + 1]


_CHARS: dict[str, str] = {}  # label -> the one character that stands for it in an encoded statement


def _char(label: str) -> str:
    """The label's character: a private-use code point, given to labels in the order they are first met
    (a pattern's when it is compiled, any other when a chunk first bears it), so no two labels share one."""
    c = _CHARS.get(label)
    if c is None:
        c = _CHARS[label] = chr(0xE000 + len(_CHARS))
    return c


_ELEMENT = re.compile(r"(?:(\w+)=)?(!?)([^?*+{]+)(\?|\*|\+|\{\d*,?\d*\})?")  # name=!LABEL|LABEL quantifier
_TOKEN = re.compile(r"\(|\)(?:\?|\*|\+|\{\d*,?\d*\})?|(?<=\s)\|(?=\s)|[^\s()]+")


def compile_pattern(pattern: str) -> re.Pattern:
    out = []
    for tok in _TOKEN.findall(pattern):
        if tok == "(":
            out.append("(?:")
        elif tok == "|":
            out.append("|")
        elif tok.startswith(")"):
            out.append(")" + tok[1:])
        else:
            out.append(_element(tok))
    return re.compile("".join(out), re.DOTALL)


def required_labels(pattern: str) -> tuple[tuple[frozenset, ...], ...]:
    """For each branch of the pattern (its parts between "|" outside brackets), for each element outside
    brackets with no quantifier: the labels one of which must be there for that branch to match."""
    depth, branches = 0, [[]]
    for tok in _TOKEN.findall(pattern):
        out = branches[-1]
        if tok == "(":
            depth += 1
        elif tok.startswith(")"):
            depth -= 1
        elif tok == "|":
            if depth == 0:
                branches.append([])
        elif depth == 0:
            m = _ELEMENT.fullmatch(tok)
            if m and not m.group(2) and m.group(4) in (None, "+") and m.group(3) != ".":
                labels = set()
                for a in m.group(3).split("|"):
                    labels.update(MACROS.get(a, a).split("|"))
                out.append(frozenset(labels))
    return tuple(tuple(b) for b in branches)


def _element(tok: str) -> str:
    m = _ELEMENT.fullmatch(tok)
    if not m:
        raise ValueError(f"bad pattern element {tok!r}")
    name, neg, alts, quant = m.groups()
    for a in alts.split("|"):
        if not (a == "." or a in MACROS or re.fullmatch(r"[A-Z]+", a)):
            raise ValueError(f"bad label {a!r} in pattern element {tok!r}")
    labels = [lab for a in alts.split("|") for lab in MACROS.get(a, a).split("|")]
    if "." in labels:
        one = "."  # any chunk
    else:
        one = "[" + "^" * bool(neg) + "".join(re.escape(_char(lab)) for lab in labels) + "]"
    body = one + (quant or "")
    return f"(?P<{name}>{body})" if name else body


def encode(chunks: list[Chunk]) -> str:
    """The statement as the string rule patterns match: one character a chunk, its label's."""
    chars = _CHARS
    return "".join([chars.get(c.label) or _char(c.label) for c in chunks])


def apply(r: Rule, enc: str, chunks: list[Chunk], env) -> list[dict]:
    """The facts of every match of rule r over a statement. A match whose action gives nothing does not
    shadow a later start inside it: in "mừng Đảng, … Bệnh viện X đã tổ chức lễ kỷ niệm … và đón nhận
    Huân chương", the leftmost name is rejected and the search goes on from the next chunk, where the
    holder of the ceremony starts a match of its own."""
    out: list[dict] = []
    pos = 0
    while (mm := r.regex.search(enc, pos)) is not None:
        got = r.action(Match(mm, chunks), env)
        out += got
        pos = mm.end() if got else mm.start() + 1
    return out


# ------------------------------------------------------------------ the registry

_RULES: dict[str, Rule] = {}
_DISABLED: set[str] = set()


def rule(name: str, pattern: str, doc: str, examples: list, counter: list = (), seen_in: list = ()) -> Callable:
    """Decorator: register the decorated action as rule `name`."""
    def register(action: Callable) -> Callable:
        if name in _RULES:
            raise ValueError(f"rule {name} registered twice")
        _RULES[name] = Rule(name, pattern, action, doc, tuple(_ex(e) for e in examples),
                            tuple(_ex(e) for e in counter), tuple(seen_in))
        return action
    return register


def _ex(e) -> Example:
    if isinstance(e, Example):
        return e
    if isinstance(e, str):
        return Example(e)
    return Example(*e)


def rules() -> list[Rule]:
    """Every registered rule. The rule modules register themselves when the package extract.rules is
    imported (assemble does); the registry knows no rule module, so no import runs in a circle."""
    if not _RULES:
        raise RuntimeError("no rule is registered: import extract.rules first")
    return list(_RULES.values())


def active() -> list[Rule]:
    return [r for r in rules() if r.name not in _DISABLED]


def candidates(rules_: list[Rule]) -> Callable[[set[str]], list[Rule]]:
    """pick(labels): the rules of `rules_` that may match a statement of those chunk labels (Rule.may_match),
    in their order. Each branch of a rule needs one of some labels; a rule is indexed under those of the
    fewest, so a statement asks may_match of the ~7 rules one of its labels opens, not of all 31."""
    return _picker(tuple(r.name for r in rules_))


@lru_cache(maxsize=8)
def _picker(names: tuple[str, ...]) -> Callable[[set[str]], list[Rule]]:
    rules_ = [_RULES[n] for n in names]
    always: list[int] = []  # rules with a branch that needs nothing
    index: dict[str, list[int]] = {}
    for pos, r in enumerate(rules_):
        for branch in r.needs:
            if not branch:
                always.append(pos)
                continue
            for label in min(branch, key=len):
                index.setdefault(label, []).append(pos)

    def pick(labels: set[str]) -> list[Rule]:
        hit = set(always)
        for label in labels:
            got = index.get(label)
            if got:
                hit.update(got)
        return [rules_[pos] for pos in sorted(hit) if rules_[pos].may_match(labels)]
    return pick


@contextmanager
def disabled(*names: str) -> Iterator[None]:
    """Turn rules off for a while (the ablation test)."""
    unknown = set(names) - set(_RULES)
    if unknown:
        raise KeyError(f"no such rule: {sorted(unknown)}")
    before = set(_DISABLED)
    _DISABLED.update(names)
    try:
        yield
    finally:
        _DISABLED.clear()
        _DISABLED.update(before)


def signature() -> str:
    """Rule names and patterns, for EXTRACTOR_VERSION."""
    return "\n".join(f"{r.name}\t{r.pattern}" for r in sorted(rules(), key=lambda r: r.name))
