"""Who chairs and vice-chairs a cluster, per year."""
from __future__ import annotations

from .. import vocab
from ..grammar import rule
from .common import Env, clause_start, cluster_for, index_of, membership, role_year, units, year_after


@rule(
    "role.unit_is_role",
    "who=@UNIT BE|ELECT role=ROLE clu=CLU? year=YEAR?",
    "A unit (or a list of units) is, becomes or is elected the cluster's chair or vice-chair: "
    "\"X là / làm / được bầu là / giữ vai trò Khối trưởng\", \"do X làm Cụm trưởng\".",
    examples=[
        ("Năm 2021, Công an tỉnh là Khối trưởng Khối thi đua số 3, Sở Tư pháp là Khối phó.",
         ["M chair 2021 Công an tỉnh", "M vice_chair 2021 Sở Tư pháp"]),
        ("Cũng tại Hội nghị này, Chi nhánh Ga Đồng Đăng được bầu là đơn vị Trưởng cụm thi đua năm 2021 và Chi "
         "nhánh Xăng dầu Lạng Sơn được bầu là đơn vị Phó trưởng cụm thi đua năm 2021.",
         ["M chair 2021 Chi nhánh Ga Đồng Đăng", "M vice_chair 2021 Chi nhánh Xăng dầu Lạng Sơn"]),
        ("(NTO) Ngày 21-3, tại Ủy ban MTTQ Việt Nam tỉnh, khối thi đua Mặt trận- Đoàn thể tỉnh do Ủy ban MTTQ "
         "Việt Nam tỉnh làm trưởng khối đã tổ chức hội nghị ký kết giao ước thi đua thực hiện nhiệm vụ năm 2018.",
         ["M chair 2018 Ủy ban MTTQ Việt Nam tỉnh"]),
        ("Đại diện các đơn vị đã thống nhất bầu Kho bạc Nhà nước giữ vai trò Khối trưởng và Tổng cục Dự trữ Nhà "
         "nước làm Khối phó.", ["M chair * Kho bạc Nhà nước", "M vice_chair * Tổng cục Dự trữ Nhà nước"]),
        # a role assigned, in the year the sentence gives (verbs.yml ELECT "được phân công làm", "được giao làm")
        ("Năm 2025, TAND TP.HCM được phân công làm Trưởng cụm và TAND TP Hải Phòng làm Phó Trưởng cụm.",
         ["M chair 2025 TAND TP.HCM", "M vice_chair 2025 TAND TP Hải Phòng"], "Cụm thi đua số I TAND tổng kết năm 2025"),
        # chosen as the chair, one phrase (verbs.yml ELECT "được chọn làm"; dev-12 tay-ninh-to-chuc-ky-ket-giao-uoc-…,
        # dev-10 cum-thi-dua-tay-nam-bo-xep-hang-…)
        ("Năm 2014, Bạc Liêu được chọn làm Cụm trưởng Cụm thi đua Tây Nam bộ.", ["M chair 2014 tỉnh Bạc Liêu"]),
    ],
    counter=["Sở Nội vụ là đơn vị dẫn đầu phong trào thi đua của Khối năm 2023.",
             # the body that assigns is no holder ("phân công" ends its name)
             "Năm 2024, Công an tỉnh Quảng Trị được Bộ Công an phân công là đơn vị Cụm trưởng Cụm thi đua số 7."],
    seen_in=["dev:qua-tong-ket-co-quan-vksnd-tinh-duoc-khoi-thi-dua-de-nghi-ub",
             "dev:cum-thi-dua-ii-cac-doanh-nghiep-trung-uong-to-chuc-hoi-nghi-tong-ket",
             "dev:khoi-thi-dua-mat-tran-doan-the-tinh-ky-ket-giao-uoc-thi-dua-nam-2018",
             "dev:khoi-tong-cuc-truc-thuoc-bo-tai-chinh-ky-giao-uoc-thi-dua",
             "dev-12:tay-ninh-to-chuc-ky-ket-giao-uoc-thi-dua-cum-mien-dong-nam-bo",
             "dev-10:cum-thi-dua-tay-nam-bo-xep-hang-thi-dua-hoat-dong-vh-tt-dl-nam-2013"],
)
def unit_is_role(m, env: Env) -> list[dict]:
    role = m.get("role")
    by = m.first > 0 and env.chunks[m.first - 1].label == "BY"
    # "ký kết giao ước thi đua năm 2023, do X làm Cụm trưởng": the year of what X leads
    year = (year_after(env, m.last) or _year_before(env, m.first - 1) or env.doc.review_year) if by \
        else role_year(env, m, m.last)
    cluster = cluster_for(env, m, "clu", "role")
    return [membership("role.unit_is_role", env, cluster, u, year, role.attrs["role"])
            for u in _holders(m, env)]


