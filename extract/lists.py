"""LIST chunks: where list structure lives, once, for every fact kind.

Units and persons next to each other, separated by ",", ";", "và", "cùng" or one item a line ("- Sở X;",
"2. Sở Y"), become one LIST chunk whose items each carry a name, offsets and what the text says of that
item alone: a role in brackets or after a dash ("Sở Ngoại vụ (Khối trưởng)", "Sở Y tế - Phó trưởng khối"),
a place in brackets that is part of its name ("Trường Mầm non Sơn Ca (huyện Đức Huệ)"), "- dẫn đầu Cụm X",
and for a person the posts that follow ("ông X, Phó Giám đốc Sở Y": Sở Y is where he works, not another
recipient).

Heads shared across a list are spelled out on each item:
- "BĐBP các tỉnh: Quảng Ninh, Lạng Sơn" -> "BĐBP tỉnh Quảng Ninh", "BĐBP tỉnh Lạng Sơn";
- "Thanh tra các đơn vị: Sở Xây dựng, …" -> "Thanh tra Sở Xây dựng"; "Văn phòng các Sở: Y tế, …" -> "Sở Y tế";
- "gồm 6 Thuế tỉnh: Phú Thọ, …", "Công an 5 thành phố: Hà Nội", "gồm các xã: A, B" -> the kind on each;
- "VKSND huyện Bắc Trà My, Nam Trà My" and "Quận 1, 3, Tân Bình" -> the first item's head on bare names;
- "VKSND tỉnh Sóc Trăng, Bộ Chỉ huy Quân sự, …, Công an tỉnh Sóc Trăng" -> the province on the others.
"""
from __future__ import annotations

from . import serials, shortheads, vocab
from .chunkbase import Chunk, Context
from .listalone import alone
from .listdash import apposition_end, dashed_part
from .listmarks import item_number
from .listkinds import one_kind, siblings
from .frames import UNIT, Frame, counted_antecedent, frame_at, spell_out
from .parents import chain_address, sub_and_parent
from .posts import bracket_end, dashed_post, embedded_unit

_STARTERS = frozenset(UNIT) | {"GRT", "DIST", "COUNT"}  # the chunks a list or its frame can open with
_SEPS = ("COMMA", "SEMI", "AND")


def group(ctx: Context, chunks: list[Chunk]) -> list[Chunk]:
    out: list[Chunk] = []
    k = 0
    while k < len(chunks):
        if k and chunks[k - 1].label == "AT" and chunks[k].label in UNIT:
            out.append(chunks[k])  # "tại huyện Tây Giang, VKSND huyện …": where, not one of the list
            k += 1
            continue
        made = _list_at(ctx, chunks, k) if chunks[k].label in _STARTERS else None
        if made:
            made_chunks, k = made
            out += made_chunks
        else:
            out.append(chunks[k])
            k += 1
    return out


