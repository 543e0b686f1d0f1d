"""Startup: process start to the first painted window, the app against a bare PySide6 one.

usage: python benchmarks/startup_bench.py [--runs N]

Both run as fresh subprocesses on the offscreen platform. The clock starts just
before the subprocess is spawned and stops when it prints its line: the app (on the
bundled sample, TIMELINE_VIEWER_SMOKE=1) prints "window shown" after its first paint
with the document in; the baseline is a QMainWindow that prints on its first
paintEvent. Medians of N runs each, interleaved so machine noise hits both alike,
and their ratio (target <= 1.5).
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


def _first_paint(cmd: list[str]) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TIMELINE_VIEWER_SMOKE="1")
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    for line in proc.stdout:
        if "window shown" in line:
            elapsed = time.perf_counter() - t0
            break
    else:
        raise RuntimeError(f"{cmd} never printed 'window shown'")
    proc.wait(timeout=60)
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    app_cmd = [sys.executable, "-m", "viewer"]
    bare_cmd = [sys.executable, "-c", MINIMAL]
    _first_paint(bare_cmd), _first_paint(app_cmd)  # warm the file cache; not counted
    bare, app = [], []
    for _ in range(args.runs):
        bare.append(_first_paint(bare_cmd))
        app.append(_first_paint(app_cmd))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"minimal PySide6 QMainWindow: first paint {b * 1e3:.0f} ms (median of {args.runs}; "
          f"min {min(bare) * 1e3:.0f}, max {max(bare) * 1e3:.0f})")
    print(f"timeline-viewer on the sample: first paint {a * 1e3:.0f} ms (median of {args.runs}; "
          f"min {min(app) * 1e3:.0f}, max {max(app) * 1e3:.0f})")
    print(f"ratio app / minimal: {a / b:.2f} (target <= 1.5)")


if __name__ == "__main__":
    main()
