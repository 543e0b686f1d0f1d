"""The checks that tell a date from a name, a count or a title. Every sentence here is written
for these tests."""

from __future__ import annotations

import pytest

from viewer.core.timex.guards import counted, cued, determined, is_name, month_in_context, titled


def at(text: str, word: str) -> int:
    return text.index(word)


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("It was General March who won.", "March", True),
    ("Gen. May took the fort.", "May", True),
    ("They survived the Long March.", "March", True),
    ("The rains came in March.", "March", False),
    ("The siege ended. March came.", "March", False),
    ("Troezen\n\nAugust came.", "August", False),
])
def test_is_name(text, word, expected):
    assert is_name(text, at(text, word)) is expected


@pytest.mark.parametrize(("text", "loose", "expected"), [
    ("1500 men marched.", True, True),
    ("1777 campaigns were planned.", True, True),
    ("1777 campaigns were planned.", False, False),
    ("1918 was a hard year.", True, False),
    ("1918 Armistice", True, False),
])
def test_counted(text, loose, expected):
    assert counted(text, 4, loose=loose) is expected


def test_determined():
    text = "He planned the 1777 campaigns."
    assert determined(text, at(text, "1777"))
    assert not determined("Armies of 1500 men", 0)


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The rains came in May.", "May", True),
    ("After the March to Versailles the king gave way.", "March", False),
    ("A cold May followed.", "May", False),
    ("Rain fell from May to June.", "May", True),
    ("A cold September followed.", "September", True),
])
def test_month_in_context(text, word, expected):
    start = at(text, word)
    assert month_in_context(word, text, start, start + len(word)) is expected


def test_cued():
    text = "They had to fall back in fall."
    assert cued(text, text.rindex("fall"))
    assert not cued(text, at(text, "fall"))


@pytest.mark.parametrize(("text", "expected"), [
    ('They sang "White Christmas" together.', True),
    ("They were home by Christmas.", False),
    ("On Christmas the guns fell silent.", False),
])
def test_titled(text, expected):
    assert titled(text, at(text, "Christmas")) is expected
