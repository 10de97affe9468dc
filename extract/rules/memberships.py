"""A cluster's composition: its member units for a year, with the roles the list gives them."""
from __future__ import annotations

from .. import vocab
from ..grammar import rule
from ..normalize import key
from .common import Env, clause_start, cluster_for, index_of, membership, role_year, units
from .composition import award_after_role, has_cluster as _has_cluster, headed_block, recipients_before as _recipients_before

def _members(name: str, m, env: Env, who_key: str = "who") -> list[dict]:
    who = m.get(who_key)
    year = role_year(env, m, m.first)
    cluster = cluster_for(env, m, "clu")
    return [membership(name, env, cluster, u, year, u["role"] or "member") for u in units(who, persons=False)]


@rule(
    "compose.list",
    "COMPOSE (COUNT|GEN|COMMA|NUM|W|T){0,4} (LP (W|T|GEN|DIST){1,4} RP)? COMPOSE? COLON|SEMI|BE? (NL|DASH)* (NUM DOT)? "
    "who=@UNIT",
    "A cluster's members listed after \"gồm\" / \"bao gồm\" in a statement about the cluster: \"Khối thi đua số 3 "
    "gồm 8 đơn vị: A (Khối trưởng), B (Khối phó), C …\", \"… và 3 đơn vị thành viên, gồm C; D; E\". A list of "
    "award recipients (\"tặng Cờ … cho các đơn vị dẫn đầu cụm, khối, gồm: …\") is none.",
    examples=[
        ("Khối thi đua số 3 gồm 8 đơn vị: Bộ Chỉ huy Quân sự tỉnh (Khối trưởng), Công an tỉnh (Khối phó), Bộ Chỉ "
         "huy Bộ đội Biên phòng tỉnh, Thanh tra tỉnh, Sở Tư pháp, TAND tỉnh, VKSND tỉnh và Cục Thi hành án dân sự "
         "tỉnh.", ["M chair * Bộ Chỉ huy Quân sự tỉnh", "M vice_chair * Công an tỉnh", "M member * Sở Tư pháp",
                   "M member * Cục Thi hành án dân sự tỉnh"]),
        ("Khối thi đua các sở, ngành kinh tế gồm: Sở Giao thông Vận tải, Sở Xây dựng, Sở Tài nguyên và Môi trường.",
         ["M member * Sở Giao thông Vận tải", "M member * Sở Tài nguyên và Môi trường"]),
        ("Khối thi đua gồm 10 cơ quan, đơn vị cấp tỉnh: Sở Tư pháp, Thanh tra tỉnh, Cục Thi hành án Dân sự và Trại "
         "giam Sông Cái.", ["M member * Sở Tư pháp", "M member * Trại giam Sông Cái"],
         "Khối thi đua các cơ quan nội chính tổng kết năm 2019"),
        ("Chiều ngày 26/11/2020, tại Hội trường UBND xã Phú Hựu, Cụm thi đua số 2 gồm các xã: Phú Hựu, An Hiệp, "
         "Tân Phú và Phú Long tổ chức tổng kết phong trào thi đua cụm năm 2020.",
         ["M member 2020 xã Phú Hựu", "M member 2020 xã Phú Long"]),
        # a name's word read as a verb of giving, then a date, before the cluster: no recipients (_recipients_before)
        ("Được sự thống nhất của Hội đồng thi đua, khen thưởng Viện kiểm sát nhân dân tỉnh, ngày 10/02/2023 Cụm thi "
         "đua số 2 gồm Viện kiểm sát nhân dân huyện Tri Tôn, Viện kiểm sát nhân dân huyện An Phú tổ chức Lễ ký kết.",
         ["M member 2023 Viện kiểm sát nhân dân huyện Tri Tôn"]),
        # the cluster named only by the chair's role before "gồm" (probes audit8-100; dev-12 tay-ninh-to-chuc-…)
        ("Năm 2020, UBMTTQVN huyện Kon Rẫy là đơn vị đăng cai cụm trưởng Cụm thi đua số II, gồm 5 đơn vị là thành phố "
         "Kon Tum và các huyện Sa Thầy, Kon Plông, Ia H’Drai, Kon Rẫy.",
         ["M member 2020 thành phố Kon Tum", "M member 2020 huyện Sa Thầy", "M member 2020 huyện Ia H’Drai"]),
    ],
    counter=["Hội đồng đề nghị tặng Cờ thi đua cho các đơn vị dẫn đầu cụm, khối thi đua, gồm: Sở Y tế, Sở Tư pháp.",
             "Sở Nội vụ (Cụm trưởng) đề nghị UBND tỉnh tặng Bằng khen cho 2 đơn vị, gồm: Sở Y tế, Sở Tư pháp.",
             "Dự có ông A, Giám đốc Sở Nội vụ, Khối trưởng và đại diện các cơ quan gồm: Sở Y tế, Văn phòng UBND tỉnh."],
    seen_in=["dev:qua-tong-ket-co-quan-vksnd-tinh-duoc-khoi-thi-dua-de-nghi-ub",
             "dev:khoi-thi-dua-cac-so-nganh-kinh-te-ky-giao-uoc-thi-dua-nam-2018",
             "dev:phu-huu-tong-ket-phong-trao-thi-dua-cum-so-2-nam-2020",
             "dev:khoi-thi-dua-8-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2019",
             "corpus:khoi-thi-dua-cac-co-quan-noi-chinh-tong-",
             "dev:cum-thi-dua-so-2-vksnd-tinh-an-giang-ky-ket-giao-uoc-thi-dua-nam-2023",
             "probes:audit8-100", "dev-12:tay-ninh-to-chuc-ky-ket-giao-uoc-thi-dua-cum-mien-dong-nam-bo"],
)
def compose_list(m, env: Env) -> list[dict]:
    if not _has_cluster(env, m.first) or headed_block(env):
        return []  # none named; or "I. Cụm 1: Gồm 12 đơn vị (…)" over its lines: compose.header_lines reads them
    clu = max((k for k in range(clause_start(env, m.first), m.first) if env.chunks[k].label == "CLU"), default=None)
    while clu is not None and clu >= 2 and env.chunks[clu - 1].label in ("COMMA", "AND") and env.chunks[clu - 2].label == "CLU":
        clu -= 2  # "cụm, khối thi đua": one mention of clusters
    if clu is not None and _recipients_before(env, clu) or clu is None and award_after_role(env, m.first):
        return []  # "tặng Cờ … cho các đơn vị dẫn đầu cụm, khối thi đua, gồm: …": recipients
    return _members("compose.list", m, env) + _counted_rest(m, env)


