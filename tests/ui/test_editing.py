"""Every correction through the widgets (the table, the detail pane, the chronology's menus, the
source view's selection), each one step of the undo stack: what the user sees changes, an undo
puts it back, a redo makes it again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMenu

from tests.ui.helpers import flat_index_of, write
from viewer.core.edits.typed_dates import date_problem
from viewer.ui.chart_edit_menus import action
from viewer.ui.event_editor import EventEditor
from viewer.ui.event_table import DATE, LANE, TITLE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

OPERATION = "An Iraqi operation was launched"  # 2017-01, stated; no actor
JOC = "The Joint Operations Command (JOC) stated on 28 October"


@pytest.fixture
def shown(window, qtbot):
    """The sample's window, shown (keys go to the focused widget), its chronology in place."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def cell(window, flat: int, column: int) -> str:
    model = window.table.source_model
    return model.index(model.row_of(flat), column).data()


def current_title(window) -> str:
    return window.session.loaded.event(window.selection.current).title


def undo(window) -> None:
    window.menus.undo_action.trigger()


def redo(window) -> None:
    window.menus.redo_action.trigger()


def type_in_cell(qtbot, window, flat: int, column: int, text: str) -> None:
    """Select the event's row, F2 on its ``column`` cell, type ``text`` over it, Enter."""
    table = window.table
    window.selection.select(flat)
    table.setCurrentIndex(table.source_model.index(table.source_model.row_of(flat), column))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(QComboBox) if column == LANE else table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    line = editor.lineEdit() if isinstance(editor, QComboBox) else editor
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)  # the delegate commits on the next turn


def editor_of(window) -> EventEditor:
    dialog = window.editing.dialog
    assert isinstance(dialog, EventEditor) and dialog.isVisible()
    return dialog


# -- the table ------------------------------------------------------------------------------


def test_a_date_typed_in_the_table_with_f2_then_undone_and_redone(shown, qtbot):
    window, i = shown, flat_index_of(shown, OPERATION)
    key = window.session.event_key(i)
    assert cell(window, i, DATE) == "January 2017"
    type_in_cell(qtbot, window, i, DATE, "1939-1945")
    qtbot.waitUntil(lambda: window.session.undo_stack.count() == 1)
    i = window.session.index_of(key)
    assert cell(window, i, DATE) == "1939 – 1945"
    assert window.selection.current == i  # the edited event stays selected
    assert window.table.source_model.flat_index(window.table.currentIndex().row()) == i
    assert window.details.date.text() == "1939 – 1945"
    assert "read as January 2017, stated in the sentence (“January 2017”); set to 1939 – 1945" in \
        window.details.edited.text()
    assert window.session.undo_stack.undoText() == "Set date of “An Iraqi operation was launched towards…”"
    undo(window)
    assert cell(window, window.session.index_of(key), DATE) == "January 2017"
    assert window.details.edited.text() == "" and not window.details.edited.isVisible()
    redo(window)
    assert cell(window, window.session.index_of(key), DATE) == "1939 – 1945"


def test_an_unreadable_date_in_the_table_is_refused_with_its_reason(shown, qtbot):
    window, i = shown, flat_index_of(shown, OPERATION)
    type_in_cell(qtbot, window, i, DATE, "the winter after")
    message = date_problem("the winter after")
    assert message.startswith("“the winter after” is not a date")
    assert window.table.refusal == message
    assert window.status_bar.currentMessage() == message
    qtbot.wait(20)  # a queued edit would have come in by now
    assert window.session.undo_stack.count() == 0 and not window.session.edits
    assert cell(window, i, DATE) == "January 2017"


