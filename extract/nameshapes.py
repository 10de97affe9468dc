"""Shapes of tokens that keep a name going where its words alone would end it: two acronyms joined by "và"
inside one name, a function word's spelling that is a person's given name (used by names.org_extent), the
words between a rank and a person's name (used by names._person_after)."""
from __future__ import annotations

from . import placenames, vocab
from .places import province_names
from .chunkbase import PUNCT, Context


_ACRONYM_LETTERS = (2, 5)  # "SX", "PCCC", "CNCH": a short acronym of words, not a long code


def acronym_pair(toks: list, i: int, k: int) -> bool:
    """"Phòng Cảnh sát PCCC và CNCH Công an tỉnh X", "Công ty TNHH SX và TM Phúc Hưng" (2 dev articles, a page of a
    probe audit): "và" between two short acronyms inside a name opened by a head before them, the name going on
    after them, joins the words of one name. Two names that open with acronyms stay two ("EVN và VNPT Hà Nội")."""
    lo, hi = _ACRONYM_LETTERS

    def short(t) -> bool:
        return lo <= len(t.text) <= hi and t.text.isalpha() and t.text.isupper()
    return i < k - 1 and k + 2 < len(toks) and short(toks[k - 1]) and short(toks[k + 1]) and toks[k + 2].cap \
        and toks[k + 2].text not in PUNCT


def spelled_given_name(ctx: Context, i: int, k: int) -> bool:
    """"Chủ tịch nước Trương Tấn Sang": a capitalised function word ("Sang" is the verb "sang" in lower case) two
    syllables after a surname, all capitalised, is the person's given name, not the word."""
    toks = ctx.tokens
    return k - 2 >= i and toks[k - 2].low in vocab.surnames() and toks[k - 1].cap and toks[k - 2].cap and (
        toks[k - 1].text.isalpha())


def past_qualifier(ctx: Context, k: int) -> int:
    """After a rank, the words that say what kind of soldier ("Trung úy QNCN Lê Vũ Việt Khánh", "Thiếu tá chuyên
    nghiệp Nguyễn Văn Thanh": persons.yml title_qualifiers; pages of two probe audits)."""
    toks = ctx.tokens
    for q in vocab.title_qualifiers():
        n = len(q)
        if k + n < len(toks) and tuple(t.text for t in toks[k:k + n]) == q and toks[k + n].cap:
            return k + n
    return k


def opens_person(toks: list, k: int) -> bool:
    """A surname and two capitalised words more: a person's name opens at k ("Sở Y tế và Trần Văn Bình - Giám đốc …":
    "và" joins two people's entries, not two words of the unit's name; pages of two probe audits)."""
    return k + 2 < len(toks) and toks[k].low in vocab.surnames() and toks[k + 1].cap and toks[k + 2].cap \
        and toks[k + 1].text not in PUNCT and toks[k + 2].text not in PUNCT


def addressed(ctx: Context, i: int, title_end: int, k: int) -> bool:
    """The title is a form of address only a person bears ("ông", "bà", "đồng chí": persons.yml address_titles): three
    capitalised words after it (tokens title_end..k) are a person's name whatever the surname ("ông Tào Hữu Phùng",
    "ông Sô Minh Phương": pages of two probe audits; the surname list is not every family's) — when the title is
    written small or opens a clause (not "Chợ Bà Chiểu", "Trường THCS Ông Ích Khiêm"), the capitals end with the name
    ("Ông Chủ Nhà Hàng Lê Văn Mạnh" runs on), no second form of address follows ("Ông Bà …"), and no place is named in
    it ("Bà Rịa Vũng Tàu", "Núi Bà Đen Tây Ninh", "Ông Đốc Trần Văn Thời"; a review's probes)."""
    toks = ctx.tokens
    titles = vocab.words("persons", "address_titles")
    if ctx.text[toks[i].start:toks[title_end - 1].end].lower() not in titles or toks[title_end].low in titles:
        return False
    if toks[i].cap and i and toks[i - 1].text not in ".,;:(\n-–" and not toks[i - 1].text.isspace():
        return False
    if k < len(toks) and toks[k].cap and toks[k].text not in PUNCT:
        return False
    if placenames.listed(ctx.text[toks[i].start:toks[title_end].end]):
        return False  # "Bà Rịa Vũng Tàu": the title's word opens a place's name
    words = [t.text.lower() for t in toks[title_end:k]]
    return not any(_place(" ".join(words[a:a + n])) for n in (2, 3) for a in range(len(words)))


def no_unit_words(ctx: Context, s: int, k: int) -> bool:
    """Two capitalised words after a form of address written small are a name ("anh Alăng Đia") only when the first
    opens no unit and none is an acronym: "cho các anh chị Ban Giám hiệu Trường …", "cho các chị Hội LHPN xã …"
    (a review's probes x-08, x-10) name a unit's people, not a person."""
    return not ctx.types(s).keys() & {"HEAD", "COLLECTIVE", "GRANTOR", "BRAND"} and not any(
        len(t.text) > 1 and t.text.isupper() for t in ctx.tokens[s:k])


def _place(name: str) -> bool:
    """A province's or a district's name ("chị Buôn Đôn" names no person: a review's probe mo-25)."""
    return name.lower() in province_names() or placenames.district(name)


def post_before_place(ctx: Context, i: int, end: int) -> bool:
    """A post that also names a unit's kind ("Điều dưỡng": persons.yml posts_in_names) followed by capitalised words
    that are all a place's name ("Điều dưỡng Hà Nam", the rest of a school's name: probe po-09) opens no person."""
    toks = ctx.tokens
    k = end
    while k < len(toks) and toks[k].cap and toks[k].text not in PUNCT:
        k += 1
    return k > end and name_word_post(ctx, i, end) and _place(ctx.text[toks[end].start:toks[k - 1].end])


def name_word_post(ctx: Context, k: int, end: int, words: str = "posts_in_names") -> bool:
    """A post or title whose words also name a kind of member in a unit's name (persons.yml posts_in_names, titles_in_names)."""
    return ctx.text[ctx.tokens[k].start:ctx.tokens[end - 1].end].lower() in vocab.words("persons", words)


def post_in_name(ctx: Context, head_end: int, k: int, end: int) -> bool:
    """A post of posts_in_names at k is the name's word while only the name's own words have followed its head:
    right after it ("Chi đoàn Giảng viên Trường …"), or after a second head and capitalised words ("Trường Cao
    đẳng Điều dưỡng Hà Nam", "Trường Đại học Điều dưỡng Nam Định": a review's probes po-09, po-10). A lower-case
    word or a place between ("Bệnh viện Đa khoa tỉnh Điều dưỡng …") leaves the post to open a person, unless a
    place's name is all that follows it (post_before_place: then no person either)."""
    if post_before_place(ctx, k, end):
        return True
    j = head_end
    while j < k:
        ty = ctx.types(j)
        if "HEAD" in ty and ty["HEAD"] <= k:
            j = ty["HEAD"]
        elif ctx.tokens[j].cap and ctx.tokens[j].text not in PUNCT and not ty.keys() & {"ADMIN", "POSITION", "TITLE"}:
            j += 1
        else:
            return False
    return name_word_post(ctx, k, end)
