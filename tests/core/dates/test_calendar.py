"""Calendar arithmetic: proleptic Gregorian, historical years (no year 0), BC included."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.dates.calendar import (
    add_days,
    add_months,
    add_years,
    civil_date,
    day_number,
    days_in_month,
    is_leap,
    iso_date,
    weekday,
)

EPOCH_ORDINAL = datetime.date(1970, 1, 1).toordinal()

# About 8200 BC to AD 10700: far wider than any narrative needs.
day_numbers = st.integers(min_value=-3_700_000, max_value=3_200_000)
historical_years = st.integers(min_value=-8000, max_value=10000).filter(lambda y: y != 0)


@st.composite
def civil_dates(draw) -> tuple[int, int, int]:
    year = draw(historical_years)
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, days_in_month(year, month)))
    return year, month, day


# ------------------------------------------------------------ round trips


@settings(max_examples=300)
@given(day_numbers)
def test_civil_date_then_day_number_round_trips(days: int) -> None:
    year, month, day = civil_date(days)
    assert year != 0
    assert 1 <= month <= 12
    assert 1 <= day <= days_in_month(year, month)
    assert day_number(year, month, day) == days


@settings(max_examples=300)
@given(civil_dates())
def test_day_number_then_civil_date_round_trips(date: tuple[int, int, int]) -> None:
    assert civil_date(day_number(*date)) == date


@settings(max_examples=300)
@given(day_numbers)
def test_consecutive_day_numbers_are_consecutive_dates(days: int) -> None:
    year, month, day = civil_date(days)
    following = civil_date(days + 1)
    if day < days_in_month(year, month):
        assert following == (year, month, day + 1)
    elif month < 12:
        assert following == (year, month + 1, 1)
    else:
        assert following == (add_years(year, 1), 1, 1)


@settings(max_examples=300)
@given(st.dates(min_value=datetime.date(1, 1, 1), max_value=datetime.date(9999, 12, 31)))
def test_agrees_with_datetime_in_the_common_era(date: datetime.date) -> None:
    assert day_number(date.year, date.month, date.day) == date.toordinal() - EPOCH_ORDINAL
    assert weekday(date.year, date.month, date.day) == date.weekday()


def test_epoch_is_day_zero() -> None:
    assert day_number(1970, 1, 1) == 0
    assert civil_date(0) == (1970, 1, 1)
    assert civil_date(-1) == (1969, 12, 31)


def test_there_is_no_year_zero() -> None:
    assert day_number(1, 1, 1) - day_number(-1, 12, 31) == 1
    assert civil_date(day_number(1, 1, 1) - 1) == (-1, 12, 31)
    assert add_years(-1, 1) == 1
    assert add_years(1, -1) == -1


# ------------------------------------------------------------ leap years


@pytest.mark.parametrize(
    ("year", "leap"),
    [(1900, False), (2000, True), (1996, True), (1997, False), (2100, False), (1600, True),
     (-1, True),  # 1 BC is astronomical year 0, a leap year
     (-5, True), (-2, False), (-101, False), (-401, True)],
)
def test_leap_years(year: int, leap: bool) -> None:
    assert is_leap(year) is leap
    assert days_in_month(year, 2) == (29 if leap else 28)


def test_month_lengths() -> None:
    assert [days_in_month(2019, m) for m in range(1, 13)] == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def test_february_29_exists_only_in_leap_years() -> None:
    assert civil_date(day_number(2000, 2, 29)) == (2000, 2, 29)
    assert day_number(1900, 3, 1) - day_number(1900, 2, 28) == 1
    assert day_number(2000, 3, 1) - day_number(2000, 2, 28) == 2


# ------------------------------------------------------------ moving around


@pytest.mark.parametrize(
    ("year", "month", "n", "expected"),
    [
        (1943, 12, 1, (1944, 1)),
        (1944, 1, -1, (1943, 12)),
        (2017, 10, 27, (2020, 1)),
        (2017, 10, -22, (2015, 12)),
        (1916, 6, 0, (1916, 6)),
        (1916, 6, 12, (1917, 6)),
        (-1, 12, 1, (1, 1)),  # December 1 BC is followed by January AD 1
        (1, 1, -1, (-1, 12)),
        (-480, 3, -3, (-481, 12)),
    ],
)
def test_add_months_across_years(year: int, month: int, n: int, expected: tuple[int, int]) -> None:
    assert add_months(year, month, n) == expected


def test_add_days_crosses_month_year_and_era_boundaries() -> None:
    assert add_days(1921, 5, 4, 1) == (1921, 5, 5)
    assert add_days(1921, 5, 4, -7) == (1921, 4, 27)
    assert add_days(1943, 12, 31, 1) == (1944, 1, 1)
    assert add_days(2000, 2, 28, 1) == (2000, 2, 29)
    assert add_days(1, 1, 1, -1) == (-1, 12, 31)


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ((2017, 10, 26), 3),  # a Thursday
        ((1944, 6, 6), 1),  # a Tuesday
        ((1970, 1, 1), 3),  # a Thursday
        ((2000, 1, 1), 5),  # a Saturday
    ],
)
def test_weekday_of_known_dates(date: tuple[int, int, int], expected: int) -> None:
    assert weekday(*date) == expected


def test_weekdays_run_on_across_the_era() -> None:
    assert weekday(1, 1, 1) == (weekday(-1, 12, 31) + 1) % 7


# ------------------------------------------------------------ ISO strings


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ((2017, 10, 26), "2017-10-26"),
        ((33, 4, 3), "0033-04-03"),
        ((-480, 9, 28), "-0479-09-28"),  # 480 BC is astronomical year -479
        ((-1, 1, 1), "0000-01-01"),
        ((-2, 12, 31), "-0001-12-31"),
        ((12000, 1, 1), "+12000-01-01"),
    ],
)
def test_iso_date(date: tuple[int, int, int], expected: str) -> None:
    assert iso_date(*date) == expected
