"""Extraction speed on the WikiWars dev set: MB/s and how time grows with length.

usage: python benchmarks/extract_speed.py [DEV_DIR] [--runs N]

Prints the median of N runs for the concatenated dev set once and four times over,
and the ratio of the two times (linear extraction gives about 4).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout, not an installed copy
from viewer.core.document import analyse  # noqa: E402

DEFAULT_DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "wikiwars-dev"


def _median_seconds(text: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        analyse(text)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dev_dir", nargs="?", type=Path, default=DEFAULT_DEV)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.dev_dir.glob("*.txt")) if "readme" not in p.name]
    once = "\n\n".join(texts)
    four = "\n\n".join([once] * 4)
    t1 = _median_seconds(once, args.runs)
    t4 = _median_seconds(four, args.runs)
    mb1, mb4 = len(once.encode()) / 1e6, len(four.encode()) / 1e6
    print(f"dev set x1: {mb1:.2f} MB in {t1:.3f} s = {mb1 / t1:.2f} MB/s (median of {args.runs})")
    print(f"dev set x4: {mb4:.2f} MB in {t4:.3f} s = {mb4 / t4:.2f} MB/s (median of {args.runs})")
    print(f"time x4 / time x1 = {t4 / t1:.2f} (linear: 4.00)")


if __name__ == "__main__":
    main()
