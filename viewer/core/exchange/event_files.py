"""Events read straight from a CSV, TSV or JSON file: dates given, nothing to extract.

The file is decoded as any document is, then read by its suffix (csv_records.py,
json_shapes.py); its records become events (event_rows.py). Our own `extract` CSV and
JSON read back to the same events.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from viewer.core.exchange.csv_records import events_from_csv
from viewer.core.exchange.event_rows import EventFileError, ImportedEvents
from viewer.core.exchange.json_shapes import events_from_json
from viewer.core.exchange.safe_text import shown
from viewer.core.kinds import JSON_SUFFIXES
from viewer.core.text.decoding import DocumentError, read_document

_SHOWN_PROBLEMS = 5


def read_event_file(path: str | os.PathLike[str]) -> ImportedEvents:
    """Decode a .csv/.tsv/.json file of events; DocumentError if it cannot be read as one."""
    text = read_document(path)
    suffix = Path(path).suffix.lower()
    try:
        if suffix in JSON_SUFFIXES:
            return events_from_json(text, os.fspath(path))
        return events_from_csv(text, os.fspath(path), "\t" if suffix == ".tsv" else None)
    except EventFileError as err:
        raise DocumentError(path, shown(str(err))) from err


def problems_message(path: str, problems: Sequence[str], events: int) -> str:
    """One message for the window: how many rows were left out, the first few and why.

    The file name and the rows are ``shown``: control characters and undecodable bytes as escapes.
    """
    n, name = len(problems), shown(path)
    rows = f"{n} row could not be read and was" if n == 1 else f"{n} rows could not be read and were"
    lines = [shown(p).removeprefix(f"{name} ") for p in problems[:_SHOWN_PROBLEMS]]
    if n > _SHOWN_PROBLEMS:
        lines.append(f"… and {n - _SHOWN_PROBLEMS} more")
    return f"{name}: {rows} left out ({events} events read):\n" + "\n".join(lines)
