"""A date as a person types it: "29 October 2017", "Oct 2017", "2017-10", "480 BC", "1939-1945".

Read by the core's own readers: an events file's date cells first (ISO 8601, years with an
era, TIMEX values), then the reader of documents, which knows month names and written-out
dates. A range is two such dates joined by a dash, "to" or "until"; its second side may
leave out what the first gives ("1939-45", "3-9 May 1940").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.core.dates.calendar import Interval
from viewer.core.dates.date_text import date_text

_RANGE = re.compile(r"\s*(?:[-–—]|\bto\b|\buntil\b|\btill\b)\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TypedDate:
    """What the user typed, the value it reads as (the first day's, for a range) and its days."""

    text: str
    value: str
    first: int
    last: int
    precision: str

    @property
    def interval(self) -> Interval:
        return Interval(self.first, self.last, self.precision)

    @property
    def shown(self) -> str:
        """As the views write it: '1 September 1939', '1939 – 1945'."""
        return date_text(self.value, self.interval)


def _one_date(text: str) -> tuple[str, Interval] | None:
    from viewer.core.dates.values import interval_of
    from viewer.core.exchange.date_cells import parse_date
    from viewer.core.timex.finding import find_timexes

    cell = parse_date(text)
    if cell is not None:
        return cell.value, cell.interval
    for written in (text, _capitalised(text)):  # the reader knows "may" as a verb, "May" as a month
        timexes = find_timexes(written)
        if len(timexes) == 1 and (timexes[0].start, timexes[0].end) == (0, len(written)):
            interval = interval_of(timexes[0].value)
            if interval is not None and timexes[0].value and timexes[0].type != "DURATION":
                return timexes[0].value, interval
    return None


def _capitalised(text: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in text.split(" "))


def _second_side(first: str, second: str) -> tuple[str, Interval] | None:
    """The range's end, filled in from its start: '45' after '1939', '9' after '3 May 1940'."""
    read = _one_date(second)
    if read is not None and not second.isdigit():
        return read
    if second.isdigit() and len(second) < 4:
        year = re.search(r"\d{4}", first)
        if year and len(second) == 2 and not re.search(r"\d{4}\D+\d", first):  # '1939-45'
            return _one_date(year.group()[:2] + second)
    return read


def _first_side(first: str, second: str) -> tuple[str, Interval] | None:
    """The range's start, filled in from its end: '3' before '9 May 1940', 'May' before 'June 1940'."""
    rest = second.split(" ", 1)
    if first.isdigit() and len(first) <= 2 and len(rest) == 2:  # '3-9 May 1940'
        return _one_date(f"{first} {rest[1]}")
    read = _one_date(first)
    if read is not None:
        return read
    year = re.search(r"\d{4}$", second)
    if year and not first[-1:].isdigit():  # 'May-June 1940'
        return _one_date(f"{first} {year.group()}")
    return None


def read_typed_date(text: str) -> TypedDate | None:
    """The date ``text`` names, when it is one date or one range and nothing else; else None."""
    text = " ".join(text.split())
    if not text:
        return None
    one = _one_date(text)
    if one is not None:
        return TypedDate(text, one[0], one[1].first, one[1].last, one[1].precision)
    parts = _RANGE.split(text)
    if len(parts) != 2 or not all(parts):
        return None
    start = _first_side(parts[0], parts[1])
    end = _second_side(parts[0], parts[1])
    if start is None or end is None or end[1].last < start[1].first:
        return None
    precision = start[1].precision
    return TypedDate(text, start[0], start[1].first, end[1].last, precision)


def date_problem(text: str) -> str:
    """One sentence for a date that cannot be read."""
    shown = " ".join(text.split())
    if not shown:
        return "Type a date, such as 29 October 2017, Oct 2017, 2017-10, 480 BC or 1939-1945."
    return (f"“{shown}” is not a date this reader knows; type one such as 29 October 2017, "
            "Oct 2017, 2017-10, 480 BC or 1939-1945.")
