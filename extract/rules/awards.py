"""Awards: which unit or person is proposed for, or given, which award by whom, for which year.

The status is "proposed" when the statement proposes or votes before the award (đề nghị, trình, suy tôn,
bình xét …; "theo đề nghị của" excepted) or the header its list stands under does; else "conferred".
"""
from __future__ import annotations

from .. import vocab
from ..chunkbase import is_roman
from ..grammar import rule
from .award_facts import chained, facts, receiving_body
from .counted import bracketed, persons_only, receiving_clause
from .common import Env, clause_start, index_of, phrases_in
from .givers import giver
from .subjects import (authorities_hold, event_clause, inside_event, nominee_of_results, not_the_subject, owner_of_apposition,
                       person_of_post)


@rule(
    "award.given_to",
    "GIVE NUM? awd=AWD (@TIME|T|W|GEN|LP|RP|QUOTE){0,4} FOR|GIVE POS? ((NL|DASH)+ (NUM DOT)?)? (GEN ((COMMA|AND) GEN)* (T|W)? COLON? "
    "(NL|DASH)*)? "
    "(COUNT ((COMMA|AND) COUNT|GEN)* (T|W|LEAD|CLU|NUM)* (COMMA T BE? COLON | BELONG ORG|GRT COLON | "
    "LP|BE|COMPOSE|COMMA|COLON COLON?) (NL|DASH)* (NUM DOT)?)? who=@WHO|GRT",
    "An award given to, or proposed for, the units after \"cho\": \"đề nghị UBND tỉnh tặng Cờ thi đua năm 2020 "
    "cho X\", \"Thủ tướng Chính phủ đã tặng Cờ thi đua cho Nhân dân và cán bộ xã Phước Ninh\", \"trao Cờ thi "
    "đua của Chính phủ tặng Vụ 3, VKSND tối cao\", \"tặng Cờ … cho 02 tập thể (A, B)\", \"… cho 2 tập thể là A, B\", "
    "\"… cho 7 tập thể, gồm: A …\".",
    examples=[
        # "đối với" names the receivers as "cho" does (verbs.yml FOR; 3 pages of a probe audit)
        ("Chủ tịch nước ký quyết định truy tặng danh hiệu 'Anh hùng Lực lượng vũ trang nhân dân' đối với Trung tướng "
         "Nguyễn Văn An.", ["A conferred * Anh hùng Lực lượng vũ trang nhân dân -> Nguyễn Văn An"]),
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
        ("Chủ tịch nước đã ký Quyết định phong tặng danh hiệu Anh hùng Lao động cho Nhà máy Z131.",
         ["A conferred * Anh hùng Lao động -> Nhà máy Z131"]),
        # a post inside a member's name breaks the list; the count says more members follow (counted.run_on)
        ("Thiếu tướng Nguyễn Trường Thắng, Phó Tư lệnh Quân khu chủ trì buổi giao ban tháng 9 đã trao bằng khen của Bộ "
         "Tư lệnh Quân khu cho 7 tập thể: Cục Hậu cần, Cục Kỹ thuật, Ủy ban kiểm tra Đảng ủy Quân khu, Văn phòng Bộ Tư "
         "lệnh, Phòng Tổ chức, Công ty Đông Hải và Công ty Tây Nam.",
         ["A conferred * Bằng khen -> Cục Hậu cần", "A conferred * Bằng khen -> Phòng Tổ chức",
          "A conferred * Bằng khen -> Công ty Tây Nam"]),
        ("Ông Cao Tiến Dũng đã trao tặng Huân chương chiến công hạng nhất cho tập thể Công an tỉnh Đồng Nai và hai cá "
         "nhân là Nguyễn Ngọc Quang, Võ Thanh Hải.", ["A conferred * Huân chương -> Võ Thanh Hải"]),  # and_counted
        # a counted group named after "đó là:", or after the body it belongs to and a colon, one a line (pages of
        # the search store: quangbinh.gov.vn, cinet.vn)
        ("Chủ tịch UBND tỉnh tặng Danh hiệu Tập thể Lao động xuất sắc cho 07 tập thể, đó là: Nhân dân và cán bộ xã "
         "Văn Hóa; Nhân dân và cán bộ xã Châu Hóa; Nhân dân và cán bộ xã Mai Hóa.",
         ["A conferred * Tập thể lao động xuất sắc -> Nhân dân và cán bộ xã Châu Hóa"]),
        # "… cho" ends the line, the persons are on numbered lines under it (vbpl.vn: a decision)
        ("Điều 1. Phong tặng danh hiệu Chiến sĩ thi đua toàn quốc cho\n\n1. Ông Nguyễn Văn Hiếu, Giám đốc Sở Thủy sản "
         "tỉnh Bến Tre;\n\n2. Ông Nguyễn Quang Trị, Giám đốc Sở Nông nghiệp tỉnh Bến Tre;",
         ["A conferred * Chiến sĩ thi đua -> Nguyễn Văn Hiếu", "A conferred * Chiến sĩ thi đua -> Nguyễn Quang Trị"]),
        ("Bộ trưởng đề nghị Thủ tướng Chính phủ tặng thưởng Cờ Thi đua của Chính phủ cho 14 đơn vị thuộc Bộ:\n1. Tổng "
         "cục Du lịch;\n2. Vụ Tổ chức cán bộ;\n3. Cục Di sản văn hóa.",
         ["A proposed * Cờ thi đua -> Tổng cục Du lịch", "A proposed * Cờ thi đua -> Cục Di sản văn hóa"]),
    ],
    counter=["Hai đơn vị Sở Tư pháp và TAND TP.HCM xin rút không nhận cờ thi đua để nhường cơ hội lại cho các đơn vị "
             "khác.",
             # a counted group and then a name with no separator: whom they saved, not who they are
             "(Baohatinh.vn) - Lãnh đạo Ban Thi đua - Khen thưởng tỉnh vừa tiến hành trao bằng khen của UBND tỉnh cho 7 "
             "ngư dân cứu sống phi công Nguyễn Hữu Cường trong vụ máy bay tiêm kích SU-30MK2 gặp nạn.",
             # a later clause after a counted group, and the body it belongs to with no colon after it, are no recipients
             "Chủ tịch UBND tỉnh tặng Bằng khen cho 12 tập thể, ngoài ra, Sở Nội vụ được tặng Cờ thi đua của Bộ.",
             "Thủ tướng Chính phủ quyết định tặng Bằng khen cho 2 tập thể và 3 cá nhân thuộc Công an tỉnh Hải Dương, Bộ "
             "Công an, đã có thành tích trong công tác phòng, chống dịch Covid-19."],
    seen_in=["dev:cum-thi-dua-ii-cac-doanh-nghiep-trung-uong-to-chuc-hoi-nghi-tong-ket",
             "dev:huyen-duong-minh-chau-co-them-1-tap-the-xa-duoc-nhan-co-thi-dua-cua-th",
             "dev:ngay-25-12-vksnd-toi-cao-da-to-chuc-hoi-nghi-trien-khai-cong-tac-nam-2",
             "dev:khoi-thi-dua-cac-so-nganh-khoa-hoc-van-hoa-xa-hoi-to-chuc-phat-dong-va",
             "dev:chu-tich-nuoc-phong-tang-cac-danh-hieu-anh-hung", "dev:ton-vinh-khen-thuong-cac-ca-nhan-xuat-sac-nganh-bao-hiem-xa-hoi-viet-nam-i",
             "dev:bo-tu-lenh-quan-khu-7-tang-bang-khen-cac-tap-the-ca-nhan-phuc-vu-dai-hoi-dang-cac-cap",
             "dev:17-tap-the-ca-nhan-tieu-bieu-duoc-trao-tang-danh-hieu-anh-hung",
             "dev:chuyen-an-920g-nhieu-ca-nhan-tap-the-cong-an-tinh-dong-nai-duoc-tang-thuong-huan-chuong-chien-cong",
             "pages:baolamdong.vn/chinhtri/202003/chu-tich-ubnd-tinh-gui-thu-khen-va-trao-thuong-cho-tap-the-chien-sy-cong-an-tinh-2991277",
             "pages:quangbinh.gov.vn/3cms/co-07-tap-the-dat-danh-hieu-tap-the-lao-dong-xuat-sac-trong-cong-t…",
             "pages:cinet.vn/van-ban-qppl-cinet/02ttrbvhttdl-327452.html",
             "pages:vbpl.vn/hanoi/Pages/vbpq-print.aspx?ItemID=32083", "pages:vbpl.vn/phuyen/Pages/vbpq-print.aspx?ItemID=85622"],
)
def given_to(m, env: Env) -> list[dict]:
    if m.get("who").label == "GRT" and not receiving_body(m.get("who")):
        return []  # "… trao tặng Huân chương cho Chủ tịch nước …" is no receiver's place for a post
    return facts("award.given_to", m, env, m.get("who"), [m.get("awd")])