def _counted_rest(m, env: Env) -> list[dict]:
    """"gồm 5 đơn vị là huyện A, B, C và 2 thành phố D, E": after "và", the rest of a counted composition, when
    the two parts together make the count."""
    count = next((c.attrs.get("n") for c in m.span() if c.label == "COUNT"), None)
    who = m.get("who")
    k = m.last + 1
    ch = env.chunks
    if not count or k + 1 >= len(ch) or ch[k].label != "AND" or ch[k + 1].label not in ("LIST", "ORG"):
        return []
    rest = units(ch[k + 1], persons=False)
    if len(units(who, persons=False)) + len(rest) != count:
        return []
    year = role_year(env, m, m.first)
    return [membership("compose.list", env, cluster_for(env, m, "clu"), u, year, u["role"] or "member") for u in rest]


@rule(
    "compose.count_in_cluster",
    "cnt=COUNT ((W|T){0,2} clu=CLU (LP (!RP){0,12} RP)? (AND GEN)?)? COLON who=@UNIT",
    "Units counted as those of a cluster, then listed: \"đại diện của 09 đơn vị trong Khối: A, B …\", \"có 8 cơ "
    "quan trong Khối thi đua (…) và các cơ quan: A; B …\"; or counted as its members (\"Với 08 đơn vị thành viên: A, B\").",
    examples=[
        ("Thành phần tham dự gồm đại diện của 09 đơn vị trong Khối: Sở Nội vụ, Bộ Chỉ huy quân sự tỉnh, Công an "
         "tỉnh, Tòa án nhân dân tỉnh và đại diện Ban Thi đua khen thưởng tỉnh.",
         ["M member * Sở Nội vụ", "M member * Tòa án nhân dân tỉnh"], "Hội nghị ký kết giao ước thi đua Khối Nội chính"),
        ("Năm 2022 có 8 cơ quan trong Khối thi đua (Hội Luật gia làm Khối trưởng) và các cơ quan: Hội Nhà báo; Hội "
         "Văn học Nghệ thuật; Liên minh Hợp tác xã tỉnh Lâm Đồng.",
         ["M member 2022 Hội Nhà báo", "M member 2022 Liên minh Hợp tác xã tỉnh Lâm Đồng"]),
        ("Với 08 đơn vị thành viên: Ban Dân tộc tỉnh, Sở Tài chính, Sở Nội vụ; Trong nhiều năm liền Khối các cơ quan tham "
         "mưu tổng hợp đã phát huy tốt vai trò.", ["M member 2018 Sở Tài chính", "M member 2018 Sở Nội vụ"], "Khối thi đua ký kết năm 2018"),
    ],
    counter=["Tặng Giấy khen cho 5 cá nhân trong Khối: ông Nguyễn Văn A, bà Trần Thị B.",
             ("Với 08 đơn vị: Ban Dân tộc tỉnh, Sở Tài chính, Sở Nội vụ.", [], "Khối thi đua ký kết năm 2018"),
             # a unit's own members (a review's probes ci-06, x-16): the subject before "có" is no cluster
             ("Tổng công ty Điện lực miền Bắc có 27 đơn vị thành viên: Công ty Điện lực Lạng Sơn, Công ty Điện lực Cao "
              "Bằng.", [], "Cụm thi đua các doanh nghiệp tỉnh tổng kết năm 2023")],
    seen_in=["corpus:hoi-nghi-ky-ket-giao-uoc-thi-dua-khoi-no", "corpus:khoi-cac-hoi-tong-ket-cong-tac-thi-dua-k",
             "dev-10:khoi-thi-dua-cac-co-quan-tham-muu-tong-hop-ky-ket-", "sample:hoi-nghi-trien-khai-cong-tac-thi-dua-khen-thuong"],
)
def count_in_cluster(m, env: Env) -> list[dict]:
    noun = (m.get("cnt").attrs.get("noun") or "").lower()
    if not any(w in noun for w in vocab.words("function", "unit_generics") | vocab.words("clusters", "member_words")):
        return []  # "5 cá nhân trong Khối": people, not the cluster's units
    if m.get("clu") is None and not (any(w in noun for w in vocab.words("clusters", "member_words")) and cluster_for(env, m)
                                     and not _unit_owns(env, index_of(env, m.get("cnt")))):
        return []  # no cluster named: only a count of "members" says whose ("08 đơn vị thành viên: …")
    return _members("compose.count_in_cluster", m, env)


