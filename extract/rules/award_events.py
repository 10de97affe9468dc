"""Awards received at an event the receiver holds: "Bệnh viện X đã tổ chức lễ kỷ niệm … và đón nhận Huân
chương …". The holder is the subject of the event clause, not a place, a parent or a post that agrees."""
from __future__ import annotations

from .. import vocab
from ..grammar import rule
from ..posts import opens_with_post
from .award_facts import chained, facts
from .common import Env, award, award_year, index_of, proposed
from .subjects import authorities_hold, event_clause, founded_part, lead_in, owner_of_apposition


@rule(
    "award.event_subject",
    "who=@WHO|GRT (!DOT|SEMI|GET|GIVE){1,30} AND GET awd=AWD",
    "The unit that holds a ceremony and receives an award at it: \"Bệnh viện X đã tổ chức lễ kỷ niệm 63 năm Ngày "
    "Thầy thuốc Việt Nam và đón nhận Huân chương …\", \"Tổng Liên đoàn … tổ chức kỷ niệm 80 năm ngày thành lập Công "
    "đoàn Việt Nam và đón nhận Huân chương Sao Vàng\".",
    examples=[
        ("Sáng 26/2, Bệnh viện Đa khoa Hà Đông đã tổ chức lễ kỷ niệm 63 năm Ngày thầy thuốc Việt Nam và đón nhận "
         "Huân chương lao động hạng Nhì.", ["A conferred * Huân chương lao động hạng Nhì -> Bệnh viện Đa khoa Hà Đông"]),
        ("Cục thuế TP HCM sáng nay tổ chức kỷ niệm 65 năm Ngày truyền thống ngành thuế Việt Nam và vinh dự đón nhận "
         "Huân chương Lao động hạng Nhất.", ["A conferred * Huân chương Lao động hạng Nhất -> Cục thuế TP HCM"]),
        ("Cục thuế TP HCM sáng nay, tổ chức kỷ niệm 65 năm “Ngày truyền thống ngành thuế Việt Nam” và vinh dự đón "
         "nhận Huân chương độc lập Hạng 3.", ["A conferred * Huân chương độc lập Hạng 3 -> Cục thuế TP HCM"]),
        ("Trong không khí phấn khởi mừng Đảng, mừng Xuân, sáng 26/2, Bệnh viện Đa khoa Hà Đông đã tổ chức lễ kỷ niệm "
         "63 năm Ngày thầy thuốc Việt Nam (27/2/1955 - 27/2/2018), và đón nhận Huân chương lao động hạng Nhì.",
         ["A conferred * Huân chương lao động hạng Nhì -> Bệnh viện Đa khoa Hà Đông"]),
        ("Sáng 23/8, tại hội trường UBND thành phố Lạng Sơn, Công ty cổ phần Sản xuất và Thương mại Lạng Sơn tổ "
         "chức lễ kỷ niệm 45 năm ngày thành lập và đón nhận Huân chương Lao động hạng Ba.",
         ["A conferred * Huân chương Lao động hạng Ba -> Công ty cổ phần Sản xuất và Thương mại Lạng Sơn"]),
    ],
    counter=["Tại Hà Nội, Bộ Y tế tổ chức hội nghị và Sở Y tế đón nhận Huân chương Lao động.",
             "Sáng 7.8, Cục Cứu hộ - Cứu nạn, Bộ Quốc phòng tổ chức kỷ niệm 10 năm ngày truyền thống và đón nhận "
             "Huân chương bảo vệ Tổ quốc hạng Nhì."],
    seen_in=["corpus:le-ky-niem-63-nam-ngay-thay-thuoc-viet-n", "corpus:nganh-thue-tp-hcm",
             "corpus:tong-lien-doan-lao-dong-viet-nam-ky-niem"],
)
def event_subject(m, env: Env) -> list[dict]:
    verb_at = m.last - 1
    if not event_clause(env, m.first, verb_at, subject=True):
        return []
    before = [c.label for c in env.chunks[max(0, m.first - 2):m.first]]
    if before[-1:] == ["AT"] or before == ["AT", "W"]:
        return []  # "tại Hà Nội", "tại hội trường UBND thành phố": where, not who
    if before[-1:] == ["COMMA"] and len(before) == 2 and before[0] in ("ORG", "NAME", "W"):
        return []  # "Cục Cứu hộ - Cứu nạn, Bộ Quốc phòng tổ chức …": the parent of the holder named before
    if any(c.label == "FOR" for c in env.chunks[m.last + 1:m.last + 4]):
        return []  # "… và đón nhận Huân chương … trao tặng cho Đảng bộ, chính quyền và Nhân dân X": "cho" names it
    after = " ".join(c.text.lower() for c in lead_in(env, m.first + 1) if c.label in ("T", "W"))
    if not any(w in after for w in vocab.words("function", "event_verbs")):
        return []  # the one who holds the event: "X (đã) tổ chức …", "X sáng nay, tổ chức …", "X kỷ niệm …"
    who = m.get("who")
    if authorities_hold(env, who, verb_at):
        return []  # the bodies governing a place hold its ceremony (subjects.authorities_hold)
    if founded_part(env, m.first + 1, verb_at) is not None:
        return []  # "… kỷ niệm … thành lập Khoa Y và đón nhận …": the part founded receives (subjects.founded_part)
    if who.text.lower() in vocab.words("function", "event_words"):
        return []  # a title that opens with "Tổ chức lễ kỷ niệm …" names no holder
    if who.label == "GRT" and opens_with_post(who.text):
        return []  # "Chủ tịch UBND tỉnh đồng ý tổ chức …": a person's post agrees, it does not receive
    return facts("award.event_subject", m, env, owner_of_apposition(env, m.first) or who, chained(env, m.get("awd")))


