"""The wheel carries the samples and declares the command."""

import configparser
import importlib.util
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLE = "viewer/_bundled/seeds/western_iraq_campaign_2017.txt"
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
    code = "from viewer.bundled import sample_path; print(sample_path())"
    env = {**os.environ, "PYTHONPATH": str(site)}
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                          capture_output=True, text=True, check=True)
    assert Path(done.stdout.strip()) == site / SAMPLE