@rule(
    "award.to_described_person",
    "GIVE NUM? awd=AWD (@TIME|T|QUOTE){0,3} FOR W who=PER|LIST",
    "An award given to persons named after a word that says what they are or whose they are: \"trao tặng danh hiệu "
    "Anh hùng Lao động cho thợ lò Phạm Đình Duẩn\", \"trao danh hiệu … “Bà mẹ Việt Nam anh hùng” cho thân nhân mẹ A, "
    "mẹ B\" (persons only; a unit after such a word is not read).",
    examples=[
        ("Thay mặt lãnh đạo Đảng và Nhà nước, Phó Chủ tịch nước Võ Thị Ánh Xuân đã trao tặng danh hiệu Anh hùng Lao "
         "động cho thợ lò Phạm Đình Duẩn.", ["A conferred * Anh hùng Lao động -> Phạm Đình Duẩn"]),
        ("Thừa ủy quyền của Chủ tịch nước, lãnh đạo huyện Nông Sơn công bố quyết định và trao danh hiệu vinh dự Nhà "
         "nước “Bà mẹ Việt Nam anh hùng” cho thân nhân mẹ Đỗ Thị Điền, mẹ Nguyễn Thị Ngại.",
         ["A conferred * Bà mẹ Việt Nam Anh hùng -> Đỗ Thị Điền", "A conferred * Bà mẹ Việt Nam Anh hùng -> Nguyễn Thị Ngại"]),
    ],
    counter=["Ban tổ chức trao Bằng khen cho lực lượng Công an tỉnh Lạng Sơn."],
    seen_in=["dev:chinh-thuc-trao-tang-danh-hieu-anh-hung-lao-dong-cho-tho-lo-pham-dinh-duan",
             "dev:truy-tang-danh-hieu-ba-me-viet-nam-anh-hung"],
)
def to_described_person(m, env: Env) -> list[dict]:
    if not persons_only(m.get("who")):
        return []
    return facts("award.to_described_person", m, env, m.get("who"), [m.get("awd")])


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
    return facts("award.of_for", m, env, m.get("who"), [m.get("awd")])