def test_double_click_opens_the_cell_for_editing(shown, qtbot):
    window, i = shown, flat_index_of(shown, OPERATION)
    table = window.table
    window.selection.select(i)
    rect = table.visualRect(table.source_model.index(table.source_model.row_of(i), TITLE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible() and editor.text().startswith(OPERATION)


def test_a_lane_picked_then_a_new_one_typed_in_the_table(shown, qtbot):
    window, i = shown, flat_index_of(shown, OPERATION)
    key = window.session.event_key(i)
    assert cell(window, i, LANE) == "No actor"
    type_in_cell(qtbot, window, i, LANE, "Defence Ministry")  # one of the combo's lanes
    qtbot.waitUntil(lambda: cell(window, window.session.index_of(key), LANE) == "Defence Ministry")
    assert window.session.undo_stack.undoText().startswith("Move “An Iraqi operation")
    type_in_cell(qtbot, window, window.session.index_of(key), LANE, "Anbar Operations Command")
    qtbot.waitUntil(lambda: cell(window, window.session.index_of(key), LANE) == "Anbar Operations Command")
    assert "Anbar Operations Command" in window.chronology.lane_names
    assert "Anbar Operations Command" in window.ensure_chronology().names.names
    undo(window)
    assert cell(window, window.session.index_of(key), LANE) == "Defence Ministry"
    assert "Anbar Operations Command" not in window.chronology.lane_names
    undo(window)
    assert cell(window, window.session.index_of(key), LANE) == "No actor"
    redo(window)
    redo(window)
    assert cell(window, window.session.index_of(key), LANE) == "Anbar Operations Command"


def test_a_title_typed_in_the_table(shown, qtbot):
    window, i = shown, flat_index_of(shown, OPERATION)
    key = window.session.event_key(i)
    type_in_cell(qtbot, window, i, TITLE, "Operation towards west Anbar, suspended")
    qtbot.waitUntil(lambda: window.session.undo_stack.count() == 1)
    assert cell(window, window.session.index_of(key), TITLE) == "Operation towards west Anbar, suspended"
    assert window.details.title.text() == "Operation towards west Anbar, suspended"
    assert "title rewritten" in window.details.edited.text()
    undo(window)
    assert cell(window, window.session.index_of(key), TITLE).startswith(OPERATION)


# -- the detail pane -------------------------------------------------------------------------


def test_every_field_from_the_detail_pane_is_one_step(window, qtbot):
    i = flat_index_of(window, OPERATION)
    key = window.session.event_key(i)
    window.selection.select(i)
    qtbot.mouseClick(window.details.edit_button, Qt.MouseButton.LeftButton)
    editor = editor_of(window)
    assert editor.date.text() == "January 2017" and editor.lane.currentText() == "No actor"
    assert editor.title.text().startswith(OPERATION)
    editor.date.setText("1 september 1939")
    assert editor.reading.text() == "→ 1 September 1939"
    editor.lane.setCurrentText("Wehrmacht")
    editor.label.setText("Invasion of Poland")
    editor.title.setText("Germany invades Poland.")
    editor.note.setPlainText("Moved here <b>on purpose</b>.")
    qtbot.mouseClick(editor.buttons.button(editor.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert window.editing.dialog is None
    i = window.session.index_of(key)
    assert window.selection.current == i
    pane = window.details
    assert (pane.date.text(), pane.lane.text(), pane.title.text()) == (
        "1 September 1939", "Wehrmacht", "Germany invades Poland.")
    assert pane.note.text() == "Moved here <b>on purpose</b>."  # as written, never markup
    assert pane.note.textFormat() == Qt.TextFormat.PlainText
    assert pane.edited.text().startswith("Edited ")
    assert "read as January 2017, stated in the sentence (“January 2017”); set to 1 September 1939" in \
        pane.edited.text()
    assert "lane ‘No actor’ changed to ‘Wehrmacht’" in pane.edited.text()
    assert pane.reason.text() == "set by you (Edit Event…)"
    assert (cell(window, i, DATE), cell(window, i, LANE)) == ("1 September 1939", "Wehrmacht")
    view = window.ensure_chronology()
    assert view.describe(i).endswith("Germany invades Poland.")
    assert "Wehrmacht" in view.names.names
    assert window.session.undo_stack.count() == 1
    assert window.session.undo_stack.undoText() == "Edit “An Iraqi operation was launched towards…”"
    undo(window)
    assert (pane.date.text(), pane.lane.text()) == ("January 2017", "No actor")
    assert pane.title.text().startswith(OPERATION) and pane.note.text() == ""
    assert "Wehrmacht" not in view.names.names
    redo(window)
    assert (pane.date.text(), pane.note.text()) == ("1 September 1939", "Moved here <b>on purpose</b>.")


def test_an_edit_keeps_the_fields_set_before(window):
    i = flat_index_of(window, OPERATION)
    key = window.session.event_key(i)
    window.editing.edit_event(i)
    editor_of(window).note.setPlainText("Dates from the army's report.")
    editor_of(window).accept()
    window.editing.edit_event(window.session.index_of(key))
    editor = editor_of(window)
    assert editor.note.toPlainText() == "Dates from the army's report."
    editor.date.setText("Oct 2017")
    assert editor.changes().keys() == {"date"}  # only what changed
    editor.accept()
    edit = window.session.edits.event(key[0], key[1:])
    assert edit.note == "Dates from the army's report." and edit.date.text == "Oct 2017"
    assert window.details.note.text() == "Dates from the army's report."
    assert window.details.date.text() == "October 2017"
    undo(window)
    assert window.details.date.text() == "January 2017"
    assert window.details.note.text() == "Dates from the army's report."


def test_the_editor_refuses_an_unreadable_date(window, qtbot):
    i = flat_index_of(window, OPERATION)
    window.selection.select(i)
    window.menus.edit_event_action.trigger()  # Edit > Edit Event…
    editor = editor_of(window)
    editor.date.setText("sometime in the thirties")
    assert editor.reading.text() == date_problem("sometime in the thirties")
    qtbot.mouseClick(editor.buttons.button(editor.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert editor.isVisible() and window.editing.dialog is editor
    editor.date.setText("")
    assert editor.reading.text() == date_problem("")
    editor.accept()
    assert editor.isVisible()
    editor.reject()
    assert window.editing.dialog is None
    assert window.session.undo_stack.count() == 0 and cell(window, i, DATE) == "January 2017"


def test_not_an_event_from_the_detail_pane_then_restored(window, qtbot):
    i = flat_index_of(window, JOC)
    key = window.session.event_key(i)
    window.selection.select(i)
    qtbot.mouseClick(window.details.hide_button, Qt.MouseButton.LeftButton)
    assert window.table.model().rowCount() == 15 and len(window.chronology) == 15
    assert key[1] not in [e.sentence.start for e in window.session.documents[0].events]
    assert [(e.sentence.start, e.sentence.end) for e in window.session.documents[0].hidden] == [key[1:]]
    assert current_title(window).startswith("It also stated")  # the next one is selected
    assert "in a sentence you marked “Not an event”" in window.details.reason.text()
    window.menus.undo_action.trigger()
    assert window.table.model().rowCount() == 16
    assert window.session.current_key() == key  # back, and selected again
    window.menus.redo_action.trigger()
    assert current_title(window).startswith("It also stated")
    window.editing.show_hidden_events()
    hidden = window.editing.hidden_events
    assert hidden.isVisible() and hidden.keys() == [key]
    assert hidden.tree.topLevelItem(0).text(1) == "28 October 2017"
    hidden.tree.topLevelItem(0).setSelected(True)
    qtbot.mouseClick(hidden.restore_button, Qt.MouseButton.LeftButton)
    assert hidden.keys() == [] and hidden.summary.text() == "No event is hidden."
    assert window.table.model().rowCount() == 16 and len(window.chronology) == 16
    assert window.selection.current == window.session.index_of(key)
    assert window.session.undo_stack.undoText().startswith("Restore “The Joint Operations Command")
    undo(window)  # hidden again, and listed again
    assert window.table.model().rowCount() == 15 and hidden.keys() == [key]


# -- the chronology's menus -------------------------------------------------------------------


def test_a_marks_menu_edits_its_event(window):
    view = window.ensure_chronology()
    i = flat_index_of(window, JOC)
    key = window.session.event_key(i)
    menu = view.mark_menu(i)
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Edit Event…", "Not an Event", "Rename Lane…", "Merge Lane Into…", "Lane Colour…"]
    action(menu, "Edit Event…").trigger()
    editor = editor_of(window)
    assert editor.date.text() == "28 October 2017"
    editor.date.setText("27 October 2017")
    editor.accept()
    i = window.session.index_of(key)
    assert view.describe(i).startswith("27 Oct 2017")
    undo(window)
    assert view.describe(window.session.index_of(key)).startswith("28 Oct 2017")
    action(view.mark_menu(window.session.index_of(key)), "Not an Event").trigger()
    assert len(view.laid_out) == 15
    undo(window)
    assert len(view.laid_out) == 16


def test_a_right_click_on_a_mark_pops_its_menu(window, qtbot):
    window.show()
    view = window.ensure_chronology()
    qtbot.waitExposed(view)
    i = flat_index_of(window, JOC)
    view.selection.select(i)
    where = view.item_view_pos(i)
    QApplication.sendEvent(view.canvas, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where,
                                                          view.canvas.mapToGlobal(where)))
    menus = [m for m in view.findChildren(QMenu) if m.isVisible()]
    assert len(menus) == 1 and menus[0].actions()[0].text() == "Edit Event…"
    assert window.selection.current == i
    menus[0].close()


def lane_index(view, name: str) -> int:
    return view.chron.lane_names.index(name)


def test_a_lane_renamed_from_its_name_then_undone(window):
    view = window.ensure_chronology()
    i = flat_index_of(window, "Yarallah stated")
    action(view.lane_menu("Yarallah"), "Rename Lane…").trigger()
    dialog = window.editing.dialog
    assert dialog.textValue() == "Yarallah"
    dialog.setTextValue("Yahya Rasool")
    dialog.accept()
    assert "Yahya Rasool" in view.names.names and "Yarallah" not in view.names.names
    assert cell(window, i, LANE) == "Yahya Rasool"
    assert window.session.undo_stack.undoText() == "Rename lane “Yarallah” to “Yahya Rasool”"
    undo(window)
    assert "Yarallah" in view.names.names and cell(window, i, LANE) == "Yarallah"
    redo(window)
    assert cell(window, i, LANE) == "Yahya Rasool"


def test_a_lane_merged_into_another_from_a_marks_menu(window):
    view = window.ensure_chronology()
    i = flat_index_of(window, "Yarallah stated")
    lanes = len(view.names.names)
    action(view.mark_menu(i), "Merge Lane Into…").trigger()
    dialog = window.editing.dialog
    assert "Yarallah" not in dialog.comboBoxItems() and "No actor" not in dialog.comboBoxItems()
    dialog.setTextValue("Prime Minister Haider al-Abadi")
    dialog.accept()
    assert len(view.names.names) == lanes - 1 and "Yarallah" not in view.names.names
    k = lane_index(view, "Prime Minister Haider al-Abadi")
    assert view.names.counts[k] == 5  # its three, and Yarallah's two
    assert cell(window, i, LANE) == "Prime Minister Haider al-Abadi"
    assert window.session.undo_stack.undoText() == "Merge lane “Yarallah” into “Prime Minister Haider al-Abadi”"
    undo(window)
    assert len(view.names.names) == lanes and view.names.counts[lane_index(view, "Prime Minister Haider al-Abadi")] == 3


def drawn_colours(view) -> set[int]:
    image = view.grab().toImage()
    return {image.pixel(x, y) & 0xFFFFFF for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}


def test_a_lanes_colour_everywhere_then_undone(window, qtbot):
    window.show()
    view = window.ensure_chronology()
    qtbot.waitExposed(view)
    magenta = QColor("#d000d0")
    assert magenta.rgb() & 0xFFFFFF not in drawn_colours(view)
    i = flat_index_of(window, "Yarallah stated")
    action(view.lane_menu("Yarallah"), "Lane Colour…").trigger()
    dialog = window.editing.dialog
    dialog.setCurrentColor(magenta)
    dialog.accept()
    k = lane_index(view, "Yarallah")
    assert view.layer.style.lanes[k] == magenta and view.names.colours[k] == magenta
    model = window.table.source_model
    assert model.index(model.row_of(i), LANE).data(Qt.ItemDataRole.DecorationRole) == magenta
    window.selection.select(i)
    assert window.details.swatch.pixmap().toImage().pixelColor(2, 2) == magenta
    view.fit_all()
    qtbot.waitUntil(lambda: magenta.rgb() & 0xFFFFFF in drawn_colours(view))  # the chronology repaints in it
    assert window.session.undo_stack.undoText() == "Colour of lane “Yarallah”"
    undo(window)
    assert view.layer.style.lanes[lane_index(view, "Yarallah")] != magenta
    assert model.index(model.row_of(i), LANE).data(Qt.ItemDataRole.DecorationRole) != magenta
    qtbot.waitUntil(lambda: magenta.rgb() & 0xFFFFFF not in drawn_colours(view))


@pytest.mark.parametrize("mode", ["document", "single"])
def test_lane_edits_are_off_where_lanes_are_not_actors_or_sections(window, mode):
    view = window.ensure_chronology()
    window.session.set_lane_mode(mode)
    name = view.names.names[0]
    for menu in (view.lane_menu(name), view.mark_menu(window.chronology.first())):
        for text in ("Rename Lane…", "Merge Lane Into…", "Lane Colour…"):
            assert not action(menu, text).isEnabled()


def test_the_lanes_of_no_actor_are_not_renamed(window):
    menu = window.ensure_chronology().lane_menu("No actor")
    assert not action(menu, "Rename Lane…").isEnabled() and not action(menu, "Merge Lane Into…").isEnabled()
    assert action(menu, "Lane Colour…").isEnabled() and action(menu, "Hide This Lane").isEnabled()


def test_a_section_renamed(make_window, tmp_path):
    path = write(tmp_path, "war.txt", "Early days\n\nIt began on 3 May 1940.\n\nLater\n\nIt ended in 1945.\n")
    window = make_window([path])
    window.session.set_lane_mode("section")
    view = window.ensure_chronology()
    assert view.names.names == ["Early days", "Later"]
    action(view.lane_menu("Later"), "Rename Lane…").trigger()
    window.editing.dialog.setTextValue("The end")
    window.editing.dialog.accept()
    assert view.names.names == ["Early days", "The end"]
    undo(window)
    assert view.names.names == ["Early days", "Later"]


# -- a new event from the source text ----------------------------------------------------------


def select_passage(source, text: str) -> None:
    start = source.toPlainText().index(text)
    cursor = source.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(text), cursor.MoveMode.KeepAnchor)
    source.setTextCursor(cursor)


def test_a_new_event_from_a_passage_selected_in_the_source(window):
    source = window.source
    passage = "the Iraqi troops had also captured many villages"
    i = flat_index_of(window, "It also stated")
    window.selection.select(i)
    select_passage(source, passage)
    menu = source.context_menu()
    assert menu.actions()[0].text() == "New Event from Selection…" and menu.actions()[0].isEnabled()
    menu.actions()[0].trigger()
    editor = editor_of(window)
    assert editor.windowTitle() == "New Event"
    assert editor.date.text() == ""  # the passage names no date of its own
    assert editor.lane.currentText() == "Joint Operations Command (JOC)"  # its sentence's
    assert editor.title.text() == passage
    editor.date.setText("30 October 2017")
    editor.accept()
    assert window.table.model().rowCount() == 17 and len(window.chronology) == 17
    new = window.selection.current
    event = window.session.loaded.event(new)
    doc = window.session.loaded.document_of(new)
    assert doc.text[event.sentence.start:event.sentence.end] == passage
    assert (event.title, window.details.date.text()) == (passage, "30 October 2017")
    assert window.details.edited.text().startswith("Added by you")
    assert window.session.undo_stack.undoText().startswith(f"New event “{event.label[:39]}")
    undo(window)
    assert window.table.model().rowCount() == 16
    redo(window)
    assert window.table.model().rowCount() == 17


def test_a_new_event_is_dated_by_an_expression_in_its_passage(window):
    select_passage(window.source, "stated on 29 October that Iraqi aeroplanes")
    window.menus.new_event_action.trigger()  # Edit > New Event from Selection…
    editor = editor_of(window)
    assert editor.date.text() == "29 October 2017" and editor.lane.currentText() == "Defence Ministry"
    editor.accept()
    assert len(window.chronology) == 17
    assert window.session.undo_stack.count() == 1


def test_no_new_event_without_a_selection(window):
    window.source.moveCursor(window.source.textCursor().MoveOperation.Start)
    assert not window.source.context_menu().actions()[0].isEnabled()
    window.menus.new_event_action.trigger()
    assert window.editing.dialog is None
    assert window.status_bar.currentMessage().startswith("Select a passage")


# -- the keys and the history ------------------------------------------------------------------


def test_ctrl_z_and_ctrl_shift_z_undo_and_redo(shown, qtbot):
    window, i = shown, flat_index_of(shown, OPERATION)
    type_in_cell(qtbot, window, i, DATE, "480 BC")
    qtbot.waitUntil(lambda: window.session.undo_stack.count() == 1)
    key = window.session.event_key(window.selection.current)
    assert cell(window, window.session.index_of(key), DATE) == "480 BC"
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cell(window, window.session.index_of(key), DATE) == "January 2017"
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert cell(window, window.session.index_of(key), DATE) == "480 BC"


def test_the_undo_history_is_one_dock(window):
    window.editing.set_lane_colour("actor", "Iraq", "#123456")
    window.editing.show_undo_history()
    dock = window.editing.history_dock
    window.editing.show_undo_history()
    assert window.editing.history_dock is dock and dock.isVisibleTo(window)
    view = dock.widget()
    assert view.stack() is window.session.undo_stack
    assert [view.model().index(r, 0).data() for r in range(view.model().rowCount())] == [
        "Opened", "Colour of lane “Iraq”"]
    view.setCurrentIndex(view.model().index(0, 0))  # a click on "Opened": back to the start
    assert window.session.undo_stack.index() == 0 and not window.session.edits.colours("actor")


def test_a_dialog_left_open_across_an_undo_edits_its_own_event(window):
    """The editor holds its event by key: an undo meanwhile moves flat indices, not its target."""
    i = flat_index_of(window, JOC)
    key = window.session.event_key(i)
    window.editing.hide_event(flat_index_of(window, OPERATION))
    window.editing.edit_event(window.session.index_of(key))
    undo(window)  # the hidden one is back: every flat index after it moved
    editor_of(window).label.setText("JOC statement")
    editor_of(window).accept()
    assert window.session.loaded.event(window.session.index_of(key)).label == "JOC statement"
