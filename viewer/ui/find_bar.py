"""Find events by their text; Enter steps through the matches."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from viewer.ui.loaded import LoadedDocuments
from viewer.ui.selection import SelectionModel


class FindBar(QWidget):
    matches_changed = Signal(list)  # flat indices of the matching events
    query_changed = Signal(str)  # the text looked for, trimmed ("" when closed): what a list of events filters by
    closed = Signal()

    def __init__(self, selection: SelectionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Find bar")
        self._selection = selection
        self._loaded = LoadedDocuments()
        self.matches: list[int] = []
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("Find events…")
        self.edit.setAccessibleName("Find text")
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setAccessibleName("Matches")
        close = QToolButton(self)
        close.setText("✕")
        close.setAccessibleName("Close find bar")
        close.setAutoRaise(True)
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(QLabel("Find:", self))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        layout.addWidget(close)
        self.edit.textChanged.connect(self._search)
        self.edit.returnPressed.connect(self.step)
        self.edit.installEventFilter(self)

    def set_documents(self, loaded: LoadedDocuments) -> None:
        self._loaded = loaded
        self._search(self.edit.text())

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.edit.clear()
        self.hide()
        self.closed.emit()

    def _search(self, text: str) -> None:
        needle = text.casefold().strip()
        self.matches = [i for i in range(len(self._loaded))
                        if needle and needle in self._loaded.event(i).title.casefold()]
        self._show_count()
        self.matches_changed.emit(self.matches)
        self.query_changed.emit(text.strip())

    def _show_count(self) -> None:
        if not self.edit.text().strip():
            self.count.clear()
        elif not self.matches:
            self.count.setText("no match")
        else:
            current = self._selection.current
            place = f"{self.matches.index(current) + 1} of " if current in self.matches else ""
            self.count.setText(f"{place}{len(self.matches)} match{'es' if len(self.matches) > 1 else ''}")

    def step(self, backwards: bool = False) -> None:
        """Select the next (or previous) match after the current event, wrapping round."""
        if not self.matches:
            return
        current = self._selection.current
        if backwards:
            earlier = [i for i in self.matches if i < current]
            target = earlier[-1] if earlier else self.matches[-1]
        else:
            later = [i for i in self.matches if i > current]
            target = later[0] if later else self.matches[0]
        self._selection.select(target)
        self._show_count()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.edit and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            shifted = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and shifted:
                self.step(backwards=True)
                return True
        return super().eventFilter(watched, event)
