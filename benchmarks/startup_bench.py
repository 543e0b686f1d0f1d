"""Startup: process start to the first painted window, the app against a bare PySide6 one.

usage: python benchmarks/startup_bench.py [--runs N]

Both run as fresh subprocesses on the offscreen platform. The clock starts just
before the subprocess is spawned and stops when it prints its line: the app (on the
bundled sample, TIMELINE_VIEWER_SMOKE=1) prints "window shown" after its first paint,
which shows the document's text (the status bar says "Reading dates…"); the baseline
is a QMainWindow that prints on its first paintEvent. Medians of N runs each,
interleaved so machine noise hits both alike, and their ratio (target <= 1.5).

The rest comes in after that first paint, and its times are reported too: the app
prints "dates shown" once it has painted the document read for its dates (the event
table, the details, the summary, the dates marked in the text), and "chronology shown"
once the chronology (numpy, pyqtgraph) has painted the events. Last, the longest the GUI
thread waits (a 10 ms heartbeat) while the chronology's modules are imported on a thread.

Both run with their bytecode cached, as an installed program does (pip compiles a
wheel's modules; PyInstaller ships them compiled): the uncounted first run of each
writes it under a private PYTHONPYCACHEPREFIX, whatever PYTHONDONTWRITEBYTECODE says.
--no-pyc runs them with PYTHONDONTWRITEBYTECODE=1 instead: the installed libraries use
their own caches, and this checkout's modules are compiled at every start.
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

MINIMAL = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    done = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.done:
            self.done = True
            print("window shown", flush=True)
            QTimer.singleShot(0, QApplication.quit)

app = QApplication(sys.argv)
w = Window()
w.resize(1200, 800)
w.show()
app.exec()
"""


# The GUI thread's longest wait while the chronology's modules (numpy, pyqtgraph) are imported
# on a thread: a 10 ms heartbeat from the placeholder's first paint until the chronology is in.
# tests/ui/test_first_paint.py checks that it beats at all; how long it waits is measured here.
STALL = """
import sys, time
from PySide6.QtCore import QTimer
from viewer.ui.main_window import MainWindow, application
app = application()
window = MainWindow(remember=False)
window.open_paths([sys.argv[1]])
ticks = []
heartbeat = QTimer(window)
heartbeat.setInterval(10)
heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
window.timeline.painted.connect(lambda: (ticks.append(time.perf_counter()), heartbeat.start()))
window.chronology_ready.connect(lambda: QTimer.singleShot(0, app.quit))
window.show()
app.exec()
print(max(b - a for a, b in zip(ticks, ticks[1:])))
"""

_ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen", TIMELINE_VIEWER_SMOKE="1")


def _first_paint(cmd: list[str], lines: tuple[str, ...] = ("window shown",)) -> list[float]:
    """Seconds from spawning ``cmd`` to each of ``lines``, in that order."""
    env = _ENV
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    times: list[float] = []
    for line in proc.stdout:
        if line.strip() == lines[len(times)]:
            times.append(time.perf_counter() - t0)
            if len(times) == len(lines):
                break
    proc.wait(timeout=60)
    if len(times) < len(lines):
        raise RuntimeError(f"{cmd} never printed {lines[len(times)]!r}")
    return times


def _chronology_stall() -> float:
    """Seconds of the GUI thread's longest wait while the chronology's modules are imported."""
    sample = str(ROOT / "seeds" / "western_iraq_campaign_2017.txt")
    with tempfile.TemporaryDirectory(prefix="startup-bench-config-") as config:
        env = dict(_ENV, XDG_CONFIG_HOME=config)
        out = subprocess.run([sys.executable, "-c", STALL, sample], cwd=ROOT, env=env, capture_output=True,
                             text=True, check=True, timeout=60).stdout
    return float(out.split()[-1])


def _summary(name: str, runs: list[float]) -> str:
    return (f"{name} {statistics.median(runs) * 1e3:.0f} ms (median of {len(runs)}; "
            f"min {min(runs) * 1e3:.0f}, max {max(runs) * 1e3:.0f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--no-pyc", action="store_true", help="no bytecode cache: every module compiled at each start")
    args = ap.parse_args()
    if args.no_pyc:  # the installed libraries' own __pycache__ still serve: only this checkout compiles
        _ENV["PYTHONDONTWRITEBYTECODE"] = "1"
        _measure(args.runs, args.no_pyc)
        return
    with tempfile.TemporaryDirectory(prefix="startup-bench-pyc-") as cache:
        _ENV["PYTHONPYCACHEPREFIX"] = cache  # every module's bytecode, the libraries' too, goes here
        _ENV.pop("PYTHONDONTWRITEBYTECODE", None)
        _measure(args.runs, args.no_pyc)


def _measure(runs: int, no_pyc: bool) -> None:
    app_cmd = [sys.executable, "-m", "viewer"]
    app_lines = ("window shown", "dates shown", "chronology shown")
    bare_cmd = [sys.executable, "-c", MINIMAL]
    _first_paint(bare_cmd), _first_paint(app_cmd, app_lines)  # warm the file and bytecode caches; not counted
    bare, app, dates, chronology, stalls = [], [], [], [], []
    for _ in range(runs):
        bare.append(_first_paint(bare_cmd)[0])
        shown, dated, drawn = _first_paint(app_cmd, app_lines)
        app.append(shown)
        dates.append(dated)
        chronology.append(drawn)
        stalls.append(_chronology_stall())
    b, a = statistics.median(bare), statistics.median(app)
    print(_summary("minimal PySide6 QMainWindow: first paint", bare))
    print(_summary("timeline-viewer on the sample: first paint (its text)", app))
    print(f"ratio app / minimal: {a / b:.2f} (target <= 1.5)")
    print(_summary("timeline-viewer on the sample: dates painted (table, details, summary)", dates))
    print(f"ratio dates painted / minimal: {statistics.median(dates) / b:.2f} (no target)")
    print(_summary("timeline-viewer on the sample: chronology painted", chronology))
    print(f"ratio chronology painted / minimal: {statistics.median(chronology) / b:.2f} (no target)")
    print(_summary("longest wait of the GUI thread while the chronology's modules import (10 ms heartbeat)",
                   stalls))
    print("bytecode: " + ("this checkout's compiled at each start (--no-pyc)" if no_pyc
                          else "cached, as installed (written by the uncounted first run of each)"))


if __name__ == "__main__":
    main()
