"""What an expression takes from the one after it: the year its range partner states
('August-September 1950'), the year its sentence goes on to state ('the summer offensive ...
in June 1942'), the date a clock time is on ('At 5:34 AM on 20 March 2003')."""

from __future__ import annotations

import re
from dataclasses import replace

from viewer.core.dates.values import date_parts, date_value
from viewer.core.timex.anchoring import Narrative, borrow_from_later, resolve
from viewer.core.timex.asides import OTHER_TIME, stated_year
from viewer.core.timex.pieces import Found
from viewer.core.timex.reading import Reading

# What joins the two ends of a range: "3 to 9 May", "1915-17", "between March and May".
_JOINING = r"\s?(?:[-\u2013\u2014]|to|until|till|through|and|or)\s?(?:the\s+)?$"
CONNECTOR = re.compile("^" + _JOINING, re.I)
# The same, matched in place between two expressions (no slice of the text between them).
_JOINS = re.compile(_JOINING, re.I)
# How far ahead, in the same sentence, a month or season looks for the year it belongs to.
NAMED_AFTER_CHARS = 80
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
# "At 5:34 AM Baghdad time on 20 March 2003": what lies between a clock time and its date.
_CLOCK_TO_DATE = re.compile(r"(?:\s+(?:\w+\s+time|[A-Z]{2,5}))?\s*,?\s*(?:on\s+(?:the\s+)?)?")


def connects(text: str, end: int, start: int) -> bool:
    """Does ``text[end:start]``, between two expressions, join them into a range ('3 to 9 May',
    '1915-17')?"""
    return _JOINS.match(text, end, start) is not None


def range_partner(text: str, end: int, nxt: Found | None) -> Reading | None:
    """The other end of the range an expression ending at ``end`` starts, if it starts one."""
    if nxt is None:
        return None
    return nxt.reading if _JOINS.match(text, end, nxt.start) else None


def year_named_after(text: str, reading: Reading, end: int, nxt: Found | None) -> Reading:
    """'the summer offensive ... in June 1942', 'Spring Offensive of 1918': a month or season
    without a year takes the year its own sentence goes on to state, not the narrative's."""
    if not reading.needs_year or reading.day is not None or nxt is None:
        return reading
    start = nxt.start
    if stated_year(nxt.reading) is None or start - end > NAMED_AFTER_CHARS or _SENTENCE_END.search(text, end, start):
        return reading
    if OTHER_TIME.search(text, max(end, start - 12), start):
        return reading
    return borrow_from_later(reading, nxt.reading)


def clock_on_date(text: str, reading: Reading, end: int, nxt: Found | None, now: Narrative) -> str | None:
    """A clock time followed by its date takes that date, not the narrative's."""
    if reading.clock is None or nxt is None or nxt.start - end > 30:
        return None
    following = nxt.reading
    if following.day is None or following.relative or following.offset or following.event:
        return None
    if not _CLOCK_TO_DATE.fullmatch(text, end, nxt.start):
        return None
    parts = date_parts(resolve(following, replace(now)).value)
    if not parts or parts[2] is None:
        return None
    return f"{date_value(*parts)}T{reading.clock}"
