"""Dates as a cell of an events file writes them: ISO 8601, years with an era, TIMEX values."""

from __future__ import annotations

import pytest

from tests.core.exchange.event_file_helpers import days
from viewer.core.exchange.date_cells import parse_date


@pytest.mark.parametrize(("written", "value", "interval"), [
    ("2017-10-26", "2017-10-26", days(2017, 10, 26)),
    ("2017-1-5", "2017-01-05", days(2017, 1, 5)),
    ("2017/10/26", "2017-10-26", days(2017, 10, 26)),
    ("2017-10-26T14:30:00Z", "2017-10-26", days(2017, 10, 26)),
    ("2017-10-26 14:30", "2017-10-26", days(2017, 10, 26)),
    ("2016-02", "2016-02", days(2016, 2, 1, 2016, 2, 29, "month")),
    ("2017", "2017", days(2017, 1, 1, 2017, 12, 31, "year")),
    ("0480", "0480", days(480, 1, 1, 480, 12, 31, "year")),
    ("480 BC", "BC0480", days(-480, 1, 1, -480, 12, 31, "year")),
    ("480 bce", "BC0480", days(-480, 1, 1, -480, 12, 31, "year")),
    ("480 B.C.", "BC0480", days(-480, 1, 1, -480, 12, 31, "year")),
    ("AD 9", "0009", days(9, 1, 1, 9, 12, 31, "year")),
    ("9 CE", "0009", days(9, 1, 1, 9, 12, 31, "year")),
    ("-0479", "BC0480", days(-480, 1, 1, -480, 12, 31, "year")),  # ISO 8601: year 0 is 1 BC
    ("-0479-08-11", "BC0480-08-11", days(-480, 8, 11)),
    ("0000-03-01", "BC0001-03-01", days(-1, 3, 1)),
    ("BC0480", "BC0480", days(-480, 1, 1, -480, 12, 31, "year")),
    ("BC0480-08", "BC0480-08", days(-480, 8, 1, -480, 8, 31, "month")),
    ("1916-SU", "1916-SU", days(1916, 6, 1, 1916, 8, 31, "season")),
    ("1944-Q2", "1944-Q2", days(1944, 4, 1, 1944, 6, 30, "quarter")),
])
def test_dates_as_written(written, value, interval):
    date = parse_date(written)
    assert (date.value, date.interval) == (value, interval)


@pytest.mark.parametrize("written", [
    "2017-13-01", "2017-02-29", "2017-10-32", "2017-00", "0", "0 BC", "26/10/2017", "10/26/2017",
    "soon", "2017-10-26-1", "480 BC AD", "²⁰¹⁷", "",
])
def test_not_dates(written):
    assert parse_date(written) is None
