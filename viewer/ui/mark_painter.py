"""Drawing a Frame's shapes in device pixels: thin carried-over lines, bars, diamonds, the selection ring.

Drawn in that order, so a diamond is never under a bar and the thin lines are under
everything. ``drawRects`` and ``drawPixmapFragments`` take a whole batch (one class in
one lane) each: a few hundred calls at most, whatever the number of events.
"""

from __future__ import annotations

import numpy as np
from pyqtgraph.Qt import internals
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QPolygonF

from viewer.core.chart.drawing_classes import BAR, CLASSES, MARKER, VAGUE_BAR
from viewer.core.chart.runs import merge_runs
from viewer.core.chart.view_frame import MIN_BAR_PX, Batch, Frame, ViewGeometry, underlay_class
from viewer.ui.mark_style import BAR_PX, LINE_PX, MarkStyle

_DRAW_ORDER = {c: 0 if underlay_class(c) else {VAGUE_BAR: 1, BAR: 2, MARKER: 3}[kind]
               for c, (kind, _) in enumerate(CLASSES)}


def bar_height(sy: float) -> float:
    return float(min(BAR_PX, max(sy * 0.7, 1.0)))


class MarkPainter:
    """Keeps the buffers shiboken wraps (they must outlive each call) and draws batches."""

    def __init__(self) -> None:
        self._rects = internals.PrimitiveArray(QRectF, 4)
        self._frags = internals.PrimitiveArray(QPainter.PixmapFragment, 10)

    def paint(self, p: QPainter, frame: Frame, geo: ViewGeometry, style: MarkStyle) -> None:
        for batch in sorted(frame.batches, key=lambda b: (_DRAW_ORDER[b.cls], b.dim is False)):
            kind, inferred = CLASSES[batch.cls]
            if underlay_class(batch.cls):
                self._lines(p, batch, geo, style)
            elif kind == MARKER:
                self._markers(p, batch, geo, style.diamond(geo.marker, batch.lane, inferred, batch.dim))
            else:
                self._bars(p, batch, geo, style)

    def _fill_rects(self, x, y, w, h) -> None:
        self._rects.resize(len(x))
        a = self._rects.ndarray()
        a[:, 0], a[:, 1], a[:, 2], a[:, 3] = x, y, w, h

    def _bars(self, p: QPainter, batch: Batch, geo: ViewGeometry, style: MarkStyle) -> None:
        kind, inferred = CLASSES[batch.cls]
        left = np.maximum(batch.xs, geo.left - 2)
        right = np.minimum(np.maximum(batch.xe, batch.xs + MIN_BAR_PX), geo.right + 2)
        h = bar_height(geo.sy)
        self._fill_rects(left + 0.5, batch.row * geo.sy + geo.dy + (geo.sy - h) / 2 + 0.5, right - left - 1,
                         np.full(len(left), h - 1))
        fill = style.fill(batch.lane, kind, inferred, batch.dim)
        p.setPen(style.pen(batch.lane, kind, inferred, batch.dim))
        p.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
        p.drawRects(*self._rects.drawargs())

    def _lines(self, p: QPainter, batch: Batch, geo: ViewGeometry, style: MarkStyle) -> None:
        """Carried-over coarse dates: merged into runs per row (they often repeat one year)."""
        kind, inferred = CLASSES[batch.cls]
        c0 = np.floor(np.maximum(batch.xs, geo.left - 2)).astype(np.int64)
        c1 = np.ceil(np.minimum(np.maximum(batch.xe, batch.xs + MIN_BAR_PX), geo.right + 2)).astype(np.int64)
        runs = merge_runs(batch.row.astype(np.int64), c0, np.maximum(c1, c0 + 1))
        y = (runs[:, 0] + 1) * geo.sy + geo.dy - LINE_PX - 1
        self._fill_rects(runs[:, 1], y, runs[:, 2] - runs[:, 1], np.full(len(runs), LINE_PX))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(style.fill(batch.lane, kind, inferred, batch.dim))
        p.drawRects(*self._rects.drawargs())

    def _markers(self, p: QPainter, batch: Batch, geo: ViewGeometry, pixmap) -> None:
        size = geo.marker
        self._frags.resize(len(batch.xs))
        f = self._frags.ndarray()
        f[:, 0], f[:, 1] = (batch.xs + batch.xe) / 2, batch.row * geo.sy + geo.dy + geo.sy / 2
        f[:, 2:6] = (0, 0, size, size)
        f[:, 6:10] = (1, 1, 0, 1)
        p.drawPixmapFragments(*self._frags.drawargs(), pixmap)


def paint_ring(p: QPainter, geo: ViewGeometry, xs: float, xe: float, row: int, marker_like: bool, underlay: bool,
               pen: QPen) -> None:
    """The selection ring: around a diamond, a bar, or a thin line, whatever the zoom."""
    y = row * geo.sy + geo.dy
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if marker_like:
        r = max(geo.marker, 6) * 0.8
        c = QPointF((xs + xe) / 2, y + geo.sy / 2)
        p.drawPolygon(QPolygonF([c + QPointF(0, -r), c + QPointF(r, 0), c + QPointF(0, r), c + QPointF(-r, 0)]))
        return
    left, right = max(xs, geo.left - 3), min(max(xe, xs + MIN_BAR_PX), geo.right + 3)
    if underlay:  # a thin line: drawn thicker, in the ring's colour, below the row's text
        p.fillRect(QRectF(left, y + geo.sy - LINE_PX - 1.5, right - left, LINE_PX + 1.5), pen.color())
        return
    h = bar_height(geo.sy)
    p.drawRect(QRectF(left - 1.5, y + (geo.sy - h) / 2 - 1.5, right - left + 3, h + 3))
