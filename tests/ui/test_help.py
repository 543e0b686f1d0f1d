"""The Help menu: every dialog opens; F1 opens How Dates Are Read; the shortcuts come from the
actions; About says the version."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidget, QTextBrowser

from viewer import __version__
from viewer.ui.help import ABOUT, DATES, SHORTCUTS, shortcut_rows

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(make_window):
    window = make_window()
    window.show()
    return window


def help_action(window, text):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def test_the_help_menu_is_last(window):
    assert [a.text() for a in window.menuBar().actions()][-1] == "&Help"


def test_keyboard_shortcuts_lists_every_actions_shortcut(window):
    help_action(window, "Keyboard Shortcuts").trigger()
    dialog = window.findChild(QDialog, SHORTCUTS)
    assert dialog is not None and dialog.isVisible()
    table = dialog.findChild(QTableWidget)
    listed = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    find = QKeySequence(QKeySequence.StandardKey.Find).toString(QKeySequence.SequenceFormat.NativeText)
    assert listed["Edit › Find…"] == find  # not the "Find" key of some keyboards
    assert listed["File › Open…"] == QKeySequence(QKeySequence.StandardKey.Open).toString(
        QKeySequence.SequenceFormat.NativeText)
    assert listed["Go › Next Event in Time"] == "Alt+Right"
    assert listed["View › Filter…"] == "Ctrl+Shift+F"
    assert listed["Help › How Dates Are Read"] == "F1"
    assert listed["Find: the next match"] == "Enter"
    every = [(menu, a) for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
             for a in menu.actions() if a.shortcuts()]
    assert len(listed) == len(every) + 3  # the find bar's own three keys


def test_a_new_action_is_listed_without_touching_the_dialog(window):
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    action = edit.addAction("Do &Something")
    action.setShortcut(QKeySequence("Ctrl+J"))
    assert ("Edit › Do Something", "Ctrl+J") in shortcut_rows(window.menuBar())


def test_f1_opens_how_dates_are_read(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(QDialog, DATES)
    assert dialog is not None and dialog.isVisible()
    text = dialog.findChild(QTextBrowser).toPlainText()
    for words in ("Explicit", "Inferred", "Undated", "The marks on the chronology", "Why this date"):
        assert words in text
    for words in ("dated to the day", "carried over", "span of days", "thin line"):  # the legend's words
        assert words in text.casefold()


def test_the_marks_are_the_legends(window):
    from viewer.ui.help import _marks

    legend = pytest.importorskip("viewer.ui.chart_legend")
    marks = _marks(window.palette())
    assert [(kind, meaning) for kind, meaning, _icon in marks] == list(legend.CHART_ENTRIES)
    assert all(icon is not None and not icon.isNull() for _kind, _meaning, icon in marks)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: raised where it can be
def test_asked_again_the_open_dialog_is_raised_not_doubled(window):
    for _ in range(2):
        help_action(window, "How Dates Are Read").trigger()
    assert len([d for d in window.findChildren(QDialog, DATES) if d.isVisible()]) == 1


def test_about_says_the_version_and_the_licence(window):
    import PySide6
    from PySide6.QtCore import qVersion

    help_action(window, "About Timeline Viewer").trigger()
    box = window.findChild(QMessageBox, ABOUT)
    assert box is not None and box.isVisible()
    assert __version__ in box.text() and "MIT" in box.text()
    assert qVersion() in box.text() and PySide6.__version__ in box.text()
    box.close()
