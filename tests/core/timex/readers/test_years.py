"""Readers of years, decades and centuries. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from viewer.core.timex.readers.years import century, decade, year, year_apostrophe, year_of, year_range
from viewer.core.timex.reading import Reading
from viewer.core.timex.rules import rules


def read(reader, rule: str, text: str, bc: bool = False) -> list[tuple[str, Reading]]:
    """What ``reader`` makes of the first match of the rule named ``rule`` in ``text``."""
    match = next(r for r in rules(bc) if r.name == rule).regex.search(text)
    return [(text[start:end], r) for start, end, r in reader(match, text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("480 BC", (-480, False)),
    ("1917", (1917, False)),
    ("480", (480, True)),
    ("AD 79", (79, False)),
])
def test_year_of_says_the_year_and_whether_the_era_is_left_to_the_narrative(text, expected):
    assert year_of(text) == expected


def test_a_year_is_read_with_its_era():
    assert read(year, "year", "Xerxes crossed the Hellespont in 480 BC.") == [("480 BC", Reading(year=-480))]


@pytest.mark.parametrize("text", ["He led 1500 men north.", "Flight 1549 landed on the river."])
def test_a_count_or_a_number_after_a_noun_is_not_a_year(text):
    assert read(year, "year", text) == []


def test_a_year_that_qualifies_a_plural_is_still_a_year():
    assert read(year, "year", "He planned the 1777 campaigns.") == [("1777", Reading(year=1777))]


def test_a_year_range_gives_both_years():
    assert read(year_range, "year_range", "The war of 1914-18 ended empires.") == [
        ("1914", Reading(year=1914)), ("18", Reading(year=1918))]


def test_a_range_bc_counts_down():
    assert read(year_range, "year_range", "The siege of 480-479 BC failed.") == [
        ("480", Reading(year=-480)), ("479 BC", Reading(year=-479))]


def test_a_range_that_goes_backwards_is_not_a_range():
    assert read(year_range, "year_range", "The score was 1918-1914 at the end.") == []


def test_an_apostrophe_year_takes_the_narratives_century():
    assert read(year_apostrophe, "year_apostrophe", "the class of '99") == [
        ("'99", Reading(year=99, century_from_context=True))]


@pytest.mark.parametrize(("text", "expected"), [("in the 1930s", 193), ("in the 480s BC", -48)])
def test_a_decade(text, expected):
    assert read(decade, "decade", text)[0][1] == Reading(decade=expected)


@pytest.mark.parametrize(("text", "expected"), [("the 5th century BC", -4), ("the nineteenth century", 18)])
def test_a_century(text, expected):
    assert read(century, "century", text) == [(text, Reading(century=expected))]
