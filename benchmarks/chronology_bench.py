"""The chronology at scale: model build, repaint at full extent and zoomed, memory.

usage: python benchmarks/chronology_bench.py [--events N] [--runs R] [--skip-memory]

Synthetic data, the same for every figure (seeded): events over 50 years
(1975-2024) in 50 lanes picked uniformly at random; 80% are day events; 20% are
bars, a quarter each of month (30 days), quarter (91), half-year (182) and year
(365) precision, starting on any day; a quarter of all events are inferred.

Labels are on: event i is labelled with one of a few made-up phrases of 10 to 40
characters and its number, placed beside its mark where it fits (as in the app).

A TimelineView whose main plot is 1600x900 is shown offscreen. Rows have the app's
fixed height (a line of text), so the plot shows the top rows and scrolls. A *repaint* is a
synchronous ``repaint()`` of the main plot's 1600x900 viewport (axes, grid, lane
bands, the event layer; the overview strip below has its own). "cold" moves the range
by a sub-pixel step first, so nothing cached for the previous range can be reused, and
the time covers the range change
(pyqtgraph's signals, the overview region, the axes) and the repaint: what one zoom
or pan step costs. "warm" repaints the same range again (hover, selection); "scroll"
scrolls the lanes by a page and repaints (the full extent). Figures are medians of R runs.
"first paint" is the one repaint right after set_chronology, timed once: besides the
cold work it builds what the layer keeps per chronology and row height (the fold
pyramid for coarse views of many events), which every later step, at any range, reuses.

Memory runs in a fresh subprocess: RSS (VmRSS) with the empty view shown, then
after building the model for N events, handing it to the view and painting once;
the difference per event is what the user's machine pays, freed-but-kept heap
included. tracemalloc (which numpy reports its buffers to) gives the live bytes the
model and layers keep, as a cross-check without allocator noise.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import numpy as np  # noqa: E402

PLOT_W, PLOT_H = 1600, 900
LANES = 50
BAR_SPANS = np.array([30, 91, 182, 365])
BAR_PRECISIONS = np.array([2, 4, 5, 6])  # month, quarter, half-year, year in PRECISIONS
PHRASES = ("Troops cross the river", "Talks", "The council meets in the capital", "A treaty is signed",
           "Supplies run short along the northern front", "Rain")


def synthetic_label(i: int) -> str:
    return f"{PHRASES[i % len(PHRASES)]} ({i})"


def synthetic(n: int, seed: int = 5):
    """start, end, lane, precision, dating, lane names (see module docstring)."""
    rng = np.random.default_rng(seed)
    first, days = 1826.0, 50 * 365  # 1975-01-01, days since 1970-01-01
    start = rng.integers(0, days, n).astype(np.float64) + first
    bar = rng.random(n) < 0.2
    kind = rng.integers(0, 4, n)
    end = start + np.where(bar, BAR_SPANS[kind], 1)
    precision = np.where(bar, BAR_PRECISIONS[kind], 0).astype(np.int8)
    dating = (rng.random(n) < 0.25).astype(np.int8)  # 1 = inferred
    lane = rng.integers(0, LANES, n)
    return start, end, lane, precision, dating, [f"Actor {k}" for k in range(LANES)]


def _rss() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def _view():
    from PySide6.QtWidgets import QApplication

    from viewer.ui.selection import SelectionModel
    from viewer.ui.timeline_view import TimelineView

    app = QApplication.instance() or QApplication([])
    view = TimelineView(SelectionModel())
    view.resize(PLOT_W, PLOT_H)
    view.show()
    app.processEvents()
    # Grow the view until the main plot's viewport is exactly PLOT_W x PLOT_H.
    for _ in range(3):
        canvas = view.plot.viewport()
        view.resize(view.width() + PLOT_W - canvas.width(), view.height() + PLOT_H - canvas.height())
        app.processEvents()
    return app, view


def _median_ms(fn, runs: int) -> float:
    times = []
    for k in range(runs):
        prepare = fn(k)
        t0 = time.perf_counter()
        prepare()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1e3


def _timed_layer(view) -> list[float]:
    """Seconds spent in the event layer's paint(), appended per call."""
    spent, paint = [], view.layer.paint

    def timed(*args):
        t0 = time.perf_counter()
        paint(*args)
        spent.append(time.perf_counter() - t0)
    view.layer.paint = timed  # PySide calls the instance attribute as the override
    return spent


