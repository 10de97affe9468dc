"""Where a unit's or a person's name starts and stops, over tokens.

Organisation names are long, mostly lower case inside ("Hội người cao tuổi tỉnh", "Ban Quản lý dự án
đầu tư xây dựng các công trình giao thông") and listed with commas, semicolons and "và" that also occur
inside names. So a name is not found by capitalisation but by where it starts — an organisation head, a
brand, an administrative kind before a name, a grantor, a community ("Nhân dân và cán bộ …") — and where
it stops: punctuation, a line break, or a word of another type (a verb, a function word, a role, an
award, a year). Inside a field name ("Văn hóa, Thể thao và Du lịch") its own "," and "và" are kept; a
"và" between two lower-case words stays in the name ("nông nghiệp và phát triển nông thôn"); one before
another head ends it ("Thanh tra và Công an tỉnh").

A person is a title and a capitalised name ("ông Lê Tấn Tài"), or a bare name that starts with a common
surname and has three or four syllables ("Trần Văn Hùng"); "Cô Tô" and "Hà Nội" are no persons.
"""
from __future__ import annotations

from functools import lru_cache

from .chunkbase import PUNCT, VERB_OR_TERM, VERBS, Chunk, Context, abbreviation_dot
from .normalize import key
from .places import ends_with_province, province_keys
from .nameshapes import (acronym_pair, addressed, name_word_post, no_unit_words, opens_person, past_qualifier,
                         post_before_place, post_in_name, spelled_given_name)
from . import placenames, vocab

# types that end a name when they start inside it
_STOP = set(VERBS) | {"ROLE:chair", "ROLE:vice_chair", "ROLE:member", "AWARDHEAD", "TERM", "ANAPHOR", "TITLE",
                      "ADMINPL", "NOTAWARD", "AWARDBLOCK", "UNITEND"}
_INNER_TYPES = {"HEAD", "BRAND", "GRANTOR", "ADMIN", "FIELD", "COLLECTIVE"}
OPENERS = frozenset({"TITLE", "GRANTOR", "POSITION", "COLLECTIVE", "HEAD", "BRAND", "ADMIN"})  # unit_chunk gives None without one
_NAME_STOP = _STOP | {"HEAD", "GRANTOR", "CLUHEAD", "AWARDHEAD", "POSITION", "NOTHEAD"}  # (built once: tested at every token)
_NOT_INSIDE = frozenset({"ROLE:chair", "ROLE:vice_chair", "AWARDHEAD", "TITLE", "POSITION", "CLUHEAD", "OF", "AND", "FOR"})
_MAX = 24


def unit_chunk(ctx: Context, i: int, ty: dict[str, int]) -> Chunk | None:
    """An ORG, GRT, PER or POS chunk starting at token i, or None."""
    toks = ctx.tokens
    if "NOTHEAD" in ty and ty["NOTHEAD"] >= max(ty.get("HEAD", 0), ty.get("GRANTOR", 0)):
        return None
    if "TITLE" in ty:
        person = _person_after(ctx, i, ty["TITLE"])
        if person:
            return person
    if "GRANTOR" in ty and ty["GRANTOR"] >= ty.get("POSITION", 0):
        return _org(ctx, i, ty["GRANTOR"])
    if "POSITION" in ty and not ("HEAD" in ty and ty["HEAD"] > ty["POSITION"] or post_before_place(ctx, i, ty["POSITION"])):
        return ctx.chunk("POS", i, ty["POSITION"])
    if "COLLECTIVE" in ty:
        return _org(ctx, i, ty["COLLECTIVE"], collective=True)
    head = max(ty.get("HEAD", 0), ty.get("BRAND", 0))
    if "SELF" in ty and ty["SELF"] >= head and (
            ty["SELF"] >= len(toks) or toks[ty["SELF"]].text in PUNCT or ctx.types(ty["SELF"]).keys() & VERB_OR_TERM):
        return None  # "Công ty" alone is the article's company (chunks.SELF)
    if "FIELD" in ty and ty["FIELD"] >= head:
        return None  # "Tổ chức" is a field's name, not the head "Tổ"
    if head:
        if not toks[i].cap and (head >= len(toks) or not toks[head].cap):
            return None  # lower-case "sở", "hội" open a name only before a capital: "sở Y tế"
        return _org(ctx, i, head)
    if "ADMIN" in ty and ty["ADMIN"] < len(toks) and (toks[ty["ADMIN"]].cap or toks[ty["ADMIN"]].text == "."):
        return _org(ctx, i, ty["ADMIN"])
    return None


