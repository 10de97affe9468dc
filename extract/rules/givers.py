"""Who gives an award: the grantor a clause names before its verb, a unit that gives ("Sở Y tế tặng Giấy khen
cho …"), or the grantor of the header a list stands under. An award's own "của G" is read with the award
(extract/awardnames.py); these are for the rest."""
from __future__ import annotations

from .. import vocab
from .common import Env, bare_head, clause_start, generic_tails


def header_grantor(env: Env) -> str | None:
    h = env.stmt.header
    if h is None:
        return None
    for c in h.chunks:
        if c.label == "GRT":
            return c.name
    return None


def grantor_before(env: Env, k: int) -> str | None:
    """Who gives an award at chunk k when it does not say "của G": the grantor the clause names before
    its verb ("đề nghị UBND tỉnh tặng", "được Chủ tịch UBND tỉnh trao tặng", "thừa ủy quyền của Chủ tịch
    nước … trao"), the last one asked when several are ("UBND tỉnh trình Thủ tướng Chính phủ")."""
    lo = clause_start(env, k)
    j = _giving_unit(env, k, lo)
    if j is not None and j > lo and env.chunks[j - 1].label == "PROPOSE" and giver(env, j):
        return giver(env, j)  # "…, B đề nghị Bộ Nội vụ tặng Bằng khen": the unit asked, before any earlier grantor
    for j in range(k - 1, lo - 1, -1):
        if env.chunks[j].label == "GRT" and not _in_apposition(env, j, lo):
            return env.chunks[j].name
    return _subject_giver(env, k, lo)


def _subject_giver(env: Env, k: int, lo: int) -> str | None:
    """"Sở Y tế (đã) tặng Giấy khen cho …": a unit of any kind right before the verb that gives the award at k."""
    j = _giving_unit(env, k, lo)
    return None if j is None else giver(env, j)


def _giving_unit(env: Env, k: int, lo: int) -> int | None:
    """Where the unit right before the verb that gives the award at k stands (an ORG chunk), if one does. Asked of
    after "đề nghị" ("Kết quả: A dẫn đầu Cụm, đề nghị UBND tỉnh tặng Cờ thi đua, B đề nghị Bộ Nội vụ tặng Bằng khen":
    the review's probe res-12; "… đề nghị LĐLĐ tỉnh tặng …", dev hoi-nghi-tong-ket-cum-thi-dua-so-2-ldld…), it is
    the grantor even when the clause named another one before, for an earlier result."""
    j = k - 1
    while j > lo and env.chunks[j].label in ("NUM", "T", "W") and k - j <= 3:
        j -= 1
    if env.chunks[j].label != "GIVE":
        return None
    j -= 1
    while j >= lo and env.chunks[j].label in ("T", "W") and env.chunks[j].text.islower() and k - j <= 6:
        j -= 1
    if j - 2 >= lo and env.chunks[j].label == "PER" and env.chunks[j - 1].label == "ORG" and env.chunks[j - 2].label == "POS":
        j -= 1  # "Thống đốc Ngân hàng Nhà nước Lê Văn A trao …": the post's body gives, as "Chủ tịch UBND tỉnh A" does
    return j if j >= lo and env.chunks[j].label == "ORG" else None


def giver(env: Env, j: int) -> str | None:
    """The grantor an ORG chunk at j names as the one who gives: none for a kind or a class of units ("Ban tổ
    chức", "Hội LHPN các cấp"); the listed grantor it opens with, its post included ("Bộ trưởng Bộ GD&ĐT Nguyễn
    Kim Sơn" -> "Bộ trưởng Bộ GD&ĐT", "Thủ tướng Chính phủ nước … Nguyễn Tấn Dũng"); else its name without a
    person's name at its end."""
    name = env.chunks[j].name
    if bare_head(name) or name.lower().endswith(generic_tails()):
        return None
    post = env.chunks[j - 1].text + " " if j and env.chunks[j - 1].label == "POS" else ""
    for text in ([post + name] if post else []) + [name]:
        words = text.split()
        hit = next((" ".join(words[:n]) for n in range(len(words), 1, -1) if vocab.listed_grantor(" ".join(words[:n]))), None)
        if hit:
            return hit
    words = name.split()
    person = next((n for n in (3, 4) if len(words) > n and words[-n].lower() in vocab.surnames()
                   and all(w[:1].isupper() for w in words[-n:])), 0)
    return post + (" ".join(words[:len(words) - person]) if person else name)  # "Sư đoàn trưởng Sư đoàn 3": as written


def _in_apposition(env: Env, j: int, lo: int) -> bool:
    """"Trại giam Sông Cái, thuộc Tổng cục VIII, Bộ Công an, …": a body named after "thuộc" is whose the
    subject is, not who gives."""
    for i in range(j - 1, lo - 1, -1):
        label = env.chunks[i].label
        if label == "BELONG":
            return True
        if label not in ("ORG", "GRT", "NAME", "COMMA", "LP", "LIST"):
            return False
    return False
