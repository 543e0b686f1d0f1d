"""Opening a large document: load time, percent updates, and how long the GUI thread stalls.

usage: python benchmarks/large_open_bench.py [--mb 10] [--runs 3] [--file PATH]

Writes a narrative of the given size (the bundled sample, its year changed in each
copy), or takes the file given, then in a fresh process per run opens it in the main
window (offscreen) with a 10 ms heartbeat QTimer in the GUI thread, from ``open_paths``
until the window shows all of it: read, laid out, in the chronology, the table, the
details and the summary, its text in the source view with its dates marked, its first
event selected. Prints each run and the medians: the time (and how much of it came after
the read), the longest heartbeat gap and the process's peak memory (ru_maxrss) over the
document's size (issue 18, Must show 2 and 3: at most 3 s, gaps at most 50 ms, memory at
most 60 times).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout, not an installed copy
from tests.large_text import narrative  # noqa: E402

HEARTBEAT_MS = 10


def measure(path: str) -> dict:
    """One open in this process; the figures as a dict."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QTimer

    from viewer.ui.main_window import MainWindow, application

    app = application()
    settings = QSettings(str(Path(path).with_suffix(".ini")), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, remember=False)
    window.show()
    settled = time.perf_counter() + 0.3
    while not window.chronology_shown or time.perf_counter() < settled:  # the program's start and first
        app.processEvents()                                                # paints, not part of opening
        time.sleep(0.005)
    ticks: list[float] = []
    percents: set[int] = set()
    window.loader.progress_changed.connect(lambda _p, done: percents.add(int(done * 100)))
    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    finished: list[float] = []
    read: list[float] = []  # when the document read came to the GUI thread
    window.loader.loaded.connect(lambda *_: read.append(time.perf_counter()))

    def check() -> None:
        if window.documents and not (window.loader.busy or window.session.settling or window.source.filling):
            finished.append(time.perf_counter())
            app.quit()

    watcher = QTimer()
    watcher.setInterval(5)
    watcher.timeout.connect(check)
    heartbeat.start()
    watcher.start()
    ticks.append(time.perf_counter())
    window.open_paths([path])
    app.exec()
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    worst = max(range(len(gaps)), key=gaps.__getitem__)
    after_read = [g for k, g in enumerate(gaps) if ticks[k + 1] > read[0]]  # those that end after the read
    import resource

    return {"load_s": finished[0] - ticks[0], "read_s": read[0] - ticks[0],
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "percents": sorted(percents), "max_gap_ms": gaps[worst] * 1000,
            "max_gap_after_read_ms": max(after_read, default=0.0) * 1000,
            "worst_at_s": ticks[worst] - ticks[0], "events": len(window.loaded),
            "over_50_ms": [(round(g * 1000), round(ticks[k] - ticks[0], 2)) for k, g in enumerate(gaps) if g > 0.05]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--file", type=Path, help="open this file instead of a generated narrative")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure(args.child)))
        return
    sample = (ROOT / "seeds" / "western_iraq_campaign_2017.txt").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        path = args.file.resolve() if args.file else Path(tmp) / "large.txt"
        if not args.file:
            path.write_text(narrative(sample, int(args.mb * 1e6)), encoding="utf-8")
        size = path.stat().st_size / 1e6
        runs = []
        for k in range(args.runs):
            out = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True, text=True,
                                 check=True).stdout
            run = json.loads(out.strip().splitlines()[-1])
            runs.append(run)
            print(f"run {k + 1}: load {run['load_s']:.2f} s (read in {run['read_s']:.2f} s, shown "
                  f"{run['load_s'] - run['read_s']:.2f} s after), {len(run['percents'])} percent updates "
                  f"{run['percents']}, max heartbeat gap {run['max_gap_ms']:.0f} ms "
                  f"(at {run['worst_at_s']:.2f} s; after the read {run['max_gap_after_read_ms']:.0f} ms), "
                  f"{run['events']} events, peak memory {run['peak_mb']:.0f} MB")
            print(f"       gaps over 50 ms (ms, started at s): {run['over_50_ms']}")
    load = statistics.median(r["load_s"] for r in runs)
    after = statistics.median(r["load_s"] - r["read_s"] for r in runs)
    gap = statistics.median(r["max_gap_ms"] for r in runs)
    gap_after = statistics.median(r["max_gap_after_read_ms"] for r in runs)
    updates = statistics.median(len(r["percents"]) for r in runs)
    print(f"document: {size:.2f} MB")
    print(f"load time (open to fully shown): {load:.2f} s = {size / load:.2f} MB/s (median of {args.runs})")
    print(f"from the document read to fully shown: {after:.2f} s (median of {args.runs})")
    peak = statistics.median(r["peak_mb"] for r in runs)
    print(f"peak memory of the window's process: {peak:.0f} MB = {peak / size:.0f} x the document's size "
          f"(median of {args.runs}; target at most 60)")
    print(f"percent updates seen: {updates:.0f} (median of {args.runs})")
    print(f"max heartbeat gap ({HEARTBEAT_MS} ms timer, GUI thread): {gap:.0f} ms "
          f"(median of {args.runs}; target 50 ms); after the read: {gap_after:.0f} ms")


if __name__ == "__main__":
    main()
