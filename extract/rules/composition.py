"""What tells that a list after "gồm" is a cluster's composition (rules/memberships.py compose.list): the clause
names the cluster, and no award stands before it (then the list is the award's recipients)."""
from __future__ import annotations

from .. import vocab
from ..headed import cluster_header, unit_lines
from .common import Env, clause_start

_RECIPIENT_CUES = ("AWD", "GIVE", "GET", "FOR", "PROPOSE")


def recipients_before(env: Env, clu: int) -> bool:
    """A verb of giving or an award in the few chunks before the cluster, with no unit or date between: the
    cluster's units are the award's recipients. "… Hội đồng thi đua, khen thưởng VKSND tỉnh, ngày 10/02/2023
    Cụm thi đua số 2 gồm …" (a name's word read as the verb, then a date) is no such cue."""
    window = env.chunks[max(0, clu - 4):clu]
    for j in range(len(window) - 1, -1, -1):
        c = window[j]
        if c.label in ("ORG", "DATE") or (c.label == "YEAR" and not (j and window[j - 1].label == "AWD")):
            return False  # a year goes with the award only right after it ("tặng Cờ thi đua năm 2023 …")
        if c.label in _RECIPIENT_CUES:
            return True
    return False


def has_cluster(env: Env, upto: int | None = None) -> bool:
    """The statement (or, with `upto`, the clause before chunk `upto`) names a cluster, a cluster's role ("X được chọn
    làm cụm trưởng thi đua của các tỉnh trong khu vực, gồm A, B": the role names the cluster whose units follow) or
    its members."""
    chunks = env.chunks if upto is None else env.chunks[clause_start(env, upto):upto]
    members = vocab.words("clusters", "member_words")
    return any(c.label in ("CLU", "ROLE") or (c.label == "COUNT" and any(w in (c.attrs.get("noun") or c.text).lower() for w in members))
               for c in chunks)


def award_after_role(env: Env, upto: int) -> bool:
    """A clause that names the cluster only by a role: an award or a verb of giving between the last role and the
    list ("Sở X (Cụm trưởng) đề nghị tặng Bằng khen cho các đơn vị, gồm: …") makes the list the award's recipients."""
    start = clause_start(env, upto)
    role = max((k for k in range(start, upto) if env.chunks[k].label == "ROLE"), default=None)
    return role is not None and any(c.label in _RECIPIENT_CUES for c in env.chunks[role + 1:upto])


def headed_block(env: Env) -> bool:
    """The statement is a cluster's header line and one unit a line under it (extract/headed.py): its lines are read
    once, by compose.header_lines (rules/headed.py), whatever the header says after the cluster."""
    header = cluster_header(env.chunks) if env.stmt.items >= 2 else None
    return header is not None and unit_lines(env.chunks, header.body) is not None