@rule(
    "award.order_of_unit",
    "GET awd=AWD",
    "An order or title only the State confers, received, \"của\" a unit: that unit receives it (\"lễ kỷ niệm … và "
    "đón nhận danh hiệu Anh hùng Lao động của Ngân hàng Vietcombank\", \"Lễ đón nhận Huân chương Lao động hạng Ba "
    "của xã Nghi Xuân\"), not a grantor, which such an award has one of (awards.yml state_orders).",
    examples=[
        ("Thủ tướng Phạm Minh Chính đến dự và phát biểu ý kiến tại lễ kỷ niệm 60 năm Ngày thành lập và đón nhận danh "
         "hiệu cao quý Anh hùng Lao động của Ngân hàng Vietcombank.",
         ["A conferred * Anh hùng Lao động -> Ngân hàng Vietcombank"]),
        ("Phó Chủ tịch UBND tỉnh Nguyễn Văn An đã tới dự Lễ đón nhận Huân chương Lao động hạng Ba của xã Nghi Xuân.",
         ["A conferred * Huân chương Lao động hạng Ba -> xã Nghi Xuân"]),
    ],
    counter=["Công ty đón nhận Huân chương Lao động hạng Ba của Chủ tịch nước.",
             "Đơn vị đón nhận Bằng khen của Bộ Công an."],
    seen_in=["dev:thu-tuong-pham-minh-chinh-du-le-ky-niem-60-nam-thanh-lap-ngan-hang-ngoai-thuong-viet-nam",
             "pages:tienphong.vn/tag/x%c3%a3+nghi+xu%c3%a2n.tpo"],
)
def order_of_unit(m, env: Env) -> list[dict]:
    awd = m.get("awd")
    owner = awd.attrs.get("owner")  # awardnames._owner
    if not owner:
        return []
    k = index_of(env, awd)
    status = "proposed" if proposed(env, k) else "conferred"
    unit = {"name": owner, "start": awd.start, "end": awd.end, "person": False, "role": None, "lead": None,
            "bare": False, "label": "ORG"}
    return [award("award.order_of_unit", env, unit, awd, None, award_year(env, k, status), status)]
