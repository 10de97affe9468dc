"""Assembling an article's facts: analyse the sentences that could hold one, run each concern
(compositions, roles, rankings, awards), add the memberships they imply, and keep one fact per
statement (see `_dedupe`)."""
from __future__ import annotations

import re
from functools import lru_cache

from . import years
from .awards import PROPOSING, awards
from .coref import link_orphans
from .clusters import main_cluster
from .normalize import clean, key
from .rankings import rankings
from .resolve import cluster_key
from .unitkeys import expand, unit_key as resolver_unit_key
from .roles import ROLE_RANK, compositions, role_statements
from .text import analyse, join_list_lines, list_headers, split_sentences


_HINT = re.compile(
    r"cụm|khối|thành viên|cờ|khen|huân chương|huy chương|kỷ niệm chương|danh hiệu|chiến s[ĩỹ]|anh hùng|xếp|dẫn đầu|"
    r"đứng đầu|thứ|hạng|trưởng|phó|có công",
    re.IGNORECASE,
)
_VOTE = re.compile(r"suy tôn|bình xét|bình chọn|bầu chọn|bỏ phiếu|thống nhất|cụm|khối", re.IGNORECASE)


@lru_cache(maxsize=4096)
def unit_key(name: str) -> str:
    """Dedupe key inside one article: the resolver's unit key, so "UBND huyện Cao Lộc" = "Cao Lộc"
    and "VKSND" = "Viện kiểm sát nhân dân"."""
    return resolver_unit_key(name)


def extract_article(title: str, body: str, published: str | None = None) -> list[dict]:
    title = clean(title or "")
    body = body or ""
    pieces = join_list_lines(body, split_sentences(body))
    # Word segmentation is most of the cost: only sentences that could hold a fact are analysed.
    sentences = [analyse(t, off) for off, t in pieces if _HINT.search(t)]
    head = analyse(title, None) if title and _HINT.search(title) else None
    cluster = main_cluster(title, [t for _, t in pieces])
    ctx_year = years.context_year(title, body, published)
    ach_year = years.achievement_year(body)
    first_date = years.date_year(body[:600])  # the event's date, for awards that name no year

    facts: list[dict] = []
    for sent in ([head] if head else []) + sentences:
        facts += compositions(sent, cluster, ctx_year)
        facts += role_statements(sent, cluster, ctx_year)
        facts += rankings(sent, cluster, ctx_year)
        facts += awards(sent, ctx_year, ach_year, first_date)
    facts += link_orphans(facts, body, pieces)
    _proposals_under_headers(facts, list_headers(pieces))
    facts += _implied_memberships(facts, cluster)
    return [_finish(f) for f in _fullest_names(_dedupe(_bare_places(facts)))]


def _proposals_under_headers(facts: list[dict], headers: dict[int, str]) -> None:
    """"Hội nghị thống nhất đề nghị khen thưởng:" / "- UBND tỉnh tặng Cờ thi đua: A, B": the lines
    under a proposing header propose, and a cluster's vote there makes its nominees members."""
    for f in facts:
        header = headers.get(f["_sent"].start) if f["kind"] == "award" and f["_sent"].start is not None else None
        if header and PROPOSING.search(header):
            f["status"] = "proposed"
            f["_header"] = header


def _implied_memberships(facts: list[dict], cluster: str | None) -> list[dict]:
    """A unit the cluster ranks, or nominates by its own vote, is one of its members that year (not one
    that a neighbouring sentence names for an award: that vote need not be the cluster's)."""
    out = []
    for f in facts:
        if f["kind"] == "ranking" and f["cluster"]:
            out.append({"kind": "membership", "cluster": f["cluster"], "unit": f["unit"], "year": f["year"],
                        "role": "member", "_sent": f["_sent"]})
        elif (f["kind"] == "award" and f["status"] == "proposed" and cluster and f["recipient"] and not f.get("_person")
              and not f.get("_linked") and _VOTE.search(f["_sent"].text + " " + f.get("_header", ""))):
            out.append({"kind": "membership", "cluster": cluster, "unit": f["recipient"], "year": f["year"],
                        "role": "member", "_sent": f["_sent"]})
    return out


