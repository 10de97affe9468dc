"""Abbreviations in brackets: a unit's alias ("Công ty Điện lực Lạng Sơn (PC Lạng Sơn)") is part of that unit's
chunk, and a phrase's short form ("nông thôn mới (NTM)") is no unit. The list layer (lists.py) asks this first."""
from __future__ import annotations

from . import vocab
from .chunkbase import Chunk, Context


def aliases(ctx: Context, chunks: list[Chunk]) -> list[Chunk]:
    """"Công ty Điện lực Lạng Sơn (PC Lạng Sơn)", "Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Lạng Sơn": an
    abbreviation in brackets after a name is that name's alias, not another unit; after lower-case words whose
    initials it spells ("nông thôn mới (NTM)"; 22 such in 14 corpus articles) it is a phrase's, no unit at all."""
    out: list[Chunk] = []
    k = 0
    while k < len(chunks):
        c = chunks[k]
        if (c.label in ("ORG", "GRT", "PER") and k + 3 < len(chunks) and chunks[k + 1].label == "LP"
                and chunks[k + 2].label in ("ORG", "NAME") and chunks[k + 3].label == "RP"
                and _acronym(chunks[k + 2].text)):
            name = c.name
            end = chunks[k + 3]
            k += 4
            after = chunks[k] if k < len(chunks) else None
            if after is not None and after.start == end.end + 1 and (
                    after.label == "ORG" and after.text.split()[0].lower() in vocab.admin_kinds()
                    or after.label in ("W", "T") and after.text.lower() in vocab.admin_kinds()
                    or after.label == "NAME" and not _acronym(after.text)):
                name, end = f"{name} {after.name or after.text}", after  # "… (BĐBP) tỉnh Lạng Sơn", "(LĐLĐ) tỉnh"
                k += 1
            out.append(Chunk(c.label, c.i, end.j, c.start, end.end, ctx.text[c.start:end.end],
                             {**c.attrs, "name": name, "alias": chunks[k - 2 if end.label == "RP" else k - 3].text}))
            continue
        if (c.label == "NAME" and 0 < k < len(chunks) - 1 and chunks[k - 1].label == "LP" and chunks[k + 1].label == "RP"
                and _initials_of(ctx.text[:chunks[k - 1].start], c.text)):
            out.append(Chunk("W", c.i, c.j, c.start, c.end, c.text, {}))  # "nông thôn mới (NTM)": a phrase's short form
            k += 1
            continue
        out.append(c)
        k += 1
    return out


def _initials_of(before: str, acronym: str) -> bool:
    """The acronym is made of the first letters of the words right before it ("nông thôn mới" NTM, "Nông thôn mới"
    NTM: a phrase, whatever its case; a unit's own abbreviation after its name is its alias, read before this)."""
    words = before.split()[-len(acronym):]
    return (len(acronym) >= 2 and acronym.isupper() and len(words) == len(acronym) and all(w[:1].isalpha() for w in words)
            and "".join(w[0] for w in words).upper() == acronym)


def _acronym(text: str) -> bool:
    first = text.split()[0]
    return len(first) >= 2 and first.replace("&", "").isupper()