def _unit_owns(env: Env, k: int) -> bool:
    """A unit is the subject that has the counted members ("Tổng công ty Điện lực miền Bắc có 27 đơn vị thành viên:
    …", "Tập đoàn … có 12 đơn vị thành viên: …": a review's probes ci-06, x-16): its own members, not the cluster's.
    A cluster ("Khối (hiện) có 5 thành viên: …") or no subject ("Với 08 đơn vị thành viên: …") leaves them the
    cluster's."""
    j = k - 1
    while j >= 0 and k - j <= 3 and env.chunks[j].label in ("T", "W"):
        j -= 1
    return j >= 0 and env.chunks[j].label in ("ORG", "GRT", "NAME", "LIST", "PER")


@rule(
    "compose.namesake_count",
    "POS (AND? DIST W?)? cnt=COUNT (W|T|COMMA|ORG|NAME){0,5} COMPOSE COLON? who=@UNIT",
    "Units counted in the words of the article's cluster, then listed, in a statement that names no cluster: \"lãnh "
    "đạo 5 huyện, thị đồng bằng gồm: A, B\" under \"cụm thi đua các huyện, thị đồng bằng\", \"các Hội nhà báo 7 tỉnh, "
    "thành phố Nam sông Hậu, gồm: A, B\" under \"Cụm thi đua Hội nhà báo các tỉnh, thành phố Nam Sông Hậu\": the "
    "count restates the cluster's descriptor, so the list is its composition (three words at least, to its end). "
    "The count is of the units whose leaders or representatives come (a post right before it, \"lãnh đạo (và các "
    "ban ngành)\", \"đại diện lãnh đạo các Hội nhà báo\"): the units come as the cluster's members. A count in the "
    "same words about something else (where a flood struck, whom a delegation visited, what was merged) is none.",
    examples=[
        ("Tới dự có lãnh đạo và các ban ngành 5 huyện, thị đồng bằng gồm: Diễn Châu, Yên Thành, Quỳnh Lưu và Đô Lương.",
         ["M member 2014 huyện Diễn Châu", "M member 2014 huyện Đô Lương"],
         "Hội nghị tổng kết cụm thi đua các huyện, thị xã đồng bằng năm 2014"),
        ("Dự hội nghị còn có đại diện lãnh đạo các Hội nhà báo 7 tỉnh, thành phố Nam sông Hậu, gồm: Cà Mau, Bạc Liêu, Sóc "
         "Trăng và Cần Thơ.", ["M member 2024 Hội nhà báo tỉnh Bạc Liêu", "M member 2024 Hội nhà báo thành phố Cần Thơ"],
         "Cụm thi đua Hội nhà báo các tỉnh, thành phố Nam Sông Hậu sơ kết 6 tháng đầu năm 2024"),
    ],
    counter=[("Tới dự có lãnh đạo 5 huyện gồm: Diễn Châu, Yên Thành, Quỳnh Lưu và Đô Lương.", [],
              "Hội nghị tổng kết cụm thi đua các huyện, thị đồng bằng năm 2014"),
             ("Tới dự có lãnh đạo 3 huyện miền núi gồm: Con Cuông, Tương Dương và Kỳ Sơn.", [],
              "Hội nghị tổng kết cụm thi đua các huyện, thị đồng bằng năm 2014"),
             # a count in the cluster's words about something else: where, whom, what is done to them (the review's
             # probes comp-02, -03, -09, -10, -14, -16)
             ("Mưa lũ đã gây thiệt hại lớn tại 4 tỉnh miền núi phía Bắc gồm: Lào Cai, Yên Bái, Hà Giang và Cao Bằng.",
              [], "Cụm thi đua các tỉnh miền núi phía Bắc tổng kết năm 2023"),
             ("Dịp này, đoàn đã làm việc với 3 trường đại học, cao đẳng gồm: Trường Đại học Y Hà Nội, Trường Đại học "
              "Bách khoa Hà Nội và Trường Cao đẳng Y tế Hà Nội.", [],
              "Khối thi đua các trường đại học, cao đẳng tổng kết năm học 2022-2023"),
             ("Năm 2023, Sở Y tế đã sáp nhập 3 đơn vị sự nghiệp công lập gồm: Trung tâm Y tế huyện Cao Lộc, Trung tâm "
              "Y tế huyện Văn Lãng và Trung tâm Dân số huyện Lộc Bình.", [],
              "Khối thi đua các đơn vị sự nghiệp công lập tổng kết năm 2023"),
             ("Trong năm, đoàn kiểm tra của Ban Thường vụ Tỉnh ủy đã làm việc tại 2 cơ quan Đảng gồm: Đảng ủy Khối "
              "Doanh nghiệp và Huyện ủy Cao Lộc.", [], "Khối thi đua các cơ quan Đảng tổng kết năm 2023"),
             ("Tỉnh hiện có 4 huyện miền núi gồm: Con Cuông, Tương Dương, Kỳ Sơn, Quế Phong chưa đạt chuẩn nông thôn "
              "mới.", [], "Cụm thi đua các huyện miền núi tổng kết năm 2023"),
             ("Năm 2023, tỉnh đã cổ phần hóa 2 doanh nghiệp nhà nước gồm: Công ty TNHH MTV Xổ số kiến thiết và Công ty "
              "TNHH MTV Cấp thoát nước.", [], "Khối thi đua các doanh nghiệp nhà nước tổng kết năm 2023")],
    seen_in=["dev:hoi-nghi-tong-ket-cum-thi-dua-cac-huyen-thi-dong-bang-nam-2014",
             "dev:xay-dung-ke-hoach-cho-cac-hoat-dong-ky-niem-100-nam-ngay-bao-chi-cach-mang-viet-nam"],
)
def namesake_count(m, env: Env) -> list[dict]:
    main = env.doc.main_cluster
    if main is None or any(c.label == "CLU" for c in env.chunks):
        return []  # a cluster the statement names: compose.list, compose.count_in_cluster
    cnt = m.get("cnt")
    said = [cnt.attrs.get("noun") or ""] + [c.text for c in env.chunks[index_of(env, cnt) + 1:m.last + 1]
                                            if c.label != "COMPOSE"][:-1]
    plural = vocab.word("function", "plural")
    words = [w for w in key(" ".join(said)).split() if w != plural and not w.isdigit()]
    named = [c.name for s in env.doc.statements if s.hinted for c in s.chunks if c.label == "CLU" and not c.attrs.get("generic")]
    said_so = [n for n in named if _restates(words, [w for w in key(n).split() if w != plural], 0)]
    if len(words) < 3 or not (said_so or _restates(words, [w for w in key(main).split() if w != plural])):
        return []  # "5 huyện gồm: …" under "các huyện, thị đồng bằng": a count, not the cluster's own words
    cluster = said_so[0] if said_so else main  # the mention in the count's very words, else the article's cluster
    year = role_year(env, m, m.first)
    return [membership("compose.namesake_count", env, cluster, u, year, "member") for u in units(m.get("who"), persons=False)]


