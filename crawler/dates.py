"""Publication dates as the site writes them, turned into ISO 8601 with the Vietnam offset.

The Board's Drupal 7 theme prints dates as `T5, 01/07/2021 - 17:51`: MONTH/DAY/YEAR (Drupal's US
"medium" format) behind a Vietnamese weekday (T2 = Monday … T7 = Saturday, CN = Sunday). Read as
day/month it would silently give 1 July instead of 7 January, so the weekday is used as a check:
month/day is the default, day/month is chosen only when the weekday says so (or the first number
cannot be a month). Every time on the site is local time, so naive values get +07:00.
"""
from __future__ import annotations

import datetime as dt
import re

VN_TZ = dt.timezone(dt.timedelta(hours=7))

_WEEKDAYS = {
    "t2": 0, "t3": 1, "t4": 2, "t5": 3, "t6": 4, "t7": 5, "cn": 6,
    "thứ hai": 0, "thứ ba": 1, "thứ tư": 2, "thứ năm": 3, "thứ sáu": 4, "thứ bảy": 5,
    "chủ nhật": 6,
}
_WEEKDAY_RE = "|".join(sorted((re.escape(k) for k in _WEEKDAYS), key=len, reverse=True))
_DRUPAL_DATE = re.compile(
    rf"(?:\b(?P<wd>{_WEEKDAY_RE})\s*,\s*)?"
    r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})"
    r"(?:\s*(?:-|,|lúc)?\s*(?P<H>\d{1,2})[:h](?P<M>\d{2}))?",
    re.IGNORECASE,
)


def _make(y: int, m: int, d: int, hh: int, mm: int) -> dt.datetime | None:
    try:
        return dt.datetime(y, m, d, hh, mm, tzinfo=VN_TZ)
    except ValueError:
        return None


def parse_drupal_date(text: str | None) -> str | None:
    """`T5, 01/07/2021 - 17:51` -> `2021-01-07T17:51:00+07:00` (month/day/year unless the weekday
    or an impossible month says day/month). Without a time of day only the date is returned.
    Returns None when no date is found."""
    if not text:
        return None
    m = _DRUPAL_DATE.search(text)
    if not m:
        return None
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    hh, mm = (int(m["H"]), int(m["M"])) if m["H"] else (0, 0)
    mdy = _make(y, a, b, hh, mm)
    dmy = _make(y, b, a, hh, mm)
    wd = _WEEKDAYS.get(" ".join((m["wd"] or "").lower().split()))
    if wd is not None:
        if mdy and mdy.weekday() == wd:
            chosen = mdy
        elif dmy and dmy.weekday() == wd:
            chosen = dmy
        else:
            chosen = mdy or dmy
    else:
        chosen = mdy or dmy
    if chosen is None:
        return None
    return chosen.isoformat(timespec="seconds") if m["H"] else chosen.date().isoformat()


def normalize_iso(value: str | None) -> str | None:
    """An ISO 8601 string from markup (RDF `content`, `<time datetime>`, `article:published_time`)
    -> seconds precision with an offset (+07:00 when the page gave none). Date-only values stay
    dates. Returns None for anything unparseable."""
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    try:
        d = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if d.tzinfo is None:
        d = d.replace(tzinfo=VN_TZ)
    return d.isoformat(timespec="seconds")
