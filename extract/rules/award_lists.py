"""Awards named with the list of their recipients: after "gồm", a colon or "như", one a line under a header, or
after "là" ("5 tập thể được tặng Cờ thi đua Chính phủ gồm: A, B …", "… tặng cờ thi đua là Hội X")."""
from __future__ import annotations

from .. import vocab
from ..grammar import rule
from .award_facts import facts
from .common import Env, clause_start, index_of
from .counted import persons_only


_OLD_GAP = frozenset({"T", "W", "FOR", "COUNT", "GEN", "PROPOSE", "GRT", "YEAR", "COMMA", "GET", "NUM", "ORG"})
_LONG_GAP = _OLD_GAP | {"SPAN", "ANA", "QUOTE", "POS", "NAME"}  # only with the group after "cho" (see listed)


@rule(
    "award.listed",
    f"awd=AWD ({'|'.join(sorted(_LONG_GAP))}){{0,8}} (COMPOSE (GEN (T|W)?)? COLON? | COLON | such=T) "
    "(COUNT|GEN)? (NL|DASH)* (NUM (DOT|RP|DASH))? who=@WHO",
    "An award and the list of its recipients after \"gồm\" or a colon, also one recipient a line under a header: "
    "\"5 tập thể được tặng Cờ thi đua Chính phủ gồm: A, B …\", \"1. Đề nghị tặng Huân chương Lao động hạng ba: 02 "
    "tập thể\" / \"- Thanh tra tỉnh Lạng Sơn;\" / \"- Sở Tư pháp tỉnh Lạng Sơn\"; an item's number before the first "
    "(\"1.\", \"1-\": extract/listmarks.py) is stepped over.",
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
        ("10 tập thể được tặng bằng khen gồm: Phòng Cảnh sát PCCC và CNCH Công an tỉnh Lâm Đồng, Công an huyện Đạ Huoai, "
         "Ban Chỉ huy quân sự TP Bảo Lộc, Đội CSGT Công an TP Bảo Lộc, Công an xã Đại Lào cùng 3 doanh nghiệp tại thị "
         "trấn Đạ M’ri.", ["A conferred * Bằng khen -> Công an huyện Đạ Huoai", "A conferred * Bằng khen -> Công an xã "
                          "Đại Lào"]),
        ("Danh hiệu Anh hùng Lao động cũng được trao cho các cá nhân tiêu biểu, gồm ông Nguyễn Việt Cường, Chủ tịch "
         "HĐQT Tập đoàn Phú Cường Group; bà Nguyễn Thị Phương Thảo, Chủ tịch HĐQT Vietjet Air.",
         ["A conferred * Anh hùng Lao động -> Nguyễn Việt Cường", "A conferred * Anh hùng Lao động -> Nguyễn Thị Phương Thảo"]),
        # items with descriptions: each ";" opens one (counted.described)
        ("Còn 11 nam, nữ được UBND tỉnh xét tặng danh hiệu thợ giỏi gồm: Nguyễn Đức Thắng (Hội An) làm nghề gỗ mỹ nghệ; "
         "Nguyễn Trung Hiệp, Nguyễn Văn Toàn làm nghề kim hoàn; Nguyễn Nhất Tuấn (Duy Xuyên) làm nghề vấn chổi đót.",
         ["A conferred * thợ giỏi -> Nguyễn Văn Toàn", "A conferred * thợ giỏi -> Nguyễn Nhất Tuấn"]),
        # persons with posts between semicolons, the commas the posts' (thanhnien.vn); a counted group of a
        # collective noun before "gồm" (dev trao-thuong-cho-cac-van-dong-vien…)
        ("Chủ tịch nước truy tặng Huân chương Chiến công hạng nhất cho 3 cán bộ, chiến sĩ gồm: đại tá Nguyễn Huy Thịnh, "
         "Phó trung đoàn trưởng Trung đoàn Cảnh sát cơ động thủ đô, Bộ Tư lệnh Cảnh sát cơ động, Bộ Công an; trung úy "
         "Dương Đức Hoàng Quân, cán bộ Tiểu đoàn 1, Trung đoàn Cảnh sát cơ động thủ đô, Bộ Công an và thượng úy Phạm "
         "Công Huy, cán bộ Đội chữa cháy quận Hoàn Kiếm.",
         ["A conferred * Huân chương Chiến công hạng nhất -> Nguyễn Huy Thịnh",
          "A conferred * Huân chương Chiến công hạng nhất -> Dương Đức Hoàng Quân",
          "A conferred * Huân chương Chiến công hạng nhất -> Phạm Công Huy"]),
        # recipients named as examples after "như", after a group ("Nhiều cá nhân …"); the posts simplified from dev
        # tap-doan-dau-khi-dien-luc-duoc-de-nghi… (whose "nguyên Chủ tịch kiêm Tổng giám đốc …" still breaks the list
        # after its first person); songtre.com.vn
        ("Nhiều cá nhân cũng được đề nghị phong danh hiệu Anh hùng Lao động đợt này, như ông Trần Đình Thanh, Giám đốc "
         "Sở Y tế; ông Nguyễn Quốc Anh, Giám đốc Bệnh viện Bạch Mai.",
         ["A proposed * Anh hùng Lao động -> Trần Đình Thanh", "A proposed * Anh hùng Lao động -> Nguyễn Quốc Anh"]),
        # what may stand between the group and "gồm": the count's place, "mỗi", a quoted word, a school year (pages of
        # probe audits: thtg.vn, tayninh.gov.vn, doisongvietnam.vn, backan.gov.vn)
        ("Thủ tướng Chính phủ vừa ban hành Quyết định 1766/QĐ-TTg tặng Bằng khen cho 6 cá nhân tỉnh Tiền Giang gồm: bà "
         "Nguyễn Thị Tho Đông, Phó GĐ Đài PT-TH tỉnh; ông Nguyễn Văn Cường, Giám đốc Sở Y tế.",
         ["A conferred * Bằng khen -> Nguyễn Thị Tho Đông", "A conferred * Bằng khen -> Nguyễn Văn Cường"]),
        ("Thủ tướng tặng Bằng khen cho 6 cá nhân TP. Hải Phòng gồm: ông Nguyễn Văn An, Giám đốc Sở Y tế; bà Trần Thị "
         "Bình, Hiệu trưởng.", ["A conferred * Bằng khen -> Trần Thị Bình"]),
        # the count's post ("cho 3 nguyên Phó chủ tịch Quốc hội: A, B và C": a page of a probe audit; "cho 2 nhà giáo")
        ("Chủ tịch nước tặng Huân chương Độc lập hạng nhì cho 3 nguyên Phó chủ tịch Quốc hội: Nguyễn Văn An, Trần Văn "
         "Bình và Lê Văn Cường.", ["A conferred * Huân chương Độc lập hạng nhì -> Lê Văn Cường"]),
        ("Đồng thời Tặng Bằng khen cho mỗi tập thể, gồm: Thanh tra Sở Nông nghiệp và Phát triển nông thôn; Chi cục "
         "Trồng trọt và Bảo vệ thực vật.", ["A conferred * Bằng khen -> Chi cục Trồng trọt và Bảo vệ thực vật"]),
        ("Chủ tịch nước truy tặng Huân chương Dũng cảm cho hai \"hiệp sĩ\" gồm: anh Nguyễn Văn Thôi và anh Nguyễn Hoàng Nam.",
         ["A conferred * Huân chương Dũng cảm -> Nguyễn Văn Thôi", "A conferred * Huân chương Dũng cảm -> Nguyễn Hoàng Nam"]),
        ("Chủ tịch UBND tỉnh tặng Bằng khen cho 39 tập thể có thành tích xuất sắc trong phong trào thi đua năm học 2022 - "
         "2023 gồm: Trường THPT Bắc Kạn; Trường THPT Phủ Thông.", ["A conferred * Bằng khen -> Trường THPT Phủ Thông"]),
    ],
    counter=["Bằng khen của Chủ tịch UBND tỉnh: Quyết định số 1034/QĐ-UBND.",
             "Bộ trưởng tặng Bằng khen cho 5 Giám đốc doanh nghiệp: Công ty Điện lực Lạng Sơn, Công ty Xăng dầu Lạng Sơn.",
             "Anh Bùi Quang Huy, Bí thư Trung ương Đoàn, trao kỷ niệm chương cho cán bộ chiến sĩ đang công tác trên quần "
             "đảoTrường Sa - ẢNH: Hà Thanh",
             "Hội nghị đề nghị tặng Cờ thi đua năm 2022, các đơn vị còn lại hoàn thành xuất sắc nhiệm vụ gồm: Sở Tư pháp, "
             "Sở Tài chính.",
             "Hội nghị đề nghị tặng Cờ thi đua, thống nhất thứ tự luân phiên giai đoạn 2023 - 2025 như sau: Sở Tư pháp, "
             "Sở Tài chính, Sở Y tế.",
             "Sở Y tế trao Bằng khen cho Bệnh viện tỉnh gồm các khoa: Nội, Ngoại.",
             "Đơn vị được tặng Bằng khen như mọi năm Sở Y tế vẫn tổ chức lễ."],
    seen_in=["dev:quang-nam-cong-nhan-danh-hieu-16-nghe-nhan-tho-gioi-nam-2023",
             "dev:baonghean-vn-thu-tuong-chinh-phu-vua-ban-hanh-quyet-dinh-so-231-qd-ttg",
             "dev:vinh-danh-17-tap-the-va-ca-nhan-anh-hung-tai-dai-hoi-thi-dua-yeu-nuoc-l",
             "dev:17-tap-the-ca-nhan-tieu-bieu-duoc-trao-tang-danh-hieu-anh-hung",
             "dev:so-noi-vu-dang-tai-danh-sach-cac-tap-the-lay-y-kien-nhan-dan-ve-viec-d",
             "dev:thu-tuong-chinh-phu-vua-ban-hanh-quyet-dinh-so-948-qd-ttg-ve-viec-tang",
             "dev:truy-tang-huan-chuong-dung-cam-cho-nguoi-dan-tu-vong-trong-vu-sat-lo-deo-bao-loc",
             "dev:danh-sach-17-tap-the-ca-nhan-nhan-danh-hieu-anh-hung-lao-dong-anh-hung-llvt",
             "pages:www.thtg.vn/videos/sac-mau-nghe-nhan/", "pages:www.tayninh.gov.vn/chinh-quyen/Lists/KinhTeXaHoi",
             "pages:doisongvietnam.vn/amp/chu-tich-nuoc-tang-huan-chuong-dung-cam-cho-7-hiep-si-tan-binh-43873-3.html",
             "pages:hanhchinhcong.backan.gov.vn/portaldvc/Pages/2023-10-17/Tang-Bang-khen-cho-cac-tap-the-co-thanh-tich",
             "probes:audit4-026"],
)
def listed(m, env: Env) -> list[dict]:
    awd_at = index_of(env, m.get("awd"))
    gap = env.chunks[awd_at:index_of(env, m.get("who"))]
    intro = next((i for i, c in enumerate(gap) if c.label in ("COMPOSE", "COLON") or c is m.get("such")), len(gap))
    between = gap[1:intro]
    if any(c.label == "NAME" and (not i or between[i - 1].label != "POS") for i, c in enumerate(between)):
        return []  # a name only as a post's body ("3 nguyên Phó chủ tịch Quốc hội:"), not a caption's "… - ẢNH: Hà Thanh"
    if (len(between) > 6 or any(c.label not in _OLD_GAP for c in between)) and not (
            any(c.label == "FOR" for c in between) and all(c.label != "COMMA" for c in between[:-1])):
        return []  # a longer gap names the group after "cho", with no clause after a comma ("tặng Cờ thi đua năm 2022,
        # các đơn vị còn lại … gồm: A": the remaining units; "…, thống nhất luân phiên … như sau: A, B": an order)
    if any(c.label == "ORG" and not c.attrs.get("collective") and not _counts_place(gap, i) for i, c in enumerate(gap)):
        return []  # a unit between the award and the list is no counted group ("cho 3 cán bộ, chiến sĩ gồm: …" is)
    such = m.get("such")
    if such is not None and (such.text.lower() not in vocab.words("function", "such_as")
                             or env.chunks[index_of(env, such) - 1].label != "COMMA"
                             or not any(c.label in ("GEN", "COUNT") for c in env.chunks[clause_start(env, awd_at):awd_at])):
        return []  # "Nhiều cá nhân được …, như ông A, B": a group's members, named as examples; "Sở Y tế được …, như
        # ông A cho biết" names none, nor does any word but "như"
    got = facts("award.listed", m, env, m.get("who"), [m.get("awd")])
    if any(c.label == "POS" for c in between):  # "cho 5 Giám đốc doanh nghiệp: Công ty A, …" (the review's probes):
        got = [f for f in got if f.get("_person")]  # the posts' holders receive, not the units they hold them in
    return got