def _repaints(app, view, chron, runs: int) -> dict[str, float]:
    view.set_chronology(chron, labels=synthetic_label)
    app.processEvents()
    view.plot.viewport().repaint()
    first, last = chron.extent()
    pixel = (last - first) / PLOT_W

    def at(x0, x1):
        def step(k):
            shift = (k + 1) * pixel / 7  # sub-pixel: a new range, nothing reusable

            def zoom_and_paint():
                view.view_box.setXRange(x0 + shift, x1 + shift, padding=0)
                view.plot.viewport().repaint()
            return zoom_and_paint
        return step

    def again(k):
        return view.plot.viewport().repaint

    full = (first, last)
    mid = (first + last) / 2
    zoom = (mid - (last - first) / 200, mid + (last - first) / 200)
    spent = _timed_layer(view)
    out = {"full cold": _median_ms(at(*full), runs), "full layer": statistics.median(spent) * 1e3}
    out["full warm"] = _median_ms(again, runs)
    out["full labels"] = len(view.layer.label_rects())
    out["scroll"] = _median_ms(lambda k: lambda: (view.lane_scroll.scroll_rows((-1) ** k * 30),
                                                   view.plot.viewport().repaint()), runs)
    spent.clear()
    out["1% cold"] = _median_ms(at(*zoom), runs)
    out["1% layer"] = statistics.median(spent[:runs]) * 1e3
    out["1% warm"] = _median_ms(again, runs)
    out["1% labels"] = len(view.layer.label_rects())
    del view.layer.paint
    return out


def _empty_repaint(app, view, runs: int) -> float:
    app.processEvents()
    return _median_ms(lambda k: view.plot.viewport().repaint, runs)


def timing(n: int, runs: int) -> None:
    from viewer.core.chart.chronology import Chronology

    app, view = _view()
    canvas = view.plot.viewport()
    print(f"view: main plot {canvas.width()}x{canvas.height()}, {os.environ['QT_QPA_PLATFORM']}; "
          f"data: 80% day events, 20% month-year bars, 50 years, {LANES} lanes; medians of {runs}")
    empty = _empty_repaint(app, view, runs)
    print(f"empty view repaint: {empty:.1f} ms")
    results = {}
    for size in (1000, n):
        arrays = synthetic(size)
        builds = []
        for _ in range(max(3, runs // 3) if size == n else runs):
            gc.collect()
            t0 = time.perf_counter()
            chron = Chronology(*arrays)
            builds.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        view.set_chronology(chron, labels=synthetic_label)
        handed = time.perf_counter() - t0
        t0 = time.perf_counter()
        view.plot.viewport().repaint()
        first_paint = time.perf_counter() - t0
        results[size] = _repaints(app, view, chron, runs)
        results[size]["first"] = first_paint * 1e3
        r = results[size]
        print(f"{size:>9,} events: build {statistics.median(builds) * 1e3:7.1f} ms, "
              f"set_chronology {handed * 1e3:6.1f} ms, first paint {r['first']:6.1f} ms, rows {chron.total_rows}; "
              f"repaint full "
              f"{r['full cold']:5.1f} ms cold / {r['full warm']:5.1f} warm, 1% zoom {r['1% cold']:5.1f} cold / "
              f"{r['1% warm']:5.1f} warm; scroll a page {r['scroll']:5.1f} ms; of a cold step, the event layer's "
              f"paint(): full {r['full layer']:5.1f} ms, 1% {r['1% layer']:5.1f} ms; labels drawn: full "
              f"{r['full labels']}, 1% {r['1% labels']}")
    big, small = results[n], results[1000]
    print(f"ratio full repaint {n:,} / 1,000 (cold step): {big['full cold'] / small['full cold']:.2f}; "
          f"layer paint only: {big['full layer'] / small['full layer']:.2f} (target <= 3)")
    print(f"targets: full cold step {big['full cold']:.1f} ms (layer {big['full layer']:.1f}) <= 25 ms; "
          f"1% cold step {big['1% cold']:.1f} ms (layer {big['1% layer']:.1f}) <= 5 ms")


def memory(n: int) -> None:
    import tracemalloc

    from viewer.core.chart.chronology import Chronology

    app, view = _view()
    view.plot.viewport().repaint()
    gc.collect()
    rss0 = _rss()
    tracemalloc.start()
    arrays = synthetic(n)
    chron = Chronology(*arrays)
    view.set_chronology(chron, labels=synthetic_label)
    app.processEvents()
    view.plot.viewport().repaint()
    del arrays
    gc.collect()
    live, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss1 = _rss()
    print(f"memory for {n:,} events above the empty view: RSS {(rss1 - rss0) / n:.0f} B/event "
          f"({(rss1 - rss0) / 2**20:.0f} MiB), tracemalloc live {live / n:.0f} B/event, "
          f"peak while building {peak / n:.0f} B/event (target <= 200)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--memory-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.memory_only:
        memory(args.events)
        return
    timing(args.events, args.runs)
    if not args.skip_memory:
        subprocess.run([sys.executable, __file__, "--memory-only", "--events", str(args.events)], check=True)


if __name__ == "__main__":
    main()