def _holders(m, env: Env) -> list[dict]:
    """The units a role goes to: all of a list, but only its last item when the list follows a post or
    "của" ("Theo phân công của Bộ GD-ĐT, Sở GD-ĐT Hà Nội làm Cụm trưởng": the ministry assigns)."""
    got = units(m.get("who"), persons=False)
    if m.get("who").label == "LIST" and m.first > 0 and env.chunks[m.first - 1].label in ("OF", "POS"):
        return got[-1:]
    return got


def _year_before(env: Env, k: int) -> int | None:
    """The one year written (not a bare number) before chunk k in its clause; None when the clause names
    several ("tổng kết … năm 2018 và ký kết giao ước thi đua năm 2019, do X làm Cụm trưởng": the review's
    year stays the article's)."""
    found = {c.attrs["year"] for c in env.chunks[clause_start(env, k):k] if c.label == "YEAR" and not c.attrs.get("bare")}
    return found.pop() if len(found) == 1 else None


@rule(
    "role.unit_then_role",
    "who=ORG|NAME|GRT|LIST|PER (DASH PER)? (LP|DASH|COMMA BE?)? POS? role=ROLE clu=CLU? year=YEAR?",
    "A role written right after a unit, in brackets, after a dash or a comma: \"Sở Ngoại vụ (Khối trưởng)\", "
    "\"Thanh tra Sở Tài chính - đơn vị Cụm Trưởng\", \"Chủ tịch Liên minh HTX tỉnh - Đơn vị Trưởng Khối "
    "thi đua năm 2020\" (a person's post names the unit that holds the role: GUIDELINES), also as the person's "
    "apposition with \"là\" / \"làm\" (\"bà X, Giám đốc Sở Tư pháp Y, là trưởng khu vực thi đua\", \"do Cục trưởng "
    "Cục Z - ông X, làm Cụm trưởng\").",
    examples=[
        ("Ngày 12/01/2021, Khối thi đua các Hội đặc thù tổ chức Hội nghị tổng kết công tác thi đua khen thưởng năm "
         "2020. Đồng chí Đỗ Nhân Đạo, Chủ tịch Liên minh HTX tỉnh - Đơn vị Trưởng Khối thi đua năm 2020 chủ trì "
         "Hội nghị.", ["M chair 2020 Liên minh HTX tỉnh"]),
        ("Ông Huỳnh Thanh hải, Phó Giám đốc Sở Ngoại vụ, Khối trưởng Khối thi đua số 2. Ảnh: Ngọc Yến",
         ["M chair * Sở Ngoại vụ"]),
        ("Ngày 29/3/2022, tại Trung tâm Điều dưỡng tâm thần kinh (Đơn vị Trưởng Cụm thi đua số 2 năm 2022), Cụm "
         "thi đua số 2 tổ chức Hội nghị.", ["M chair 2022 Trung tâm Điều dưỡng tâm thần kinh"]),
        ("Giám đốc BIDV chi nhánh Đồng Nai Nguyễn Đức Toàn, Khối trưởng Khối thi đua số 10 chia sẻ về kết quả thực "
         "hiện các chỉ tiêu năm 2025.", ["M chair * BIDV chi nhánh Đồng Nai"]),
        ("Năm nay, bà Lê Thị Hoa, Giám đốc Sở Tư pháp tỉnh Bình Phước, là trưởng khu vực thi đua.",
         ["M chair * Sở Tư pháp tỉnh Bình Phước"]),
        ("Cụm thi đua số 5 gồm 5 cục, do Cục trưởng Cục DTNN khu vực Bắc Bộ - ông Nguyễn Văn An, làm Cụm trưởng.",
         ["M chair * Cục DTNN khu vực Bắc Bộ"]),
    ],
    counter=["Hội nghị do ông Huỳnh Thanh Hải, Phó Giám đốc Sở Ngoại vụ chủ trì.",
             # a post that is no cluster's role; a list before ", là" is not its last item alone
             "Ông Nguyễn Văn An, Phó Chủ tịch LĐLĐ thành phố, làm trưởng đoàn kiểm tra.",
             "Năm 2021, Sở Tư pháp, Sở Nội vụ, là Khối phó Khối thi đua số 2."],
    seen_in=["dev:tong-ket-cong-tac-thi-dua-khen-thuong-khoi-thi-dua-cac-hoi-dac-thu-nam",
             "dev:hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-khoi-thi-dua-so-2-nam-2",
             "dev:cum-thi-dua-so-2-to-chuc-hoi-nghi-trien-khai-cong-tac-thi-dua-khen-thu",
             "dev:khoi-thi-dua-so-10-phat-dong-ky-ket-giao-uoc-thi-dua-nam-2026",
             "dev:ky-giao-uoc-thi-dua-khoi-co-quan-tu-phap-mien-dong-nam-bo",
             "dev:cum-thi-dua-so-5-thuoc-nganh-du-tru-ky-ket-giao-uoc-thi-dua-nam-2023"],
)
def unit_then_role(m, env: Env) -> list[dict]:
    role = m.get("role")
    who = m.get("who")
    if who.label == "GRT" and role.attrs["role"] == "member" or who.label == "LIST" and any(
            c.label == "BE" for c in env.chunks[index_of(env, who):index_of(env, role)]):
        return []
    year = role_year(env, m, m.last)
    if who.label == "PER":  # "Giám đốc BIDV chi nhánh X Nguyễn Văn A, Khối trưởng": the person's unit
        place = who.attrs.get("workplace")
        holders = [{**u, "name": place, "person": False, "label": "ORG"} for u in units(who)[:1]] if place else []
    else:
        holders = units(who, persons=False)[-1:]  # after a list, the role is its last item's
    return [membership("role.unit_then_role", env, cluster_for(env, m, "clu", "role"), u, year, role.attrs["role"])
            for u in holders]


