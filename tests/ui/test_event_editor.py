"""The Edit Event dialog: filled in with the event as shown, the date read as it is typed, only
what changed handed back."""

import pytest
from PySide6.QtCore import Qt

from viewer.core.document import analyse
from viewer.core.edits.layer import EventEdit
from viewer.core.edits.typed_dates import date_problem, read_typed_date
from viewer.ui.event_editor import EventEditor

TEXT = "Nobody knows when it began. General Lee attacked on 9 May 1863."


@pytest.fixture
def events():
    return analyse(TEXT, "war.txt").events


@pytest.fixture
def editor(qtbot, events):
    dialog = EventEditor(events[1], ["General Lee", "Admiral Farragut"])
    qtbot.addWidget(dialog)
    return dialog


def test_filled_in_with_the_event_as_shown(editor, events):
    assert editor.date.text() == "9 May 1863"
    assert editor.lane.currentText() == "General Lee"
    assert [editor.lane.itemText(k) for k in range(editor.lane.count())] == [
        "Admiral Farragut", "General Lee", "No actor"]
    assert editor.label.text() == events[1].label and editor.title.text() == events[1].title
    assert editor.reading.text() == "" and editor.changes() == {}


def test_an_undated_event_starts_empty(qtbot, events):
    dialog = EventEditor(events[0], [])
    qtbot.addWidget(dialog)
    assert dialog.date.text() == "" and dialog.lane.currentText() == "No actor"


def test_the_date_typed_earlier_is_shown_as_typed(qtbot, events):
    edit = EventEdit(0, 10, date=read_typed_date("1861-65"))
    dialog = EventEditor(events[1], [], edit)
    qtbot.addWidget(dialog)
    assert dialog.date.text() == "1861-65"


@pytest.mark.parametrize(("typed", "reads_as"), [
    ("29 October 2017", "→ 29 October 2017"),
    ("Oct 2017", "→ October 2017"),
    ("2017-10", "→ October 2017"),
    ("480 BC", "→ 480 BC"),
    ("1939-1945", "→ 1939 – 1945"),
])
def test_the_date_is_read_as_it_is_typed(editor, qtbot, typed, reads_as):
    editor.date.clear()
    qtbot.keyClicks(editor.date, typed)
    assert editor.reading.text() == reads_as
    assert editor.problem == ""
    assert editor.changes()["date"] == read_typed_date(typed)


def test_an_unreadable_date_is_said_in_one_sentence_and_refused(editor, qtbot):
    editor.show()
    editor.date.setText("the Tuesday after the flood")
    assert editor.reading.text() == date_problem("the Tuesday after the flood") == editor.problem
    assert editor.reading.textFormat() == Qt.TextFormat.PlainText
    editor.accept()
    assert editor.isVisible() and editor.result() == 0
    editor.date.setText("9 May 1863")  # back as it was: nothing to refuse, nothing changed
    assert editor.problem == "" and editor.reading.text() == ""
    editor.accept()
    assert not editor.isVisible() and editor.changes() == {}


def test_only_the_fields_changed_are_handed_back(editor):
    editor.lane.setCurrentText("Admiral Farragut")
    editor.note.setPlainText("  See the 1864 report.  ")
    assert editor.changes() == {"lane": "Admiral Farragut", "note": "See the 1864 report."}


def test_no_actor_and_empty_fields_go_back_to_the_reading(editor):
    editor.lane.setCurrentText("No actor")
    editor.label.setText("")
    assert editor.changes() == {"lane": "", "label": None}
