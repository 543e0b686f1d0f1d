"""The events as an iCalendar file (RFC 5545), written by the ``icalendar`` library.

One all-day VEVENT per dated event: DTSTART its first day and DTEND the day after its last
(iCalendar's end is exclusive), both as dates; SUMMARY its label, DESCRIPTION its sentence,
CATEGORIES its lane. The UID is made from the document's name and the sentence's span, so
exporting again gives the same UIDs and a calendar updates its events instead of doubling them.

iCalendar dates are years 1 to 9999 of the Gregorian calendar: an event outside them (480 BC)
cannot be written and is left out; ``IcsExport.left_out`` counts them. Undated events and the
events the user hid are not exported either.
"""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass

from viewer.core.dates.calendar import civil_date
from viewer.core.document import Document
from viewer.core.events import Event
from viewer.core.exchange.safe_text import file_name, without_lone_surrogates
from viewer.core.kinds import NO_ACTOR

PRODID = "-//timeline-viewer//Chronology export//EN"


@dataclass(frozen=True)
class IcsExport:
    data: bytes  # the .ics file, UTF-8 with CRLF line ends
    events: int  # how many VEVENTs it holds
    left_out: int  # dated events outside years 1-9999, which iCalendar cannot hold


def _date(day: int) -> datetime.date | None:
    year, month, d = civil_date(day)
    return datetime.date(year, month, d) if 1 <= year <= 9999 else None


def _uid(path: str, event: Event) -> str:
    key = f"{path}\0{event.sentence.start}\0{event.sentence.end}".encode("utf-8", "surrogatepass")
    return f"{hashlib.sha1(key).hexdigest()[:20]}-{event.sentence.start}@timeline-viewer"


def events_ics(docs: list[Document], stamp: datetime.datetime | None = None) -> IcsExport:
    """The documents' dated events as one calendar. ``stamp`` (DTSTAMP, when the file was made)
    is now unless given."""
    import icalendar  # about 80 ms to import: only when a calendar is written

    stamp = stamp or datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    written = left_out = 0
    for doc in docs:
        path = file_name(doc.path)
        for e in doc.events:
            if e.interval is None:
                continue
            first, last = _date(e.interval.first), _date(e.interval.last)
            if first is None or last is None or last == datetime.date.max:
                left_out += 1
                continue
            vevent = icalendar.Event()
            vevent.add("uid", _uid(path, e))
            vevent.add("dtstamp", stamp)
            vevent.add("dtstart", first)
            vevent.add("dtend", last + datetime.timedelta(days=1))
            vevent.add("summary", without_lone_surrogates(e.label or e.title))
            vevent.add("description", without_lone_surrogates(e.title))
            vevent.add("categories", [without_lone_surrogates(e.lane or NO_ACTOR)])
            vevent.add("transp", "TRANSPARENT")  # a date in history does not make anyone busy
            calendar.add_component(vevent)
            written += 1
    return IcsExport(calendar.to_ical(), written, left_out)