def _dedupe(facts: list[dict]) -> list[dict]:
    """One membership per (cluster, unit, year) with the most specific role; one award per
    (recipient, award, grantor), where a grantor left unsaid is any grantor; one ranking per (cluster, unit, year). Body evidence beats the title."""
    best: dict[tuple, dict] = {}
    order = []
    for f in facts:
        if not f.get("unit", f.get("recipient")):
            continue
        if f["kind"] == "membership":
            k = ("m", cluster_key(f["cluster"]), unit_key(f["unit"]), f["year"])
        elif f["kind"] == "ranking":
            k = ("r", cluster_key(f["cluster"]), unit_key(f["unit"]), f["year"])
        else:
            k = ("a", unit_key(f["recipient"]), key(f["award"])[:12], key(f["grantor"] or ""))
        old = best.get(k)
        if old is None:
            best[k] = f
            order.append(k)
            continue
        if f["kind"] == "membership" and ROLE_RANK[f["role"]] > ROLE_RANK[old["role"]]:
            best[k] = f
        elif old["_sent"].start is None and f["_sent"].start is not None and f["kind"] != "membership":
            best[k] = f
        elif len(f.get("unit", f.get("recipient", ""))) > len(old.get("unit", old.get("recipient", ""))) and f["kind"] == "membership" and f["role"] == old["role"]:
            best[k] = f
    out = [best[k] for k in order if not _same_award_named_fuller(k, order)]
    # a title restates the body: drop a title award whose kind and year the body also has
    body_awards = {(key(f["award"])[:12], f["year"]) for f in out if f["kind"] == "award" and f["_sent"].start is not None}
    return [f for f in out if not (f["kind"] == "award" and f["_sent"].start is None
                                   and (key(f["award"])[:12], f["year"]) in body_awards)]


_PLACE_KIND = re.compile(r"^(?:UBND\s+|Ủy ban nhân dân\s+)?(?:huyện|quận|thị xã|thành phố|tỉnh|xã|phường|thị trấn)\s+(.+)$", re.IGNORECASE)


def _bare_places(facts: list[dict]) -> list[dict]:
    """"Đạ Huoai" in a list is the "huyện Đạ Huoai" the same article names in full: a bare place takes
    the one administrative unit of that name the article has (none, or two of them, and it stays)."""
    full: dict[str, set[str]] = {}
    for f in facts:
        name = f.get("unit") or f.get("recipient")
        m = _PLACE_KIND.match(name or "")
        if m and not f.get("_person"):
            full.setdefault(m.group(1), set()).add(name)
    for f in facts:
        field = "unit" if f.get("unit") else "recipient"
        if f.get(field) and len(full.get(f[field], ())) == 1 and not f.get("_person"):
            f[field] = next(iter(full[f[field]]))
    return facts


def _same_award_named_fuller(k: tuple, keys: list[tuple]) -> bool:
    """An award named once without its grantor, or with a shorter wording of it ("Trung ương Hội" for
    "Ban Chấp hành Trung ương Hội LHPN Việt Nam"), is the award another fact names in full."""
    if k[0] != "a":
        return False
    return any(o[:3] == k[:3] and o[3] != k[3] and k[3] in o[3] for o in keys if o[0] == "a")


def _fullest_names(facts: list[dict]) -> list[dict]:
    """Each unit under the fullest name the article gives it: a table row that says "Sở Nông nghiệp & PTNT"
    where the same article also writes "Sở Nông nghiệp và Phát triển Nông thôn" is the same unit, and a
    reader searches for the full name. Persons keep their own names."""
    fullest: dict[str, str] = {}
    for f in facts:
        name = f.get("unit") or f.get("recipient")
        if name and not f.get("_person"):
            k = unit_key(name)
            if _fullness(name) > _fullness(fullest.get(k, "")):
                fullest[k] = name
    for f in facts:
        field = "unit" if f.get("unit") else "recipient"
        if f.get(field) and not f.get("_person"):
            f[field] = fullest[unit_key(f[field])]
    return facts


def _fullness(name: str) -> tuple[int, int]:
    """Words once abbreviations are spelled out ("UBMTTQ" says more than "Mặt trận Tổ quốc"), then
    the words as written (the spelled-out form beats the abbreviation)."""
    return len(expand(name).split()), len(name.split())


def _finish(f: dict) -> dict:
    sent = f.pop("_sent")
    for private in ("_person", "_names", "_linked", "_orphan", "_header"):
        f.pop(private, None)
    f["evidence"] = sent.text
    f["start"] = sent.start
    f["end"] = None if sent.start is None else sent.start + len(sent.text)
    return f
