"""Spans of pixel columns merged into runs, row by row: what the fold draws and the pyramid bins."""

from __future__ import annotations

import numpy as np


def merge_runs(row: np.ndarray, c0: np.ndarray, c1: np.ndarray) -> np.ndarray:
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
