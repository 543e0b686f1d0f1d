"""A date as a person types it in a field: "1939", "May 1940", "1 September 1939", "1940-05", "480 BC".

Read by the core: an events file's date cells first (ISO 8601, years with an era, TIMEX
values), then the reader of documents, which knows month names and written-out dates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from viewer.core.dates.calendar import Interval


def read_typed_date(text: str) -> Interval | None:
    """The days ``text`` names, when it is one date and nothing else; else None."""
    from viewer.core.exchange.date_cells import parse_date

    text = " ".join(text.split())
    if not text:
        return None
    cell = parse_date(text)
    if cell is not None:
        return cell.interval
    from viewer.core.dates.values import interval_of
    from viewer.core.timex.finding import find_timexes

    for written in (text, _capitalised(text)):  # the reader knows "may" as a verb, "May" as a month
        timexes = find_timexes(written)
        if len(timexes) == 1 and (timexes[0].start, timexes[0].end) == (0, len(written)):
            return interval_of(timexes[0].value)
    return None  # "1939-45", "May", "last year": no one date of its own


def _capitalised(text: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in text.split(" "))


def day_field_text(day: int) -> str:
    """A day as the fields show it, which reads back as that day: '3 May 1940'."""
    from viewer.core.dates.date_text import day_text

    return day_text(day)
