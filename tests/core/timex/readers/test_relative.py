"""Readers of expressions told from the narrative's date or the writer's. Every sentence here
is written for these tests."""

from __future__ import annotations

import pytest

from viewer.core.timex.readers.relative import (
    day_before_after,
    day_of_event,
    named_month_relative,
    offset,
    reference,
    relative,
    weekday,
    year_relative,
)
from viewer.core.timex.reading import Reading
from viewer.core.timex.rules import rules


def read(reader, rule: str, text: str) -> list[tuple[str, Reading]]:
    """What ``reader`` makes of the first match of the rule named ``rule`` in ``text``."""
    match = next(r for r in rules(False) if r.name == rule).regex.search(text)
    return [(text[start:end], r) for start, end, r in reader(match, text)]


def test_the_day_before_and_after():
    assert read(day_before_after, "day_before_after", "the day before the landing") == [
        ("the day before", Reading(unit="day", shift=-1))]
    assert read(day_before_after, "day_before_after", "the day after, they marched") == [
        ("the day after", Reading(unit="day", shift=1))]


@pytest.mark.parametrize(("rule", "text", "expected"), [
    ("relative", "the next day", Reading(unit="day", shift=1)),
    ("relative", "the following spring", Reading(unit="year", shift=1, sub="SP")),
    ("relative", "the same evening", Reading(type="TIME", unit="day", part="EV")),
    ("relative_that", "that year", Reading(unit="year")),
])
def test_a_step_from_the_narratives_date(rule, text, expected):
    assert read(relative, rule, text) == [(text, expected)]


@pytest.mark.parametrize(("text", "expected"), [
    ("two days later", Reading(unit="day", shift=2)),
    ("three years before", Reading(unit="year", shift=-3)),
    ("a fortnight later", Reading(unit="week", shift=2)),
    ("days later", Reading(unit="day", shift=None)),
    ("a few months later", Reading(literal="FUTURE_REF")),
    ("two hours later", Reading(type="TIME", unit="day", clock="XX")),
])
def test_an_offset(text, expected):
    assert read(offset, "offset", text) == [(text, expected)]


def test_a_weekday():
    assert read(weekday, "weekday", "On Tuesday the rain stopped.") == [
        ("Tuesday", Reading(weekday=1, unit="weekday", deictic=True))]


def test_a_month_before_or_after():
    assert read(named_month_relative, "named_month_relative", "in the following April") == [
        ("the following April", Reading(month=4, direction=1))]
    assert read(named_month_relative, "named_month_relative", "in the previous April")[0][1].direction == -1


def test_next_or_last_year_is_the_speakers():
    assert read(year_relative, "year_relative", "next year") == [
        ("next year", Reading(unit="year", shift=1, moves=False, deictic=True))]


@pytest.mark.parametrize(("text", "expected"), [
    ("It is now a museum.", "PRESENT_REF"),
    ("It was formerly a fort.", "PAST_REF"),
    ("It may become one in the future.", "FUTURE_REF"),
])
def test_a_reference_to_the_writers_time(text, expected):
    assert read(reference, "reference", text)[0][1] == Reading(literal=expected)


@pytest.mark.parametrize(("rule", "text", "phrase", "unit"), [
    ("unit_end", "By month's end the army had crossed the river.", "month's end", "month"),
    ("unit_end", "At year's end the harbour froze.", "year's end", "year"),
    ("relative_part_of", "Late in the year the rebels took the port.", "Late in the year", "year"),
    ("relative_part_of", "Raids went on in the latter part of the year.", "the latter part of the year", "year"),
    ("relative_part_of", "Early in the month the envoys left.", "Early in the month", "month"),
])
def test_a_part_of_the_narratives_month_or_year(rule, text, phrase, unit):
    assert read(relative, rule, text) == [(phrase, Reading(unit=unit, shift=0))]


def test_a_years_harvest_is_no_part_of_the_year():
    rule = next(r for r in rules(False) if r.name == "unit_end")
    assert rule.regex.search("The year's harvest was poor and the month's pay was late.") is None


def test_to_date_is_the_writers_present():
    assert read(reference, "to_date", "It was the largest raid to date.") == [
        ("date", Reading(literal="PRESENT_REF"))]


def test_up_to_date_and_a_date_are_not_the_present():
    rule = next(r for r in rules(False) if r.name == "to_date")
    assert rule.regex.search("The maps were kept up to date by the staff.") is None
    assert rule.regex.search("They agreed to a date for the talks.") is None


@pytest.mark.parametrize(("text", "phrase"), [
    ("On the final day of the siege the walls were breached.", "the final day of the siege"),
    ("On 9 May, the third day of the Battle of the Marshes, the dam broke.",
     "the third day of the Battle of the Marshes"),
    ("They landed on 2 June, the first day of the invasion.", "the first day of the invasion"),
])
def test_a_day_of_an_event_is_the_narratives_day(text, phrase):
    assert read(day_of_event, "day_of_event", text) == [(phrase, Reading(unit="day", shift=0))]


def test_the_first_day_of_a_war_told_later_is_not_the_narratives_day():
    text = "Raids on the first day of the war had wrecked the airfields."
    assert read(day_of_event, "day_of_event", text) == []


def test_a_day_of_something_else_is_no_day_of_an_event():
    rule = next(r for r in rules(False) if r.name == "day_of_event")
    assert rule.regex.search("It was the second day of the harvest festival.") is None
