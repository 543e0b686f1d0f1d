"""File › New, Open, Save, Save As, Close Document: the project the window's work is kept in.

(Placeholder: being written.)
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject


class ProjectFiles(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window

    def new_project(self) -> None: ...

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from viewer.ui.main_window import TEXT_FILTER

        paths, _ = QFileDialog.getOpenFileNames(self.window, "Open", self.window.recent.last_dir(), TEXT_FILTER)
        self.window.open_paths(paths)

    def open_project(self, path: str) -> None: ...

    def save(self) -> bool:
        return False

    def save_as(self) -> bool:
        return False

    def close_document(self) -> None:
        index = self.window.selection.current
        if 0 <= index < len(self.window.loaded):
            self.window.session.close_document(self.window.loaded.locate(index)[0])

    def maybe_close(self) -> bool:
        return True
