"""How an award rule's match becomes facts: the status (proposed or conferred), the grantor, the year, and
every recipient the matched chunk names (with the further members of a counted group), for each award the
clause gives them. Shared by the award rule modules (awards.py, award_events.py, award_money.py)."""
from __future__ import annotations

from .common import Env, award, award_year, grantor_before, header_grantor, index_of, proposed, units
from .counted import and_counted, run_on

_CHAIN = ("COMMA", "SEMI", "AND", "YEAR", "NUM", "T", "W", "GET", "GIVE", "PROPOSE", "DATE")


def facts(name: str, m, env: Env, who, awards: list, negated_ok: bool = False, agent: str | None = None) -> list[dict]:
    """One fact per recipient and award; an award negated just before ("không") gives none unless `negated_ok`."""
    out = []
    for awd in awards:
        k = index_of(env, awd)
        if not negated_ok and any(c.label == "NEG" for c in env.chunks[max(0, k - 3):k]):
            continue
        status = "proposed" if proposed(env, k) else "conferred"
        grantor = awd.attrs.get("grantor") or agent or grantor_before(env, k) or header_grantor(env)
        year = award_year(env, k, status)
        out += [award(name, env, u, awd, grantor, year, status) for u in units(who) + run_on(env, who) + and_counted(env, who)]
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
