"""The records of an events file made events: their fields, the listing they make, what is wrong.

A record, whichever file it came from, is its cells in FIELDS order. One that can be
read becomes an Event with the dates it states; one that cannot (a bad date, an end
before its start, no title) becomes one problem line naming the file, the record and
what is wrong, and the other records are kept. The document's text is a listing of
the events, one line each ("2017-10-26 – Title"), with each date an expression of its
own, so every view that shows a sentence and its date works unchanged. An event's label is
the record's own (a 'label' column or key, made to fit) or made from its title as a
sentence's is (labels/gist.py); a record with a label and no title takes the label as title.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from viewer.core.dates.calendar import Interval, civil_date, days_in_month
from viewer.core.dates.values import date_value, interval_of
from viewer.core.events import Event
from viewer.core.exchange.date_cells import DateCell, parse_date, value_label
from viewer.core.exchange.safe_text import shown
from viewer.core.kinds import EXPLICIT, INFERRED, PRECISIONS, UNDATED
from viewer.core.labels.gist import given_label, title_label
from viewer.core.text.sentences import Sentence
from viewer.core.timex.finding import Timex

FIELDS = ("start", "end", "title", "lane", "value", "precision", "dating", "section", "label")
REQUIRED = ("start", "title")
# What a column may be called, compared casefolded with runs of ' ', '_', '-' as one space.
ALIASES = {
    "start": ("start", "date", "start date", "begin"),
    "end": ("end", "end date", "until"),
    "title": ("title", "name", "event", "description"),
    "lane": ("lane", "group", "actor", "category"),
    "value": ("value",),
    "precision": ("precision",),
    "dating": ("dating",),
    "section": ("section", "chapter", "heading"),
    "label": ("label",),
}
_FIELD_OF = {alias: field for field, names in ALIASES.items() for alias in names}
_NAME_SPACE = re.compile(r"[\s_-]+")
_PRECISIONS = frozenset(PRECISIONS)
_SEPARATOR = " – "
_UNDATED_LABEL = "undated"


class EventFileError(ValueError):
    """The whole file cannot be read as events; ``str()`` says why."""


@dataclass(frozen=True, slots=True)
class ImportedEvents:
    """What a Document is made of, and one line for each record that could not be read."""

    text: str
    sentences: list[Sentence]
    timexes: list[Timex]
    events: list[Event]
    problems: tuple[str, ...]


def field_of(name: str) -> str | None:
    """The field of FIELDS a column (or JSON key) of this name holds; None if none."""
    return _FIELD_OF.get(_NAME_SPACE.sub(" ", name.casefold()).strip())


def shorten(text: str, limit: int = 40) -> str:
    """A cell as a problem line quotes it: on one line, control characters as escapes (breaks as
    \\n, ESC as \\x1b: ``shown``), at most ``limit`` long."""
    short = shown(text[:limit])  # a cell may be megabytes long
    return short if len(text) <= limit and len(short) <= limit else short[:limit - 1] + "…"


class EventRows:
    """The events of one file as its records arrive, its problems, and the dates already read.

    Each event becomes a line of the listing text, its sentence, and (when dated) the
    expression that is its date.
    """

    def __init__(self, name: str) -> None:
        self._name = name
        self._problems: list[str] = []
        self._lines: list[str] = []
        self._sentences: list[Sentence] = []
        self._timexes: list[Timex] = []
        self._events: list[Event] = []
        self._pos = 0
        self._explicit: dict[str, int] = {}  # value -> its latest explicit expression, for inferred ones
        self._cells: dict[str, DateCell | None] = {}
        self._dates: dict[tuple[str, str, str, str], DateCell | str] = {}

    def add(self, cells: list[str], names: Mapping[str, str]) -> str | None:
        """Keep the record (its cells stripped, in FIELDS order), or say what is wrong with it."""
        start, end, title, lane, value, precision, dating, section, label = cells
        title = " ".join(title.split()) or " ".join(label.split())  # one line per event in the listing
        date: DateCell | str | None  # None: undated, as the record says
        if start:
            key = (start, end, value, precision)
            date = self._dates.get(key)
            if date is None:
                date = self._dates[key] = self._date(start, end, value, precision, names)
        else:  # our export's undated sentences have no start
            date = None if dating == UNDATED else f"'{names['start']}' is empty"
        if title and not isinstance(date, str):
            label = given_label(label) if label else title_label(title)
            self._keep(date, dating, title, lane or None, " ".join(section.split()) or None, label)
            return None
        wrong = [] if title else [f"'{names['title']}' is empty"]
        return "; ".join(wrong + [date] if isinstance(date, str) else wrong)

    def reject(self, where: str, problem: str) -> None:
        """Note a record left out: '{file} line 7: {problem}', control characters as escapes (``shown``)."""
        self._problems.append(shown(f"{self._name} {where}: {problem}" if self._name else f"{where}: {problem}"))

    def result(self) -> ImportedEvents:
        return ImportedEvents("\n".join(self._lines), self._sentences, self._timexes, self._events,
                              tuple(self._problems))

    def _cell(self, text: str) -> DateCell | None:
        if text not in self._cells:
            self._cells[text] = parse_date(text)
        return self._cells[text]

    def _date(self, start: str, end: str, value: str, precision: str, names: Mapping[str, str]) -> DateCell | str:
        """The date a record's cells give, or what is wrong with them."""
        first = self._cell(start)
        if first is not None and end in ("", start) and value in ("", first.value) \
                and precision in ("", first.interval.precision):
            return first  # the common case, quickly
        last = self._cell(end) if end else None
        wrong = []
        if first is None:
            wrong.append(f"'{names['start']}' is not a date: '{shorten(start)}'")
        if end and last is None:
            wrong.append(f"'{names['end']}' is not a date: '{shorten(end)}'")
        elif first and last and last.interval.last < first.interval.first:
            wrong.append(f"'{names['end']}' ({shorten(end)}) is before '{names['start']}' ({shorten(start)})")
        if first is None or wrong:
            return "; ".join(wrong)
        return _span(first, last, value, precision)

    def _keep(self, date: DateCell | None, dating: str, title: str, lane: str | None, section: str | None,
              label: str) -> None:
        """Add the event, its line and sentence, and its expression; ``date`` None: undated."""
        shown_date = _UNDATED_LABEL if date is None else date.label
        line, pos = shown_date + _SEPARATOR + title, self._pos
        sentence = Sentence(len(self._sentences), pos, pos + len(line))
        if date is None:
            event = Event(sentence, title, None, None, UNDATED, None, None, lane, section, label)
        else:
            t = len(self._timexes)
            self._timexes.append(Timex(pos, pos + len(shown_date), shown_date, "DATE", date.value, "import"))
            if dating == INFERRED:
                anchor = self._explicit.get(date.value, t)
                event = Event(sentence, title, date.value, date.interval, dating, None, anchor, lane, section, label)
            else:
                self._explicit[date.value] = t
                event = Event(sentence, title, date.value, date.interval, EXPLICIT, t, None, lane, section, label)
        self._sentences.append(sentence)
        self._events.append(event)
        self._lines.append(line)
        self._pos = pos + len(line) + 1


def _span(first: DateCell, last: DateCell | None, value: str, precision: str) -> DateCell:
    """From the start to the end; a 'value' (our export's) names the start's period more exactly."""
    own = interval_of(value) if value and value != first.value else None
    if own is None or own.first != first.interval.first:  # not a date of the start: a column of amounts?
        own, value = first.interval, first.value
    interval = Interval(own.first, last.interval.last if last else own.last,
                        precision if precision in _PRECISIONS else own.precision)
    label = first.label if value == first.value else value_label(value)
    if interval.last != own.last:
        label = f"{label} to {_end_label(interval.last, interval.precision)}"
    return DateCell(interval, value, label)


def _end_label(day: int, precision: str) -> str:
    """The last day as the end of its month or year where the precision is that coarse.

    Made from the interval alone, so that an exported listing reads back the same.
    """
    year, month, d = civil_date(day)
    if precision in ("year", "decade", "century") and (month, d) == (12, 31):
        return value_label(date_value(year))
    if precision not in ("day", "week") and d == days_in_month(year, month):
        return value_label(date_value(year, month))
    return value_label(date_value(year, month, d))
