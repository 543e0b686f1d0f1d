"""The one owner of "which event is current": every view listens to it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class SelectionModel(QObject):
    """The current event as a flat index into the loaded chronology (-1: none).

    Views call ``select`` when the user picks something and redraw on
    ``current_changed``; they never call each other.
    """

    current_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current = -1

    @property
    def current(self) -> int:
        return self._current

    def select(self, index: int) -> None:
        if index != self._current:
            self._current = index
            self.current_changed.emit(index)

    def clear(self) -> None:
        self.select(-1)
