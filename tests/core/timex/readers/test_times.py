"""Readers of times of day. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from viewer.core.timex.readers.times import clock, part_of_any_day, part_of_date, part_relative
from viewer.core.timex.reading import Reading
from viewer.core.timex.rules import rules


def read(reader, rule: str, text: str) -> list[tuple[str, Reading]]:
    """What ``reader`` makes of the first match of the rule named ``rule`` in ``text``."""
    match = next(r for r in rules(False) if r.name == rule).regex.search(text)
    return [(text[start:end], r) for start, end, r in reader(match, text)]


def test_a_part_of_a_named_day():
    assert read(part_of_date, "part_of_date", "They struck on the morning of 31 January 1965.") == [
        ("the morning of 31 January 1965", Reading(type="TIME", year=1965, month=1, day=31, part="MO"))]


def test_a_part_of_the_narratives_day():
    assert read(part_relative, "part_relative", "The town fell that night.") == [
        ("that night", Reading(type="TIME", unit="day", part="NI"))]


@pytest.mark.parametrize(("rule", "text", "expected"), [
    ("clock", "The guns opened at 10:30 p.m. sharp.", "22:30"),
    ("clock", "The guns opened at 12 am.", "00:00"),
    ("clock24", "The guns opened at 04:15 hours.", "04:15"),
])
def test_a_clock_time(rule, text, expected):
    assert read(clock, rule, text)[0][1] == Reading(type="TIME", unit="day", clock=expected)


@pytest.mark.parametrize(("text", "phrase", "value"), [

    ("The general ordered a night-time withdrawal.", "night-time", "XXXX-XX-XXTNI"),
    ("The sentries slept little in the nighttime cold.", "nighttime", "XXXX-XX-XXTNI"),
    ('"We march tonight," the colonel said.', "tonight", "XXXX-XX-XXTNI"),
    ("The supply columns moved only at night.", "night", "XXXX-XX-XXTNI"),
    ("The raiders were skilled in night fighting.", "night", "XXXX-XX-XXTNI"),
    ("One brigade night-marched across the pass.", "night", "XXXX-XX-XXTNI"),
])
def test_a_part_of_some_day(text, phrase, value):
    # "tonight" is the night of the day of writing, when the document has one
    expected = Reading(type="TIME", literal=value, deictic=phrase == "tonight")
    assert read(part_of_any_day, "part_of_any_day", text) == [(phrase, expected)]


def test_a_day_to_day_task_is_no_part_of_a_day():
    rule = next(r for r in rules(False) if r.name == "part_of_any_day")
    assert rule.regex.search("The day-to-day running of the camp fell to him.") is None


@pytest.mark.parametrize("text", [
    "The night was cold and the guards were tired.",
    "He wrote of a night watchman at the depot.",
    "They met on the night of the storm.",
])
def test_a_night_with_its_own_words_is_left_to_other_rules(text):
    rule = next(r for r in rules(False) if r.name == "part_of_any_day")
    assert rule.regex.search(text) is None


def test_daytime_is_the_day_part_of_some_day():
    text = "The convoys could not move in daytime."
    assert read(part_of_any_day, "daytime", text) == [("daytime", Reading(type="TIME", literal="XXXX-XX-XXTDT"))]
