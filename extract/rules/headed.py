"""Lines under a sub-header: a block whose first line is an item's mark and a frame word, then a colon ("1. Cụm 1:",
"a) Tập thể:", "b) Cá nhân:"), with a unit or a person on each line under it (extract/segment.py keeps such a block
whole and links it to the header above it). The first line is no item: it adds to the frame of the header above,
and what it adds says what the lines are:

- a cluster: the lines, each nothing but a unit, are its members ("1. Cụm 1:" / "- Quận 1" / "- Quận 10" / "+ Cụm
  trưởng: Quận 10", the role's line role.role_is_unit's), unless the header above names an award or a rank;
- a kind of receiver (a generic group, "Tập thể", "Cá nhân"): the lines receive the one award the header above
  names ("I. Huân chương Lao động hạng Nhì:" / "a) Tập thể:" / "1. Phòng …;" / "2. Trường …" / "b) Cá nhân:" / …).

Both are one structure, seen with a cluster in dev cong-van-957-ubnd-vx-dieu-chinh-cum-khoi… and with kinds of
receiver on a page of probe audit 4; a header over numbered lines without the sub-header is read elsewhere
(award.listed, compose.list: dev bo-ldtbxh-lay-y-kien-nhan-dan…, "I. Cụm 1: Gồm 12 đơn vị").
"""
from __future__ import annotations

from ..grammar import rule
from ..segment import Statement, opens_list
from .common import Env, award, award_year, cluster_for, index_of, membership, proposed, role_year, units
from .givers import grantor_before

_LINE_END = ("NL", "DOT", "SEMI")
_POSTS = frozenset({"COMMA", "POS", "ORG", "GRT", "NAME", "W", "LP", "RP"})
_SAYS_WHAT = ("AWD", "RANK", "LEAD", "PRIZE")  # a header above that names these: its lines receive or rank
_SEEN = ["dev:cong-van-957-ubnd-vx-dieu-chinh-cum-khoi-thi-dua-quan-huyen-so-ban-nganh-doan-the-cac-co-quan-don-vi",
         "probes:audit4-025"]


def _opens_block(m, env: Env, who) -> bool:
    """The match opens a block of lines (its first line), after a short mark ("1.", "a)") or none, and the units it
    lists stand alone on their lines: nothing but a line's end follows them (after a person, his posts and
    workplaces: "1. Ông A, Trưởng ban Ban Nội chính Tỉnh ủy (…)")."""
    first = env.chunks[0]
    j = index_of(env, who) + 1
    if who.label == "PER":
        while j < len(env.chunks) and env.chunks[j].label in _POSTS:
            j += 1
    return (m.first == 0 and env.stmt.items > 0 and (first.label not in ("NUM", "W") or len(first.text) <= 2)
            and (j >= len(env.chunks) or env.chunks[j].label in _LINE_END))


def _roles_after(env: Env, j: int) -> bool:
    """What the block holds after chunk j is line ends, and then nothing or a line that opens with a role."""
    while j < len(env.chunks) and env.chunks[j].label in _LINE_END:
        j += 1
    if j < len(env.chunks) and env.chunks[j].label == "DASH":
        j += 1
    return j >= len(env.chunks) or env.chunks[j].label == "ROLE"


def _headers(stmt: Statement) -> list[Statement]:
    out, h = [], stmt.header
    while h is not None and len(out) < 3:
        out.append(h)
        h = h.header
    return out