@rule(
    "role.as_role",
    "BE role=ROLE clu=CLU? year=YEAR? COMMA who=ORG",
    "A clause that opens with the role and then names its holder: \"Với vai trò đơn vị Cụm trưởng, Công an TP "
    "Hải Phòng luôn chủ động …\", \"Với vai trò là Khối trưởng Khối Thi đua, Trường Văn hóa 3 …\". A role "
    "after a unit (\"Sở A là Khối trưởng, Sở B …\") is that unit's (role.unit_is_role).",
    examples=[
        ("Với vai trò đơn vị Cụm trưởng, Công an TP Hải Phòng luôn chủ động, đoàn kết, thống nhất với các đơn vị "
         "trong cụm.", ["M chair * Công an TP Hải Phòng"]),
        ("Với vai trò là Khối trưởng Khối Thi đua, Trường Văn hóa 3 đã tổ chức tốt các hoạt động thi đua của Khối.",
         ["M chair * Trường Văn hóa 3"]),
    ],
    counter=["Năm 2021, Công an tỉnh là Khối trưởng, Sở Tư pháp tổ chức hội nghị."],
    seen_in=["dev:cum-thi-dua-so-1-tong-ket-phong-trao-thi-dua-vi-an-ninh-to-q",
             "sample:voi-vai-tro-la-khoi-truong-khoi-thi-dua-truon"],
)
def as_role(m, env: Env) -> list[dict]:
    if m.first > 0 and env.chunks[m.first - 1].label not in ("COMMA", "DOT", "SEMI"):
        return []  # "Sở A là Khối trưởng, Sở B …": the role goes to the unit before it
    return _give_role("role.as_role", m, env, m.first + 1, ("clu", "role"), members=False)


@rule(
    "role.role_then_unit",
    "role=ROLE who=ORG",
    "A role that names its holder right after it: \"đơn vị cụm trưởng Công an tỉnh BR-VT\", \"đơn vị Khối "
    "trưởng Bộ Chỉ huy Quân sự tỉnh\".",
    examples=[
        ("Tham dự hội nghị có lãnh đạo Công an các tỉnh: Bến Tre, Bình Dương, Đồng Nai và đơn vị cụm trưởng Công "
         "an tỉnh BR-VT.", ["M chair * Công an tỉnh BR-VT"]),
        ("Tại hội nghị, đại diện lãnh đạo các đơn vị đã bỏ phiếu bình xét đơn vị Khối trưởng Bộ Chỉ huy Quân sự tỉnh "
         "là đơn vị dẫn đầu.", ["M chair * Bộ Chỉ huy Quân sự tỉnh"]),
    ],
    counter=["Khối trưởng Khối thi đua số 2 chủ trì hội nghị."],
    seen_in=["dev:sang-16-11-da-dien-ra-hoi-nghi-tong-ket-phong-trao-thi-dua-vi-an-ninh-",
             "dev:qua-tong-ket-co-quan-vksnd-tinh-duoc-khoi-thi-dua-de-nghi-ub"],
)
def role_then_unit(m, env: Env) -> list[dict]:
    return _give_role("role.role_then_unit", m, env, m.first, ("role",), members=False)


