"""Flows a user performs in the main window, on the real core."""

import csv
import io
import json

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence

from tests.ui.helpers import flat_index_of, highlighted
from viewer.core.kinds import INFERRED
from viewer.ui.status import status_text

# The offscreen platform warns whenever a shown top-level window has size constraints.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_launch_on_the_sample(window):
    assert len(window.documents) == 1
    assert len(window.loaded) == 16
    assert window.selection.current >= 0
    assert window.source.toPlainText().startswith("The strategic and porous border")
    assert "16 sentences · 15 dated (7 inferred) · 1 undated" == window.status_bar.summary.text()
    assert window.table.model().rowCount() == 16


def test_lanes_reach_the_window(window):
    lane = {window.loaded.event(flat_index_of(window, o)).lane
            for o in ("The Joint Operations Command (JOC) stated", "It also stated", "The JOC announced")}
    assert len(lane) == 1 and None not in lane


def test_selecting_updates_every_view(window):
    i = flat_index_of(window, "Later on the same day")
    window.selection.select(i)
    event = window.loaded.event(i)
    assert window.details.title.text() == event.title
    assert window.details.date.text() == "29 October 2017"
    assert highlighted(window.source) == (event.sentence.start, event.sentence.end)
    assert window.table.flat_index_of_row(window.table.currentIndex().row()) == i


def test_clicking_an_events_pixel_fills_details_and_highlights_its_sentence(window, qtbot):
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    i = flat_index_of(window, "An Iraqi operation")  # the January 2017 bar
    window.selection.clear()
    qtbot.mouseClick(window.timeline.canvas, Qt.MouseButton.LeftButton, pos=window.timeline.item_view_pos(i))
    assert window.selection.current == i
    event = window.loaded.event(i)
    assert window.details.title.text() == event.title
    assert window.details.date.text() == "January 2017"
    assert highlighted(window.source) == (event.sentence.start, event.sentence.end)


