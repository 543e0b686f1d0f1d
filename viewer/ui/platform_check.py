"""Before Qt loads: on X11, name the missing system libraries instead of Qt's abort.

Qt's X11 (xcb) platform plugin links a score of system libraries that the PySide6 wheel
does not carry (``ldd`` on ``Qt/plugins/platforms/libqxcb.so``, ``libQt6XcbQpa.so.6`` and
``libQt6Gui.so.6``); a minimal Linux install lacks some of them. Without any one, Qt prints
a page of plugin diagnostics, which may name another library than the one missing, and
aborts. Each is opened here by its soname (what Qt would load next anyway): a few ms, only
when Qt is to start on X11, and no subprocess. This module imports no Qt, so ``viewer.cli``
can ask it first.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple


class Library(NamedTuple):
    soname: str
    debian: str  # the package for Debian and Ubuntu
    fedora: str


# What the xcb platform needs beyond the C and C++ runtimes, in the order Qt links them.
XCB_LIBRARIES = (
    Library("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    Library("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    Library("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
    Library("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    Library("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    Library("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    Library("libxcb-render.so.0", "libxcb-render0", "libxcb"),
    Library("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    Library("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    Library("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
    Library("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
    Library("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    Library("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    Library("libxcb.so.1", "libxcb1", "libxcb"),
    Library("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    Library("libX11.so.6", "libx11-6", "libX11"),
    Library("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    Library("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    Library("libGL.so.1", "libgl1", "libglvnd-glx"),
    Library("libEGL.so.1", "libegl1", "libglvnd-egl"),
    Library("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
    Library("libfreetype.so.6", "libfreetype6", "freetype"),
    Library("libglib-2.0.so.0", "libglib2.0-0", "glib2"),
    Library("libgthread-2.0.so.0", "libglib2.0-0", "glib2"),
    Library("libdbus-1.so.3", "libdbus-1-3", "dbus-libs"),
)

Loader = Callable[[str], bool]  # whether the library at this name or path can be opened


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


def _found(library: Library, load: Loader) -> bool:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and load(os.path.join(bundle, library.soname)):  # a PyInstaller build carries its own copies
        return True
    return load(library.soname)


def missing_libraries(load: Loader | None = None) -> list[Library]:
    """The libraries that ``load`` (by default: open it) cannot open."""
    return [library for library in XCB_LIBRARIES if not _found(library, load or _loadable)]


def _packages(names: Sequence[str]) -> str:
    return " ".join(dict.fromkeys(names))  # each once, in order


def missing_message(missing: Sequence[Library]) -> str:
    """One line: the libraries missing, and the one command that installs them all."""
    return (f"timeline-viewer: Qt cannot start on X11 without the system libraries "
            f"{', '.join(library.soname for library in missing)}; install them "
            f"(Debian/Ubuntu: sudo apt install {_packages([library.debian for library in missing])}; "
            f"Fedora: sudo dnf install {_packages([library.fedora for library in missing])}) "
            f"or run with QT_QPA_PLATFORM=offscreen / wayland")


def platform_problem(env: Mapping[str, str] = os.environ, load: Loader | None = None) -> str | None:
    """The line to print when Qt cannot start on this machine, else None."""
    if uses_xcb(env):
        missing = missing_libraries(load)
        if missing:
            return missing_message(missing)
    return None
