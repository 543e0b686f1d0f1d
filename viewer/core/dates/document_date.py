"""The day a document was written, as given on the command line or found in it."""

from __future__ import annotations

import re

from viewer.core.dates.calendar import days_in_month

_DATE = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:T(?P<h>[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?")


def document_day(text: str) -> tuple[int, int, int]:
    """'1998-01-08' or '1998-01-08T14:26' (the time is not kept) -> (1998, 1, 8).

    Raises ValueError, with a one-line message, for anything else.
    """
    m = _DATE.fullmatch(text.strip())
    if m:
        year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
        if year >= 1 and 1 <= month <= 12 and 1 <= day <= days_in_month(year, month):
            return year, month, day
    raise ValueError(f"{text!r} is not a date: write YYYY-MM-DD or YYYY-MM-DDThh:mm")


def document_date(text: str) -> str:
    """The day of ``document_day``, written YYYY-MM-DD."""
    year, month, day = document_day(text)
    return f"{year:04d}-{month:02d}-{day:02d}"
