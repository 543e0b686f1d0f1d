"""Readers of days, months, seasons, holidays and halves of a year. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest

from viewer.core.timex.readers.dates import (
    day_alone,
    day_month,
    day_range,
    full_date,
    half,
    holiday,
    iso,
    month_alone,
    month_day,
    month_year,
    same_year,
    season,
)
from viewer.core.timex.reading import Reading
from viewer.core.timex.rules import rules


def read(reader, rule: str, text: str) -> list[tuple[str, Reading]]:
    """What ``reader`` makes of the first match of the rule named ``rule`` in ``text``."""
    match = next(r for r in rules(False) if r.name == rule).regex.search(text)
    return [(text[start:end], r) for start, end, r in reader(match, text)]


def test_a_full_date():
    assert read(full_date, "day_month_year", "On 22 June 1941 the invasion began.") == [
        ("22 June 1941", Reading(year=1941, month=6, day=22))]


def test_an_iso_date_needs_a_real_month():
    assert read(iso, "iso", "Filed 2017-07-10.") == [("2017-07-10", Reading(year=2017, month=7, day=10))]
    assert read(iso, "iso", "Filed 2017-13-01.") == []


def test_a_day_and_a_month():
    assert read(day_month, "day_month", "They landed on 6 June.") == [("6 June", Reading(month=6, day=6))]
    assert read(month_day, "month_day", "They landed on June 6.") == [("June 6", Reading(month=6, day=6))]


def test_a_month_after_a_title_is_a_name():
    assert read(month_day, "month_day", "Admiral March 3 ships were lost.") == []


def test_a_month_and_a_year():
    assert read(month_year, "month_year", "The fleet sailed in March 1808.") == [
        ("March 1808", Reading(year=1808, month=3))]


@pytest.mark.parametrize(("text", "expected"), [
    ("In May the rains came.", [("May", Reading(month=5))]),
    ("Theresa May spoke to the house.", []),
    ("They survived the Long March.", []),
    ("After the March to Versailles the king gave way.", []),
])
def test_a_month_alone_is_a_month_unless_it_is_a_name(text, expected):
    assert read(month_alone, "month_alone", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the winter of 1812", [("the winter of 1812", Reading(year=1812, sub="WI"))]),
    ("The men had to fall back.", []),
    ("The army entered winter quarters.", [("winter", Reading(literal="XXXX-WI"))]),
])
def test_a_season(text, expected):
    assert read(season, "season", text) == expected


def test_a_day_range_gives_both_days():
    assert read(day_range, "day_range", "fought on 22-25 April 1951") == [
        ("22", Reading(year=1951, month=4, day=22)), ("25 April 1951", Reading(year=1951, month=4, day=25))]
    assert read(day_range, "day_range", "fought on 25-22 April 1951") == []


def test_a_month_of_that_year_stays_in_that_year():
    assert read(same_year, "month_day_same_year", "in October of that year") == [
        ("October of that year", Reading(month=10, same_year=True))]


@pytest.mark.parametrize(("text", "expected"), [
    ("home by Christmas 1914", Reading(year=1914, month=12, day=25)),
    ("on Christmas Eve", Reading(month=12, day=24)),
    ("on New Year's Day", Reading(month=1, day=1)),
    ("by Easter", Reading(sub="EASTER")),
])
def test_a_holiday(text, expected):
    assert read(holiday, "holiday", text)[0][1] == expected


def test_a_holiday_in_a_title_is_not_a_date():
    assert read(holiday, "holiday", "They called it Bloody Easter.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("in the first half of 1943", Reading(year=1943, sub="H1")),
    ("in the last quarter", Reading(sub="Q4")),
])
def test_a_half_or_a_quarter_of_a_year(text, expected):
    assert read(half, "half", text)[0][1] == expected


@pytest.mark.parametrize(("text", "phrase"), [
    ("The offensive was planned for the dry season.", "the dry season"),
    ("Roads washed out when rainy season came.", "rainy season"),
    ("Supply drops stopped during the monsoon season.", "the monsoon season"),
])
def test_a_climate_season_has_no_calendar_value(text, phrase):
    rule = next(r for r in rules(False) if r.name == "named_season")
    m = rule.regex.search(text)
    assert [(text[s:e], r) for s, e, r in rule.handler(m, text)] == [(phrase, Reading(literal=""))]


def test_a_season_of_sport_is_no_climate_season():
    rule = next(r for r in rules(False) if r.name == "named_season")
    assert rule.regex.search("The football season opened in the capital.") is None


@pytest.mark.parametrize(("text", "phrase", "day"), [
    ("The first assault failed; the attack on the 20th was beaten back too.", "the 20th", 20),
    ("The garrison held out until the 3rd, when food ran out.", "the 3rd", 3),
])
def test_a_day_of_the_month_alone(text, phrase, day):
    assert read(day_alone, "day_alone", text) == [(phrase, Reading(day=day))]


@pytest.mark.parametrize("text", [
    "The town was held by the 20th Infantry Division.",
    "The guns of the 5th were silent at last.",
    "Trade grew after the 18th century had ended.",
    "The line ran along the 38th parallel.",
])
def test_a_numbered_unit_or_line_is_no_day(text):
    rule = next(r for r in rules(False) if r.name == "day_alone")
    m = rule.regex.search(text)
    assert m is None or rule.handler(m, text) == []
