"""The pieces sentence splitting and headings are read faster by: the word before a full stop
read in the text itself, the blanks and citation marks that open a sentence stepped over in one
match, and a line's blankness told without copying it."""

import pytest

from viewer.core.text.headings import _blank, find_headings
from viewer.core.text.sentences import _LEADING_RE, _word_before, split_sentences


@pytest.mark.parametrize(("text", "end", "word"), [
    ("in 146 B.C", 10, "B.C"),
    ("(c", 2, "c"),  # a bracket before the word is no part of it
    ("<b>c", 4, "c"),
    ("the army crossed", 16, "crossed"),
    ("Mr", 2, "Mr"),
    ("the army ", 9, ""),  # a blank before the stop: no word
    ("", 0, ""),
    ("x" * 30, 30, "x" * 24),  # at most the 24 characters before
    ("a" * 30 + " Gen", 34, "Gen"),
])
def test_the_word_before_a_stop(text, end, word):
    assert _word_before(text, end) == word


@pytest.mark.parametrize(("text", "start", "end", "first"), [
    ("  The army", 0, 10, 2),
    ("\n[13] The army", 0, 14, 6),
    (" [a][b] [note 2]  The army", 0, 26, 18),  # runs of marks, blanks between
    ("[13]", 0, 4, 4),  # all citation: nothing is left
    ("The army [13]", 0, 13, 0),  # a mark inside the sentence stays
    ("  [13] The", 0, 4, 2),  # not past the end given
])
def test_what_opens_a_sentence_is_stepped_over(text, start, end, first):
    found = _LEADING_RE.match(text, start, end)
    assert found is not None and found.end() == first


def test_sentences_without_their_opening_marks_and_closing_blanks():
    text = "[1] The war began.  [2][3] It ended in 1918. \n\n[4]\n"
    assert [text[s.start:s.end] for s in split_sentences(text)] == ["The war began.", "It ended in 1918."]


@pytest.mark.parametrize(("line", "blank"), [
    ("", True), ("\n", True), ("  \t\n", True), ("\u00a0\r\n", True),
    ("Course of the war\n", False), (" x ", False),
])
def test_a_blank_line(line, blank):
    assert _blank(line) is blank
    assert _blank(line) is (not line.strip())


def test_headings_stand_alone_between_blank_lines():
    text = "Course of the war\n\nThe war began in the north.\nIt spread.\n  \n1917\n\nA line\nNot alone\n"
    assert [h.text for h in find_headings(text)] == ["Course of the war", "1917"]
