"""The values read once and kept (``date_parts``, ``date_value``), and the one match that
``calendar_part``, ``date_parts`` and ``interval_of`` share, give the same answers every time."""

from __future__ import annotations

import pytest

from viewer.core.dates.values import _calendar_match, calendar_part, date_parts, date_value, interval_of


@pytest.mark.parametrize(("value", "part", "parts"), [
    ("1940-05-XXTNI", "1940-05", (1940, 5, None)),
    ("1950-06-25", "1950-06-25", (1950, 6, 25)),
    ("BC0480-08", "BC0480-08", (-480, 8, None)),
    ("1916-SU", "1916-SU", (1916, None, None)),
    ("1998-W02-WE", None, None),
    ("1998-WXX", "1998", (1998, None, None)),
    ("193", "193", None),
    ("XXXX-XX-XX", None, None),
    ("P3D", None, None),
    ("", None, None),
    (None, None, None),
])
def test_one_match_for_every_reader_of_a_value(value, part, parts):
    for _ in range(2):  # the second answer is the one kept
        assert calendar_part(value) == part
        assert date_parts(value) == parts
    m = _calendar_match(value)
    assert (m.string if m else None) == part
    assert (interval_of(value) is None) == (part is None)


def test_date_value_kept_is_the_one_written():
    assert date_value(1915, 5, 3) == date_value(1915, 5, 3) == "1915-05-03"
    assert date_value(-480) == "BC0480"
    assert date_value(1915, 5) == "1915-05"


# A day written YYYY-MM-DD is read without the pattern; with a tail ("TMO") the same day is read
# by the pattern: both give the same interval, or None.
_PLAIN_DAYS = ["1950-06-25", "1800-01-01", "0001-01-01", "0000-01-01", "1900-02-29", "2000-02-29", "1999-02-29",
               "1999-13-01", "1999-00-10", "1999-04-31", "1999-04-30", "1999-12-31", "9999-12-31", "0480-08-00"]


@pytest.mark.parametrize("value", _PLAIN_DAYS)
def test_a_plain_day_is_the_day_the_pattern_reads(value):
    assert interval_of(value) == interval_of(value + "TMO")
    assert (interval_of(value) is None) == (value[:4] == "0000" or value in
                                            ("1900-02-29", "1999-02-29", "1999-13-01", "1999-00-10", "1999-04-31",
                                             "0480-08-00"))


def test_every_day_of_some_years_is_the_day_the_pattern_reads():
    for year in (1, 4, 100, 400, 1582, 1900, 1999, 2000, 2024):
        for month in range(0, 14):
            for day in range(0, 33):
                value = f"{year:04d}-{month:02d}-{day:02d}"
                assert interval_of(value) == interval_of(value + "TMO"), value


@pytest.mark.parametrize(("value", "same_as"), [
    ("\u0661\u0669\u0664\u0660-\u0660\u0665-\u0660\u0663", "1940-05-03"),  # digits not ASCII: the pattern reads them
    ("1940-05-03\n", "1940-05-03"),  # the pattern's $ before a last newline
    ("BC0480-08-01", None),
    ("1940-05-3", None),
    ("1940-5-03", None),
    ("1940/05/03", None),
    ("+1940-05-03", None),
    ("1940-SU-03", None),
])
def test_values_that_only_look_like_a_plain_day(value, same_as):
    if same_as is not None:
        assert interval_of(value) == interval_of(same_as)
    elif value.startswith("BC"):
        interval = interval_of(value)
        assert interval is not None and interval.precision == "day"
    elif value == "1940-SU-03":
        with pytest.raises(ValueError):  # as before: the pattern takes a day after a season, int() does not
            interval_of.__wrapped__(value)
    else:
        assert interval_of(value) is None
