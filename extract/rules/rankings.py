"""How a cluster ranks its units: an ordinal the text states, or rank 1 for the unit it singles out as its
leader. Several units "dẫn đầu" at once are no ranking; an ordinal outside a cluster ("giải Nhất") is none."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocab
from ..grammar import rule
from .common import Env, cluster_for, index_of, ranking, role_year, units

_PLURAL = ("GEN", "COUNT")


def _year(env: Env, m) -> int | None:
    return role_year(env, m, m.last, ranked=True)


def _in_cluster(env: Env) -> bool:
    return env.doc.main_cluster is not None or any(c.label == "CLU" for c in env.chunks)


def _after_its_rank(env: Env, k: int) -> bool:
    """The unit at k follows its own rank, right after it or after a word that joins them ("xếp hạng Nhất đối với
    tỉnh Hậu Giang, hạng nhì …": Hậu Giang is the first, not the second)."""
    j = k - 1
    while j >= 0 and k - j <= _MAX_JOIN and env.chunks[j].label in _JOINS:
        j -= 1
    return j >= 0 and env.chunks[j].label == "RANK"


_JOINS = frozenset({"FOR", "BE", "COLON", "BELONG", "T", "W"})  # "hạng nhì thuộc về X"
_MAX_JOIN = 2  # words between a rank and its unit: "đối với", "thuộc về", "là"


def _several(m, env: Env) -> bool:
    """"2 tập thể có thành tích dẫn đầu Cụm … là A; B": several leaders are no ranking."""
    who = m.get("who")
    if who is not None and who.label == "LIST" and len(who.attrs["items"]) > 1:
        return True
    return any(c.label == "COUNT" and (c.attrs.get("n") or 0) > 1 for c in env.chunks[max(0, m.first - 6):m.last])


@rule(
    "rank.unit_ranked",
    "who=@UNIT (!@WHO|SEMI|DOT|NL|RANK|FOR|AWD){0,6} rank=RANK",
    "A unit and the ordinal it is ranked: \"Sở Kế hoạch và Đầu tư … được xếp hạng nhất, Văn phòng UBND tỉnh xếp "
    "hạng nhì\", \"Chi nhánh Ga Đồng Đăng (đơn vị xếp thứ Nhất cụm thi đua)\", \"suy tôn huyện Bắc Sơn đứng thứ "
    "nhất cụm\".",
    examples=[
        ("Kết quả, Sở Kế hoạch và Đầu tư đạt điểm tuyệt đối và được xếp hạng nhất, Văn phòng UBND tỉnh xếp hạng nhì, "
         "Sở Tư pháp xếp hạng ba.", ["R 1 * Sở Kế hoạch và Đầu tư", "R 2 * Văn phòng UBND tỉnh", "R 3 * Sở Tư pháp"],
         "Khối Thi đua Tham mưu - Tổng hợp tổng kết phong trào thi đua năm 2017"),
        ("Cụm II đã thống nhất đề nghị UBND tỉnh tặng Cờ thi đua năm 2020 cho Chi nhánh Ga Đồng Đăng (đơn vị xếp thứ "
         "Nhất cụm thi đua).", ["R 1 2020 Chi nhánh Ga Đồng Đăng"]),
        ("Sau khi thảo luận, hội nghị đã thống nhất suy tôn huyện Bắc Sơn đứng thứ nhất cụm, thứ nhì huyện Hữu Lũng.",
         ["R 1 * huyện Bắc Sơn"], "Cụm thi đua các huyện nội địa tổng kết năm 2012"),
        # a number after a two-word verb of ranking (chunks._rank; a page of a probe audit)
        ("Theo đó tỉnh Hậu Giang xếp hạng 1, Trà Vinh đứng thứ 2 và Tiền Giang xếp hạng 3.",
         ["R 1 * tỉnh Hậu Giang", "R 2 * Trà Vinh", "R 3 * Tiền Giang"], "Cụm thi đua các tỉnh Tây Nam Bộ tổng kết năm 2022"),
    ],
    counter=[("Đội Sở Y tế đạt giải Nhất hội thao.", [], "Cụm thi đua số 2 tổ chức hội thao"),
             ("Cục Thống kê hoàn thành 15/15 lĩnh vực công tác, xếp thứ 48/63 tỉnh, thành phố.", [], "Khối thi đua số 3"),
             ("Năm 2022, xếp thứ nhất Khối thi đua Sở Y tế, thứ hai Sở Tư pháp.", [], "Khối thi đua số 2 tổng kết"),
             # a unit after its own rank and a joining word is not the next rank's (a page of a probe audit)
             ("Toàn cụm xếp hạng Nhất đối với tỉnh Hậu Giang, hạng nhì thuộc về tỉnh Tiền Giang.", [],
              "Cụm thi đua các tỉnh Tây Nam Bộ tổng kết năm 2015")],
    seen_in=["dev:khoi-thi-dua-tham-muu-tong-hop-tong-ket-phong-trao-thi-dua-nam-2017",
             "dev:cum-thi-dua-ii-cac-doanh-nghiep-trung-uong-to-chuc-hoi-nghi-tong-ket"],
)
def unit_ranked(m, env: Env) -> list[dict]:
    if not _in_cluster(env) or _after_its_rank(env, m.first):
        return []  # "xếp thứ nhất Khối thi đua Sở Y tế, thứ hai Sở Tư pháp": the unit follows its own rank
    rank = m.get("rank")
    return [ranking("rank.unit_ranked", env, cluster_for(env, m, "rank"), u, _year(env, m), rank.attrs["rank"])
            for u in units(m.get("who"), persons=False)[:1]]


@rule(
    "rank.rank_then_unit",
    "rank=RANK (BE|COLON|BELONG)? T? GEN? who=@UNIT",
    "An ordinal, then the unit, right after it or joined by \"là\", \":\" or a word of function.yml rank_joins: \"thứ "
    "nhì huyện Hữu Lũng\", \"Nhất cụm: thị trấn Hữu Lũng; Nhì cụm: xã Hòa Lạc\", \"hạng nhì thuộc về tỉnh Tiền "
    "Giang\". A list counted in full shares the rank (\"hạng Nhì thuộc về 2 tỉnh: An Giang và Tiền Giang\").",
    examples=[
        ("Sau khi thảo luận, hội nghị đã thống nhất suy tôn huyện Bắc Sơn đứng thứ nhất cụm, thứ nhì huyện Hữu Lũng.",
         ["R 2 * huyện Hữu Lũng"], "Cụm thi đua các huyện nội địa tổng kết năm 2012"),
        ("Hội nghị đã bình xét khen thưởng như sau: Nhất cụm: thị trấn Hữu Lũng; Nhì cụm: xã Hòa Lạc; Ba cụm: xã Nhật "
         "Tiến.", ["R 1 * thị trấn Hữu Lũng", "R 2 * xã Hòa Lạc", "R 3 * xã Nhật Tiến"],
         "Hội nghị đánh giá kết quả hoạt động của Cụm thi đua cụm số VII"),
        # joined by "thuộc về" (probes audit3-009; "đối với" and the list run on into "tỉnh Long An xếp hạng Ba" are
        # of this page alone: not read)
        ("Qua các hoạt động thi đua năm 2015, toàn cụm tổng kết và xếp hạng Nhất đối với tỉnh Hậu Giang, hạng nhì thuộc "
         "về tỉnh Tiền Giang, tỉnh Long An xếp hạng Ba và hạng Tư là tỉnh Bạc Liêu.",
         ["R 2 2015 tỉnh Tiền Giang", "R 4 2015 tỉnh Bạc Liêu"],
         "Cụm thi đua các tỉnh Tây Nam Bộ tổng kết giao ước thi đua năm 2015"),
        # a counted list shares its rank (dev cum-thi-dua-tay-nam-bo-xep-hang-thi-dua-hoat-dong-vh-tt-dl-nam-2013)
        ("Kết quả, tỉnh Long An xếp hạng Nhất; hạng Nhì thuộc về 2 tỉnh: An Giang và Tiền Giang; hạng Ba thuộc về 2 "
         "tỉnh: Đồng Tháp và Bến Tre.", ["R 2 2013 tỉnh An Giang", "R 2 2013 tỉnh Tiền Giang", "R 3 2013 tỉnh Đồng Tháp",
                                       "R 3 2013 tỉnh Bến Tre"], "Cụm thi đua Tây Nam bộ xếp hạng thi đua năm 2013"),
    ],
    counter=[("Sở Y tế xếp thứ nhất, đơn vị được khen.", [], "Cụm thi đua số 1"),
             # the name after "Cụm thi đua" is the cluster's ("Bắc Trung Bộ"), not a ranked unit
             ("Tỉnh Nghệ An đạt gần 990 điểm, xếp thứ nhất Cụm thi đua Bắc Trung Bộ.", [],
              "Nghệ An dẫn đầu Cụm thi đua Bắc Trung Bộ"),
             # a word after the rank that is no join of rank_joins
             ("Sở Y tế xếp thứ nhất trong Khối thi đua số 2, Sở Tư pháp được khen.", [], "Khối thi đua số 2")],
    seen_in=["dev:ngay-29-thang-2-nam-2012-tai-huyen-duyen-hai-cum-thi-dua-cac-huyen-noi",
             "pages:thitran.huulung.langson.gov.vn/hoi-nghi-danh-gia-ket-qua-hoat-dong-cua-cum-thi-dua-cum-so-vii",
             "probes:audit3-009",
             "dev:cum-thi-dua-tay-nam-bo-xep-hang-thi-dua-hoat-dong-vh-tt-dl-nam-2013"],
)
def rank_then_unit(m, env: Env) -> list[dict]:
    rank = m.get("rank")
    who = m.get("who")
    if not _in_cluster(env) or (_ends_in_cluster_head(rank.text) and env.chunks[m.first + 1] is who and who.label == "NAME"):
        return []  # "xếp thứ nhất Cụm thi đua Bắc Trung Bộ": a bare name goes on naming the cluster (a unit does not)
    if not _joined(env.chunks[m.first + 1:index_of(env, who)]):
        return []
    found = units(who, persons=False)
    return [ranking("rank.rank_then_unit", env, cluster_for(env, m, "rank"), u, _year(env, m), rank.attrs["rank"])
            for u in (found if _tied(who, found) else found[:1])]


def _joined(between: list) -> bool:
    """Whether the chunks between an ordinal and a unit join them: none, "là" or ":", or one of function.yml rank_joins
    ("thuộc về"); a count word ("các") may stand before the unit."""
    between = [c for c in between if c.label != "GEN"]
    if not between or (len(between) == 1 and between[0].label in ("BE", "COLON")):
        return True
    return " ".join(c.text.lower() for c in between) in vocab.words("function", "rank_joins")


def _tied(who, found: list[dict]) -> bool:
    """"hạng Nhì thuộc về 2 tỉnh: An Giang và Tiền Giang": a list its count says in full shares the rank."""
    if who.label != "LIST" or len(found) < 2:
        return False
    head = who.text[:max(0, found[0]["start"] - who.start)].split()
    if not head:
        return False
    n = int(head[0]) if head[0].isdigit() else vocab.count_words().get(head[0].lower())
    return n == len(found)


def _ends_in_cluster_head(text: str) -> bool:
    """A rank written with the cluster's full head ("xếp thứ nhất Cụm thi đua"), not a bare "cụm" ("Nhất cụm:")."""
    return any(" " in h and text.endswith(" " + h) for h in vocab.load("clusters")["heads"])


@rule(
    "rank.leader_is",
    "who=@UNIT (T|W|VOTE|GET|COMMA|GEN|CLU){0,8} BE (GEN|W|COMMA){0,3} LEAD clu=CLU?",
    "The unit the cluster singles out as its leader: \"X được suy tôn là đơn vị xuất sắc dẫn đầu phong trào thi "
    "đua\", \"bình xét đơn vị Khối trưởng X là đơn vị dẫn đầu\", \"X được đánh giá là đơn vị xuất sắc dẫn đầu cụm "
    "thi đua số 1\".",
    examples=[
        ("Ban Dân tộc tỉnh được suy tôn là đơn vị xuất sắc dẫn đầu phong trào thi đua được đề nghị tặng Cờ thi đua "
         "của UBND tỉnh.", ["R 1 * Ban Dân tộc tỉnh"], "Khối thi đua Văn hóa - Xã hội tổng kết năm 2022"),
        ("Tại hội nghị, đại diện lãnh đạo các đơn vị đã bỏ phiếu bình xét đơn vị Khối trưởng Bộ Chỉ huy Quân sự tỉnh "
         "là đơn vị dẫn đầu.", ["R 1 * Bộ Chỉ huy Quân sự tỉnh"], "Khối thi đua số 3 tổng kết năm 2020"),
        ("Với những kết quả đã đạt được, trong năm 2022, Ủy ban MTTQ Việt Nam Quận 5 được đánh giá là đơn vị xuất "
         "sắc dẫn đầu cụm thi đua số 1.", ["R 1 2022 Ủy ban MTTQ Việt Nam Quận 5"]),
        ("Hội nghị nhất trí và bầu chọn Trường ĐH Nha Trang là đơn vị xuất sắc nhất, dẫn đầu khối thi đua.",
         ["R 1 * Trường ĐH Nha Trang"], "Khối các trường đại học tổng kết năm học 2010 - 2011"),
        # a vote "bầu" the leader at a review: the reviewed year's rank, not the next year's as an election's role
        ("Tại Hội nghị tổng kết, các đơn vị nhất trí bầu Ủy ban Kiểm tra Tỉnh ủy là đơn vị dẫn đầu để đề nghị UBND "
         "tỉnh tặng Cờ.", ["R 1 2014 Ủy ban Kiểm tra Tỉnh ủy"], "Khối thi đua 6 tổng kết năm 2014"),
    ],
    counter=[("LĐLĐ thành phố Hà Nội là 1 trong 3 đơn vị xuất sắc dẫn đầu các cụm.", [], "Tổng LĐLĐ")],
    seen_in=["dev:khoi-thi-dua-van-hoa-xa-hoi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-",
             "dev:qua-tong-ket-co-quan-vksnd-tinh-duoc-khoi-thi-dua-de-nghi-ub",
             "dev:thanh-tich-tieu-bieu-nam-2022-cua-uy-ban-mttq-viet-nam-quan-5",
             "sample:khoi-cac-truong-dai-hoc-dh-cao-dang-cd-va-trung-cap-chuyen-nghiep-tren-dia-ban-tinh-vua"],
)
def leader_is(m, env: Env) -> list[dict]:
    if not _in_cluster(env) or _several(m, env):
        return []
    return [ranking("rank.leader_is", env, cluster_for(env, m, "clu"), u, _year(env, m), 1)
            for u in units(m.get("who"), persons=False)[:1]]


@rule(
    "rank.leader_named",
    "LEAD OF? clu=CLU? (T|W|GEN|COMMA){0,6} BE|COLON GEN? who=@UNIT",
    "The leader named after the words for it: \"suy tôn đơn vị đứng đầu Cụm có số điểm cao là đơn vị xã Phú "
    "Hựu\", \"- Đơn vị dẫn đầu khối: Công ty CP Thủy điện A Vương\".",
    examples=[
        ("Cũng tại hội nghị này, các đơn vị bình bầu, suy tôn đơn vị đứng đầu Cụm có số điểm cao là đơn vị xã Phú "
         "Hựu đề nghị Hội đồng thi đua, khen thưởng Huyện xét tặng cờ UBND Tỉnh.", ["R 1 * xã Phú Hựu"],
         "Phú Hựu tổng kết phong trào thi đua cụm số 2 năm 2020"),
        ("- Đơn vị dẫn đầu khối: Công ty CP Thủy điện A Vương được đề nghị UBND tỉnh Quảng Nam tặng Cờ thi đua",
         ["R 1 * Công ty CP Thủy điện A Vương"], "Khối thi đua Doanh nghiệp I tổng kết năm 2020"),
        ("Khối Văn hóa - Xã hội đã bình bầu, suy tôn 01 đơn vị xuất sắc tiêu biểu dẫn đầu của Khối là Phòng Văn hóa và "
         "Thông tin.", ["R 1 * Phòng Văn hóa và Thông tin"], "Khối Kinh tế, khối Văn hóa - Xã hội họp xét thi đua năm 2020"),
    ],
    counter=[("Các đơn vị dẫn đầu khối là những đơn vị có nhiều thành tích.", [], "Khối thi đua số 2"),
             ("Bộ tặng Cờ thi đua cho 2 tập thể có thành tích dẫn đầu Cụm Thi đua là Sở TT&TT TP Cần Thơ; Sở TT&TT "
              "TP Hải Phòng.", [], "Cụm thi đua số 1 ngành Thông tin và Truyền thông")],
    seen_in=["dev:phu-huu-tong-ket-phong-trao-thi-dua-cum-so-2-nam-2020",
             "dev:thuc-hien-quy-che-hoat-dong-thi-dua-khen-thuong-cua-khoi-thi-dua-doanh",
             "dev:khoi-kinh-te-khoi-van-hoa-xa-hoi-hop-xet-thi-dua-nam-2020-trien-khai-phuong-huong-cong-tac-thi-dua-n"],
)
def leader_named(m, env: Env) -> list[dict]:
    if not _in_cluster(env) or _several(m, env):
        return []
    clu = m.get("clu")
    keys = ("clu",) if clu is not None and not clu.attrs.get("generic") else ()
    return [ranking("rank.leader_named", env, cluster_for(env, m, *keys), u, _year(env, m), 1)
            for u in units(m.get("who"), persons=False)[:1]]  # "dẫn đầu của Khối": the cluster the clause names


@rule(
    "rank.unit_leads",
    "who=@UNIT LEAD (T|W){0,4} clu=CLU | led=LIST",
    "A unit that leads a named cluster: \"Hội Nông dân thị xã Điện Bàn dẫn đầu cụm đồng bằng\", \"Sở Giáo dục "
    "và Đào tạo tỉnh Tây Ninh dẫn đầu phong trào thi đua Khối Văn hóa - Xã hội\", and in a list \"LĐLĐ thành "
    "phố Hà Nội - dẫn đầu Cụm Thi đua 5 …\".",
    examples=[
        ("Trong đó, Hội Nông dân thị xã Điện Bàn dẫn đầu cụm đồng bằng với 972,5 điểm, Hiệp Đức dẫn đầu cụm miền "
         "núi với 961,6 điểm.", ["R 1 * Hội Nông dân thị xã Điện Bàn"]),
        ("Sở Giáo dục và Đào tạo tỉnh Tây Ninh dẫn đầu phong trào thi đua Khối Văn hóa - Xã hội năm 2013",
         ["R 1 2013 Sở Giáo dục và Đào tạo tỉnh Tây Ninh"]),
        ("3 đơn vị tiêu biểu, xuất sắc nhất năm 2022, gồm: LĐLĐ thành phố Hà Nội - dẫn đầu Cụm Thi đua 5 LĐLĐ thành "
         "phố trực thuộc Trung ương; LĐLĐ tỉnh Thanh Hóa - dẫn đầu Cụm Thi đua 6 LĐLĐ tỉnh khu vực Bắc Trung Bộ.",
         ["R 1 2022 LĐLĐ thành phố Hà Nội", "R 1 2022 LĐLĐ tỉnh Thanh Hóa"]),
    ],
    counter=["Các đơn vị dẫn đầu cụm thi đua được khen thưởng."],
    seen_in=["dev:hoi-nong-dan-dien-ban-va-hiep-duc-dan-dau-thi-dua-nam-2021",
             "dev:so-giao-duc-va-dao-tao-tinh-tay-ninh-dan-dau-phong-trao-thi-dua-khoi-v",
             "dev:ldld-thanh-pho-ha-noi-la-1-trong-3-don-vi-xuat-sac-duoc-tong-ldld-viet"],
)
def unit_leads(m, env: Env) -> list[dict]:
    from ..document import cluster_name

    led = m.get("led")
    if led is not None:
        leaders = [it for it in units(led, persons=False) if it.get("lead")]
        if not leaders:
            return []  # most lists say of no item that it leads: their year is not looked for
        year = _year(env, m)
        return [ranking("rank.unit_leads", env, cluster_name(None, env.doc.main_cluster, it["lead"]), it, year, 1)
                for it in leaders]
    return [ranking("rank.unit_leads", env, cluster_for(env, m, "clu"), u, _year(env, m), 1)
            for u in units(m.get("who"), persons=False)[:1]]


def _achieved(before: list) -> bool:
    """Whether the last words the chunker does not know before "dẫn đầu" are the achievement the unit has, as a whole
    phrase of clusters.yml lead_achievement ("đã có thành tích xuất sắc"), its verb in the chunk before them: not a
    word that merely holds it, nor an achievement aimed at ("phấn đấu đạt thành tích cao", the review's lead-03)."""
    last = max((k for k, c in enumerate(before) if c.label == "W"), default=None)
    if last is None:
        return False
    text = " ".join(c.text for c in before[:last + 1]).lower()
    said = len(text) - len(before[last].text)  # where the last words start
    return any(m.end() > said for m in _achievement_re().finditer(text))


def _in_a_field(env: Env, clu: int) -> bool:
    """Whether the cluster led (and its year) is followed by the one field the unit leads it in (clusters.yml
    lead_fields): "dẫn đầu Khối thi đua số 2 về công tác cải cách hành chính" is no lead of the cluster (the review's
    probes lead-01, lead-14). A time after it is no field ("trong 6 tháng đầu năm 2023")."""
    j = clu + 1
    while j < len(env.chunks) and env.chunks[j].label == "YEAR":
        j += 1
    after = " ".join(c.text for c in env.chunks[j:j + 3]).lower() + " "
    return any(after.startswith(w + " ") for w in vocab.words("clusters", "lead_fields"))


def _not_the_achiever(env: Env, m) -> bool:
    """Whether the unit read is not the one that has the achievement: the workplace after a person's post ("Đồng chí
    A, Giám đốc Sở Y tế có thành tích xuất sắc dẫn đầu Khối …": the person's; the review's lead-09), or a name run on
    into a count of years ("Sở Y tế nhiều năm liền có thành tích …" read as "Sở Y tế nhiều": a claim of several
    years, of no one year's ranking; lead-05). The count is a number, a count word or a word after which "năm" is
    the year (time.yml year_context, "nhiều"), the bare year word right after the name."""
    who = m.get("who")
    if m.first > 0 and env.chunks[m.first - 1].label == "POS":
        return True
    k = index_of(env, who)
    if k + 1 >= len(env.chunks) or env.chunks[k + 1].text.lower() != vocab.word("time", "year_word"):
        return False
    last = who.text.split()[-1].lower()
    return last.isdigit() or last in vocab.count_words() or last in vocab.words("time", "year_context")


@lru_cache(maxsize=1)
def _achievement_re() -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + vocab.alternation("clusters", "lead_achievement") + r")(?!\w)")


