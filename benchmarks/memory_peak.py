"""Peak memory of `extract` on big documents, against the document's size.

usage: python benchmarks/memory_peak.py [--sentences 400000] [--short 1000000] [--format json] [--keep DIR]

Writes, in a temporary folder, a dense document of N dated sentences ("On 3 May 1915 the army
crossed." with the day, month, year and verb varied; 400,000 make about 15 MB) and one
of M short undated sentences (1,000,000 make about 11 MB); runs `python -m viewer extract` on
each as a child process (output to /dev/null) and prints its peak resident memory (ru_maxrss
from wait4), the time, and the peak over the document's size (issue 18, Must show 3: at most 40).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
VERBS = ("crossed", "advanced", "retreated", "held the line", "fell back", "took a town")  # 400,000: 15.3 MB
SHORT = ("It rained.", "Men slept.", "Guns fell.", "Day came.", "Night fell.", "All waited.")


def dense(n: int) -> str:
    return "\n".join(
        f"On {1 + i % 28} {MONTHS[i // 28 % 12]} {1800 + i * 7 % 200} the army {VERBS[i % len(VERBS)]}."
        for i in range(n)) + "\n"


def short(n: int) -> str:
    return " ".join(SHORT[i % len(SHORT)] for i in range(n)) + "\n"


def peak(path: Path, fmt: str) -> tuple[float, float, int]:
    """The child's peak RSS in bytes (Linux reports KB), its time in seconds, its exit status."""
    cmd = [sys.executable, "-m", "viewer", "extract", "--format", fmt, str(path)]
    t0 = time.perf_counter()
    child = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - t0
    scale = 1 if sys.platform == "darwin" else 1024
    return usage.ru_maxrss * scale, seconds, child.returncode


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=400_000, help="dated sentences of the dense document")
    ap.add_argument("--short", type=int, default=1_000_000, help="sentences of the short-sentence document (0: none)")
    ap.add_argument("--format", default="json")
    ap.add_argument("--keep", type=Path, help="write the documents here and keep them")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        cases = [("dense", f"{args.sentences:,} dated sentences", dense, args.sentences),
                 ("short", f"{args.short:,} short sentences", short, args.short)]
        for name, what, make, count in cases:
            if count <= 0:  # (0: that document left out)
                continue
            text = make(count)
            path = folder / f"{name}.txt"
            path.write_text(text, encoding="utf-8")
            size = path.stat().st_size
            rss, seconds, status = peak(path, args.format)
            print(f"{what}: {size / 1e6:.1f} MB document, extract --format {args.format} peak "
                  f"{rss / 1e6:.0f} MB in {seconds:.1f} s (exit {status}) = {rss / size:.1f} x the "
                  f"document's size (target <= 40)")


if __name__ == "__main__":
    main()
