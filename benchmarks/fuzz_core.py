"""Fuzz the reading core: the properties of tests/core/test_properties.py over many cases.

usage: python benchmarks/fuzz_core.py [--cases N] [--seed S]

Prints how many texts were read, how long it took and the slowest text; a broken
property stops the run with the smallest failing text hypothesis could find.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "core")]  # the checkout, not an installed copy
from test_properties import check_document, texts  # noqa: E402


def fuzz(cases: int, random_seed: int) -> tuple[int, float, str]:
    """(texts read, seconds of the slowest, the slowest text)."""
    count, slowest, slowest_text = 0, 0.0, ""

    @seed(random_seed)
    @settings(max_examples=cases, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(texts)
    def run(text: str) -> None:
        nonlocal count, slowest, slowest_text
        count += 1
        t0 = time.perf_counter()
        check_document(text)
        took = time.perf_counter() - t0
        if took > slowest:
            slowest, slowest_text = took, text

    run()
    return count, slowest, slowest_text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    t0 = time.perf_counter()
    count, slowest, slowest_text = fuzz(args.cases, args.seed)
    seconds = time.perf_counter() - t0
    print(f"{count} texts read, every property held, in {seconds:.1f} s ({count / seconds:.0f} texts/s)")
    print(f"slowest: {slowest:.2f} s for {slowest_text!r}")


if __name__ == "__main__":
    main()
