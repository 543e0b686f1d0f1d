"""`extract --jobs`: the 16 WikiWars dev articles as 16 files, one process against two.

usage: python benchmarks/extract_jobs.py [DEV_DIR] [--runs N] [--jobs 2] [--format json]

Runs `python -m viewer extract --jobs 1` and `--jobs J` on the articles as whole processes,
interleaved, N times each; prints the medians and their ratio (issue 18, Must show 5: at least
1.7 with two jobs), after checking once that both print the same bytes. A machine busy with
other work gives a lower ratio: the second process has no free core. Each run starts with
its bytecode cached, as an installed program does (see extract_process.py).

Then what bounds the ratio: a process's fixed start F (`--jobs 1` on a two-line file with a
date: Python, the imports, compiling the rules' patterns), which each process pays whatever it
is given, and the reading R = t(--jobs 1) - F, which two processes can share. Two processes
take at least F + R / 2, so the ratio is at most (F + R) / (F + R / 2), before the fork's and
the two cores' own costs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEV = ROOT.parent / "shared" / "data" / "wikiwars-dev"


_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _run(jobs: int, fmt: str, files: list[str]) -> tuple[float, bytes]:
    cmd = [sys.executable, "-m", "viewer", "extract", "--format", fmt, "--jobs", str(jobs), *files]
    t0 = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, check=True, env=_ENV)
    return time.perf_counter() - t0, done.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dev_dir", nargs="?", type=Path, default=DEFAULT_DEV)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--format", default="json")
    args = ap.parse_args()
    files = [str(p) for p in sorted(args.dev_dir.glob("*.txt")) if "readme" not in p.name]
    size = sum(os.path.getsize(f) for f in files)
    with tempfile.TemporaryDirectory(prefix="extract-jobs-pyc-") as cache:
        _ENV["PYTHONPYCACHEPREFIX"] = cache  # this checkout's bytecode, written by the first runs
        _measure(args, files, size)


def _measure(args: argparse.Namespace, files: list[str], size: int) -> None:
    _, out1 = _run(1, args.format, files)  # a first run each, uncounted: the disk and bytecode caches warmed
    _, outj = _run(args.jobs, args.format, files)
    if out1 != outj:
        sys.exit(f"--jobs 1 and --jobs {args.jobs} printed different output")
    one, many, start = [], [], []
    with tempfile.TemporaryDirectory(prefix="extract-jobs-") as folder:
        tiny = Path(folder) / "tiny.txt"
        tiny.write_text("The war began on 1 September 1939.\nIt ended in 1945.\n", encoding="utf-8")
        for _ in range(args.runs):
            one.append(_run(1, args.format, files)[0])
            many.append(_run(args.jobs, args.format, files)[0])
            start.append(_run(1, args.format, [str(tiny)])[0])
    t1, tj, fixed = statistics.median(one), statistics.median(many), statistics.median(start)
    print(f"{len(files)} files, {size / 1e6:.2f} MB, --format {args.format}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.2f}; same output: yes")
    print(f"--jobs 1: {t1:.3f} s (median of {args.runs}; runs {', '.join(f'{t:.2f}' for t in one)})")
    print(f"--jobs {args.jobs}: {tj:.3f} s (median of {args.runs}; runs {', '.join(f'{t:.2f}' for t in many)})")
    print(f"time --jobs 1 / time --jobs {args.jobs} = {t1 / tj:.2f} (target at 2 jobs: >= 1.70)")
    reading = t1 - fixed
    print(f"fixed start F (--jobs 1 on a two-line file): {fixed:.3f} s (median of {args.runs}); reading R = "
          f"{reading:.3f} s; so at most (F + R) / (F + R / {args.jobs}) = "
          f"{t1 / (fixed + reading / args.jobs):.2f} with {args.jobs} jobs")


if __name__ == "__main__":
    main()
