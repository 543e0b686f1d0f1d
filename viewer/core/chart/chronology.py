"""Where every event of a set of documents goes on the chart: lane, row and time.

Layout only, no drawing (the split thetimelineproj keeps between its scene and its
drawers). Everything is a numpy array over the *flat index*: documents in order,
events in order within each; that index is what the SelectionModel holds, and a
``FlatIndex`` translates it. Lanes are sorted once by start so that views find what
is visible with ``searchsorted``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

import numpy as np

from viewer.core.chart.day_sort import stable_argsort
from viewer.core.chart.flat_index import FlatIndex
from viewer.core.chart.lane_modes import ALL_EVENTS, event_lanes
from viewer.core.chart.rows import SPLIT_LANE_AT, lane_rows, stack_lane_rows, stack_rows
from viewer.core.document import Document
from viewer.core.kinds import DATINGS, LANE_MODES, PRECISIONS

if TYPE_CHECKING:
    from viewer.core.events import Event

__all__ = ["ALL_EVENTS", "SPLIT_LANE_AT", "Chronology", "stack_lane_rows", "stack_rows"]



def _code(names: Sequence[str], values: Sequence[str | None]) -> np.ndarray:
    lookup: dict[str | None, int] = {name: i for i, name in enumerate(names)}
    return np.array([lookup.get(v, -1) for v in values], dtype=np.int8)


class Chronology:
    """Placed events of one or more documents (see module docstring).

    Per item: ``start``/``end`` (float days, end exclusive, NaN when undated),
    ``lane``, ``row`` (-1 when undated), ``precision`` and ``dating`` codes into
    PRECISIONS/DATINGS (-1 when undated), ``dated``. Per lane (``lane_names`` order):
    ``lane_bounds[l]:lane_bounds[l+1]`` slices ``order``/``sorted_start``/``sorted_end``,
    the lane's dated items sorted by start; ``lane_rows``, ``lane_top`` (first global
    row) and ``lane_max_span`` (longest duration, the margin for ``searchsorted``).
    ``index`` is the flat index of the documents the items are the events of (empty
    for items made without documents). ``underlay`` marks the carried-over coarse
    items, which lie under a lane's first row instead of taking rows (see rows.py);
    the lanes named in ``one_row`` put every item on their first row. Lanes are
    ordered by their first item in time, or kept in the order given (``keep_lane_order``).
    """

    def __init__(self, start, end, lane, precision, dating, lane_names, index: FlatIndex | None = None, *,
                 one_row: Collection[str] = (), keep_lane_order: bool = False, lane_mode: str | None = None) -> None:
        self.index = FlatIndex() if index is None else index
        self.lane_mode = lane_mode
        self.start = np.asarray(start, dtype=np.float64)
        self.end = np.asarray(end, dtype=np.float64)
        if self.index.documents and len(self.index) != len(self.start):
            raise ValueError(f"{len(self.start)} items for the {len(self.index)} events of the documents")
        self.precision = np.asarray(precision, dtype=np.int8)
        self.dating = np.asarray(dating, dtype=np.int8)
        self.dated = ~np.isnan(self.start)
        self.underlay = (self.dating == DATINGS.index("inferred")) & (self.precision > PRECISIONS.index("day"))
        self._order_lanes(np.asarray(lane, dtype=np.int64), list(lane_names), keep_lane_order)
        self._order_time()
        self._place(frozenset(one_row))

    def __len__(self) -> int:
        return len(self.start)

    @classmethod
    def from_documents(cls, docs: Sequence[Document] | FlatIndex, lane_mode: str = "actor") -> Chronology:
        """The events of ``docs``; given a FlatIndex, the chronology shares it (and what it has worked out)."""
        if lane_mode not in LANE_MODES:
            raise ValueError(f"lane_mode must be one of {LANE_MODES}, not {lane_mode!r}")
        index = docs if isinstance(docs, FlatIndex) else FlatIndex(docs)
        starts, ends, lanes, precisions, datings = ([] for _ in range(5))
        names: dict[str, int] = {}
        lane_of = iter(event_lanes(index, lane_mode))
        for doc in index.documents:
            for event in doc.events:
                iv = event.interval
                starts.append(iv.first if iv else np.nan)
                ends.append(iv.last + 1 if iv else np.nan)
                lanes.append(names.setdefault(next(lane_of), len(names)))
                precisions.append(iv.precision if iv else None)
                datings.append(event.dating)
        return cls(starts, ends, lanes, _code(PRECISIONS, precisions), _code(DATINGS, datings),
                   list(names), index, lane_mode=lane_mode)

    @property
    def docs(self) -> list[Document]:
        return self.index.documents

    def event(self, i: int) -> Event:
        """The core Event behind flat index ``i`` (needs documents)."""
        return self.index.event(int(i))

    @property
    def doc_index(self) -> np.ndarray:
        """The document of each item, as an array for callers that work on whole arrays."""
        counts = np.diff(np.r_[self.index.starts, len(self.index)]).astype(np.int64)
        return np.repeat(np.arange(len(counts), dtype=np.int32), counts)

    # -- layout -------------------------------------------------------------------

    def _order_lanes(self, lane: np.ndarray, names: list[str], keep: bool) -> None:
        """Renumber lanes by first appearance in time (lanes with nothing dated last), or keep them."""
        count = len(names)
        if not count:  # every lane hidden: nothing is placed
            self.lane_names, self.lane = [], np.full(len(lane), -1, dtype=np.int32)
            return
        if keep:
            rank = np.arange(count)
        else:
            first_start = np.full(count, np.inf)
            np.minimum.at(first_start, lane[self.dated], self.start[self.dated])
            first_item = np.full(count, len(lane))
            np.minimum.at(first_item, lane, np.arange(len(lane)))
            rank = np.lexsort((first_item, first_start))
        self.lane_names = [names[k] for k in rank]
        new_of_old = np.empty(count, np.int32)
        new_of_old[rank] = np.arange(count)
        self.lane = new_of_old[lane] if len(lane) else lane.astype(np.int32)

    def _place(self, one_row: frozenset[str]) -> None:
        # Lane order from time order by a stable sort on the small lane numbers (a radix
        # sort): items sorted by lane, then start, then flat index, without a lexsort.
        small = np.int16 if len(self.lane_names) < 2**15 else np.int32
        by_lane = np.argsort(self.lane[self.time_order].astype(small), kind="stable")
        self.order = self.time_order[by_lane]
        self.sorted_start = self.start[self.order]
        self.sorted_end = self.end[self.order]
        lanes = len(self.lane_names)
        self.lane_bounds = np.searchsorted(self.lane[self.order], np.arange(lanes + 1))
        self.row = np.full(len(self), -1, dtype=np.int32)
        self.lane_rows = np.ones(lanes, dtype=np.int64)
        self.lane_max_span = np.zeros(lanes)
        for k in range(lanes):
            a, b = self.lane_bounds[k], self.lane_bounds[k + 1]
            if a == b:
                continue
            items = self.order[a:b]
            rows = lane_rows(self.sorted_start[a:b], self.sorted_end[a:b], self.underlay[items],
                             self.lane_names[k] in one_row)
            self.row[items] = rows
            self.lane_rows[k] = rows.max() + 1
            self.lane_max_span[k] = np.max(self.sorted_end[a:b] - self.sorted_start[a:b])
        self.lane_top = np.concatenate(([0], np.cumsum(self.lane_rows)))
        self.total_rows = int(self.lane_top[-1])
        self._extent = ((float(self.time_start[0]), float(np.max(self.sorted_end)))
                        if len(self.order) else (0.0, 1.0))

    def _order_time(self) -> None:
        dated = np.flatnonzero(self.dated).astype(np.int32)
        self.time_order = dated[stable_argsort(self.start[dated])]
        self.time_start = self.start[self.time_order]
        self.time_rank = np.full(len(self), -1, dtype=np.int32)
        self.time_rank[self.time_order] = np.arange(len(self.time_order), dtype=np.int32)

    # -- queries ------------------------------------------------------------------

    def global_row(self, i: int) -> int:
        """Row of item ``i`` counted from the top lane (what the view plots as y)."""
        return int(self.lane_top[self.lane[i]] + self.row[i])

    def slot_at(self, global_row: int) -> tuple[int, int]:
        """(lane, row within lane) for a global row, or (-1, -1) outside the lanes."""
        if not 0 <= global_row < self.total_rows:
            return -1, -1
        lane = int(np.searchsorted(self.lane_top, global_row, side="right") - 1)
        return lane, int(global_row - self.lane_top[lane])

    def extent(self) -> tuple[float, float]:
        """First start and last end over dated items; (0, 1) when nothing is dated."""
        return self._extent

    def lane_slice(self, lane: int, x0: float, x1: float) -> slice:
        """Positions in ``order`` of the lane's items that may overlap [x0, x1)."""
        a, b = int(self.lane_bounds[lane]), int(self.lane_bounds[lane + 1])
        starts = self.sorted_start[a:b]
        lo = np.searchsorted(starts, x0 - self.lane_max_span[lane], side="left")
        hi = np.searchsorted(starts, x1, side="left")
        return slice(a + int(lo), a + int(hi))

    def item_at(self, x_day: float, lane: int, row: int, tolerance: float = 0.0, underlay: bool | None = False) -> int:
        """Flat index of the item in (lane, row) nearest ``x_day`` within ``tolerance`` days, or -1.

        ``underlay``: False, the items drawn in the row; True, the carried-over coarse ones
        under it; None, either.
        """
        if not 0 <= lane < len(self.lane_names):
            return -1
        s = self.lane_slice(lane, x_day - tolerance, x_day + tolerance + 1e-9)
        items = self.order[s]
        items = items[self.row[items] == row]
        if underlay is not None:
            items = items[self.underlay[items] == underlay]
        gap = np.maximum(self.start[items] - x_day, x_day - self.end[items])
        hits = gap <= tolerance
        if not hits.any():
            return -1
        items, gap = items[hits], np.maximum(gap[hits], 0.0)
        return int(items[np.argmin(gap)])

    def latest_at_or_before(self, x_day: float) -> int:
        """The last item in time order that starts at or before ``x_day``; -1 if none."""
        k = int(np.searchsorted(self.time_start, x_day, side="right")) - 1
        return int(self.time_order[k]) if k >= 0 else -1

    def first(self) -> int:
        """The dated item that starts first, -1 if none. With documents the flat index says (the
        one definition, which the window also asks before numpy is in); else the time order's head."""
        if self.index.documents:
            return self.index.first_in_time()
        return int(self.time_order[0]) if len(self.time_order) else -1

    def last(self) -> int:
        return int(self.time_order[-1]) if len(self.time_order) else -1

    def next_in_time(self, i: int) -> int:
        """The item after ``i`` in time; the first when ``i`` is none or undated; -1 at the end."""
        rank = self.time_rank[i] if 0 <= i < len(self) else -1
        if rank < 0:
            return self.first()
        return int(self.time_order[rank + 1]) if rank + 1 < len(self.time_order) else -1

    def previous_in_time(self, i: int) -> int:
        """The item before ``i`` in time; the last when ``i`` is none or undated; -1 at the start."""
        rank = self.time_rank[i] if 0 <= i < len(self) else -1
        if rank < 0:
            return self.last()
        return int(self.time_order[rank - 1]) if rank > 0 else -1
