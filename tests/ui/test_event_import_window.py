"""The window on a file of events: its good rows on the chronology, its bad rows in one message,
the documents already open left as they were."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.helpers import highlighted_text, open_and_wait, write
from viewer.core.dates.calendar import day_number

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

EVENTS = """start,end,title,lane
2017-10-26,,The pier opened,Town
2017-13-45,,Bad month,Town
2017-11-02,2017-11-09,The storm week,Weather
2017-11-09,2017-11-02,Ends before it starts,Town
,,No start,Town
2017-11-20,,,Town
2017-11-21,Too few fields
2017-11-22,,Too many,Town,extra
2017-11-23,someday,Bad end,Town
"""


def test_a_csv_of_events_with_malformed_rows(window, qtbot, errors, tmp_path):
    before, events_before = list(window.documents), len(window.loaded)
    path = write(tmp_path, "events.csv", EVENTS)
    open_and_wait(window, qtbot, path)
    assert errors == [(str(path), (
        f"{path}: 7 rows could not be read and were left out (2 events read):\n"
        "line 3: 'start' is not a date: '2017-13-45'\n"
        "line 5: 'end' (2017-11-02) is before 'start' (2017-11-09)\n"
        "line 6: 'start' is empty\n"
        "line 7: 'title' is empty\n"
        "line 8: 2 fields, but the header has 4\n"
        "… and 2 more"))]
    assert window.documents[:-1] == before and window.documents[-1].path == str(path)
    assert len(window.loaded) == events_before + 2


def test_the_good_rows_are_on_the_chronology_and_selectable(window, qtbot, tmp_path):
    path = write(tmp_path, "events.csv", EVENTS)
    open_and_wait(window, qtbot, path)
    d = len(window.documents) - 1
    pier, storm = window.loaded.flat(d, 0), window.loaded.flat(d, 1)
    chron = window.chronology
    assert (chron.start[pier], chron.end[pier]) == (day_number(2017, 10, 26), day_number(2017, 10, 27))
    assert (chron.start[storm], chron.end[storm]) == (day_number(2017, 11, 2), day_number(2017, 11, 10))
    assert [chron.lane_names[chron.lane[i]] for i in (pier, storm)] == ["Town", "Weather"]
    window.selection.select(storm)
    assert window.details.title.text() == "The storm week"
    assert window.details.date.text() == "2–9 November 2017"
    assert window.details.reason.text() == "stated in the sentence: “2017-11-02 to 2017-11-09”"
    assert window.details.lane.text() == "Weather"
    assert highlighted_text(window.source) == "2017-11-02 to 2017-11-09 – The storm week"


def test_clicking_an_imported_event_selects_it(window, qtbot, tmp_path):
    path = write(tmp_path, "events.csv", "start,title,lane\n2017-10-26,The pier opened,Town\n")
    open_and_wait(window, qtbot, path)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    i = window.loaded.flat(1, 0)
    window.selection.clear()
    qtbot.mouseClick(window.timeline.canvas, Qt.MouseButton.LeftButton, pos=window.timeline.item_view_pos(i))
    assert window.selection.current == i
    assert window.details.title.text() == "The pier opened"


def test_a_good_events_file_opens_without_a_message(window, qtbot, errors, tmp_path):
    path = write(tmp_path, "events.json", json.dumps([{"date": "480 BC", "name": "Thermopylae", "actor": "Greeks"}]))
    open_and_wait(window, qtbot, path)
    assert errors == []
    event = window.loaded.event(window.loaded.flat(1, 0))
    assert (event.title, event.value, event.lane) == ("Thermopylae", "BC0480", "Greeks")
    assert window.chronology.start[window.loaded.flat(1, 0)] == day_number(-480, 1, 1)


def test_a_bad_json_event_is_reported_by_its_place(window, qtbot, errors, tmp_path):
    path = write(tmp_path, "events.json", json.dumps([{"start": "2017", "title": "Good"}, {"start": "2017"}]))
    open_and_wait(window, qtbot, path)
    assert errors == [(str(path), f"{path}: 1 row could not be read and was left out (1 events read):\n"
                                  "event 2: 'title' is empty")]


def test_a_file_without_a_needed_column_is_refused_and_the_open_documents_stay(window, qtbot, errors, tmp_path):
    before = (list(window.documents), len(window.loaded), window.selection.current)
    path = write(tmp_path, "events.csv", "when,what\n2017,Something\n")
    open_and_wait(window, qtbot, path)
    ((where, message),) = errors
    assert where == str(path)
    assert message.startswith(f"Could not open {path}: no 'start' column (nor 'date' or 'start date' or 'begin')")
    assert (window.documents, len(window.loaded), window.selection.current) == before


def test_the_default_report_is_one_dialog(new_window, qtbot, tmp_path):
    window = new_window()
    path = write(tmp_path, "events.csv", "start,title\n2017,Good\nsoon,Bad\n")
    open_and_wait(window, qtbot, path)
    (box,) = window.findChildren(QMessageBox)
    assert box.text() == (f"{path}: 1 row could not be read and was left out (1 events read):\n"
                          "line 3: 'start' is not a date: 'soon'")
    assert len(window.loaded) == 1
    box.close()


def test_reopening_the_file_replaces_it_and_reports_again(window, qtbot, errors, tmp_path):
    path = write(tmp_path, "events.csv", "start,title\n2017,Good\nsoon,Bad\n")
    open_and_wait(window, qtbot, path)
    path.write_text("start,title\n2017,Good\n2018,Fixed\n", encoding="utf-8")
    open_and_wait(window, qtbot, path)
    assert len(errors) == 1 and len(window.documents) == 2
    assert [e.title for e in window.documents[-1].events] == ["Good", "Fixed"]