@rule(
    "award.received_for",
    "GET awd=AWD (AND|T|W|AWD|GIVE|GRT|OF|QUOTE){0,6} FOR who=@WHO",
    "An award received at a ceremony on behalf of the units after \"cho\": \"… và đón nhận Huân chương Độc lập "
    "hạng Nhất của Chủ tịch nước trao tặng cho Đảng bộ, chính quyền và Nhân dân TP Lạng Sơn\", \"… và đón nhận "
    "huân chương Độc lập hạng Nhất cùng danh hiệu Anh hùng lực lượng vũ trang cho Tòa án quân sự Trung ương\".",
    examples=[
        ("Tối 16/10/2020, Thành ủy - HĐND - UBND - Ủy ban MTTQ Việt Nam TP Lạng Sơn đã tổ chức Lễ kỷ niệm 70 năm Ngày "
         "giải phóng TP Lạng Sơn và đón nhận Huân chương độc lập hạng Nhất của Chủ tịch Nước CHXHCN Việt Nam trao "
         "tặng cho Đảng bộ, chính quyền và Nhân dân TP Lạng Sơn.",
         ["A conferred * Huân chương độc lập hạng Nhất -> Đảng bộ, chính quyền và Nhân dân TP Lạng Sơn"]),
        ("Sáng 28-10, tại Hà Nội, Chủ tịch Quốc hội dự lễ kỷ niệm 75 năm ngày truyền thống TAND và đón nhận huân "
         "chương Độc lập hạng Nhất cùng danh hiệu Anh hùng lực lượng vũ trang cho Tòa án quân sự Trung ương.",
         ["A conferred * Huân chương Độc lập hạng Nhất -> Tòa án quân sự Trung ương",
          "A conferred * Anh hùng lực lượng vũ trang -> Tòa án quân sự Trung ương"]),
    ],
    counter=["Công ty đón nhận Huân chương Lao động hạng Ba, dành cho tập thể có thành tích xuất sắc."],
    seen_in=["sample:tp-lang-son-don-nhan-huan-chuong-doc-lap-hang-nhat", "dev:pl-sang-28-10-tai-ha-noi-chu-tich-quoc-hoi"],
)
def received_for(m, env: Env) -> list[dict]:
    return facts("award.received_for", m, env, m.get("who"), chained(env, m.get("awd")))