@rule(
    "award.is_recipient",
    "awd=AWD (T|W|GEN|YEAR|COMMA|QUOTE){0,3} BE COLON? GEN? (T|W)? who=@WHO",
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
        ("Thừa Thiên Huế có 6 nghệ nhân được phong tặng danh hiệu đợt này, gồm 4 “nghệ nhân ưu tú” là các nghệ nhân Trần "
         "Duy Mong, Hoàng Ngọc Tuyên; hai “nghệ nhân nhân dân” là nghệ nhân Nguyễn Văn Sính.",
         ["A conferred * Nghệ nhân Ưu tú -> Trần Duy Mong", "A conferred * Nghệ nhân Nhân dân -> Nguyễn Văn Sính"]),
    ],
    counter=["Cờ thi đua là phần thưởng cao quý."],
    seen_in=["dev:tham-du-co-lanh-dao-ban-thi-dua-khen-thuong-trung-uong-cac-to-chuc-chi",
             "dev:xem-xet-de-nghi-khen-thuong-muc-cao-doi-voi-26-tap-the-ca-nhan",
             "dev:6-nghe-nhan-duoc-phong-tang-danh-hieu-nghe-nhan-uu-tu-nghe-nhan-nhan-dan"],
)
def is_recipient(m, env: Env) -> list[dict]:
    who = m.get("who")
    before = env.chunks[index_of(env, who) - 2:index_of(env, who)]
    if [c.label for c in before][-2:-1] == ["BE"] and before[-1].label in ("T", "W") and not persons_only(who):
        return []  # "Huân chương … là động lực Bệnh viện A …": a word, then a unit, says what it means
    return facts("award.is_recipient", m, env, who, [m.get("awd")])


def _counts_place(gap: list, i: int) -> bool:
    """The place a count's members are of: "cho 6 cá nhân tỉnh Tiền Giang gồm: …" (pages of a probe audit)."""
    return i > 0 and gap[i - 1].label == "COUNT" and \
        " ".join(gap[i].text.lower().replace(".", " ").split()).startswith(vocab.admin_kind_edges()[0])