def _list_at(ctx: Context, chunks: list[Chunk], k: int) -> tuple[list[Chunk], int] | None:
    """The LIST that opens at chunk k (with the frame chunks a "gồm" inside the frame leaves before it)
    and the index after it, or None."""
    frame = frame_at(chunks, k)
    if frame is None and (chunks[k].label not in UNIT or alone(chunks, k)):
        return None
    start = k
    k = frame.first if frame is not None else k
    if k >= len(chunks) or chunks[k].label not in UNIT and not (frame and chunks[k].label == "NUM"):
        return None
    mode = _mode(chunks, k)
    if mode != "comma" and (one_kind(chunks, k) or mode == "semi" and siblings(chunks, k)):
        mode = "comma"  # "phường A; phường B, phường C", "A, B; C và D": units of their own, listkinds
    items = []
    while True:
        item, k = _item(ctx, chunks, k, mode)
        k = shortheads.run_on(ctx.text, items, item, chunks, k)  # "THPT Trường Chinh" one item (shortheads.py)
        if mode == "comma":
            k = _lower_tail(ctx, chunks, k, item, framed=frame is not None, settled=bool(items) or frame is not None)
        items.append(item)
        nxt = _separator(chunks, k, mode)
        if nxt is None or nxt >= len(chunks):
            break
        c = chunks[nxt]
        if c.label in UNIT or (c.label == "NUM" and items[-1]["name"][-1:].isdigit()):
            k = nxt
            continue
        break
    items = _addresses_joined(ctx, items if mode == "comma" else serials.split(ctx.text, items))
    if len(items) == 2 and frame is None and _department_of(items) and ctx.text[items[0]["end"]:items[1]["start"]].strip() == ",":
        items = [{**items[0], "name": ctx.text[items[0]["start"]:items[1]["end"]], "end": items[1]["end"]}]
    address = chain_address(ctx, chunks, start, k, items) if frame is None else None
    if address is not None:
        return [address], k  # "Công ty A, Cục B, Bộ C đón nhận …": one unit and the bodies it is of (parents.py)
    if len(items) < 2 and frame is None:
        if len(items) == 1 and items[0].get("note") and k > start + 1:
            c = chunks[start]  # one person with a note in brackets: the note is no unit of its own
            return [Chunk(c.label, c.i, chunks[k - 1].j, c.start, chunks[k - 1].end, ctx.text[c.start:chunks[k - 1].end],
                          {**c.attrs, "name": items[0]["name"]})], k
        if len(items) == 1 and items[0]["end"] > chunks[start].end:
            c = chunks[start]
            return [Chunk(c.label, c.i, chunks[k - 1].j, c.start, items[0]["end"], ctx.text[c.start:items[0]["end"]],
                          {**c.attrs, "name": items[0]["name"], **({"bracket": True} if items[0].get("bracket") else {})})], k
        return None
    if start and chunks[start - 1].label == "POS":
        for it in items:
            it.pop("untitled", None)  # "Hiệu trưởng các Trường THPT: A, B": persons, named after their post
    if frame is None and all(it["bare"] for it in items):
        head = counted_antecedent(chunks, start)
        if head:
            frame = Frame(head, start)
    spell_out(items, frame)
    shortheads.spread(items)  # "Trường THPT Lê Duẩn, THPT Bác Ái" -> "Trường THPT Bác Ái"
    end = k
    before = []
    if frame is not None and frame.opens_at is not None:
        before, start = chunks[start:frame.opens_at], frame.opens_at  # "… các tỉnh Nam Bộ gồm: [LIST]"
    first_c, last_c = chunks[start], chunks[end - 1]
    lst = Chunk("LIST", first_c.i, last_c.j, first_c.start, last_c.end, ctx.text[first_c.start:last_c.end],
                {"items": items, "sep": _sep_kind(chunks[start:end])})
    return before + [lst], end


def _department_of(items: list[dict]) -> bool:
    """"Vụ 3, VKSND tối cao", "Phòng Quản lý ngân sách, Sở Tài chính": a department and the body it is of."""
    return not items[0]["person"] and not items[1]["person"] and sub_and_parent(items[0]["name"], items[1]["name"])


def _addresses_joined(ctx: Context, items: list[dict]) -> list[dict]:
    """"Trường Mầm non Sao Sáng, huyện An Lão, thành phố Hải Phòng và Trường …" (pages of two probe audits): places
    from the smaller to the larger after a unit's name and a comma are its address, not a recipient of their own —
    only after a unit that stands at an address (organisations.yml addressed_heads: a school, a company) and names
    no place itself ("Sở Y tế, xã Tân Lập, huyện Cao Lộc" and "UBND huyện Văn Lãng, thị xã Hoàng Mai, …" are two)."""
    out: list[dict] = []
    for it in items:
        prev = out[-1] if out else None
        if prev is not None and not prev["person"] and not it["person"] and _address(it["name"]) \
                and _addressed(prev["name"]) and ctx.text[prev["end"]:it["start"]].strip() == ",":
            out[-1] = {**prev, "name": ctx.text[prev["start"]:it["end"]], "end": it["end"]}
            continue
        out.append(it)
    return out


