"""Vietnamese labels for the codes the tables keep (roles, award statuses, why a fact was retired),
as SQL expressions for the views. The codes stay in their own columns for machines; people read these.
"""
from __future__ import annotations

ROLE = {"chair": "Trưởng {kind}", "vice_chair": "Phó trưởng {kind}", "member": "Thành viên"}
STATUS = {"proposed": "đề nghị", "conferred": "được tặng"}
RETIRED = {
    "not_extracted": "lần trích xuất mới không còn thấy dữ kiện này",
    "article_gone": "bài viết đã bị gỡ khỏi trang nguồn",
    "article_moved": "bài viết đã chuyển sang địa chỉ khác",
}


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def case(column: str, labels: dict[str, str], kind_sql: str | None = None) -> str:
    """`CASE column WHEN code THEN label … END`; '{kind}' in a label becomes the cluster's kind (cụm/khối)."""
    whens = []
    for code, label in labels.items():
        if "{kind}" in label and kind_sql:
            head, tail = label.split("{kind}")
            expr = f"{_quote(head)} || coalesce({kind_sql}, 'cụm'){' || ' + _quote(tail) if tail else ''}"
        else:
            expr = _quote(label.replace("{kind}", "cụm"))
        whens.append(f"WHEN {_quote(code)} THEN {expr}")
    return f"CASE {column} {' '.join(whens)} END"
