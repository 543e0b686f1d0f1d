"""Before Qt loads: on X11, name the missing system library instead of Qt's abort.

Since Qt 6.5 the X11 (xcb) platform plugin needs libxcb-cursor, which minimal
Linux installs lack; without it Qt prints a page of plugin diagnostics and
aborts. This module imports no Qt, so ``viewer.cli`` can ask it first.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

XCB_CURSOR = "libxcb-cursor.so.0"
MISSING_XCB_CURSOR = (
    "timeline-viewer: Qt needs the system library libxcb-cursor0 for X11; install it "
    "(Debian/Ubuntu: sudo apt install libxcb-cursor0; Fedora: sudo dnf install xcb-util-cursor) "
    "or run with QT_QPA_PLATFORM=offscreen / wayland"
)


def uses_xcb(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will start on X11 with this environment."""
    if not platform.startswith("linux") or not env.get("DISPLAY"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:  # a list such as "wayland;xcb" is tried in order; options follow a colon
        return chosen.split(";")[0].split(":")[0] == "xcb"
    # Unset: a Wayland session tries wayland first and needs no xcb library.
    return not env.get("WAYLAND_DISPLAY")


def _loadable(name: str) -> bool:
    import ctypes  # only on X11: a few ms of every start elsewhere

    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def xcb_cursor_found() -> bool:
    candidates = [XCB_CURSOR]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # a PyInstaller build carries its own copy next to Qt's
        candidates.append(os.path.join(bundle, XCB_CURSOR))
    return any(_loadable(name) for name in candidates)


def platform_problem(env: Mapping[str, str] = os.environ) -> str | None:
    """The line to print when Qt cannot start on this machine, else None."""
    if uses_xcb(env) and not xcb_cursor_found():
        return MISSING_XCB_CURSOR
    return None