@rule(
    "rank.achievement_leads",
    "who=@UNIT (T|W|GRT|GIVE|GET|AWD|YEAR){0,8} COMMA? LEAD (T|W){0,4} clu=CLU",
    "A unit that leads a named cluster by its achievement, the words of it between the unit and \"dẫn đầu\": \"Chi cục "
    "Chăn nuôi và Thú y … đã có thành tích xuất sắc, dẫn đầu Khối thi đua …\", \"Liên đoàn Lao động tỉnh được UBND "
    "tỉnh tặng cờ thi đua vì đã có thành tích xuất sắc dẫn đầu Khối thi đua 6 năm 2019\". The giver of an award "
    "(no \"được\" before its verb) is not the one that leads.",
    examples=[
        ("Chủ tịch UBND tỉnh tặng Cờ năm 2020 cho mỗi tập thể, gồm Chi cục Chăn nuôi và Thú y thuộc Sở Nông nghiệp và "
         "Phát triển nông thôn tỉnh Tây Ninh đã có thành tích xuất sắc, dẫn đầu Khối thi đua các phòng, cơ quan, đơn vị "
         "trực thuộc Sở Nông nghiệp và Phát triển nông thôn tỉnh Tây Ninh năm 2020.",
         ["R 1 2020 Chi cục Chăn nuôi và Thú y thuộc Sở Nông nghiệp và Phát triển nông thôn tỉnh Tây Ninh"]),
        ("Dịp này, Liên đoàn Lao động tỉnh được UBND tỉnh tặng cờ thi đua vì đã có thành tích xuất sắc dẫn đầu Khối thi "
         "đua 6 năm 2019.", ["R 1 2019 Liên đoàn Lao động tỉnh"], "Khối thi đua MTTQ và các tổ chức chính trị-xã hội sơ kết"),
    ],
    counter=[("UBND tỉnh tặng cờ thi đua vì thành tích xuất sắc dẫn đầu Khối thi đua 6 năm 2019.", [], "Khối thi đua 6"),
             ("Sở Y tế có kết quả tốt, dẫn đầu Khối thi đua số 2 về chỉ tiêu thu hút.", [], "Khối thi đua số 2"),
             ("Sở Y tế và Sở Tư pháp đã có thành tích xuất sắc dẫn đầu Khối thi đua số 2.", [], "Khối thi đua số 2"),
             # an aim, and an achievement kept up: no lead had (the review's probes lead-03; lead-20's aim)
             ("Sở Y tế phấn đấu đạt thành tích cao, dẫn đầu Khối thi đua số 2 trong năm 2024.", [], "Khối thi đua số 2"),
             ("Sở Y tế đã phát huy thành tích, dẫn đầu Khối thi đua số 2 năm 2023.", [], "Khối thi đua số 2"),
             # a lead in one field (the review's lead-01, lead-14)
             ("Năm 2023, Sở Y tế đã có thành tích xuất sắc, dẫn đầu Khối thi đua số 2 về công tác cải cách hành chính.",
              [], "Khối thi đua số 2"),
             ("Sở Y tế có thành tích xuất sắc dẫn đầu Cụm thi đua các tỉnh Tây Nguyên năm 2023 trong lĩnh vực y tế.", [],
              "Cụm thi đua số 3"),
             # a person's achievement; a name run on into several years (the review's lead-09, lead-05)
             ("Đồng chí Nguyễn Văn An, Giám đốc Sở Y tế có thành tích xuất sắc dẫn đầu Khối thi đua số 2 năm 2023.", [],
              "Khối thi đua số 2"),
             ("Sở Y tế nhiều năm liền có thành tích xuất sắc, dẫn đầu Khối thi đua số 2.", [], "Khối thi đua số 2"),
             ("Sở Y tế 3 năm liền có thành tích xuất sắc, dẫn đầu Khối thi đua số 2.", [], "Khối thi đua số 2")],
    seen_in=["dev:khoi-thi-dua-mttq-va-cac-to-chuc-chinh-tri-xa-hoi-so-ket-cong-tac-thi-dua-khen-thuong",
             "probes:audit7-078"],
)
def achievement_leads(m, env: Env) -> list[dict]:
    if not _in_cluster(env) or _several(m, env):
        return []
    clu = index_of(env, m.get("clu"))
    gap = env.chunks[m.first + 1:clu]
    lead = next(k for k, c in enumerate(gap) if c.label == "LEAD")
    if not _achieved(gap[:lead]):
        return []  # "có kết quả tốt, dẫn đầu …": no achievement named; "phấn đấu đạt thành tích cao": only aimed at
    if _in_a_field(env, clu) or _not_the_achiever(env, m):
        return []
    passive = vocab.word("function", "passive")
    give = next((k for k, c in enumerate(gap) if c.label == "GIVE"), None)
    if give is not None and not any(c.text.lower() == passive for c in gap[:give]):
        return []  # "UBND tỉnh tặng cờ … vì thành tích … dẫn đầu": the giver
    return [ranking("rank.achievement_leads", env, cluster_for(env, m, "clu"), u, _year(env, m), 1)
            for u in units(m.get("who"), persons=False)[:1]]