def _ranks(name: str) -> list[float | None]:
    lv = vocab.admin_levels()
    return [next((lv[k] for k in sorted(lv, key=len, reverse=True) if p.startswith(k + " ")), None) for p in map(str.strip, name.lower().split(","))]


def _address(name: str) -> bool:
    """Two places or more, each a larger one than the one before ("xã Tây Xuân, huyện Tây Sơn")."""
    if "," not in name:
        return False  # most items: one name, no address
    ranks = _ranks(name)
    return len(ranks) >= 2 and None not in ranks and all(a < b for a, b in zip(ranks, ranks[1:]))


def _addressed(name: str) -> bool:
    low = name.lower()
    head = next((h for h in vocab.words("organisations", "addressed_heads") if low.startswith(h + " ")), None)
    if head is None:
        return False
    return not vocab.levels_named(low[len(head):].split())


_LIST_PARTS = set(UNIT) | {"COMMA", "SEMI", "AND", "NL", "DASH", "LP", "RP", "ROLE", "NUM", "W", "T", "DOT", "POS", "GEN",
                            "GRT", "SELF"}


def _mode(chunks: list[Chunk], k: int) -> str:
    """How the list that starts at chunk k separates its items: one a line, by ";" or by ","; a person with
    posts after a comma opens a list by ";" when one follows (the commas are the posts')."""
    if k >= 2 and chunks[k - 1].label == "DASH" and chunks[k - 2].label == "NL":
        return "line"
    if chunks[k].label == "PER" and k + 2 < len(chunks) and chunks[k + 1].label == "COMMA" \
            and chunks[k + 2].label in ("POS", "GEN", "W") and any(c.label == "SEMI" for c in chunks[k + 3:]):
        return "semi"
    semis = commas = 0
    segment_starts = [k]
    for j in range(k, len(chunks)):
        c = chunks[j]
        if c.label not in _LIST_PARTS or c.label in ("DOT", "NL"):
            break
        semis += c.label == "SEMI"
        commas += c.label == "COMMA"
        if c.label == "SEMI" and j + 1 < len(chunks):
            segment_starts.append(j + 1)
    if semis and all(chunks[j].label in UNIT for j in segment_starts if j < len(chunks)) and commas <= 2 * (semis + 1):
        # every part between semicolons opens with a name and holds a comma or two at most: ";" separates,
        # "," is inside names ("Vụ Tổ chức cán bộ, VKSND tối cao; …"); many commas to one ";" separate items
        return "semi"
    return "semi" if semis >= 2 and semis >= commas // 3 else "comma"


