"""An award handed over with money: "trao Bằng khen của Chủ tịch UBND tỉnh và số tiền 40.230.000 đồng trích từ
Quỹ Thi đua - Khen thưởng của tỉnh thưởng cho em X", "trao bằng khen và thưởng nóng 50 triệu đồng cho BĐBP
Quảng Trị". The money between the award and "cho" is no award and names nobody; the receiver after "cho" gets
the award. A rule of its own (not a longer gap in award.given_to) so that the gap is allowed only after "và"
(or "cùng") and a money word (function.yml money_words). Several awards may come before the money ("trao bằng
khen của UBND tỉnh, giấy khen của UBND TP cùng số tiền thưởng … cho chị X"): each goes to the receiver."""
from __future__ import annotations

from .. import vocab
from ..grammar import rule
from .award_facts import chained, facts
from .common import Env


@rule(
    "award.with_money",
    "GIVE NUM? awd=AWD ((COMMA|AND) AWD)* AND money=W (W|NAME|NUM|ORG|OF|T){0,6} FOR POS? who=@WHO",
    "An award and money given together to the receiver after \"cho\": \"trao Bằng khen … và số tiền … đồng … cho "
    "em X\", \"tặng bằng khen và tiền thưởng 28.610.000 đồng cho thầy giáo Y\".",
    examples=[
        ("Đồng chí Lê Ánh Dương, Phó Chủ tịch UBND tỉnh đã trao Bằng khen của Chủ tịch UBND tỉnh và số tiền 40.230.000 "
         "đồng trích từ Quỹ Thi đua - Khen thưởng của tỉnh thưởng cho em Trịnh Duy Hiếu; tặng bằng khen và tiền thưởng "
         "28.610.000 đồng cho thầy giáo Nguyễn Văn Đóa - Trường THPT Chuyên Bắc Giang.",
         ["A conferred * Bằng khen -> Trịnh Duy Hiếu", "A conferred * Bằng khen -> Nguyễn Văn Đóa"]),
        ("Thừa ủy quyền của Bộ Tư lệnh BĐBP, Thiếu tướng Hà Sỹ Đồng trao bằng khen và thưởng nóng 50 triệu đồng cho "
         "BĐBP Quảng Trị.", ["A conferred * Bằng khen -> BĐBP Quảng Trị"]),
        ("Ban Thi đua - Khen thưởng tỉnh trao bằng khen của UBND tỉnh, giấy khen của UBND thành phố cùng số tiền "
         "thưởng hơn 10 triệu đồng cho chị Lê Thị Hoa (48 tuổi).",
         ["A conferred * Bằng khen -> Lê Thị Hoa", "A conferred * Giấy khen -> Lê Thị Hoa"]),
    ],
    counter=["Sở Tài chính trao bằng khen và chia sẻ kinh nghiệm cho các đơn vị bạn.",
             "Ban tổ chức trao bằng khen và quà cho Trường THPT Việt Bắc.",
             # money alone, after a praise that names no award, is no award ("khen thưởng" alone: GUIDELINES)
             "Chủ tịch UBND tỉnh đã khen thưởng đột xuất kèm số tiền 20 triệu đồng cho Công an huyện Trảng Bom."],
    seen_in=["dev:bac-giang-vinh-danh-hoc-sinh-doat-huy-chuong-bac-olympic-vat-ly-quoc-te-nam-2019",
             "dev:pha-nhieu-chuyen-an-ma-tuy-lon-bien-phong-quang-tri-duoc-trao-thuong",
             "dev-7:khen-thuong-nguoi-phu-nu-ban-ve-so-khong-tham-cua-roi"],
)
def with_money(m, env: Env) -> list[dict]:
    words = m.get("money").text.lower()
    if not any(words == w or words.startswith(w + " ") for w in vocab.words("function", "money_words")):
        return []
    return facts("award.with_money", m, env, m.get("who"), chained(env, m.get("awd")))