@rule(
    "compose.headed",
    "((NUM|W) (DOT|RP))? clu=CLU COLON (NL|DASH)+ who=@UNIT",
    "A cluster as a sub-header over lines of units, no \"gồm\": \"1. Cụm 1:\" / \"- Quận 1\" / \"- Quận 10\": its members.",
    examples=[
        ("Chia cụm thi đua như sau:\n\n1. Cụm 1:\n\n- Quận 1\n\n- Quận 10\n\n- Quận Tân Bình\n\n+ Cụm trưởng: Quận 10\n\n"
         "2. Cụm 2:\n\n- Quận 4\n\n- Quận Gò Vấp",
         ["M member * Quận 1 @ Cụm 1", "M member * Quận Tân Bình @ Cụm 1", "M chair * Quận 10 @ Cụm 1",
          "M member * Quận 4 @ Cụm 2", "M member * Quận Gò Vấp @ Cụm 2"]),
    ],
    counter=["Nhiệm vụ năm 2010:\n\n1. Cụm 1:\n\n- Tổ chức hội nghị sơ kết;\n\n- Ký kết giao ước thi đua.",
             "Kết quả chấm điểm:\n\n1. Cụm 1:\n\n- Sở Y tế: 95 điểm;\n\n- Sở Tư pháp: 90 điểm.",
             "Tặng Cờ thi đua cho các đơn vị:\n\n1. Cụm 1:\n\n- Sở Y tế\n\n- Sở Tư pháp"],
    seen_in=_SEEN,
)
def compose_headed(m, env: Env) -> list[dict]:
    who = m.get("who")
    if who.label != "LIST" or not _opens_block(m, env, who) or not _roles_after(env, index_of(env, who) + 1) \
            or any(c.label in _SAYS_WHAT for h in _headers(env.stmt) for c in h.chunks):
        return []  # members, two at least, every line of the block one of them or a role's ("+ Cụm trưởng: …")
    year = role_year(env, m, m.first)
    cluster = cluster_for(env, m, "clu")
    return [membership("compose.headed", env, cluster, u, year, u["role"] or "member") for u in units(who, persons=False)]


@rule(
    "award.headed",
    "(NUM|W) (DOT|RP) GEN COLON (NL|DASH)* (NUM (DOT|RP|DASH))? who=@WHO",
    "A kind of receiver as a sub-header under a header that names an award: \"I. Huân chương Lao động hạng Nhì:\" / "
    "\"a) Tập thể:\" / \"1. Phòng …;\" / \"b) Cá nhân:\" / \"1. Ông …\": the lines receive the header's award.",
    examples=[
        ("DANH SÁCH\nI. Huân chương Lao động hạng Nhì:\na) Tập thể:\n1. Phòng Giáo dục và Đào tạo "
         "huyện Phù Mỹ;\n2. Trường Tiểu học Tây Xuân, xã Tây Xuân, huyện Tây Sơn.\nb) Cá nhân:\n1. Ông Sô Minh Phương, "
         "Trưởng ban Ban Nội chính Tỉnh ủy.",
         ["A proposed * Huân chương Lao động hạng Nhì -> Phòng Giáo dục và Đào tạo huyện Phù Mỹ",
          "A proposed * Huân chương Lao động hạng Nhì -> Trường Tiểu học Tây Xuân, xã Tây Xuân, huyện Tây Sơn",
          "A proposed * Huân chương Lao động hạng Nhì -> Sô Minh Phương"],
         "Lấy ý kiến nhân dân đối với các tập thể, cá nhân đề nghị tặng thưởng Huân chương các hạng"),
    ],
    counter=["I. KHỐI CÁC ĐƠN VỊ THUỘC BỘ\n\n1. Đối với tập thể:\n\n- Tập thể lao động tiên tiến : 245 tập thể;\n\n"
             "- Cờ thi đua ngành Tư pháp : 23 tập thể.",
             "I. Kết quả công tác năm 2020:\na) Tập thể:\n1. Sở Y tế tổ chức hội nghị;\n2. Sở Tư pháp ký kết giao ước."],
    seen_in=_SEEN,
)
def award_headed(m, env: Env) -> list[dict]:
    who = m.get("who")
    h = env.stmt.header
    if h is None or h.start is None or not opens_list(h.text) or not _opens_block(m, env, who):
        return []
    at = [k for k, c in enumerate(h.chunks) if c.label == "AWD"]
    if len(at) != 1:
        return []  # no award above, or several: which one the lines receive is not said
    k = at[0]
    awd = h.chunks[k]
    henv = Env(env.doc, h, h.chunks)
    status = "proposed" if proposed(henv, k) else "conferred"
    grantor = awd.attrs.get("grantor") or grantor_before(henv, k)
    year = award_year(henv, k, status)
    joined = Env(env.doc, Statement(env.doc.body[h.start:env.stmt.end], h.start, chunks=env.chunks), env.chunks)
    return [award("award.headed", joined, u, awd, grantor, year, status) for u in units(who)]
