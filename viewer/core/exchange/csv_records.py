"""Events from CSV text: the header names the columns, each record is numbered by its lines.

A record with the wrong number of fields, or one the csv module cannot read (a quote
left open), is a problem line naming its lines; a header without a 'start' or a
'title' column, or one that cannot be read, refuses the whole file.

A title or lane cell that starts with an apostrophe before one of = + - @, a tab or a
carriage return is read without that apostrophe: our CSV export adds it so that a
spreadsheet shows the cell as text (safe_text.neutralised), and so does a user who
types it in a spreadsheet.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import TYPE_CHECKING, TypeAlias

from viewer.core.exchange.csv_dialect import csv_delimiter
from viewer.core.exchange.event_rows import (
    ALIASES,
    FIELDS,
    REQUIRED,
    EventFileError,
    EventRows,
    ImportedEvents,
    field_of,
    shorten,
)
from viewer.core.exchange.safe_text import restored
from viewer.core.gc_pause import collection_paused

if TYPE_CHECKING:
    from _csv import Reader

_Record: TypeAlias = list[str] | csv.Error  # the fields of a record, or why the csv module could not read it


def events_from_csv(text: str, name: str = "", delimiter: str | None = None) -> ImportedEvents:
    """Events from CSV text (header row first); ``name`` opens each problem line."""
    with collection_paused():
        return _events_from_csv(text, name, delimiter)


def _events_from_csv(text: str, name: str, delimiter: str | None) -> ImportedEvents:
    lines = io.StringIO(text, newline="")
    delimiter, skipped = csv_delimiter(text, delimiter)
    for _ in range(skipped):
        lines.readline()
    reader = csv.reader(lines, delimiter=delimiter, skipinitialspace=True, strict=True)
    rows = _numbered(reader, skipped)
    header = next((row for _, _, row in rows if _has_cells(row)), None)
    if header is None:
        return EventRows(name).result()
    if isinstance(header, csv.Error):
        raise EventFileError(f"the header row {_csv_complaint(header)}")
    columns, names = _columns([cell.strip() for cell in header])
    apostrophes = "'" in text  # else no cell can start with one
    out, width = EventRows(name), len(header)
    for first, last, row in rows:
        if isinstance(row, csv.Error):
            problem: str | None = _csv_complaint(row)
        elif len(row) == width:
            row.append("")  # the cell an absent optional column reads
            cells = [row[i].strip() for i in columns]
            problem = out.add(_restored(cells) if apostrophes else cells, names)
        elif _has_cells(row):
            problem = _wrong_width(row, width, last > first)
            if problem is None:
                cells = [row[i].strip() for i in columns]
                problem = out.add(_restored(cells) if apostrophes else cells, names)
        else:
            continue
        if problem:
            out.reject(f"line {first}" if last == first else f"lines {first}–{last}", problem)
    return out.result()


_TEXT_CELLS = (FIELDS.index("title"), FIELDS.index("lane"), FIELDS.index("section"), FIELDS.index("label"))


def _restored(cells: list[str]) -> list[str]:
    """A record's cells with its title and lane without the apostrophe that kept a spreadsheet
    from running them."""
    for k in _TEXT_CELLS:
        if cells[k][:1] == "'":
            cells[k] = restored(cells[k])
    return cells


def _numbered(reader: Reader, skipped: int) -> Iterator[tuple[int, int, _Record]]:
    """(first line, last line, row or the csv module's complaint) for each record."""
    done = skipped
    while True:
        row: _Record
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            row = err
        start, done = done + 1, reader.line_num + skipped
        yield start, done, row


def _has_cells(row: _Record) -> bool:
    return not isinstance(row, list) or len(row) > 1 or bool(row and row[0].strip())


def _columns(header: list[str]) -> tuple[list[int], dict[str, str]]:
    """Where each of FIELDS is in a row, and the name the file gives it."""
    found: dict[str, int] = {}
    for i, cell in enumerate(header):
        field = field_of(cell)
        if field and (field not in found or cell.casefold() == field):
            found[field] = i
    if "title" not in found and "label" in found:  # a file of labels alone: they are its titles
        found["title"] = found["label"]
    for field in REQUIRED:
        if field not in found:
            raise EventFileError(_missing_column(field, header))
    # An absent optional column reads the empty cell appended to each row.
    return [found.get(f, len(header)) for f in FIELDS], {f: header[i] for f, i in found.items()}


def _missing_column(field: str, header: list[str]) -> str:
    others = " or ".join(f"'{a}'" for a in ALIASES[field][1:])
    listed = ", ".join(f"'{shorten(h)}'" for h in header)
    return (f"no '{field}' column (nor {others}); an events file needs 'start' and 'title' columns, "
            f"and this one has {listed}")


def _wrong_width(row: list[str], width: int, several_lines: bool) -> str | None:
    """What is wrong with a row that has not the header's number of fields; None if only blanks are extra."""
    if len(row) < width or any(cell.strip() for cell in row[width:]):
        hint = " (a quote left open?)" if several_lines else ""
        return f"{len(row)} fields, but the header has {width}{hint}"
    row.append("")
    return None


def _csv_complaint(err: csv.Error) -> str:
    if str(err) == "unexpected end of data":
        return "opens a quote that is never closed"
    return f"cannot be read as CSV ({err})"