def _item(ctx: Context, chunks: list[Chunk], k: int, mode: str = "comma") -> tuple[dict, int]:
    c = chunks[k]
    item = {"name": c.name, "start": c.start, "end": c.end, "person": c.label == "PER", "role": None,
            "lead": None, "bare": c.label in ("NAME", "NUM"), "label": c.label}
    if c.attrs.get("workplace"):
        item["workplace"] = c.attrs["workplace"]  # posts before the name (posts.merge)
    elif c.label == "PER" and c.text == c.name:
        item["untitled"] = True  # a person's name shape alone: under a frame of schools, a school's name
    k += 1
    if mode != "comma" and c.label != "PER":
        # one item a line or between semicolons: its own commas are part of it ("Trường THPT Việt Bắc, Sở
        # Giáo dục và Đào tạo tỉnh Lạng Sơn"; "Vụ … án tham nhũng, chức vụ, VKSND tối cao")
        j = _item_end(chunks, k, mode == "semi")
        if j > k:
            item["name"] = ctx.text[c.start:chunks[j - 1].end]
            item["end"] = chunks[j - 1].end
            item["bare"] = False
            k = j
    while k < len(chunks):
        a = chunks[k]
        b = chunks[k + 1] if k + 1 < len(chunks) else None
        cc = chunks[k + 2] if k + 2 < len(chunks) else None
        if item["person"] and a.label == "LP" and not item.get("workplace") and chunks[k - 1].label == "PER":
            close = next((x for x in range(k + 1, min(len(chunks), k + 40)) if chunks[x].label == "RP"), None)
            if close and not any(x.label == "ROLE" for x in chunks[k + 1:close]):
                # "ông Hồ Sáu (huyện Trảng Bom)", "Nguyễn Tường Vy (môn judo)": about the person
                item["note"] = ctx.text[chunks[k].end:chunks[close].start].strip()
                k = close + 1
                continue
        after_aside = _aside(ctx, chunks, k) if a.label == "LP" else 0
        if after_aside:
            k = after_aside  # "… quận Đống Đa (nay là phòng Văn hóa, Khoa học …)": what it is called now
            if mode != "comma":
                k = max(k, _item_end(chunks, k, mode == "semi"))  # "… miền Nam (trước đây là …), Bộ Giao thông Vận tải;": its parent
            continue
        if a.label == "LP":
            close = next((x for x in range(k + 1, min(len(chunks), k + 6)) if chunks[x].label == "RP"), None)
            inner = chunks[k + 1:close] if close else []
            roles = [x for x in inner if x.label == "ROLE"]
            if roles:
                item["role"] = roles[0].attrs["role"]
                k = close + 1
                continue
            if close and inner and all(x.label in ("NAME", "ORG", "GRT") for x in inner) and item["label"] == "ORG":
                # "Trường Mầm non Sơn Ca (huyện Đức Huệ)", "Binh đoàn 15 (Bộ Quốc phòng)": its place or parent body
                item.update(name=ctx.text[item["start"]:chunks[close].end], end=chunks[close].end, bracket=True)
                k = close + 1
                continue
            break
        if a.label == "DASH" and b is not None and b.label == "ROLE":
            item["role"] = b.attrs["role"]
            k += 2
            continue
        if a.label == "DASH" and b is not None and b.label == "LEAD" and cc is not None and cc.label == "CLU":
            item["lead"] = cc.name
            k += 3
            continue
        if item["person"] and _apposition(chunks, k, mode):
            k = bracket_end(chunks, _absorb_posts(chunks, k + 1, item))  # "ông X, Phó Giám đốc Sở Y (…)": posts, workplace
            if mode != "comma":
                k = _rest_of_person(chunks, k)
            elif a.label == "DASH":
                k = dashed_post(chunks, k) or k  # "A - nguyên Chủ nhiệm Ủy ban Pháp luật, B - …"
            continue
        if item["person"] and a.label == "DASH" and dashed_post(chunks, k + 1):
            k = dashed_post(chunks, k + 1)  # "A - giáo viên, B - giáo viên"
            continue
        break
    return item, k


_NOT_A_POST = frozenset({"GIVE", "GET", "PROPOSE", "VOTE", "ELECT", "HANDOVER", "BE", "AWD", "ROLE", "RANK", "PER",
                         "COUNT", "CLU", "LEAD", "COLON", "LP"})


def _rest_of_person(chunks: list[Chunk], k: int) -> int:
    """Between semicolons (or one a line), what follows a person's posts up to the next item is still the
    person's posts, however they were read ("đại tá A, Phó trung đoàn trưởng Trung đoàn …, Bộ Công an; trung úy B,
    cán bộ Tiểu đoàn 1, …, Bộ Công an và thượng úy C, …"): the index of the separator, or k when a verb, an award
    or another person comes first."""
    j = k
    while j < len(chunks) and chunks[j].label not in ("SEMI", "NL", "DOT"):
        if chunks[j].label == "AND" and j + 1 < len(chunks) and chunks[j + 1].label == "PER":
            return j
        if chunks[j].label in _NOT_A_POST and bracket_end(chunks, j) == j and not _concurrent(chunks[j]):
            return k  # a verb, an award, a person; not "kiêm", which joins a second post of the same person
        j = max(j + 1, bracket_end(chunks, j))
    return j


