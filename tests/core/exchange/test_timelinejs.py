"""The TimelineJS export, checked against TimelineJS3's documented JSON format
(https://timeline.knightlab.com/docs/json-format.html): the keys it knows, their types, the
parts of a date, years BC negative, the group a lane, the text HTML-escaped."""

from __future__ import annotations

import html
import json
from dataclasses import replace

from viewer.core.dates.calendar import civil_date
from viewer.core.document import Document, analyse
from viewer.core.exchange.timelinejs import timeline_obj
from viewer.core.kinds import NO_ACTOR

# A narrative with every precision, a year BC, a range, an undated first sentence, markup and
# ampersands that are text.
NARRATIVE = (
    "Nobody knows when the town was founded. In the 1930s the economy collapsed. "
    "In May 1940 the army of France moved north. "
    "On 3 May 1940, the <b>army</b> crossed the river & took the town. "
    "In 480 BC the Persians burned Athens. From 3 to 9 May 1941 the siege went on. "
    "In summer 1916 the Somme battle raged. "
    '<script>alert("x")</script> was written in 1950 & kept.\r\nThe end came in 1951.\n'
)


def narrative(path: str = "war & peace <1>.txt", **kw) -> Document:
    return analyse(NARRATIVE, path, **kw)


# TimelineJS3's documented keys (the JSON format page): the timeline, a slide, a date, a text.
TIMELINE_KEYS = {"events", "title", "eras", "scale"}
SLIDE_KEYS = {"start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink",
              "unique_id"}
DATE_KEYS = {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format"}
TEXT_KEYS = {"headline", "text"}


def check_date(date) -> tuple[int, int, int]:
    assert isinstance(date, dict) and set(date) <= DATE_KEYS
    assert isinstance(date["year"], int) and date["year"] != 0  # required; no year 0, BC negative
    for key, low, high in (("month", 1, 12), ("day", 1, 31)):
        if key in date:
            assert isinstance(date[key], int) and low <= date[key] <= high
    assert "day" not in date or "month" in date
    return date["year"], date.get("month", 1), date.get("day", 1)


def check_text(text) -> None:
    assert isinstance(text, dict) and set(text) <= TEXT_KEYS
    for value in text.values():
        assert isinstance(value, str)
        assert "<" not in value and ">" not in value  # TimelineJS shows these as HTML: text is escaped


def check_timeline(obj) -> None:
    """What TimelineJS3 requires of its JSON, as its documentation gives it."""
    obj = json.loads(json.dumps(obj))  # as the browser gets it
    assert isinstance(obj, dict) and set(obj) <= TIMELINE_KEYS
    assert isinstance(obj["events"], list)  # required
    assert obj.get("scale", "human") in ("human", "cosmological")
    if "title" in obj:
        assert set(obj["title"]) <= SLIDE_KEYS and "start_date" not in obj["title"]
        check_text(obj["title"]["text"])
    for slide in obj["events"]:
        assert set(slide) <= SLIDE_KEYS
        start = check_date(slide["start_date"])  # required, except for the title slide
        if "end_date" in slide:
            end = check_date(slide["end_date"])
            assert end >= start
        check_text(slide["text"])
        assert isinstance(slide["group"], str) and slide["group"]
        assert isinstance(slide["unique_id"], str)
    assert len({s["unique_id"] for s in obj["events"]}) == len(obj["events"])


def test_the_export_has_timelinejs_documented_fields_and_types():
    check_timeline(timeline_obj([narrative(), analyse("In 1066 the Normans came.", "b.txt")]))


def test_each_dated_event_is_a_slide_and_undated_and_hidden_ones_are_not():
    doc = narrative()
    dated = [e for e in doc.events if e.interval is not None]
    assert len(dated) < len(doc.events)  # the first sentence is undated
    assert len(timeline_obj([doc])["events"]) == len(dated)
    hidden = replace(doc, events=doc.events[2:], hidden=tuple(doc.events[:2]))
    assert len(timeline_obj([hidden])["events"]) == len(dated) - 1


def slide_of(obj, sentence_start: str) -> dict:
    [slide] = [s for s in obj["events"] if html.unescape(s["text"]["text"]).startswith(sentence_start)]
    return slide


def test_dates_carry_only_the_parts_their_precision_knows():
    obj = timeline_obj([narrative()])
    assert slide_of(obj, "On 3 May 1940")["start_date"] == {"year": 1940, "month": 5, "day": 3}
    assert "end_date" not in slide_of(obj, "On 3 May 1940")
    assert slide_of(obj, "In May 1940")["start_date"] == {"year": 1940, "month": 5}
    assert "end_date" not in slide_of(obj, "In May 1940")
    assert slide_of(obj, "From 3 to 9")["start_date"] == {"year": 1941, "month": 5, "day": 3}
    assert slide_of(obj, "From 3 to 9")["end_date"] == {"year": 1941, "month": 5, "day": 9}
    assert slide_of(obj, "In the 1930s")["start_date"] == {"year": 1930}
    assert slide_of(obj, "In the 1930s")["end_date"] == {"year": 1939}
    assert slide_of(obj, "In summer 1916")["start_date"] == {"year": 1916, "month": 6}
    assert slide_of(obj, "In summer 1916")["end_date"] == {"year": 1916, "month": 8}


def test_years_bc_are_negative():
    slide = slide_of(timeline_obj([narrative()]), "In 480 BC")
    assert slide["start_date"] == {"year": -480}
    assert "end_date" not in slide
    assert timeline_obj([analyse("In 44 BC Caesar died.", "c.txt")])["events"][0]["start_date"] == {"year": -44}


def test_the_group_is_the_lane():
    doc = narrative()
    obj = timeline_obj([doc])
    dated = [e for e in doc.events if e.interval is not None]
    assert [s["group"] for s in obj["events"]] == [html.escape(e.lane or NO_ACTOR) for e in dated]
    assert "France" in {s["group"] for s in obj["events"]}


def test_markup_and_ampersands_in_the_text_stay_text():
    doc = narrative()
    obj = timeline_obj([doc])
    dated = [e for e in doc.events if e.interval is not None]
    assert [html.unescape(s["text"]["text"]) for s in obj["events"]] == [e.title for e in dated]
    assert [html.unescape(s["text"]["headline"]) for s in obj["events"]] == [e.label for e in dated]
    army = slide_of(obj, "On 3 May 1940")["text"]["text"]
    assert "&lt;b&gt;army&lt;/b&gt;" in army and "&amp; took" in army
    assert "<script" not in json.dumps(obj) and "<b>" not in json.dumps(obj)
    assert html.unescape(obj["title"]["text"]["headline"]) == "war & peace <1>.txt"


def test_dates_beyond_javascripts_range_use_the_cosmological_scale():
    doc = narrative()
    far = replace(doc.events[1], interval=replace(doc.events[1].interval, first=-10**9, last=-10**9))
    obj = timeline_obj([replace(doc, events=[far])])
    assert obj["scale"] == "cosmological"
    assert obj["events"][0]["start_date"]["year"] == civil_date(-10**9)[0] < -271821
    assert "scale" not in timeline_obj([doc])


def test_no_documents_give_an_empty_timeline():
    obj = timeline_obj([])
    check_timeline(obj)
    assert obj["events"] == []
