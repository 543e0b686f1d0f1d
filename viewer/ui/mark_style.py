"""How each kind of mark looks: a lane's colour, lighter and hollow when carried over, faint when dimmed.

One place for the event layer and the legend, so the legend shows the marks as drawn.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPixmap, QPolygonF

from viewer.core.chart.drawing_classes import BAR, MARKER, VAGUE_BAR
from viewer.ui.lane_colours import is_dark, lane_colour

DIM = 0.78  # a dimmed mark (Find is on and it does not match) is this close to the background
BAR_PX = 12.0  # a bar's height in a row (rows are a line of text and a little more)
LINE_PX = 2.0  # a carried-over coarse date: a line this thick at the bottom of its lane's first row


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved a share ``t`` of the way to ``b``."""
    return QColor.fromRgbF(*(x * (1 - t) + y * t for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3])))


def diamond(size: int, fill: QColor | None, outline: QColor, width: float | None = None) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    h = (size - 1) / 2
    p.setPen(QPen(outline, width or max(1.0, size / 7)))
    p.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
    p.drawPolygon(QPolygonF([QPointF(h + 0.5, 0.5), QPointF(size - 0.5, h + 0.5),
                             QPointF(h + 0.5, size - 0.5), QPointF(0.5, h + 0.5)]))
    p.end()
    return pixmap


class MarkStyle:
    """The colours of every lane's marks on one palette."""

    def __init__(self, palette: QPalette, lane_names: list[str] = ()) -> None:
        self.base = palette.color(QPalette.ColorRole.Base)
        self.text = palette.color(QPalette.ColorRole.Text)
        self.accent = palette.color(QPalette.ColorRole.Highlight)
        self.dark = is_dark(palette)
        self.lanes = [lane_colour(name, self.dark) for name in lane_names]
        self._pixmaps: dict[tuple, QPixmap] = {}

    def lane(self, lane: int) -> QColor:
        return self.lanes[lane] if 0 <= lane < len(self.lanes) else QColor(self.text)

    def _faded(self, colour: QColor, dim: bool) -> QColor:
        return mix(colour, self.base, DIM) if dim else colour

    def outline(self, lane: int, kind: int, inferred: bool, dim: bool = False) -> QColor:
        colour = self.lane(lane)
        if inferred:
            colour = mix(colour, self.base, 0.35)
        elif kind == MARKER:
            colour = mix(colour, self.text, 0.35)
        return self._faded(colour, dim)

    def fill(self, lane: int, kind: int, inferred: bool, dim: bool = False) -> QColor | None:
        """None: hollow (carried over)."""
        if inferred and kind != VAGUE_BAR:
            return None
        colour = self.lane(lane)
        share = {MARKER: 0.0, BAR: 0.5, VAGUE_BAR: 0.7}[kind]
        if inferred:  # the thin line of a carried-over coarse date
            share = 0.3
        return self._faded(mix(colour, self.base, share), dim)

    def pen(self, lane: int, kind: int, inferred: bool, dim: bool = False) -> QPen:
        pen = QPen(self.outline(lane, kind, inferred, dim), 1)
        if inferred:
            pen.setStyle(Qt.PenStyle.DashLine)
        elif kind == VAGUE_BAR:
            pen.setStyle(Qt.PenStyle.DotLine)
        return pen

    def diamond(self, size: int, lane: int, inferred: bool, dim: bool = False) -> QPixmap:
        fill = self.fill(lane, MARKER, inferred, dim)
        outline = self.outline(lane, MARKER, inferred, dim)
        key = (size, None if fill is None else fill.rgba(), outline.rgba())
        if key not in self._pixmaps:
            self._pixmaps[key] = diamond(size, fill if fill is not None else QColor(self.base), outline,
                                         width=max(1.5, size / 6) if inferred else None)
        return self._pixmaps[key]

    def label(self, inferred: bool, dim: bool) -> QColor:
        """Label text: the text colour, lighter for carried-over events, faint when dimmed."""
        colour = mix(self.text, self.base, 0.35) if inferred else QColor(self.text)
        return self._faded(colour, dim)
