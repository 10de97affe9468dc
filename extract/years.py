"""Which emulation year an article is about, from its own words (time.yml).

A review held in January 2021 "tổng kết … năm 2020" is about 2020; "tổng kết … năm qua" in January 2023 is
about 2022, and so is "tổng kết …, triển khai phương hướng nhiệm vụ năm 2023" (the year is the plan's: a review
is held at the turn of the year, and the articles that name both years name the plan's as the one after), when
that year is still ahead of the event (_to_come: in December 2022 "đánh giá kết quả thực hiện nhiệm vụ trọng tâm
năm 2022" reviews 2022); a pact "ký kết giao ước thi đua năm 2021" is about 2021; failing those, the first year the
article names (within two years of publication) and its first prose date (within one: an anniversary
names the founding year, which is no event's), and last its publication date. Drupal's own date is month/day/year
but prose dates are day/month/year; only prose dates are read here. Facts take their own year from their
statement first (extract/rules/common.py); this is what is left when the statement gives none. Last, a title
that names the new year of a meeting held at its start, over a body that names only the year before, gives that
year before (_new_year_title): a review's title, or a plan's whose body names no chair (not a signing, launch or pact).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocab

_Y = r"(19[4-9]\d|20[0-4]\d)"
_FOUR_DIGITS = re.compile(r"\d{4}")
_NUMBERS = re.compile(r"\d+")


def _alt(words) -> str:
    return "|".join(re.escape(str(w).lower()) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _res() -> dict[str, re.Pattern]:
    """The patterns, over lower-case text (faster than re.I on every position). Those whose alternatives
    open with a digit or a group start with a lookahead for their first letters (vocab.starts)."""
    t = vocab.load("time")
    year = re.escape(t["year_word"].lower())
    starts = vocab.starts
    # what follows a span's first year: a dash or slash, or "đến (năm)" ("từ năm 2009 đến năm 2019"); a span's
    # regex holds "year, rng" in each branch
    unborn = "".join(rf"(?<!{re.escape(m + gap + str(w).lower())} )"
                     for w in t["birth_words"] for m in t["birth_marks"] for gap in ("", " "))
    rng = rf"(?:[-–/]|(?:{_alt(t['span_joiners'])})(?:\s+{year})?)\s*{_Y}"
    return {
        "review": re.compile(rf"(?:{_alt(t['review_words'])})[^.;]{{0,120}}?(?:{year}\s+|{re.escape(t['quarter_word'].lower())} [iv]+[- ]?){_Y}"),
        "review_past": re.compile(rf"(?:{_alt(t['review_words'])})[^.;]{{0,80}}?(?:{_alt(t['review_past'])})"),
        # a plan's year: plan words, then neither a digit nor a part of the year ("6 tháng cuối năm", "quý 2")
        "plan": re.compile(rf"(?:{_alt(t['plan_words'])})(?:(?!{_alt([t['month_word'], t['quarter_word']])})[^\d])*{year}\s+{_Y}$"),
        "closing": re.compile(_alt(t["review_close"])),
        # a signing held now ("Sáng 25/9/2018, … ký kết giao ước thi đua."): with no year of its own, it is the year's
        "signing": re.compile(_alt(t["signing_words"])),
        "pact": re.compile(rf"(?:{_alt(t['pact_words'])})[^.;]{{0,60}}?{year}\s+{_Y}"),
        "year": re.compile(rf"{starts([t['year_word']])}\b{unborn}{year}\s+{_Y}\b"),
        "span": re.compile(rf"{starts(t['span_openers'], digits=True)}(?:(?:{_alt(t['span_openers'])})\s*{_Y}\s*{rng}|{_Y}\s*[-–]\s*{_Y})"),
        "range": re.compile(rf"{_Y}\s*{rng}"),
        "date": re.compile(rf"{starts([t['month_word']], digits=True)}(?:\b\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*{_Y}\b|{re.escape(t['month_word'].lower())}\s+\d{{1,2}}\s+{year}\s+{_Y})"),
        # never a birth year ("… thành tích … VĐV A (sinh năm 1995)")
        "achievement": re.compile(rf"(?:{_alt(t['achievement_words'])})[^.;]{{0,120}}?{unborn}{year}\s+{_Y}"),
    }


@lru_cache(maxsize=256)
def _low(text: str) -> str:
    """Lower case of the same length (the patterns' positions are the text's)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c.lower()[:1] or c for c in text)


def in_span(text: str, pos: int) -> bool:
    return any(a <= pos < b for a, b in _spans(text))


