"""Who an award sentence names as its receiver, when the nearest unit is not it: a place or a counted
group's owner ("tại …", "5 trường học tại TP.HCM"), the venue of an event ("… kỷ niệm … Ngày Thầy thuốc Việt
Nam và đón nhận …"), a person's workplace ("ông X, Trưởng phòng Y, Sở Z được tặng …"; a person named after
posts is one chunk, extract/posts.py), the parent an apposition names ("Trại giam X, thuộc Tổng cục VIII, …"),
or a nominee in a list of results ("Kết quả: A đề nghị … tặng"); and what an event's holder does after its
name (lead_in). Who holds a ceremony is not always who receives at it: the venue or what is celebrated, joined to
the holder by a comma (phrase_led), a place's governing bodies (authorities_hold), the unit an anniversary is about
(inside_event), and a unit after the people it has (people_of). The award rules (rules/awards.py) ask these before
they make a fact."""
from __future__ import annotations

import re

from .. import vocab
from ..parents import parent_head
from ..posts import opens_with_post
from .common import Env, clause_start, index_of


def not_the_subject(env: Env, k: int) -> bool:
    """A name right after "tại", or after a count ("5 trường học tại TP.HCM", "02 vận động viên tỉnh Quảng
    Bình", "3 đơn vị thuộc VKSND tỉnh"), is where or whose the counted receivers are, not who receives."""
    prev = env.chunks[k - 1] if k else None
    if prev is None:
        return False
    if prev.label in ("AT", "COUNT"):
        return True
    before = env.chunks[k - 2] if k >= 2 else None
    if before is not None and before.label in ("COUNT", "NUM") and prev.label in ("W", "OF", "BELONG"):
        return True
    return (prev.label in ("OF", "BELONG") or prev.label == "T" and prev.text.lower() in vocab.words("function", "group_places")) \
        and _numbered_group(env.chunks[clause_start(env, k):k - 1])


def phrase_led(env: Env, k: int) -> bool:
    """A list whose first name ends the phrase before it: "tại hội trường A, B tổ chức lễ đón nhận …", "tại
    Khách sạn A, B đã tổ chức …" (dsvh.gov.vn, gialai.baohiemxahoi.gov.vn: the venue); "Kỷ niệm 67 năm ngày thành
    lập A, B đã tổ chức lễ đón nhận …", "hướng tới kỷ niệm 80 năm Ngày truyền thống A, B long trọng tổ chức …"
    (amp.cand.com.vn, tienphong.vn: what is celebrated). The comma after the phrase joined its name and the
    holder's into one list; the first is where or what, not who receives."""
    ch = env.chunks
    if ch[k].label != "LIST" or not k or k + 1 < len(ch) and ch[k + 1].label not in ("T", "W", "GET"):
        return False  # the holder does something right after the list: "… A, B (đã) tổ chức …", "A, B đón nhận …"
    if ch[k - 1].label in ("T", "W") and ch[k - 1].text.lower().endswith(tuple(vocab.words("function", "celebrated"))):
        return True
    j = k - 1
    while j >= 0 and k - j <= 2 and ch[j].label in ("W", "T", "NAME"):
        j -= 1
    return j >= 0 and ch[j].label == "AT"


def authorities_hold(env: Env, who, verb_at: int) -> bool:
    """"Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện X tổ chức Lễ kỷ niệm … đón nhận …" (baoquangnam.vn),
    "Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Y tổ chức Lễ đón nhận …" (baobinhdinh.vn), "Thành ủy - HĐND -
    UBND - Ủy ban MTTQ Việt Nam TP Z đã tổ chức Lễ …": the bodies that govern a place together (organisations.yml
    place_authorities) hold the ceremony for the place, whose people the award is for; none of them receives it.
    Bodies of a place that are given an award ("HĐND và UBND huyện X được tặng …") hold no event and receive; so do
    bodies that hold an event and are then given one themselves ("Huyện ủy, UBND huyện X tổ chức tổng kết và được
    tặng Cờ …", the review's probe C8d): the passive verb's subject is theirs, unless "cho" names another receiver."""
    names = [it["name"] for it in who.attrs["items"]] if who.label == "LIST" else re.split(r"\s+[-–]\s+", who.name)
    if len(names) < 2 or not all(_authority(n) for n in names):
        return False
    at = index_of(env, who)
    held = " ".join(c.text.lower() for c in env.chunks[at + 1:verb_at] if c.label in ("T", "W"))
    if not any(w in held for w in vocab.words("function", "event_verbs")):
        return False
    passive = vocab.word("function", "passive")
    given = any(passive in c.text.lower().split() for c in env.chunks[at + 1:verb_at + 1])
    return not given or any(c.label == "FOR" for c in env.chunks[verb_at + 1:verb_at + 4])


