"""What tells that a list after "gồm" is a cluster's composition (rules/memberships.py compose.list): the clause
names the cluster, and no award stands before it (then the list is the award's recipients)."""
from __future__ import annotations

from .. import vocab
from ..headed import cluster_header, count_agrees, unit_lines
from .common import Env, clause_start, units

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
    làm cụm trưởng thi đua của các tỉnh trong khu vực, gồm A, B": the role names the cluster whose units follow, as
    the list's subject: _role_names_list) or its members."""
    lo = 0 if upto is None else clause_start(env, upto)
    chunks = env.chunks[lo:upto]
    members = vocab.words("clusters", "member_words")
    return any(c.label == "CLU" or (c.label in ("COUNT", "ROLE") and any(w in (c.attrs.get("noun") or c.text).lower() for w in members))
               or c.label == "ROLE" and (upto is None or c.attrs.get("cluster") or _role_names_list(env, lo + j, upto))
               for j, c in enumerate(chunks))  # "… đăng cai cụm trưởng Cụm thi đua số II, gồm …" (probes audit8-100)


def _role_names_list(env: Env, r: int, upto: int) -> bool:
    """A role names the cluster of the list after "gồm" (at `upto`) only as its subject: with its own complement
    ("được chọn làm cụm trưởng thi đua của các tỉnh trong khu vực, gồm …": dev-12 tay-ninh-…), its unit ("thuộc Cụm
    trưởng Sở X gồm: …"), or the units it deals with, counted or grouped as units ("đã ký giao ước với 5 đơn vị
    gồm: …", "cùng các huyện thành viên, bao gồm: …"), nothing after them but "thành viên" or "dẫn đầu". Not when
    the role is the agent ("Đoàn kiểm tra do Cụm trưởng chủ trì, gồm: …"), when it is the list's own role ("Cụm
    phó gồm A và B": its holders, no plain members), nor when a group of another kind stands between: a person or
    a post ("… Khối trưởng và đại diện lãnh đạo các cơ quan gồm: …"), another unit ("thành lập Tổ thư ký gồm: …"),
    a group whose noun is no unit ("đại biểu khách mời", "các đội", "6 phòng chuyên môn", "3 xã biên giới": a
    review's probes x-18, gm-03, gm-04, gm-08, gm-09, gm-24, gm-30, x-23, x-24)."""
    ch = env.chunks
    between = ch[r + 1:upto]
    if not between or r and ch[r - 1].label == "BY" or any(c.label in ("POS", "PER") for c in between):
        return False
    if [c.label for c in between] == ["ORG"]:
        return True
    if any(c.label in ("ORG", "GRT", "LIST", "NAME") for c in between):
        return False
    groups = [j for j, c in enumerate(between) if c.label in ("COUNT", "GEN", "DIST")]
    if not groups:
        return False
    g = groups[-1]
    noun = (between[g].attrs.get("noun") or between[g].text).lower()
    units = vocab.words("function", "unit_generics") | vocab.words("clusters", "member_words")
    if between[g].label != "DIST" and not any(w in noun for w in units):
        return False
    complement = g and between[g - 1].label == "OF"  # "cụm trưởng thi đua của các tỉnh trong khu vực"
    return complement or all(c.label in ("COMMA", "LEAD") or c.text.lower() in vocab.words("clusters", "member_words")
                             for c in between[g + 1:])


def award_after_role(env: Env, upto: int) -> bool:
    """A clause that names the cluster only by a role: an award or a verb of giving between the last role and the
    list ("Sở X (Cụm trưởng) đề nghị tặng Bằng khen cho các đơn vị, gồm: …") makes the list the award's recipients."""
    start = clause_start(env, upto)
    role = max((k for k in range(start, upto) if env.chunks[k].label == "ROLE"), default=None)
    return role is not None and any(c.label in _RECIPIENT_CUES for c in env.chunks[role + 1:upto])


def headed_block(env: Env) -> bool:
    """The statement is a cluster's header line and one unit a line under it (extract/headed.py): its lines are read
    once, by compose.header_lines (rules/headed.py), whatever the header says after the cluster."""
    return block_lines(env) is not None


def block_lines(env: Env):
    """(header, the members' units, the role lines' units) of a header block whose count, where it gives one, its
    lines make: a block whose count they do not make is left to compose.list, which read such lists before (review 2
    of s15, hl-15, hn-12)."""
    header = cluster_header(env.chunks) if env.stmt.items >= 2 else None
    lines = unit_lines(env.chunks, header.body) if header is not None else None
    if lines is None:
        return None
    plain, roles = ([u for c in part for u in units(c, persons=False)] for part in lines)
    cut_off = env.stmt.end is not None and not env.doc.body[env.stmt.end:].strip()
    return (header, plain, roles) if count_agrees(header, [u["name"] for u in plain + roles], cut_off) else None
