"""Dates as an events file writes them in a cell: ISO 8601, years with an era, TIMEX values.

'2017-10-26', '2017-10', '2017', '-0479' (ISO: 480 BC), '480 BC', 'AD 9', 'BC0480',
'1916-SU': each becomes the days it covers, its TIMEX value and how the listing shows it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from viewer.core.dates.calendar import Interval, day_number, days_in_month, historical
from viewer.core.dates.date_text import value_text
from viewer.core.dates.values import date_value, interval_of

# ISO 8601, where a signed year is astronomical (-0479 is 480 BC); '/' allowed; a time of day ignored.
_ISO = re.compile(
    r"(?P<sign>[+-]?)(?P<year>\d{1,6})(?:(?P<sep>[-/])(?P<month>\d{1,2})(?:(?P=sep)(?P<day>\d{1,2}))?)?"
    r"(?:[T ]\d{1,2}:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
)
_ERA = re.compile(r"(?:(?P<ad>AD|A\.D\.)\s*)?(?P<year>\d{1,6})(?:\s*(?P<era>BCE?|B\.C\.(?:E\.)?|AD|CE|A\.D\.|C\.E\.))?",
                  re.IGNORECASE)
_PLAIN_VALUE = re.compile(r"\d{4}(?:-\d\d){0,2}", re.ASCII)
_PLAIN_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)", re.ASCII)


class DateCell(NamedTuple):
    """A date as written in a cell: the days it covers, its TIMEX value, and how the listing shows it."""

    interval: Interval
    value: str
    label: str


def parse_date(text: str) -> DateCell | None:
    """'2017-10-26', '2017-10', '2017', '-0479' (ISO: 480 BC), '480 BC', 'BC0480', '1916-SU'; else None."""
    m = _PLAIN_DAY.fullmatch(text)  # the common case, a few times faster than the general one
    if m is None or m[1] == "0000":
        return _iso(text) or _era(text) or _timex(text)
    year, month, day = int(m[1]), int(m[2]), int(m[3])
    if not (1 <= month <= 12 and 1 <= day <= days_in_month(year, month)):
        return None
    d = day_number(year, month, day)
    return DateCell(Interval(d, d, "day"), text, text)


def value_label(value: str) -> str:
    """'2017-10-26' as it is; 'BC0480' as '480 BC', '1916-SU' as 'summer 1916'."""
    return value if _PLAIN_VALUE.fullmatch(value) else value_text(value) or value


def _iso(text: str) -> DateCell | None:
    m = _ISO.fullmatch(text)
    if not m:
        return None
    if not m["sign"] and len(m["year"]) < 4 and int(m["year"]) == 0:
        return None  # '0000' is ISO 8601's 1 BC; a bare '0' is no year
    year = historical(-int(m["year"]) if m["sign"] == "-" else int(m["year"]))
    # A month or day that is there has a digit: None when absent, never ''.
    return _calendar_date(year, int(m["month"]) if m["month"] else None, int(m["day"]) if m["day"] else None)


def _era(text: str) -> DateCell | None:
    m = _ERA.fullmatch(text)
    if not m or not (m["ad"] or m["era"]) or (m["ad"] and m["era"]) or int(m["year"]) == 0:
        return None
    bc = m["era"] is not None and m["era"][0] in "bB"
    return _calendar_date(-int(m["year"]) if bc else int(m["year"]), None, None)


def _calendar_date(year: int, month: int | None, day: int | None) -> DateCell | None:
    if month is None:
        first, last, precision = day_number(year, 1, 1), day_number(year, 12, 31), "year"
    elif not 1 <= month <= 12:
        return None
    elif day is None:
        first, precision = day_number(year, month, 1), "month"
        last = day_number(year, month, days_in_month(year, month))
    elif not 1 <= day <= days_in_month(year, month):
        return None
    else:
        first = last = day_number(year, month, day)
        precision = "day"
    value = date_value(year, month, day)
    return DateCell(Interval(first, last, precision), value, value_label(value))


def _timex(text: str) -> DateCell | None:
    """A TIMEX value with letters in it: BC0480-08, 1916-SU, 1944-Q2, 2017-W05."""
    interval = interval_of(text) if any(c.isalpha() for c in text) else None
    return None if interval is None else DateCell(interval, text, value_label(text))
