"""TIMEX2/TimeML value strings: writing them and turning them into day intervals.

Values follow the WikiWars gold conventions: ``2017-10-26``, ``2017-10``, ``2017``,
``193`` (the 1930s), ``19`` (the 1900s), ``1916-SU``, ``BC0480``, ``2017-10-26TMO``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from viewer.core.dates.calendar import Interval, add_years, day_number, days_in_month

# A winter is named by the year of its January (as in the WikiWars annotations):
# 1916-WI runs from December 1915 to February 1916.
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (0, 2)}

_VALUE = re.compile(
    r"^(?P<bc>BC)?(?:(?P<year>\d{4})(?:-(?P<sub>\d\d|SP|SU|FA|WI|Q[1-4]|H[12]|W\d\d)"
    r"(?:-(?P<day>\d\d))?)?|(?P<decade>\d{3})|(?P<century>\d{2}))(?:T.*)?$"
)


def year_text(year: int) -> str:
    return f"BC{-year:04d}" if year < 0 else f"{year:04d}"


@lru_cache(maxsize=4096)  # a narrative tells the same days again and again
def date_value(year: int, month: int | None = None, day: int | None = None) -> str:
    out = year_text(year)
    if month is not None:
        out += f"-{month:02d}"
        if day is not None:
            out += f"-{day:02d}"
    return out


_UNKNOWN_TAIL = re.compile(r"(?:T.*|-W?XX)+$")


def calendar_part(value: str | None) -> str | None:
    """The known calendar part of a value: '1940-05-XXTNI' -> '1940-05'; None if none."""
    m = _calendar_match(value)
    return None if m is None else m.string


def _calendar_match(value: str | None) -> re.Match[str] | None:
    """The match of ``_VALUE`` on the known calendar part of a value (``calendar_part``, its
    string), or None: one match for the callers that read its groups."""
    if not value:
        return None
    return _VALUE.match(_UNKNOWN_TAIL.sub("", value) if ("X" in value or "T" in value) else value)


def is_calendar_value(value: str | None) -> bool:
    """True for values that name a span of the calendar (not durations, not XXXX)."""
    return calendar_part(value) is not None


def _months(year: int, first: int, last: int, precision: str) -> Interval:
    """Months ``first``..``last`` of ``year``; month 0 is the December before."""
    start_year, start_month = (year, first) if first >= 1 else (add_years(year, -1), 12)
    return Interval(
        day_number(start_year, start_month, 1),
        day_number(year, last, days_in_month(year, last)),
        precision,
    )


def _years(first: int, last: int, precision: str) -> Interval:
    return Interval(day_number(first, 1, 1), day_number(last, 12, 31), precision)


def _sub_year(year: int, sub: str) -> Interval:
    if sub.isdigit():
        return _months(year, int(sub), int(sub), "month")
    if sub in SEASON_MONTHS:
        return _months(year, *SEASON_MONTHS[sub], "season")
    if sub[0] == "Q":
        q = int(sub[1])
        return _months(year, 3 * q - 2, 3 * q, "quarter")
    if sub[0] == "H":
        h = int(sub[1])
        return _months(year, 6 * h - 5, 6 * h, "half-year")
    week = int(sub[1:])
    jan4 = day_number(year, 1, 4)
    monday = jan4 - (jan4 + 3) % 7 + 7 * (week - 1)
    return Interval(monday, monday + 6, "week")


@lru_cache(maxsize=4096)  # a narrative repeats its values: every inferred sentence asks again
def interval_of(value: str | None) -> Interval | None:
    """The days a calendar value covers, or None for durations and unknown dates."""
    # A day written YYYY-MM-DD in ASCII digits, nothing before or after, which _VALUE reads as
    # its year, month and day: the value a dated text asks for most, each time a new one.
    if value and len(value) == 10 and value[4] == "-" == value[7] and value.isascii() and value[:4].isdigit() \
            and value[5:7].isdigit() and value[8:].isdigit():
        return _day(int(value[:4]), int(value[5:7]), int(value[8:]))
    m = _calendar_match(value)
    if not m:
        return None
    sign = -1 if m["bc"] else 1
    if m["decade"]:
        d = int(m["decade"]) * 10
        return _years(-(d + 9), -d, "decade") if sign < 0 else _years(max(d, 1), d + 9, "decade")
    if m["century"]:
        c = int(m["century"]) * 100
        return _years(-(c + 100), -(c + 1), "century") if sign < 0 else _years(max(c, 1), c + 99, "century")
    year = sign * int(m["year"])
    if year == 0:
        return None
    if m["sub"] is None:
        return _years(year, year, "year")
    if m["sub"].isdigit() and not 1 <= int(m["sub"]) <= 12:
        return None
    if m["day"] is None:
        return _sub_year(year, m["sub"])
    return _day(year, int(m["sub"]), int(m["day"]))


def _day(year: int, month: int, day: int) -> Interval | None:
    """The day ``year``-``month``-``day`` (historical year), or None if there is none such."""
    if year == 0 or not 1 <= month <= 12 or not 1 <= day <= days_in_month(year, month):
        return None
    d = day_number(year, month, day)
    return Interval(d, d, "day")


@lru_cache(maxsize=4096)
def date_parts(value: str | None) -> tuple[int, int | None, int | None] | None:
    """'1950-06-25' -> (1950, 6, 25); 'BC0480-08' -> (-480, 8, None); None for others."""
    m = _calendar_match(value)
    if not m or not m["year"]:
        return None
    year = -int(m["year"]) if m["bc"] else int(m["year"])
    month = int(m["sub"]) if m["sub"] and m["sub"].isdigit() else None
    day = int(m["day"]) if m["day"] and month else None
    return year, month, day
