"""One graphics item that paints every event of a chronology, and their labels.

pyqtgraph's advice (examples/multiplePlotSpeedTest.py) and what Perfetto and Tracy
do: one item, sorted arrays, ``searchsorted`` for the visible window, and whatever is
too crowded to draw one by one folded into a per-pixel image. Only the rows in view are
looked at (rows have a fixed height; the view scrolls). What a view shows is worked out
without Qt (viewer/core/chart/view_frame.py, label_placement.py) and drawn here, by
mark_painter.py, fold_painter.py and event_labels.py, in device pixels so that marks
and text keep their size at every zoom.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import internals
from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPen, QPixmap, QPolygonF

from viewer.core.chart.chronology import Chronology
from viewer.core.chart.drawing_classes import CLASSES, MARKER, STRONG, WEAK
from viewer.core.chart.layer_items import layer_items
from viewer.core.chart.view_frame import Frame, ViewGeometry, underlay_class, visible_frame
from viewer.ui.event_labels import EventLabels, LabelPlan, LabelSource
from viewer.ui.fold_painter import paint_fold
from viewer.ui.mark_painter import MarkPainter, paint_ring
from viewer.ui.mark_style import MarkStyle, mix

MARKER_PX = 13  # a day's diamond, in rows tall enough for it


class EventLayer(pg.GraphicsObject):
    """All events of a Chronology; x as LayerItems gives it (days, breaks compressed), y in rows.

    What a view range needs (the Frame and the labels) is worked out once and kept until
    the range, the size, the palette or the masks change, so hover repaints cheaply.
    """

    def __init__(self, selection=None, compact: bool = False) -> None:
        super().__init__()
        self.chron: Chronology | None = None
        self.prep = None
        self.compact = compact  # the overview strip: everything folded, no selection, no labels
        self._rects = internals.PrimitiveArray(QRectF, 4)
        self._dots = internals.PrimitiveArray(QPointF, 2)
        self._marks = MarkPainter()
        self.labels = EventLabels()
        self._ticks = None
        self._plan: tuple[tuple, Frame] | None = None  # what the last view range needed
        self._label_plan: tuple[tuple, LabelPlan] | None = None  # and its labels, for the selection then
        self._geo: ViewGeometry | None = None
        self._selection = selection
        self._current = -1
        self.playhead_x: float | None = None  # drawn under the marks and labels (see set_playhead)
        self._shown: np.ndarray | None = None
        self._matches: np.ndarray | None = None
        self.one_row = np.zeros(0, dtype=bool)
        self._palette = QPalette()
        self.set_palette(self._palette)
        if selection is not None:
            selection.current_changed.connect(self._on_current_changed)

    # -- data and style -----------------------------------------------------------

    def set_chronology(self, chron: Chronology, one_row: np.ndarray | None = None) -> None:
        """``one_row``: a bool per lane whose items share one row (they may overlap)."""
        self.prepareGeometryChange()
        self.chron = chron
        self.prep = layer_items(chron)
        self.one_row = one_row if one_row is not None else np.zeros(len(chron.lane_names), dtype=bool)
        self.style = MarkStyle(self._palette, chron.lane_names)
        # The selection stays: the same flat index is the same event (a new set clears it first).
        self._current = self._selection.current if self._selection is not None else -1
        self._plan = self._label_plan = None
        self.update()

    @property
    def breaks(self):
        return self.prep.breaks if self.prep is not None else None

    def set_labels(self, source: LabelSource | None) -> None:
        """Where labels come from: the text of flat index i (None: no labels)."""
        self.labels.set_source(source)
        self._replan()

    def set_font(self, font) -> None:
        self.labels.set_font(font)
        self._replan()

    def set_masks(self, shown: np.ndarray | None, matches: np.ndarray | None) -> None:
        """Only ``shown`` events drawn; the shown ones not in ``matches`` dimmed (None: no mask)."""
        self._shown, self._matches = shown, matches
        self._replan()

    def set_playhead(self, x: float | None) -> None:
        """Draw the playhead's line at ``x`` behind the marks and labels, so it crosses no text."""
        self.playhead_x = x
        self.update()

    def set_grid(self, ticks) -> None:
        """Draw vertical lines behind the events at ``ticks(x0, x1, pixels)`` (AxisItem.tickValues)."""
        self._ticks = ticks
        self.update()

    def set_palette(self, palette: QPalette) -> None:
        """Colours follow the widget palette so dark themes work."""
        self._palette = QPalette(palette)
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        accent = palette.color(QPalette.ColorRole.Highlight)
        self.colors = {"accent": accent, "base": base, "text": text,
                       "band": palette.color(QPalette.ColorRole.AlternateBase)}
        if self.compact:
            self._fold_colours = {WEAK: mix(accent, base, 0.5).rgba(), STRONG: QColor(accent.rgb()).rgba()}
        else:  # folded pixels are many events of many kinds: grey, darker where one is explicit
            self._fold_colours = {WEAK: mix(text, base, 0.62).rgba(), STRONG: mix(text, base, 0.3).rgba()}
        self._grid_colours = [mix(base, text, 0.25), mix(base, text, 0.12)]  # pyqtgraph's grid at 0.25
        self.style = MarkStyle(palette, self.chron.lane_names if self.chron is not None else [])
        self._replan()

    def _replan(self) -> None:
        self._plan = self._label_plan = None
        self.update()

    def _on_current_changed(self, index: int) -> None:
        self._current = index
        self._label_plan = None  # the selection's label is placed first; the marks stay as they are
        self.update()

    def dataBounds(self, axis: int, frac: float = 1.0, orthoRange=None):  # noqa: N802, N803 (pyqtgraph override)
        """What auto-range fits: the events, not the view-wide bands and grid."""
        if self.chron is None or not len(self.chron.order):
            return None
        return self.prep.extent if axis == 0 else (0.0, float(self.chron.total_rows))

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        """The events and the view: bands and grid are drawn wherever the view is."""
        if self.chron is None or not len(self.chron.order):
            return QRectF()
        first, last = self.prep.extent
        rect = QRectF(first, 0.0, max(last - first, 1.0), float(self.chron.total_rows))
        vb = self.getViewBox()
        return rect.united(vb.viewRect()) if vb is not None else rect

    def viewRangeChanged(self) -> None:  # noqa: N802 (pyqtgraph override)
        self.prepareGeometryChange()

    # -- what the last paint placed (tests and exports read it) -------------------

    def label_rects(self) -> list[tuple[int, QRectF]]:
        """(flat index, device rectangle in the view widget) of every label of the last paint."""
        if self._label_plan is None:
            return []
        plan = self._label_plan[1]
        return list(zip(plan.items, plan.rects))

    def mark_rects(self) -> list[tuple[int, QRectF]]:
        """(flat index, device rectangle) of every mark drawn one by one in the last paint."""
        if self._plan is None or self._geo is None:
            return []
        frame, geo = self._plan[1], self._geo
        out = []
        for k in np.flatnonzero(~frame.folded).tolist():
            top = frame.row[k] * geo.sy + geo.dy
            kind = CLASSES[frame.cls[k]][0]
            if underlay_class(int(frame.cls[k])):
                h, y = 3.0, top + geo.sy - 3.0
            else:
                h = float(geo.marker if kind == MARKER else min(12.0, geo.sy * 0.7))
                y = top + (geo.sy - h) / 2
            out.append((int(self.prep.items[frame.pos[k]]),
                        QRectF(frame.left[k], y, frame.right[k] - frame.left[k], h)))
        return out

    # -- painting -----------------------------------------------------------------

    def paint(self, p: QPainter, *args) -> None:
        vb = self.getViewBox()
        if self.chron is None or vb is None or not len(self.chron.order):
            return
        (x0, x1), (y0, y1) = vb.viewRange()
        tr = p.transform()
        sx, dx, sy, dy = tr.m11(), tr.m31(), tr.m22(), tr.m32()
        p.resetTransform()  # from here on, device pixels
        total = self.chron.total_rows
        row0, row1 = (0, total) if self.compact else (int(np.clip(np.floor(min(y0, y1)), 0, total)),
                                                       int(np.clip(np.ceil(max(y0, y1)), 0, total)))
        top, bottom = sorted((y0 * sy + dy, y1 * sy + dy))
        geo = ViewGeometry(x0, x1, sx, dx, sy, dy, row0, row1, int(np.clip(sy * 0.8, 1, MARKER_PX)), top, bottom)
        self._geo = geo
        self._paint_background(p, geo, (top, bottom))
        key = (x0, x1, sx, dx, sy, dy, row0, row1)
        if self._plan is None or self._plan[0] != key:
            self._plan = (key, visible_frame(self.prep, geo, self._fold_colours, self.compact, self._shown,
                                             self._matches))
            self._label_plan = None
        frame = self._plan[1]
        if self.playhead_x is not None:
            x = self.playhead_x * sx + dx
            p.fillRect(QRectF(x - 0.75, top, 1.5, bottom - top), self.colors["text"])
        paint_fold(p, frame.fold, row0 * sy + dy, self._rects, self._dots)
        self._marks.paint(p, frame, geo, self.style)
        if self.compact:
            return
        self._paint_current(p, geo)
        if self._label_plan is None:
            self._label_plan = (key, self.labels.plan(frame, geo, self.prep, self._current, self.one_row,
                                                      self._matches))
        self.labels.paint(p, self._label_plan[1], self.style)

    def _paint_background(self, p: QPainter, geo: ViewGeometry, y_range) -> None:
        """Every other lane shaded so lanes read as rows, the calendar grid behind, the breaks.

        Bands and grid as two one-pixel-tall rows (plain and shaded, grid lines in) tiled
        down the view: Qt fills a tall one-pixel rectangle or line a scanline at a time
        (1.5 ms for a grid of days), but tiles an opaque row at memory speed.
        """
        left = int(np.floor(geo.left))
        width = max(int(np.ceil(geo.right)) - left, 1)
        rows = np.empty((2, width), dtype=np.uint32)
        rows[0], rows[1] = self.colors["base"].rgba(), self.colors["band"].rgba()
        if self._ticks is not None and not self.compact:
            for level, (_, ticks) in enumerate(self._ticks(geo.x0, geo.x1, abs((geo.x1 - geo.x0) * geo.sx))[:2]):
                cols = np.floor(np.asarray(ticks, dtype=np.float64) * geo.sx + geo.dx).astype(np.int64) - left
                rows[:, cols[(cols >= 0) & (cols < width)]] = self._grid_colours[level].rgba()
        opaque = bool(np.all(rows >> 24 == 255))  # then Qt copies rows, never blends
        form = QImage.Format.Format_RGB32 if opaque else QImage.Format.Format_ARGB32
        plain, shaded = (QPixmap.fromImage(QImage(row.data, width, 1, width * 4, form)) for row in rows)
        # Each lane once, in its own pattern, and the view above and below the lanes plain;
        # edges rounded here, as Qt would round each rectangle's own, leaving gaps.
        edges = np.clip(self.chron.lane_top * geo.sy + geo.dy, *y_range)
        edges = np.floor(np.concatenate(([y_range[0]], edges, [y_range[1]])) + 0.5).astype(int).tolist()
        lanes = len(edges) - 3
        for k in range(len(edges) - 1):  # k - 1 is the lane, or none above and below
            if edges[k + 1] > edges[k]:
                pattern = shaded if 0 <= k - 1 < lanes and (k - 1) % 2 else plain
                p.drawTiledPixmap(QRect(left, edges[k], width, edges[k + 1] - edges[k]), pattern)
        self._paint_breaks(p, geo, y_range)

    def _paint_breaks(self, p: QPainter, geo: ViewGeometry, y_range) -> None:
        """A long empty stretch compressed: a band between two zigzag edges."""
        if not self.breaks:
            return
        top, bottom = y_range
        fill = mix(self.colors["base"], self.colors["text"], 0.07)
        pen = QPen(mix(self.colors["base"], self.colors["text"], 0.45), 1)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for a, b in self.breaks.gaps_x():
            xa, xb = a * geo.sx + geo.dx, b * geo.sx + geo.dx
            if xb < geo.left or xa > geo.right:
                continue
            p.fillRect(QRectF(xa, top, xb - xa, bottom - top), fill)
            p.setPen(pen)
            for x in (xa, xb):
                ys = np.arange(top, bottom + 6, 6.0)
                xs = x + np.where(np.arange(len(ys)) % 2, 2.5, -2.5)
                p.drawPolyline(QPolygonF([QPointF(u, v) for u, v in zip(xs.tolist(), ys.tolist())]))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _paint_current(self, p: QPainter, geo: ViewGeometry) -> None:
        """A ring in the text colour around the current event, whatever its shape."""
        i, chron = self._current, self.chron
        if not (0 <= i < len(chron)) or not chron.dated[i]:
            return
        if self._shown is not None and not self._shown[i]:
            return
        row = chron.global_row(i)
        if not geo.row0 <= row < geo.row1:
            return
        start, end = self.breaks.to_x(float(chron.start[i])), self.breaks.to_x(float(chron.end[i]))
        xs, xe = start * geo.sx + geo.dx, end * geo.sx + geo.dx
        marker = chron.end[i] - chron.start[i] <= 1 and chron.precision[i] == 0
        paint_ring(p, geo, xs, xe, row, bool(marker), bool(chron.underlay[i]), QPen(self.colors["text"], 2))
