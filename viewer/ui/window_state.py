"""The window's size, its docks and its splitters, kept in QSettings from one run to the next."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter


class WindowState:
    """Each splitter is kept under its objectName; everything is a QByteArray Qt wrote itself."""

    def __init__(self, window: QMainWindow, settings: QSettings, splitters: Sequence[QSplitter]) -> None:
        self._window, self._settings, self._splitters = window, settings, tuple(splitters)

    def restore_geometry(self) -> bool:
        """False when there is none to restore: the window takes its first layout."""
        geometry = self._settings.value("window/geometry")
        return isinstance(geometry, QByteArray) and self._window.restoreGeometry(geometry)

    def restore_layout(self) -> None:
        """The docks and toolbars (restoreDockWidget places a dock made later), then the splitters."""
        state = self._settings.value("window/state")
        if isinstance(state, QByteArray):
            self._window.restoreState(state)
        for splitter in self._splitters:
            sizes = self._settings.value(f"window/{splitter.objectName()}")
            if isinstance(sizes, QByteArray):
                splitter.restoreState(sizes)

    def save(self, with_docks: bool) -> None:
        """``with_docks``: once the docks are placed, where they are is the user's to keep."""
        self._settings.setValue("window/geometry", self._window.saveGeometry())
        if with_docks:
            self._settings.setValue("window/state", self._window.saveState())
        for splitter in self._splitters:
            self._settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())
        self._settings.sync()
