"""The stable output of `timeline-viewer extract`: JSON documents and CSV rows."""

from __future__ import annotations

import csv
import io
from typing import Any

from viewer.core.document import Document
from viewer.core.events import Event

CSV_FIELDS = (
    "path", "sentence_start", "sentence_end", "start", "end", "value", "precision",
    "dating", "lane", "title",
)


def timex_dict(t) -> dict[str, Any]:
    return {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}


def event_dict(e: Event, index: int) -> dict[str, Any]:
    return {
        "index": index,
        "sentence": {"start": e.sentence.start, "end": e.sentence.end},
        "title": e.title,
        "value": e.value,
        "start": e.interval.start_iso if e.interval else None,
        "end": e.interval.end_iso if e.interval else None,
        "precision": e.precision,
        "dating": e.dating,
        "lane": e.lane,
        "timex": e.timex,
        "anchor": e.anchor,
    }


def document_dict(doc: Document) -> dict[str, Any]:
    return {
        "path": doc.path,
        "timexes": [timex_dict(t) for t in doc.timexes],
        "events": [event_dict(e, i) for i, e in enumerate(doc.events)],
    }


def documents_json_obj(docs: list[Document]) -> dict[str, Any]:
    return {"documents": [document_dict(d) for d in docs]}


def events_csv(docs: list[Document]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for doc in docs:
        for i, e in enumerate(doc.events):
            d = event_dict(e, i)
            writer.writerow([doc.path, e.sentence.start, e.sentence.end, d["start"], d["end"],
                             e.value, e.precision, e.dating, e.lane, e.title])
    return out.getvalue()
