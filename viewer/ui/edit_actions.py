"""The user's corrections, as the menus, the table, the details and the chronology ask for them.

(Placeholder: being written.)
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject


class EditActions(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window

    def edit_current(self) -> None: ...

    def hide_current(self) -> None: ...

    def new_event_from_selection(self) -> None: ...

    def show_hidden_events(self) -> None: ...

    def show_undo_history(self) -> None: ...