@rule(
    "award.unit_receives",
    "who=@WHO|GRT (!@WHO|DOT|SEMI|FOR|AWD|NL|COLON){0,20} GET|PROPOSE|VOTE (grt=@GRANTOR)? (GIVE|NUM|T|W)* awd=AWD",
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
        ("(NTO) Ngày 27-10, Trại giam Sông Cái, thuộc Tổng cục VIII, Bộ Công an, tổ chức Lễ kỷ niệm 40 năm Ngày thành "
         "lập (7/10/1976 - 7/10/2016) và đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhì.",
         ["A conferred * Huân chương Bảo vệ Tổ quốc hạng Nhì -> Trại giam Sông Cái"]),
        ("(GLO) - Sáng 21-10, Trại giam Gia Trung (thuộc Tổng cục VIII, Bộ Công an) long trọng tổ chức lễ kỷ niệm 40 "
         "năm Ngày thành lập và đón nhận danh hiệu Anh hùng lực lượng vũ trang nhân dân lần thứ II.",
         ["A conferred * Anh hùng lực lượng vũ trang nhân dân -> Trại giam Gia Trung"]),
        # a named receiver joined to a group receives too (the group alone, before the verb, would be no one)
        ("Ông Dương Văn Khiêm (TTB GROUP) và một số tập thể, cá nhân được nhận Bằng khen của Chủ tịch UBND tỉnh.",
         ["A conferred * Bằng khen -> Dương Văn Khiêm"]),
        # "được (giver) xét tặng" is a decision (function.yml decided_after_passive); "được đề nghị xét tặng" is not
        ("Bưu điện tỉnh được xét tặng Bằng khen của Chủ tịch UBND tỉnh. Trường Tiểu học Kim Đồng được UBND tỉnh xét "
         "tặng Giấy khen. Trường Mầm non Hoa Sen được đề nghị xét tặng Bằng khen.",
         ["A conferred * Bằng khen -> Bưu điện tỉnh", "A conferred * Giấy khen -> Trường Tiểu học Kim Đồng",
          "A proposed * Bằng khen -> Trường Mầm non Hoa Sen"]),
        ("Kết quả: Liên đoàn Lao động Hàm Tân, Liên đoàn Lao động thị xã La Gi đề nghị Tổng LĐLĐ Việt Nam tặng Bằng "
         "khen; Liên đoàn Lao động huyện Hàm Thuận Nam đề nghị LĐLĐ tỉnh tặng Cờ thi đua.",
         ["A proposed * Bằng khen -> Liên đoàn Lao động thị xã La Gi",
          "A proposed * Cờ thi đua -> Liên đoàn Lao động huyện Hàm Thuận Nam"]),
        # results joined by a comma after the award of the one before (subjects._after_result)
        ("Kết quả: Liên đoàn Lao động huyện Hàm Thuận Nam đề nghị LĐLĐ tỉnh tặng Cờ thi đua, Liên đoàn Lao động huyện "
         "Đức Linh, Liên đoàn Lao động huyện Tánh Linh đề nghị LĐLĐ tỉnh tặng Bằng khen.",
         ["A proposed * Cờ thi đua -> Liên đoàn Lao động huyện Hàm Thuận Nam",
          "A proposed * Bằng khen -> Liên đoàn Lao động huyện Đức Linh",
          "A proposed * Bằng khen -> Liên đoàn Lao động huyện Tánh Linh"]),
        # "X, đơn vị thành viên / chủ quản của Y, …": Y only says what X is (dev tong-cong-ty-cp-cong-trinh-viettel…,
        # amp.cand.com.vn: a page of a probe audit)
        ("Ngày 26.3, Tổng Công ty CP Công trình Viettel, đơn vị thành viên của Tập đoàn Công nghiệp - Viễn thông Quân "
         "đội, vinh dự đón nhận danh hiệu Anh hùng Lao động.",
         ["A conferred * Anh hùng Lao động -> Tổng Công ty CP Công trình Viettel"]),
        # "X (tên) trực thuộc Y": the name in brackets kept parents.merge from joining them; Y is X's parent
        # (subjects.owner_of_apposition; dev phuwaco-vinh-du-nhan-co-thi-dua…, and with an alias in capitals, which
        # parents.merge joins, a page of probe audit 4)
        ("Trong đó, Công ty Cổ phần Cấp nước Phú Hòa Tân (Phuwaco) trực thuộc Tổng Công ty Cấp nước Sài Gòn TNHH MTV "
         "đã vinh dự nhận cờ thi đua từ Bộ Khoa học và Công nghệ.",
         ["A conferred * cờ thi đua -> Công ty Cổ phần Cấp nước Phú Hòa Tân (Phuwaco)"]),
        # a count that says what the unit has, closed by a comma and the time of receiving (the review's probe rcv-14)
        ("Huyện Cao Lộc có 23 xã, thị trấn, năm 2023 vinh dự được Chủ tịch nước tặng Huân chương Lao động hạng Nhì.",
         ["A conferred 2023 Huân chương Lao động hạng Nhì -> Huyện Cao Lộc"]),
        # counted groups whose brackets name their members, a person's trade and place no members (counted.bracketed)
        ("Tỉnh Sơn La có 02 tập thể (HTX Nông nghiệp Tân Phú, Công ty Cổ phần Mía đường Sơn La) và 01 cá nhân (Nông "
         "dân Trần Văn Bình huyện Mai Sơn) điển hình tiên tiến được trao tặng Bằng khen của Bộ trưởng.",
         ["A conferred * Bằng khen -> HTX Nông nghiệp Tân Phú", "A conferred * Bằng khen -> Trần Văn Bình"]),
    ],
    counter=["Hội đồng Thi đua - Khen thưởng tỉnh thống nhất đề nghị khen thưởng Cờ thi đua xuất sắc của UBND tỉnh "
             "cho 57 đơn vị dẫn đầu các cụm.",
             "Qua các bước bình chọn nghiêm túc, khách quan, Hội đồng Thi đua – Khen thưởng tỉnh đã lựa chọn được 5 cá nhân "
             "tiêu biểu, xuất sắc trên mọi lĩnh vực trình UBND tỉnh tặng danh hiệu “Công dân Lạng Sơn ưu tú”.",
             "Tỉnh Điện Biên có 6 bác sĩ, dược sĩ được trao tặng danh hiệu Thầy thuốc ưu tú.",
             "Tỉnh Thanh Hóa vinh dự có một gương mặt xuất sắc được nhận danh hiệu Thầy thuốc ưu tú.",
             # a comma after an award nobody proposed closes no result: the unit after it proposes
             "Năm 2019, UBND tỉnh tặng Cờ thi đua, Sở Tư pháp đề nghị Bộ Tư pháp tặng Bằng khen.",
             # counted groups farther from the verb, and a number before a body (dev trao-danh-hieu-anh-hung-luc-luong-
             # vu-trang-nhan-dan-tang-6-xa-huyen-phuc-tho…, buu-dien-tinh-quang-ngai-bieu-duong-03-tap-the…,
             # than-duong-huy-nhieu-tap-the-ca-nhan-duoc-khen-thuong…)
             "Đến nay, huyện Phúc Thọ đã có 13 xã, thị trấn và 7 cá nhân được phong tặng danh hiệu Anh hùng lực lượng "
             "vũ trang nhân dân.",
             "Ngoài ra, Bưu điện tỉnh Quảng Ngãi cũng biểu dương 3 tập thể và 18 cá nhân có thành tích xuất sắc, đạt danh "
             "hiệu “Lao động giỏi - Lao động sáng tạo” giai đoạn 2015 - 2020.",
             "Trong phong trào thi đua giành năng suất dẫn đầu năm 2019, Than Dương Huy đã có 2 Lò chợ và 01 Tổ đào lò "
             "được nhận Cờ nhì, Cờ ba và Bằng khen của Tổng Giám đốc.",
             # a bracket after a count that names no one, or fewer members than the count says (counted.bracketed)
             "Năm 2020, Sở Y tế có 5 đơn vị (tăng 2 so với năm trước) được tặng Bằng khen của UBND tỉnh.",
             "Tỉnh Sơn La có 02 cá nhân (Nông dân Trần Văn Bình huyện Mai Sơn) được trao tặng Bằng khen của Bộ trưởng."],
    seen_in=["dev:pc-lang-son-vinh-du-duoc-chu-tich-uy-ban-nhan-dan-tinh-lang-son-trao-t",
             "dev:tong-ket-cong-tac-thi-dua-khen-thuong-khoi-thi-dua-cac-hoi-dac-thu-nam",
             "dev:qua-tong-ket-co-quan-vksnd-tinh-duoc-khoi-thi-dua-de-nghi-ub",
             "dev:xuat-hien-nhieu-dien-hinh-tien-tien-tam-guong-tieu-bieu-trong-cong-an-",
             "dev:trai-giam-song-cai-don-nhan-huan-chuong-bao-ve-to-quoc-hang-nhi",
             "dev:trai-giam-gia-trung-don-nhan-danh-hieu-anh-hung-luc-luong-vu-trang-nhan",
             "dev:hoi-nghi-tong-ket-cum-thi-dua-so-2-ldld-cac-huyen-thi-xa-nam-2019",
             "dev:ban-tuyen-giao-tinh-uy-duoc-bau-truong-khoi-thi-dua-6-nam-2015",
             "dev:phuwaco-vinh-du-nhan-co-thi-dua-cua-btc-giai-thuong-sang-tao-khoa-hoc-cong-nghe-viet-nam",
             "dev-8:nong-dan-va-hop-tac-xa-tinh-dong-nai-duoc-vinh-danh-tai-le-tuyen-duong-cac-dien-hinh-tien-tien-co-th",
             "dev-10:so-ket-thi-dua-khoi-cac-co-quan-tong-hop"],
)
def unit_receives(m, env: Env) -> list[dict]:
    verb_at = next(j for j in range(m.last, m.first, -1) if env.chunks[j].label in ("GET", "PROPOSE", "VOTE"))
    if m.get("who").label == "GRT" and not (receiving_body(m.get("who")) and env.chunks[verb_at].label == "GET"
                                            and _adverbs_only(env, m.first + 1, verb_at)):
        return []  # a body named like a grantor receives only just before "được tặng": "Bộ Công an (vinh dự) được tặng …"
    awd = m.get("awd")
    k = index_of(env, awd)
    tail = env.chunks[k + 1:k + 5]
    if any(c.label == "FOR" and (c.text.lower() not in vocab.words("function", "for_what") or
                                 j + 1 < len(tail) and tail[j + 1].label in _NAMED) for j, c in enumerate(tail)):
        return []  # "X đề nghị tặng Cờ … cho Y": X proposes; "… đối với nhóm nghề …" says what for, X receives
    if tail and tail[0].label == "ORG":
        return []  # "UBND xã X tổ chức Lễ đón nhận Huân chương … hạng Ba Trường THCS Y": the award is Y's
    gap = env.chunks[m.first + 1:verb_at]
    joined = bool(gap) and gap[0].label == "AND" and all(c.label in _GROUP_RUN for c in gap)
    own = receiving_clause(gap)
    if any(c.label in ("COUNT", "GEN") and (j == 0 or own[j - 1].label not in ("AND", "COMMA")) for j, c in enumerate(own)) \
            and not any(c.label == "BE" for c in gap) and not joined:
        return []  # "tỉnh Nghệ An có 5 tập thể được tặng …": the counted group receives, not the place, however far
        # from the verb ("X đã có 13 xã, thị trấn và 7 cá nhân được phong tặng …", "X biểu dương 3 tập thể và 18 cá
        # nhân có thành tích …, đạt danh hiệu …"); but "Ông A và một số tập thể, cá nhân được nhận …" (a page of a
        # probe audit): A, joined to the group, receives too
    if m.get("who").label == "ORG" and m.first and env.chunks[m.first - 1].label == "NUM":
        return []  # "X đã có 2 Lò chợ và 01 Tổ đào lò được nhận Cờ …": a number before a body counts bodies of that
        # kind (frames.counted_antecedent), it names none
    has, times = vocab.words("function", "has"), vocab.words("function", "times")
    if any((c.label == "NUM" or c.label == "W" and c.text.lower().partition(" ")[0] in vocab.count_words())
           and j and gap[j - 1].text.lower().rpartition(" ")[2] in has
           and (j + 1 == len(gap) or gap[j + 1].text.lower().partition(" ")[0] not in times) for j, c in enumerate(gap)):
        return []  # "Tỉnh Điện Biên có 6 bác sĩ, dược sĩ được trao tặng …": people of a trade no count word names
        # ("tỉnh Thanh Hóa vinh dự có một gương mặt xuất sắc nhận giải thưởng này": dev thanh-hoa-co-1-guong…)
    if any(c.label == "COUNT" and gap[j - 1].label not in ("AND", "COMMA") for j, c in enumerate(gap) if j) \
            and env.chunks[verb_at].label == "PROPOSE":
        return []  # "Hội đồng … đã lựa chọn được 5 cá nhân tiêu biểu … trình UBND tỉnh tặng …": they choose
    if event_clause(env, m.first, verb_at):
        return []  # "X tổ chức kỷ niệm … Ngày Thầy thuốc Việt Nam và đón nhận …": Việt Nam names the event
    if authorities_hold(env, m.get("who"), verb_at):
        return []  # "Huyện ủy, HĐND, UBND … huyện X tổ chức Lễ … đón nhận": they hold it for the place
    if inside_event(env, m.first, verb_at):
        return []  # "A tổ chức kỷ niệm … ngày thành lập B và đón nhận …": A holds the event about B and receives
    attend = vocab.words("function", "attend")
    if m.get("who").label not in ("ORG", "LIST") and any(c.label in ("T", "W") and c.text.lower() in attend for c in gap):
        return []  # "Chủ tịch Quốc hội X đã tới dự Lễ kỷ niệm … đón nhận Huân chương …": a guest, not the receiver
        # (a unit that attends and receives, "Sở Y tế về dự Hội nghị … và đón nhận Cờ", receives)
    if not_the_subject(env, m.first):
        return []
    verbs = [c for c in m.span() if c.label in ("GET", "PROPOSE", "VOTE")]
    passive_word = vocab.word("function", "passive")
    passive = any(c.label == "GET" or c.text.lower().startswith(passive_word) for c in verbs) or any(
        c.label == "T" and c.text.lower() == passive_word for c in m.span()) or any(
        c.label == "VOTE" for c in env.chunks[clause_start(env, m.first):m.first])  # "suy tôn … X đề nghị tặng"
    if not (passive or nominee_of_results(env, m.first, verb_at)):
        return []
    old = person_of_post(env, m.first, awd) or owner_of_apposition(env, m.first) or m.get("who")
    whos = bracketed(env, m.get("who"), old)  # a counted group's bracket: its members, checked against the count
    return [f for who in (whos if whos is not None else [old])
            for f in facts("award.unit_receives", m, env, who, chained(env, awd))]