def _org(ctx: Context, i: int, head_end: int, collective: bool = False) -> Chunk:
    j = org_extent(ctx, i, head_end)
    c = ctx.chunk("ORG", i, j, collective=collective)
    c.attrs["name"] = c.text.strip(" ,.-–")
    if is_grantor(c.text):
        c.label = "GRT"
    return c


@lru_cache(maxsize=8192)
def is_grantor(text: str) -> bool:
    """A known grantor ("UBND tỉnh", "Chủ tịch nước"), also followed by its province ("UBND tỉnh Đắk Lắk")."""
    if not vocab.grantor_may_open(text):
        return False
    if vocab.listed_grantor(text):
        return True
    words = text.split()
    for cut in range(len(words) - 1, 0, -1):
        if not words[cut][:1].isupper():
            return False  # the words after every shorter cut hold this one too
        if vocab.listed_grantor(" ".join(words[:cut])):
            return True
    return False


def org_extent(ctx: Context, i: int, head_end: int, allow_place_comma: bool = True, allow_and: bool = True) -> int:
    """End token of the unit name that starts at i with a head ending at head_end. A grantor's name
    (allow_and=False) never goes on over "và": "Giám đốc Công an tỉnh và tiền thưởng"."""
    toks, n = ctx.tokens, len(ctx.tokens)
    k = placenames.name_end(ctx, head_end) or head_end  # "Huyện Thống Nhất": a listed place's name is whole
    floor = k  # and is never trimmed ("xã Mường Và")
    while k < n and k - i < _MAX:
        t = toks[k]
        if k in ctx.protected:
            k += 1
            continue
        ty = ctx.types(k)
        if "ADMIN" in ty:
            known = placenames.after_kind(ctx, k, ty["ADMIN"])
            if known:
                k = floor = known
                continue  # "Công an quận Hai Bà Trưng"
        inner = ty.keys() & _INNER_TYPES
        if "FIELD" in ty:
            k = ty["FIELD"]
            continue
        if "WORD" in ty and k >= head_end:
            if ends_with_province(ctx.text[toks[i].start:toks[k - 1].end]):
                break  # after a province the name is whole: "Công ty … cấp nước Nghệ An trình bày tại …"
            k = ty["WORD"]
            continue  # "Tổng công ty xây dựng công trình giao thông 4": a compound is a word of the name
        if t.text in PUNCT:
            nxt = toks[k + 1] if k + 1 < n else None
            if nxt is None:
                break
            if t.text in "&/" and nxt.text not in PUNCT and t.end == nxt.start or t.text == "&":
                k += 1
                continue
            if abbreviation_dot(toks, k):
                k += 1
                continue  # "TP.HCM", "TP. Nha Trang", "T.Ư Hội"
            if t.text in "-–" and toks[k - 1].text.isupper() and nxt.text.isupper() and (
                    t.end == nxt.start and toks[k - 1].end == t.start or k - 1 > i and len(toks[k - 1].text) <= 4 >= len(nxt.text)):
                k += 1
                continue  # "Công an tỉnh BR-VT", "Đài PT - TH Tuyên Quang" (two pages of a probe audit; not "MTTQ - HND")
            if t.text in "-–" and nxt.cap and "WORD" in ctx.types(k + 1) and \
                    ctx.text[nxt.start:toks[ctx.types(k + 1)["WORD"] - 1].end].lower() in vocab.words("organisations", "dash_parts"):
                k += 1
                continue  # "Quân chủng Phòng không - Không quân" (2 dev articles, an audit page): a part of the name
            if t.text in "-–" and ("HEAD" in ctx.types(k + 1) or "FIELD" in ctx.types(k + 1) or (
                    k > head_end and toks[k - 1].cap and nxt.cap and not ctx.types(k + 1) and not opens_person(toks, k + 1))):
                k += 1
                continue  # "Trường TCCĐ Hà Nội - Phân hiệu Lạng Sơn"; two names: "Thủy lợi Dầu Tiếng – Phước Hòa" (2 dev articles)
            if t.text == "," and allow_place_comma and _place_follows(ctx, i, k):
                k += 1
                continue  # "Chi cục … huyện Tân Thạnh, tỉnh Long An"
            if t.text == "," and f"{toks[k - 1].low}, {nxt.low}" in vocab.words("function", "comma_compounds"):
                k += 1
                continue  # "Phòng Phòng, chống ma túy và tội phạm": "phòng, chống" is one word of the name
            if t.text == "," and _lower_part_follows(ctx, k):
                k = _lower_part_follows(ctx, k)
                continue  # "Ban quản lý Khu kinh tế, công nghiệp tỉnh Thừa Thiên Huế"
            break
        if "AND" in ty and ty["AND"] == k + 1:
            if not allow_and:
                break
            prev = toks[k - 1]
            nxt = toks[k + 1] if k + 1 < n else None
            nty = ctx.types(k + 1) if nxt else {}
            if (nxt and not prev.cap and nxt.text not in PUNCT
                    and not nty.keys() & (_STOP | {"HEAD", "ADMIN", "COLLECTIVE", "GRANTOR", "GENERIC", "AWARDHEAD"})
                    and not nxt.text.isdigit() and not opens_person(toks, k + 1)) or acronym_pair(toks, i, k):
                k += 1
                continue
            break
        if "ADMINPL" in ty and ctx.text[t.start:toks[ty["ADMINPL"] - 1].end].split()[-1][:1].isupper() and not (
                ty["ADMINPL"] < n and toks[ty["ADMINPL"]].text == ":"):
            k = ty["ADMINPL"]
            continue  # "Liên hiệp các Hội khoa học kỹ thuật"; not "Văn phòng các Sở: …"
        if "NOTHEAD" in ty or "CLUHEAD" in ty and not inner:
            break
        if t.cap and k > i and max(ty.values(), default=k) - k == 1 and (not ty.keys() & _NOT_INSIDE or spelled_given_name(ctx, i, k)):
            k += 1
            continue  # "Hội Làm vườn": a capitalised word inside a name is the name's
        if "POSITION" in ty and not inner:  # after the head some posts' words are the name's ("Chi đoàn Giảng viên
            if not post_in_name(ctx, head_end, k, ty["POSITION"]):  # Trường …", "Trường Cao đẳng Điều dưỡng …"),
                break  # whatever else their first word is ("Điều" also ends a name: "Điều 1")
            k = ty["POSITION"]
            continue
        stops = ty.keys() & _STOP
        if stops == {"TITLE"} and (not (ty["TITLE"] < n and toks[ty["TITLE"]].cap) or k == head_end and name_word_post(ctx, k, ty["TITLE"], "titles_in_names")):
            stops = set()  # a title opens a person only before a name ("trẻ em mồ côi"), not right after a head ("Hội nghệ sĩ Sân khấu")
        if stops and not (inner and max(ty[x] for x in inner) >= max(ty[x] for x in stops)):
            break
        if "GENERIC" in ty and ty["GENERIC"] - k > 1 and not inner and not _continues(ctx, ty["GENERIC"]):
            break
        if t.text == "\n" or t.text.isdigit() and _TIME_START(ctx, k):  # (asked of numbers only: a call a token)
            break
        if t.text.isdigit() and k + 1 < n and "COUNTED" in ctx.types(k + 1):
            break  # "thanh tra 5 tỉnh": a count, not a number in the name
        k += 1
    while k > floor and (toks[k - 1].low in vocab.words("function", "name_trailers") or toks[k - 1].text in PUNCT):
        k -= 1
    return k


