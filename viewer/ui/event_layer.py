"""One graphics item that paints every event of a chronology.

pyqtgraph's advice (examples/multiplePlotSpeedTest.py) and what Perfetto and Tracy
do: one item, sorted arrays, ``searchsorted`` for the visible window, and whatever is
narrower than a pixel folded into a per-pixel image. A coarse view of many events
folds from a pyramid of time bins built once per chronology (Perfetto's summary
levels), so its cost follows the pixels, not the events. Painting happens in device
pixels so markers keep their size at every zoom.
"""

from __future__ import annotations

import functools
import weakref

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import internals
from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPen, QPixmap, QPolygonF

from viewer.core.chronology import DATINGS, PRECISIONS, Chronology

MARKER, BAR, VAGUE_BAR = 0, 1, 2  # a day; a span known to the day; a month, year, decade...
CLASSES = [(kind, inferred) for kind in (MARKER, BAR, VAGUE_BAR) for inferred in (False, True)]
FOLD_PX = 2.0  # narrower than this on screen: pixels in the folded image
MIN_MARKER_PX = 5  # smaller diamonds are unreadable: fold them
MAX_SHAPES = 20_000  # beyond this, shapes cost more than they show: fold the class
MAX_RUN_SPANS = 20_000  # folded spans drawn as merged runs up to this; beyond, into the image
MERGE_RUNS, MERGE_AREA = 2_000, 200_000  # fewer and smaller folded spans are drawn as they are, overlaps and all
POINT_PIXELS = 30_000  # up to this many folded day marks on rows under a pixel: drawPoints, not an image
FEW_AS_RECTS = 3_000  # this few folded items are drawn as rectangles: no image to fill and blit
PYRAMID_EVENTS = 50_000  # more visible than this and pixels of at least a pyramid bin: fold from it
PYRAMID_COLUMNS, PYRAMID_CELLS, PYRAMID_MIN_COLUMNS = 4096, 1 << 22, 64  # finest level's bins; cap; coarsest
BAR_FILL, BAR_MAX_PX = 0.7, 22.0  # share of a row a bar takes; tall rows would give slabs
WEAK, STRONG = 1, 2  # kinds of folded pixel: inferred or vague; explicit and precise


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
    """Folded events as opaque pixels; where the pixel grid of the view is cached.

    Rows at least a pixel tall get image rows (the middle 3 of 5 when tall, so rows
    keep a gap) that Qt stretches on drawing; thinner rows share device rows. Points
    go into a 32-bit image as their final colour (strong written after weak, so it
    wins). Spans are merged into runs per image row and drawn as rectangles when there
    are few (zoomed in: no pass over the whole image), else summed into the image by a
    difference array (O(spans + pixels)); a handful of points are drawn as rectangles
    too, and up to tens of thousands on rows under a pixel as points (no image at all).
    Whole classes can instead come from a _Pyramid (``base``): O(pixels), not O(events).
    """

    def __init__(self, view: tuple[float, float], total_rows: int, sy: float, colours: dict[int, int]) -> None:
        self.left, self.width, self.total, self.sy = view[0], int(np.ceil(view[1] - view[0])) + 1, total_rows, sy
        self.sub = 5 if sy >= 5 else 1
        self.height = total_rows * self.sub if sy >= 1 else int(np.ceil(total_rows * sy)) + 1
        self.offsets = (1, 2, 3) if self.sub == 5 else (0,)
        self.colours = colours
        self._points: dict[int, list[tuple[np.ndarray, np.ndarray]]] = {WEAK: [], STRONG: []}
        self._spans: dict[int, list[tuple[np.ndarray, np.ndarray, np.ndarray]]] = {WEAK: [], STRONG: []}
        self.image: np.ndarray | None = None
        self.runs: dict[int, np.ndarray] = {}
        self.pixels: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    def _rows(self, rows: np.ndarray) -> np.ndarray:
        return (rows * self.sub if self.sy >= 1 else rows * self.sy).astype(np.int64)

    def points(self, x: np.ndarray, rows: np.ndarray, bit: int) -> None:
        on_screen = (x >= self.left) & (x < self.left + self.width)
        x, rows = x[on_screen], rows[on_screen]
        cols = np.clip(x - self.left, 0, self.width - 1).astype(np.int64)
        self._points[bit].append((self._rows(rows), cols))

    def spans(self, xs: np.ndarray, xe: np.ndarray, rows: np.ndarray, bit: int) -> None:
        on_screen = (xe > self.left) & (xs < self.left + self.width)  # the search window has a margin
        xs, xe, rows = xs[on_screen], xe[on_screen], rows[on_screen]
        c0 = np.clip(xs - self.left, 0, self.width - 1).astype(np.int64)
        c1 = np.maximum(np.clip(xe - self.left, 0, self.width).astype(np.int64), c0 + 1)
        self._spans[bit].append((self._rows(rows), c0, c1))

    def base(self, pyramid: _Pyramid, x0: float, sx: float, classes: int) -> None:
        """Start the image from the pyramid's cells of ``classes`` (a bit per class)."""
        strong = sum(1 << c for c, (kind, inferred) in enumerate(CLASSES)
                     if kind != VAGUE_BAR and not inferred) & classes
        cells = np.arange(256)
        lut = np.where(cells & strong, self.colours[STRONG], np.where(cells & classes, self.colours[WEAK], 0))
        if self.sy < 1:  # image rows are device rows: pyramid rows fold into them
            owner = (np.arange(0, self.total, pyramid.group) * self.sy).astype(np.int64)
            self.image = _colour(pyramid.bits(owner, self.height, x0, sx, self.width), lut)
            return
        bits = pyramid.bits(np.arange(self.total), self.total, x0, sx, self.width)
        image = np.zeros((self.total, self.sub, self.width), dtype=np.uint32)
        image[:, list(self.offsets)] = _colour(bits, lut).reshape(self.total, 1, self.width)
        self.image = image.ravel()

    def finish(self) -> _Fold:
        """Turn what was collected into runs and an image (done once per view)."""
        spans = {bit: [np.concatenate(a) for a in zip(*parts)] for bit, parts in self._spans.items() if parts}
        points = {bit: [np.concatenate(a) for a in zip(*parts)] for bit, parts in self._points.items() if parts}
        n_spans, n_points = (sum(len(v[0]) for v in d.values()) for d in (spans, points))
        if self.image is None and n_spans + n_points <= FEW_AS_RECTS:
            for bit, (row, col) in points.items():  # a point is a one-pixel span
                spans[bit] = [np.concatenate(a) for a in zip(spans.get(bit, [row[:0]] * 3), (row, col, col + 1))]
            points = {}
        elif self.image is None and self.sy < 1 and n_points <= POINT_PIXELS and n_spans <= MAX_RUN_SPANS:
            self.pixels, points = points, {}  # one-pixel marks: drawPoints, no image to clear and blend
        if n_spans > MAX_RUN_SPANS:
            self._fill_spans(spans)
        elif n_spans > MERGE_RUNS or sum(int((c1 - c0).sum()) for _, c0, c1 in spans.values()) > MERGE_AREA:
            self.runs = {bit: _merge_runs(*parts) for bit, parts in spans.items()}
        else:  # few and short: sorting would cost more than drawing the overlaps
            self.runs = {bit: np.stack(parts, axis=1) for bit, parts in spans.items()}
        for bit in (WEAK, STRONG):  # strong written last, so it wins
            if bit in points:
                row, col = points[bit]
                self._fill_points(row * self.width + col, bit)
        self._points = self._spans = None
        return self

    def _canvas(self) -> np.ndarray:
        if self.image is None:
            self.image = np.zeros(self.height * self.width, dtype=np.uint32)
        return self.image

    def _fill_points(self, keys: np.ndarray, bit: int) -> None:
        had_image, image = self.image is not None, self._canvas()
        colour = self.colours[bit]
        for off in self.offsets:
            at = keys + off * self.width
            if bit == WEAK and had_image:  # never over a strong pixel already there
                image[at] = np.where(image[at] == self.colours[STRONG], self.colours[STRONG], colour)
            else:
                image[at] = colour

    def _fill_spans(self, spans: dict[int, list[np.ndarray]]) -> None:
        """+1 at each span's first pixel, -1 past its last, one cumulative sum over the
        flat image: a pixel is covered where the sum is positive. Weak spans count in a
        first copy of the image, strong ones in a second, so one pass does both. A span
        ending at the right edge puts its -1 on the next row's first pixel, so rows need
        no padding and the sum never leaks into the next row. Integers throughout: numpy
        sums them several times faster than floats."""
        size = self.height * self.width
        copies = {bit: k for k, bit in enumerate(sorted(spans))}
        firsts, ends = [], []
        for bit, (row, c0, c1) in spans.items():
            base = np.concatenate([(row + off) * self.width for off in self.offsets])
            base += copies[bit] * (size + 1)
            firsts.append(base + np.tile(c0, len(self.offsets)))
            ends.append(base + np.tile(c1, len(self.offsets)))
        length = len(copies) * (size + 1)
        edges = np.bincount(np.concatenate(firsts), minlength=length + 1)
        edges -= np.bincount(np.concatenate(ends), minlength=length + 1)
        cover = np.cumsum(edges) > 0
        image = self._canvas()
        for bit in (WEAK, STRONG):  # strong written last, so it wins
            if bit in copies:
                k = copies[bit] * (size + 1)
                mask = cover[k:k + size]
                if bit == WEAK:
                    mask &= image == 0
                # Colours by arithmetic, not masked assignment (several times slower): uint32 wraps.
                image += mask * (np.uint32(self.colours[bit]) - image)

    def draw(self, p: QPainter, top: float, rects: internals.PrimitiveArray, dots: internals.PrimitiveArray) -> None:
        """``rects`` and ``dots`` must outlive this call: shiboken caches the wrapper of their buffers."""
        height = self.total * self.sy if self.sy >= 1 else self.height
        px = height / self.height  # device pixels per image row
        for bit in (WEAK, STRONG):  # strong drawn last, so it wins
            runs = self.runs.get(bit)
            if runs is None or not len(runs):
                continue
            rects.resize(len(runs))
            a = rects.ndarray()
            a[:, 0] = self.left + runs[:, 1]
            a[:, 1] = top + (runs[:, 0] + self.offsets[0]) * px
            a[:, 2] = runs[:, 2] - runs[:, 1]
            a[:, 3] = len(self.offsets) * px
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor.fromRgba(self.colours[bit]))
            p.drawRects(*rects.drawargs())
        for bit in (WEAK, STRONG):
            if bit in self.pixels:
                row, col = self.pixels[bit]
                dots.resize(len(row))
                a = dots.ndarray()
                a[:, 0], a[:, 1] = self.left + col + 0.5, top + row + 0.5
                pen = QPen(QColor.fromRgba(self.colours[bit]))
                pen.setWidth(0)
                p.setPen(pen)
                p.drawPoints(*dots.drawargs())
        if self.image is not None:
            qimage = QImage(self.image.data, self.width, self.height, self.width * 4,
                            QImage.Format.Format_ARGB32_Premultiplied)
            p.drawImage(QRectF(self.left, top, self.width, height), qimage)


