"""The stable output of `timeline-viewer extract`: JSON documents and CSV rows.

Both are valid UTF-8 whatever the file was called: a path is written as ``file_name`` gives it
(bytes that are not UTF-8 as ``\\xff``). In the CSV, a text cell from a document (path, lane,
section, title, label) that a spreadsheet would run as a formula starts with an apostrophe
(``neutralised``), even one like "-2"; our own columns (offsets, dates, values) are written as
they are.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import orjson

from viewer.core.document import Document
from viewer.core.events import Event
from viewer.core.exchange.safe_text import file_name, has_lone_surrogates, neutralised, without_lone_surrogates
from viewer.core.formats import format_of

CSV_FIELDS = (
    "path", "sentence_start", "sentence_end", "start", "end", "value", "precision",
    "dating", "lane", "section", "title", "label",
)
CSV_HEADER = ",".join(CSV_FIELDS) + "\n"  # as csv.writer writes them (plain names)


def timex_dict(t) -> dict[str, Any]:
    return {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}


def event_dict(e: Event, index: int) -> dict[str, Any]:
    """An event as ``extract`` writes it. ``edited`` says whether the user changed it (a project's
    edits); an edited one also has ``original`` (the reading it replaced; null for an event the
    user added), ``added``, ``note`` and ``edited_at``."""
    d = {"index": index, "sentence": {"start": e.sentence.start, "end": e.sentence.end}, **_reading(e),
         "timex": e.timex, "anchor": e.anchor, "edited": e.edited}
    if e.edited:
        d["original"] = _reading(e.original) if e.original is not None else None
        d.update(added=e.added, note=e.note, edited_at=e.edited_at)
    return d


def _reading(e: Event) -> dict[str, Any]:
    """What the reading (or the user) says of an event: its text, date and lane."""
    return {
        "title": e.title,
        "label": e.label,
        "value": e.value,
        "start": e.interval.start_iso if e.interval else None,
        "end": e.interval.end_iso if e.interval else None,
        "precision": e.precision,
        "dating": e.dating,
        "lane": e.lane,
        "section": e.section,
    }


def document_dict(doc: Document) -> dict[str, Any]:
    """A document's expressions and events; the events the user said are not events (a project's)
    are left out of ``events`` and listed under ``hidden``, present only when there are some."""
    d: dict[str, Any] = {
        "path": file_name(doc.path),
        "format": format_of(doc.path),  # what the file was read as: text, html, markdown, docx, pdf, events
        "timexes": [timex_dict(t) for t in doc.timexes],
        "events": [event_dict(e, i) for i, e in enumerate(doc.events)],
    }
    if doc.hidden:
        d["hidden"] = [event_dict(e, i) for i, e in enumerate(doc.hidden)]
    return _encodable(d) if _has_lone_surrogates(doc) else d


def documents_json_obj(docs: list[Document]) -> dict[str, Any]:
    return {"documents": [document_dict(d) for d in docs]}


def compact_json(obj: Any) -> str:
    """``obj`` as extract writes JSON: text as it is (not as \\u escapes), no spaces; the bytes
    ``json.dumps(obj, ensure_ascii=False, separators=(",", ":"))`` gives, seven times faster
    (orjson). Text holding a lone surrogate, which UTF-8 cannot write, is made encodable first
    (``document_json``)."""
    return orjson.dumps(obj).decode("utf-8")


_ITEMS_AT_A_TIME = 2000


def document_json(doc: Document) -> Iterator[str]:
    """``compact_json(document_dict(doc))`` in pieces of a few thousand expressions or events:
    the output of a large document is never all in memory at once, as one string or as the
    dicts it is made of (on 400,000 events, about 160 MB and 600 MB)."""
    fix: Callable[[Any], Any] = _encodable if _has_lone_surrogates(doc) else _as_it_is
    yield compact_json(fix({"path": file_name(doc.path), "format": format_of(doc.path)}))[:-1]
    yield from _json_list("timexes", doc.timexes, lambda t, i: timex_dict(t), fix)
    yield from _json_list("events", doc.events, event_dict, fix)
    if doc.hidden:
        yield from _json_list("hidden", doc.hidden, event_dict, fix)
    yield "}"


def documents_json(docs: Iterable[Document]) -> Iterator[str]:
    """``compact_json(documents_json_obj(docs))`` in pieces (``document_json``), each document
    taken from ``docs`` only when the one before is written: ``docs`` may read them one by one."""
    yield '{"documents":['
    for k, doc in enumerate(docs):
        if k:
            yield ","
        yield from document_json(doc)
    yield "]}"


def _json_list(key: str, items: Sequence[Any], item_dict: Callable[[Any, int], dict[str, Any]],
               fix: Callable[[Any], Any]) -> Iterator[str]:
    yield f',"{key}":['
    for first in range(0, len(items), _ITEMS_AT_A_TIME):
        part = [item_dict(item, first + k) for k, item in enumerate(items[first:first + _ITEMS_AT_A_TIME])]
        yield ("," if first else "") + compact_json(fix(part))[1:-1]
    yield "]"


def _as_it_is(obj: Any) -> Any:
    return obj


def events_csv(docs: list[Document]) -> str:
    return CSV_HEADER + "".join(piece for doc in docs for piece in document_csv(doc))


def document_csv(doc: Document) -> Iterator[str]:
    """A document's CSV rows (the header apart), a few thousand at a time (see document_json)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    path = neutralised(file_name(doc.path))
    encodable = _encodable if _has_lone_surrogates(doc) else None
    for i, e in enumerate(doc.events):
        if i and not i % _ITEMS_AT_A_TIME:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
        d = event_dict(e, i)
        row = [path, e.sentence.start, e.sentence.end, d["start"], d["end"],
               e.value, e.precision, e.dating, e.lane and neutralised(e.lane),
               e.section and neutralised(e.section), neutralised(e.title), neutralised(e.label)]
        writer.writerow(encodable(row) if encodable else row)
    yield out.getvalue()


def _has_lone_surrogates(doc: Document) -> bool:
    """Whether a document holds text UTF-8 cannot write (its titles and expressions are in its
    text). A document read from a file never does: decoding and the JSON reader see to it."""
    if not doc.text.isascii() and has_lone_surrogates(doc.text):
        return True
    return any(has_lone_surrogates(lane) for lane in {e.lane for e in doc.events} if lane and not lane.isascii())


def _encodable(obj: Any) -> Any:
    """``obj`` with each lone surrogate in its text as U+FFFD."""
    if isinstance(obj, str):
        return without_lone_surrogates(obj)
    if isinstance(obj, dict):
        return {k: _encodable(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_encodable(v) for v in obj]
    return obj
