"""The parts of the window made the first time they are asked for, their modules imported then.

The project's files and the editing commands are not needed for the first paint: the window
makes them just after it (or when a start opens a project, or the user asks for one first).
Each part's import is written out (not by name at run time), so a frozen build finds it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class WindowPart:
    """``project = WindowPart(project_files)``: ``window.project`` is ``project_files(window)``, made once."""

    def __init__(self, make: Callable[[Any], Any]) -> None:
        self._make = make
        self._attr = ""

    def __set_name__(self, owner: type, attr: str) -> None:
        self._attr = f"_{attr}_part"

    def __get__(self, window: Any, owner: type | None = None) -> Any:
        if window is None:
            return self
        part = window.__dict__.get(self._attr)
        if part is None:
            part = window.__dict__[self._attr] = self._make(window)
        return part


def project_files(window: Any) -> Any:
    """File › New, Open, Save, Save As, Close Document; autosave and recovery."""
    from viewer.ui.project_files import ProjectFiles

    return ProjectFiles(window)


def edit_actions(window: Any) -> Any:
    """The user's corrections, each a step on the session's undo stack."""
    from viewer.ui.edit_actions import EditActions

    return EditActions(window)