def _colour(bits: np.ndarray, lut: np.ndarray) -> np.ndarray:
    """``lut[bits]``, flat, two pixels a lookup: a 65,536-entry table of pixel pairs
    stays in cache and halves the lookups, the slow part of folding from the pyramid."""
    flat = bits.reshape(-1)
    if len(flat) % 2:
        flat = np.append(flat, np.uint8(0))
    table = _pair_table(lut.astype(np.uint32).tobytes())
    return np.take(table, flat.view(np.uint16), mode="wrap").view(np.uint32)[:bits.size]


@functools.lru_cache(maxsize=4)
def _pair_table(lut: bytes) -> np.ndarray:
    single, pair = np.frombuffer(lut, dtype=np.uint32).astype(np.uint64), np.arange(1 << 16)
    return single[pair & 255] | (single[pair >> 8] << 32)


def _merge_runs(row: np.ndarray, c0: np.ndarray, c1: np.ndarray) -> np.ndarray:
    """Overlapping spans of each image row merged: an (n, 3) array of row, first, end."""
    if not len(row):
        return np.zeros((0, 3), dtype=np.int64)
    order = np.argsort(row * (1 << 32) + c0)  # one integer key sorts faster than a lexsort
    row, c0, c1 = row[order], c0[order], c1[order]
    # Running max of the end within each row: rows are offset so the max never leaks.
    reach = np.maximum.accumulate(row * (1 << 32) + c1) - row * (1 << 32)
    new = np.r_[True, (row[1:] != row[:-1]) | (c0[1:] > reach[:-1])]
    first = np.flatnonzero(new)
    ends = np.maximum.reduceat(c1, first)
    return np.stack([row[first], c0[first], ends], axis=1)