def _restates(words: list[str], descriptor: list[str], left_out: int = 1) -> bool:
    """The words end the descriptor, one of its words left out at most ("huyện, thị đồng bằng" for "huyện, thị xã
    Đồng bằng", the article's other mention)."""
    for skip in range(min(left_out, len(descriptor) - len(words)) + 1):
        tail = descriptor[len(descriptor) - len(words) - skip:]
        if tail[0] == words[0] and tail[-1] == words[-1] and _subsequence(words, tail):
            return True
    return False


def _subsequence(words: list[str], tail: list[str]) -> bool:
    it = iter(tail)
    return all(w in it for w in words)


@rule(
    "compose.in_brackets",
    "clu=CLU LP (COMPOSE|GEN|COUNT|W|T)* who=@UNIT RP",
    "A cluster's members in brackets after its name: \"cụm thi đua số 1 (Thành phố Thủ Đức, Quận 1,3,5,10,Tân "
    "Bình)\", \"Cụm thi đua số 3 (gồm các đơn vị Bảo Lâm, Đạ Huoai, Đạ Tẻh, Cát Tiên)\".",
    examples=[
        ("Ủy ban MTTQ Việt Nam Quận 5 được đánh giá là đơn vị xuất sắc dẫn đầu cụm thi đua số 1 (Thành phố Thủ Đức, "
         "Quận 1,3,5,10,Tân Bình) năm 2022.", ["M member * Quận 3", "M member * quận Tân Bình"]),
        ("(LĐ online) - Ngày 6/1, huyện Đạ Huoai đơn vị Cụm Trưởng Cụm thi đua số 3 (gồm các đơn vị Bảo Lâm, Đạ "
         "Huoai, Đạ Tẻh, Cát Tiên) năm 2022 - cho biết.", ["M member 2022 Bảo Lâm", "M member 2022 Cát Tiên"]),
        ("Hơn 100 đại biểu của 10 đơn vị trong Khối thi đua số 1 (gồm các ban: Dân vận, Tổ chức, Tuyên giáo, Nội "
         "chính và Văn phòng Tỉnh ủy) đã về dự Đại hội.", ["M member * Ban Dân vận", "M member * Văn phòng Tỉnh ủy"]),
    ],
    counter=["Cụm thi đua số 6 (Khối Văn hóa - Xã hội) đã tổ chức Hội nghị.",
             "Cụm thi đua số 4-Trường Chính trị các tỉnh khu vực đồng bằng sông Hồng (ĐBSH) tổ chức hội nghị."],
    seen_in=["dev:thanh-tich-tieu-bieu-nam-2022-cua-uy-ban-mttq-viet-nam-quan-5",
             "dev:cum-thi-dua-so-3-nhieu-ket-qua-noi-bat-trong-cac-phong-trao-thi-dua-ye",
             "dev:khoi-thi-dua-so-1-to-chuc-dai-hoi-lan-thu-nhat"],
)
def in_brackets(m, env: Env) -> list[dict]:
    if _abbreviation(env.chunks[m.first + 2:m.last]):
        return []  # "Cụm thi đua … đồng bằng sông Hồng (ĐBSH)": the cluster's abbreviation
    return _members("compose.in_brackets", m, env)


