"""Help: the keyboard shortcuts (read from the window's own actions, so the list cannot go
stale), how dates are read, and about the program.

The words here are ours and may be markup; whatever the actions' texts hold is put in table
cells, which show it as plain text.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QPalette, QPixmap, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from viewer.ui.plain_text import escape

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenuBar

SHORTCUTS, DATES, ABOUT = "shortcuts_dialog", "dates_help", "about_dialog"
DEDICATED_KEYS = 0x01000058  # Qt.Key.Key_Help: from it on, the keys of multimedia and office keyboards

DATINGS_HTML = """
<h3>How dates are read</h3>
<p>Every sentence of a document is an event. Its date comes one of three ways:</p>
<ul>
<li><b>Explicit</b>: written in the sentence itself, as in “On 1 September 1939, Germany
invaded Poland.”</li>
<li><b>Inferred</b>: the sentence names no date of its own, so it carries over the date of the
last sentence before it that did (or of the heading it comes under). “Britain and France
declared war two days later” follows that sentence, and is placed in September 1939.</li>
<li><b>Undated</b>: neither the sentence nor anything before it gives a date. Undated events
are listed in the table but have no place on the chronology.</li>
</ul>
"""
# The marks, when the chronology's legend (chart_legend.CHART_ENTRIES) cannot be read: its words.
MARKS = (
    ("diamond", "Filled diamond: an event dated to the day in its own sentence"),
    ("hollow", "Hollow diamond: carried over, its sentence has no date and takes the last one before it"),
    ("bar", "Bar: a span of days written in its sentence"),
    ("vague", "Lighter bar, dotted edge: a month, season or year written in its sentence"),
    ("hollow_bar", "Dashed, hollow bar: a span carried over from an earlier sentence"),
    ("line", "Thin line: a month or year carried over, under the lane's first row"),
)
WHY_HTML = """
<h4>Why this date?</h4>
<p>Select an event: the details' <b>Why</b> line says where its date came from: the words in
the sentence, or the earlier sentence it was carried over from (a link that selects that
sentence). In the text, the sentence is shaded, its date underlined, and an inferred date's
source marked in amber.</p>
<h4>Find and filter</h4>
<p><b>Edit › Find</b> dims the events whose title does not hold the text and marks every
place it occurs in the text, in green. <b>View › Filter</b> shows only the events of some
lanes, of a date range (type “1939”, “May 1940” or “1 September 1939”) or of some datings;
the table and the chronology always show the same events, and the status bar says how many.</p>
"""


def _plain(text: str) -> str:
    """A menu entry's text without its mnemonic marks: '&Find…' is 'Find…', '&&' one '&'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _typed(key: QKeySequence) -> bool:
    """Is ``key`` typed on a common keyboard? Qt's standard keys add the dedicated keys some have
    ("Open", "Find", "Zoom In", "Help"), which only puzzle in a list."""
    combination = key[0]
    return bool(combination.keyboardModifiers().value) or combination.key().value < DEDICATED_KEYS


def shortcut_rows(menu_bar: QMenuBar) -> list[tuple[str, str]]:
    """(command, keys) for every action of the menus that has a shortcut, in menu order; then
    the find bar's own keys."""
    from viewer.ui.find_bar import KEYS

    rows: list[tuple[str, str]] = []

    def walk(menu: QMenu, path: list[str]) -> None:
        for action in menu.actions():
            where = [*path, _plain(action.text())]
            if action.menu() is not None:
                walk(action.menu(), where)
            elif keys := [k for k in action.shortcuts() if _typed(k)]:
                rows.append((" › ".join(where), ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                                                           for k in keys)))

    for action in menu_bar.actions():
        if action.menu() is not None:
            walk(action.menu(), [_plain(action.text())])
    return rows + [(what, keys) for keys, what in KEYS]


def _reuse(parent: QWidget, name: str) -> QDialog | None:
    """The dialog of that name already open over ``parent``, raised."""
    dialog = parent.findChild(QDialog, name)  # a QMessageBox too
    if dialog is not None and dialog.isVisible():
        dialog.raise_()
        dialog.activateWindow()
        return dialog
    return None


def _dialog(parent: QWidget, name: str, title: str, body: QWidget, size: tuple[int, int]) -> QDialog:
    dialog = QDialog(parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    body.setParent(dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(body, 1)
    layout.addWidget(buttons)
    dialog.resize(*size)
    dialog.show()
    return dialog


def show_shortcuts(window) -> QDialog:
    """Help › Keyboard Shortcuts: a table of every shortcut the window's menus have."""
    dialog = _reuse(window, SHORTCUTS)
    if dialog is not None:
        return dialog
    rows = shortcut_rows(window.menuBar())
    table = QTableWidget(len(rows), 2)
    table.setAccessibleName("Keyboard shortcuts")
    table.setHorizontalHeaderLabels(["Command", "Keys"])
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setAlternatingRowColors(True)
    for r, (what, keys) in enumerate(rows):
        table.setItem(r, 0, QTableWidgetItem(what))  # items show plain text, whatever it holds
        table.setItem(r, 1, QTableWidgetItem(keys))
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.resizeColumnToContents(1)
    return _dialog(window, SHORTCUTS, "Keyboard Shortcuts", table, (520, 600))


def show_dates_help(window) -> QDialog:
    """Help › How Dates Are Read (F1)."""
    dialog = _reuse(window, DATES)
    if dialog is not None:
        return dialog
    text = QTextBrowser()
    text.setAccessibleName("How dates are read")
    text.setOpenLinks(False)
    rows = []
    for kind, meaning, icon in _marks(text.palette()):
        if icon is not None:
            text.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"mark:{kind}"), icon)
        picture = f"<img src='mark:{kind}'>" if icon is not None else ""
        rows.append(f"<tr><td>{picture}</td><td>{escape(meaning)}</td></tr>")
    text.setHtml(DATINGS_HTML + "<h4>The marks on the chronology</h4><table cellspacing='4'>"
                 + "".join(rows) + "</table>" + WHY_HTML)
    return _dialog(window, DATES, "How Dates Are Read", text, (600, 680))


def _marks(palette: QPalette) -> list[tuple[str, str, QPixmap | None]]:
    """(kind, meaning, picture) of each mark: the legend's own, drawn as the chart draws them."""
    try:
        from viewer.ui.chart_legend import CHART_ENTRIES, chart_icon
    except ImportError:  # a chronology without its legend
        return [(kind, meaning, None) for kind, meaning in MARKS]
    return [(kind, meaning, chart_icon(kind, palette)) for kind, meaning in CHART_ENTRIES]


def about_html() -> str:
    import PySide6
    from PySide6.QtCore import qVersion

    from viewer import __version__

    python = ".".join(str(n) for n in sys.version_info[:3])
    return (f"<h3>Timeline Viewer {__version__}</h3>"
            "<p>Dated events from narrative text, on a chronology you can explore.</p>"
            "<p>Free software under the MIT licence.</p>"
            f"<p>Qt {qVersion()} · PySide6 {PySide6.__version__} · Python {python}</p>")


def show_about(window) -> QMessageBox:
    """Help › About Timeline Viewer."""
    open_box = _reuse(window, ABOUT)
    if isinstance(open_box, QMessageBox):
        return open_box
    box = QMessageBox(QMessageBox.Icon.NoIcon, "About Timeline Viewer", about_html(),
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName(ABOUT)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setIconPixmap(window.windowIcon().pixmap(64, 64))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box
