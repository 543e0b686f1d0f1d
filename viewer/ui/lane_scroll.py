"""Rows of a fixed height, scrolled: the chart's y range follows a scroll bar, never squeezed.

The view box shows as many rows as its height holds at ``row_px`` each, from the scroll
bar's value down; the bar (in pixels) shows when the rows do not all fit. Shift+wheel,
a wheel over the lane names, the scroll bar and the selection move it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QScrollBar

WHEEL_ROWS = 3  # rows a wheel notch scrolls


class LaneScroll(QObject):
    """Keeps ``view_box``'s y range at [top, top + height / row_px) rows, ``top`` from ``bar``."""

    scrolled = Signal()  # the rows in view changed (scrolled, resized, new rows)

    def __init__(self, view_box, bar: QScrollBar, row_px: int) -> None:
        super().__init__(bar)
        self.view_box, self.bar, self.row_px = view_box, bar, row_px
        self.total_rows = 0
        bar.valueChanged.connect(self._apply)
        view_box.sigResized.connect(self._update_bar)

    @property
    def view_px(self) -> float:
        return max(self.view_box.sceneBoundingRect().height(), 1.0)

    @property
    def top_row(self) -> float:
        return self.bar.value() / self.row_px

    def visible_rows(self) -> float:
        return self.view_px / self.row_px

    def set_rows(self, total_rows: int, row_px: int | None = None) -> None:
        self.total_rows = total_rows
        if row_px is not None:
            self.row_px = row_px
        self._update_bar()

    def _update_bar(self) -> None:
        view = int(self.view_px)
        self.bar.blockSignals(True)
        self.bar.setRange(0, max(0, self.total_rows * self.row_px - view))
        self.bar.setPageStep(max(view, 1))
        self.bar.setSingleStep(self.row_px)
        self.bar.blockSignals(False)
        self.bar.setVisible(self.bar.maximum() > 0)
        self._apply()

    def _apply(self) -> None:
        top = self.bar.value() / self.row_px
        self.view_box.setYRange(top, top + self.view_px / self.row_px, padding=0)
        self.scrolled.emit()

    def scroll_rows(self, rows: float) -> None:
        self.bar.setValue(int(round(self.bar.value() + rows * self.row_px)))

    def wheel(self, angle_delta: int) -> None:
        """A wheel turn: up (positive) shows the rows above."""
        self.scroll_rows(-angle_delta / 120 * WHEEL_ROWS)

    def ensure_visible(self, row: int) -> None:
        """Scroll as little as brings ``row`` whole into view (centred when it was far)."""
        top, rows = self.top_row, self.visible_rows()
        if top <= row and row + 1 <= top + rows:
            return
        target = row - max(rows - 1, 0) / 2
        self.bar.setValue(int(math.floor(max(target, 0) * self.row_px)))