_GROUP_RUN = frozenset({"AND", "GEN", "COUNT", "COMMA", "T", "W"})
_NAMED = frozenset({"ORG", "NAME", "LIST", "PER", "SELF", "GRT"})  # a named receiver after "đối với"


def _adverbs_only(env: Env, i: int, j: int) -> bool:
    """Only adverbs of receiving ("vinh dự", "đã", "hai lần"; function.yml receiving_adverbs) between chunks i and j."""
    adverbs = vocab.words("function", "receiving_adverbs")
    return all(c.label == "NUM" or c.label in ("T", "W") and all(w in adverbs for w in phrases_in(c.text.lower(), adverbs))
               for c in env.chunks[i:j])


@rule(
    "award.passive_agent",
    "who=@WHO|GRT (!@WHO|DOT|SEMI|FOR|AWD|NL|COLON){0,12} pas=T POS? grt=GRT|ORG ((COMMA|AND) GRT|ORG|POS|GEN|W)* GIVE "
    "(NUM|T|W|GEN)* awd=AWD",
    "A receiver, then \"được\", the giver and the award: \"Vùng Cảnh sát biển 2 đã được Thủ tướng Chính phủ tặng "
    "bằng khen\", \"công ty đã được Chủ tịch nước trao tặng Huân chương Lao động hạng Ba\", \"Trung đoàn 4 hai lần "
    "được Đảng, Nhà nước tặng danh hiệu Anh hùng …\"; the giver a unit of any kind (\"được Tỉnh đoàn tặng\").",
    examples=[
        ("Dịp này, Vùng Cảnh sát biển 2 đã được Thủ tướng Chính phủ tặng bằng khen.",
         ["A conferred * Bằng khen -> Vùng Cảnh sát biển 2"]),
        ("Trung đoàn 4 vinh dự hai lần được Đảng, Nhà nước tặng danh hiệu Anh hùng lực lượng vũ trang nhân dân.",
         ["A conferred * Anh hùng -> Trung đoàn 4"]),
        ("Năm 2013, Hội CCB huyện Tuy Phong được Trung ương Hội Cựu chiến binh Việt Nam tặng Bằng khen.",
         ["A conferred 2013 Bằng khen -> Hội CCB huyện Tuy Phong"]),
    ],
    counter=["3 đơn vị thuộc Viện Kiểm sát nhân dân tỉnh được Chủ tịch nước tặng thưởng Huân chương Lao động.",
             "Năm qua, công tác điều hành của Hội LHPN các cấp được Trung ương Hội LHPN Việt Nam tặng Cờ thi đua."],
    seen_in=["corpus:vung-canh-sat-bien-2-xua-duoi-tren-1-300", "corpus:thua-uy-quyen-chu-tich-nuoc-pho-chu-tich",
             "corpus:su-doan-bb5"],
)
def passive_agent(m, env: Env) -> list[dict]:
    if m.get("pas").text.lower() != vocab.word("function", "passive"):
        return []
    if m.get("who").label == "GRT" and not (receiving_body(m.get("who"))
                                            and _adverbs_only(env, m.first + 1, index_of(env, m.get("pas")))):
        return []  # "UBND tỉnh (vinh dự) được Thủ tướng Chính phủ tặng …": a body named like a grantor, just before "được"
    if any(c.label == "COUNT" for c in env.chunks[m.first + 1:m.last]) or not_the_subject(env, m.first):
        return []  # "3 đơn vị thuộc VKSND tỉnh được …": the counted units receive
    who, grt = person_of_post(env, m.first, m.get("awd")) or m.get("who"), m.get("grt")
    agent = giver(env, index_of(env, grt)) if grt.label == "ORG" else None
    if grt.label == "ORG" and agent is None:
        return []  # "được Công đoàn tặng …": a kind of unit, no giver
    return facts("award.passive_agent", m, env, who, chained(env, m.get("awd")), agent=agent)


