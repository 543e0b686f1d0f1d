"""What holds the views' rooms while a start paints first and makes them after.

A start shows the document's text first; the details and the event table are made on
the next turn, the chronology once numpy and pyqtgraph are in. Meanwhile these hold
their places, so nothing in the layout moves when the real views take them.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QSplitter, QStyle, QWidget

# Qt's enum values for the first paint's few settings: any use of the Qt namespace (or an
# overload that takes one of its types) builds its 93 enums, 15 ms, and that waits until after.
ALIGN_CENTER = 0x84  # Qt.AlignmentFlag.AlignCenter
VERTICAL = 2  # Qt.Orientation.Vertical
# The events dock's height in a first layout, and its room's before it is placed.
DOCK_HEIGHT = 220
# A shown window that never paints (minimised) still gets its chronology after this,
# and reads the dates of the documents it was opened with after this.
CHRONOLOGY_AT_LATEST_MS = 1000
DATES_AT_LATEST_MS = 250


class ChronologyPlaceholder(QLabel):
    """Holds the chronology's room in the layout until the TimelineView replaces it."""

    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Drawing the chronology…", parent)
        self.setAccessibleName("Chronology")
        self.setProperty("alignment", ALIGN_CENTER)
        self.setEnabled(False)  # greyed: nothing to click yet
        self._painted = False

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override) the TimelineView's, so nothing moves
        return QSize(900, 420)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()


def placeholder(name: str, empty_list: bool = False) -> QWidget:
    """Holds a view's room until it is made; ``empty_list``: in the colour of an empty table."""
    widget = QWidget()
    widget.setAccessibleName(name)
    if empty_list:
        widget.setBackgroundRole(QPalette.ColorRole.Base)
        widget.setAutoFillBackground(True)
    return widget


def dock_room(name: str, window: QWidget) -> QWidget:
    """Holds the room of a dock placed at the bottom of ``window`` later, its separator's too."""
    room = placeholder(name, empty_list=True)
    separator = window.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent, None, window)
    room.setFixedHeight(DOCK_HEIGHT + separator)
    return room


def swap_in(splitter: QSplitter, index: int, view: QWidget) -> None:
    """``view`` in the place of the placeholder at ``index``, nothing else moving."""
    sizes = splitter.sizes()
    splitter.replaceWidget(index, view).deleteLater()
    splitter.setSizes(sizes)