_TAIL_PARTS = ("W", "T", "GEN", "AND")
_MAX_TAIL = 10


def _lower_tail(ctx: Context, chunks: list[Chunk], k: int, item: dict, framed: bool, settled: bool) -> int:
    """"…, Ban Bảo vệ chăm sóc sức khỏe cán bộ tỉnh và Ủy ban Kiểm tra …", "…, Ban Quản lý khu kinh tế và
    các khu công nghiệp tỉnh, Ban …": inside a list, the lower-case words between a unit and the next
    separator that opens another unit are the rest of its name (the name layer stops at the first
    lower-case word it cannot place); under a frame a bare item too ("các ban: …, Bảo vệ chăm sóc sức khỏe
    cán bộ tỉnh và …"). Only where the list is already established (settled: an earlier item or a frame) and the
    next unit follows, so a predicate after the last item is never taken; a dashed part on the first item too."""
    if item["person"] or item["label"] not in (("ORG", "NAME") if framed else ("ORG",)):
        return k
    j = dashed_part(chunks, k)
    if j > k:
        item["name"] = ctx.text[item["start"]:chunks[j - 1].end]  # "Phòng Hành chính - Quản trị, …"
        item["end"] = chunks[j - 1].end
        return j
    if apposition_end(chunks, k) > k:
        return apposition_end(chunks, k)  # "Sở Y tế - cơ quan thường trực, Sở …": said of it; the list goes on
    while j < len(chunks) and chunks[j].label in _TAIL_PARTS and j - k < _MAX_TAIL:
        if chunks[j].label == "AND" and j + 1 < len(chunks) and chunks[j + 1].label in UNIT:
            break
        j += 1
    if not settled or j == k or j + 1 >= len(chunks) or chunks[j].label not in _SEPS or chunks[j + 1].label not in UNIT:
        return k
    if any(c.text[:1].isupper() or c.label == "AND" and c is chunks[k] for c in chunks[k:j]):
        return k
    item["name"] = ctx.text[item["start"]:chunks[j - 1].end]
    item["end"] = chunks[j - 1].end
    return j


def _aside(ctx: Context, chunks: list[Chunk], k: int) -> int:
    """The index after a bracket at k that opens with an aside word ("nay là", function.yml), or 0."""
    close = next((x for x in range(k + 1, min(len(chunks), k + 30)) if chunks[x].label == "RP"), None)
    if close is None:
        return 0
    opening = ctx.text[chunks[k].end:chunks[close].start].strip().lower()
    return close + 1 if any(opening.startswith(w + " ") for w in vocab.words("function", "asides")) else 0


_POST_PARTS = ("ORG", "GRT", "NAME", "POS", "SELF", "W", "GEN")


def _apposition(chunks: list[Chunk], k: int, mode: str) -> bool:
    """After a person at k: ", post", " - post", " kiêm post"; between semicolons also ", workplace" and
    ", giáo viên, …" (a list of units by commas keeps its next unit)."""
    a = chunks[k]
    b = chunks[k + 1] if k + 1 < len(chunks) else None
    if b is None or not (a.label in ("COMMA", "DASH") or _concurrent(a)):
        return False
    c = chunks[k + 2] if k + 2 < len(chunks) else None
    if b.label == "POS" or a.label == "COMMA" and b.label == "W" and c is not None and c.label == "ORG" and dashed_post(chunks, k + 1):
        return True  # "anh A, Đoàn viên Chi đoàn X … và anh B": a membership word, a unit, the next person
    return mode != "comma" and (b.label in ("ORG", "GRT", "SELF") or (
        b.label in ("W", "GEN") and c is not None and (c.label in ("COMMA", "POS", "ORG", "GRT") or _concurrent(c))))


def _concurrent(c: Chunk) -> bool:
    return c.text.lower() in vocab.words("persons", "concurrent")