def _abbreviation(inner: list) -> bool:
    return len(inner) == 1 and inner[0].label == "NAME" and inner[0].text.replace("&", "").isupper()


@rule(
    "compose.described_in_brackets",
    "clu=CLU COMPOSE (COUNT|GEN|W|T|DIST|NAME|BELONG|ORG|COMMA|AND){1,10} LP who=LIST RP",
    "A cluster's members in brackets after \"gồm\" and what they are: \"Cụm thi đua số 8 gồm 7 trường chính trị các "
    "tỉnh miền Đông Nam bộ (Trường Chính trị Ninh Thuận, …)\", \"Khối thi đua số 7 gồm 6 đơn vị thuộc Bộ Tài chính "
    "(A; B; …)\", \"Cụm 1 gồm các huyện … ven biển (Bỉm Sơn, Nga Sơn, …)\" (pages of two probe audits).",
    examples=[
        ("Cụm thi đua số 8 gồm 7 trường chính trị các tỉnh miền Đông Nam bộ (Trường Chính trị Ninh Thuận, Trường Chính "
         "trị Bà Rịa - Vũng Tàu, Trường Chính trị Tây Ninh) đã tổ chức Hội nghị.",
         ["M member * Trường Chính trị Ninh Thuận", "M member * Trường Chính trị Tây Ninh"]),
        ("Khối thi đua số 7 gồm 6 đơn vị thuộc Bộ Tài chính (Viện Chiến lược và Chính sách tài chính; Tạp chí Kinh tế - "
         "Tài chính; Nhà xuất bản Tài chính) tổ chức hội nghị.", ["M member * Nhà xuất bản Tài chính"]),
    ],
    counter=["Cụm thi đua số 6 gồm các đơn vị khối Văn hóa - Xã hội (VHXH) đã tổ chức Hội nghị.",
             # one name in the bracket is a place, a host or a source, not the members (the review's probes)
             "Cụm thi đua số 3 gồm các huyện biên giới (tỉnh Lạng Sơn) tổ chức hội nghị.",
             "Cụm thi đua số 3 gồm 5 huyện tổ chức hội nghị tổng kết (huyện Cao Lộc).",
             "Cụm thi đua số 2 gồm Sở Y tế, Trường Tiểu học Kim Đồng (tỉnh Lạng Sơn) và Sở Tư pháp."],
    seen_in=["pages:truongchinhtri.baria-vungtau.gov.vn/index.php/component/content/article/91-thong-bao/2256-2020-11-17-04-19-47",
             "pages:thoibaotaichinhvietnam.vn/khoi-thi-dua-so-7-phat-dong-thi-dua-nam-2026-voi-tinh-than-doan-ket-ky-cuong-doi-moi-sang-tao-190664.html",
             "pages:thads.moj.gov.vn/noidung/tintuc/Lists/TinTuDiaPhuong/View_Detail.aspx?ItemID=4332"],
)
def described_in_brackets(m, env: Env) -> list[dict]:
    at = index_of(env, m.get("who"))
    gap = env.chunks[index_of(env, m.get("clu")) + 2:at - 1]
    if any(c.label == "ORG" and gap[i - 1].label != "BELONG" for i, c in enumerate(gap) if i):
        return []  # a unit of the list before the bracket: the bracket is its note ("gồm A, huyện B (tỉnh C)")
    if _abbreviation(env.chunks[at:m.last]):
        return []  # "(VHXH)": the descriptor's abbreviation
    return _members("compose.described_in_brackets", m, env)