@lru_cache(maxsize=64)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the text's spans ("giai đoạn 2016-2020") are. Every span holds a year, a dash or slash and a
    year: most articles have none, and one search for that (a digit to scan for) turns them away, where the
    span pattern is tried at every digit and every letter a span word opens with."""
    low = _low(text)
    if not _res()["range"].search(low):
        return ()
    return tuple(m.span() for m in _res()["span"].finditer(low))


def years_in(text: str) -> list[tuple[int, int]]:
    """(year, position) of every "năm YYYY" not inside a span."""
    return [(int(m.group(1)), m.start()) for m in _res()["year"].finditer(_low(text)) if not in_span(text, m.start(1))]


def published_year(published: str | None) -> int | None:
    return int(published[:4]) if published and _FOUR_DIGITS.match(published) else None


def review_year(title: str, body: str, published: str | None) -> int | None:
    """The year the article reviews (see the module's docstring)."""
    return review(title, body, published)[0]


def review(title: str, body: str, published: str | None) -> tuple[int | None, str | None]:
    """(year, how it was found: "review", "pact", "named", "date" or "published")."""
    found = _found(title, body, published)
    return (found[0] - 1, "review") if found[0] and _new_year_title(found[0], title, body, published) else found


def _new_year_title(year: int, title: str, body: str, published: str | None) -> bool:
    """Whether the title's year is the new year of a meeting held at its start, the body telling the year before:
    "TỔNG KẾT CỤM THI ĐUA … NĂM 2026" over "Chiều ngày 29/01/2026, … Hội nghị tổng kết thi đua năm 2025" (probes
    audit10-134, gold 2025), "Khối thi đua … triển khai nhiệm vụ công tác năm 2016" on 20/1/2016 over "Năm 2015, các cơ
    quan trong Khối thi đua đã …" (probes audit10-125, gold 2015). The title names the year, the year is still to come
    or has just begun (_to_come), and the body's first years name the year before and none after it.

    Only a title whose year a review word dates (the review held for the year before), or a plan word (time.yml
    plan_words: a review-and-plan meeting, "tổng kết …, triển khai nhiệm vụ năm 2016" without its review word). Not a
    signing, a launch or a pact (ký kết, phát động, giao ước): the year's own, even when the body recounts the last;
    not a title that only names the year (the review's finding 1). A plan meeting whose body names a chair or vice
    chair (clusters.yml roles) keeps its year too: "an activity held in year Y by 'Cụm … do X là Trưởng cụm' is Y"
    (GUIDELINES; finding 2); a review's roles are the year reviewed's (audit10-134). Re-dated, the kind is "review":
    rules/common.py role_year then gives an elected role the year after, and award_year reads the review's branch."""
    r = _res()
    low = _low(title or "")
    if year not in {y for y, _ in years_in(title or "")} or r["signing"].search(low):
        return False
    m = r["review"].search(low)
    if not (m and int(m.group(1)) == year):
        planned = any(int(p.group(1)) == year and r["plan"].search(p.group(0)) for p in r["pact"].finditer(low))
        if not planned or _roles().search(_low(body)):
            return False
    named = {y for y, _ in years_in(body[:1500])}
    return year - 1 in named and max(named) < year and _to_come(year, body, published)


@lru_cache(maxsize=1)
def _roles() -> re.Pattern:
    """A chair's or vice chair's role word (clusters.yml roles), as a whole phrase."""
    roles = vocab.load("clusters")["roles"]
    return re.compile(rf"(?<!\w)(?:{_alt(roles['chair'] + roles['vice_chair'])})(?!\w)")


def _found(title: str, body: str, published: str | None) -> tuple[int | None, str | None]:
    """The year as the words of the title, then the body, give it (the module's docstring)."""
    r = _res()
    for text in (title, body[:3000]):
        low = _low(text or "")
        m = r["review"].search(low)
        # the pattern reads on after every review word for "năm qua": asked only of a text that holds it
        past = r["review_past"].search(low) if any(w in low for w in _past_words()) else None
        if past and (not m or past.end() <= m.start(1)):
            now = event_date_year(body[:1500], published_year(published)) or published_year(published)
            if now:
                return now - 1, "review"
        if m and not in_span(text, m.start(1)) and not (text is not title and _weak_after_pact(m, title)):
            # "tổng kết …, triển khai phương hướng nhiệm vụ năm 2023": the year is next year's plan's
            y = int(m.group(1))
            return y - bool(r["plan"].search(m.group(0)) and _to_come(y, body, published)), "review"
    for text in (title, body[:3000]):
        m = r["pact"].search(_low(text or ""))
        if m:
            return int(m.group(1)), "pact"
    pub = published_year(published)
    near = [y for text in (title or "", body[:1500]) for y, *_ in years_in(text) if pub is None or abs(pub - y) <= 2]
    signed = event_date_year(body[:1500], pub) if r["signing"].search(_low(f"{title}\n{body[:400]}")) else None
    if signed and not years_in(title or ""):  # "Sáng 25/9/2018, … ký kết giao ước thi đua." then "tặng cờ … năm 2017"
        return signed, "date"
    if near:  # the title's first, then the body's: a founding year in the title hides no near year of the body
        return near[0], "named"  # "kỷ niệm 45 năm thành lập (1976 - 2021)": the founding year is no event's
    for text in (title, body[:1500]):
        y = event_date_year(text or "", pub)
        if y:
            return y, "date"
    return pub, "published"


def _weak_after_pact(m: re.Match, title: str) -> bool:
    """Whether a body's review is only a weak word (time.yml review_close names the strong ones) under a title that
    dates its pact: "… ký kết giao ước thi đua năm 2017" over a speech that "đánh giá cao … trong năm 2016" the last
    chair's work is about 2017, where "tổng kết năm 2025 và phát động, ký kết giao ước thi đua năm 2026" is about
    2025 (a probe page of audit 5; dev gold)."""
    r = _res()
    return not r["closing"].match(m.group(0)) and bool(r["pact"].search(_low(title or "")))


def _to_come(year: int, body: str, published: str | None) -> bool:
    """Whether a plan's year can still be coming: a plan is for a year ahead, so after the event's or the
    publication's year, or that year in its first quarter (a review held in January). Otherwise the plan words
    name what is reviewed ("đánh giá kết quả thực hiện nhiệm vụ trọng tâm năm 2022", in December 2022); with no
    date at all, nothing shows the year is ahead."""
    pub = published_year(published)
    event = _event_date(body[:1500], pub)  # the month of the event's own date first ("Ngày 10/1/2024, …": a review's probe)
    now, month = event if event else (pub, int(published[5:7]) if published and published[5:7].isdigit() else None)
    if now is None:
        return False
    return year > now or year == now and month is not None and month <= 3


def event_date_year(text: str, published: int | None) -> int | None:
    """The year of the first prose date that can be the event's: within a year of publication ("Lễ kỷ niệm
    80 năm (10/9/1945 - 10/9/2025)", "được thành lập ngày 20/8/1977" recall the past; the event is now)."""
    event = _event_date(text, published)
    return event[0] if event else None


def _event_date(text: str, published: int | None) -> tuple[int, int] | None:
    """(year, month) of that date: "10/1/2024" and "tháng 1 năm 2024" both end in the month and the year."""
    for m in _res()["date"].finditer(_low(text)):
        y = int(m.group(1) or m.group(2))
        if published is None or abs(published - y) <= 1:
            return y, int(_NUMBERS.findall(m.group(0))[-2])
    return None


@lru_cache(maxsize=1)
def _past_words() -> tuple[str, ...]:
    return tuple(str(w).lower() for w in vocab.load("time")["review_past"])


def achievement_year(body: str) -> int | None:
    """The year whose achievements an article reports ("… thành tích chung … trong năm 2023"); not the
    year of an award it recalls on the way ("thành tích đã đạt được, nhà trường đã được trao tặng Huân
    chương … năm 1998")."""
    heads = _award_heads()
    for m in _res()["achievement"].finditer(_low(body or "")):
        if not in_span(body, m.start(1)) and not heads.search(m.group(0)):
            return int(m.group(1))
    return None


@lru_cache(maxsize=1)
def _award_heads() -> re.Pattern:
    heads = [h for k in vocab.load("awards")["kinds"] for h in k.get("heads", [])]
    return re.compile(_alt(heads))


def achievement_after(text: str) -> int | None:
    """"vì đã có thành tích … năm 2020" in what follows an award: the year it was earned."""
    m = _res()["achievement"].search(_low(text or ""))
    return int(m.group(1)) if m and not in_span(text, m.start(1)) else None


@lru_cache(maxsize=1)
def _recalled() -> re.Pattern:
    words = vocab.load("time")["recalled"]
    return re.compile(rf"{vocab.starts(vocab.count_words(), digits=True)}(?:\d+|{_alt(vocab.count_words())})\s+(?:{_alt(words)})")


def recalled(text: str) -> bool:
    """"đã 2 lần được tặng …": awards received before, in years the text does not give."""
    return bool(_recalled().search(_low(text or "")))
