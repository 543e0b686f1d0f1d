"""Where event labels go: beside their marks, in the free room of their row, best first.

Everything is in device pixels of one view and one row per label (rows are at least a
line of text tall, so labels of different rows never meet). The marks of a row are its
obstacles, merged into runs once; a label's room is found by ``searchsorted`` on them,
for all candidates at once. The greedy pass then takes candidates in priority order
and keeps, per row, the labels placed so far sorted by x (``bisect``): the cost follows
the visible candidates, never the whole chronology.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from viewer.core.chart.drawing_classes import CLASSES, MARKER, VAGUE_BAR
from viewer.core.chart.runs import merge_runs
from viewer.core.chart.view_frame import Frame, ViewGeometry, underlay_class

ROW_KEY = 1 << 32  # rows apart in a one-number key; pixel columns are offset by COLUMN_BIAS
COLUMN_BIAS = 1 << 30


class Obstacles:
    """The marks of the visible rows as merged runs of pixel columns, sorted by row then x."""

    def __init__(self, row: np.ndarray, left: np.ndarray, right: np.ndarray) -> None:
        c0 = np.floor(np.asarray(left, dtype=np.float64)).astype(np.int64)
        c1 = np.maximum(np.ceil(np.asarray(right, dtype=np.float64)).astype(np.int64), c0 + 1)
        self.runs = merge_runs(np.asarray(row, dtype=np.int64), c0, c1)
        base = self.runs[:, 0] * ROW_KEY + COLUMN_BIAS
        self._end_key = base + self.runs[:, 2]

    def room(self, row: np.ndarray, x: np.ndarray, limit: float) -> np.ndarray:
        """For each (row, x): where the free room starting at x ends (x itself when a mark
        covers x), at most ``limit``."""
        x = np.asarray(x, dtype=np.float64)
        col = np.floor(np.clip(x, -COLUMN_BIAS + 1, COLUMN_BIAS - 1)).astype(np.int64)
        row = np.asarray(row, dtype=np.int64)
        k = np.searchsorted(self._end_key, row * ROW_KEY + COLUMN_BIAS + col, side="right")
        found = k < len(self.runs)
        k = np.minimum(k, len(self.runs) - 1)
        if not len(self.runs):
            return np.full(len(x), float(limit))
        same_row = found & (self.runs[k, 0] == row)
        next_start = np.where(same_row, self.runs[k, 1], np.inf).astype(np.float64)
        return np.where(next_start <= x, x, np.minimum(next_start, limit))


@dataclass(frozen=True)
class Placed:
    """Labels placed: the candidate each is for, its left edge and its width (less than
    the text's when elided)."""

    candidate: np.ndarray
    x: np.ndarray
    width: np.ndarray


def place_labels(row: np.ndarray, tries: np.ndarray, text_width: np.ndarray, min_width: float) -> Placed:
    """Greedy placement of candidates given in priority order.

    ``tries`` is (n, k, 2): up to k (start, end) spans of free room per candidate, tried
    in order (NaN for none). A label takes the first span where it fits whole or, elided,
    in at least ``min_width``, without meeting a label placed before it in its row.
    """
    placed_rows: dict[int, tuple[list[float], list[float]]] = {}
    out_k, out_x, out_w = [], [], []
    for k, (r, spans, full) in enumerate(zip(row.tolist(), tries.tolist(), text_width.tolist())):
        starts, ends = placed_rows.setdefault(r, ([], []))
        need = min(full, min_width)
        for s, e in spans:
            if not s <= e - need:  # NaN, or too little room
                continue
            j = bisect_right(starts, s)
            if j and ends[j - 1] > s:
                continue
            if j < len(starts):
                e = min(e, starts[j])
            width = min(full, e - s)
            if width >= need:
                insort(starts, s)
                ends.insert(j, s + width)
                out_k.append(k)
                out_x.append(s)
                out_w.append(width)
                break
    return Placed(np.array(out_k, dtype=np.int64), np.array(out_x), np.array(out_w))


# Which labels win room first: explicit and known to the day, then explicit and vague,
# then carried over to the day, then carried-over coarse dates (by drawing class).
def _rank(kind: int, inferred: bool) -> int:
    return (2 if inferred else 0) + (1 if kind == VAGUE_BAR else 0)


RANKS = np.array([_rank(kind, inferred) for kind, inferred in CLASSES], dtype=np.int64)


@dataclass(frozen=True)
class Candidates:
    """Frame items that may get a label, best first: their index in the Frame, chart row
    and the spans of room to try (see ``place_labels``)."""

    item: np.ndarray
    row: np.ndarray
    tries: np.ndarray


def label_candidates(frame: Frame, geo: ViewGeometry, pad: float, min_width: float, one_row: np.ndarray,
                     first: int = -1, favoured: np.ndarray | None = None,
                     walls: Sequence[tuple[float, float]] = ()) -> Candidates:
    """The items of ``frame`` with room for a label beside their mark (or inside their bar).

    ``one_row``: a bool per lane, lanes whose items may overlap (no label inside a bar
    there). ``first``: a Frame index placed first whatever its room (the selection);
    ``favoured``: a bool per Frame item placed before the others (Find's matches);
    ``walls``: device x spans no label crosses in any row (the breaks).
    """
    n = len(frame.pos)
    if not n:
        return Candidates(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros((0, 2, 2)))
    under = np.isin(frame.cls, np.flatnonzero([underlay_class(c) for c in range(len(CLASSES))]))
    rows, left, right = frame.row[~under], frame.left[~under] - 1, frame.right[~under] + 1
    if len(walls):
        every = np.arange(geo.row0, geo.row1)
        rows = np.concatenate([rows, *(every for _ in walls)])
        left = np.concatenate([left, *(np.full(len(every), a) for a, _ in walls)])
        right = np.concatenate([right, *(np.full(len(every), b) for _, b in walls)])
    obstacles = Obstacles(rows, left, right)
    limit = geo.right
    view_left = geo.left
    tries = np.full((n, 2, 2), np.nan)
    # Beside the mark, on its right.
    start = frame.right + pad
    tries[:, 1, 0] = np.where(start >= view_left, start, np.nan)
    tries[:, 1, 1] = obstacles.room(frame.row, start, limit) - pad
    # Inside a bar (no other mark can be there: rows are stacked so), or over a thin line.
    kind = np.array([k for k, _ in CLASSES])[frame.cls]
    inside = np.maximum(frame.left, view_left) + pad
    bar = (kind != MARKER) & ~under & ~one_row[frame.lane]
    tries[bar, 0, 0] = inside[bar]
    tries[bar, 0, 1] = np.minimum(frame.right[bar], limit) - pad - geo.marker / 2
    tries[under, 0, 0] = inside[under]
    tries[under, 0, 1] = obstacles.room(frame.row[under], inside[under], limit) - pad
    room = np.nanmax(np.where(np.isnan(tries[:, :, 0]), -np.inf, tries[:, :, 1] - tries[:, :, 0]), axis=1)
    row_top = frame.row * geo.sy + geo.dy
    whole = (row_top >= geo.top - 0.5) & (row_top + geo.sy <= geo.bottom + 0.5)  # a cut row's text is cut too
    keep = (room >= min_width) & ~frame.folded & whole
    if frame.from_pyramid:  # pixels folded from the pyramid are no items here: no room is known to be free
        keep[:] = False
    rank = RANKS[frame.cls] + (np.where(favoured, 0, 4) if favoured is not None else 0)
    if 0 <= first < n and whole[first]:
        keep[first] = True
        rank = rank.copy()
        rank[first] = -1
    item = np.flatnonzero(keep)
    item = item[np.lexsort((frame.left[item], rank[item]))]
    cap = int((geo.row1 - geo.row0) * max(geo.right - geo.left, 1) / max(min_width, 1)) + 1
    item = item[:cap]  # no more labels than fit in the view
    return Candidates(item, frame.row[item], tries[item])
