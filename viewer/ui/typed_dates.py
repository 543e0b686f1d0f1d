"""A date as a person types it in a field: "1939", "May 1940", "1 September 1939", "1940-05", "480 BC".

Read by the core (core/edits/typed_dates.py), as an event's date is when the user sets it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from viewer.core.dates.calendar import Interval


def read_typed_date(text: str) -> Interval | None:
    """The days ``text`` names, when it is one date (or one range) and nothing else; else None."""
    from viewer.core.edits.typed_dates import read_typed_date as read

    typed = read(text)
    return typed.interval if typed is not None else None


def day_field_text(day: int) -> str:
    """A day as the fields show it, which reads back as that day: '3 May 1940'."""
    from viewer.core.dates.date_text import day_text

    return day_text(day)