@rule(
    "award.elliptic_for",
    "awd=AWD QUOTE? (OF GRT|ORG)? (YEAR|T|W){0,3} FOR GEN|W? who=@WHO",
    "An award and its receiver after \"cho\" with the verb left out: a line of a decision list (\"I. Huân chương "
    "Lao động hạng Nhất cho ông X\") or a clause that goes on after an earlier award (\"…; Bằng khen của Bộ trưởng "
    "cho Sở Y\").",
    examples=[
        ("Cụm thống nhất đề nghị tặng Cờ thi đua cho Sở Tư pháp; Bằng khen của Bộ trưởng cho Sở Y tế.",
         ["A proposed * Bằng khen -> Sở Y tế"]),
        ("I. Huân chương Lao động hạng Nhất cho ông Đào Ngọc Dung, Bộ trưởng Bộ LĐTBXH.",
         ["A conferred * Huân chương Lao động hạng Nhất -> Đào Ngọc Dung"]),
    ],
    counter=["Ông nhận Bằng khen cho tập thể."],
    seen_in=["corpus:tong-ket-cong-tac-thi-dua-vi-an-ninh-to-", "corpus:bo-ldtbxh-lay-y-kien-nhan-dan-truoc-khi-",
             "corpus:cum-thi-dua-so-1-nganh-thong-tin-va-truy", "corpus:trai-giam-an-phuoc"],
)
def elliptic_for(m, env: Env) -> list[dict]:
    before = env.chunks[:m.first]
    if before and before[-1].label in ("GIVE", "PROPOSE", "VOTE", "GET"):
        return []  # given_to and of_for read these
    numbering = all(c.label in ("NUM", "DOT", "DASH", "NL") or c.label == "NAME" and is_roman(c.text) for c in before)
    goes_on = bool(before) and before[-1].label in ("SEMI", "AND", "COMMA", "QUOTE") and any(
        c.label in ("GIVE", "PROPOSE", "VOTE", "AWD") for c in before)
    if not (numbering or goes_on):
        return []
    return facts("award.elliptic_for", m, env, m.get("who"), [m.get("awd")])

