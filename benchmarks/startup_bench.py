"""Startup: process start to the first painted window, the app against a bare PySide6 one.

usage: python benchmarks/startup_bench.py [--runs N]

Both run as fresh subprocesses on the offscreen platform. The clock starts just
before the subprocess is spawned and stops when it prints its line: the app (on the
bundled sample, TIMELINE_VIEWER_SMOKE=1) prints "window shown" after its first paint
with the document in (its text, the event table, the summary); the baseline is a
QMainWindow that prints on its first paintEvent. Medians of N runs each, interleaved
so machine noise hits both alike, and their ratio (target <= 1.5).

The chronology (numpy, pyqtgraph) comes in after that first paint; the app prints
"chronology shown" once it has painted the events, and that time is reported too.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
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


def _first_paint(cmd: list[str], lines: tuple[str, ...] = ("window shown",)) -> list[float]:
    """Seconds from spawning ``cmd`` to each of ``lines``, in that order."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TIMELINE_VIEWER_SMOKE="1")
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


def _summary(name: str, runs: list[float]) -> str:
    return (f"{name} {statistics.median(runs) * 1e3:.0f} ms (median of {len(runs)}; "
            f"min {min(runs) * 1e3:.0f}, max {max(runs) * 1e3:.0f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    app_cmd = [sys.executable, "-m", "viewer"]
    app_lines = ("window shown", "chronology shown")
    bare_cmd = [sys.executable, "-c", MINIMAL]
    _first_paint(bare_cmd), _first_paint(app_cmd, app_lines)  # warm the file cache; not counted
    bare, app, chronology = [], [], []
    for _ in range(args.runs):
        bare.append(_first_paint(bare_cmd)[0])
        shown, drawn = _first_paint(app_cmd, app_lines)
        app.append(shown)
        chronology.append(drawn)
    b, a = statistics.median(bare), statistics.median(app)
    print(_summary("minimal PySide6 QMainWindow: first paint", bare))
    print(_summary("timeline-viewer on the sample: first paint", app))
    print(f"ratio app / minimal: {a / b:.2f} (target <= 1.5)")
    print(_summary("timeline-viewer on the sample: chronology painted", chronology))
    print(f"ratio chronology painted / minimal: {statistics.median(chronology) / b:.2f} (no target)")


if __name__ == "__main__":
    main()
