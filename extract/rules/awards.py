"""Awards: which unit or person is proposed for, or given, which award by whom, for which year.

The status is "proposed" when the statement proposes or votes before the award (đề nghị, trình, suy tôn,
bình xét …; "theo đề nghị của" excepted) or the header its list stands under does; else "conferred".
"""
from __future__ import annotations

from .. import vocab
from ..grammar import rule
from .common import Env, award, award_year, clause_start, grantor_before, header_grantor, proposed, units

_CHAIN = ("COMMA", "SEMI", "AND", "YEAR", "NUM", "T", "W", "GET", "GIVE", "PROPOSE", "DATE")


def _facts(name: str, m, env: Env, who, awards: list, negated_ok: bool = False) -> list[dict]:
    out = []
    for awd in awards:
        k = env.chunks.index(awd)
        if not negated_ok and any(c.label == "NEG" for c in env.chunks[max(0, k - 3):k]):
            continue
        status = "proposed" if proposed(env, k) else "conferred"
        grantor = awd.attrs.get("grantor") or grantor_before(env, k) or header_grantor(env)
        year = award_year(env, k, status)
        out += [award(name, env, u, awd, grantor, year, status) for u in units(who)]
    return out


def _chained(env: Env, awd) -> list:
    """Further awards the same recipients get in the same clause: "… tặng bằng khen và cờ thi đua hạng Nhất",
    "Huân chương Lao động hạng Nhì năm 1998, Cờ thi đua của Thủ tướng Chính phủ năm 2010"."""
    out = [awd]
    k = env.chunks.index(awd) + 1
    while k < len(env.chunks):
        c = env.chunks[k]
        if c.label == "AWD":
            out.append(c)
        elif c.label not in _CHAIN:
            break
        k += 1
    return out