def _gather(cells: np.ndarray, owner: np.ndarray, targets: int) -> np.ndarray:
    """OR of the rows of ``cells`` that fall in each of ``targets`` slots.

    ``owner`` (sorted) is the slot of each row; ``cells`` has one more, all-zero row at
    the end for slots that get none. Whole rows are taken (``numpy.take`` along axis 0
    copies them at memory speed; along axis 1 it is ten times slower, ``reduceat``
    slower still), one take per row a slot can get: two, when rows are at most a pixel.
    """
    slots = np.arange(targets)
    first = np.searchsorted(owner, slots, side="left")
    count = np.searchsorted(owner, slots, side="right") - first
    empty = len(owner)
    out = np.take(cells, np.where(count > 0, first, empty), axis=0)
    for t in range(1, int(count.max(initial=0))):
        out |= np.take(cells, np.where(count > t, first + t, empty), axis=0)
    return out


def _transposed(a: np.ndarray, block: int = 256) -> np.ndarray:
    """``a.T`` made contiguous a block of rows at a time: twice as fast as numpy in one go."""
    out = np.empty(a.shape[::-1], dtype=a.dtype)
    for i in range(0, a.shape[0], block):
        out[:, i:i + block] = a[i:i + block].T
    return out


def _pyramid_unit(prep: _Prepared, group: int) -> float:
    """Days in a finest-level bin: a power of two, so bins never straddle a coarser one."""
    rows = -(-prep.total_rows // group)
    columns = max(1, min(PYRAMID_COLUMNS, PYRAMID_CELLS // rows))
    return float(2.0 ** np.ceil(np.log2(max(prep.last - prep.origin, 1e-9) / columns)))


class _Pyramid:
    """Which drawing classes have an event in each cell: bit c of a uint8 for class c.

    A cell is ``group`` rows (a power of two, so that rows thinner than a pixel fold
    two cells at most into one) by a time bin; level L has bins of ``unit * 2**L`` days
    over the whole extent. A view whose pixels are at least ``unit`` days wide folds
    from the level with about one bin a pixel: its cost follows the pixels, not the
    events. Built once per chronology and group (a window height within a factor of
    two), merged spans and one cumulative sum per class. Levels are stored time-major
    and kept folded into the rows of the last window heights, so a zoom or pan step
    only takes whole rows of bins.
    """

    def __init__(self, prep: _Prepared, group: int, total_rows: int) -> None:
        self.group, self.origin = group, prep.origin
        self.rows = -(-total_rows // group)
        self.unit = _pyramid_unit(prep, group)
        cols = int((prep.last - prep.origin) // self.unit) + 1
        level = np.zeros((self.rows + 1, cols + 1), dtype=np.uint8)  # + an empty row and column
        flat = level.reshape(-1)
        prow = (prep.row // group).astype(np.int64)
        for c, (kind, _) in enumerate(CLASSES):
            a, b = prep.class_bounds[c], prep.class_bounds[c + 1]
            if a == b:
                continue
            s, e, r = (prep.start[a:b] - self.origin) / self.unit, (prep.end[a:b] - self.origin) / self.unit, prow[a:b]
            if kind == MARKER:  # a day marker sits mid-day
                flat[r * (cols + 1) + np.minimum((s + e) / 2, cols - 1).astype(np.int64)] |= np.uint8(1 << c)
                continue
            c0 = s.astype(np.int64)
            runs = _merge_runs(r, c0, np.clip(e.astype(np.int64), c0 + 1, cols))
            edges = np.zeros(len(flat), dtype=np.int8)  # merged runs neither overlap nor touch
            edges[runs[:, 0] * (cols + 1) + runs[:, 1]] = 1
            edges[runs[:, 0] * (cols + 1) + runs[:, 2]] = -1
            np.bitwise_or(flat, np.uint8(1 << c), out=flat, where=np.cumsum(edges, dtype=np.int8).view(bool))
        self._in_rows_of: dict[tuple, dict[int, np.ndarray]] = {}  # image rows -> level -> cells
        # Time-major, so that a view's columns are whole rows to take (see _gather).
        level = _transposed(level)
        self.levels = [level]
        while level.shape[0] > PYRAMID_MIN_COLUMNS:
            cells = level[:-1]
            if len(cells) % 2:
                cells = np.pad(cells, ((0, 1), (0, 0)))
            level = np.pad(cells[0::2] | cells[1::2], ((0, 1), (0, 0)))
            self.levels.append(level)

    def bits(self, row_image: np.ndarray, height: int, x0: float, sx: float, width: int) -> np.ndarray:
        """(image rows, ``width``) cells of a view whose column j covers days x0 + j/sx onward;
        ``row_image`` is the image row of each pyramid row."""
        per_pixel = 1 / sx
        k = int(np.clip(np.floor(np.log2(per_pixel / self.unit)), 0, len(self.levels) - 1))
        cells, unit = self._in_rows(k, row_image, height), self.unit * 2**k
        centres = self.origin + (np.arange(len(cells) - 1) + 0.5) * unit
        return _transposed(_gather(cells, np.floor((centres - x0) * sx).astype(np.int64), width))

    def _in_rows(self, k: int, row_image: np.ndarray, height: int) -> np.ndarray:
        """Level k with its rows folded into the image's: kept, as the image rows change
        only with the window's height, so a zoom or pan step only gathers columns."""
        key = (height, row_image.tobytes())
        if key not in self._in_rows_of:
            if len(self._in_rows_of) >= 2:  # the main plot and the overview may share a group
                del self._in_rows_of[next(iter(self._in_rows_of))]
            self._in_rows_of[key] = {}
        levels = self._in_rows_of[key]
        if k not in levels:
            levels[k] = _transposed(_gather(_transposed(self.levels[k]), row_image, height))
        return levels[k]


class _Prepared:
    """A chronology's items grouped by drawing class (shape x dating), then lane, then start.

    A class is a contiguous block, so at full extent it is a view, never a copy; one
    sortable key per block (lanes apart by more than the whole extent) finds every
    lane's visible window with one ``searchsorted``.
    """

    def __init__(self, chron: Chronology) -> None:
        order = chron.order
        day = chron.precision[order] == PRECISIONS.index("day")
        single = (chron.sorted_end - chron.sorted_start) <= 1
        kind = np.where(day & single, MARKER, np.where(day, BAR, VAGUE_BAR))
        lanes = len(chron.lane_names)
        group = (kind * 2 + (chron.dating[order] == DATINGS.index("inferred"))) * lanes + chron.lane[order]
        # order is sorted by lane then start: a stable sort on the group keeps start order.
        perm = np.argsort(group.astype(np.int16 if group.max(initial=0) < 2**15 else np.int32), kind="stable")
        items = order[perm]
        self.start, self.end = chron.start[items], chron.end[items]
        self.row = (chron.lane_top[chron.lane[items]] + chron.row[items]).astype(np.float32)
        self.bounds = np.searchsorted(group[perm], np.arange(len(CLASSES) * lanes + 1))
        self.origin, self.last = float(self.start.min(initial=0.0)), float(self.end.max(initial=1.0))
        self.key_stride = float(np.ceil(self.last - self.origin)) + 2
        self.key = group[perm] * self.key_stride + (self.start - self.origin)
        spans = self.end - self.start
        self.margin = [float(spans[self.bounds[c * lanes]:self.bounds[(c + 1) * lanes]].max(initial=0))
                       for c in range(len(CLASSES))]
        self.class_bounds = self.bounds[::lanes] if lanes else np.zeros(len(CLASSES) + 1, dtype=np.int64)
        self.total_rows = chron.total_rows
        self._pyramids: dict[int, _Pyramid] = {}

    def pyramid(self, group: int) -> _Pyramid:
        """The fold pyramid for cells ``group`` rows tall, built on first use; the last few kept."""
        if group not in self._pyramids:
            if len(self._pyramids) >= 3:  # the main plot and the overview, across a resize
                del self._pyramids[next(iter(self._pyramids))]
            self._pyramids[group] = _Pyramid(self, group, self.total_rows)
        return self._pyramids[group]


_PREPARED: weakref.WeakKeyDictionary[Chronology, _Prepared] = weakref.WeakKeyDictionary()


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
        self._plan: tuple[tuple, _Fold, list] | None = None  # what the last view range needed
        self._current = -1
        self.set_palette(QPalette())
        if selection is not None:
            selection.current_changed.connect(self._on_current_changed)

    # -- data and style -----------------------------------------------------------

    def set_chronology(self, chron: Chronology) -> None:
        self.prepareGeometryChange()
        self.chron = chron
        if chron not in _PREPARED:  # the main plot and the overview share one copy
            _PREPARED[chron] = _Prepared(chron)
        prep = self._prep = _PREPARED[chron]
        self._start, self._end, self._row, self._bounds = prep.start, prep.end, prep.row, prep.bounds
        self._origin, self._key_stride, self._key, self._margin = prep.origin, prep.key_stride, prep.key, prep.margin
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

    def dataBounds(self, axis: int, frac: float = 1.0, orthoRange=None):
        """What auto-range fits: the events, not the view-wide bands and grid."""
        if self.chron is None or not len(self.chron.order):
            return None
        return self.chron.extent() if axis == 0 else (0.0, float(self.chron.total_rows))

    def boundingRect(self) -> QRectF:
        """The events and the view: bands and grid are drawn wherever the view is."""
        if self.chron is None or not len(self.chron.order):
            return QRectF()
        first, last = self.chron.extent()
        rect = QRectF(first, 0.0, max(last - first, 1.0), float(self.chron.total_rows))
        vb = self.getViewBox()
        return rect.united(vb.viewRect()) if vb is not None else rect

    def viewRangeChanged(self) -> None:
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
        fold.draw(p, dy, self._rects, self._dots)
        for draw in shapes:
            draw(p)
        if not self.compact:
            self._paint_current(p, sx, dx, sy, dy, size)

    def _layout(self, x0, x1, sx, dx, sy, dy, view, size: int) -> tuple[_Fold, list]:
        """Folded pixels and shape-drawing steps for one view range (kept until it moves)."""
        fold = _Fold(view, self.chron.total_rows, sy, self._fold_colours)
        shapes, from_pyramid = [], 0
        fold_all = self.compact or sy < 3
        lanes = len(self.chron.lane_names)
        if not lanes:
            return fold.finish(), shapes
        lo, hi = self._windows(x0, x1)
        counts = (hi - lo).reshape(len(CLASSES), lanes).sum(axis=1)
        group = 2 ** int(np.floor(np.log2(1 / sy))) if sy < 1 else 1
        coarse = sum(counts) > PYRAMID_EVENTS and 1 / sx >= _pyramid_unit(self._prep, group)
        for c, (kind, inferred) in enumerate(CLASSES):
            if not counts[c]:
                continue
            crowded = fold_all or counts[c] > MAX_SHAPES
            folded = crowded or (kind == MARKER and (sx < FOLD_PX or size < MIN_MARKER_PX))
            if coarse and folded:
                from_pyramid |= 1 << c
                continue
            pos = self._positions(c, lo, hi)
            xs, xe, rows = self._start[pos] * sx + dx, self._end[pos] * sx + dx, self._row[pos]
            bit = STRONG if kind != VAGUE_BAR and not inferred else WEAK
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
            fold.base(self._prep.pyramid(group), x0, sx, from_pyramid)
        return fold.finish(), shapes

    def _windows(self, x0: float, x1: float) -> tuple[np.ndarray, np.ndarray]:
        """First and end position, per class and lane, of the items that may overlap [x0, x1].

        Two ``searchsorted`` calls for every class and lane, on the key
        (class, lane) * K + start, which the class-then-lane-then-start order sorts.
        """
        lanes, bounds = len(self.chron.lane_names), self._bounds
        base, hi_edge = np.arange(len(bounds) - 1) * self._key_stride, self._key_stride - 1
        margin = np.repeat(self._margin, lanes)
        # One call, queries in order (each group's start, then its end): numpy starts each
        # search where the last ended, so an end is found near its start, in cache.
        queries = np.empty((len(base), 2))
        queries[:, 0] = base + np.clip(x0 - margin - self._origin, 0, hi_edge)
        queries[:, 1] = base + np.clip(x1 - self._origin, 0, hi_edge)
        found = np.searchsorted(self._key, queries.reshape(-1)).reshape(-1, 2)
        return found[:, 0], found[:, 1]

    def _positions(self, c: int, lo: np.ndarray, hi: np.ndarray):
        """Class c's positions in the windows: a slice (a view, not a copy) when all are in."""
        lanes = len(self.chron.lane_names)
        a, b = c * lanes, (c + 1) * lanes
        first, last, lo, hi = int(self._bounds[a]), int(self._bounds[b]), lo[a:b], hi[a:b]
        if lo[0] == first and hi[-1] == last and np.array_equal(hi[:-1], lo[1:]):
            return slice(first, last)
        lengths = hi - lo
        return np.repeat(lo - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())

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
