"""The wheel carries the samples and the icon; the Linux desktop files are valid."""

import configparser
import importlib.util
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

import viewer

REPO = Path(__file__).resolve().parents[1]
SAMPLE = "viewer/_bundled/seeds/western_iraq_campaign_2017.txt"
ICON = "viewer/_bundled/resources/icon.svg"
APP_ID = "io.github.timeline_viewer.TimelineViewer"
LINUX = REPO / "packaging" / "linux"
# What pip and build print when the build backend cannot be fetched.
OFFLINE_SIGNS = ("No matching distribution found", "Could not find a version", "NewConnectionError")


def _build_commands(outdir):
    # Without isolation when hatchling is at hand: no download, and several times faster.
    isolation = [] if importlib.util.find_spec("hatchling") is None else ["--no-isolation"]
    if importlib.util.find_spec("build") is not None:
        yield [sys.executable, "-m", "build", "--wheel", *isolation, "--outdir", str(outdir), str(REPO)]
    no_isolation = ["--no-build-isolation"] if isolation else []
    yield [sys.executable, "-m", "pip", "wheel", "--no-deps", *no_isolation, "-w", str(outdir), str(REPO)]


def _build_wheel(outdir):
    outputs = []
    for command in _build_commands(outdir):
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        wheels = sorted(outdir.glob("timeline_viewer-*.whl"))
        if done.returncode == 0 and wheels:
            return wheels[-1]
        outputs.append(done.stdout + done.stderr)
    if all(any(sign in out for sign in OFFLINE_SIGNS) for out in outputs):
        pytest.skip("cannot fetch the build backend (offline?)")
    pytest.fail("wheel build failed:\n" + "\n----\n".join(outputs))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    return _build_wheel(tmp_path_factory.mktemp("dist"))


@pytest.mark.slow
def test_wheel_carries_the_sample(wheel):
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        assert SAMPLE in names
        assert "viewer/bundled.py" in names
        assert zf.read(SAMPLE) == (REPO / "seeds" / Path(SAMPLE).name).read_bytes()


@pytest.mark.slow
def test_wheel_carries_the_resources(wheel):
    with zipfile.ZipFile(wheel) as zf:
        assert zf.read(ICON) == (REPO / "resources" / "icon.svg").read_bytes()


@pytest.mark.slow
def test_wheel_declares_the_command(wheel):
    with zipfile.ZipFile(wheel) as zf:
        [name] = [n for n in zf.namelist() if n.endswith(".dist-info/entry_points.txt")]
        parser = configparser.ConfigParser()
        parser.read_string(zf.read(name).decode())
    scripts = {}
    for section in ("console_scripts", "gui_scripts"):  # either suits the contract
        if parser.has_section(section):
            scripts.update(parser[section])
    assert scripts.get("timeline-viewer") == "viewer.cli:main"


@pytest.mark.slow
def test_unpacked_wheel_finds_its_own_sample(wheel, tmp_path):
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(site)
    code = ("from viewer.bundled import resource_path, sample_path\n"
            "print(sample_path()); print(resource_path('icon.svg'))")
    env = {**os.environ, "PYTHONPATH": str(site)}
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                          capture_output=True, text=True, check=True)
    assert [Path(line) for line in done.stdout.splitlines()] == [site / SAMPLE, site / ICON]


def test_icon_is_an_svg():
    root = ET.parse(REPO / "resources" / "icon.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 128 128"


def test_window_shows_the_icon(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from viewer.ui.main_window import MainWindow

    window = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert not window.windowIcon().pixmap(32, 32).isNull()  # the SVG renders, not just a name


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_linux_files_share_one_id():
    entry = _desktop_entry()
    component = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "timeline-viewer"
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    assert component.find("releases/release").get("version") == viewer.__version__


@pytest.mark.slow
def test_linux_files_validate():
    tools = ("desktop-file-validate", "appstreamcli")
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing and not os.environ.get("CI"):
        pytest.skip(f"not installed: {', '.join(missing)} (Debian: desktop-file-utils, appstream)")
    desktop = subprocess.run(["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")],
                             capture_output=True, text=True)
    assert desktop.returncode == 0 and not desktop.stdout.strip(), desktop.stdout + desktop.stderr
    metainfo = subprocess.run(["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
                              capture_output=True, text=True)
    assert metainfo.returncode == 0, metainfo.stdout + metainfo.stderr
