"""The iCalendar export read back by the icalendar library: one all-day event per dated event,
its dates and text as the reading has them."""

from __future__ import annotations

import datetime
from dataclasses import replace

import icalendar

from tests.core.exchange.test_timelinejs import narrative
from viewer.core.dates.calendar import civil_date
from viewer.core.document import analyse
from viewer.core.exchange.ics import events_ics
from viewer.core.kinds import NO_ACTOR

STAMP = datetime.datetime(2024, 5, 1, 12, 0, tzinfo=datetime.UTC)


def vevents(docs) -> list:
    return list(icalendar.Calendar.from_ical(events_ics(docs, STAMP).data).walk("VEVENT"))


def day(n: int) -> datetime.date:
    return datetime.date(*civil_date(n))


def test_one_all_day_event_per_dated_event_with_its_dates():
    doc = narrative()
    dated = [e for e in doc.events if e.interval is not None and civil_date(e.interval.first)[0] >= 1]
    events = vevents([doc])
    assert len(events) == len(dated) > 5
    for vevent, e in zip(events, dated, strict=True):
        start, end = vevent.decoded("dtstart"), vevent.decoded("dtend")
        assert type(start) is datetime.date and type(end) is datetime.date  # all-day: dates, not times
        assert vevent["dtstart"].params.get("VALUE") == "DATE"
        assert start == day(e.interval.first)
        assert end == day(e.interval.last) + datetime.timedelta(days=1)  # DTEND is exclusive
        assert str(vevent["description"]) == e.title
        assert str(vevent["summary"]) == e.label
        assert vevent["categories"].cats == [e.lane or NO_ACTOR]


def test_a_range_and_a_decade_span_their_days():
    events = {str(v["description"])[:12]: v for v in vevents([narrative()])}
    siege = events["From 3 to 9 "]
    assert (siege.decoded("dtstart"), siege.decoded("dtend")) == (datetime.date(1941, 5, 3), datetime.date(1941, 5, 10))
    thirties = events["In the 1930s"]
    assert (thirties.decoded("dtstart"), thirties.decoded("dtend")) == (datetime.date(1930, 1, 1),
                                                                        datetime.date(1940, 1, 1))


def test_years_bc_are_left_out_and_counted():
    doc = narrative()
    ics = events_ics([doc], STAMP)
    assert ics.left_out == 1  # 480 BC
    assert ics.events == len(vevents([doc]))
    assert "Persians" not in ics.data.decode()


def test_undated_and_hidden_events_are_not_exported():
    doc = narrative()
    assert doc.events[0].interval is None
    hidden = replace(doc, events=doc.events[2:], hidden=tuple(doc.events[:2]))
    assert len(vevents([hidden])) == len(vevents([doc])) - 1


def test_script_and_ampersand_round_trip_as_text():
    doc = analyse('On 3 May 1940 <script>alert("x")</script> & the <b>army</b>; crossed, the\\river.', "a.txt")
    [vevent] = vevents([doc])
    assert str(vevent["description"]) == doc.events[0].title
    assert "<script>" in str(vevent["description"])  # plain text in a calendar, exactly as written


def test_uids_are_unique_and_the_same_each_time():
    docs = [narrative(), narrative("other.txt")]
    first = [str(v["uid"]) for v in vevents(docs)]
    assert len(set(first)) == len(first)
    assert [str(v["uid"]) for v in vevents(docs)] == first


def test_the_calendar_is_rfc_5545():
    data = events_ics([narrative()], STAMP).data
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["version"]) == "2.0" and str(calendar["prodid"])
    assert all(line.endswith(b"\r") or not line for line in data.split(b"\n"))  # CRLF line ends
    assert all(len(line) <= 76 for line in data.split(b"\r\n"))  # folded at 75 octets
    assert all(v.decoded("dtstamp") == STAMP for v in calendar.walk("VEVENT"))
