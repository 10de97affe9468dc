"""The year of a role given in the result of an election the statement before held ("… bầu Cụm trưởng năm 2024.
Kết quả, X làm Cụm trưởng"): the election's year, not the review's (extract/rules/common.role_year asks).

Only a chair's or vice-chair's role, after an election of one, takes it: "Kết quả, …" also opens the review's own results
("Kết quả, các đơn vị trong Cụm … đều hoàn thành tốt nhiệm vụ"; "Kết quả thực hiện nhiệm vụ năm qua, X là Cụm
trưởng đã điều hành tốt …"), whose members and roles are the reviewed year's (time.yml review_past says so).
"""
from __future__ import annotations

from .. import vocab


def years_of_election_before(env, m) -> int | None:
    """A result (time.yml result_words) of the election the statement before it held for a year: "… bầu Cụm trưởng
    và Cụm phó năm 2021. Kết quả X làm Cụm trưởng" is 2021, at a review of 2020. A result line under a header
    ("Kết quả: / - …") reads the statement before its header. The fact must be a chair's or vice-chair's, and the election must name one ("bầu Cụm trưởng năm 2024. Kết quả:
    / - A làm Cụm trưởng; / - B làm Cụm phó": both)."""
    opens = tuple(vocab.words("time", "result_words"))
    stmt = env.stmt if env.stmt.text.lower().startswith(opens) else env.stmt.header
    if stmt is None or not stmt.text.lower().startswith(opens):
        return None
    if any(w in env.stmt.text.lower() for w in vocab.words("time", "review_past")):
        return None
    roles = {c.attrs.get("role") for c in env.chunks[m.first:m.last + 1] if c.label == "ROLE"} - {None, "member"}
    at = next((i for i, s in enumerate(env.doc.statements) if s is stmt), 0)
    prev = env.doc.statements[at - 1].chunks if at else []
    ys = [c.attrs["year"] for c in prev if c.label == "YEAR" and not c.attrs.get("bare")]
    named = {c.attrs.get("role") for c in prev if c.label == "ROLE"} - {None, "member"}
    return ys[-1] if ys and roles and named and any(c.label == "ELECT" for c in prev) else None
