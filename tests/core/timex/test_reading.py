"""A reading, as the tests hold it: never changed once made (see tests/conftest.py)."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.timex.reading import Reading, altered


def test_a_reading_cannot_be_changed_once_made() -> None:
    r = Reading(month=5)
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.year = 1915
    assert r == Reading(month=5)


def test_a_changed_reading_is_a_new_one() -> None:
    r = Reading(month=5)
    assert dataclasses.replace(r, year=1915) == Reading(year=1915, month=5)
    assert r.year is None


def test_what_a_reading_still_needs() -> None:
    assert Reading(month=5).needs_year
    assert not Reading(year=1915, month=5).needs_year
    assert not Reading(unit="day", shift=1).needs_year and Reading(unit="day", shift=1).relative


def test_what_the_reader_makes_cannot_be_changed_once_made_and_stays_hashable() -> None:
    from viewer.core.events import Event
    from viewer.core.text.sentences import Sentence
    from viewer.core.timex.finding import Timex

    sentence = Sentence(0, 0, 12)
    timex = Timex(3, 7, "1915", "DATE", "1915")
    event = Event(sentence, "In 1915 rain", "1915", None, "explicit", 0)
    for made, field in ((sentence, "end"), (timex, "value"), (event, "label")):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(made, field, None)
    assert len({sentence, Sentence(0, 0, 12)}) == 1 and hash(timex) == hash(Timex(3, 7, "1915", "DATE", "1915"))
    assert dataclasses.replace(event, label="Rain") != event and event.label == ""


@settings(max_examples=200)
@given(st.data())
def test_a_reading_altered_is_the_reading_replace_makes(data: st.DataObject) -> None:
    base = Reading(year=data.draw(st.none() | st.integers(-500, 2100)), month=data.draw(st.none() | st.integers(1, 12)),
                   unit=data.draw(st.sampled_from([None, "day", "week"])), deictic=data.draw(st.booleans()))
    names = data.draw(st.lists(st.sampled_from([f.name for f in dataclasses.fields(Reading)]), unique=True))
    parts = {name: data.draw(st.sampled_from([None, 0, 7, "Q2", True])) for name in names}
    assert altered(base, **parts) == dataclasses.replace(base, **parts)
    assert altered(base) == base and altered(base) is not base
