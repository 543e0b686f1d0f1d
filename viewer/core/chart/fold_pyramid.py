"""A pyramid of time bins that says which drawing classes have an event in each cell.

Perfetto's summary levels: a coarse view of many events folds from the level with
about one bin a pixel, so its cost follows the pixels, not the events.
"""

from __future__ import annotations

import weakref
from typing import Protocol

import numpy as np

from viewer.core.chart.drawing_classes import CLASSES, MARKER
from viewer.core.chart.runs import merge_runs

PYRAMID_COLUMNS, PYRAMID_CELLS, PYRAMID_MIN_COLUMNS = 4096, 1 << 22, 64  # finest level's bins; cap; coarsest
PYRAMIDS_KEPT = 3  # row heights whose pyramids are kept: the main plot and the overview, across a resize


class ItemsByClass(Protocol):
    """What a pyramid is built from: items in blocks by drawing class, as LayerItems holds them."""

    start: np.ndarray  # days, per item
    end: np.ndarray
    row: np.ndarray  # the item's row in the chronology
    class_bounds: np.ndarray  # class c's items are [class_bounds[c], class_bounds[c + 1])
    origin: float  # the first start and the last end of all items
    last: float
    total_rows: int


def pyramid_unit(prep: ItemsByClass, group: int) -> float:
    """Days in a finest-level bin: a power of two, so bins never straddle a coarser one."""
    rows = -(-prep.total_rows // group)
    columns = max(1, min(PYRAMID_COLUMNS, PYRAMID_CELLS // rows))
    return float(2.0 ** np.ceil(np.log2(max(prep.last - prep.origin, 1e-9) / columns)))


class Pyramid:
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

    def __init__(self, prep: ItemsByClass, group: int, total_rows: int) -> None:
        self.group, self.origin = group, prep.origin
        self.rows = -(-total_rows // group)
        self.unit = pyramid_unit(prep, group)
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
            runs = merge_runs(r, c0, np.clip(e.astype(np.int64), c0 + 1, cols))
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


class PyramidCache:
    """One set of items' pyramids by cell height (``group`` rows), built on first use; the last few kept.

    Holds its items weakly: they own the cache, and a cycle would keep both until the
    next full collection.
    """

    def __init__(self, items: ItemsByClass) -> None:
        self._items = weakref.ref(items)
        self._by_group: dict[int, Pyramid] = {}

    def __len__(self) -> int:
        return len(self._by_group)

    def get(self, group: int) -> Pyramid:
        """The pyramid for cells ``group`` rows tall."""
        if group not in self._by_group:
            if len(self._by_group) >= PYRAMIDS_KEPT:
                del self._by_group[next(iter(self._by_group))]
            items = self._items()
            if items is None:
                raise ReferenceError("the items of this pyramid cache are gone")
            self._by_group[group] = Pyramid(items, group, items.total_rows)
        return self._by_group[group]


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
