"""Rows within a lane: overlapping items stacked so that none hides another.

Carried-over coarse dates (a month or a year an event only inherits from an earlier
sentence) take no row of their own: they lie under the lane's first row, drawn thin,
so that they never push the events dated in their own sentence apart.
"""

from __future__ import annotations

import heapq

import numpy as np

SPLIT_LANE_AT = 10_000  # items in a lane past which day items skip the stacking loop


def stack_rows(start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """A row for each interval such that no two that overlap share one; ``start`` sorted.

    Each interval takes the row that freed up first, or a new row when none is free
    (interval partitioning): one heap operation an interval, and as many rows as the
    most intervals that overlap at one time. The common no-overlap case never loops.
    """
    n = len(start)
    if n == 0 or np.all(start[1:] >= np.maximum.accumulate(end)[:-1]):
        return np.zeros(n, dtype=np.int32)
    rows = [0] * n
    busy: list[tuple[float, int]] = []  # (end, row) of the last interval in each row
    push, replace = heapq.heappush, heapq.heapreplace
    for k, s, e in zip(range(n), start.tolist(), end.tolist()):
        if busy and busy[0][0] <= s:
            row = busy[0][1]
            replace(busy, (e, row))
        else:
            row = len(busy)
            push(busy, (e, row))
        rows[k] = row
    return np.array(rows, dtype=np.int32)


def stack_lane_rows(start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Rows for one lane, ``start`` sorted: ``stack_rows``, but fast for big lanes.

    Past SPLIT_LANE_AT items, items that lie within one calendar day [d, d + 1) skip
    the loop: they go below the other items' rows, ranked among the day's items. Two
    such items overlap only on the same day, where their ranks differ, so still
    nothing hides another; the loop then only sees the (usually few) longer items.
    """
    if len(start) <= SPLIT_LANE_AT:
        return stack_rows(start, end)
    day = np.floor(start)
    in_day = end <= day + 1
    rows = np.empty(len(start), dtype=np.int32)
    rows[~in_day] = stack_rows(start[~in_day], end[~in_day])
    below = int(rows[~in_day].max(initial=-1)) + 1
    days = day[in_day]
    first_of_day = np.flatnonzero(np.r_[True, days[1:] != days[:-1]])
    rank = np.arange(len(days)) - np.repeat(first_of_day, np.diff(np.r_[first_of_day, len(days)]))
    rows[in_day] = below + rank
    return rows


def lane_rows(start: np.ndarray, end: np.ndarray, underlay: np.ndarray, one_row: bool) -> np.ndarray:
    """Rows for one lane's items (``start`` sorted): the underlay and a lane folded to
    ``one_row`` on row 0, the rest stacked."""
    rows = np.zeros(len(start), dtype=np.int32)
    if not one_row:
        stacked = ~underlay
        rows[stacked] = stack_lane_rows(start[stacked], end[stacked])
    return rows
