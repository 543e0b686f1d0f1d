"""Drawing a Fold: its merged runs as rectangles, one-pixel marks as points, its image blitted.

``rects`` and ``dots`` must outlive each call: shiboken caches the wrapper of their buffers.
"""

from __future__ import annotations

from pyqtgraph.Qt import internals
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from viewer.core.chart.drawing_classes import STRONG, WEAK
from viewer.core.chart.fold import Fold


def paint_fold(p: QPainter, fold: Fold, top: float, rects: internals.PrimitiveArray,
               dots: internals.PrimitiveArray) -> None:
    """The fold in device pixels, its first row at ``top``; strong drawn after weak, so it wins."""
    height = fold.total * fold.sy if fold.sy >= 1 else fold.height
    _paint_runs(p, fold, top, height / fold.height, rects)
    _paint_pixels(p, fold, top, dots)
    if fold.image is not None:
        qimage = QImage(fold.image.data, fold.width, fold.height, fold.width * 4,
                        QImage.Format.Format_ARGB32_Premultiplied)
        p.drawImage(QRectF(fold.left, top, fold.width, height), qimage)


def _paint_runs(p: QPainter, fold: Fold, top: float, px: float, rects: internals.PrimitiveArray) -> None:
    """Runs as rectangles; ``px`` is device pixels per image row."""
    for bit in (WEAK, STRONG):
        runs = fold.runs.get(bit)
        if runs is None or not len(runs):
            continue
        rects.resize(len(runs))
        a = rects.ndarray()
        a[:, 0] = fold.left + runs[:, 1]
        a[:, 1] = top + (runs[:, 0] + fold.offsets[0]) * px
        a[:, 2] = runs[:, 2] - runs[:, 1]
        a[:, 3] = len(fold.offsets) * px
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor.fromRgba(fold.colours[bit]))
        p.drawRects(*rects.drawargs())


def _paint_pixels(p: QPainter, fold: Fold, top: float, dots: internals.PrimitiveArray) -> None:
    for bit in (WEAK, STRONG):
        if bit in fold.pixels:
            row, col = fold.pixels[bit]
            dots.resize(len(row))
            a = dots.ndarray()
            a[:, 0], a[:, 1] = fold.left + col + 0.5, top + row + 0.5
            pen = QPen(QColor.fromRgba(fold.colours[bit]))
            pen.setWidth(0)
            p.setPen(pen)
            p.drawPoints(*dots.drawargs())