def _give_role(name: str, m, env: Env, at: int, clusters: tuple[str, ...], members: bool = True,
               written: int | None = None) -> list[dict]:
    """The role the match names, to every unit it captures as `who`: for the year the match writes (or
    `written`), else the year nearest chunk `at`. A bare "member" role written before its holder (members=False)
    says nothing of a role ("các đơn vị thành viên …")."""
    role = m.get("role")
    if not members and role.attrs["role"] == "member":
        return []
    year = m.get("year").attrs["year"] if m.get("year") else written or role_year(env, m, at)
    return [membership(name, env, cluster_for(env, m, *clusters), u, year, role.attrs["role"])
            for u in units(m.get("who"), persons=False)]


@rule(
    "role.role_is_unit",
    "role=ROLE clu=CLU? year=YEAR? BE|COLON POS? who=@UNIT",
    "A role, then its holder: \"bầu trưởng khối năm 2014 là Mặt trận Tổ quốc Việt Nam\", \"Đơn vị trưởng khối "
    "năm 2016: Sở Nông nghiệp & PTNT; Phó khối 1: Kho bạc Nhà nước\", \"Cử Khối trưởng: Chủ tịch Hội X\".",
    examples=[
        ("Sau khi bầu trưởng khối năm 2014 là Mặt trận Tổ quốc Việt Nam và Phó khối là Hội Cựu chiến binh Việt Nam, "
         "lãnh đạo các tổ chức ký giao ước.",
         ["M chair 2014 Mặt trận Tổ quốc Việt Nam", "M vice_chair 2014 Hội Cựu chiến binh Việt Nam"]),
        ("Hội nghị đã bầu đơn vị Cụm trưởng Cụm thi đua số 5, Bộ Công an năm 2018 là Công an tỉnh Quảng Trị, đơn vị "
         "Cụm phó là Công an tỉnh Thừa Thiên Huế.",
         ["M chair 2018 Công an tỉnh Quảng Trị", "M vice_chair 2018 Công an tỉnh Thừa Thiên Huế"]),
        ("- Đơn vị trưởng khối năm 2016: Sở Nông nghiệp & PTNT; Phó khối 1: Kho bạc Nhà nước; Phó khối 2: Sở Tài "
         "nguyên & Môi trường.", ["M chair 2016 Sở Nông nghiệp & PTNT", "M vice_chair 2016 Kho bạc Nhà nước"]),
    ],
    counter=["Khối trưởng là đơn vị chịu trách nhiệm trước Hội đồng Thi đua Khen thưởng."],
    seen_in=["dev:tham-du-co-lanh-dao-ban-thi-dua-khen-thuong-trung-uong-cac-to-chuc-chi",
             "dev:phong-trao-thi-dua-vi-an-ninh-to-quoc-nam-2017-cua-cong-an-cac-tinh-tr",
             "dev:hoi-nghi-tong-ket-cong-tac-thi-dua-khoi-iv-khoi-cac-co-quan-cap-tinh-n",
             "dev:khoi-thi-dua-cac-to-chuc-xa-hoi-1"],
)
def role_is_unit(m, env: Env) -> list[dict]:
    return _give_role("role.role_is_unit", m, env, m.first, ("clu", "role"))


