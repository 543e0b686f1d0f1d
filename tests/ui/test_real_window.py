"""The real program in a real X window (Xvfb): it starts, shows, paints and exits 0."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
XVFB_RUN = shutil.which("xvfb-run")
DISPLAY = os.environ.get("DISPLAY")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (XVFB_RUN or DISPLAY) and not os.environ.get("CI"),
                       reason="needs Xvfb (xvfb-run) or a DISPLAY; CI always runs it"),
]


def test_program_shows_its_window_under_x(tmp_path):
    # A private config folder: the run saves window settings like any real session.
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", TIMELINE_VIEWER_SMOKE="1", XDG_CONFIG_HOME=str(tmp_path))
    command = [sys.executable, "-m", "viewer"]
    if XVFB_RUN:
        command = [XVFB_RUN, "-a", "-s", "-screen 0 1600x1000x24", *command]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=90)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.endswith(" shown")]
    assert lines == ["window shown", "dates shown", "chronology shown"]
