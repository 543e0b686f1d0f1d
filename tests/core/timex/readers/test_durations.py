"""Readers of lengths of time and of what repeats. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from viewer.core.timex.readers.durations import (
    bare_units,
    duration,
    following_units,
    hyphen_duration,
    part_of_period,
    recurrence,
    unit_long,
)
from viewer.core.timex.reading import Reading
from viewer.core.timex.rules import rules


def read(reader, rule: str, text: str) -> list[tuple[str, Reading]]:
    """What ``reader`` makes of the first match of the rule named ``rule`` in ``text``."""
    match = next(r for r in rules(False) if r.name == rule).regex.search(text)
    return [(text[start:end], r) for start, end, r in reader(match, text)]


def lasting(literal: str, **kwargs) -> Reading:
    return Reading(type="DURATION", literal=literal, **kwargs)


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The siege lasted three weeks.", "three weeks", "P3W"),
    ("The siege lasted a fortnight.", "a fortnight", "P2W"),
    ("The shelling went on for several hours.", "several hours", "PTXH"),
    ("The empire stood for two centuries.", "two centuries", "P2CE"),
])
def test_a_duration(text, phrase, value):
    assert read(duration, "duration", text) == [(phrase, lasting(value))]


def test_a_second_attack_is_not_a_duration():
    assert read(duration, "duration", "They made a second attack.") == []


def test_part_of_a_named_period_is_a_period():
    assert read(part_of_period, "part_of_period", "in the last week of August 1914") == [
        ("the last week of August 1914", lasting("P1W", year=1914, month=8))]


@pytest.mark.parametrize(("text", "value"), [
    ("The council met every year.", "XXXX"),
    ("The paper came out weekly.", "XXXX-WXX"),
    ("They marched twenty miles per day.", "P1D"),
])
def test_what_repeats(text, value):
    assert read(recurrence, "set", text)[0][1] == Reading(type="SET", literal=value)


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("They waited for weeks.", "weeks", "PXW"),
    ("They waited for hours.", "hours", "PTXH"),
])
def test_units_without_a_number(text, phrase, value):
    assert read(bare_units, "bare_units", text) == [(phrase, lasting(value))]


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("They agreed a 30-day truce.", "30-day", "P30D"),
    ("It was a two-hour battle.", "two-hour", "PT2H"),
])
def test_a_hyphenated_duration(text, phrase, value):
    assert read(hyphen_duration, "hyphen_duration", text) == [(phrase, lasting(value))]


def _rule(name: str):
    return next(r for r in rules(False) if r.name == name)


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The garrison endured a year-long blockade.", "year-long", "P1Y"),
    ("A week-long truce followed the fall of the fort.", "week-long", "P1W"),
    ("The envoys made a months-long journey to the court.", "months-long", "PXM"),
    ("The fighting ended in an hours-long exchange of fire.", "hours-long", "PTXH"),
])
def test_a_length_named_by_a_unit_and_long(text, phrase, value):
    assert read(unit_long, "unit_long", text) == [(phrase, lasting(value))]


def test_a_counted_unit_and_long_is_left_to_the_hyphened_duration():
    assert _rule("unit_long").regex.search("They signed a ten-year-long lease on the port.") is None
    assert _rule("unit_long").regex.search("The long years of exile wore on him.") is None


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The town was looted over the following days.", "the following days", "PXD"),
    ("The dispute would flare again in the coming years.", "the coming years", "PXY"),
    ("Little had changed in the intervening months.", "the intervening months", "PXM"),
    ("The ensuing weeks brought hunger to the city.", "The ensuing weeks", "PXW"),
])
def test_some_units_after_the_narratives_date(text, phrase, value):
    assert read(following_units, "following_units", text) == [(phrase, lasting(value))]


def test_the_following_day_is_not_some_days():
    assert _rule("following_units").regex.search("The town fell the following day.") is None


def test_a_single_unit_is_one_unit():
    assert read(duration, "duration", "The assembly sat for a single year.") == [
        ("a single year", lasting("P1Y"))]


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The blockade lasted two and a half years.", "two and a half years", "P2.5Y"),
    ("The blockade lasted a year and a half.", "a year and a half", "P1.5Y"),
    ("The march took three and half days.", "three and half days", "P3.5D"),
])
def test_a_duration_and_a_half(text, phrase, value):
    assert read(duration, "duration", text) == [(phrase, lasting(value))]


def test_a_half_starved_army_is_no_half_year():
    assert read(duration, "duration", "After three years and a half-starved winter they gave up.") == [
        ("three years", lasting("P3Y"))]
