"""The detail pane says what, when and why."""

import pytest

from viewer.core.document import analyse
from viewer.ui.detail_pane import DetailPane

TEXT = (
    "Nobody knows when the town was founded. "
    "[3] The Navy announced a blockade on 3 May 1915. "
    "It lasted a year. "
    "The army withdrew in January 1916."
)


@pytest.fixture
def pane(view_on, selection):
    doc = analyse(TEXT, "/some/where/story.txt")
    return view_on(DetailPane, doc), selection, doc


def test_explicit_event(pane):
    pane, selection, _ = pane
    selection.select(1)
    assert pane.title.text() == "The Navy announced a blockade on 3 May 1915."
    assert pane.date.text() == "3 May 1915"
    assert pane.precision.text() == "day"
    assert "“3 May 1915”" in pane.reason.text()
    assert pane.place.text() == "story.txt, sentence 2 of 4"


def test_month_precision(pane):
    pane, selection, _ = pane
    selection.select(3)
    assert pane.date.text() == "January 1916"
    assert pane.precision.text() == "month"


def test_inferred_event_names_its_anchor(pane):
    pane, selection, _ = pane
    selection.select(2)
    reason = pane.reason.text()
    assert "carried over from" in reason
    assert "‘…a blockade on 3 May 1915’" in reason
    assert "sentence 2" in reason
    assert pane.date.text() == "3 May 1915"


def test_inferred_link_selects_the_anchor(pane, qtbot):
    pane, selection, _ = pane
    selection.select(2)
    assert 'href="event:1"' in pane.reason.text()
    with qtbot.waitSignal(selection.current_changed) as signal:
        pane.reason.linkActivated.emit("event:1")
    assert signal.args == [1]
    assert pane.date.text() == "3 May 1915"


def test_undated_event(pane):
    pane, selection, _ = pane
    selection.select(0)
    assert pane.date.text() == "Undated"
    assert "undated" in pane.reason.text()


def test_markup_in_title_is_shown_as_text(view_on, selection):
    pane = view_on(DetailPane, analyse("The <b>Navy</b> sailed on 3 May 1915. It <script>x</script> returned."))
    selection.select(1)
    assert "<script>" not in pane.reason.text()
    selection.select(0)
    assert pane.title.text().startswith("The <b>Navy</b>")


def test_nothing_selected(pane):
    pane, selection, _ = pane
    selection.clear()
    assert pane.title.text() == "No event selected"
    assert pane.date.text() == ""


def test_lane_and_section_with_the_same_words_as_everywhere(view_on, selection):
    doc = analyse("Nobody knows when.\n\nThe siege\n\nThe Navy announced a blockade on 3 May 1915.\n\n1916\n\n"
                  "It was lifted in the spring.", "story.txt")
    pane = view_on(DetailPane, doc)
    selection.select(0)
    assert (pane.lane.text(), pane.section.text()) == ("No actor", "No section")
    selection.select(1)
    assert (pane.lane.text(), pane.section.text()) == ("Navy", "The siege")


def test_a_date_carried_from_a_heading_says_so(view_on, selection):
    doc = analyse("Background\n\n1916\n\nThe army rested.", "story.txt")
    pane = view_on(DetailPane, doc)
    selection.select(0)
    assert pane.date.text() == "1916"
    assert pane.reason.text() == "carried over from the heading ‘1916’"


def swatch_colour(pane):
    return pane.swatch.pixmap().toImage().pixelColor(2, 2)


def test_the_lanes_colour_beside_the_lane_the_chronology_uses(pane):
    from viewer.core.kinds import NO_SECTION
    from viewer.ui.lane_colours import lane_colour

    pane, selection, doc = pane
    selection.select(1)
    lane = doc.events[1].lane
    assert pane.swatch.isVisibleTo(pane) and swatch_colour(pane) == lane_colour(lane)
    assert pane._rows["actor"].indexOf(pane.swatch) == 0  # in the Lane row
    pane.set_lane_mode("section")
    assert pane._rows["section"].indexOf(pane.swatch) == 0 and swatch_colour(pane) == lane_colour(NO_SECTION)
    pane.set_lane_mode("document")
    assert pane._rows["document"].indexOf(pane.swatch) == 0 and swatch_colour(pane) == lane_colour("story.txt")
    pane.set_lane_mode("single")
    assert not pane.swatch.isVisibleTo(pane)
    pane.set_lane_mode("actor")
    selection.clear()
    assert not pane.swatch.isVisibleTo(pane)


def test_the_buttons_ask_for_an_edit_of_the_event_shown(pane, qtbot):
    from PySide6.QtCore import Qt

    pane, selection, _ = pane
    selection.select(2)
    with qtbot.waitSignal(pane.edit_requested) as edit:
        qtbot.mouseClick(pane.edit_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(pane.hide_requested) as hide:
        qtbot.mouseClick(pane.hide_button, Qt.MouseButton.LeftButton)
    assert edit.args == hide.args == [2]
    selection.clear()
    assert not pane.edit_button.isEnabled() and not pane.hide_button.isEnabled()


def test_an_edited_event_says_when_and_what_it_was_read_as(qtbot, view_on, selection):
    from viewer.core.edits.apply import apply_edits
    from viewer.core.edits.layer import Edits, EventEdit
    from viewer.core.edits.typed_dates import read_typed_date

    doc = analyse(TEXT, "/some/where/story.txt")
    span = doc.events[2].sentence.start, doc.events[2].sentence.end
    edit = EventEdit(*span, date=read_typed_date("1 September 1939"), note="<i>Checked</i>",
                     edited_at="2026-12-06T22:10:00Z")
    edited = apply_edits(doc, Edits().with_event(doc.path, edit))
    pane = view_on(DetailPane, edited)
    selection.select(2)
    assert pane.edited.text().startswith("Edited ")
    assert pane.edited.text().endswith(": read as 3 May 1915, carried over from ‘…a blockade on 3 May 1915’; "
                                       "set to 1 September 1939")
    assert pane.note.text() == "<i>Checked</i>" and pane.reason.text() == "set by you (Edit Event…)"
    selection.select(1)
    assert pane.edited.text() == "" and not pane.edited.isVisibleTo(pane)
