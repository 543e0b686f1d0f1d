"""Events read straight from a CSV or JSON file: dates given, nothing to extract.

A row becomes an Event with the dates it states; a row that cannot (a bad date, an
end before its start, no title, the wrong number of fields) becomes one problem line
naming the file, the line and what is wrong, and the other rows are kept. The
document's text is a listing of the events, one line each ("2017-10-26 – Title"),
with each date an expression of its own, so every view that shows a sentence and its
date works unchanged. Our own `extract` CSV and JSON read back to the same events.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from viewer.core.dates.calendar import Interval, civil_date, day_number, days_in_month, historical
from viewer.core.dates.date_text import value_text
from viewer.core.text.decoding import DocumentError, read_document
from viewer.core.events import Event
from viewer.core.kinds import EXPLICIT, INFERRED, JSON_SUFFIXES, PRECISIONS, UNDATED
from viewer.core.gc_pause import collection_paused
from viewer.core.text.sentences import Sentence
from viewer.core.timex.finding import Timex
from viewer.core.dates.values import date_value, interval_of


FIELDS = ("start", "end", "title", "lane", "value", "precision", "dating")
REQUIRED = ("start", "title")
# What a column may be called, compared casefolded with runs of ' ', '_', '-' as one space.
ALIASES = {
    "start": ("start", "date", "start date", "begin"),
    "end": ("end", "end date", "until"),
    "title": ("title", "name", "event", "description", "label"),
    "lane": ("lane", "group", "actor", "category"),
    "value": ("value",),
    "precision": ("precision",),
    "dating": ("dating",),
}
_FIELD_OF = {alias: field for field, names in ALIASES.items() for alias in names}
_PRECISIONS = frozenset(PRECISIONS)
_SEPARATOR = " – "
_SHOWN_PROBLEMS = 5

# ISO 8601, where a signed year is astronomical (-0479 is 480 BC); '/' allowed; a time of day ignored.
_ISO = re.compile(
    r"(?P<sign>[+-]?)(?P<year>\d{1,6})(?:(?P<sep>[-/])(?P<month>\d{1,2})(?:(?P=sep)(?P<day>\d{1,2}))?)?"
    r"(?:[T ]\d{1,2}:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
)
_ERA = re.compile(r"(?:(?P<ad>AD|A\.D\.)\s*)?(?P<year>\d{1,6})(?:\s*(?P<era>BCE?|B\.C\.(?:E\.)?|AD|CE|A\.D\.|C\.E\.))?",
                  re.IGNORECASE)
_PLAIN_VALUE = re.compile(r"\d{4}(?:-\d\d){0,2}", re.ASCII)
_PLAIN_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)", re.ASCII)
_NAME_SPACE = re.compile(r"[\s_-]+")


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


class DateCell(NamedTuple):
    """A date as written in a cell: the days it covers, its TIMEX value, and how the listing shows it."""

    interval: Interval | None
    value: str | None
    label: str


_UNDATED_CELL = DateCell(None, None, "undated")


# ------------------------------------------------------------------ files

def read_event_file(path: str | os.PathLike[str]) -> ImportedEvents:
    """Decode a .csv/.tsv/.json file of events; DocumentError if it cannot be read as one."""
    text = read_document(path)
    suffix = Path(path).suffix.lower()
    try:
        if suffix in JSON_SUFFIXES:
            return events_from_json(text, os.fspath(path))
        return events_from_csv(text, os.fspath(path), "\t" if suffix == ".tsv" else None)
    except EventFileError as err:
        raise DocumentError(path, str(err)) from err


def problems_message(path: str, problems: Sequence[str], events: int) -> str:
    """One message for the window: how many rows were left out, the first few and why."""
    n = len(problems)
    rows = f"{n} row could not be read and was" if n == 1 else f"{n} rows could not be read and were"
    lines = [p.removeprefix(f"{path} ") for p in problems[:_SHOWN_PROBLEMS]]
    if n > _SHOWN_PROBLEMS:
        lines.append(f"… and {n - _SHOWN_PROBLEMS} more")
    return f"{path}: {rows} left out ({events} events read):\n" + "\n".join(lines)


def _field(name: str) -> str | None:
    return _FIELD_OF.get(_NAME_SPACE.sub(" ", name.casefold()).strip())


# ------------------------------------------------------------------ CSV

def events_from_csv(text: str, name: str = "", delimiter: str | None = None) -> ImportedEvents:
    """Events from CSV text (header row first); ``name`` opens each problem line."""
    with collection_paused():
        return _events_from_csv(text, name, delimiter)


def _events_from_csv(text: str, name: str, delimiter: str | None) -> ImportedEvents:
    lines = io.StringIO(text, newline="")
    skipped = 0
    if re.match(r"sep=.\r?\n", text):  # the line Excel writes to name its delimiter
        delimiter, skipped = lines.readline()[4], 1
    reader = csv.reader(lines, delimiter=delimiter or _sniff_delimiter(text), skipinitialspace=True, strict=True)
    rows = _numbered(reader, skipped)
    header = next((row for _, _, row in rows if _has_cells(row)), None)
    if header is None:
        return _Collector(name).result()
    if isinstance(header, csv.Error):
        raise EventFileError(f"the header row {_csv_complaint(header)}")
    columns, names = _columns([cell.strip() for cell in header])
    out, width = _Collector(name), len(header)
    for first, last, row in rows:
        if isinstance(row, list) and len(row) == width:
            row.append("")  # the cell an absent optional column reads
            problem = out.add([row[i].strip() for i in columns], names)
        elif _has_cells(row):
            problem = _wrong_width(row, width, last > first) or out.add([row[i].strip() for i in columns], names)
        else:
            continue
        if problem:
            out.reject(f"line {first}" if last == first else f"lines {first}–{last}", problem)
    return out.result()


def _sniff_delimiter(text: str) -> str:
    """The commonest of , ; and tab in the first line (a header: no quoted separators)."""
    for line in io.StringIO(text[:65536], newline=""):
        if line.strip():
            counts = {d: line.count(d) for d in ",;\t"}
            best = max(counts, key=counts.__getitem__)
            return best if counts[best] else ","
    return ","


def _numbered(reader, skipped: int) -> Iterator[tuple[int, int, list[str] | csv.Error]]:
    """(first line, last line, row or the csv module's complaint) for each record."""
    done = skipped
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            row = err
        start, done = done + 1, reader.line_num + skipped
        yield start, done, row


def _has_cells(row: list[str] | csv.Error) -> bool:
    return not isinstance(row, list) or len(row) > 1 or bool(row and row[0].strip())


def _columns(header: list[str]) -> tuple[list[int], dict[str, str]]:
    """Where each of FIELDS is in a row, and the name the file gives it."""
    found: dict[str, int] = {}
    for i, cell in enumerate(header):
        field = _field(cell)
        if field and (field not in found or cell.casefold() == field):
            found[field] = i
    for field in REQUIRED:
        if field not in found:
            raise EventFileError(_missing_column(field, header))
    # An absent optional column reads the empty cell _wrong_width appends to each row.
    return [found.get(f, len(header)) for f in FIELDS], {f: header[i] for f, i in found.items()}


def _missing_column(field: str, header: list[str]) -> str:
    others = " or ".join(f"'{a}'" for a in ALIASES[field][1:])
    listed = ", ".join(f"'{h}'" for h in header)
    return (f"no '{field}' column (nor {others}); an events file needs 'start' and 'title' columns, "
            f"and this one has {listed}")


def _wrong_width(row: list[str] | csv.Error, width: int, several_lines: bool) -> str | None:
    """What is wrong with a row that has not the header's number of fields; None if only blanks are extra."""
    if isinstance(row, csv.Error):
        return _csv_complaint(row)
    if len(row) < width or any(cell.strip() for cell in row[width:]):
        hint = " (a quote left open?)" if several_lines else ""
        return f"{len(row)} fields, but the header has {width}{hint}"
    row.append("")
    return None


def _csv_complaint(err: csv.Error) -> str:
    if str(err) == "unexpected end of data":
        return "opens a quote that is never closed"
    return f"cannot be read as CSV ({err})"


# ------------------------------------------------------------------ JSON

def events_from_json(text: str, name: str = "") -> ImportedEvents:
    """Events from a JSON list of objects, {"events": [...]} or our export's {"documents": [...]}."""
    with collection_paused():
        return _events_from_json(text, name)


def _events_from_json(text: str, name: str) -> ImportedEvents:
    out = _Collector(name)
    if not text.strip():
        return out.result()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise EventFileError(f"not valid JSON ({err.msg} at line {err.lineno}, column {err.colno})") from err
    except RecursionError as err:
        raise EventFileError("not valid JSON (nested too deeply)") from err
    for k, item in enumerate(_json_events(data), 1):
        problem = _json_record(item, out)
        if problem:
            out.reject(f"event {k}", problem)
    return out.result()


def _json_events(data: object) -> list[object]:
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and isinstance(data.get("events"), list):
        return data["events"]
    docs = data.get("documents") if isinstance(data, dict) else None
    if isinstance(docs, list) and all(isinstance(d, dict) and isinstance(d.get("events", []), list) for d in docs):
        return [e for d in docs for e in d.get("events", [])]
    raise EventFileError('holds no events: expected a list of event objects, {"events": [...]} '
                         'or {"documents": [{"events": [...]}]}')


def _json_record(item: object, out: _Collector) -> str | None:
    if not isinstance(item, dict):
        return f"not an object with 'start' and 'title' but {_shorten(json.dumps(item))}"
    cells, names = [""] * len(FIELDS), {f: f for f in FIELDS}
    seen: set[str] = set()
    for key, value in item.items():
        field = _field(key)
        if field is None or (field in seen and key.casefold() != field):
            continue
        seen.add(field)
        if isinstance(value, bool) or not isinstance(value, (str, int, float, type(None))):
            return f"'{key}' is not text or a number: {_shorten(json.dumps(value))}"
        cells[FIELDS.index(field)], names[field] = ("" if value is None else str(value).strip()), key
    return out.add(cells, names)


# ------------------------------------------------------------------ rows to events

class _Collector:
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
        start, end, title, lane, value, precision, dating = cells
        title = " ".join(title.split())  # one line per event in the listing
        if start:
            key = (start, end, value, precision)
            date = self._dates.get(key)
            if date is None:
                date = self._dates[key] = self._date(start, end, value, precision, names)
        else:  # our export's undated sentences have no start
            date = _UNDATED_CELL if dating == UNDATED else f"'{names['start']}' is empty"
        if title and type(date) is DateCell:
            self._keep(date, dating, title, lane or None)
            return None
        wrong = [] if title else [f"'{names['title']}' is empty"]
        return "; ".join(wrong + [date] if isinstance(date, str) else wrong)

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
            wrong.append(f"'{names['start']}' is not a date: '{_shorten(start)}'")
        if end and last is None:
            wrong.append(f"'{names['end']}' is not a date: '{_shorten(end)}'")
        elif first and last and last.interval.last < first.interval.first:
            wrong.append(f"'{names['end']}' ({_shorten(end)}) is before '{names['start']}' ({_shorten(start)})")
        return "; ".join(wrong) if wrong else _span(first, last, value, precision)

    def _keep(self, date: DateCell, dating: str, title: str, lane: str | None) -> None:
        interval, value, label = date
        line, pos = label + _SEPARATOR + title, self._pos
        sentence = Sentence(len(self._sentences), pos, pos + len(line))
        timex = anchor = None
        if interval is None:
            dating = UNDATED
        else:
            t = len(self._timexes)
            self._timexes.append(Timex(pos, pos + len(label), label, "DATE", value, "import"))
            if dating == INFERRED:
                anchor = self._explicit.get(value, t)
            else:
                dating, timex = EXPLICIT, t
                self._explicit[value] = t
        self._sentences.append(sentence)
        self._events.append(Event(sentence, title, value, interval, dating, timex, anchor, lane))
        self._lines.append(line)
        self._pos = pos + len(line) + 1

    def result(self) -> ImportedEvents:
        return ImportedEvents("\n".join(self._lines), self._sentences, self._timexes, self._events,
                              tuple(self._problems))

    def reject(self, where: str, problem: str) -> None:
        """Note a record left out: '{file} line 7: {problem}'."""
        self._problems.append(f"{self._name} {where}: {problem}" if self._name else f"{where}: {problem}")


def _span(first: DateCell, last: DateCell | None, value: str, precision: str) -> DateCell:
    """From the start to the end; a 'value' (our export's) names the start's period more exactly."""
    own = interval_of(value) if value and value != first.value else None
    if own is None or own.first != first.interval.first:  # not a date of the start: a column of amounts?
        own, value = first.interval, first.value
    interval = Interval(own.first, last.interval.last if last else own.last,
                        precision if precision in _PRECISIONS else own.precision)
    label = first.label if value == first.value else _value_label(value)
    if interval.last != own.last:
        label = f"{label} to {_end_label(interval.last, interval.precision)}"
    return DateCell(interval, value, label)


def _end_label(day: int, precision: str) -> str:
    """The last day as the end of its month or year where the precision is that coarse.

    Made from the interval alone, so that an exported listing reads back the same.
    """
    year, month, d = civil_date(day)
    if precision in ("year", "decade", "century") and (month, d) == (12, 31):
        return _value_label(date_value(year))
    if precision not in ("day", "week") and d == days_in_month(year, month):
        return _value_label(date_value(year, month))
    return _value_label(date_value(year, month, d))


def _value_label(value: str) -> str:
    """'2017-10-26' as it is; 'BC0480' as '480 BC', '1916-SU' as 'summer 1916'."""
    return value if _PLAIN_VALUE.fullmatch(value) else value_text(value) or value


def _shorten(text: str, limit: int = 40) -> str:
    """A cell as a problem line quotes it: on one line (breaks shown as \\n), at most ``limit`` long."""
    text = text.replace("\r", "\\r").replace("\n", "\\n")
    return text if len(text) <= limit else text[:limit - 1] + "…"


# ------------------------------------------------------------------ dates

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


def _iso(text: str) -> DateCell | None:
    m = _ISO.fullmatch(text)
    if not m:
        return None
    if not m["sign"] and len(m["year"]) < 4 and int(m["year"]) == 0:
        return None  # '0000' is ISO 8601's 1 BC; a bare '0' is no year
    year = historical(-int(m["year"]) if m["sign"] == "-" else int(m["year"]))
    return _calendar_date(year, m["month"] and int(m["month"]), m["day"] and int(m["day"]))


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
    return DateCell(Interval(first, last, precision), value, _value_label(value))


def _timex(text: str) -> DateCell | None:
    """A TIMEX value with letters in it: BC0480-08, 1916-SU, 1944-Q2, 2017-W05."""
    interval = interval_of(text) if any(c.isalpha() for c in text) else None
    return interval and DateCell(interval, text, _value_label(text))
