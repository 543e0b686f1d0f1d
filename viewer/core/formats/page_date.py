"""A page's own date, as its metadata states it ("2013-03-22T10:15:00Z", "2013-03-22"), as a day."""

from __future__ import annotations

import re

from viewer.core.dates.calendar import days_in_month

_ISO_DAY = re.compile(r"\s*((?:1[6-9]|20)\d\d)-(0[1-9]|1[0-2])-([0-3]\d)(?![\d])")


def iso_day(value: str | None) -> str | None:
    """The YYYY-MM-DD at the start of a metadata value, when it is a real day; else None."""
    if not value:
        return None
    m = _ISO_DAY.match(value)
    if m is None:
        return None
    year, month, day = int(m[1]), int(m[2]), int(m[3])
    if not 1 <= day <= days_in_month(year, month):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
