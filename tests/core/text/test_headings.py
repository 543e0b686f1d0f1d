"""Headings: a short line standing alone between blank lines, without closing punctuation."""

import pytest

from viewer.core.text.headings import find_headings, is_heading

ARTICLE = """
Course of the war

War breaks out in Europe

On September 1, 1939, Germany attacked Poland. France declared war.

1940

In June 1940 France fell.
Britain fought on.

Trans-Mississippi Theater 1861-1865
"""


def test_each_heading_with_its_span():
    headings = find_headings(ARTICLE)
    assert [h.text for h in headings] == ["Course of the war", "War breaks out in Europe", "1940",
                                          "Trans-Mississippi Theater 1861-1865"]
    assert all(ARTICLE[h.start:h.end] == h.text for h in headings)


@pytest.mark.parametrize("line", ["Overview", "Axis advances", "1917", "1921-1923", "War in the north, 1775-1780",
                                  "North Korea invades (June 1950)", "2003: Invasion", "AFTERMATH",
                                  '"War of the Cities"'])
def test_lines_that_read_as_headings(line):
    assert is_heading(line)


@pytest.mark.parametrize("line", [
    "Germany surrendered.",  # a sentence
    "The following units took part:",  # opens a list
    "and then the war ended",  # no capital
    "42",  # a number, not a year
    "* * *",  # a mark
    "The war " + "went on and on " * 10,  # too long
])
def test_lines_that_do_not(line):
    assert not is_heading(line)


def test_a_line_inside_a_paragraph_is_no_heading():
    text = "The siege began in May\nand ended in June.\n\nA short line\nfollowed by more text.\n"
    assert find_headings(text) == []


def test_windows_line_endings():
    text = "Background\r\n\r\nThe war began in 1914.\r\n"
    assert [h.text for h in find_headings(text)] == ["Background"]
