"""Dates as a person types them when correcting an event: one date, or one range."""

import pytest

from viewer.core.dates.calendar import day_number
from viewer.core.edits.typed_dates import date_problem, read_typed_date


@pytest.mark.parametrize(("text", "value", "first", "last", "precision"), [
    ("29 October 2017", "2017-10-29", (2017, 10, 29), (2017, 10, 29), "day"),
    ("Oct 2017", "2017-10", (2017, 10, 1), (2017, 10, 31), "month"),
    ("2017-10", "2017-10", (2017, 10, 1), (2017, 10, 31), "month"),
    ("480 BC", "BC0480", (-480, 1, 1), (-480, 12, 31), "year"),
    ("the 1990s", "199", (1990, 1, 1), (1999, 12, 31), "decade"),
])
def test_one_date(text, value, first, last, precision):
    typed = read_typed_date(text)
    assert (typed.value, typed.precision) == (value, precision)
    assert (typed.first, typed.last) == (day_number(*first), day_number(*last))
    assert typed.text == text


@pytest.mark.parametrize(("text", "first", "last", "shown"), [
    ("1939-1945", (1939, 1, 1), (1945, 12, 31), "1939 – 1945"),
    ("1939–45", (1939, 1, 1), (1945, 12, 31), "1939 – 1945"),
    ("1939 to 1945", (1939, 1, 1), (1945, 12, 31), "1939 – 1945"),
    ("3-9 May 1940", (1940, 5, 3), (1940, 5, 9), "3–9 May 1940"),
    ("May-June 1940", (1940, 5, 1), (1940, 6, 30), "May – June 1940"),
    ("Nov 1917 until March 1918", (1917, 11, 1), (1918, 3, 31), "November 1917 – March 1918"),
    ("1 September 1939 - 2 September 1945", (1939, 9, 1), (1945, 9, 2), "1 September 1939 – 2 September 1945"),
])
def test_a_range_spans_both_ends(text, first, last, shown):
    typed = read_typed_date(text)
    assert (typed.first, typed.last) == (day_number(*first), day_number(*last))
    assert typed.shown == shown


@pytest.mark.parametrize("text", ["", "Tuesday next", "1945-1939", "2001-02-30", "three years", "May", "<b>1939</b>",
                                  "1939-1945-1950"])
def test_what_is_not_a_date_is_refused(text):
    assert read_typed_date(text) is None


def test_the_message_names_what_was_typed_and_shows_what_would_do():
    message = date_problem("  sometime  soon ")
    assert "“sometime soon”" in message and "1939-1945" in message
    assert "Type a date" in date_problem("")
