"""Events from JSON: a list of event objects, {"events": [...]}, or our export's {"documents": [...]}.

An object's keys are read as CSV columns are (their aliases too); a value must be
text, a number or null. An item that is not such an object is a problem line naming
its place in the list; JSON that is none of these shapes refuses the whole file.
"""

from __future__ import annotations

import json

from viewer.core.exchange.event_rows import FIELDS, EventFileError, EventRows, ImportedEvents, field_of, shorten
from viewer.core.gc_pause import collection_paused


def events_from_json(text: str, name: str = "") -> ImportedEvents:
    """Events from a JSON list of objects, {"events": [...]} or our export's {"documents": [...]}."""
    with collection_paused():
        return _events_from_json(text, name)


def _events_from_json(text: str, name: str) -> ImportedEvents:
    out = EventRows(name)
    if not text.strip():
        return out.result()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise EventFileError(f"not valid JSON ({err.msg} at line {err.lineno}, column {err.colno})") from err
    except RecursionError as err:
        raise EventFileError("not valid JSON (nested too deeply)") from err
    for k, item in enumerate(_event_items(data), 1):
        problem = _add_item(item, out)
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


def _add_item(item: object, out: EventRows) -> str | None:
    """Add an item as a record, or say what is wrong with it."""
    if not isinstance(item, dict):
        return f"not an object with 'start' and 'title' but {shorten(json.dumps(item))}"
    cells, names = [""] * len(FIELDS), {f: f for f in FIELDS}
    seen: set[str] = set()
    for key, value in item.items():
        field = field_of(key)
        if field is None or (field in seen and key.casefold() != field):
            continue
        seen.add(field)
        if isinstance(value, bool) or not isinstance(value, (str, int, float, type(None))):
            return f"'{key}' is not text or a number: {shorten(json.dumps(value))}"
        cells[FIELDS.index(field)], names[field] = ("" if value is None else str(value).strip()), key
    return out.add(cells, names)
