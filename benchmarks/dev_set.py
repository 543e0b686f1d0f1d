"""The WikiWars dev set as the speed benchmarks read it: its articles joined once and four times over."""

from __future__ import annotations

import argparse
from pathlib import Path

DEFAULT_DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "wikiwars-dev"


def dev_arguments(description: str, jobs: bool = False) -> argparse.Namespace:
    """``[DEV_DIR] [--runs N]`` (and ``[--jobs N]``), as each speed benchmark takes them."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("dev_dir", nargs="?", type=Path, default=DEFAULT_DEV)
    ap.add_argument("--runs", type=int, default=5)
    if jobs:
        ap.add_argument("--jobs", type=int, default=None, help="extract's --jobs (default: its own default)")
    return ap.parse_args()


def once_and_four_times(dev_dir: Path) -> tuple[str, str]:
    """The dev set's articles joined by blank lines, and that four times over."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(dev_dir.glob("*.txt")) if "readme" not in p.name]
    once = "\n\n".join(texts)
    return once, "\n\n".join([once] * 4)