@rule(
    "compose.roles_listed",
    "who=LIST",
    "A list whose units the text gives roles in the cluster (\"Thanh tra Sở Tài chính - đơn vị Cụm Trưởng, "
    "Thanh tra Sở Kế hoạch và Đầu tư - đơn vị Cụm Phó\", \"Văn phòng các Sở: Lao động, Thương binh và Xã hội "
    "(Khối trưởng), Giáo dục và Đào tạo (Khối phó), …\") is the cluster's composition.",
    examples=[
        ("Tham dự Hội nghị có đại diện Lãnh đạo, Văn phòng các Sở: Lao động, Thương binh và Xã hội (Khối trưởng), "
         "Giáo dục và Đào tạo (Khối phó), Văn hóa, Thể thao và Du lịch, Y tế, Đài Phát thanh và Truyền hình tỉnh.",
         ["M chair * Sở Lao động, Thương binh và Xã hội", "M vice_chair * Sở Giáo dục và Đào tạo", "M member * Sở Y tế"],
         "Cụm Thi đua số 6 (Văn hóa - Xã hội) sơ kết công tác thi đua 6 tháng đầu năm"),
        ("Ban Dân tộc tỉnh (đơn vị Trưởng Khối) và Sở Giáo dục và Đào tạo (đơn vị Phó Khối) đồng chủ trì Hội nghị.",
         ["M chair * Ban Dân tộc tỉnh", "M vice_chair * Sở Giáo dục và Đào tạo"],
         "Khối thi đua Văn hóa - Xã hội tổng kết công tác thi đua, khen thưởng năm 2022"),
        # one role among guests: who holds it, and no members (tests/test_extract.py checks there are none)
        ("Dự hội nghị có lãnh đạo Lữ đoàn 144, Tổng công ty 789 và Trường Cao đẳng Kỹ thuật Mật mã - Khối trưởng "
         "Khối thi đua số 4.", ["M chair * Trường Cao đẳng Kỹ thuật Mật mã"], "Khối thi đua số 4 tổng kết"),
        # persons with posts: the role is their unit's, a deputy's post too ("Phó Viện trưởng")
        ("Tham dự Hội nghị có đồng chí Nguyễn Văn An, Viện trưởng VKSND tỉnh Gia Lai - đơn vị Cụm trưởng; đồng chí "
         "Lê Văn Bình, Phó Viện trưởng VKSND tỉnh Kon Tum - đơn vị Cụm phó; đồng chí Trần Văn Cường, Phó Viện "
         "trưởng VKSND tỉnh Lâm Đồng.",
         ["M chair 2023 VKSND tỉnh Gia Lai", "M vice_chair 2023 VKSND tỉnh Kon Tum"],
         "Cụm thi đua số 7 tổng kết công tác thi đua năm 2023"),
    ],
    counter=["Dự Hội nghị có Sở Y tế, Sở Tư pháp và Sở Nội vụ.",
             "Tham dự Hội nghị có đồng chí Nguyễn Văn An, Viện trưởng VKSND tỉnh Gia Lai; đồng chí Lê Văn Bình, "
             "Phó Viện trưởng VKSND tỉnh Kon Tum."],
    seen_in=["dev:cum-thi-dua-so-7-nganh-ksnd-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2023",
             "dev:hoi-nghi-tong-ket-vi-an-ninh-to-quoc-cua-cum-thi-dua-so-1-bo-cong-an",
             "dev:cum-thi-dua-so-6-van-hoa-xa-hoi-so-ket-cong-tac-thi-dua-6-thang-dau-na",
             "dev:khoi-thi-dua-van-hoa-xa-hoi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-",
             "dev:sang-ngay-15-12-2021-tai-so-tai-chinh-tinh-lang-son-cum-thi-dua-so-2-t"],
)
def roles_listed(m, env: Env) -> list[dict]:
    items = m.get("who").attrs["items"]
    roles = [it for it in items if it["role"] in ("chair", "vice_chair")]
    if not roles:
        return []
    if len(roles) == 1:  # one role in a list of guests says who holds it, not who the members are
        year = role_year(env, m, m.first)
        return [membership("compose.roles_listed", env, cluster_for(env, m, "clu"), u, year, u["role"])
                for u in units(m.get("who"), persons=False) if u["role"]]
    return _members("compose.roles_listed", m, env)


