"""The lane-name column beside the chronology: a swatch of each lane's colour and its name.

Each name sits in its lane's first row in view (a lane scrolled half out keeps its
name at the top of what is left), elided to the column's width, with the whole name
in a plain-text tool tip. Rows are at least a line of text tall and a name never
leaves its lane, so names never meet. The column's width is the user's (a splitter).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette, QWheelEvent
from PySide6.QtWidgets import QToolTip, QWidget

from viewer.ui.plain_text import tool_tip

SWATCH_PX = 10
PAD = 6


class LaneNames(QWidget):
    """Lane names drawn where the chart's rows are: ``set_rows`` says where that is."""

    lane_menu_requested = Signal(str, QPoint)  # lane name, global position
    wheel_turned = Signal(int)  # vertical angle delta of a wheel turned over the names

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Lane names")
        self.setMouseTracking(True)
        self.setMinimumWidth(40)
        self.names: list[str] = []
        self.counts: list[int] = []
        self.colours: list[QColor] = []
        self.lane_top: list[int] = [0]
        self._rows = (0.0, 0.0, 0.0, 20.0)  # view top and bottom (widget y), first row in view, row height
        self._placed: list[tuple[int, QRectF]] = []

    def set_lanes(self, names: list[str], counts: list[int], colours: list[QColor], lane_top: list[int]) -> None:
        self.names, self.counts, self.colours, self.lane_top = names, counts, colours, lane_top
        self.update()

    def set_rows(self, top: float, bottom: float, first_row: float, row_px: float) -> None:
        """The chart's rows: widget y ``top`` to ``bottom`` show rows from ``first_row``, ``row_px`` each."""
        if (top, bottom, first_row, row_px) != self._rows:
            self._rows = (top, bottom, first_row, row_px)
            self.update()

    def preferred_width(self) -> int:
        metrics = QFontMetricsF(self.font())
        widest = max((metrics.horizontalAdvance(n) for n in self.names), default=60.0)
        return int(min(max(widest + SWATCH_PX + 3 * PAD, 90), 260))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.preferred_width(), 200)

    # -- where names go -----------------------------------------------------------

    def lane_spans(self) -> list[tuple[int, float, float]]:
        """(lane, top, bottom) in widget y of each lane with a row in view, clipped to the view."""
        top, bottom, first, row_px = self._rows
        out = []
        for lane in range(len(self.names)):
            a = top + (self.lane_top[lane] - first) * row_px
            b = top + (self.lane_top[lane + 1] - first) * row_px
            if b > top and a < bottom:
                out.append((lane, max(a, top), min(b, bottom)))
        return out

    def name_rects(self) -> list[tuple[int, QRectF]]:
        """(lane, rectangle) of every name drawn in the last paint."""
        return list(self._placed)

    def lane_at(self, y: float) -> int:
        for lane, a, b in self.lane_spans():
            if a <= y < b:
                return lane
        return -1

    # -- painting -------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        p = QPainter(self)
        palette = self.palette()
        p.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        top, bottom, _first, row_px = self._rows
        metrics = QFontMetricsF(self.font())
        text_x = PAD + SWATCH_PX + PAD
        room = self.width() - text_x - PAD
        self._placed = []
        p.setClipRect(QRectF(0, top, self.width(), bottom - top))
        for lane, a, b in self.lane_spans():
            if lane % 2:
                p.fillRect(QRectF(0, a, self.width(), b - a), palette.color(QPalette.ColorRole.AlternateBase))
            if b - a < row_px - 0.5:
                continue  # less than a row of it in view: its name would be cut
            y = min(a, b - row_px)  # its first row in view, whole
            mid = y + row_px / 2
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(self.colours[lane] if lane < len(self.colours) else palette.color(QPalette.ColorRole.Text))
            p.drawRoundedRect(QRectF(PAD, mid - SWATCH_PX / 2, SWATCH_PX, SWATCH_PX), 2, 2)
            text = metrics.elidedText(self.names[lane], Qt.TextElideMode.ElideRight, max(room, 0))
            rect = QRectF(text_x, mid - metrics.height() / 2, metrics.horizontalAdvance(text), metrics.height())
            p.setPen(palette.color(QPalette.ColorRole.Text))
            p.drawText(rect.bottomLeft() - QPoint(0, round(metrics.descent())), text)
            self._placed.append((lane, rect))
        p.end()

    # -- pointer ----------------------------------------------------------------------

    def tool_tip_at(self, y: float) -> str:
        """The tool tip over widget y: the lane's whole name and its count, as plain text ("" for none)."""
        lane = self.lane_at(y)
        if lane < 0:
            return ""
        count = self.counts[lane] if lane < len(self.counts) else 0
        return tool_tip(f"{self.names[lane]}\n{count} dated event{'' if count == 1 else 's'}")

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            tip = self.tool_tip_at(event.pos().y())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt override)
        lane = self.lane_at(event.pos().y())
        if lane >= 0:
            self.lane_menu_requested.emit(self.names[lane], event.globalPos())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        delta = event.angleDelta()
        self.wheel_turned.emit(delta.y() or delta.x())
        event.accept()
