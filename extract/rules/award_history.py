"""A unit's award history: "X được Đảng, Nhà nước, Bộ Công an … tặng nhiều phần thưởng và danh hiệu cao quý
như: Huân chương Chiến công hạng Nhất (năm 1995); Bằng khen của Thủ tướng Chính phủ (năm 2007); …", "Những đóng
góp của X đã được Đảng, Nhà nước ghi nhận bằng nhiều danh hiệu và phần thưởng cao quý: Huân chương Lao động hạng
Nhì (năm 1993); …". The awards stand after a colon, each with the year it came in brackets, far from the verb
that gives them, so no other award rule reaches them (award.unit_receives stops at the colon, and its chain at
the bracket). A rule of its own so that the long gap is allowed only before "phần thưởng"/"danh hiệu" words
(an ANA chunk) and a colon, and only when the unit is passive ("được"): it receives, it does not give.
"""
from __future__ import annotations

from .. import vocab
from ..grammar import rule
from .common import Env, award, award_year, index_of, units

_IN_LIST = ("LP", "RP", "YEAR", "DATE", "SPAN", "SEMI", "COMMA", "NL", "DASH")


@rule(
    "award.history_list",
    "who=@UNIT (!DOT|SEMI|NL|COLON|FOR|@UNIT){0,24} ANA (T|W|AND|GEN|AWD){0,3} COLON (NL|DASH)* awd=AWD",
    "The awards a unit has received over the years, listed after a colon with their years in brackets: \"X được "
    "Đảng, Nhà nước … tặng nhiều phần thưởng và danh hiệu cao quý như: Huân chương … (năm 1995); Bằng khen … (năm "
    "2007)\", \"Những đóng góp của X đã được Đảng, Nhà nước ghi nhận bằng nhiều danh hiệu và phần thưởng cao quý: "
    "Huân chương Lao động hạng Nhì (năm 1993); …\".",
    examples=[
        ("Với những thành tích đã đạt được, Trại giam Vĩnh Quang được Đảng, Nhà nước, Bộ Công an, UBND tỉnh, các bộ, "
         "ban, ngành ghi nhận, tặng nhiều phần thưởng và danh hiệu cao quý như: Huân chương Chiến công hạng Nhất (năm "
         "1995); Bằng khen của Thủ tướng Chính phủ (năm 2007); Huân chương Bảo vệ Tổ quốc hạng Ba (năm 2010); Huân "
         "chương Bảo vệ Tổ quốc hạng Nhì (năm 2020) cùng nhiều Bằng khen của Bộ Công an, UBND tỉnh.",
         ["A conferred 1995 Huân chương Chiến công hạng Nhất -> Trại giam Vĩnh Quang",
          "A conferred 2007 Bằng khen -> Trại giam Vĩnh Quang",
          "A conferred 2020 Huân chương Bảo vệ Tổ quốc hạng Nhì -> Trại giam Vĩnh Quang"]),
        ("Những đóng góp của Vietcombank đã được Đảng, Nhà nước ghi nhận bằng nhiều danh hiệu và phần thưởng cao quý: "
         "Huân chương Lao động hạng Nhì (năm 1993); Huân chương Độc lập hạng Ba (năm 2003); Huân chương Hồ Chí Minh "
         "(năm 2008).",
         ["A conferred 1993 Huân chương Lao động hạng Nhì -> Vietcombank",
          "A conferred 2008 Huân chương Hồ Chí Minh -> Vietcombank"]),
    ],
    counter=["Sở Tài chính trao tặng nhiều phần thưởng cho các đơn vị: Huân chương Lao động hạng Ba (năm 2019).",
             "Trường THPT Việt Bắc có nhiều phần thưởng: Bằng khen của UBND tỉnh (năm 2019)."],
    seen_in=["dev:ky-niem-60-nam-ngay-truyen-thong-trai-giam-vinh-quang",
             "dev:vietcombank-ky-niem-55-nam-thanh-lap-va-don-nhan-huan-chuong-lao-dong-hang-nhat"],
)
def history_list(m, env: Env) -> list[dict]:
    passive = vocab.word("function", "passive")
    if not any(passive in c.text.lower().split() for c in env.chunks[m.first + 1:m.last]):
        return []  # "X trao tặng nhiều phần thưởng …: …": X gives
    recipients = units(m.get("who"))
    out = []
    for awd in _listed(env, m.get("awd")):
        k = index_of(env, awd)
        out += [award("award.history_list", env, u, awd, awd.attrs.get("grantor"), award_year(env, k, "conferred"),
                      "conferred") for u in recipients]
    return out


def _listed(env: Env, first) -> list:
    """The awards of the list that opens with `first`: each with its bracket, up to the first other word."""
    out = [first]
    for c in env.chunks[index_of(env, first) + 1:]:
        if c.label == "AWD":
            out.append(c)
        elif c.label not in _IN_LIST:
            break
    return [a for a in out if a.attrs.get("kind")]