def _lower_part_follows(ctx: Context, k: int) -> int:
    """After the comma at k, plain lower-case words that run on to a capitalised part of the same name
    ("Ban Bảo vệ, chăm sóc sức khỏe cán bộ Tỉnh ủy"): a new unit never opens in lower case. The token
    where that part is reached, or 0."""
    toks = ctx.tokens
    j = k + 1
    while j < len(toks) and j - k <= 7:
        t, ty = toks[j], ctx.types(j)
        if t.cap or "ADMIN" in ty:
            return j if j > k + 1 and not ty.keys() & (_STOP | {"GRANTOR"}) else 0
        if t.text in PUNCT or ty.keys() - {"GENERIC", "COUNTED", "WORD"} or t.text.isdigit():
            return 0
        j = max(j + 1, *ty.values()) if ty else j + 1
    return 0


def _continues(ctx: Context, e: int) -> bool:
    """"Đảng ủy Khối các cơ quan tỉnh": a group word inside a name goes on to a name word; "Thanh tra các
    đơn vị: Sở X" stops before it."""
    if e >= len(ctx.tokens):
        return False
    t = ctx.tokens[e]
    return t.text not in PUNCT and not ctx.types(e).keys() & _STOP


def _TIME_START(ctx: Context, k: int) -> bool:
    t = ctx.tokens[k]
    return t.text.isdigit() and len(t.text) == 4 and t.text[:2] in ("19", "20") and ctx.tokens[k - 1].low != vocab.word("clusters", "number_word")


