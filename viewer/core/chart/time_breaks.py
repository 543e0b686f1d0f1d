"""Long empty stretches of time drawn as narrow breaks: a piecewise mapping of days to x.

Two documents eighty years apart would leave their events as two specks at the edges
of an empty chart. A stretch that no item covers, a few times longer than the data on
either side of it (and a season at least), beside a cluster of a few events at least,
is compressed to a narrow gap, so each cluster keeps its width. Within a cluster one x
unit is one day, so zoom, calendar ticks and hit tests work as before; x and days differ
by a constant there. Without breaks the mapping is the identity.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

BREAK_FACTOR = 3.0  # a gap this many times longer than the data beside it is a break
MIN_BREAK_DAYS = 90.0  # and never shorter than a season: a chart of weeks keeps its empty days
MIN_CROWD = 4  # and only beside a side with this many events: lone events need no room, their spacing tells
MAX_BREAKS = 12
GAP_SHARE = 0.04  # a break takes this share of the data's width on screen (at most its own length)


class TimeBreaks:
    """Days to x and back: slope 1 outside the breaks, ``gap_width / length`` across each.

    x is days on the side ``anchor`` (0: before the first break, k: after the k-th), the
    side that holds the most events, so that its dates read as they are.
    """

    def __init__(self, gaps: Sequence[tuple[float, float]] = (), gap_width: float = 0.0, anchor: int = 0) -> None:
        self.gaps = sorted(gaps)
        knots_t, knots_x, shift, shifts = [], [], 0.0, [0.0]
        for t0, t1 in self.gaps:
            width = min(gap_width, t1 - t0)
            knots_t += [t0, t1]
            knots_x += [t0 - shift, t0 - shift + width]
            shift += (t1 - t0) - width
            shifts.append(shift)
        self.knots_t = np.array(knots_t, dtype=np.float64)
        self.knots_x = np.array(knots_x, dtype=np.float64) + shifts[min(max(anchor, 0), len(shifts) - 1)]

    def __bool__(self) -> bool:
        return bool(self.gaps)

    def to_x(self, days):
        """x of ``days`` (a number or an array)."""
        return self._map(days, self.knots_t, self.knots_x)

    def to_days(self, x):
        """Days of ``x`` (a number or an array); inside a break, the matching point of the gap."""
        return self._map(x, self.knots_x, self.knots_t)

    @staticmethod
    def _map(values, src: np.ndarray, dst: np.ndarray):
        if not len(src):
            return values
        v = np.asarray(values, dtype=np.float64)
        k = np.searchsorted(src, v, side="right") - 1  # the knot at or before each value; -1 before all
        before = k < 0
        k = np.maximum(k, 0)
        in_gap = (k % 2 == 0) & ~before  # between a gap's two knots
        nxt = np.minimum(k + 1, len(src) - 1)
        span_src, span_dst = src[nxt] - src[k], dst[nxt] - dst[k]
        slope = np.where(in_gap, span_dst / np.where(span_src > 0, span_src, 1.0), 1.0)
        out = np.where(before, v + (dst[0] - src[0]), dst[k] + (v - src[k]) * slope)
        return float(out) if np.ndim(values) == 0 else out

    def gaps_x(self) -> list[tuple[float, float]]:
        """Each break's left and right edge in x."""
        return [(float(a), float(b)) for a, b in zip(self.knots_x[0::2], self.knots_x[1::2])]

    def segments(self, x0: float, x1: float) -> list[tuple[float, float, float]]:
        """The parts of [x0, x1] outside every break, each with the offset that makes its x days."""
        edges = [-np.inf, *self.knots_x.tolist(), np.inf]
        offsets = [float(self.knots_t[0] - self.knots_x[0]), *(self.knots_t[1::2] - self.knots_x[1::2]).tolist()]
        out = []
        for k, offset in enumerate(offsets):
            lo, hi = max(x0, edges[2 * k]), min(x1, edges[2 * k + 1])
            if lo < hi:
                out.append((float(lo), float(hi), float(offset)))
        return out


def find_breaks(start: np.ndarray, end: np.ndarray, presorted: bool = False) -> TimeBreaks:
    """The breaks of items ``start``/``end`` (days, NaN for undated; sorted by start if ``presorted``)."""
    dated = ~np.isnan(start)
    start, end = start[dated], end[dated]
    if len(start) < 2:
        return TimeBreaks()
    if not presorted:
        order = np.argsort(start, kind="stable")
        start, end = start[order], end[order]
    reach = np.maximum.accumulate(end)
    # Covered blocks: a new one where an item starts after everything before it ended.
    new = np.flatnonzero(start[1:] > reach[:-1]) + 1
    if not len(new):
        return TimeBreaks()
    block_start = start[np.r_[0, new]]
    block_end = reach[np.r_[new - 1, len(start) - 1]]
    length = block_start[1:] - block_end[:-1]  # gap k lies between block k and block k + 1
    before = np.r_[0, new, len(start)]  # items before block k: before[k]
    chosen = _choose(block_start, block_end, length, before)
    if not chosen:
        return TimeBreaks()
    gaps = [(float(block_end[k]), float(block_start[k + 1])) for k in chosen]
    data = (block_end[-1] - block_start[0]) - sum(b - a for a, b in gaps)
    per_side = np.bincount(np.searchsorted([a for a, _ in gaps], start), minlength=len(gaps) + 1)
    anchor = len(per_side) - 1 - int(np.argmax(per_side[::-1]))  # the most events; the latest of equals
    return TimeBreaks(gaps, GAP_SHARE * max(data, 1.0), anchor)


def _choose(block_start: np.ndarray, block_end: np.ndarray, length: np.ndarray, before: np.ndarray) -> list[int]:
    """Gaps that dwarf the data beside them, one side crowded enough to need the room; the
    longest MAX_BREAKS of them, in order.

    The data beside gap k is what smaller gaps join to it: the blocks back to the nearest
    gap at least as long, on each side (found for all gaps with a stack, O(gaps)). Only
    gaps of a season or more can be breaks, or bound one.
    """
    candidates = np.flatnonzero(length >= MIN_BREAK_DAYS).tolist()
    left_bound = _nearest_not_shorter(candidates, length)
    right_bound = _nearest_not_shorter(candidates[::-1], length)[::-1]
    last = len(block_start) - 1
    chosen = []
    for k, lb, rb in zip(candidates, left_bound, right_bound):
        left_first = lb + 1 if lb >= 0 else 0  # the first block of the data left of gap k
        right_last = rb if rb >= 0 else last  # the last block of the data right of it
        beside = max(block_end[k] - block_start[left_first], block_end[right_last] - block_start[k + 1], 1.0)
        crowd = max(before[k + 1] - before[left_first], before[right_last + 1] - before[k + 1])
        if length[k] >= BREAK_FACTOR * beside and crowd >= MIN_CROWD:
            chosen.append(k)
    return sorted(sorted(chosen, key=lambda g: -length[g])[:MAX_BREAKS])


def _nearest_not_shorter(gaps: list[int], length: np.ndarray) -> list[int]:
    """For each gap (in the order given), the nearest gap before it in that order at least as long; -1 if none."""
    out: list[int] = []
    stack: list[int] = []
    for k in gaps:
        while stack and length[stack[-1]] < length[k]:
            stack.pop()
        out.append(stack[-1] if stack else -1)
        stack.append(k)
    return out
