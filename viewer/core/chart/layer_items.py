"""A chronology's items in the order the event layer paints them, and their visible windows."""

from __future__ import annotations

import weakref

import numpy as np

from viewer.core.chart.chronology import Chronology
from viewer.core.chart.drawing_classes import BAR, CLASSES, MARKER, VAGUE_BAR
from viewer.core.chart.fold_pyramid import Pyramid, PyramidCache
from viewer.core.chart.time_breaks import find_breaks
from viewer.core.kinds import DATINGS, PRECISIONS


class LayerItems:
    """A chronology's items grouped by drawing class (shape x dating), then lane, then start.

    Times are in x, the chart's axis: days, with long empty stretches compressed
    (``breaks``, see time_breaks.py).

    A class is a contiguous block, so at full extent it is a view, never a copy; one
    sortable key per block (lanes apart by more than the whole extent) finds every
    lane's visible window with one ``searchsorted``.
    """

    def __init__(self, chron: Chronology) -> None:
        order = chron.order
        day = chron.precision[order] == PRECISIONS.index("day")
        single = (chron.sorted_end - chron.sorted_start) <= 1
        kind = np.where(day & single, MARKER, np.where(day, BAR, VAGUE_BAR))
        self.lanes = lanes = len(chron.lane_names)
        group = (kind * 2 + (chron.dating[order] == DATINGS.index("inferred"))) * lanes + chron.lane[order]
        # order is sorted by lane then start: a stable sort on the group keeps start order.
        perm = np.argsort(group.astype(np.int16 if group.max(initial=0) < 2**15 else np.int32), kind="stable")
        items = order[perm]
        self.items = items.astype(np.int32)  # the flat index at each position
        self.breaks = find_breaks(chron.time_start, chron.end[chron.time_order], presorted=True)
        self.start, self.end = self.breaks.to_x(chron.start[items]), self.breaks.to_x(chron.end[items])
        self.row = (chron.lane_top[chron.lane[items]] + chron.row[items]).astype(np.float32)
        self.bounds = np.searchsorted(group[perm], np.arange(len(CLASSES) * lanes + 1))
        self.origin, self.last = float(self.start.min(initial=0.0)), float(self.end.max(initial=1.0))
        # The items' own extent in x (origin is at most 0: the keys and the pyramid count from it).
        self.extent = (float(self.start.min()), float(self.end.max())) if len(items) else (0.0, 1.0)
        self.key_stride = float(np.ceil(self.last - self.origin)) + 2
        self.key = group[perm] * self.key_stride + (self.start - self.origin)
        spans = self.end - self.start
        self.margin = [float(spans[self.bounds[c * lanes]:self.bounds[(c + 1) * lanes]].max(initial=0))
                       for c in range(len(CLASSES))]
        self.class_bounds = self.bounds[::lanes] if lanes else np.zeros(len(CLASSES) + 1, dtype=np.int64)
        self.total_rows = chron.total_rows
        self.lane_top = chron.lane_top
        self._pyramids = PyramidCache(self)

    def lane_of_rows(self, rows: np.ndarray) -> np.ndarray:
        """The lane of each chart row."""
        return np.searchsorted(self.lane_top, rows, side="right") - 1

    def lanes_in_rows(self, row0: float, row1: float) -> np.ndarray:
        """A bool per lane: does it have a row in [row0, row1)?"""
        return (self.lane_top[:-1] < row1) & (self.lane_top[1:] > row0)

    def pyramid(self, group: int) -> Pyramid:
        """The fold pyramid for cells ``group`` rows tall, built on first use; the last few kept."""
        return self._pyramids.get(group)

    def windows(self, x0: float, x1: float) -> tuple[np.ndarray, np.ndarray]:
        """First and end position, per class and lane, of the items that may overlap [x0, x1].

        Two ``searchsorted`` calls for every class and lane, on the key
        (class, lane) * K + start, which the class-then-lane-then-start order sorts.
        """
        base, hi_edge = np.arange(len(self.bounds) - 1) * self.key_stride, self.key_stride - 1
        margin = np.repeat(self.margin, self.lanes)
        # One call, queries in order (each group's start, then its end): numpy starts each
        # search where the last ended, so an end is found near its start, in cache.
        queries = np.empty((len(base), 2))
        queries[:, 0] = base + np.clip(x0 - margin - self.origin, 0, hi_edge)
        queries[:, 1] = base + np.clip(x1 - self.origin, 0, hi_edge)
        found = np.searchsorted(self.key, queries.reshape(-1)).reshape(-1, 2)
        return found[:, 0], found[:, 1]

    def positions(self, c: int, lo: np.ndarray, hi: np.ndarray):
        """Class c's positions in the windows: a slice (a view, not a copy) when all are in."""
        a, b = c * self.lanes, (c + 1) * self.lanes
        first, last, lo, hi = int(self.bounds[a]), int(self.bounds[b]), lo[a:b], hi[a:b]
        if lo[0] == first and hi[-1] == last and np.array_equal(hi[:-1], lo[1:]):
            return slice(first, last)
        lengths = hi - lo
        return np.repeat(lo - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())


_ITEMS: weakref.WeakKeyDictionary[Chronology, LayerItems] = weakref.WeakKeyDictionary()


def layer_items(chron: Chronology) -> LayerItems:
    """The chronology's LayerItems, built once: the main plot and the overview share one copy."""
    if chron not in _ITEMS:
        _ITEMS[chron] = LayerItems(chron)
    return _ITEMS[chron]