def _place_follows(ctx: Context, i: int, k: int) -> bool:
    """A comma before a higher administrative level than the name names ("… huyện Cao Lộc, tỉnh Lạng
    Sơn", "… xã Phước Ninh, huyện Dương Minh Châu"); "TP.Cao Lãnh, TP.Sa Đéc" are two units."""
    toks = ctx.tokens
    if k + 2 >= len(toks) or "ADMIN" not in ctx.types(k + 1):
        return False
    nxt = ctx.text[toks[k + 1].start:toks[ctx.types(k + 1)["ADMIN"] - 1].end].lower()
    levels = vocab.admin_levels()  # a name's comma may go on to a higher level only
    level = levels.get(nxt)
    if level is None:
        return False
    so_far = key(ctx.text[toks[i].start:toks[k - 1].end]).split()
    lower = vocab.levels_named(so_far)
    return bool(lower) and max(lower) < level


def _person_after(ctx: Context, i: int, title_end: int) -> Chunk | None:
    """"ông Lê Tấn Tài": a title, then a surname and given names; after a title only a person bears, any
    capitalised name ("NSND Minh Châu"), also after a chain of titles ("PGS.TS.BS Trần Hữu Bình", "TS. Lê Văn A",
    "PGS-TS Hoàng Phúc Lâm")."""
    toks = ctx.tokens
    strong = ctx.text[toks[i].start:toks[title_end - 1].end] in vocab.name_only_titles()
    while title_end + 1 < len(toks) and (toks[title_end].text in ".," or toks[title_end].text in "-–" and strong):
        nxt = ctx.types(title_end + 1).get("TITLE")  # "PGS-TS.", "PGS – TS": a dash joins titles only a person bears
        if toks[title_end].text == "." and not nxt and toks[title_end + 1].cap and strong:
            title_end += 1  # "TS. Nguyễn Văn An": the title's dot
            break
        if not nxt or not (strong or toks[title_end].text == "."):
            break
        strong = strong or ctx.text[toks[title_end + 1].start:toks[nxt - 1].end] in vocab.name_only_titles()
        title_end = nxt  # "PGS.TS.BS", "Phó Giáo sư, Tiến sỹ"
    title_end = past_qualifier(ctx, title_end)
    k = title_end
    while k < len(toks) and k - title_end < 4 and toks[k].cap and not toks[k].text.isdigit() and toks[k].text not in PUNCT:
        if ctx.types(k).keys() & {"HEAD", "POSITION", "ADMIN", "GRANTOR"} and k > title_end and not (
                k - title_end <= 2 and _given_syllable(ctx, k)):
            break
        k += 1
    given = toks[title_end:k]
    if len(given) < 2 or not (strong or given[0].low in vocab.surnames() or (  # "anh Alăng Đia": written small
            len(given) >= 3 or not toks[i].cap and no_unit_words(ctx, title_end, k)) and addressed(ctx, i, title_end, k)):
        return None
    c = ctx.chunk("PER", i, k, person=True)
    c.attrs["name"] = ctx.text[toks[title_end].start:toks[k - 1].end]
    return c


