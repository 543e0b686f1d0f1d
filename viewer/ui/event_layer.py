"""One graphics item that paints every event of a chronology.

pyqtgraph's advice (examples/multiplePlotSpeedTest.py) and what Perfetto and Tracy
do: one item, sorted arrays, ``searchsorted`` for the visible window, and whatever is
narrower than a pixel folded into a per-pixel image. Painting happens in device
pixels so markers keep their size at every zoom.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import internals
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPen, QPixmap, QPolygonF

from viewer.core.chronology import DATINGS, PRECISIONS, Chronology

MARKER, BAR, VAGUE_BAR = 0, 1, 2  # a day; a span known to the day; a month, year, decade...
CLASSES = [(kind, inferred) for kind in (MARKER, BAR, VAGUE_BAR) for inferred in (False, True)]
FOLD_PX = 2.0  # narrower than this on screen: pixels in the folded image
MIN_MARKER_PX = 5  # smaller diamonds are unreadable: fold them
MAX_SHAPES = 20_000  # beyond this, shapes cost more than they show: fold the class
BAR_FILL, BAR_MAX_PX = 0.7, 22.0  # share of a row a bar takes; tall rows would give slabs
WEAK, STRONG = 1, 2  # bits of the folded image: inferred or vague; explicit and precise


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


class _Fold:
    """The per-pixel image of folded events: one byte a pixel, 0 empty, WEAK/STRONG bits.

    Rows at least a pixel tall get image rows (the middle 3 of 5 when tall, so rows
    keep a gap) that Qt stretches on drawing; thinner rows share device rows.
    """

    def __init__(self, view: tuple[float, float], total_rows: int, sy: float) -> None:
        self.left, self.width, self.total, self.sy = view[0], int(np.ceil(view[1] - view[0])) + 1, total_rows, sy
        self.sub = 5 if sy >= 5 else 1
        self.height = total_rows * self.sub if sy >= 1 else int(np.ceil(total_rows * sy)) + 1
        self.offsets = (1, 2, 3) if self.sub == 5 else (0,)
        self.image = np.zeros(self.height * self.width, dtype=np.uint8)

    def _rows(self, rows: np.ndarray) -> np.ndarray:
        return (rows * self.sub if self.sy >= 1 else rows * self.sy).astype(np.int64)

    def points(self, x: np.ndarray, rows: np.ndarray, bit: int) -> None:
        cols = np.clip(x - self.left, 0, self.width - 1).astype(np.int64)
        keys = self._rows(rows) * self.width + cols
        for off in self.offsets:
            self.image[keys + off * self.width] |= bit

    def spans(self, xs: np.ndarray, xe: np.ndarray, rows: np.ndarray, bit: int) -> None:
        """Bars: rows they fill whole are set at once; the rest by direct expansion when
        short, else by a difference array and a cumulative sum (O(n + pixels))."""
        c0 = np.clip(xs - self.left, 0, self.width - 1).astype(np.int64)
        c1 = np.maximum(np.clip(xe - self.left, 0, self.width).astype(np.int64), c0 + 1)
        row = self._rows(rows)
        whole = (c0 == 0) & (c1 == self.width)
        image = self.image.reshape(self.height, self.width)
        part, c0, c1 = row[~whole], c0[~whole], c1[~whole]
        for off in self.offsets:
            image[row[whole] + off] |= bit
            if np.sum(c1 - c0) <= self.image.size // 8:
                lengths = c1 - c0
                starts = np.repeat((part + off) * self.width + c0 - np.cumsum(lengths) + lengths, lengths)
                self.image[starts + np.arange(len(starts))] |= bit
            else:
                self._diff(part + off, c0, c1, bit)

    def _diff(self, row, c0, c1, bit: int) -> None:
        stride = self.width + 1
        edges = np.bincount(row * stride + c0, minlength=self.height * stride)
        edges -= np.bincount(row * stride + c1, minlength=self.height * stride)
        covered = np.cumsum(edges.reshape(self.height, stride), axis=1)[:, : self.width] > 0
        self.image[covered.ravel()] |= bit

    def draw(self, p: QPainter, top: float, colours: list[int]) -> None:
        if not self.image.any():
            return
        qimage = QImage(self.image.data, self.width, self.height, self.width, QImage.Format.Format_Indexed8)
        qimage.setColorTable(colours)
        height = self.total * self.sy if self.sy >= 1 else self.height
        p.drawImage(QRectF(self.left, top, self.width, height), qimage)


class EventLayer(pg.GraphicsObject):
    """All events of a Chronology; x in days since 1970-01-01, y in rows (lane 0 on top).

    Items are kept grouped by drawing class (shape x dating), then lane, then start:
    a class is a contiguous block, so at full extent it is a view, never a copy.
    """

    def __init__(self, selection=None, compact: bool = False) -> None:
        super().__init__()
        self.chron: Chronology | None = None
        self.compact = compact  # the overview strip: everything folded, no selection
        self._rects = internals.PrimitiveArray(QRectF, 4)
        self._frags = internals.PrimitiveArray(QPainter.PixmapFragment, 10)
        self._pixmaps: dict[tuple[int, bool], QPixmap] = {}
        self._current = -1
        self.set_palette(QPalette())
        if selection is not None:
            selection.current_changed.connect(self._on_current_changed)

    # -- data and style -----------------------------------------------------------

    def set_chronology(self, chron: Chronology) -> None:
        self.prepareGeometryChange()
        self.chron, order = chron, chron.order
        day = chron.precision[order] == PRECISIONS.index("day")
        single = (chron.sorted_end - chron.sorted_start) <= 1
        kind = np.where(day & single, MARKER, np.where(day, BAR, VAGUE_BAR))
        group = (kind * 2 + (chron.dating[order] == DATINGS.index("inferred"))) * len(chron.lane_names)
        group += chron.lane[order]
        perm = np.lexsort((chron.sorted_start, group))
        items = order[perm]
        self._start, self._end = chron.start[items], chron.end[items]
        self._row = (chron.lane_top[chron.lane[items]] + chron.row[items]).astype(np.float64)
        self._bounds = np.searchsorted(group[perm], np.arange(len(CLASSES) * len(chron.lane_names) + 1))
        spans = self._end - self._start
        # One sortable key per class block: lanes apart by more than the whole extent.
        self._origin = float(self._start.min(initial=0.0))
        self._key_stride = float(np.ceil((self._end.max(initial=1.0) - self._origin))) + 2
        self._key = chron.lane[items] * self._key_stride + (self._start - self._origin)
        lanes = len(chron.lane_names)
        self._margin = [float(spans[self._bounds[c * lanes]:self._bounds[(c + 1) * lanes]].max(initial=0))
                        for c in range(len(CLASSES))]
        self._current = -1
        self.update()

    def set_palette(self, palette: QPalette) -> None:
        """Colours follow the widget palette so dark themes work."""
        base, accent = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Highlight)
        self.colors = {"accent": accent, "base": base, "text": palette.color(QPalette.ColorRole.Text),
                       "band": palette.color(QPalette.ColorRole.AlternateBase)}
        weak = _mix(accent, base, 0.5).rgba()
        self._fold_colours = [0, weak, accent.rgba(), accent.rgba()]
        self._pixmaps.clear()
        self.update()

    def _on_current_changed(self, index: int) -> None:
        self._current = index
        self.update()

    def boundingRect(self) -> QRectF:
        if self.chron is None or not len(self.chron.order):
            return QRectF()
        first, last = self.chron.extent()
        return QRectF(first, 0.0, max(last - first, 1.0), float(self.chron.total_rows))

    # -- painting -----------------------------------------------------------------

    def paint(self, p: QPainter, *args) -> None:
        vb = self.getViewBox()
        if self.chron is None or vb is None or not len(self.chron.order):
            return
        (x0, x1), _ = vb.viewRange()
        tr = p.transform()
        sx, dx, sy, dy = tr.m11(), tr.m31(), tr.m22(), tr.m32()
        p.resetTransform()  # from here on, device pixels
        view = (x0 * sx + dx, x1 * sx + dx)
        self._paint_bands(p, view, sy, dy)
        fold = _Fold(view, self.chron.total_rows, sy)
        size = int(np.clip(sy * 0.8, 1, 13))
        fold_all = self.compact or sy < 3
        for c, (kind, inferred) in enumerate(CLASSES):
            pos = self._visible(c, x0, x1)
            xs, xe, rows = self._start[pos] * sx + dx, self._end[pos] * sx + dx, self._row[pos]
            if not len(xs):
                continue
            bit = STRONG if kind != VAGUE_BAR and not inferred else WEAK
            crowded = fold_all or len(xs) > MAX_SHAPES
            if kind == MARKER and (crowded or sx < FOLD_PX or size < MIN_MARKER_PX):
                fold.points((xs + xe) / 2, rows, bit)  # a day marker sits mid-day
            elif kind == MARKER:
                self._paint_markers(p, (xs + xe) / 2, rows * sy + dy + sy / 2, size, inferred)
            elif crowded:
                fold.spans(xs, xe, rows, bit)
            else:
                narrow = xe - xs < FOLD_PX
                fold.spans(xs[narrow], xe[narrow], rows[narrow], bit)
                wide = ~narrow
                self._paint_bars(p, view, xs[wide], xe[wide], rows[wide] * sy + dy, sy, kind, inferred)
        fold.draw(p, dy, self._fold_colours)
        if not self.compact:
            self._paint_current(p, sx, dx, sy, dy, size)

    def _visible(self, c: int, x0: float, x1: float):
        """Positions of class c's items that may overlap [x0, x1]: a slice when all are.

        One ``searchsorted`` per class for all lanes, on the key lane * K + start.
        """
        lanes = len(self.chron.lane_names)
        first, last = self._bounds[c * lanes], self._bounds[(c + 1) * lanes]
        keys, lane_ids = self._key[first:last], np.arange(lanes) * self._key_stride
        hi_edge = self._key_stride - 1
        lo = np.searchsorted(keys, lane_ids + np.clip(x0 - self._margin[c] - self._origin, 0, hi_edge)) + first
        hi = np.searchsorted(keys, lane_ids + np.clip(x1 - self._origin, 0, hi_edge)) + first
        if lo[0] == first and hi[-1] == last and np.array_equal(hi[:-1], lo[1:]):
            return slice(int(first), int(last))  # a view, not a copy
        lengths = hi - lo
        return np.repeat(lo - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())

    def _paint_bands(self, p: QPainter, view, sy: float, dy: float) -> None:
        """Every other lane shaded so lanes read as rows."""
        top = self.chron.lane_top
        odd = np.arange(1, len(top) - 1, 2)
        self._fill_rects(np.full(len(odd), view[0]), top[odd] * sy + dy,
                         np.full(len(odd), view[1] - view[0]), (top[odd + 1] - top[odd]) * sy)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.colors["band"])
        p.drawRects(*self._rects.drawargs())

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
