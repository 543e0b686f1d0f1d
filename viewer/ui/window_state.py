"""The window's size, its docks and its splitters, kept in QSettings from one run to the next."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from viewer.ui.settings_values import read_bytes, write_bytes


class WindowState:
    """Each splitter is kept under its objectName; everything is a QByteArray Qt wrote itself,
    and anything else found there is ignored (and removed)."""

    def __init__(self, window: QMainWindow, settings: QSettings, splitters: Sequence[QSplitter]) -> None:
        self._window, self._settings, self._splitters = window, settings, tuple(splitters)

    def restore_geometry(self) -> bool:
        """False when there is none to restore: the window takes its first layout."""
        geometry = read_bytes(self._settings, "window/geometry")
        return geometry is not None and self._window.restoreGeometry(geometry)

    def restore_layout(self) -> None:
        """The docks and toolbars (restoreDockWidget places a dock made later), then the splitters."""
        state = read_bytes(self._settings, "window/state")
        if state is not None:
            self._window.restoreState(state)
        for splitter in self._splitters:
            sizes = read_bytes(self._settings, f"window/{splitter.objectName()}")
            if sizes is not None:
                splitter.restoreState(sizes)

    def save(self, with_docks: bool) -> None:
        """``with_docks``: once the docks are placed, where they are is the user's to keep."""
        write_bytes(self._settings, "window/geometry", self._window.saveGeometry())
        if with_docks:
            write_bytes(self._settings, "window/state", self._window.saveState())
        for splitter in self._splitters:
            write_bytes(self._settings, f"window/{splitter.objectName()}", splitter.saveState())
        self._settings.sync()
