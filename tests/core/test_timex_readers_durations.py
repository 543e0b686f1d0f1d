"""Readers of lengths of time and of what repeats. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from viewer.core.reading import Reading
from viewer.core.timex_readers_durations import bare_units, duration, hyphen_duration, part_of_period, recurrence
from viewer.core.timex_rules import rules


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
