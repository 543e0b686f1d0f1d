"""An offset from a named event, as the narrative meets it: counted from the date the text told
for the event ('Two days after the fall of Kars'), the day of a date it is set beside ('On 27
June, two days after the invasion'), or how long something lasted ('For a year after the
offensive stalled'). Finding where the text told the event is ``event_anchors``' part."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from viewer.core.dates.values import date_parts, date_value
from viewer.core.timex.anchoring import Narrative, resolve
from viewer.core.timex.event_anchors import date_near, event_position, month_named, names_the_current_event, told_in
from viewer.core.timex.pieces import Found
from viewer.core.timex.reading import Reading

# How many expressions ahead an event not told before is looked for (within its paragraph).
LOOKAHEAD_PIECES = 12
# An offset counted in these units needs the event's year (or month) only, not its day.
_COARSE_UNITS = {"month": 1, "year": 0, "decade": 0, "century": 0}
_UNIT_CODES = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE"}
_FOR = re.compile(r"\bfor\s+$", re.I)
_APPOSITION = re.compile(r"\s*(?:,|-|\u2013|\u2014|\s-\s)\s*$")
_AND = re.compile(r"\s*,?\s*and\s+$")

DateParts = tuple[int, int | None, int | None]


@dataclass(slots=True)
class Told:
    """What the text has told so far, in reading order: each full date it stated, and where
    the narrative stood after each expression, as precise as it was (the date an undated
    mention of an event carries: 'A year after Marathon' when Marathon was told only in a year
    BC). Positions are where the expressions start. Where the narrative stood is kept as its
    year, month and day, and written as a value only for the few that an event is dated by."""

    dates_at: list[int] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    stood_at: list[int] = field(default_factory=list)
    stood: list[tuple[int, int | None, int | None]] = field(default_factory=list)

    def note(self, start: int, value: str | None, now: Narrative) -> None:
        if value is not None and (date_parts(value) or (None, None, None))[2] is not None:
            self.dates_at.append(start)
            self.dates.append(value)
        if now.year is not None:
            self.stood_at.append(start)
            self.stood.append((now.year, now.month, now.day))


def stretch(text: str, start: int, reading: Reading) -> str | None:
    """'For about a year after the offensive stalled': how long, not when (None when the offset
    starting at ``start`` is not the length of a stretch)."""
    if reading.shift is None or reading.unit is None or not _FOR.search(text, max(0, start - 4), start):
        return None
    return f"P{abs(reading.shift)}{_UNIT_CODES[reading.unit]}"


def apposed(text: str, last_end: int, start: int, last_apposed: bool) -> bool:
    """Is an event offset set beside the date just told: 'On 27 June, two days after the
    invasion' or, after such an offset, '... and three months before the armistice'?"""
    return bool(_APPOSITION.match(text, last_end, start) or (last_apposed and _AND.match(text, last_end, start)))


def event_date(text: str, start: int, reading: Reading, told: Told, now: Narrative,
               following: Sequence[Found]) -> DateParts | None:
    """Where the narrative goes for the event an offset names: its date, when the text told it
    before ``start`` or further on in the paragraph (``following`` are the next expressions)."""
    phrase = reading.event
    if phrase is None or (now.day is not None and names_the_current_event(phrase)):
        return None
    where = event_position(text, start, phrase, told.dates_at)
    value = date_near(where, told.dates_at, told.dates) if where else _told_later(text, start, phrase, following, now)
    unit = reading.unit or ""
    coarse = unit in _COARSE_UNITS
    if value is None and where and coarse:
        stood = date_near(where, told.stood_at, told.stood)  # the event's mention carries the date
        value = None if stood is None else date_value(*stood)
    parts = date_parts(value)
    if parts and coarse and (parts[1] is None and _COARSE_UNITS[unit]):
        parts = None  # 'a month after' a mention dated only by its year: no better than now
    named = month_named(phrase)
    if named and (parts is None or parts[1] != named[0]):
        # 'the October intervention': the name dates it, not a mention of another month
        parts = _named_month(named, now) if coarse else None
    return parts


def _told_later(text: str, start: int, phrase: str, following: Sequence[Found], now: Narrative) -> str | None:
    """'Two days after the fall of Kars the army retreated. Kars had fallen on 5 May.': an event
    the text has not told before, dated further on in the same paragraph."""
    paragraph_end = text.find("\n", start)
    for piece in following:
        pos, r = piece.start, piece.reading
        if 0 <= paragraph_end < pos:
            return None
        year = r.year if r.year is not None else now.year
        dated = r.day is not None and r.month is not None and not (r.relative or r.offset or r.event or r.literal)
        if dated and year is not None and told_in(text, pos, phrase):
            return date_value(year, r.month, r.day)
    return None


def _named_month(named: tuple[int, int | None], now: Narrative) -> DateParts | None:
    """The October an event's name means: the year it states, else the one nearest the narrative."""
    month, year = named
    parts = date_parts(resolve(Reading(month=month, year=year), replace(now)).value)
    return (parts[0], month, None) if parts else None