def test_clicking_a_sentence_in_the_source_selects_it(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    i = flat_index_of(window, "Yarallah stated")
    sentence = window.loaded.event(i).sentence
    source = window.source
    cursor = source.textCursor()
    cursor.setPosition(source.positions.to_qt(sentence.start + 3))
    source.setTextCursor(cursor)
    source.ensureCursorVisible()
    point = source.cursorRect(cursor).center() + QPoint(2, 0)
    qtbot.mouseClick(source.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.selection.current == i
    assert window.details.lane.text() == "Yarallah"


def test_inferred_link_selects_the_anchor_event(window):
    i = flat_index_of(window, "It also stated")
    window.selection.select(i)
    assert window.loaded.event(i).dating == INFERRED
    link = window.details.reason.text().split('href="')[1].split('"')[0]
    window.details.reason.linkActivated.emit(link)
    assert window.selection.current == flat_index_of(window, "The Joint Operations Command (JOC) stated")


def test_export_csv_and_json(window, tmp_path):
    window.export("csv", tmp_path / "events.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "events.csv").read_text(encoding="utf-8"))))
    assert len(rows) == 16 and rows[2]["lane"] == "Prime Minister Haider al-Abadi"
    window.export("json", tmp_path / "events.json")
    data = json.loads((tmp_path / "events.json").read_text(encoding="utf-8"))
    assert len(data["documents"][0]["events"]) == 16
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_export_png_and_svg(window, tmp_path):
    window.show()
    window.export("png", tmp_path / "chronology.png")
    window.export("svg", tmp_path / "chronology.svg")
    assert (tmp_path / "chronology.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in (tmp_path / "chronology.svg").read_bytes()


def test_export_to_a_bad_place_reports(window, errors, tmp_path):
    window.export("csv", tmp_path / "missing" / "events.csv")
    assert errors and "events.csv" in errors[0][0]


def test_drag_and_drop_opens_the_file(window, qtbot, tmp_path):
    dropped = tmp_path / "dropped.txt"
    dropped.write_text("The Navy sailed on 3 May 1915. It returned.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    # Qt delivers drop events only inside a real drag, which offscreen cannot start: call
    # the handlers the drag would reach.
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.loading_finished, timeout=10_000):
        window.dropEvent(drop)
    assert [d.path for d in window.documents][-1] == str(dropped)
    assert len(window.loaded) == 18


def test_bad_file_reports_and_keeps_the_open_documents(window, qtbot, errors, tmp_path):
    bad = tmp_path / "binary.txt"
    bad.write_bytes(b"\x00\x01\x02\xff\xfe" * 200)
    with qtbot.waitSignal(window.loading_finished, timeout=10_000):
        window.open_paths([bad, tmp_path / "absent.txt"])
    assert len(errors) == 2
    assert errors[0][0] == str(bad) and errors[0][1]
    assert "\n" not in errors[1][1]
    assert len(window.documents) == 1 and len(window.loaded) == 16


def test_find_marks_and_enter_steps(window, qtbot):
    window.show()
    window.find_action.trigger()
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.edit, "Prime Minister")
    assert len(window.find_bar.matches) == 3
    assert window.table.model().rowCount() == 16  # the rest dimmed, not hidden
    window.find_bar.only.setChecked(True)
    assert window.table.model().rowCount() == 3
    window.find_bar.only.setChecked(False)
    seen = []
    for _ in range(4):
        qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
        seen.append(window.selection.current)
    assert sorted(set(seen)) == window.find_bar.matches and seen[0] == seen[3]
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert window.table.model().rowCount() == 16


def test_standard_shortcuts(window):
    assert window.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)


def test_lane_modes(window):
    window.session.set_lane_mode("document")
    assert list(window.chronology.lane_names) == ["western_iraq_campaign_2017.txt"]
    window.session.set_lane_mode("single")
    assert len(window.chronology.lane_names) == 1
    window.session.set_lane_mode("actor")
    assert "Yarallah" in window.chronology.lane_names
    window.session.set_lane_mode("section")
    assert list(window.chronology.lane_names) == ["No section"]  # the sample has no headings


def test_the_lanes_menu_offers_every_mode(window):
    labels = [a.text().replace("&", "") for a in window.lane_actions.actions()]
    assert labels == ["By actor", "By section", "By document", "Single lane"]
    window.lane_actions.actions()[1].trigger()
    assert window.session.lane_mode == "section"


def test_go_menu_steps_in_time(window):
    window._step("first")
    first = window.selection.current
    window._step("next_in_time")
    assert window.selection.current == window.chronology.next_in_time(first)


def test_geometry_splitters_and_recent_files_remembered(make_window, settings, sample_file, qtbot):
    window = make_window([sample_file])
    window.show()
    window.resize(700, 500)
    window.splitter.setSizes([150, 300])
    saved = window.splitter.sizes()
    window.close()
    assert window.recent.paths() == [str(sample_file.resolve())]
    again = make_window()
    again.show()
    qtbot.waitExposed(again)
    assert again.size().width() == 700
    assert again.splitter.sizes() == saved


def test_events_dock_place_and_visibility_remembered(make_window, sample_file, qtbot):
    from PySide6.QtCore import Qt

    window = make_window([sample_file])
    window.show()
    qtbot.waitUntil(lambda: window.table_dock.isVisible())
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.table_dock)  # a user drags it right
    window.close()
    again = make_window([sample_file])
    again.show()
    qtbot.waitUntil(lambda: again.table_dock.isVisible())
    assert again.dockWidgetArea(again.table_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    again.table_dock.hide()  # a user closes it
    again.close()
    third = make_window([sample_file])
    third.show()
    qtbot.waitUntil(lambda: third._table is not None)
    qtbot.wait(50)
    assert not third.table_dock.isVisible()
    assert not third.table_dock.toggleViewAction().isChecked()


def test_recent_files_at_most_ten(make_window, tmp_path):
    window = make_window()
    for k in range(12):
        window.recent.remember(str(tmp_path / f"f{k}.txt"))
    assert len(window.recent.paths()) == 10
    assert window.recent.paths()[0].endswith("f11.txt")


def test_accessible_names(window):
    for widget in (window.timeline, window.source, window.details, window.table, window.find_bar):
        assert widget.accessibleName()


def test_status_text_counts():
    assert status_text([]) == "0 sentences · 0 dated (0 inferred) · 0 undated"


def test_window_without_documents(new_window):
    window = new_window()
    assert window.details.title.text() == "No event selected"
