"""Which emulation year a fact belongs to.

A review held in January 2021 "tổng kết … năm 2020" is about 2020; a chair "được bầu … năm 2021" is 2021;
a span ("giai đoạn 2011 - 2013", "năm học 2010 - 2011") is no single year. Drupal's own date is
month/day/year but dates in prose are day/month/year; only prose dates are read here.
"""
from __future__ import annotations

import re

YEAR = r"(19[5-9]\d|20[0-4]\d)"
_SPAN = re.compile(r"(?:giai đoạn|năm học|nhiệm kỳ|từ năm)\s*" + YEAR + r"\s*[-–/]\s*" + YEAR + r"|" + YEAR + r"\s*[-–]\s*" + YEAR)
_NAM_YEAR = re.compile(r"\bnăm\s+" + YEAR + r"\b", re.IGNORECASE)
_DATE = re.compile(r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*" + YEAR + r"\b|tháng\s+\d{1,2}\s+năm\s+" + YEAR)
_REVIEW = re.compile(
    r"(?:tổng kết|sơ kết|bình xét|đánh giá|chấm điểm|xét thi đua)[^.;]{0,120}?(?:năm\s+|quý [IV]+[- ]?)" + YEAR,
    re.IGNORECASE,
)
_REVIEW_PAST = re.compile(r"(?:tổng kết|đánh giá|bình xét)[^.;]{0,80}?(?:năm qua|năm vừa qua)", re.IGNORECASE)
_PACT = re.compile(r"(?:giao ước|phát động|triển khai|kế hoạch)[^.;]{0,60}?năm\s+" + YEAR, re.IGNORECASE)


def spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SPAN.finditer(text)]


def in_span(text: str, pos: int) -> bool:
    return any(s <= pos < e for s, e in spans(text))


def years_in(text: str) -> list[tuple[int, int]]:
    """(year, position) for every "năm YYYY" not inside a span."""
    sp = spans(text)
    return [(int(m.group(1)), m.start()) for m in _NAM_YEAR.finditer(text) if not any(s <= m.start(1) < e for s, e in sp)]


def year_near(text: str, pos: int, window: int = 40, after_only: bool = False) -> int | None:
    """The "năm YYYY" closest to `pos` within `window` characters (after it, preferably)."""
    best = None
    for y, p in years_in(text):
        d = p - pos
        if 0 <= d <= window:
            if best is None or d < best[0]:
                best = (d, y)
        elif not after_only and -window <= d < 0:
            if best is None or -d + window < best[0]:
                best = (-d + window, y)
    return best[1] if best else None


def date_year(text: str) -> int | None:
    m = _DATE.search(text)
    if not m:
        return None
    return int(m.group(1) or m.group(2))


def context_year(title: str, body: str, published: str | None) -> int | None:
    """The year the article reviews: "tổng kết … năm Y" in the title or body, else the year of a pact
    or plan ("ký kết giao ước thi đua năm Y"), else the first prose date, else the article's own date."""
    for text in (title, body[:3000]):
        m = _REVIEW.search(text or "")
        past = _REVIEW_PAST.search(text or "")
        if past and (not m or past.end() <= m.start(1)):  # "tổng kết … năm qua" in January 2023 reviews 2022
            now = date_year(body[:1500]) or (int(published[:4]) if published and re.match(r"\d{4}", published) else None)
            if now:
                return now - 1
        if m and not in_span(text, m.start(1)):
            return int(m.group(1))
    for text in (title, body[:3000]):
        m = _PACT.search(text or "")
        if m:
            return int(m.group(1))
    ys = years_in(title or "") or years_in(body[:1500])
    if ys:
        return ys[0][0]
    for text in (title, body[:1500]):
        y = date_year(text or "")
        if y:
            return y
    if published and re.match(r"\d{4}", published):
        return int(published[:4])
    return None


_ACHIEVEMENT = re.compile(r"(?:thành tích|kết quả|đợt thi đua)[^.;]{0,120}?năm\s+" + YEAR, re.IGNORECASE)


def achievement_year(body: str) -> int | None:
    """The year whose achievements an article reports ("… thành tích chung … trong năm 2023")."""
    m = _ACHIEVEMENT.search(body or "")
    return int(m.group(1)) if m and not in_span(body, m.start(1)) else None
