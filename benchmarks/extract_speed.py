"""Extraction speed on the WikiWars dev set: MB/s and how time grows with length.

usage: python benchmarks/extract_speed.py [DEV_DIR] [--runs N]

Prints the median of N runs for the concatenated dev set once and four times over,
and the ratio of the two times (linear extraction gives about 4).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from dev_set import dev_arguments, once_and_four_times  # benchmarks/dev_set.py, beside this script

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout, not an installed copy
from viewer.core.document import analyse  # noqa: E402


def _median_seconds(text: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        analyse(text)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    args = dev_arguments(__doc__.splitlines()[0])
    once, four = once_and_four_times(args.dev_dir)
    t1 = _median_seconds(once, args.runs)
    t4 = _median_seconds(four, args.runs)
    mb1, mb4 = len(once.encode()) / 1e6, len(four.encode()) / 1e6
    print(f"dev set x1: {mb1:.2f} MB in {t1:.3f} s = {mb1 / t1:.2f} MB/s (median of {args.runs})")
    print(f"dev set x4: {mb4:.2f} MB in {t4:.3f} s = {mb4 / t4:.2f} MB/s (median of {args.runs})")
    print(f"time x4 / time x1 = {t4 / t1:.2f} (linear: 4.00)")


if __name__ == "__main__":
    main()