@rule(
    "compose.belongs",
    "who=@UNIT COMMA? BELONG clu=CLU",
    "Units said to belong to a cluster: \"thanh tra 5 tỉnh: Hưng Yên, …, Quảng Ninh thuộc Cụm thi đua Thanh tra "
    "5 tỉnh phía Bắc\", \"… Văn phòng Huyện ủy các huyện Lắk, Ea Kar … thuộc Cụm thi đua số III\".",
    examples=[
        ("Sáng 26/8, tại Hưng Yên, thanh tra 5 tỉnh: Hưng Yên, Vĩnh Phúc, Bắc Ninh, Hải Dương và Quảng Ninh thuộc Cụm "
         "thi đua Thanh tra 5 tỉnh phía Bắc đồng bằng sông Hồng đã tổ chức sơ kết công tác thi đua 6 tháng đầu năm "
         "2011.", ["M member 2011 Thanh tra tỉnh Hưng Yên", "M member 2011 Thanh tra tỉnh Quảng Ninh"]),
        ("Dự hội nghị có đại diện lãnh đạo Văn phòng Huyện ủy các huyện Lắk, Ea Kar, Cư Kuin, M’Drắk và Krông Bông "
         "thuộc Cụm thi đua số III của Hội đồng thi đua khen thưởng Tỉnh ủy Đắk Lắk.",
         ["M member * Văn phòng Huyện ủy huyện Ea Kar"]),
        ("Tại hội nghị, các đại biểu lãnh đạo đại diện cho 11 đơn vị gồm: Ban Tuyên giáo, Ban Tổ chức, Ban Dân vận, "
         "Ban Nội chính, Ủy ban Kiểm tra, Văn phòng Tỉnh ủy; Báo Bình Thuận, Ban Chăm sóc bảo vệ sức khỏe, Trường Chính "
         "trị tỉnh và 02 Đảng ủy Khối các cơ quan tỉnh, Đảng ủy Khối Doanh nghiệp tỉnh, thuộc Khối Thi đua 6 tham gia ý "
         "kiến phát biểu góp ý vào dự thảo báo cáo.", ["M member * Báo Bình Thuận", "M member * Đảng ủy Khối Doanh nghiệp tỉnh"]),
    ],
    counter=["Các đơn vị thuộc Khối tiếp tục thi đua."],
    seen_in=["dev:sang-26-8-tai-hung-yen-thanh-tra-5-tinh-hung-yen-vinh-phuc-bac-ninh-ha",
             "dev:ban-tuyen-giao-tinh-uy-duoc-bau-truong-khoi-thi-dua-6-nam-2015",
             "dev:hoi-nghi-tong-ket-cong-tac-giao-uoc-thi-dua-cum-thi-dua-so-iii-nam-202"],
)
def belongs(m, env: Env) -> list[dict]:
    return _members("compose.belongs", m, env)