@rule(
    "award.given_to",
    "GIVE awd=AWD (@TIME|T|W|GEN|LP|RP|QUOTE){0,4} FOR|GIVE POS? (GEN ((COMMA|AND) GEN)* (T|W)? COLON? (NL|DASH)*)? "
    "(COUNT ((COMMA|AND) COUNT|GEN)* (T|W|LEAD|CLU|NUM)* LP|BE|COMPOSE|COMMA? COLON? (NL|DASH)*)? who=@WHO",
    "An award given to, or proposed for, the units after \"cho\": \"đề nghị UBND tỉnh tặng Cờ thi đua năm 2020 "
    "cho X\", \"Thủ tướng Chính phủ đã tặng Cờ thi đua cho Nhân dân và cán bộ xã Phước Ninh\", \"trao Cờ thi "
    "đua của Chính phủ tặng Vụ 3, VKSND tối cao\", \"tặng Cờ … cho 02 tập thể (A, B)\", \"… cho 2 tập thể là A, B\", "
    "\"… cho 7 tập thể, gồm: A …\".",
    examples=[
        ("Ban tổ chức đã tặng giấy khen cho 2 tập thể là Sở Tài nguyên và Môi trường, Trường Cao đẳng nghề Lạng Sơn.",
         ["A conferred * Giấy khen -> Sở Tài nguyên và Môi trường", "A conferred * Giấy khen -> Trường Cao đẳng nghề Lạng Sơn"]),
        ("Cụm Thi đua số 1 thống nhất trình Bộ TT&TT khen thưởng Cờ thi đua Bộ cho 2 tập thể có thành tích dẫn đầu Cụm "
         "Thi đua là Sở TT&TT TP Cần Thơ và Sở TT&TT TP Hải Phòng.",
         ["A proposed * Cờ thi đua -> Sở TT&TT TP Cần Thơ", "A proposed * Cờ thi đua -> Sở TT&TT TP Hải Phòng"]),
        ("Thông qua kết quả chấm điểm, Cụm II - các doanh nghiệp Trung ương đã thống nhất đề nghị UBND tỉnh tặng Cờ "
         "thi đua năm 2020 cho Chi nhánh Ga Đồng Đăng (đơn vị xếp thứ Nhất cụm thi đua) và tặng Bằng khen cho Công "
         "ty cổ phần Lương thực Cao Lạng (đơn vị xếp thứ Nhì cụm thi đua).",
         ["A proposed 2020 Cờ thi đua -> Chi nhánh Ga Đồng Đăng", "A proposed 2020 Bằng khen -> Công ty cổ phần Lương "
          "thực Cao Lạng"]),
        ("Ghi nhận những thành tích đã đạt được ngày 13/5/2021 Thủ tướng Chính phủ Nước Cộng hòa xã hội Chủ nghĩa Việt "
         "Nam đã tặng Cờ thi đua cho Nhân dân và cán bộ xã Phước Ninh, huyện Dương Minh Châu, tỉnh Tây Ninh.",
         ["A conferred * Cờ thi đua -> Nhân dân và cán bộ xã Phước Ninh, huyện Dương Minh Châu, tỉnh Tây Ninh"]),
        ("Viện trưởng VKSND tối cao Lê Minh Trí trao Cờ thi đua của Chính phủ tặng Vụ 5, VKSND tối cao.",
         ["A conferred * Cờ thi đua -> Vụ 5, VKSND tối cao"]),
        ("Đ/c Trần Lê Đoài, Phó Chủ tịch UBND tỉnh tặng Cờ “Đơn vị dẫn đầu phong trào thi đua” cho 02 tập thể (Sở "
         "Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội)",
         ["A conferred * Cờ thi đua -> Sở Giáo dục và Đào tạo"]),
    ],
    counter=["Hai đơn vị Sở Tư pháp và TAND TP.HCM xin rút không nhận cờ thi đua để nhường cơ hội lại cho các đơn vị "
             "khác."],
    seen_in=["dev:cum-thi-dua-ii-cac-doanh-nghiep-trung-uong-to-chuc-hoi-nghi-tong-ket",
             "dev:huyen-duong-minh-chau-co-them-1-tap-the-xa-duoc-nhan-co-thi-dua-cua-th",
             "dev:ngay-25-12-vksnd-toi-cao-da-to-chuc-hoi-nghi-trien-khai-cong-tac-nam-2",
             "dev:khoi-thi-dua-cac-so-nganh-khoa-hoc-van-hoa-xa-hoi-to-chuc-phat-dong-va"],
)
def given_to(m, env: Env) -> list[dict]:
    return _facts("award.given_to", m, env, m.get("who"), [m.get("awd")])


@rule(
    "award.of_for",
    "PROPOSE|VOTE (T|W|GRT)* awd=AWD (YEAR|T|W){0,3} FOR who=@WHO",
    "A proposal that names the award and then its recipients with no verb of giving: \"đề nghị cờ thi đua của "
    "UBND TP cho Bộ Chỉ huy Bộ đội biên phòng TP, Cục Thi hành án\", \"thống nhất thông qua đề nghị khen thưởng "
    "Cờ thi đua … cho X\".",
    examples=[
        ("Ngoài ra, khối thi đua VI đề nghị cờ thi đua của UBND TP cho Bộ Chỉ huy Bộ đội biên phòng TP, Cục Thi hành "
         "án, Bộ Tư lệnh TP và Thanh tra TP.",
         ["A proposed * Cờ thi đua -> Bộ Chỉ huy Bộ đội biên phòng TP", "A proposed * Cờ thi đua -> Thanh tra TP"]),
        ("Hội đồng thống nhất đề nghị Bằng khen của Thủ tướng Chính phủ cho Sở Tư pháp tỉnh Tây Ninh.",
         ["A proposed * Bằng khen -> Sở Tư pháp tỉnh Tây Ninh"]),
    ],
    counter=["Hội đồng đề nghị Bằng khen của Thủ tướng Chính phủ cho 2 tập thể, 1 cá nhân."],
    seen_in=["dev:thanh-tra-tp-hcm-duoc-binh-chon-xuat-sac",
             "dev:nham-dam-bao-viec-xet-de-nghi-cap-tren-khen-thuong-dung-doi-tuong-tieu"],
)
def of_for(m, env: Env) -> list[dict]:
    return _facts("award.of_for", m, env, m.get("who"), [m.get("awd")])


