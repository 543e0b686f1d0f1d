"""The events as TimelineJS3's JSON (https://timeline.knightlab.com/docs/json-format.html).

One timeline for all the documents: ``{"title": slide, "events": [slide, ...]}``. A slide has
``start_date`` (and ``end_date`` when the event spans more than its first day, month or year),
each a date object with only the parts the event's precision knows: ``{year}`` for a year, a
decade or a century, ``{year, month}`` for a month, a season, a quarter or a half-year,
``{year, month, day}`` for a day or a week. Years are historical, 480 BC as -480, as TimelineJS
writes them ("480 BCE"). ``text`` is ``{headline: the label, text: the sentence}`` and ``group``
the event's lane (its actor, else "No actor"), so TimelineJS gives each lane its row.

TimelineJS shows ``headline`` and ``text`` as HTML: a document's text is never markup, so they
are written HTML-escaped ("<b>" as "&lt;b&gt;"). Undated events have no place on a timeline and
are left out, as are the events the user hid.
"""

from __future__ import annotations

import html
from typing import Any

from viewer.core.dates.calendar import Interval, civil_date
from viewer.core.document import Document
from viewer.core.events import Event
from viewer.core.exchange.safe_text import file_name, without_lone_surrogates
from viewer.core.kinds import NO_ACTOR

# How many parts of a date each precision knows: year; year and month; year, month and day.
_PARTS = {"day": 3, "week": 3, "month": 2, "season": 2, "quarter": 2, "half-year": 2,
          "year": 1, "decade": 1, "century": 1}
# TimelineJS's "human" scale is JavaScript's Date: beyond these years it needs "cosmological".
_HUMAN_YEARS = (-271820, 275759)


def _text(s: str) -> str:
    """Document text as TimelineJS shows it: HTML-escaped, valid UTF-8."""
    return html.escape(without_lone_surrogates(s))


def date_object(day: int, precision: str) -> dict[str, int]:
    """A day number as a TimelineJS date object, with the parts ``precision`` knows."""
    year, month, d = civil_date(day)
    parts = _PARTS.get(precision, 3)
    out = {"year": year}
    if parts >= 2:
        out["month"] = month
    if parts >= 3:
        out["day"] = d
    return out


def _dates(interval: Interval) -> dict[str, Any]:
    start = date_object(interval.first, interval.precision)
    end = date_object(interval.last, interval.precision)
    return {"start_date": start} if end == start else {"start_date": start, "end_date": end}


def slide(event: Event, unique_id: str) -> dict[str, Any] | None:
    """One event as a TimelineJS slide; None for an undated one."""
    if event.interval is None:
        return None
    return {
        **_dates(event.interval),
        "text": {"headline": _text(event.label or event.title), "text": _text(event.title)},
        "group": _text(event.lane or NO_ACTOR),
        "unique_id": unique_id,
    }


def timeline_obj(docs: list[Document]) -> dict[str, Any]:
    """The documents' dated events as one TimelineJS timeline."""
    events = []
    for d, doc in enumerate(docs):
        for i, e in enumerate(doc.events):
            s = slide(e, f"d{d}-e{i}")
            if s is not None:
                events.append(s)
    names = ", ".join(file_name(doc.path) for doc in docs) or "Chronology"
    out: dict[str, Any] = {
        "title": {"text": {"headline": _text(names), "text": f"{len(events)} dated events"}},
        "events": events,
    }
    years = [date["year"] for s in events for key in ("start_date", "end_date") if (date := s.get(key))]
    if years and (min(years) < _HUMAN_YEARS[0] or max(years) > _HUMAN_YEARS[1]):
        out["scale"] = "cosmological"
    return out