@rule(
    "compose.cluster_noted",
    "who=ORG|LIST LP clu=CLU RP",
    "Units with their cluster noted in brackets after them belong to it: \"8 đơn vị … gồm Điện Bàn, Quế Sơn (cụm "
    "đồng bằng) và Hiệp Đức, Tiên Phước (cụm miền núi)\", \"… 3 tập thể dẫn đầu là Nông trường II (Khối số 1), "
    "Nông trường III (Khối số 2)\". A cluster's other name in brackets after the cluster is none (no unit before it).",
    examples=[
        ("Toàn tỉnh có 8 đơn vị đạt danh hiệu thi đua xuất sắc gồm Điện Bàn, Quế Sơn, Phú Ninh, Thăng Bình (cụm đồng "
         "bằng) và Hiệp Đức, Tiên Phước, Tây Giang, Nông Sơn (cụm miền núi).",
         ["M member * Quế Sơn", "M member * Thăng Bình", "M member * Tiên Phước", "M member * Nông Sơn"]),
        ("Với những thành tích xuất sắc trong hoạt động khối thi đua năm 2017, Tập đoàn tặng Cờ thi đua xuất sắc cho "
         "3 tập thể dẫn đầu là Nông trường II (Khối số 1), Nông trường III (Khối số 2), Xí nghiệp Chế biến (Khối số 3).",
         ["M member 2017 Nông trường II", "M member 2017 Nông trường III"]),
    ],
    counter=["Cụm thi đua các tỉnh, thành phố miền Đông Nam Bộ (Cụm số 4) đã tổ chức Hội nghị sơ kết.",
             "Khối thi đua MTTQ và các tổ chức chính trị - xã hội (Khối thi đua 6) tổ chức sơ kết.",
             "Về dự có lãnh đạo Liên đoàn Lao động 9 Quận - Huyện (Cụm 1)."],
    seen_in=["pages:baoquangnam.vn/hoi-nong-dan-dien-ban-va-hiep-duc-dan-dau-thi-dua-nam-2021-3016108.html",
             "pages:tapchicaosu.vn/2018/05/03/vrg-tang-co-thi-dua-cho-3-tap-the-cao-su-loc-ninh/"],
)
def cluster_noted(m, env: Env) -> list[dict]:
    if m.get("clu").attrs.get("generic"):
        return []  # "(cụm)", "(khối thi đua)": no cluster named
    if _counted_inside(m.get("who")):
        return []  # "Liên đoàn Lao động 9 Quận - Huyện (Cụm 1)": the units counted are the cluster itself
    return _members("compose.cluster_noted", m, env)


def _counted_inside(who) -> bool:
    """A number in the text that no item's name keeps was read as a count of units ("… 9 Quận - Huyện"), not a
    name's own number ("Quận 10", "Nông trường II")."""
    names = " ".join(it["name"] for it in who.attrs.get("items") or [{"name": who.attrs.get("name") or who.text}])
    return any(w.isdigit() and w not in names.split() for w in who.text.split())


@rule(
    "member.with_chair",
    "role=ROLE (W|T|CLU|LIST|NAME){0,4} AND (GEN|POS)* (ORG DIST (W|NAME)* COMPOSE COLON?)? who=LIST",
    "The chair and, with it (\"cùng\"), the cluster's other units, at the cluster's own meeting: \"VKSND huyện Tây "
    "Giang, Cụm trưởng cụm thi đua số 3 … cùng các VKSND huyện Bắc Trà My, Nam Trà My … đã tiến hành họp xét thi "
    "đua\", \"…, Cụm trưởng Cụm thi đua … cùng lãnh đạo Hội Nhà báo các tỉnh Nam Bộ gồm: Tây Ninh, Vĩnh Long …\".",
    examples=[
        ("Viện kiểm sát nhân dân huyện Tây Giang, Cụm trưởng cụm thi đua số 3 khu vực miền núi cùng các VKSND huyện "
         "Bắc Trà My, Nam Trà My, Đông Giang, Phước Sơn và Nam Giang đã tiến hành họp xét thi đua, khen thưởng năm "
         "2022.", ["M member 2022 VKSND huyện Bắc Trà My", "M member 2022 VKSND huyện Nam Giang"]),
        ("Nhà báo Văn Công Hùng - Chủ tịch Hội Nhà báo tỉnh Đồng Tháp, Cụm trưởng Cụm thi đua Hội Nhà báo Việt Nam các "
         "tỉnh Nam Bộ cùng lãnh đạo Hội Nhà báo các tỉnh Nam Bộ gồm: Tây Ninh, Vĩnh Long, Cần Thơ, Cà Mau và An Giang.",
         ["M member * Hội Nhà báo tỉnh Tây Ninh", "M member * Hội Nhà báo tỉnh An Giang"]),
    ],
    counter=["Đồng chí Cụm trưởng cùng các đại biểu dự hội nghị."],
    seen_in=["sample:cum-thi-dua-so-3-vksnd-huyen-tay-giang-bac-tra-my-nam-tra-my-dong-gia",
             "dev:cum-thi-dua-hoi-nha-bao-cac-tinh-nam-bo-to-chuc-hoi-nghi-tong-ket"],
)
def with_chair(m, env: Env) -> list[dict]:
    if m.get("role").attrs["role"] != "chair":
        return []
    year = role_year(env, m, m.first)
    cluster = cluster_for(env, m, "role")
    return [membership("member.with_chair", env, cluster, u, year, "member") for u in units(m.get("who"), persons=False)]
