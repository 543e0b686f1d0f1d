"""Finding the temporal expressions of a text and giving each its value.

The search (``search``) finds the pieces, offsets are joined to what they count from
(``offsets``), and a walk through the pieces in reading order anchors each on the narrative.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from viewer.core.dates.document_date import document_day
from viewer.core.dates.values import date_parts
from viewer.core.gc_pause import emptied
from viewer.core.progress import Pacer, Progress, paced
from viewer.core.timex.anchoring import Narrative, Resolved, borrow_from_partner, resolve
from viewer.core.timex.asides import (
    continued,
    digression,
    next_stated_years,
    off_the_line,
    sets_the_scene,
    speakers_day,
    stated_year,
)
from viewer.core.timex.document_time import (
    Writing,
    length_end,
    period_ended,
    tense,
    timeml_length,
    untagged,
    vague_length,
)
from viewer.core.timex.event_offsets import LOOKAHEAD_PIECES, Told, apposed, event_date, stretch
from viewer.core.timex.neighbours import clock_on_date, connects, range_partner, year_named_after
from viewer.core.timex.offsets import events_attached, offsets_joined
from viewer.core.timex.pieces import Found
from viewer.core.timex.reading import Reading, altered
from viewer.core.timex.search import find_pieces

_BY = re.compile(r"\bby\s+\Z", re.I)
# Where the search and the joins of offsets end, as shares of finding (measured on a 10 MB
# narrative: the search is nearly all of it).
_AFTER_SEARCH, _AFTER_JOINS = 0.93, 0.95


@dataclass(slots=True, unsafe_hash=True)
class Timex:
    """A temporal expression: ``text == document[start:end]``. Never changed once made: not
    frozen only for speed, as ``events.Event``."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str | None
    rule: str = ""


def find_timexes(text: str, progress: Progress | Pacer | None = None,
                 document_date: str | None = None, processes: int = 1,
                 scanned: Callable[[], object] | None = None) -> list[Timex]:
    """Every temporal expression in reading order, anchored on the narrative.

    ``progress`` is told the share done (0.0 to 1.0) as it goes; it may raise to stop.
    ``document_date`` (YYYY-MM-DD, a time after it ignored): the day the text was written, which
    'yesterday', 'last week' and 'Tuesday' count from (``document_time``); without it the text
    is read as a narrative. ``processes`` above 1: the search may share its work with a fork of
    this process (``search.find_pieces``), with the same result; ``scanned`` is called when the
    shared part is over.
    """
    pace = paced(progress)
    writing = Writing(document_day(document_date)) if document_date else None
    found = find_pieces(text, pace.part(0.0, _AFTER_SEARCH), news=writing is not None, processes=processes,
                        scanned=scanned)
    joins = pace.part(_AFTER_SEARCH, _AFTER_JOINS)
    found = events_attached(text, offsets_joined(text, found, joins.part(0.0, 0.5)), joins.part(0.5, 1.0))
    pace.reached(_AFTER_JOINS)
    timexes = _Walk(text, found, writing).walk(pace.part(_AFTER_JOINS, 1.0))
    emptied(found)  # (a dense text's hundreds of thousands of pieces, freed a part at a time)
    return timexes


def connected(text: str, first: Timex, second: Timex) -> bool:
    """Do two expressions form a range ('3 to 9 May', '1915-17')?"""
    return connects(text, first.end, second.start)


class _Before(NamedTuple):
    """What held before an expression was given its value."""

    now: Narrative  # a copy of the narrative's date
    stated: int | None  # the year the expression writes out itself
    yearless: bool  # it needed a year from elsewhere


