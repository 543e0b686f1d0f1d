"""Dates as a person writes them: '26 October 2017', 'summer 1916', '480 BC'."""

from __future__ import annotations

import re

from viewer.core.dates.calendar import Interval, civil_date
from viewer.core.dates.values import interval_of

MONTHS = ("January February March April May June July August September October "
          "November December").split()
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_PARTS_OF_DAY = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_ORDINAL = {1: "first", 2: "second", 3: "third", 4: "fourth"}
_VALUE = re.compile(
    r"^(?P<bc>BC)?(?:(?P<year>\d{4})(?:-(?P<sub>\d\d|SP|SU|FA|WI|Q[1-4]|H[12]|W\d\d|XX)"
    r"(?:-(?P<day>\d\d|XX))?)?|(?P<decade>\d{3})|(?P<century>\d{2}))(?:T(?P<time>.*))?$"
)


def year_words(year: int) -> str:
    """A historical year: 2017, 480 BC (years before 1000 AD get 'AD' only when asked)."""
    return f"{-year} BC" if year < 0 else str(year)


def value_text(value: str | None) -> str | None:
    """A TIMEX value in words; None for values that name no calendar date."""
    m = _VALUE.match(value or "")
    if not m:
        return None
    bc = " BC" if m["bc"] else ""
    if m["decade"]:
        return f"{int(m['decade']) * 10}s{bc}"
    if m["century"]:
        return _century(int(m["century"]), bool(bc))
    year = f"{int(m['year'])}{bc}"
    text = _within_year(year, m["sub"], m["day"])
    return f"{text}, {_time(m['time'])}" if m["time"] and _time(m["time"]) else text


def _century(hundreds: int, bc: bool) -> str:
    if bc:
        return f"{_nth(hundreds + 1)} century BC"
    return f"{hundreds * 100}s"


def _nth(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _within_year(year: str, sub: str | None, day: str | None) -> str:
    if sub is None or sub == "XX":
        return year
    if sub in _SEASONS:
        return f"{_SEASONS[sub]} {year}"
    if sub[0] == "Q":
        return f"{_ORDINAL[int(sub[1])]} quarter of {year}"
    if sub[0] == "H":
        return f"{_ORDINAL[int(sub[1])]} half of {year}"
    if sub[0] == "W":
        return f"week {int(sub[1:])} of {year}"
    month = MONTHS[int(sub) - 1] if 1 <= int(sub) <= 12 else sub
    return f"{month} {year}" if day in (None, "XX") else f"{int(day)} {month} {year}"


_CLOCK = re.compile(r"(\d\d):?(\d\d)?")


def _time(time: str) -> str | None:
    if time in _PARTS_OF_DAY:
        return _PARTS_OF_DAY[time]
    m = _CLOCK.match(time)
    return f"{m[1]}:{m[2] or '00'}" if m else None


def day_text(day: int) -> str:
    year, month, d = civil_date(day)
    return f"{d} {MONTHS[month - 1]} {year_words(year)}"


def range_text(first: int, last: int) -> str:
    """'3–9 May 2017', '30 April – 2 May 2017', '30 December 2016 – 2 January 2017'."""
    (y1, m1, d1), (y2, m2, d2) = civil_date(first), civil_date(last)
    if (y1, m1) == (y2, m2):
        return f"{d1}–{d2} {MONTHS[m1 - 1]} {year_words(y1)}"
    if y1 == y2:
        return f"{d1} {MONTHS[m1 - 1]} – {d2} {MONTHS[m2 - 1]} {year_words(y1)}"
    return f"{day_text(first)} – {day_text(last)}"


def coarse_range_text(interval: Interval) -> str:
    """'1939 – 1945', 'May – June 1940', 'November 1917 – March 1918'."""
    (y1, m1, _), (y2, m2, _) = civil_date(interval.first), civil_date(interval.last)
    if interval.precision == "year":
        return f"{year_words(y1)} – {year_words(y2)}"
    if y1 == y2:
        return f"{MONTHS[m1 - 1]} – {MONTHS[m2 - 1]} {year_words(y1)}"
    return f"{MONTHS[m1 - 1]} {year_words(y1)} – {MONTHS[m2 - 1]} {year_words(y2)}"


def date_text(value: str | None, interval: Interval | None = None) -> str:
    """What to show for an event's date; a range when the interval outgrows the value."""
    own = interval_of(value)
    if interval is not None and own is not None and interval != own:
        if interval.precision == "day":
            return range_text(interval.first, interval.last)
        if interval.precision in ("month", "year") and interval.last > own.last:
            return coarse_range_text(interval)
    text = value_text(value)
    if text is not None:
        return text
    if interval is not None:
        if interval.first == interval.last:
            return day_text(interval.first)
        return range_text(interval.first, interval.last)
    return "undated"