def _absorb_posts(chunks: list[Chunk], k: int, item: dict) -> int:
    """Skip the posts and workplaces that follow a person, keeping the first workplace on the item (a unit the
    post names inside it too: "Phó trưởng ban Dân vận Tỉnh ủy", posts.embedded_unit)."""
    while k < len(chunks):
        x = chunks[k]
        inner = embedded_unit(chunks, k) if x.label == "POS" else None
        if inner:
            item.setdefault("workplace", inner[0])
            k = inner[1]
            continue
        if x.label in _POST_PARTS and x.label != "PER":
            if x.label in ("ORG", "GRT") and not item.get("workplace"):
                item["workplace"] = x.name
            k += 1
        elif x.label == "COMMA" and k + 1 < len(chunks) and chunks[k + 1].label in _POST_PARTS:
            k += 1
        elif (x.label == "AND" and item.get("workplace") and k + 2 < len(chunks) and chunks[k + 1].label == "ORG"
              and chunks[k + 2].label == "SEMI"):
            k += 1  # "ông X, Giám đốc Trung tâm A và Trung tâm B; bà Y …": both his workplaces, the list goes on
        else:
            break
    return k


def _item_end(chunks: list[Chunk], k: int, semi: bool = False) -> int:
    """Where an item of a line or semicolon list ends: its own commas, dashes and short tails stay in it ("Vụ … án
    tham nhũng, chức vụ, VKSND tối cao"), the next clause and, between semicolons (`semi`), "và" + a unit do not."""
    j, end = k, k
    while j < len(chunks) and (chunks[j].label in ("COMMA", "AND", "W", "T", "NUM", "GEN") + UNIT or (
            chunks[j].label == "DASH" and j + 1 < len(chunks) and chunks[j + 1].label in ("NAME", "W", "ORG"))):
        if semi and chunks[j].label == "AND" and j + 1 < len(chunks) and chunks[j + 1].label == "ORG":
            break  # "…; Sở Khoa học và Công nghệ và Sở Lao động, …": "và" before a named unit opens the next item
        j += 1  # "Phòng Hành chính - Quản trị, Văn phòng UBND …": a dash inside the item's name
        if chunks[j - 1].label in UNIT or (chunks[j - 1].label in ("W", "T", "NUM", "GEN") and (
                j >= len(chunks) or chunks[j].label in ("COMMA", "SEMI", "NL", "DOT", "RP"))):
            end = j
    return end


def _separator(chunks: list[Chunk], k: int, mode: str = "comma") -> int | None:
    """Index of the chunk after a list separator at k, or None when no separator stands there."""
    n = len(chunks)
    seen = False
    seps = ("SEMI", "NL", "DOT") if mode == "line" else ("SEMI", "AND", "NL", "DOT") if mode == "semi" else _SEPS + ("NL", "DOT")
    if mode == "semi" and 0 < k < n - 1 and chunks[k].label == "COMMA" and chunks[k - 1].label == chunks[k + 1].label == "PER":
        return k + 1  # "Nguyễn Tuấn Phong, Nguyễn Kim Giang (…); …": persons by commas inside a ";" list
    while k < n and chunks[k].label in seps:
        if chunks[k].label == "DOT" and not (k + 1 < n and chunks[k + 1].label == "NL"):
            return None
        seen = True
        k += 1
    if not seen:
        return None
    while k < n and (chunks[k].label == "DASH" or item_number(chunks, k, chunks[k - 1].label)):
        k += 2 if chunks[k].label == "NUM" else 1  # "1." / "2)" / "; 3-" numbers the next item; "…, 2, 3." ends on an item
    if k + 1 < n and chunks[k].label == "NUM" and chunks[k - 1].label == "AND" and chunks[k + 1].label in UNIT:
        k += 1  # "…, Trường Chính trị tỉnh và 02 Đảng ủy Khối …": a counted last group goes on with the list
    return k


def _sep_kind(chunks: list[Chunk]) -> str:
    labels = {c.label for c in chunks}
    return "line" if "NL" in labels else "semi" if "SEMI" in labels else "comma"
