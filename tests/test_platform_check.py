"""Without the system libraries Qt's X11 platform needs, the program names them all, and the
one command that installs them, instead of Qt's abort (which may name another library)."""

import os
import re
import sys
from pathlib import Path

import pytest

from viewer import cli
from viewer.ui import platform_check
from viewer.ui.platform_check import XCB_LIBRARIES, missing_libraries, platform_problem, uses_xcb

ROOT = Path(__file__).resolve().parents[1]
X11 = {"DISPLAY": ":0"}
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is Linux only")


@pytest.mark.parametrize(("env", "expected"), [
    (X11, True),
    ({**X11, "QT_QPA_PLATFORM": "xcb"}, True),
    ({**X11, "QT_QPA_PLATFORM": "xcb:nograb"}, True),
    ({**X11, "QT_QPA_PLATFORM": "xcb;wayland"}, True),
    ({**X11, "QT_QPA_PLATFORM": "offscreen"}, False),
    ({**X11, "QT_QPA_PLATFORM": "wayland;xcb"}, False),
    ({**X11, "WAYLAND_DISPLAY": "wayland-0"}, False),
    ({"QT_QPA_PLATFORM": "xcb"}, False),  # no display: cli.py says so itself
    ({}, False),
])
def test_uses_xcb(env, expected):
    assert uses_xcb(env, platform="linux") is expected


def test_only_linux_uses_xcb():
    assert not uses_xcb(X11, platform="darwin")


def without(*sonames):
    """A loader on a machine where these libraries are not installed."""
    return lambda name: os.path.basename(name) not in sonames


@linux_only
def test_the_libraries_of_the_fresh_debian_are_named_with_one_command():
    """The report: libxcb-cursor0 was there; libxcb-icccm4 and libxcb-keysyms1 were not."""
    message = platform_problem(X11, load=without("libxcb-icccm.so.4", "libxcb-keysyms.so.1"))
    assert message is not None and "\n" not in message
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1;" in message and "libxcb-cursor" not in message
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1;" in message
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms)" in message
    assert "QT_QPA_PLATFORM=offscreen" in message


@linux_only
def test_each_package_is_named_once():
    message = platform_problem(X11, load=without("libglib-2.0.so.0", "libgthread-2.0.so.0", "libxcb.so.1",
                                                 "libxcb-shm.so.0"))
    assert "sudo apt install libxcb-shm0 libxcb1 libglib2.0-0;" in message
    assert "sudo dnf install libxcb glib2)" in message


@pytest.mark.parametrize("soname", [library.soname for library in XCB_LIBRARIES])
def test_every_library_is_checked(soname):
    assert [library.soname for library in missing_libraries(load=without(soname))] == [soname]


def test_nothing_is_loaded_unless_qt_starts_on_x11():
    def load(name):
        raise AssertionError(f"{name} loaded for a platform that is not xcb")

    assert platform_problem({**X11, "QT_QPA_PLATFORM": "offscreen"}, load=load) is None
    assert platform_problem({**X11, "WAYLAND_DISPLAY": "wayland-0"}, load=load) is None


def test_a_frozen_build_may_carry_the_libraries(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    bundled = {os.path.join(tmp_path, library.soname) for library in XCB_LIBRARIES}
    assert missing_libraries(load=lambda name: name in bundled) == []


@linux_only
def test_cli_prints_one_line_and_exits_1(monkeypatch, capsys):
    monkeypatch.setattr(platform_check, "_loadable", without("libxcb-icccm.so.4", "libxcb-keysyms.so.1"))
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert cli.main([]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("timeline-viewer: ") and "libxcb-keysyms1" in err


def test_the_readme_and_ci_install_every_package_the_check_names():
    debian = list(dict.fromkeys(library.debian for library in XCB_LIBRARIES))
    fedora = list(dict.fromkeys(library.fedora for library in XCB_LIBRARIES))
    readme = re.sub(r"\s*\\\n\s*", " ", (ROOT / "README.md").read_text(encoding="utf-8"))
    assert f"sudo apt install {' '.join(debian)} " in readme
    assert f"sudo dnf install {' '.join(fedora)} " in readme
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").split()
    assert set(debian) <= set(ci)


@linux_only
def test_the_real_libraries_are_found_here():
    missing = missing_libraries()
    if missing and not os.environ.get("CI"):  # CI installs them all (.ci/run)
        pytest.skip(f"not installed here: {', '.join(library.soname for library in missing)}")
    assert missing == [] and platform_problem(X11) is None
