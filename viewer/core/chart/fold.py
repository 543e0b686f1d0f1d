"""Events too small to draw folded into the pixel grid of a view: opaque pixels and runs.

Everything here is in device pixels and plain integers (colours are ARGB32 values), so
the fold is worked out without Qt; viewer/ui/fold_painter.py draws it.
"""

from __future__ import annotations

import functools

import numpy as np

from viewer.core.chart.drawing_classes import STRONG, WEAK, strong_classes
from viewer.core.chart.fold_pyramid import Pyramid
from viewer.core.chart.runs import merge_runs

MAX_RUN_SPANS = 20_000  # folded spans drawn as merged runs up to this; beyond, into the image
MERGE_RUNS, MERGE_AREA = 2_000, 200_000  # fewer and smaller folded spans are drawn as they are, overlaps and all
POINT_PIXELS = 30_000  # up to this many folded day marks on rows under a pixel: drawPoints, not an image
FEW_AS_RECTS = 3_000  # this few folded items are drawn as rectangles: no image to fill and blit


class Fold:
    """Folded events as opaque pixels; where the pixel grid of the view is cached.

    Rows at least a pixel tall get image rows (the middle 3 of 5 when tall, so rows
    keep a gap) that Qt stretches on drawing; thinner rows share device rows. Points
    go into a 32-bit image as their final colour (strong written after weak, so it
    wins). Spans are merged into runs per image row and drawn as rectangles when there
    are few (zoomed in: no pass over the whole image), else summed into the image by a
    difference array (O(spans + pixels)); a handful of points are drawn as rectangles
    too, and up to tens of thousands on rows under a pixel as points (no image at all).
    Whole classes can instead come from a Pyramid (``base``): O(pixels), not O(events).
    """

    def __init__(self, view: tuple[float, float], total_rows: int, sy: float, colours: dict[int, int],
                 first_row: int = 0) -> None:
        """``total_rows`` rows from chart row ``first_row`` (the rows in view); rows given to
        ``points`` and ``spans`` count from it."""
        self.left, self.width, self.total, self.sy = view[0], int(np.ceil(view[1] - view[0])) + 1, total_rows, sy
        self.first_row = first_row
        self.sub = 5 if sy >= 5 else 1
        self.height = total_rows * self.sub if sy >= 1 else int(np.ceil(total_rows * sy)) + 1
        self.offsets = (1, 2, 3) if self.sub == 5 else (0,)
        self.colours = colours
        self._points: dict[int, list[tuple[np.ndarray, np.ndarray]]] = {WEAK: [], STRONG: []}
        self._spans: dict[int, list[tuple[np.ndarray, np.ndarray, np.ndarray]]] = {WEAK: [], STRONG: []}
        self.image: np.ndarray | None = None
        self.runs: dict[int, np.ndarray] = {}
        self.pixels: dict[int, list[np.ndarray]] = {}  # bit -> [image rows, columns] of one-pixel marks

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

    def base(self, pyramid: Pyramid, x0: float, sx: float, classes: int) -> None:
        """Start the image from the pyramid's cells of ``classes`` (a bit per class)."""
        strong = strong_classes() & classes
        cells = np.arange(256)
        lut = np.where(cells & strong, self.colours[STRONG], np.where(cells & classes, self.colours[WEAK], 0))
        if self.sy < 1:  # image rows are device rows: pyramid rows fold into them
            owner = ((np.arange(0, pyramid.rows * pyramid.group, pyramid.group) - self.first_row) * self.sy)
            owner = np.floor(owner).astype(np.int64)
            self.image = _colour(pyramid.bits(owner, self.height, x0, sx, self.width), lut)
            return
        bits = pyramid.bits(np.arange(pyramid.rows) - self.first_row, self.total, x0, sx, self.width)
        image = np.zeros((self.total, self.sub, self.width), dtype=np.uint32)
        image[:, list(self.offsets)] = _colour(bits, lut).reshape(self.total, 1, self.width)
        self.image = image.ravel()

    def finish(self) -> Fold:
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
            self.runs = {bit: merge_runs(*parts) for bit, parts in spans.items()}
        else:  # few and short: sorting would cost more than drawing the overlaps
            self.runs = {bit: np.stack(parts, axis=1) for bit, parts in spans.items()}
        for bit in (WEAK, STRONG):  # strong written last, so it wins
            if bit in points:
                row, col = points[bit]
                self._fill_points(row * self.width + col, bit)
        self._points = self._spans = None  # type: ignore[assignment]  # collected: let them go
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
