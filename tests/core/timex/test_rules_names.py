"""Month and holiday names that are part of a title or a name, and those that are not.
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from viewer.core.timex.finding import find_timexes


def described(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_timexes(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The garrison moved to Corinth.\n\nAugust 431 BC: the siege\n\nThe walls held.",
     [("August 431 BC", "BC0431-08")]),
    ("The envoys waited at Corinth. August came and the harvest failed, in 431 BC.",
     [("August", "BC0431-08"), ("431 BC", "BC0431")]),
    ("The fleet sailed from Lisbon.\nMarch 1808 was cold.", [("March 1808", "1808-03")]),
])
def test_a_month_after_a_sentence_or_line_break_is_not_a_name(text: str, expected: list) -> None:
    assert described(text) == expected


@pytest.mark.parametrize("text", [
    "The fleet was led by Admiral March in 1808.",
    "Gen. May took the fort in 1808.",
])
def test_a_title_still_makes_a_month_a_name(text: str) -> None:
    assert described(text) == [("1808", "1808")]


@pytest.mark.parametrize("text", [
    'The town fell in May 1944. The band played "Silent Christmas" as the troops left. In June it rained.',
    "The town fell in May 1944. Bloody Easter was the name the rebels gave to their defeat. In June it rained.",
])
def test_a_holiday_in_a_title_is_not_a_date(text: str) -> None:
    assert described(text) == [("May 1944", "1944-05"), ("June", "1944-06")]


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The town fell in May 1944. By Christmas the front had moved.", "Christmas", "1944-12-25"),
    ("The town fell in May 1944. Christmas came and went.", "Christmas", "1944-12-25"),
])
def test_a_holiday_after_a_cue_or_opening_a_sentence_is_a_date(text: str, phrase: str, value: str) -> None:
    assert (phrase, value) in described(text)
