"""The offset mapping against what Qt really does with the same text."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument

from viewer.ui.text_positions import TextPositions

CASES = [
    "plain text",
    "a\r\nb\r\nc",
    "tab\there\tand\r\nthere",
    "emoji 😀 and 🎉🎉 here",
    "mixed\r\n😀\tx\r\r\n\n\r😀",
    "\r\n\r\n",
    "",
]


def qt_text(text):
    doc = QTextDocument()
    doc.setPlainText(text)
    return doc


@pytest.mark.parametrize("text", CASES)
def test_every_character_lands_on_itself(text):
    positions = TextPositions(text)
    doc = qt_text(text)
    for i, ch in enumerate(text):
        if ch in "\r\n" or ch >= "\U00010000":
            continue
        assert doc.characterAt(positions.to_qt(i)) == ch
        assert positions.to_python(positions.to_qt(i)) == i


@pytest.mark.parametrize("text", CASES)
def test_length(text):
    assert TextPositions(text).qt_length() == qt_text(text).characterCount() - 1


def test_emoji_is_two_positions():
    positions = TextPositions("a😀b")
    assert [positions.to_qt(i) for i in range(4)] == [0, 1, 3, 4]
    assert positions.to_python(2) == 2  # between the surrogates: after the emoji


def test_crlf_is_one_position():
    positions = TextPositions("a\r\nb")
    assert [positions.to_qt(i) for i in range(4)] == [0, 1, 2, 2]
    assert positions.to_python(2) == 3


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", "\r", "\n", "\t", "😀", "é", " "]), max_size=40))
def test_selection_text_matches(text):
    """A span selected through the mapping is exactly the Python slice."""
    from PySide6.QtGui import QTextCursor

    positions, doc = TextPositions(text), qt_text(text)
    for start in range(0, len(text) + 1, 3):
        end = min(len(text), start + 5)
        cursor = QTextCursor(doc)
        cursor.setPosition(positions.to_qt(start))
        cursor.setPosition(positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        got = cursor.selectedText().replace("\u2029", "\n")
        want = text[start:end].replace("\r\n", "\n").replace("\r", "\n")
        if start and text[start - 1:start + 1] == "\r\n":
            want = want.removeprefix("\n")
        assert got == want
