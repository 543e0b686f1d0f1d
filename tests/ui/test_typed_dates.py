"""Dates typed as people write them, read by the core's readers."""

import pytest

from viewer.core.dates.calendar import day_number
from viewer.ui.typed_dates import day_field_text, read_typed_date


@pytest.mark.parametrize(("text", "first", "last", "precision"), [
    ("1939", (1939, 1, 1), (1939, 12, 31), "year"),
    ("May 1940", (1940, 5, 1), (1940, 5, 31), "month"),
    ("may 1940", (1940, 5, 1), (1940, 5, 31), "month"),
    ("1 September 1939", (1939, 9, 1), (1939, 9, 1), "day"),
    ("  September 1,  1939 ", (1939, 9, 1), (1939, 9, 1), "day"),
    ("1940-05", (1940, 5, 1), (1940, 5, 31), "month"),
    ("1939-09-01", (1939, 9, 1), (1939, 9, 1), "day"),
])
def test_typed_dates(text, first, last, precision):
    interval = read_typed_date(text)
    assert (interval.first, interval.last, interval.precision) == (day_number(*first), day_number(*last), precision)


def test_before_the_common_era():
    assert read_typed_date("480 BC").first == day_number(-480, 1, 1)


def test_a_range_is_its_days():
    interval = read_typed_date("1939-45")
    assert (interval.first, interval.last) == (day_number(1939, 1, 1), day_number(1945, 12, 31))


@pytest.mark.parametrize("text", ["", "  ", "May", "nonsense", "1945-1939", "last year", "<b>1939</b>"])
def test_what_is_no_one_date(text):
    assert read_typed_date(text) is None


@pytest.mark.parametrize("day", [0, day_number(1939, 9, 1), day_number(-480, 8, 11)])
def test_a_day_in_a_field_reads_back_as_that_day(day):
    interval = read_typed_date(day_field_text(day))
    assert interval.first == interval.last == day
