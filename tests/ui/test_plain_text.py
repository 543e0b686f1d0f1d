"""Text from files in markup of ours: escaped as html.escape does, shown as it is."""

import html

import pytest
from PySide6.QtGui import Qt

from tests.ui.helpers import tool_tip_shown
from viewer.ui.plain_text import escape, tool_tip

TEXTS = ["plain", "a & b < c > d", "\"quoted\" and 'single'", "&amp; already", "", "<img src=/tmp/x.png>",
         "two\nlines  and  spaces"]


@pytest.mark.parametrize("text", TEXTS)
def test_escape_is_htmls_for_element_content(text):
    assert escape(text) == html.escape(text, quote=False)


@pytest.mark.parametrize("text", TEXTS)
def test_a_tool_tip_shows_its_text_as_it_is(text):
    tip = tool_tip(text)
    assert Qt.mightBeRichText(tip)  # ours: Qt does not guess
    assert tool_tip_shown(tip) == text


@pytest.mark.parametrize("text", ["a[*]b", "[*][*]", "plain"])
def test_a_window_title_shows_its_text_as_it_is(qtbot, text):
    from PySide6.QtWidgets import QWidget

    from viewer.ui.plain_text import window_title

    widget = QWidget()
    qtbot.addWidget(widget)
    widget.setWindowTitle(window_title(text))
    widget.show()
    assert widget.windowHandle().title() == text
