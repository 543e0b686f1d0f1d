"""`timeline-viewer` the app: headless screenshots and their exit status, the no-display message, lazy Qt,
and settings files written by something else."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.helpers import MakesDirectory, pickled_variant

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


def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    bad_rows = tmp_path / "events.csv"
    bad_rows.write_text("start,title\n2017-10-26,The pier opened\n2017-13-45,Bad month\n", encoding="utf-8")
    return {"missing": tmp_path / "absent.txt", "endless": Path("/dev/zero"), "bad rows": bad_rows}


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["missing", "endless", "bad rows"])
def test_screenshot_with_a_bad_file_still_renders_and_exits_2_as_extract_does(tmp_path, sample_file, kind):
    """The same status as ``extract`` for the same file; the PNG shows what could be opened."""
    bad = bad_inputs(tmp_path)[kind]
    if not bad.parent.exists():
        pytest.skip(f"no {bad} here")
    out = tmp_path / "shot.png"
    result = run_viewer(str(sample_file), str(bad), "--screenshot", str(out),
                        env_changes={"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)})
    extracted = run_viewer("extract", str(sample_file), str(bad))
    assert result.returncode == extracted.returncode == 2, result.stderr
    assert bad.name in result.stderr
    assert out.read_bytes()[:8] == PNG and out.stat().st_size > 10_000


@pytest.mark.slow
def test_screenshot_of_files_that_all_open_exits_0(tmp_path, sample_file):
    out = tmp_path / "shot.png"
    events = bad_inputs(tmp_path)["bad rows"]
    events.write_text("start,title\n2017-10-26,The pier opened\n", encoding="utf-8")
    result = run_viewer(str(sample_file), str(events), "--screenshot", str(out),
                        env_changes={"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" and out.read_bytes()[:8] == PNG


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


def config_file(tmp_path: Path, text: str) -> dict[str, str]:
    """The program's settings file, as found in a user's ~/.config, and the environment that points there."""
    folder = tmp_path / "config" / "timeline-viewer"
    folder.mkdir(parents=True)
    (folder / "timeline-viewer.conf").write_text(text, encoding="utf-8")
    return {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data")}  # where a log of an uncaught exception would go


def smoke_run(env: dict[str, str]):
    return run_viewer(env_changes={**env, "TIMELINE_VIEWER_SMOKE": "1"}, timeout=30)


@pytest.mark.slow
def test_a_corrupt_setting_neither_stops_the_program_nor_stays(tmp_path, sample_file):
    """``recent_files=@Point(1 2)`` raised a TypeError at the first open: the document was never
    shown and a smoke run never ended."""
    env = config_file(tmp_path, "[General]\nrecent_files=@Point(1 2)\n")
    result = smoke_run(env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["window shown", "dates shown", "chronology shown"]
    assert "Traceback" not in result.stderr and not (tmp_path / "data").exists()  # nothing went wrong
    saved = (tmp_path / "config" / "timeline-viewer" / "timeline-viewer.conf").read_text(encoding="utf-8")
    assert f"recent_files={sample_file}" in saved.splitlines()  # put right
    out, again = tmp_path / "shot.png", config_file(tmp_path / "again", "[General]\nrecent_files=@Point(1 2)\n")
    shot = run_viewer("--screenshot", str(out), env_changes=again)
    assert shot.returncode == 0 and out.read_bytes()[:8] == PNG, shot.stderr


@pytest.mark.slow
def test_a_pickled_setting_never_runs(tmp_path):
    harm = tmp_path / "harm"
    env = config_file(tmp_path, f"[General]\nrecent_files={pickled_variant(MakesDirectory(harm))}\n")
    result = smoke_run(env)
    assert result.returncode == 0, result.stderr
    assert not harm.exists()