class _Walk:
    """The walk through the pieces found, in reading order: where the narrative stands, what
    the text has told, and the expressions given their values so far. A step per piece."""

    __slots__ = ("text", "found", "upcoming", "now", "told", "apposed", "out", "writing", "strings")

    def __init__(self, text: str, found: list[Found], writing: Writing | None = None) -> None:
        self.text = text
        self.found = found
        self.upcoming = next_stated_years([piece.reading for piece in found])
        self.now = Narrative()
        self.writing = writing  # the day of writing, when the text has one
        if writing is not None:
            self.now.set(*writing.day)
        self.told = Told()
        self.apposed = False  # the last expression was an event offset set beside a date
        self.out: list[Timex] = []
        self.strings: dict[str, str] = {}

    def walk(self, pace: Pacer) -> list[Timex]:
        count = len(self.found)
        for i, piece in enumerate(self.found):
            if not i & 255:
                pace(i / count)
            self._step(i, piece)
        return self.out

    def _step(self, i: int, piece: Found) -> None:
        text, now, writing, reading = self.text, self.now, self.writing, piece.reading
        if writing is not None and untagged(text, piece.start, piece.end):
            return
        if reading.era_from_context and reading.year is not None and (now.year or 1) > 0 and reading.year < 1000:
            return  # a bare "250" is a year only in a narrative set before Christ
        stated = stated_year(reading)
        nxt = self._next(i)
        reading = borrow_from_partner(reading, range_partner(text, piece.end, nxt), now)
        reading = year_named_after(text, reading, piece.end, nxt)
        before = _Before(now.copy(), stated, reading.needs_year)
        value, reading = self._value(i, piece, reading, nxt)
        if writing is not None:
            value = timeml_length(value)
        start, end = piece.trimmed(text)
        self._settle(i, piece, start, reading, before, nxt)
        self.told.note(piece.start, value, now)
        if writing is not None:
            writing.note(reading, value)
            if reading.event or piece.rule == "offset" and (value or "").startswith("P"):
                # TimeML's span is the length alone: "four days (after the vote)", "three days (later)"
                end = length_end(text, start, end)
        # One string for each value and each wording: a dense text repeats them.
        said, strings = text[start:end], self.strings
        said = strings.setdefault(said, said)
        if value is not None:
            value = strings.setdefault(value, value)
        self.out.append(Timex(start, end, said, _type_of(reading, value), value, piece.rule))

    def _next(self, i: int) -> Found | None:
        return self.found[i + 1] if i + 1 < len(self.found) else None

    def _value(self, i: int, piece: Found, reading: Reading, nxt: Found | None) -> Resolved:
        """The expression's value, and its reading with what it took from the narrative."""
        if self.writing is not None:
            told = self._from_writing(piece, reading)
            if told is not None:
                return told
            if reading.needs_year:  # a month or day without its year: of the time of writing
                # a month the clause looks ahead to ("a mission in December"); the end of a period reported on
                ahead = reading.day is None and tense(self.text, piece.start, piece.end) > 0
                reading = self.writing.dated(reading, -1 if period_ended(self.text, piece.start) else int(ahead))
        if reading.event:
            length = stretch(self.text, piece.start, reading)
            if length is not None:
                return Resolved(length, reading)
            last = self.out[-1] if self.out else None
            if last and apposed(self.text, last.end, piece.start, self.apposed) and date_parts(last.value):
                self.apposed = True
                return Resolved(last.value, reading)  # "On 27 June, two days after the invasion": the same day
            following = self.found[i + 1:i + 1 + LOOKAHEAD_PIECES]
            parts = event_date(self.text, piece.start, reading, self.told, self.now, following)
            if parts:
                self.now.set(*parts)
        self.apposed = False
        clock = clock_on_date(self.text, reading, piece.end, nxt, self.now)
        return Resolved(clock, reading) if clock else resolve(reading, self.now)

    def _from_writing(self, piece: Found, reading: Reading) -> Resolved | None:
        """The value of an expression told from the day of writing; the narrative moves to the
        day it names ('yesterday ... the next day')."""
        assert self.writing is not None
        if piece.rule == "offset":
            length = vague_length(self.text[piece.start:piece.end].strip())
            if length is not None:  # "a few days later": some days
                return Resolved(length, altered(reading, type="DURATION"))
        told = self.writing.value(reading, tense(self.text, piece.start, piece.end), counted=piece.rule == "offset")
        if told is None:
            return None
        value, day = told
        if day is not None:
            self.now.set(*day)
        return Resolved(value, reading)

    def _settle(self, i: int, piece: Found, trimmed: int, reading: Reading, before: _Before,
                nxt: Found | None) -> None:
        """Where the narrative stands after the expression (which starts at ``trimmed`` without
        its spaces): back where it was after an aside, on a span's end ('from March to ... by
        December'), and on the year the text wrote."""
        text, now, start, current = self.text, self.now, piece.start, before.now.year
        if off_the_line(text, trimmed, reading, current) or (
                self.writing is None and current is not None and speakers_day(text, trimmed, reading)):
            # "since 1813", "which would be ... in 1920", '"we sail tomorrow," he said': the story stays
            now.set(current, before.now.month, before.now.day)
            now.mentioned, now.since = before.now.mentioned, before.now.since
            return
        if (current is not None and digression(before.stated, current, self.upcoming[i])
                and not sets_the_scene(text, start, reading, current)
                and not continued(text, piece, reading, nxt)):
            now.set(current, before.now.month, before.now.day)
        elif before.yearless and reading.month is not None and _BY.search(text, max(0, start - 4), start):
            now.reached_by(before.now)
        if before.stated is not None:
            now.mentioned = reading.year


def _type_of(reading: Reading, value: str | None) -> str:
    if value and value.endswith("_REF"):  # PRESENT_REF, PAST_REF: a date, not a period
        return reading.type if reading.type != "TIME" else "DATE"
    if value and value.startswith("P"):
        return "DURATION"
    if value and "T" in value:
        return "TIME"
    return reading.type if reading.type != "TIME" else "DATE"
