"""Without libxcb-cursor, the program names the package to install instead of Qt's abort."""

import ctypes.util
import os
import sys

import pytest

from viewer import cli
from viewer.ui import platform_check
from viewer.ui.platform_check import MISSING_XCB_CURSOR, XCB_CURSOR, platform_problem, uses_xcb

X11 = {"DISPLAY": ":0"}


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


@pytest.fixture
def no_xcb_cursor(monkeypatch):
    monkeypatch.setattr(platform_check, "_loadable", lambda name: False)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is Linux only")
def test_missing_library_names_the_packages(no_xcb_cursor):
    message = platform_problem(X11)
    assert message == MISSING_XCB_CURSOR
    assert "\n" not in message
    for hint in ("libxcb-cursor0", "sudo apt install", "xcb-util-cursor", "QT_QPA_PLATFORM=offscreen"):
        assert hint in message


def test_missing_library_does_not_matter_offscreen(no_xcb_cursor):
    assert platform_problem({**X11, "QT_QPA_PLATFORM": "offscreen"}) is None


def test_a_frozen_build_may_carry_the_library(monkeypatch, tmp_path):
    bundled = os.path.join(tmp_path, XCB_CURSOR)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(platform_check, "_loadable", lambda name: name == bundled)
    assert platform_check.xcb_cursor_found()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is Linux only")
def test_cli_prints_one_line_and_exits_1(no_xcb_cursor, monkeypatch, capsys):
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert cli.main([]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == MISSING_XCB_CURSOR + "\n"


@pytest.mark.skipif(ctypes.util.find_library("xcb-cursor") is None, reason="libxcb-cursor0 is not installed")
def test_the_real_library_is_found_here():
    assert platform_check.xcb_cursor_found()
    assert platform_problem(X11) is None
