"""How an award rule's match becomes facts: the status (proposed or conferred), the grantor, the year, and
every recipient the matched chunk names (with the further members of a counted group), for each award the
clause gives them. Shared by the award rule modules (awards.py, award_lists.py, award_events.py, award_money.py)."""
from __future__ import annotations

from ..frames import has_head
from ..posts import opens_with_post
from .common import Env, award, award_year, index_of, negated, proposed, units
from .givers import grantor_before, header_grantor
from .counted import and_counted, described, run_on
from .subjects import people_of, phrase_led

_CHAIN = ("COMMA", "SEMI", "AND", "YEAR", "NUM", "T", "W", "GET", "GIVE", "PROPOSE", "DATE")


def facts(name: str, m, env: Env, who, awards: list, negated_ok: bool = False, agent: str | None = None) -> list[dict]:
    """One fact per recipient and award; an award negated just before ("không") gives none unless `negated_ok`."""
    out = []
    for awd in awards:
        k = index_of(env, awd)
        if not negated_ok and negated(env.chunks, k):
            continue
        status = "proposed" if proposed(env, k) else "conferred"
        grantor = awd.attrs.get("grantor") or agent or grantor_before(env, k) or header_grantor(env)
        year = award_year(env, k, status)
        out += [award(name, env, u, awd, None if grantor == u["name"] else grantor, year, status)
                for u in _receiving(env, who, awd) + run_on(env, who) + and_counted(env, who) + and_body(env, who)
                + described(env, who, k)]
    return out


def _receiving(env: Env, who, awd) -> list[dict]:
    """The units `who` names, less the name a list opens with when it ends the phrase before the list (subjects.phrase_led),
    and none when `who` names whose people receive (subjects.people_of)."""
    if who is not None and people_of(env, index_of(env, who), awd):
        return []
    out = units(who)
    if who is not None and who.label == "LIST" and phrase_led(env, index_of(env, who)):
        first = who.attrs["items"][0]["start"]
        out = [u for u in out if u["start"] != first]
    return out


def chained(env: Env, awd) -> list:
    """Further awards the same recipients get in the same clause: "… tặng bằng khen và cờ thi đua hạng Nhất",
    "Huân chương Lao động hạng Nhì năm 1998, Cờ thi đua của Thủ tướng Chính phủ năm 2010"."""
    out = [awd]
    k = index_of(env, awd) + 1
    while k < len(env.chunks):
        c = env.chunks[k]
        if c.label == "AWD":
            out.append(c)
        elif c.label not in _CHAIN:
            break
        k += 1
    return out


def receiving_body(c) -> bool:
    """A grantor's name in a receiver's place is a body that receives: "tặng Huân chương Sao Vàng cho Bộ Công
    an", "Bộ Công an được tặng …", "cho Sở Y tế và UBND tỉnh Lạng Sơn". A post ("Chủ tịch UBND tỉnh") or a
    body named without an organisation's head ("Chính phủ", "Nhà nước") never is."""
    return c is not None and c.label == "GRT" and has_head(c.name) and not opens_with_post(c.name)


def and_body(env: Env, who) -> list[dict]:
    """"… cho Sở Y tế và UBND tỉnh Lạng Sơn": a body the list layer left out because its name is a grantor's."""
    if who is None:
        return []
    k = index_of(env, who) + 1
    ch = env.chunks
    if k + 1 < len(ch) and ch[k].label == "AND" and receiving_body(ch[k + 1]) \
            and (k + 2 >= len(ch) or ch[k + 2].label in ("DOT", "SEMI", "COMMA", "NL", "LP")):
        return units(ch[k + 1])
    return []
