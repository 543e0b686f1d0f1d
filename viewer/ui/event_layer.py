"""One graphics item that paints every event of a chronology.

pyqtgraph's advice (examples/multiplePlotSpeedTest.py) and what Perfetto and Tracy
do: one item, sorted arrays, ``searchsorted`` for the visible window, and whatever is
narrower than a pixel folded into a per-pixel image. A coarse view of many events
folds from a pyramid of time bins built once per chronology (Perfetto's summary
levels), so its cost follows the pixels, not the events. Painting happens in device
pixels so markers keep their size at every zoom. The fold is worked out without Qt
(viewer/core/chart/fold.py, fold_pyramid.py, layer_items.py) and drawn by fold_painter.py.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import internals
from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPen, QPixmap, QPolygonF

from viewer.core.chart.chronology import Chronology
from viewer.core.chart.drawing_classes import BAR, CLASSES, MARKER, STRONG, WEAK, fold_strength
from viewer.core.chart.fold import Fold
from viewer.core.chart.fold_pyramid import pyramid_unit
from viewer.core.chart.layer_items import layer_items
from viewer.core.kinds import PRECISIONS
from viewer.ui.fold_painter import paint_fold

FOLD_PX = 2.0  # narrower than this on screen: pixels in the folded image
MIN_MARKER_PX = 5  # smaller diamonds are unreadable: fold them
MAX_SHAPES = 20_000  # beyond this, shapes cost more than they show: fold the class
PYRAMID_EVENTS = 50_000  # more visible than this and pixels of at least a pyramid bin: fold from it
BAR_FILL, BAR_MAX_PX = 0.7, 22.0  # share of a row a bar takes; tall rows would give slabs


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(*(x * (1 - t) + y * t for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3])))


def _diamond(size: int, fill: QColor, outline: QColor) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    h = (size - 1) / 2
    p.setPen(QPen(outline, max(1.0, size / 7)))
    p.setBrush(fill)
    p.drawPolygon(QPolygonF([QPointF(h + 0.5, 0.5), QPointF(size - 0.5, h + 0.5),
                             QPointF(h + 0.5, size - 0.5), QPointF(0.5, h + 0.5)]))
    p.end()
    return pixmap


class EventLayer(pg.GraphicsObject):
    """All events of a Chronology; x in days since 1970-01-01, y in rows (lane 0 on top).

    What a view range needs (folded pixels, shapes) is worked out once and kept until
    the range, the size or the palette changes, so hover and selection repaint cheaply.
    """

    def __init__(self, selection=None, compact: bool = False) -> None:
        super().__init__()
        self.chron: Chronology | None = None
        self.compact = compact  # the overview strip: everything folded, no selection
        self._rects = internals.PrimitiveArray(QRectF, 4)
        self._dots = internals.PrimitiveArray(QPointF, 2)
        self._frags = internals.PrimitiveArray(QPainter.PixmapFragment, 10)
        self._pixmaps: dict[tuple[int, bool], QPixmap] = {}
        self._ticks = None
        self._plan: tuple[tuple, Fold, list] | None = None  # what the last view range needed
        self._current = -1
        self.set_palette(QPalette())
        if selection is not None:
            selection.current_changed.connect(self._on_current_changed)

    # -- data and style -----------------------------------------------------------

    def set_chronology(self, chron: Chronology) -> None:
        self.prepareGeometryChange()
        self.chron = chron
        self._prep = layer_items(chron)
        self._current = -1
        self._plan = None
        self.update()

    def set_grid(self, ticks) -> None:
        """Draw vertical lines behind the events at ``ticks(x0, x1, pixels)`` (AxisItem.tickValues)."""
        self._ticks = ticks
        self.update()

    def set_palette(self, palette: QPalette) -> None:
        """Colours follow the widget palette so dark themes work."""
        base, accent = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Highlight)
        self.colors = {"accent": accent, "base": base, "text": palette.color(QPalette.ColorRole.Text),
                       "band": palette.color(QPalette.ColorRole.AlternateBase)}
        self._fold_colours = {WEAK: _mix(accent, base, 0.5).rgba(), STRONG: QColor(accent.rgb()).rgba()}
        text = self.colors["text"]
        self._grid_colours = [_mix(base, text, 0.25), _mix(base, text, 0.12)]  # pyqtgraph's grid at 0.25
        self._pixmaps.clear()
        self._plan = None
        self.update()

    def _on_current_changed(self, index: int) -> None:
        self._current = index
        self.update()

    def dataBounds(self, axis: int, frac: float = 1.0, orthoRange=None):  # noqa: N802, N803 (pyqtgraph override)
        """What auto-range fits: the events, not the view-wide bands and grid."""
        if self.chron is None or not len(self.chron.order):
            return None
        return self.chron.extent() if axis == 0 else (0.0, float(self.chron.total_rows))

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        """The events and the view: bands and grid are drawn wherever the view is."""
        if self.chron is None or not len(self.chron.order):
            return QRectF()
        first, last = self.chron.extent()
        rect = QRectF(first, 0.0, max(last - first, 1.0), float(self.chron.total_rows))
        vb = self.getViewBox()
        return rect.united(vb.viewRect()) if vb is not None else rect

    def viewRangeChanged(self) -> None:  # noqa: N802 (pyqtgraph override)
        self.prepareGeometryChange()

    # -- painting -----------------------------------------------------------------

    def paint(self, p: QPainter, *args) -> None:
        vb = self.getViewBox()
        if self.chron is None or vb is None or not len(self.chron.order):
            return
        (x0, x1), (y0, y1) = vb.viewRange()
        tr = p.transform()
        sx, dx, sy, dy = tr.m11(), tr.m31(), tr.m22(), tr.m32()
        p.resetTransform()  # from here on, device pixels
        view = (x0 * sx + dx, x1 * sx + dx)
        self._paint_background(p, x0, x1, sx, dx, sy, dy, view, sorted((y0 * sy + dy, y1 * sy + dy)))
        size = int(np.clip(sy * 0.8, 1, 13))
        key = (x0, x1, sx, dx, sy, dy)
        if self._plan is None or self._plan[0] != key:
            self._plan = (key, *self._layout(x0, x1, sx, dx, sy, dy, view, size))
        _, fold, shapes = self._plan
        paint_fold(p, fold, dy, self._rects, self._dots)
        for draw in shapes:
            draw(p)
        if not self.compact:
            self._paint_current(p, sx, dx, sy, dy, size)

    def _layout(self, x0, x1, sx, dx, sy, dy, view, size: int) -> tuple[Fold, list]:
        """Folded pixels and shape-drawing steps for one view range (kept until it moves)."""
        fold = Fold(view, self.chron.total_rows, sy, self._fold_colours)
        shapes, from_pyramid = [], 0
        fold_all = self.compact or sy < 3
        lanes = len(self.chron.lane_names)
        if not lanes:
            return fold.finish(), shapes
        prep = self._prep
        lo, hi = prep.windows(x0, x1)
        counts = (hi - lo).reshape(len(CLASSES), lanes).sum(axis=1)
        group = 2 ** int(np.floor(np.log2(1 / sy))) if sy < 1 else 1
        coarse = sum(counts) > PYRAMID_EVENTS and 1 / sx >= pyramid_unit(prep, group)
        for c, (kind, inferred) in enumerate(CLASSES):
            if not counts[c]:
                continue
            crowded = fold_all or counts[c] > MAX_SHAPES
            folded = crowded or (kind == MARKER and (sx < FOLD_PX or size < MIN_MARKER_PX))
            if coarse and folded:
                from_pyramid |= 1 << c
                continue
            pos = prep.positions(c, lo, hi)
            xs, xe, rows = prep.start[pos] * sx + dx, prep.end[pos] * sx + dx, prep.row[pos]
            bit = fold_strength(kind, inferred)
            if kind == MARKER and folded:
                fold.points((xs + xe) / 2, rows, bit)  # a day marker sits mid-day
            elif kind == MARKER:
                cx, cy = (xs + xe) / 2, rows * sy + dy + sy / 2
                shapes.append(lambda p, cx=cx, cy=cy, inferred=inferred: self._paint_markers(p, cx, cy, size, inferred))
            elif crowded:
                fold.spans(xs, xe, rows, bit)
            else:
                narrow = xe - xs < FOLD_PX
                fold.spans(xs[narrow], xe[narrow], rows[narrow], bit)
                wide = ~narrow
                args = (view, xs[wide], xe[wide], rows[wide] * sy + dy, sy, kind, inferred)
                shapes.append(lambda p, args=args: self._paint_bars(p, *args))
        if from_pyramid:
            fold.base(prep.pyramid(group), x0, sx, from_pyramid)
        return fold.finish(), shapes

    def _paint_background(self, p: QPainter, x0, x1, sx, dx, sy, dy, view, y_range) -> None:
        """Every other lane shaded so lanes read as rows, and the calendar grid behind.

        Both as two one-pixel-tall rows (plain and shaded, grid lines in) tiled down
        the view: Qt fills a tall one-pixel rectangle or line a scanline at a time
        (1.5 ms for a grid of days), but tiles an opaque row at memory speed.
        """
        left = int(np.floor(view[0]))
        width = max(int(np.ceil(view[1])) - left, 1)
        rows = np.empty((2, width), dtype=np.uint32)
        rows[0], rows[1] = self.colors["base"].rgba(), self.colors["band"].rgba()
        if self._ticks is not None and not self.compact:
            for level, (_, ticks) in enumerate(self._ticks(x0, x1, abs((x1 - x0) * sx))[:2]):
                cols = np.floor(np.asarray(ticks, dtype=np.float64) * sx + dx).astype(np.int64) - left
                rows[:, cols[(cols >= 0) & (cols < width)]] = self._grid_colours[level].rgba()
        opaque = bool(np.all(rows >> 24 == 255))  # then Qt copies rows, never blends
        form = QImage.Format.Format_RGB32 if opaque else QImage.Format.Format_ARGB32
        plain, shaded = (QPixmap.fromImage(QImage(row.data, width, 1, width * 4, form)) for row in rows)
        # Each lane once, in its own pattern, and the view above and below the lanes plain;
        # edges rounded here, as Qt would round each rectangle's own, leaving gaps.
        edges = np.clip(self.chron.lane_top * sy + dy, *y_range)
        edges = np.floor(np.concatenate(([y_range[0]], edges, [y_range[1]])) + 0.5).astype(int).tolist()
        lanes = len(edges) - 3
        for k in range(len(edges) - 1):  # k - 1 is the lane, or none above and below
            if edges[k + 1] > edges[k]:
                pattern = shaded if 0 <= k - 1 < lanes and (k - 1) % 2 else plain
                p.drawTiledPixmap(QRect(left, edges[k], width, edges[k + 1] - edges[k]), pattern)

    def _fill_rects(self, x, y, w, h) -> None:
        self._rects.resize(len(x))
        a = self._rects.ndarray()
        a[:, 0], a[:, 1], a[:, 2], a[:, 3] = x, y, w, h

    def _paint_bars(self, p, view, xs, xe, ytop, row_px, kind, inferred) -> None:
        """Precise spans filled, vague ones translucent; inferred ones fainter with a dashed edge."""
        if len(xs) == 0:
            return
        left, right = np.maximum(xs, view[0] - 2), np.minimum(xe, view[1] + 2)
        h = float(np.clip(row_px * BAR_FILL, 1.0, BAR_MAX_PX))
        self._fill_rects(left, ytop + (row_px - h) / 2, right - left, np.full(len(xs), h))
        fill = QColor(self.colors["accent"])
        fill.setAlphaF((0.9 if kind == BAR else 0.35) * (0.35 if inferred else 1.0))
        pen = QPen(self.colors["accent"], 1, Qt.PenStyle.DashLine if inferred else Qt.PenStyle.SolidLine)
        p.setPen(pen)
        p.setBrush(fill)
        p.drawRects(*self._rects.drawargs())

    def _paint_markers(self, p, cx, cy, size: int, inferred: bool) -> None:
        """Explicit days as filled diamonds, inferred ones hollow."""
        pixmap = self._pixmap(size, inferred)
        self._frags.resize(len(cx))
        f = self._frags.ndarray()
        f[:, 0], f[:, 1] = cx, cy
        f[:, 2:6] = (0, 0, size, size)
        f[:, 6:10] = (1, 1, 0, 1)
        p.drawPixmapFragments(*self._frags.drawargs(), pixmap)

    def _pixmap(self, size: int, inferred: bool) -> QPixmap:
        key = (size, inferred)
        if key not in self._pixmaps:
            accent = self.colors["accent"]
            self._pixmaps[key] = _diamond(size, self.colors["base"] if inferred else accent, accent)
        return self._pixmaps[key]

    def _paint_current(self, p, sx, dx, sy, dy, size: int) -> None:
        """A ring in the text colour around the current event, whatever its shape."""
        i = self._current
        if not (0 <= i < len(self.chron)) or not self.chron.dated[i]:
            return
        y = self.chron.global_row(i) * sy + dy
        xs, xe = self.chron.start[i] * sx + dx, self.chron.end[i] * sx + dx
        p.setPen(QPen(self.colors["text"], 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.chron.precision[i] == PRECISIONS.index("day") and xe - xs < size * 2:
            r = max(size, 6) * 0.8
            c = QPointF((xs + xe) / 2, y + sy / 2)
            p.drawPolygon(QPolygonF([c + QPointF(0, -r), c + QPointF(r, 0), c + QPointF(0, r), c + QPointF(-r, 0)]))
        else:
            h = float(np.clip(sy * BAR_FILL, 3.0, BAR_MAX_PX))
            p.drawRect(QRectF(xs - 1, y + (sy - h) / 2 - 1, max(xe - xs, 2) + 2, h + 2))
