"""A part of the window made the first time it is asked for, its module imported then.

The project's files and the editing commands are not needed for the first paint: the window
makes them just after it (or when a start opens a project, or the user asks for one first).
"""

from __future__ import annotations

import importlib
from typing import Any


class WindowPart:
    """``project = WindowPart("viewer.ui.project_files", "ProjectFiles")``: ``window.project`` is
    ``ProjectFiles(window)``, made once."""

    def __init__(self, module: str, name: str) -> None:
        self._module, self._name = module, name
        self._attr = ""

    def __set_name__(self, owner: type, attr: str) -> None:
        self._attr = f"_{attr}_part"

    def __get__(self, window: Any, owner: type | None = None) -> Any:
        if window is None:
            return self
        part = window.__dict__.get(self._attr)
        if part is None:
            part = getattr(importlib.import_module(self._module), self._name)(window)
            window.__dict__[self._attr] = part
        return part

    def made(self, window: Any) -> bool:
        return window.__dict__.get(self._attr) is not None