def _given_syllable(ctx: Context, k: int) -> bool:
    """"ông Đỗ Khoa Văn", "ông Nguyễn Văn Khoa -": a one-word head second or third in a person's name is a given
    name, when what follows is another given name or the name's end (not a capitalised unit name)."""
    ty = ctx.types(k)
    if ty.get("HEAD") != k + 1 or ty.keys() & {"POSITION", "ADMIN", "GRANTOR"}:
        return False
    toks = ctx.tokens
    if k + 1 >= len(toks) or not toks[k + 1].cap or toks[k + 1].text in PUNCT:
        return True
    return not ctx.types(k + 1) and k + 2 < len(toks) and not toks[k + 2].cap


def _name_goes_on(ctx: Context, k: int) -> bool:
    """After a capitalised title word, the name has not ended if a separator or the end follows (a title
    opens a person only when a name comes after it)."""
    return k >= len(ctx.tokens) or ctx.tokens[k].text in PUNCT or not ctx.tokens[k].cap


def person_tail(ctx: Context, c: Chunk) -> tuple[Chunk, Chunk] | None:
    """"Phó Chủ tịch HĐND tỉnh Nguyễn Vinh Quang", "Viện trưởng VKSND tối cao Lê Minh Trí": after a post, a
    unit's name that ends in a person's name — a surname and two or three capitalised syllables, after a
    lower-case word, an acronym, an "ủy" or "Việt Nam" — is that unit, then the person. Two syllables are too often a
    place ("Công an tỉnh Ninh Bình"); a school keeps the person it is named after; a known place stays."""
    toks = ctx.tokens
    if toks[c.i].text in vocab.load("persons")["named_after_persons"]:
        return None
    for size in (3, 4):
        s = c.j - size
        if s <= c.i or toks[s].low not in vocab.surnames():
            continue
        if not all(t.cap and t.text.isalpha() for t in toks[s:c.j]):
            continue
        before = toks[s - 1]
        kind = placenames.kind_before(ctx, s)
        if kind >= 0 and vocab.admin_levels().get(" ".join(t.low for t in toks[kind:s]), 3) < 3:
            continue  # wards, communes and districts are named after persons: "phường Trần Thành Ngọ", "thị trấn …"
        if not (before.text[:1].islower() or before.text.isdigit() or _place_ends(ctx, c.i, s)
                or (len(before.text) >= 2 and before.text.isalpha() and before.text.isupper())  # "Thường vụ QH Trần Văn Túy"
                or before.low.endswith(vocab.word("organisations", "committee_suffix"))
                or key(ctx.text[toks[max(c.i, s - 2)].start:before.end]) == key(vocab.word("places", "country"))):
            continue
        tail = ctx.text[toks[s].start:toks[c.j - 1].end]
        if key(tail) in province_keys():
            continue
        unit = ctx.chunk(c.label, c.i, s, **{k: v for k, v in c.attrs.items() if k != "name"})
        person = ctx.chunk("PER", s, c.j, person=True)
        person.attrs["name"] = tail
        return unit, person
    return None


def _place_ends(ctx: Context, lo: int, s: int) -> bool:
    """Whether a listed place's name ends right before token s ("BIDV chi nhánh Đồng Nai | Nguyễn Đức
    Toàn"): after it, a surname opens the person, not more of the unit's name. Listed names have two words
    or more, so a one-word place ("chi nhánh Huế Nguyễn Văn An") is not seen and the name stays whole."""
    return any(placenames.bare_end(ctx, i) == s for i in range(max(lo + 1, s - 4), s - 1))


GLUE = frozenset({"TERM", "TITLE"})