@rule(
    "award.unit_receives",
    "who=@WHO (!@WHO|DOT|SEMI|FOR|AWD|NL|COLON){0,20} GET|PROPOSE|VOTE (grt=@GRANTOR)? (GIVE|NUM|T|W)* awd=AWD",
    "A unit or person that receives, or is proposed for, an award: \"PC Lạng Sơn vinh dự được Chủ tịch UBND tỉnh "
    "trao tặng Cờ thi đua\", \"Hội Chữ Thập đỏ nhận Cờ thi đua Chính Phủ\", \"Cơ quan VKSND tỉnh được Khối thi đua "
    "đề nghị UBND tỉnh tặng 1 Cờ thi đua\", \"… đã 2 lần được tặng cờ thi đua của Thủ tướng Chính phủ; 3 lần được "
    "tặng cờ thi đua của Bộ Công an\". A proposer whose recipients follow \"cho\" is no recipient.",
    examples=[
        ("Vừa qua, Công ty Điện lực Lạng Sơn (PC Lạng Sơn) vinh dự được Chủ tịch UBND tỉnh Lạng Sơn trao tặng Cờ thi "
         "đua vì đơn vị đã có thành tích xuất sắc nhiệm vụ công tác, dẫn đầu phong trào thi đua yêu nước năm 2021.",
         ["A conferred 2021 Cờ thi đua -> Công ty Điện lực Lạng Sơn"]),
        ("Tại Hội nghị, các đơn vị trong Khối đã bình xét, bỏ phiếu, chấm điểm suy tôn Hội Chữ Thập đỏ nhận Cờ thi đua "
         "Chính Phủ; Hội Nhà báo nhận Cờ thi đua UBND tỉnh; Hội Luật gia và Hội Cựu thanh niên xung phong nhận Bằng "
         "khen của UBND tỉnh.",
         ["A proposed * Cờ thi đua -> Hội Chữ Thập đỏ", "A proposed * Cờ thi đua -> Hội Nhà báo",
          "A proposed * Bằng khen -> Hội Cựu thanh niên xung phong"]),
        ("Qua tổng kết, Cơ quan VKSND tỉnh được Khối thi đua đề nghị UBND tỉnh Đắk Lắk tặng 1 Cờ thi đua và 1 Bằng "
         "khen vì đã có thành tích xuất sắc.", ["A proposed * Cờ thi đua -> Cơ quan VKSND tỉnh",
                                                "A proposed * Bằng khen -> Cơ quan VKSND tỉnh"]),
        ("Công an tỉnh Lạng Sơn đã vinh dự 2 lần được tặng cờ thi đua của Thủ tướng Chính phủ; 3 lần được tặng cờ thi "
         "đua của Bộ Công an.", ["A conferred * Cờ thi đua -> Công an tỉnh Lạng Sơn"]),
        ("Bên cạnh việc ký kết giao ước thi đua năm 2025, hội nghị cũng đã bỏ phiếu thống nhất Chi cục Thi hành án dân sự "
         "huyện Tân Thạnh, tỉnh Long An được suy tôn danh hiệu “Cờ thi đua ngành Tư pháp” năm 2024.",
         ["A proposed 2024 Cờ thi đua -> Chi cục Thi hành án dân sự huyện Tân Thạnh, tỉnh Long An"]),
    ],
    counter=["Hội đồng Thi đua - Khen thưởng tỉnh thống nhất đề nghị khen thưởng Cờ thi đua xuất sắc của UBND tỉnh "
             "cho 57 đơn vị dẫn đầu các cụm."],
    seen_in=["dev:pc-lang-son-vinh-du-duoc-chu-tich-uy-ban-nhan-dan-tinh-lang-son-trao-t",
             "dev:tong-ket-cong-tac-thi-dua-khen-thuong-khoi-thi-dua-cac-hoi-dac-thu-nam",
             "dev:qua-tong-ket-co-quan-vksnd-tinh-duoc-khoi-thi-dua-de-nghi-ub",
             "dev:xuat-hien-nhieu-dien-hinh-tien-tien-tam-guong-tieu-bieu-trong-cong-an-"],
)
def unit_receives(m, env: Env) -> list[dict]:
    awd = m.get("awd")
    k = env.chunks.index(awd)
    tail = env.chunks[k + 1:k + 5]
    if any(c.label == "FOR" for c in tail):
        return []  # "X đề nghị tặng Cờ … cho Y": X proposes
    verb_at = next(j for j in range(m.last, m.first, -1) if env.chunks[j].label in ("GET", "PROPOSE", "VOTE"))
    gap = env.chunks[m.first + 1:verb_at]
    near = gap[-3:]
    if any(c.label in ("COUNT", "GEN") and (j == 0 or near[j - 1].label not in ("AND", "COMMA")) for j, c in enumerate(near)) \
            and not any(c.label == "BE" for c in gap):
        return []  # "tỉnh Nghệ An có 5 tập thể được tặng …": the counted group receives, not the place
    verbs = [c for c in m.span() if c.label in ("GET", "PROPOSE", "VOTE")]
    passive_word = vocab.word("function", "passive")
    passive = any(c.label == "GET" or c.text.lower().startswith(passive_word) for c in verbs) or any(
        c.label == "T" and c.text.lower() == passive_word for c in m.span()) or any(
        c.label == "VOTE" for c in env.chunks[clause_start(env, m.first):m.first])  # "suy tôn … X đề nghị tặng"
    if not passive:
        return []
    return _facts("award.unit_receives", m, env, m.get("who"), _chained(env, awd))


