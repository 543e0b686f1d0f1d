"""Nothing is lost to a kill: the real program, in a real X window, killed after a series of edits
comes back with every one of them; a save killed half-way leaves the previous project whole."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.project_helpers import WAR_TEXT, check_edited_json
from viewer.core.document import analyse
from viewer.core.edits.layer import Edits
from viewer.core.project.documents import stored_document
from viewer.core.project.store import Project, load_project, save_project

ROOT = Path(__file__).resolve().parents[1]
XVFB = shutil.which("Xvfb")
INTERVAL_S = 1

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def display():
    """An X display: the one there is, else a private Xvfb (CI installs it; without it, skip)."""
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    if not XVFB:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is not installed")
        pytest.skip("needs Xvfb or a DISPLAY; CI always runs it")
    read, write = os.pipe()
    server = subprocess.Popen([XVFB, "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


@pytest.fixture
def environment(tmp_path, display):
    """The program's environment: a private home, settings and data folder; autosave after 1 s."""
    config = tmp_path / "config"
    (config / "timeline-viewer").mkdir(parents=True)
    (config / "timeline-viewer" / "timeline-viewer.conf").write_text(
        f"[autosave]\ninterval_seconds={INTERVAL_S}\n", encoding="utf-8")
    return dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(tmp_path),
                XDG_CONFIG_HOME=str(config), XDG_DATA_HOME=str(tmp_path / "data"),
                XDG_RUNTIME_DIR=str(tmp_path), PYTHONIOENCODING="utf-8")


def driver(mode: str, *args: str, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.recovery_driver", mode, *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for_line(process: subprocess.Popen, timeout: float = 20.0) -> str:
    """The driver's next line (it prints one when it has done its part)."""
    start = time.monotonic()
    line = process.stdout.readline().strip()
    assert line and not line.startswith("failed"), (line, process.stderr.read() if process.poll() else "")
    assert time.monotonic() - start < timeout
    return line


def recovery_files(data: Path) -> list[Path]:
    return sorted(data.rglob("recovery/*.tlproj"))


def test_the_program_killed_after_edits_offers_them_all_back_at_the_next_start(tmp_path, environment):
    doc = tmp_path / "war.txt"
    doc.write_text(WAR_TEXT, encoding="utf-8")
    project = tmp_path / "war.tlproj"
    save_project(project, Project((stored_document(analyse(WAR_TEXT, str(doc))),), Edits(), {}))

    first = driver("edit", str(project), env=environment)
    try:
        assert wait_for_line(first) == "edited"
        deadline = time.monotonic() + INTERVAL_S + 4
        while not recovery_files(tmp_path / "data") and time.monotonic() < deadline:
            time.sleep(0.1)
        assert recovery_files(tmp_path / "data"), "no recovery file within the autosave interval"
        time.sleep(0.3)  # a write under way when the file appeared is renamed into place at once
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=10)
    assert not load_project(project).edits  # never saved: the work is only in the recovery file

    second = driver("restore", env=environment)
    try:
        offered = wait_for_line(second)
        assert offered.startswith("offered: Unsaved work from ") and "(war.tlproj) was recovered" in offered
        assert wait_for_line(second) == f"saved {project}"
        _, errors = second.communicate(timeout=15)
    finally:
        if second.poll() is None:
            second.kill()
            second.communicate()
    assert second.returncode == 0, errors
    assert recovery_files(tmp_path / "data") == []  # restored and saved: nothing left to offer

    extracted = subprocess.run([sys.executable, "-m", "viewer", "extract", str(project)], cwd=ROOT,
                               env=environment, capture_output=True, text=True, timeout=60)
    assert extracted.returncode == 0, extracted.stderr
    check_edited_json(json.loads(extracted.stdout)["documents"][0])


SAVE_IN_A_LOOP = """
import sys
from viewer.core.edits.layer import Edits
from viewer.core.project.store import Project, StoredDocument, save_project
path, text = sys.argv[1], "On 3 May 1915 the war began. " * 400_000
print("saving", flush=True)
n = 0
while True:
    n += 1
    save_project(path, Project((StoredDocument("big.txt", "text", text + str(n)),), Edits(), {"n": n}))
"""


def test_a_save_killed_at_any_moment_leaves_the_previous_project_whole(tmp_path):
    """Each run saves a 12 MB project over and over; killed at a different moment each time, the file
    is always a whole project: the one before or the one being written, never a mix or a stub."""
    path = tmp_path / "big.tlproj"
    save_project(path, Project((), Edits(), {"n": 0}))
    seen = []
    for delay in (0.05, 0.2, 0.35, 0.6, 0.9, 1.3):
        saver = subprocess.Popen([sys.executable, "-c", SAVE_IN_A_LOOP, str(path)], cwd=ROOT,
                                 stdout=subprocess.PIPE, text=True)
        assert saver.stdout.readline().strip() == "saving"
        time.sleep(delay)
        saver.send_signal(signal.SIGKILL)
        saver.communicate(timeout=10)
        project = load_project(path)  # raises if the file were broken
        n = project.view["n"]
        assert n == 0 or project.documents[0].text.endswith(str(n))
        seen.append(n)
    assert any(seen), "no save finished: kill later"
    assert [p.name for p in tmp_path.iterdir() if p.name != "big.tlproj" and not p.name.startswith(".")] == []
