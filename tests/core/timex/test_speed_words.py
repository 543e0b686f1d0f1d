"""The small words and numbers a text repeats are read once and kept (``lru_cache``): the
answer kept is the one read. Every phrase here is written for these tests."""

from __future__ import annotations

import pytest

from viewer.core.timex import lexicon
from viewer.core.timex.readers.years import leading_number, year_of


@pytest.mark.parametrize(("word", "n"), [
    ("two", 2), ("twenty-five", 25), ("2 1/2", 2.5), ("two and a half", 2.5), ("1,500", 1500), ("seldom", None),
])
def test_number_twice(word, n):
    assert lexicon.number(word) == n
    assert lexicon.number(word) == n


@pytest.mark.parametrize(("word", "month"), [("May", 5), ("sept.", 9), ("Dec.", 12), ("JANUARY", 1)])
def test_month_number_twice(word, month):
    assert lexicon.month_number(word) == month
    assert lexicon.month_number(word) == month


def test_month_number_of_no_month_still_fails():
    for _ in range(2):
        with pytest.raises(KeyError):
            lexicon.month_number("Moon")


@pytest.mark.parametrize(("text", "year"), [
    ("480 BC", (-480, False)), ("1917", (1917, False)), ("480", (480, True)), ("AD 70", (70, False)),
])
def test_year_of_twice(text, year):
    assert year_of(text) == year
    assert year_of(text) == year


def test_leading_number_twice():
    assert leading_number("22nd") == leading_number("22nd") == 22
