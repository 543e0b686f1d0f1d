"""The files opened lately: the Open Recent menu, and the folder the file dialogs start in."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMenu

MAX_RECENT = 10
KEY = "recent_files"


class RecentFiles(QObject):
    """The newest first, at most MAX_RECENT, kept in ``settings`` as plain strings.

    With ``remember`` False (a screenshot) nothing is written.
    """

    chosen = Signal(str)  # a path picked from the menu

    def __init__(self, settings: QSettings, remember: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings, self._remembering = settings, remember

    def paths(self) -> list[str]:
        value = self._settings.value(KEY, [])
        return [value] if isinstance(value, str) else list(value or [])

    def remember(self, path: str) -> None:
        if not self._remembering:
            return
        path = os.path.abspath(path)
        recent = [path] + [p for p in self.paths() if p != path]
        self._settings.setValue(KEY, recent[:MAX_RECENT])

    def last_dir(self) -> str:
        recent = self.paths()
        return os.path.dirname(recent[0]) if recent else os.path.expanduser("~")

    def fill_when_shown(self, menu: QMenu) -> None:
        """``menu`` lists the paths, as they are when it opens."""
        menu.aboutToShow.connect(lambda: self._fill(menu))

    def _fill(self, menu: QMenu) -> None:
        menu.clear()
        paths = self.paths()
        for path in paths:
            action = menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.chosen.emit(p))
        menu.setEnabled(True)
        if not paths:
            menu.addAction("(none)").setEnabled(False)
