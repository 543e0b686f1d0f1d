"""`extract --format json` as a whole process on the WikiWars dev set, once and four times over.

usage: python benchmarks/extract_process.py [DEV_DIR] [--runs N] [--jobs N]

The dev set's articles are joined into one file, and into one holding them four times over;
``python -m viewer extract --format json FILE`` is timed on each as a whole process (start,
imports, reading, writing the JSON to a file), the two interleaved, N runs each. Prints the
medians as MB/s and the ratio of the two times (issue 18, Must show 1: at least 2 MB/s on x4,
x4 at most 4.6 times x1; a process's start is a fixed cost, so linear reading gives under 4).

`extract` runs as it does by default, on one process per core (a single file's search and
lanes shared with a fork: viewer/core/forked.py); --jobs 1 times it on one process alone. It
runs with its bytecode cached, as an installed program does (pip compiles a wheel's modules):
an uncounted first run writes it under a private PYTHONPYCACHEPREFIX, whatever
PYTHONDONTWRITEBYTECODE says.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from dev_set import dev_arguments, once_and_four_times  # benchmarks/dev_set.py, beside this script

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEV = ROOT.parent / "shared" / "data" / "wikiwars-dev"


def _seconds(path: Path, out: Path, env: dict[str, str], jobs: list[str]) -> float:
    with out.open("wb") as sink:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "viewer", "extract", "--format", "json", *jobs, str(path)],
                       stdout=sink, check=True, cwd=ROOT, env=env)
        return time.perf_counter() - t0


def main() -> None:
    args = dev_arguments(__doc__.splitlines()[0], jobs=True)
    once, four = once_and_four_times(args.dev_dir)
    jobs = [] if args.jobs is None else ["--jobs", str(args.jobs)]
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=str(Path(tmp, "pyc")))  # this checkout, compiled
        files = {"x1": Path(tmp, "dev_x1.txt"), "x4": Path(tmp, "dev_x4.txt")}
        files["x1"].write_text(once, encoding="utf-8")
        files["x4"].write_text(four, encoding="utf-8")
        out = Path(tmp, "out.json")
        _seconds(files["x1"], out, env, jobs)  # uncounted: writes the bytecode, warms the disk cache
        times: dict[str, list[float]] = {"x1": [], "x4": []}
        for _ in range(args.runs):
            for name, path in files.items():
                times[name].append(_seconds(path, out, env, jobs))
        sizes = {name: path.stat().st_size / 1e6 for name, path in files.items()}
    t = {name: statistics.median(v) for name, v in times.items()}
    print(f"extract {' '.join(jobs) or '(default: one process per core)'}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.2f}")
    for name in ("x1", "x4"):
        print(f"dev set {name}: {sizes[name]:.2f} MB in {t[name]:.3f} s = {sizes[name] / t[name]:.2f} MB/s "
              f"as a whole process (median of {args.runs}; runs {', '.join(f'{x:.2f}' for x in times[name])})")
    print(f"time x4 / time x1 = {t['x4'] / t['x1']:.2f} (at most 4.6)")


if __name__ == "__main__":
    main()
