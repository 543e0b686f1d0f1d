"""The faster way the events are made (``events._event``) makes the Event its dataclass makes.
Every sentence here is written for these tests."""

from __future__ import annotations

import dataclasses

import pytest

from viewer.core.dates.calendar import Interval
from viewer.core.events import Event, _event, _Read
from viewer.core.text.sentences import Sentence


@pytest.mark.parametrize("fields", [
    ("The army crossed.", "1915-05-03", Interval(1, 1, "day"), "explicit", 3, None, "army", "War", "Army crossed"),
    ("It rained.", None, None, "undated", None, None, None, None, ""),
    ("The fleet sailed.", "1915", Interval(0, 364, "year"), "inferred", None, 2, None, "Sea", "Fleet sailed"),
])
def test_an_event_made_faster_is_the_event(fields):
    sentence = Sentence(1, 10, 10 + len(fields[0]))
    made, plain = _event(sentence, *fields), Event(sentence, *fields)
    assert type(made) is Event and made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    for f in dataclasses.fields(Event):
        assert getattr(made, f.name) == getattr(plain, f.name), f.name
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.label = "other"  # type: ignore[misc]
    assert dataclasses.replace(made, note="seen") == dataclasses.replace(plain, note="seen")
    assert not made.edited and made.precision == plain.precision


def test_the_faster_way_sets_every_field_the_dataclass_has():
    assert _Read.__slots__ == Event.__slots__ == tuple(f.name for f in dataclasses.fields(Event))
    made = _event(Sentence(0, 0, 3), "It.", None, None, "undated", None, None, None, None, "")
    defaults = {f.name: f.default for f in dataclasses.fields(Event) if f.default is not dataclasses.MISSING}
    assert {name: getattr(made, name) for name in defaults} == defaults