def _authority(name: str) -> bool:
    low = name.lower()
    return any(low == a or low.startswith(a + " ") for a in vocab.words("organisations", "place_authorities"))


def people_of(env: Env, k: int, awd) -> bool:
    """"Ba chiến sỹ Cảnh sát PCCC nhận Huân chương …" (la34.com.vn), "trao kỷ niệm chương … cho cán bộ Trường Sa"
    (tuoitre.vn), "Đoàn viên thanh niên VRG nhận giải thưởng …" (tapchicaosu.vn): a unit right after a word that says
    what people are (persons.yml occupations) is whose people they are; they, unnamed, receive, not the unit. A
    unit's whole staff ("Tập thể cán bộ Công ty X", function.yml collective_leads; "cán bộ, nhân viên Bệnh viện X",
    "cán bộ, công nhân lao động Công ty": several kinds of its people, uncounted) and a flag or other collective
    award (awards.yml collective_kinds) are the unit's."""
    ch = env.chunks
    if k < 1 or ch[k].label not in ("ORG", "NAME") or ch[k - 1].label not in ("T", "W", "GEN"):
        return False
    if awd is not None and awd.attrs.get("kind") in vocab.load("awards")["collective_kinds"]:
        return False
    if not _occupation(ch[k - 1]):
        return False
    j = k - 1  # back over the run of occupations: "(Tập thể) cán bộ, nhân viên (và) …"
    while j >= 2 and ch[j - 1].label in ("COMMA", "AND") and _occupation(ch[j - 2]):
        j -= 2
    if j < k - 1 and not _counted(ch[max(0, j - 2):j]):
        return False  # "Cán bộ, công nhân viên Công ty X được … tặng": several kinds of people, the unit's staff
    before = " ".join(c.text.lower() for c in ch[max(0, j - 2):j])
    return not any(w in before for w in vocab.words("function", "collective_leads"))


def _counted(lead) -> bool:
    """A number, a number word, or a quantifier (function.yml quantifiers: "Nhiều / Một số / Hàng trăm / Các cán bộ,
    giáo viên …") right before the run of people counts them: some of the unit's people, not its whole staff."""
    if not lead:
        return False
    last = lead[-1]
    if last.label in ("COUNT", "NUM") or re.search(r"\d", last.text) or last.text.lower() in vocab.load("function")["count_words"]:
        return True
    said = " " + " ".join(c.text.lower() for c in lead)
    return any(said.endswith(" " + q) for q in vocab.words("function", "quantifiers"))


def _occupation(c) -> bool:
    said = c.text.lower()
    return c.label in ("T", "W", "GEN") and any(said == w or said.startswith(w + " ") for w in vocab.words("persons", "occupations"))


