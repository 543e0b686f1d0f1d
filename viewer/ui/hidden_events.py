"""Edit > Hidden Events…: every sentence the user said is not an event, each with Restore.

Refilled whenever the edits change (an undo brings an event back, or hides it again); a
Restore is a step of the undo stack like any edit. Titles are text from the documents: a
QTreeWidgetItem shows them as plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.ui.plain_text import tool_tip

DOCUMENT, DATE, TITLE = range(3)
Restore = Callable[[str, tuple[int, int]], None]  # document path, sentence span


class HiddenEvents(QDialog):
    """The hidden events of ``session``'s documents; Restore calls ``restore(path, span)``."""

    def __init__(self, session: Any, restore: Restore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Hidden Events")
        self.setAccessibleName("Hidden events")
        self._session, self._restore = session, restore
        self.summary = QLabel()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Document", "Date", "Title"])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        header = self.tree.header()
        header.setStretchLastSection(True)
        for column in (DOCUMENT, DATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.restore_button = QPushButton("Restore")
        self.restore_button.setToolTip("Put the selected events back on the chronology (undoable)")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.restore_button.clicked.connect(self.restore_selected)
        self.tree.itemSelectionChanged.connect(self._enable)
        self.tree.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(720, 360)
        session.edits_changed.connect(self.refill)
        self.refill()

    def refill(self) -> None:
        from viewer.core.dates.date_text import date_text

        self.tree.clear()
        for doc in self._session.documents:
            for event in doc.hidden:
                when = date_text(event.value, event.interval) if event.interval else "—"
                item = QTreeWidgetItem([Path(doc.path).name if doc.path else "(untitled)", when, event.title])
                item.setData(DOCUMENT, Qt.ItemDataRole.UserRole, (doc.path, event.sentence.start, event.sentence.end))
                item.setToolTip(TITLE, tool_tip(event.title))
                item.setToolTip(DOCUMENT, tool_tip(doc.path))
                self.tree.addTopLevelItem(item)
        count = self.tree.topLevelItemCount()
        self.summary.setText("No event is hidden." if not count else
                             f"{count} sentence{'' if count == 1 else 's'} marked “Not an event”:")
        self._enable()

    def keys(self) -> list[tuple[str, int, int]]:
        """(path, start, end) of each event listed."""
        return [self.tree.topLevelItem(k).data(DOCUMENT, Qt.ItemDataRole.UserRole)
                for k in range(self.tree.topLevelItemCount())]

    def _enable(self) -> None:
        self.restore_button.setEnabled(bool(self.tree.selectedItems()))

    def restore_selected(self) -> None:
        """Restore each event selected: one undo step each."""
        for path, start, end in [item.data(DOCUMENT, Qt.ItemDataRole.UserRole) for item in self.tree.selectedItems()]:
            self._restore(path, (start, end))
