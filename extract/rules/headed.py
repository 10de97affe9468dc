"""A cluster's members set out one a line under a header line that names it (extract/headed.py says what such a
header and its lines are)."""
from __future__ import annotations

from ..grammar import rule
from ..headed import one_unit
from .common import Env, cluster_for, index_of, membership, role_year
from .composition import block_lines


@rule(
    "compose.header_lines",
    "(NUM|NAME|W DOT|RP)? clu=CLU (LP (!RP){1,8} RP)? YEAR? COLON? (COMPOSE COUNT? (LP (!RP){1,8} RP)?)? NL+ "
    "(NUM DOT|RP)? DASH? who=@UNIT",
    "A document that divides clusters sets each out as a header line naming the cluster (\"1. Cụm 1:\", \"I. Cụm 1: "
    "Gồm 12 đơn vị (các trường sư phạm)\") and one unit a line under it (\"- Quận 1\", \"1. Trường …\"), until the next "
    "header: the lines are the cluster's members. A role line under it (\"+ Cụm trưởng: Quận 10\") keeps its role "
    "(role.role_is_unit), and the chair is not also a member. A count in the header is the number of units the lines "
    "name; fewer only where the text ends with the block (the record is cut off). A header that says more than the "
    "cluster, or a line that is no unit (an award and its count, a caption), is none. No year unless the header "
    "names one, or the article is a review (extract/headed.py undated).",
    examples=[
        ("Ủy ban nhân dân thành phố điều chỉnh chia lại các cụm, khối thi đua như sau:\n\n1. Cụm 1:\n\n- Quận 1\n\n"
         "- Quận 10\n\n- Quận 3\n\n+ Cụm trưởng: Quận 10\n\n2. Cụm 2:\n\n- Quận 4\n\n- Quận Gò Vấp",
         ["M member * Quận 1 @ Cụm 1", "M member * Quận 3 @ Cụm 1", "M chair * Quận 10 @ Cụm 1",
          "M member * Quận 4 @ Cụm 2", "M member * Quận Gò Vấp @ Cụm 2"]),
        ("Bộ hướng dẫn chia khối các đơn vị trực thuộc thành 2 cụm thi đua:\n\nI. Cụm 1: Gồm 2 đơn vị (các trường sư "
         "phạm)\n\n1. Trường Đại học Sư phạm Hà Nội\n\n2. Trường Cao đẳng Sư phạm Trung ương Nha Trang\n\nII. Cụm 2: Gồm "
         "12 đơn vị (các trường phía Bắc)\n\n1. Trường Đại học Bách khoa Hà Nội\n\n2. Trường Đại học Xây dựng",
         ["M member * Trường Đại học Sư phạm Hà Nội @ Cụm 1", "M member * Trường Cao đẳng Sư phạm Trung ương Nha Trang",
          "M member * Trường Đại học Bách khoa Hà Nội @ Cụm 2", "M member * Trường Đại học Xây dựng @ Cụm 2"]),
    ],
    counter=[
        # award counts under a cluster's header (probes audit10-139)
        "Kết quả khen thưởng như sau:\n\n1. Khối Sở Tư pháp:\n\n- Cờ thi đua ngành Tư pháp: 38 tập thể;\n\n- Chiến sỹ thi "
        "đua ngành Tư pháp: 46 cá nhân.",
        # a header that says more than the cluster: a review, photo captions
        "Cụm thi đua số 1 đã tổ chức ký kết giao ước thi đua với các đơn vị:\n\n- Sở Y tế\n\n- Sở Tư pháp",
        "Hình ảnh Trường Chính trị tỉnh tham gia các hoạt động của Cụm:\n\n- Trường Chính trị tỉnh Long An\n\n"
        "- Trường Chính trị tỉnh Tây Ninh",
        # a count the lines do not make, the text going on after them
        "Các cụm như sau:\n\n1. Cụm 3: Gồm 5 đơn vị\n\n- Sở Y tế\n\n- Sở Tư pháp\n\nCác cụm tổ chức ký kết giao ước.",
        # a line that is no unit alone
        "Các cụm như sau:\n\n1. Cụm 1:\n\n- Sở Y tế dẫn đầu phong trào thi đua\n\n- Sở Tư pháp",
        # a line that names two units (review 2 of s15, hx-04): no member by both names
        "Các cụm như sau:\n\n1. Cụm 1:\n\n- Sở Y tế, Sở Tư pháp\n\n- Sở Nội vụ, Sở Tài chính",
    ],
    seen_in=["dev:cong-van-957-ubnd-vx-dieu-chinh-cum-khoi-thi-dua-quan-huyen-so-ban-nganh-doan-the-cac-co-quan-don-vi",
             "dev-12:cong-van-4372-bgddt-tdkt-nam-2016-huong-dan-chia-cum-thi-dua-khoi-cac-don-vi-truc-thuoc-bo-giao-duc-va-dao-tao"],
)
def header_lines(m, env: Env) -> list[dict]:
    block = block_lines(env)
    if block is None or block[0].clu != index_of(env, m.get("clu")):
        return []
    year = role_year(env, m, m.first)
    cluster = cluster_for(env, m, "clu")
    return [membership("compose.header_lines", env, cluster, u, year, u["role"] or "member") for u in block[1]
            if one_unit(u["name"])]