@rule(
    "role.handover",
    "verb=HANDOVER|GIVE (T|W|GEN|POS)* role=ROLE clu=CLU? year=YEAR? (T|W|ORG|GRT|NAME|COMMA|YEAR){0,6} FOR POS? who=@UNIT",
    "A role handed over to a unit: \"bàn giao đơn vị Cụm trưởng Cụm thi đua số 8 năm 2021 cho Công an tỉnh "
    "Đồng Tháp\", \"Chuyển giao nhiệm vụ Khối trưởng năm 2018 sang Sở Nội vụ\", and the chair's flag given on "
    "(\"trao cờ Cụm trưởng … cho Lãnh đạo Bộ Chỉ huy BĐBP Quảng Ninh\"; only \"cờ\" between \"trao\" and the role).",
    examples=[
        ("Công an tỉnh BR-VT cũng đã bàn giao đơn vị Cụm trưởng Cụm thi đua số 8 năm 2021 cho Công an tỉnh Đồng Tháp.",
         ["M chair 2021 Công an tỉnh Đồng Tháp"]),
        ("Chuyển giao nhiệm vụ Khối trưởng năm 2018 sang Sở Nội vụ", ["M chair 2018 Sở Nội vụ"]),
        ("Lãnh đạo Bộ Chỉ huy BĐBP Lạng Sơn trao cờ Cụm trưởng Cụm thi đua số 1 BĐBP năm 2023 cho Lãnh đạo Bộ Chỉ huy "
         "BĐBP Quảng Ninh.", ["M chair 2023 Bộ Chỉ huy BĐBP Quảng Ninh"], "Cụm thi đua số 1 BĐBP tổng kết năm 2022"),
        ("Hội nghị cũng đề cử, bàn giao trách nhiệm trưởng khối cho Sở Văn hóa Thể thao & Du lịch; Ban Dân tộc đảm "
         "nhận khối phó thi đua Văn hóa xã hội năm 2016.", ["M chair * Sở Văn hóa Thể thao & Du lịch"]),
    ],
    counter=["Hội nghị bàn giao Cờ luân lưu cho các đơn vị.",
             "Sở Y tế trao Bằng khen Cụm trưởng Cụm thi đua số 2 cho Bệnh viện tỉnh."],
    seen_in=["dev:sang-16-11-da-dien-ra-hoi-nghi-tong-ket-phong-trao-thi-dua-vi-an-ninh-",
             "dev:khoi-thi-dua-tham-muu-tong-hop-tong-ket-phong-trao-thi-dua-nam-2017",
             "dev:khoi-thi-dua-van-hoa-xa-hoi-tinh-hoan-thanh-xuat-sac-nhiem-vu"],
)
def handover(m, env: Env) -> list[dict]:
    verb, role = m.get("verb"), m.get("role")
    if verb.label == "GIVE" and [c.text.lower() for c in env.chunks[index_of(env, verb) + 1:index_of(env, role)]] != [
            vocab.word("clusters", "flag_word")]:
        return []  # "trao cờ Cụm trưởng … cho X" hands the role on; another gift names no role
    # the year written between the role and its holder: "Cụm trưởng Cụm thi đua số 1 BĐBP năm 2023 cho …"
    written = next((c.attrs["year"] for c in env.chunks[index_of(env, role):index_of(env, m.get("who"))]
                    if c.label == "YEAR"), None)
    if written is None and verb.label == "GIVE":
        written = role_year(env, m, m.last, handed=True)  # the flag given on is a hand-over: the next year's role
    return _give_role("role.handover", m, env, m.last, ("clu", "role"), written=written)


@rule(
    "role.person_post",
    "role=ROLE clu=CLU? PER (COMMA|DASH) (POS (W|T|NAME)* (ORG|GRT) (COMMA|DASH))* POS (W|T|NAME)* who=ORG",
    "A role written as the title of a person, whose last post names the unit that holds it (a role given to "
    "a person is that person's unit's): \"Đồng chí Khối trưởng Nguyễn Thị Kim Chi, Ủy viên BCH Đảng bộ tỉnh, "
    "Giám đốc Sở Giáo dục chủ trì\", \"đơn vị Cụm trưởng Cụm thi đua số 1 … đồng chí Vũ Thị Thành - Ủy viên ban "
    "thường vụ Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận Long Biên\".",
    examples=[
        ("Đồng chí Khối trưởng Nguyễn Thị Kim Chi, Ủy viên BCH Đảng bộ tỉnh, Giám đốc Sở Giáo dục chủ trì hội nghị.",
         ["M chair * Sở Giáo dục"], "Khối thi đua Văn hóa - xã hội tỉnh hoàn thành xuất sắc nhiệm vụ"),
        ("Tại hội nghị, đại diện đơn vị Cụm trưởng Cụm thi đua số 1 Ủy ban MTTQ Việt Nam thành phố Hà Nội đồng chí Vũ "
         "Thị Thành - Ủy viên ban thường vụ Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận Long Biên đã triển khai kế "
         "hoạch.", ["M chair * Ủy ban MTTQ Việt Nam quận Long Biên"]),
    ],
    counter=["Khối trưởng Khối thi đua số 2 chủ trì hội nghị."],
    seen_in=["sample:khoi-thi-dua-van-hoa-xa-hoi-tinh-hoan-thanh-xuat-sac-nhiem-vu",
             "sample:chieu-ngay-28-2-2024-tai-phong-hop-so-1-uy-ban-mttq-viet-nam-thanh-pho"],
)
def person_post(m, env: Env) -> list[dict]:
    return _give_role("role.person_post", m, env, m.first, ("clu", "role"), members=False)