def inside_event(env: Env, who_at: int, verb_at: int) -> bool:
    """"Tổng Liên đoàn … tổ chức kỷ niệm 80 năm ngày thành lập Công đoàn Việt Nam và đón nhận …" (baomoi.com),
    "Công an tỉnh X tổ chức lễ kỷ niệm 70 năm thành lập … và Chi bộ Đảng đầu tiên của Đảng bộ công an tỉnh (…), đón
    nhận …" (nongnghiep.vn): a unit inside an event that a unit named before it holds is what the event is about;
    the holder receives (award.event_subject). A place founded receives ("… tổ chức lễ kỷ niệm 20 năm ngày thành lập
    thành phố X và đón nhận …": its bodies hold the event for it)."""
    ch = env.chunks
    if ch[who_at].label == "NAME" or ch[who_at].name.split(" ", 1)[0].lower() in vocab.words("organisations", "admin_kinds"):
        return False
    if founded_part(env, who_at, who_at + 1) is not None:
        return False  # "Trường X tổ chức kỷ niệm … thành lập Khoa Y và đón nhận …": the part founded receives
    lo = clause_start(env, who_at)
    verbs, celebrated = vocab.words("function", "event_verbs"), vocab.words("function", "celebrated")
    for j in range(lo, who_at):
        c = ch[j]
        if not (c.label in ("ORG", "LIST") or c.label == "GRT" and not opens_with_post(c.name)):
            continue
        held = " ".join(x.text.lower() for x in lead_in(env, j + 1) if x.label in ("T", "W"))
        inner = " ".join(x.text.lower() for x in ch[j + 1:who_at])
        if _holds(held, verbs) and any(w in inner for w in celebrated):
            return True
    return False


def founded_part(env: Env, lo: int, hi: int) -> int | None:
    """Where in lo..hi a unit that is only ever a part of another (organisations.yml sub_heads that are no
    parent_heads: Khoa, Phòng, Ban, Đội …) follows "thành lập": "Lễ kỷ niệm 50 năm thành lập Khoa Xây dựng Đảng và
    đón nhận Huân chương …", the Khoa's own ceremony at which the award is given to it (baophutho.vn). Its holder
    is the body it is part of; the part, whose anniversary it is, receives, not the holder."""
    org, founding = vocab.load("organisations"), vocab.word("function", "founding")
    parts = tuple(h + " " for h in set(org["sub_heads"]) - set(org["parent_heads"]))
    return next((j for j in range(max(lo, 1), hi) if env.chunks[j].label == "ORG" and env.chunks[j].name.startswith(parts)
                 and env.chunks[j - 1].text.lower().endswith(founding)), None)


def _holds(text: str, verbs: frozenset[str]) -> bool:
    """The words after a unit say it holds the event: an event verb after only adverbs ("đã long trọng tổ chức …";
    function.yml holding_adverbs), not a guest's "dự Lễ kỷ niệm …"."""
    at = min((text.find(v) for v in verbs if v in text), default=-1)
    if at < 0:
        return False
    return all(w in _adverb_words() for w in text[:at].split())


def _adverb_words() -> frozenset[str]:
    return frozenset(w for p in vocab.words("function", "holding_adverbs") for w in p.split())


def _numbered_group(chunks: list) -> bool:
    """A counted group of people before the unit it belongs to: "9 bác sĩ công tác tại … trên địa bàn tỉnh X", "12
    cán bộ thuộc Công an tỉnh", "8 nghệ sỹ khác thuộc Nhà hát Y", "ba đồng chí thuộc Trung đoàn Z" (pages of two probe
    audits): the people receive, not their unit. "Tập thể hơn 300 cán bộ … của Công ty X", "Toàn thể 150 đoàn viên của
    Công đoàn Y" (the review's probes) are the unit's whole staff: the unit receives."""
    leads = vocab.words("function", "collective_leads")
    return any((c.label == "COUNT" or c.label == "NUM" and j + 1 < len(chunks) and chunks[j + 1].label in ("W", "GEN"))
               and not any(w in " ".join(x.text for x in chunks[max(0, j - 2):j]).lower() for w in leads)
               for j, c in enumerate(chunks))


def event_clause(env: Env, who_at: int, verb_at: int, subject: bool = False) -> bool:
    """"X tổ chức kỷ niệm N năm … Y và đón nhận AWD": the receiving verb is a second one, after an event the
    clause holds (event words in function.yml); the names inside the event are no receivers."""
    if verb_at == 0 or env.chunks[verb_at - 1].label != "AND":
        return False
    lo, hi = (who_at, verb_at) if subject else (clause_start(env, who_at), who_at)
    if not subject and who_at and env.chunks[who_at - 1].text.lower().endswith(vocab.word("function", "founding")):
        return False  # "kỷ niệm 20 năm ngày thành lập thành phố Lạng Sơn và đón nhận …": the city receives
    text = " ".join(c.text.lower() for c in env.chunks[lo:hi])
    return any(w in text for w in vocab.words("function", "event_words"))


