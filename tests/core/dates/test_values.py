"""TIMEX2 values turned into the inclusive day intervals that the chronology plots."""

from __future__ import annotations

import pytest

from viewer.core.dates.values import calendar_part, interval_of, is_calendar_value


def span(value: str) -> tuple[str, str, str]:
    """(first day, last day, precision) of a value, as ISO dates."""
    interval = interval_of(value)
    assert interval is not None, f"{value!r} should name a span of the calendar"
    assert interval.first <= interval.last
    return interval.start_iso, interval.end_iso, interval.precision


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("1944-06-06", ("1944-06-06", "1944-06-06", "day"), id="day"),
        pytest.param("2017-10", ("2017-10-01", "2017-10-31", "month"), id="month"),
        pytest.param("2000-02", ("2000-02-01", "2000-02-29", "month"), id="february-leap"),
        pytest.param("1900-02", ("1900-02-01", "1900-02-28", "month"), id="february-1900-not-leap"),
        pytest.param("1917", ("1917-01-01", "1917-12-31", "year"), id="year"),
        pytest.param("193", ("1930-01-01", "1939-12-31", "decade"), id="decade"),
        pytest.param("19", ("1900-01-01", "1999-12-31", "century"), id="century"),
        pytest.param("1916-SP", ("1916-03-01", "1916-05-31", "season"), id="spring"),
        pytest.param("1916-SU", ("1916-06-01", "1916-08-31", "season"), id="summer"),
        pytest.param("1916-FA", ("1916-09-01", "1916-11-30", "season"), id="autumn"),
        # A winter is named by the year of its January, as the WikiWars annotations do.
        pytest.param("1917-WI", ("1916-12-01", "1917-02-28", "season"), id="winter-crosses-year"),
        pytest.param("1916-WI", ("1915-12-01", "1916-02-29", "season"), id="winter-into-leap-year"),
        pytest.param("1917-Q2", ("1917-04-01", "1917-06-30", "quarter"), id="quarter"),
        pytest.param("1917-H2", ("1917-07-01", "1917-12-31", "half-year"), id="half-year"),
        pytest.param("2017-W43", ("2017-10-23", "2017-10-29", "week"), id="iso-week"),
    ],
)
def test_interval_of_calendar_values(value: str, expected: tuple[str, str, str]) -> None:
    assert span(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # 480 BC is astronomical year -479 in ISO dates.
        pytest.param("BC0480", ("-0479-01-01", "-0479-12-31", "year"), id="bc-year"),
        pytest.param("BC0480-08", ("-0479-08-01", "-0479-08-31", "month"), id="bc-month"),
        pytest.param("BC0481-FA", ("-0480-09-01", "-0480-11-30", "season"), id="bc-season"),
        # The 480s BC run from 489 BC to 480 BC.
        pytest.param("BC048", ("-0488-01-01", "-0479-12-31", "decade"), id="bc-decade"),
        # The 5th century BC runs from 500 BC to 401 BC.
        pytest.param("BC04", ("-0499-01-01", "-0400-12-31", "century"), id="bc-century"),
        pytest.param("BC0001", ("0000-01-01", "0000-12-31", "year"), id="1-bc"),
    ],
)
def test_interval_of_years_before_christ(value: str, expected: tuple[str, str, str]) -> None:
    assert span(value) == expected


def test_bc_year_comes_right_before_the_next_one() -> None:
    assert interval_of("BC0480").last + 1 == interval_of("BC0479").first
    assert interval_of("BC0001").last + 1 == interval_of("0001").first


@pytest.mark.parametrize(
    ("value", "known", "expected"),
    [
        pytest.param("1940-05-XX", "1940-05", ("1940-05-01", "1940-05-31", "month"), id="day-unknown"),
        pytest.param("1940-05-XXTNI", "1940-05", ("1940-05-01", "1940-05-31", "month"), id="night-day-unknown"),
        pytest.param("1940-XX-XX", "1940", ("1940-01-01", "1940-12-31", "year"), id="month-day-unknown"),
        pytest.param("1940-XX", "1940", ("1940-01-01", "1940-12-31", "year"), id="month-unknown"),
        pytest.param("1792-WXX", "1792", ("1792-01-01", "1792-12-31", "year"), id="week-unknown"),
        pytest.param("1944-06-06TMO", "1944-06-06", ("1944-06-06", "1944-06-06", "day"), id="morning"),
        pytest.param("1950-06-25T14:00", "1950-06-25", ("1950-06-25", "1950-06-25", "day"), id="clock"),
        pytest.param("1950-06-25TXX", "1950-06-25", ("1950-06-25", "1950-06-25", "day"), id="some-hour"),
    ],
)
def test_unknown_parts_fall_back_to_what_is_known(value: str, known: str, expected: tuple) -> None:
    assert calendar_part(value) == known
    assert span(value) == expected


NO_SPAN = [
    pytest.param("P3D", id="days"),
    pytest.param("PT2H", id="hours"),
    pytest.param("PXW", id="some-weeks"),
    pytest.param("P1DE", id="a-decade"),
    pytest.param("XXXX-XX-XX", id="unknown-day"),
    pytest.param("XXXX", id="unknown-year"),
    pytest.param("XXXX-05", id="may-of-unknown-year"),
    pytest.param("XXXX-SU", id="summer-of-unknown-year"),
    pytest.param("PAST_REF", id="past"),
    pytest.param("PRESENT_REF", id="present"),
    pytest.param("FUTURE_REF", id="future"),
    pytest.param("", id="empty"),
    pytest.param(None, id="none"),
    pytest.param("tomorrow", id="not-a-value"),
]


@pytest.mark.parametrize("value", NO_SPAN)
def test_durations_and_unknown_dates_have_no_interval(value: str | None) -> None:
    assert interval_of(value) is None
    assert calendar_part(value) is None
    assert not is_calendar_value(value)


@pytest.mark.parametrize("value", ["1917-13", "1917-00", "1917-02-30", "1900-02-29", "0000"])
def test_impossible_dates_have_no_interval(value: str) -> None:
    assert interval_of(value) is None