@rule(
    "award.listed",
    "awd=AWD (T|W|FOR|COUNT|GEN|PROPOSE|GRT|YEAR|COMMA){0,6} (COMPOSE (GEN (T|W)?)? COLON? | COLON) (COUNT|GEN)? "
    "(NL|DASH)* (NUM DOT)? who=@WHO",
    "An award and the list of its recipients after \"gồm\" or a colon, also one recipient a line under a header: "
    "\"5 tập thể được tặng Cờ thi đua Chính phủ gồm: A, B …\", \"1. Đề nghị tặng Huân chương Lao động hạng ba: 02 "
    "tập thể\" / \"- Thanh tra tỉnh Lạng Sơn;\" / \"- Sở Tư pháp tỉnh Lạng Sơn\".",
    examples=[
        ("11 cá nhân được phong tặng danh hiệu Nhà giáo ưu tú, gồm: Bà Hồ Thanh An, Hiệu trưởng, Trường THPT chuyên Lê "
         "Quý Đôn; bà Ngô Thị Lương, giáo viên, Trường THPT Mường Tè.",
         ["A conferred * Nhà giáo Ưu tú -> Hồ Thanh An", "A conferred * Nhà giáo Ưu tú -> Ngô Thị Lương"]),
        ("6 học sinh nhận Huân chương Lao động hạng Nhì, gồm các em: Nguyễn Tuấn Phong, Nguyễn Kim Giang.",
         ["A conferred * Huân chương Lao động hạng Nhì -> Nguyễn Tuấn Phong"]),
        ("Dịp này, tỉnh Nghệ An có 5 tập thể được tặng Cờ thi đua Chính phủ gồm: Văn phòng Ủy ban nhân dân tỉnh Nghệ "
         "An, Sở Giao thông Vận tải tỉnh Nghệ An, Sở Tư pháp tỉnh Nghệ An và Báo Nghệ An.",
         ["A conferred * Cờ thi đua -> Văn phòng Ủy ban nhân dân tỉnh Nghệ An", "A conferred * Cờ thi đua -> Báo Nghệ An"]),
        ("1. Đề nghị tặng Huân chương Lao động hạng ba: 02 tập thể\n\n- Thanh tra tỉnh Lạng Sơn;\n\n- Sở Tư pháp tỉnh "
         "Lạng Sơn", ["A proposed * Huân chương Lao động hạng ba -> Thanh tra tỉnh Lạng Sơn",
                     "A proposed * Huân chương Lao động hạng ba -> Sở Tư pháp tỉnh Lạng Sơn"]),
        ("Cùng với Cục Dự trữ Nhà nước Khu vực Tây Nam Bộ, 5 tập thể khác được tặng Cờ Thi đua của Chính phủ gồm: "
         "Kho bạc Nhà nước Ninh Thuận; Kho bạc Nhà nước Quảng Trị; Cục Thuế tỉnh Lào Cai.",
         ["A conferred * Cờ thi đua -> Kho bạc Nhà nước Quảng Trị"]),
    ],
    counter=["Bằng khen của Chủ tịch UBND tỉnh: Quyết định số 1034/QĐ-UBND."],
    seen_in=["dev:baonghean-vn-thu-tuong-chinh-phu-vua-ban-hanh-quyet-dinh-so-231-qd-ttg",
             "dev:so-noi-vu-dang-tai-danh-sach-cac-tap-the-lay-y-kien-nhan-dan-ve-viec-d",
             "dev:thu-tuong-chinh-phu-vua-ban-hanh-quyet-dinh-so-948-qd-ttg-ve-viec-tang"],
)
def listed(m, env: Env) -> list[dict]:
    return _facts("award.listed", m, env, m.get("who"), [m.get("awd")])


