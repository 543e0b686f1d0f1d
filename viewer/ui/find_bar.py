"""Find events by their text; Enter steps through the matches.

What is typed is the EventFilter's query: the chronology and the table dim the events
that do not match, the source text marks every place it occurs. "Matches only" hides
the rest instead. Closing the bar ends the search.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from viewer.ui.event_filter import EventFilter
from viewer.ui.selection import SelectionModel

# The bar's own keys, for Help > Keyboard Shortcuts: the eventFilter below handles them.
KEYS = (("Enter", "Find: the next match"), ("Shift+Enter", "Find: the previous match"),
        ("Esc", "Find: close the find bar"))


class FindBar(QWidget):
    query_changed = Signal(str)  # the text looked for, trimmed ("" when closed)
    closed = Signal()

    def __init__(self, selection: SelectionModel, event_filter: EventFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Find bar")
        self._selection = selection
        self._filter = event_filter
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("Find events…")
        self.edit.setAccessibleName("Find text")
        self.edit.setClearButtonEnabled(True)
        self.only = QCheckBox("Matches only", self)
        self.only.setToolTip("Hide the events that do not match, instead of dimming them")
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
        layout.addWidget(self.only)
        layout.addWidget(self.count)
        layout.addWidget(close)
        self.edit.textChanged.connect(self._search)
        self.edit.returnPressed.connect(self.step)
        self.edit.installEventFilter(self)
        self.only.toggled.connect(event_filter.set_matches_only)
        event_filter.changed.connect(self._show_count)
        selection.current_changed.connect(self._show_count)

    @property
    def matches(self) -> list[int]:
        """The flat indices of the shown events that match, in order."""
        return self._filter.matches

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.edit.clear()
        self.hide()
        self.closed.emit()

    def _search(self, text: str) -> None:
        self._filter.set_query(text)
        self.query_changed.emit(text.strip())

    def _show_count(self) -> None:
        matches = self.matches
        if not self.edit.text().strip():
            self.count.clear()
        elif not matches:
            self.count.setText("no match")
        else:
            current = self._selection.current
            place = f"{matches.index(current) + 1} of " if current in matches else ""
            self.count.setText(f"{place}{len(matches)} match{'es' if len(matches) > 1 else ''}")

    def step(self, backwards: bool = False) -> None:
        """Select the next (or previous) match after the current event, wrapping round."""
        matches = self.matches
        if not matches:
            return
        current = self._selection.current
        if backwards:
            earlier = [i for i in matches if i < current]
            target = earlier[-1] if earlier else matches[-1]
        else:
            later = [i for i in matches if i > current]
            target = later[0] if later else matches[0]
        self._selection.select(target)

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
