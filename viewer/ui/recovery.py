"""At start, the offer of work an instance that crashed or was killed left unsaved (see autosave).

"Unsaved work from 14 May 2025 at 10:32 (notes) was recovered. Restore it?" Restore shows it
with every edit back, unsaved, and removes the file once this instance has written its own;
Discard removes it; Later keeps it for the next start. The files are offered one at a time,
newest first, until one is restored. The box is ``ProjectFiles.recovery_box`` while shown.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QLockFile


def offer(files: Any) -> None:
    """Offer the recovery files no live instance holds, newest first."""
    _offer_next(files, files.autosave.orphans())


def _offer_next(files: Any, found: list[tuple[str, QLockFile]]) -> None:
    from viewer.core.project.store import ProjectError, load_project

    while found:
        path, lock = found.pop(0)
        try:
            project = load_project(path)
        except ProjectError as err:  # kept, in case a later version reads it
            lock.unlock()
            files.window._report_error(path, f"Unsaved work was found but cannot be restored. {err}")
            continue
        _ask(files, path, lock, project, found)
        return


def what(project: Any) -> str:
    """The project's name, else its documents': "notes.tlproj", "a.txt, b.txt"."""
    target = project.view.get("project_path")
    if isinstance(target, str) and target:
        return os.path.basename(target)
    names = ", ".join(os.path.basename(d.path) for d in project.documents)
    return names or "no documents"


def when(saved_at: str) -> str:
    """A project's UTC time as local time: "14 May 2025 at 10:32"."""
    from viewer.core.project.store import local_time

    moment = local_time(saved_at)
    return f"{moment.day} {moment:%B %Y} at {moment:%H:%M}" if moment is not None else "an earlier session"


def _ask(files: Any, path: str, lock: QLockFile, project: Any, rest: list[tuple[str, QLockFile]]) -> None:
    from PySide6.QtWidgets import QMessageBox

    from viewer.core.exchange.safe_text import shown
    from viewer.ui.autosave import forget
    from viewer.ui.plain_text import message_box

    text = f"Unsaved work from {when(project.saved_at)} ({shown(what(project))}) was recovered. Restore it?"
    box = files.recovery_box = message_box(QMessageBox.Icon.Question, text, files.window)
    box.setObjectName("recovery_offer")
    box.setStandardButtons(QMessageBox.StandardButton.NoButton)
    restore = box.addButton("Restore", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton("Later", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.setEscapeButton(later)
    box.setInformativeText("Later keeps it to be offered at the next start.")

    def restored() -> None:
        if not files.modified or files.autosave.write_now():  # saved, or this instance's own copy written
            forget(path, lock)
        else:
            lock.unlock()

    def answered(button) -> None:
        files.recovery_box = None
        if button is restore:
            for _path, other in rest:
                other.unlock()
            files.restore(project, path, restored)
            return
        if button is discard:
            forget(path, lock)
        else:
            lock.unlock()
        _offer_next(files, rest)

    box.buttonClicked.connect(answered)
    box.open()