@rule(
    "award.is_recipient",
    "awd=AWD (T|W|GEN|YEAR|COMMA){0,3} BE COLON? (GEN (T|W)?)? who=@WHO",
    "An award, then \"là\" and its recipient: \"đề nghị Thủ tướng Chính phủ tặng cờ thi đua là Hội liên hiệp Phụ "
    "nữ Việt Nam\", \"1 tập thể đề nghị tặng thưởng Huân chương Lao động hạng Nhất là Sở Tài chính tỉnh\".",
    examples=[
        ("2 tập thể được phong tặng danh hiệu “Anh hùng Lực lượng vũ trang nhân dân” đợt này là: Nhân dân và Lực "
         "lượng vũ trang xã Diễn Thọ, Công an huyện Quỳnh Lưu.",
         ["A conferred * Anh hùng -> Nhân dân và Lực lượng vũ trang xã Diễn Thọ"]),
        ("2 học sinh nhận Huân chương Lao động hạng Nhất là các em Phạm Việt Hưng và Võ Hoàng Hải.",
         ["A conferred * Huân chương Lao động hạng Nhất -> Phạm Việt Hưng"]),
        ("Hội nghị đã tiến hành bình chọn đơn vị tiêu biểu của khối đã có những thành tích suất sắc trong năm qua để "
         "đề nghị Thủ tướng Chính phủ tặng cờ thi đua là Hội liên hiệp Phụ nữ Việt Nam",
         ["A proposed * Cờ thi đua -> Hội liên hiệp Phụ nữ Việt Nam"]),
        ("Trong đó có 1 tập thể đề nghị tặng thưởng Huân chương Lao động hạng Nhất là Sở Tài chính tỉnh.",
         ["A proposed * Huân chương Lao động hạng Nhất -> Sở Tài chính tỉnh"]),
    ],
    counter=["Cờ thi đua là phần thưởng cao quý."],
    seen_in=["dev:tham-du-co-lanh-dao-ban-thi-dua-khen-thuong-trung-uong-cac-to-chuc-chi",
             "dev:xem-xet-de-nghi-khen-thuong-muc-cao-doi-voi-26-tap-the-ca-nhan"],
)
def is_recipient(m, env: Env) -> list[dict]:
    return _facts("award.is_recipient", m, env, m.get("who"), [m.get("awd")])