def glued(ctx: Context, k: int, stops: set[str]) -> bool:
    """A capitalised one-word function word or title between capitals of a place's name, which a
    separator or one more capital closes: "Ba Vì,", "Nam Từ Liêm", "Hai Bà Trưng", "Như Thanh". For bare
    names; after a kind of place the list of real names decides (placenames, in org_extent)."""
    toks, n = ctx.tokens, len(ctx.tokens)
    if not (stops and stops <= GLUE and toks[k].cap and max(ctx.types(k)[x] for x in stops) == k + 1):
        return False
    if k + 1 >= n or toks[k + 1].text in PUNCT or "AND" in ctx.types(k + 1):
        return True
    nxt = ctx.types(k + 1)
    return (toks[k + 1].cap and not toks[k + 1].text.isdigit() and not nxt.keys() & (_STOP | OPENERS | {"CLUHEAD", "NOTHEAD"})
            and (k + 2 >= n or toks[k + 2].text in PUNCT or "AND" in ctx.types(k + 2)))


def _person_before_dash(ctx: Context, i: int, k: int) -> bool:
    """A surname and one or two given names before the dash at k, not the start of a listed place's name
    ("Phan Rang - Tháp Chàm" is a city): a person, whom a post follows."""
    toks = ctx.tokens
    return toks[i].low in vocab.surnames() and 3 <= k - i <= 4 and placenames.bare_end(ctx, i) <= k


def _given_follows(ctx: Context, i: int, k: int) -> bool:
    """A surname at i, a one-word title at k, then a capitalised word of no type: one person's name."""
    toks = ctx.tokens
    return (toks[i].low in vocab.surnames() and k + 1 < len(toks) and toks[k + 1].cap
            and toks[k + 1].text.isalpha() and not ctx.types(k + 1))


def name_chunk(ctx: Context, i: int) -> Chunk | None:
    """A run of capitalised words that no head opened: a place ("Đồng Nai"), a bare unit ("Quận 7" after
    distribution), or a person when it starts with a surname and has 3–4 syllables."""
    toks, n = ctx.tokens, len(ctx.tokens)
    k = i
    while k < n and k - i < 8:
        t = toks[k]
        ty = ctx.types(k)
        stops = ty.keys() & _NAME_STOP
        one_word = bool(stops) and max(ty[x] for x in stops) == k + 1 and t.cap and _name_goes_on(ctx, k + 1)
        given_name = one_word and toks[i].low in vocab.surnames() and 2 <= k - i <= 3  # "Nguyễn Ngọc Đăng Khoa"
        if k == i + 1 and stops == {"TITLE"} and ty["TITLE"] == k + 1 and t.cap and _given_follows(ctx, i, k):
            k += 1  # "Đặng Anh Quân", "Võ Anh Tuấn": "Anh" after a surname is a middle name, not "Mr"
            continue
        if k > i and stops and not (one_word and (stops == {"TITLE"} or given_name)) and not glued(ctx, k, stops):
            k = max(k, placenames.bare_end(ctx, i))  # "Chợ Đồn", "Vụ Bản": a listed place's name is whole
            break  # a one-word title inside a run of capitals is part of the name: "Đông Anh", "Sóc Sơn"
        if "FIELD" in ty:
            k = ty["FIELD"]
            continue
        if t.cap and t.text not in PUNCT:
            k += 1
            continue
        if t.text in "-–" and k + 1 < n and toks[k + 1].cap and k > i and toks[k - 1].end < t.start and k + 1 < n:
            # "Bà Rịa - Vũng Tàu" and not "Hà Nội - dẫn đầu": a dash between two capitals
            if _person_before_dash(ctx, i, k):
                break  # "Trần Đăng Tự - Trưởng phòng …", "Phan Văn Duân - Công nhân …": the name has ended
            k += 1
            continue
        if t.text == "’" or t.text == "'":
            k += 1
            continue
        break
    while k > i and toks[k - 1].text in PUNCT:
        k -= 1
    if k == i:
        return None
    words = toks[i:k]
    if 3 <= len(words) <= 4 and words[0].low in vocab.surnames() and all(w.cap for w in words):
        c = ctx.chunk("PER", i, k, person=True)
        c.attrs["name"] = c.text
        return c
    return ctx.chunk("NAME", i, k)
