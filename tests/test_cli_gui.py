"""`timeline-viewer` the app: headless screenshots, no-display message, lazy Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PNG = b"\x89PNG\r\n\x1a\n"


def run_viewer(*args: str, env_changes: dict[str, str | None] | None = None, timeout: int = 60):
    env = dict(os.environ)
    for key, value in (env_changes or {}).items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run([sys.executable, "-m", "viewer", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


@pytest.mark.slow
def test_screenshot_of_the_sample(tmp_path):
    out = tmp_path / "shot.png"
    result = run_viewer("--screenshot", str(out), "--select", "Later on the same day",
                        env_changes={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == PNG
    assert out.stat().st_size > 10_000


@pytest.mark.slow
def test_screenshot_without_display_goes_offscreen(tmp_path, sample_file):
    out = tmp_path / "shot.png"
    result = run_viewer(str(sample_file), "--screenshot", str(out),
                        env_changes={"QT_QPA_PLATFORM": None, "DISPLAY": None, "WAYLAND_DISPLAY": None})
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == PNG


@pytest.mark.slow
def test_screenshot_with_a_bad_file_still_renders(tmp_path, sample_file):
    out = tmp_path / "shot.png"
    result = run_viewer(str(sample_file), str(tmp_path / "absent.txt"), "--screenshot", str(out),
                        env_changes={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0
    assert "absent.txt" in result.stderr
    assert out.read_bytes()[:8] == PNG


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display check is for Linux")
def test_no_display_says_so_in_one_line():
    result = run_viewer(env_changes={"QT_QPA_PLATFORM": None, "DISPLAY": None, "WAYLAND_DISPLAY": None})
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "no display" in lines[0] and "xvfb-run" in lines[0] and "QT_QPA_PLATFORM=offscreen" in lines[0]


@pytest.mark.slow
def test_extract_never_imports_qt(sample_file):
    code = ("import sys, io, contextlib; from viewer.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()): main(['extract', sys.argv[1]])\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'PySide6 imported'\n")
    result = subprocess.run([sys.executable, "-c", code, str(sample_file)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


@pytest.mark.slow
def test_smoke_run_paints_the_text_then_the_dates_then_the_chronology(tmp_path):
    result = run_viewer(env_changes={"QT_QPA_PLATFORM": "offscreen", "TIMELINE_VIEWER_SMOKE": "1",
                                     "XDG_CONFIG_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["window shown", "dates shown", "chronology shown"]


@pytest.mark.slow
def test_smoke_run_on_a_document_read_in_the_background(tmp_path, sample_text):
    from tests.large_text import narrative

    large = tmp_path / "large.txt"  # read by a worker, and put into the text view over several turns
    large.write_text(narrative(sample_text, 300_000), encoding="utf-8")
    result = run_viewer(str(large), env_changes={"QT_QPA_PLATFORM": "offscreen", "TIMELINE_VIEWER_SMOKE": "1",
                                                 "XDG_CONFIG_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["window shown", "dates shown", "chronology shown"]
