"""Events from JSON: a list of event objects, {"events": [...]}, or our export's {"documents": [...]}.

An object's keys are read as CSV columns are (their aliases too); a value must be
text, a number or null. An item that is not such an object is a problem line naming
its place in the list; JSON that is none of these shapes, or a list with no object in
it, refuses the whole file.

A number no int or float holds (more digits than Python converts, 1e400, NaN,
Infinity) is kept as it is written: a cell of text, which no date reads. A lone
surrogate ("\\ud800") becomes U+FFFD, as it does in a UTF-16 file, so that every
title can be written out again.
"""

from __future__ import annotations

import json
import math
import re

from viewer.core.exchange.event_rows import FIELDS, EventFileError, EventRows, ImportedEvents, field_of, shorten
from viewer.core.exchange.safe_text import without_lone_surrogates
from viewer.core.gc_pause import collection_paused

# How JSON writes a lone surrogate; a text without it has none once parsed.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class _Number(str):
    """A JSON number as the file writes it, for one that no int or float holds."""


def _float(text: str) -> float | str:
    number = float(text)
    return number if math.isfinite(number) else _Number(text)


def _int(text: str) -> int | str:
    try:
        return int(text)
    except ValueError:  # more digits than int() converts (sys.get_int_max_str_digits)
        return _Number(text)


def _loads(text: str) -> object:
    try:
        return json.loads(text, parse_float=_float, parse_constant=_Number)
    except json.JSONDecodeError:
        raise
    except ValueError:  # an integer too long for int(): read again, keeping such numbers as text
        return json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_Number)


def events_from_json(text: str, name: str = "") -> ImportedEvents:
    """Events from a JSON list of objects, {"events": [...]} or our export's {"documents": [...]}."""
    with collection_paused():
        return _events_from_json(text, name)


def _events_from_json(text: str, name: str) -> ImportedEvents:
    out = EventRows(name)
    if not text.strip():
        return out.result()
    try:
        data = _loads(text)
    except json.JSONDecodeError as err:
        raise EventFileError(f"not valid JSON ({err.msg} at line {err.lineno}, column {err.colno})") from err
    except RecursionError as err:
        raise EventFileError("not valid JSON (nested too deeply)") from err
    items = _event_items(data)
    if items and not any(isinstance(item, dict) for item in items):
        raise EventFileError(f"holds no events: a list of {len(items):,} items, none of them an object with "
                             "'start' and 'title'")
    clean = _SURROGATE_ESCAPE.search(text) is not None
    for k, item in enumerate(items, 1):
        problem = _add_item(item, out, clean)
        if problem:
            out.reject(f"event {k}", problem)
    return out.result()


def _event_items(data: object) -> list[object]:
    """The items of whichever shape ``data`` has; EventFileError if it has none of them."""
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and isinstance(data.get("events"), list):
        return data["events"]
    docs = data.get("documents") if isinstance(data, dict) else None
    if isinstance(docs, list) and all(isinstance(d, dict) and isinstance(d.get("events", []), list) for d in docs):
        return [e for d in docs for e in d.get("events", [])]
    raise EventFileError('holds no events: expected a list of event objects, {"events": [...]} '
                         'or {"documents": [{"events": [...]}]}')


def _add_item(item: object, out: EventRows, clean: bool) -> str | None:
    """Add an item as a record, or say what is wrong with it; ``clean``: its text may hold lone surrogates."""
    if not isinstance(item, dict):
        return f"not an object with 'start' and 'title' but {_brief(item)}"
    cells, names = [""] * len(FIELDS), {f: f for f in FIELDS}
    seen: set[str] = set()
    for key, value in item.items():
        field = field_of(key)
        if field is None or (field in seen and key.casefold() != field):
            continue
        seen.add(field)
        if isinstance(value, bool) or not isinstance(value, (str, int, float, type(None))):
            return f"'{key}' is not text or a number: {_brief(value)}"
        cell = "" if value is None else str(value).strip()
        cells[FIELDS.index(field)], names[field] = (without_lone_surrogates(cell) if clean else cell), key
    return out.add(cells, names)


def _brief(value: object) -> str:
    """A value as a problem line quotes it: its JSON, shortened."""
    if isinstance(value, _Number):
        return shorten(value)
    try:
        return shorten(json.dumps(value))
    except (RecursionError, ValueError):
        return "a list or object nested too deeply"
