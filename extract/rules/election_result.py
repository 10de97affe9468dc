"""The year of a role given in the result of an election the statement before held ("… bầu Cụm trưởng năm 2024.
Kết quả, X làm Cụm trưởng"): the election's year, not the review's (extract/rules/common.role_year asks).

Only a chair's or vice-chair's role, after an election of one, takes it: "Kết quả, …" also opens the review's own results
("Kết quả, các đơn vị trong Cụm … đều hoàn thành tốt nhiệm vụ"; "Kết quả thực hiện nhiệm vụ năm qua, X là Cụm
trưởng đã điều hành tốt …"), whose members and roles are the reviewed year's (time.yml review_past says so); and the
result must read as who was elected (_reads_as_elected), not as the work a chair did ("Kết quả, với vai trò Cụm trưởng, …").
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
    if any(w in env.stmt.text.lower() for w in vocab.words("time", "review_past")) or not _reads_as_elected(env.chunks, opens):
        return None
    roles = {c.attrs.get("role") for c in env.chunks[m.first:m.last + 1] if c.label == "ROLE"} - {None, "member"}
    at = next((i for i, s in enumerate(env.doc.statements) if s is stmt), 0)
    prev = env.doc.statements[at - 1].chunks if at else []
    ys = [c.attrs["year"] for c in prev if c.label == "YEAR" and not c.attrs.get("bare")]
    named = {c.attrs.get("role") for c in prev if c.label == "ROLE"} - {None, "member"}
    return ys[-1] if ys and roles and named and any(c.label == "ELECT" for c in prev) else None


def _reads_as_elected(chunks, opens) -> bool:
    """The result statement says who was elected: an election verb in it ("X được bầu làm Cụm trưởng"), or a unit and
    its role right after the opener or a result line's dash ("Kết quả: X làm Cụm trưởng", "- X làm Cụm trưởng").
    "Kết quả, với vai trò Cụm trưởng, X đã điều hành …", "Kết quả thực hiện nhiệm vụ …, X là Cụm trưởng …" and "Kết
    quả, X, đơn vị Cụm trưởng, được … tặng …" tell the work of the year reviewed (the second review's probes Y21, Y23,
    Y26)."""
    if any(c.label == "ELECT" for c in chunks):
        return True
    i = 0
    while i < len(chunks) and (chunks[i].label in ("COMMA", "COLON", "NL", "DASH") or chunks[i].text.lower() in opens):
        i += 1
    labels = [c.label for c in chunks[i:i + 3]]
    return labels[1:] == ["BE", "ROLE"] and labels[0] in ("ORG", "NAME", "LIST")
