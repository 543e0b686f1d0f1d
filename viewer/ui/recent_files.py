"""The files opened lately: the Open Recent menu, and the folder the file dialogs start in."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMenu

from viewer.ui.plain_text import tool_tip
from viewer.ui.settings_values import read_str_list, write_str_list

MAX_RECENT = 10
KEY = "recent_files"
FOLDER_CHARS = 60  # a longer folder is shown with its middle left out


def _folder_text(folder: str) -> str:
    home = os.path.expanduser("~")
    if home not in ("", os.sep) and (folder == home or folder.startswith(home + os.sep)):
        folder = "~" + folder[len(home):]
    if len(folder) > FOLDER_CHARS:
        head = FOLDER_CHARS // 3
        folder = folder[:head] + "…" + folder[len(folder) - (FOLDER_CHARS - head - 1):]
    return folder


def menu_text(path: str) -> str:
    """'notes.txt — ~/a/b': the name, then its folder; '&' doubled, so that it is shown, not a shortcut."""
    p = Path(path)
    return f"{p.name} — {_folder_text(str(p.parent))}".replace("&", "&&")


class RecentFiles(QObject):
    """The newest first, at most MAX_RECENT, kept in ``settings`` as plain strings.

    A file that is gone is dropped: when its open fails for that, and when the menu opens.
    With ``remember`` False (a screenshot) nothing is written.
    """

    chosen = Signal(str)  # a path picked from the menu

    def __init__(self, settings: QSettings, remember: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings, self._remembering = settings, remember

    def paths(self) -> list[str]:
        return read_str_list(self._settings, KEY, repair=self._remembering)

    def remember(self, path: str) -> None:
        if self._remembering:
            path = os.path.abspath(path)
            self._write([path] + [p for p in self.paths() if p != path])

    def forget_if_gone(self, path: str) -> None:
        """After ``path`` failed to open: dropped from the list if there is no such file."""
        if self._remembering and not os.path.exists(path):
            path, recent = os.path.abspath(path), self.paths()
            if path in recent:
                self._write([p for p in recent if p != path])

    def last_dir(self) -> str:
        recent = self.paths()
        return os.path.dirname(recent[0]) if recent else os.path.expanduser("~")

    def fill_when_shown(self, menu: QMenu) -> None:
        """``menu`` lists the paths, as they are when it opens; each one's tool tip is its full path."""
        menu.setToolTipsVisible(True)
        menu.aboutToShow.connect(lambda: self._fill(menu))

    def _write(self, paths: list[str]) -> None:
        if self._remembering:
            write_str_list(self._settings, KEY, paths[:MAX_RECENT])

    def _fill(self, menu: QMenu) -> None:
        menu.clear()
        recent = self.paths()
        paths = [p for p in recent if os.path.exists(p)]
        if paths != recent:
            self._write(paths)
        for path in paths:
            action = menu.addAction(menu_text(path))
            action.setToolTip(tool_tip(path))
            action.triggered.connect(lambda _=False, p=path: self.chosen.emit(p))
        menu.setEnabled(True)
        if not paths:
            menu.addAction("(none)").setEnabled(False)