def person_of_post(env: Env, k: int, awd=None):
    """"Đồng chí Nông Thị Mai, Trưởng phòng Quản lý giá, Sở Tài chính được … tặng": the unit at k is the
    workplace of the person before it, who is the receiver (of an award a person can receive)."""
    if awd is not None and awd.attrs.get("kind") in vocab.load("awards")["collective_kinds"]:
        return None
    ch = env.chunks
    j = k - 1
    while j > 0 and k - j < _MAX_POSTS and ch[j].label in _POST_WORDS:
        j -= 1
    # "Ông Nguyễn Mạnh Hùng, Bộ trưởng …, Thiếu tướng, nguyên chủ tịch - tổng giám đốc Tập đoàn X, được tặng …":
    # any posts, ranks and workplaces between the person's comma and the unit, one post at least
    if j >= 0 and ch[j].label == "PER" and j + 1 < k and ch[j + 1].label in ("COMMA", "DASH") \
            and (any(c.label == "POS" for c in ch[j + 2:k]) or ch[j + 2].text.lower() in vocab.words("persons", "occupations")):
        return ch[j]  # "Anh A, công nhân Công ty B, … được trao tặng": an occupation is a post too
    return None


_POST_WORDS = frozenset({"W", "T", "NAME", "AND", "COMMA", "DASH", "ORG", "GRT", "POS", "LIST", "LP", "RP"})
_MAX_POSTS = 16


def nominee_of_results(env: Env, who_at: int, verb_at: int) -> bool:
    """"Kết quả: LĐLĐ Hàm Tân, LĐLĐ thị xã La Gi đề nghị Tổng LĐLĐ Việt Nam tặng Bằng khen; LĐLĐ huyện Hàm Thuận
    Nam đề nghị LĐLĐ tỉnh tặng Cờ thi đua", "02 đơn vị nhì khối là A và B đề nghị UBND tỉnh tặng Bằng khen": in
    a list of results, the unit right before "đề nghị" is the one proposed, not a proposer. The results may also be
    joined by a comma after the award of the one before ("… đề nghị LĐLĐ tỉnh tặng Cờ thi đua, LĐLĐ huyện Đức Linh, LĐLĐ
    huyện Tánh Linh đề nghị LĐLĐ tỉnh tặng Bằng khen"; "… để đề nghị UBND tỉnh tặng Cờ, 02 đơn vị nhì khối là A và B đề
    nghị UBND tỉnh tặng Bằng khen": dev hoi-nghi-tong-ket-cum-thi-dua-so-2-ldld…, ban-tuyen-giao-tinh-uy-duoc-bau…)."""
    ch = env.chunks
    if not (verb_at == who_at + 1 and ch[verb_at].label == "PROPOSE" and who_at > 0 and ch[who_at].label != "GRT"):
        return False
    return ch[who_at - 1].label in ("COLON", "SEMI", "BE") or _after_result(env, who_at - 1)


def _after_result(env: Env, comma_at: int) -> bool:
    """The comma at comma_at closes a result of its own: an award right before it, given after "đề nghị" in
    the same clause ("… đề nghị G tặng <award>,"), whose nominee the results name (_nominee_named)."""
    ch = env.chunks
    if ch[comma_at].label != "COMMA" or comma_at < 3 or ch[comma_at - 1].label not in ("AWD", "NAME"):
        return False
    give = comma_at - 2
    if ch[give].label != "GIVE":
        return False
    lo = clause_start(env, give)
    asks = [j for j in range(lo, give) if ch[j].label == "PROPOSE"]
    return bool(asks) and _nominee_named(env, asks[-1], lo)


