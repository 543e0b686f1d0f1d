"""Titles, lanes and names from a document, an events file or a path are shown as they are
written: '<b>bold</b> <img src=...>' in a title is those characters, never bold, never an image
loaded from the disk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.helpers import open_and_wait, tool_tip_shown, write
from viewer.ui.event_table import TITLE as TITLE_COLUMN
from viewer.ui.exception_hook import show_dialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TITLE = "<b>bold</b> <img src={image}> & more"
LANE = "<i>Town</i> & <u>Gown</u>"


@pytest.fixture
def image(tmp_path):
    """A real image on the disk, which a title read as markup would show."""
    from PySide6.QtGui import QImage

    path = tmp_path / "local.png"
    picture = QImage(8, 8, QImage.Format.Format_RGB32)
    picture.fill(0xFF0000)
    picture.save(str(path))
    return path


@pytest.fixture(params=["events file", "text"])
def marked_up(request, tmp_path, image):
    """(path, the event's title, its lane or None): an events file, or a text whose sentence holds the markup."""
    title = TITLE.format(image=image)
    if request.param == "events file":
        return write(tmp_path, "events.csv", f"start,title,lane\n2017-10-26,{title},{LANE}\n"), title, LANE
    sentence = f"On 26 October 2017 the {title} opened."
    return write(tmp_path, "story.txt", sentence), sentence, None


def test_the_tables_tool_tip_shows_the_title_as_written(make_window, marked_up):
    path, title, _lane = marked_up
    window = make_window([path])
    model = window.table.model()
    tip = model.data(model.index(0, TITLE_COLUMN), Qt.ItemDataRole.ToolTipRole)
    assert tool_tip_shown(tip) == title
    assert "<img" not in tip and "<b>" not in tip


def test_the_chronologys_tool_tip_shows_the_title_and_lane_as_written(make_window, marked_up, qtbot):
    path, title, lane = marked_up
    window = make_window([path])
    window.show()
    qtbot.waitExposed(window)
    view = window.ensure_chronology()
    qtbot.mouseMove(view.canvas, view.item_view_pos(0) + QPoint(0, 20))  # a move from beside it onto it
    qtbot.mouseMove(view.canvas, view.item_view_pos(0))
    shown = tool_tip_shown(view.layer.toolTip())
    assert shown == view.describe(0) and shown.endswith("\n" + title)
    if lane:
        assert f" · {lane}\n" in shown
    assert "<img" not in view.layer.toolTip()


def test_the_details_show_the_title_and_lane_as_written(make_window, marked_up):
    path, title, lane = marked_up
    window = make_window([path])
    window.selection.select(0)
    details = window.details
    assert details.title.text() == title and details.title.textFormat() == Qt.TextFormat.PlainText
    if lane:
        assert details.lane.text() == lane and details.lane.textFormat() == Qt.TextFormat.PlainText
    assert "<img" not in details.reason.text()  # the one label in markup: what it quotes is escaped


def test_the_progress_label_shows_the_file_name_as_written(make_window, sample_text, tmp_path, qtbot):
    window = make_window()
    name = "<b>big <img src=x>.txt"  # no closing tag: a name holds no slash
    path = write(tmp_path, name, sample_text * 20)  # over 32 KB: read by a worker, with a progress bar
    with qtbot.waitSignal(window.loading_finished, timeout=20_000):
        window.open_paths([path])
        label = window.status_bar.load_progress.label
        assert label.text() == f"Reading {name}…" and label.textFormat() == Qt.TextFormat.PlainText


def test_the_warning_shows_the_file_name_as_written(new_window, qtbot, tmp_path):
    window = new_window()
    path = write(tmp_path, "<h1>BIG<img src=x>.csv", "start,title\n2017-10-26,Fine\n2017-13-45,Bad month\n")
    open_and_wait(window, qtbot, path)
    (box,) = window.findChildren(QMessageBox)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "<h1>BIG<img src=x>.csv" in box.text()
    box.close()


def test_an_unexpected_errors_dialog_shows_its_message_as_written(qtbot):
    show_dialog("ValueError: <h1>BIG</h1> <img src=x>", "Traceback (most recent call last):\n  ...")
    (box,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == "Something went wrong: ValueError: <h1>BIG</h1> <img src=x>"
    box.close()


def test_the_window_title_shows_the_file_names_as_written(make_window, tmp_path, qtbot):
    path = write(tmp_path, "draft[*] <b>one.txt", "In 2017 it rained.")
    window = make_window([path])
    window.show()
    qtbot.waitExposed(window)
    assert window.windowHandle().title() == "draft[*] <b>one.txt — Timeline Viewer"  # "[*]" is no mark
