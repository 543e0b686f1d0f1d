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