def _nominee_named(env: Env, ask_at: int, lo: int) -> bool:
    """The unit that stands before "đề nghị" at ask_at (the nearest one, "A dẫn đầu Cụm, đề nghị …" too) is a
    result's nominee: it follows a colon, a semicolon, "là" or a vote ("Kết quả: A đề nghị …", "suy tôn A dẫn đầu
    Cụm, đề nghị …"), or a comma that closes a result itself. In a chain of proposals ("Về khen thưởng, Hội đồng TĐKT
    huyện đề nghị UBND tỉnh tặng Bằng khen, Ban TĐKT tỉnh đề nghị Thủ tướng Chính phủ tặng Bằng khen": the review's
    probe res-09) each body passes the file up, no result is named, and the body after the comma proposes too."""
    ch = env.chunks
    j = ask_at - 1
    while j >= lo and ch[j].label not in ("ORG", "LIST", "NAME", "GRT", "COLON"):
        j -= 1
    if j < lo or j == 0 or ch[j].label in ("GRT", "COLON"):
        return False
    return ch[j - 1].label in ("COLON", "SEMI", "BE", "VOTE") or _after_result(env, j - 1)


def owner_of_apposition(env: Env, k: int):
    """"Trại giam Sông Cái, thuộc Tổng cục VIII, Bộ Công an, tổ chức lễ … và đón nhận …", "Trại giam Gia Trung
    (thuộc Tổng cục VIII, Bộ Công an) …": the unit at k is the parent the apposition names; the unit before
    "thuộc" is the subject that receives. So is the unit before a bracket that holds only its parent ("Trung
    đoàn 64 (Sư đoàn 390, Quân đoàn 12) tổ chức …"), and the unit an apposition of a unit word and "của" says
    what it is of ("X, đơn vị thành viên của Y, vinh dự đón nhận …"), and the unit before "thuộc" when a name in
    brackets after it ("X (Phuwaco) trực thuộc Y") left the two apart (an alias in capitals is joined: parents.py)."""
    ch = env.chunks
    if k >= 2 and ch[k - 1].label == "LP" and ch[k - 2].label == "ORG" and k + 1 < len(ch) and ch[k + 1].label == "RP" \
            and ch[k].label == "ORG" and parent_head(ch[k].text):
        return ch[k - 2]
    if k >= 4 and ch[k - 1].label == "OF" and ch[k - 2 - (ch[k - 2].label == "W")].label == "GEN":
        g = k - 2 - (ch[k - 2].label == "W")  # "X, đơn vị thành viên (chủ quản) của Y, đón nhận …": Y says what X is
        if g >= 2 and ch[g - 1].label == "COMMA" and ch[g - 2].label == "ORG" and \
                ch[g].text.lower() in vocab.words("function", "unit_generics"):
            return ch[g - 2]
    j = k - 1
    while j > 0 and env.chunks[j].label in ("ORG", "GRT", "NAME", "LIST", "COMMA", "W"):
        j -= 1
    if j > 1 and env.chunks[j].label == "BELONG" and env.chunks[j - 1].label in ("COMMA", "LP") \
            and env.chunks[j - 2].label == "ORG":
        return env.chunks[j - 2]
    if j == k - 1 and j > 0 and ch[j].label == "BELONG" and ch[j - 1].label == "ORG" and ch[j - 1].attrs.get("bracket"):
        return ch[j - 1]  # "X (Phuwaco) trực thuộc Y đã … nhận cờ": the bracket kept parents.merge from joining them
    return None


def lead_in(env: Env, k: int) -> list:
    """The three chunks from k, after a time of day or a date: what the unit that holds an event does ("Cục X
    sáng nay, tổ chức …"; rules/awards.py: award.event_subject)."""
    parts, j = vocab.words("time", "day_parts"), k
    while j < len(env.chunks) and j < k + 5 and (env.chunks[j].label in ("DATE", "NUM", "SLASH", "COMMA") or (
            env.chunks[j].label in ("T", "W") and env.chunks[j].text.lower() in parts)):
        j += 1
    return list(env.chunks[j:j + 3])
