"""Dates written for people."""

import pytest

from viewer.core.dates.calendar import Interval, day_number
from viewer.core.dates.date_text import date_text, value_text
from viewer.core.dates.values import interval_of


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("2017-10-26", "26 October 2017"),
        ("2017-01", "January 2017"),
        ("2017", "2017"),
        ("193", "1930s"),
        ("19", "1900s"),
        ("BC0480", "480 BC"),
        ("BC048", "480s BC"),
        ("BC04", "5th century BC"),
        ("1916-SU", "summer 1916"),
        ("1916-WI", "winter 1916"),
        ("2017-Q3", "third quarter of 2017"),
        ("2017-H1", "first half of 2017"),
        ("2017-W02", "week 2 of 2017"),
        ("2017-10-26TMO", "26 October 2017, morning"),
        ("2017-10-26T14:30", "26 October 2017, 14:30"),
        ("0044-03-15", "15 March 44"),
        ("BC0044-03-15", "15 March 44 BC"),
    ],
)
def test_value_text(value, text):
    assert value_text(value) == text


@pytest.mark.parametrize("value", [None, "", "PXY", "P3D", "XXXX", "PRESENT_REF"])
def test_no_calendar_value(value):
    assert value_text(value) is None


def test_undated():
    assert date_text(None) == "undated"


def test_range_within_a_month():
    interval = Interval(day_number(2017, 5, 3), day_number(2017, 5, 9), "day")
    assert date_text("2017-05-03", interval) == "3–9 May 2017"


def test_range_across_months_and_years():
    spring = Interval(day_number(2017, 4, 30), day_number(2017, 5, 2), "day")
    assert date_text("2017-04-30", spring) == "30 April – 2 May 2017"
    across = Interval(day_number(2016, 12, 30), day_number(2017, 1, 2), "day")
    assert date_text("2016-12-30", across) == "30 December 2016 – 2 January 2017"


def test_interval_of_its_own_value_is_not_a_range():
    assert date_text("2017-10", interval_of("2017-10")) == "October 2017"
