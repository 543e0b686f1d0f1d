"""Sorting items by day fast: the chart's times are whole days for all but clock times."""

from __future__ import annotations

import numpy as np

_RADIX_FROM = 1 << 16  # below this many items numpy's own sort is as fast


def stable_argsort(values: np.ndarray) -> np.ndarray:
    """``np.argsort(values, kind="stable")`` (ties keep their order), for float days.

    When every value is a whole number and they span less than 2**32, by two stable passes
    over 16-bit keys (least significant first), which numpy sorts by radix: about five
    times faster on a million items than the merge sort it uses for floats.
    """
    if len(values) >= _RADIX_FROM:
        lo, hi = float(values.min()), float(values.max())
        if hi - lo < 2**32 and np.array_equal(values, np.floor(values)):
            key = (values - lo).astype(np.uint32)
            low = np.argsort((key & 0xFFFF).astype(np.uint16), kind="stable")
            high = np.argsort((key[low] >> 16).astype(np.uint16), kind="stable")
            return low[high]
    return np.argsort(values, kind="stable")
