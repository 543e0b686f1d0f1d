"""File › New, Open, Save, Save As, Close Document: the project the window's work is kept in.

A window holds one project (or none yet: documents and edits not saved anywhere). Opening a
project replaces what the window holds; opening a document adds it to the project. The
project is unsaved when the undo stack has moved since the last save, when its documents are
not those saved, or when it was restored from a recovery file. Saving writes the whole
project in one ``save_project`` call (atomically: see viewer/core/project/store.py).

Questions (Save / Discard / Cancel) are window-modal boxes opened without a nested event loop:
the action asked about runs when they are answered. ``question`` is the box while it is shown.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from viewer.ui.autosave import Autosave

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from viewer.core.project.store import Project
    from viewer.ui.project_lock import ProjectLock

OPEN_FILTER = ("Projects and documents (*.tlproj *.txt *.text *.html *.htm *.xhtml *.md *.markdown *.docx *.pdf "
               "*.csv *.tsv *.json);;"
               "Timeline Viewer projects (*.tlproj);;"
               "Documents (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.docx *.pdf);;"
               "Text files (*.txt *.text);;Web pages (*.html *.htm *.xhtml);;Markdown (*.md *.markdown);;"
               "Word documents (*.docx);;PDF documents (*.pdf);;"
               "Events (*.csv *.tsv *.json);;All files (*)")
SAVE_FILTER = "Timeline Viewer projects (*.tlproj)"


class _Opening:
    """A project whose documents are being read: what to do once they are all in."""

    def __init__(self, project: Project, unsaved: bool, messages: list[str],
                 then: Callable[[], None] | None) -> None:
        self.project, self.unsaved, self.messages, self.then = project, unsaved, messages, then


class ProjectFiles(QObject):
    changed = Signal()  # the project's path, or whether it has unsaved changes
    opened = Signal()  # a project's documents are all in, its view put back

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.path: str | None = None  # the project file; None before a first save
        self.read_only = False  # another instance has it: Save goes to Save As
        self._lock: ProjectLock | None = None
        self._saved_paths: tuple[str, ...] = ()  # the documents as last saved or opened
        self._unsaved = False  # restored from a recovery file: unsaved whatever the undo stack says
        self._opening: _Opening | None = None
        self._close_agreed = False
        self.question: QMessageBox | None = None  # Save / Discard / Cancel, while shown
        self.recovery_box: QMessageBox | None = None  # the offer of work recovered, while shown
        self.autosave = Autosave(self, window.settings, enabled=window._remembering)
        session = window.session
        session.edits_changed.connect(self._changed)
        session.documents_changed.connect(self._changed)
        session.undo_stack.cleanChanged.connect(self._clean_changed)

    # -- state -------------------------------------------------------------------------

    @property
    def modified(self) -> bool:
        """Is there work not saved in the project file?"""
        if self._opening is not None:
            return self._opening.unsaved
        if self._unsaved or not self.window.session.undo_stack.isClean():
            return True
        return self.path is not None and self._document_paths() != self._saved_paths

    def _document_paths(self) -> tuple[str, ...]:
        return tuple(d.path for d in self.window.session.base)

    def _clean_changed(self) -> None:
        from shiboken6 import isValid

        if isValid(self.window.session.undo_stack):  # else the window is being deleted: its stack clears
            self._changed()

    def _changed(self) -> None:
        modified = self.modified
        self.show_title()
        if modified and self._opening is None:
            self.autosave.soon()
        self.changed.emit()

    def show_title(self) -> None:
        """"<project>[*] — Timeline Viewer", or the documents' names before a first save."""
        from viewer.ui.plain_text import window_title

        if self.path is not None:
            name = Path(self.path).stem + (" (read-only)" if self.read_only else "")
        else:
            name = ", ".join(Path(d.path).name for d in self.window.session.documents)
        title = f"{window_title(name)}[*] — Timeline Viewer" if name else "Timeline Viewer[*]"
        self.window.setWindowTitle(title)
        self.window.setWindowModified(self.modified)

    def _name(self) -> str:
        from viewer.core.exchange.safe_text import shown

        if self.path is not None:
            return f"the project {shown(Path(self.path).name)}"
        return "your changes"

    # -- questions ---------------------------------------------------------------------------

    def _then(self, action: Callable[[], None], before: str) -> None:
        """``action`` now when nothing is unsaved; else once the user has saved or discarded it."""
        if not self.modified:
            action()
            return
        if self.question is not None:  # asked already: that answer decides
            self.question.raise_()
            return
        from PySide6.QtWidgets import QMessageBox

        from viewer.ui.plain_text import message_box

        buttons = QMessageBox.StandardButton
        box = self.question = message_box(QMessageBox.Icon.Question, f"Save {self._name()} before {before}?",
                                          self.window)
        box.setObjectName("save_question")
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        box.setEscapeButton(buttons.Cancel)

        def answered(button) -> None:
            answer = box.standardButton(button)
            self.question = None
            if answer == buttons.Save:
                if self.save():
                    action()
            elif answer == buttons.Discard:
                self.autosave.discard()
                action()

        box.buttonClicked.connect(answered)
        box.open()

    def maybe_close(self) -> bool:
        """Whether the window may close now: yes when nothing is unsaved, or the user agreed;
        else the question is asked, and the window closes once it is answered Save or Discard."""
        if self._close_agreed or not self.modified:
            self._closed(clean=True)
            return True
        if not self.window.isVisible():  # nobody to ask: the recovery file keeps the work
            self.autosave.write_now()
            self._closed(clean=False)
            return True
        self._then(self._agree_and_close, "closing")
        return False

    def _agree_and_close(self) -> None:
        self._close_agreed = True
        self.window.close()

    def _closed(self, clean: bool) -> None:
        if clean:
            self.autosave.discard()
        else:
            self.autosave.release()
        self._release()

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # -- New, Open, Close Document ---------------------------------------------------------

    def new_project(self) -> None:
        self._then(self._new, "starting a new project")

    def _new(self) -> None:
        self.autosave.discard()
        self._release()
        self.path, self.read_only, self._unsaved, self._saved_paths = None, False, False, ()
        self.window.loader.cancel()
        self.window.session.clear()
        self._changed()

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(self.window, "Open", self.window.recent.last_dir(), OPEN_FILTER)
        self.window.open_paths(paths)

    def open_project(self, path: str) -> None:
        """Open the project at ``path`` in place of the window's work (asking first when it is unsaved)."""
        from viewer.core.project.store import ProjectError, load_project

        try:
            project = load_project(path)
        except ProjectError as err:
            self.window.recent.forget_if_gone(path)
            self.window._report_error(path, str(err))
            return
        self._then(lambda: self._open(project, path), "opening another project")

    def _open(self, project: Project, path: str | None, unsaved: bool = False,
              then: Callable[[], None] | None = None) -> None:
        """Show ``project`` (its documents read again from their embedded copies), saved at ``path``."""
        from viewer.core.project.documents import file_note
        from viewer.ui.project_lock import take
        from viewer.ui.project_view import lane_mode_of

        window, session = self.window, self.window.session
        self.autosave.discard()  # what the window held was saved or discarded
        self._release()
        messages = [note for stored in project.documents if (note := file_note(stored))]
        self.read_only = False
        if path is not None:
            path = os.path.abspath(path)
            lock, message = take(path)
            self._lock, self.read_only = (lock if lock.held else None), lock.contended
            if message:
                messages.insert(0, message)
            window.recent.remember(path)
        self.path, self._unsaved = path, unsaved
        self._opening = _Opening(project, unsaved, messages, then)
        window.loader.cancel()
        session.clear()
        mode = lane_mode_of(dict(project.view))
        if mode is not None and mode != session.lane_mode:
            session.set_lane_mode(mode)
        session.set_edits(project.edits)
        if not project.documents:
            self._opened()
            return
        window.loading_finished.connect(self._opened)
        for stored in project.documents:
            window.loader.read(stored.path, stored=stored)
        self.show_title()

    def _opened(self) -> None:
        from viewer.ui.project_view import restore_view

        opening, self._opening = self._opening, None
        if opening is None:
            return
        window = self.window
        if opening.project.documents:
            window.loading_finished.disconnect(self._opened)
        restore_view(window, dict(opening.project.view))
        self._saved_paths = tuple(d.path for d in opening.project.documents)
        window.session.undo_stack.setClean()
        self._changed()
        if opening.messages:
            window._report_error(self.path or "", "\n".join(opening.messages))
        if opening.then is not None:
            opening.then()
        self.opened.emit()

    def close_document(self) -> None:
        """Close the selected event's document (the only one, when none is selected), as an undoable step."""
        index, loaded = self.window.selection.current, self.window.loaded
        if 0 <= index < len(loaded):
            self.window.session.close_document(loaded.locate(index)[0])
        elif len(self.window.session.base) == 1:
            self.window.session.close_document(0)

    # -- Save, Save As -------------------------------------------------------------------------

    def snapshot(self, recovery: bool = False) -> Project:
        """The window's work as a project; for a recovery file, with the project's own path."""
        from viewer.core.project.documents import stored_document
        from viewer.core.project.store import Project
        from viewer.ui.project_view import view_of

        session = self.window.session
        view = view_of(self.window)
        if recovery:
            view["project_path"] = self.path
        return Project(tuple(stored_document(d) for d in session.base), session.edits, view)

    def save(self) -> bool:
        """Save to the project's file; Save As when there is none yet, or another instance has it."""
        if self.path is None or self.read_only:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        path = self.ask_save_path()
        return bool(path) and self.save_to(path)

    def ask_save_path(self) -> str:
        """The file the user chose to save to, with the project suffix; "" when cancelled."""
        from PySide6.QtWidgets import QFileDialog

        from viewer.core.project.schema import PROJECT_SUFFIX
        from viewer.ui.exports import user_folder

        start = self.path or os.path.join(user_folder(self.window.recent.last_dir()), "Untitled" + PROJECT_SUFFIX)
        path, _ = QFileDialog.getSaveFileName(self.window, "Save Project As", start, SAVE_FILTER)
        if path and not path.lower().endswith(PROJECT_SUFFIX):
            path += PROJECT_SUFFIX
        return path

    def save_to(self, path: str) -> bool:
        """Write the project to ``path`` and make it the project's file; False (and said) when it failed."""
        from viewer.core.project.store import ProjectError, save_project
        from viewer.ui.project_lock import take

        path = os.path.abspath(path)
        lock = self._lock if self._lock is not None and self._lock.path == path else None
        if lock is None:
            lock, message = take(path)
            if lock.contended:
                self.window._report_error(path, message.split(";")[0] + "; choose another file to save to.")
                return False
        try:
            save_project(path, self.snapshot())
        except ProjectError as err:
            if lock is not self._lock:
                lock.release()
            self.window._report_error(path, f"{err} Your work is still here, not saved: "
                                            "save it to another folder.")
            return False
        if lock is not self._lock:
            self._release()
            self._lock = lock if lock.held else None
        self.path, self.read_only, self._unsaved = path, False, False
        self._saved_paths = self._document_paths()
        self.window.session.undo_stack.setClean()
        self.autosave.discard()
        self.window.recent.remember(path)
        self.window.status_bar.showMessage(f"Saved {Path(path).name}", 5000)
        self._changed()
        return True

    # -- recovery --------------------------------------------------------------------------------

    def offer_recovery(self) -> None:
        """At start: offer the newest work a crashed or killed instance left unsaved (see autosave)."""
        from viewer.ui.recovery import offer

        offer(self)

    def restore(self, project: Project, recovered: str, then: Callable[[], None]) -> None:
        """Show recovered work: every edit back, unsaved, saved (when saved) where its project was."""
        path = project.view.get("project_path")
        self._then(lambda: self._open(project, path if isinstance(path, str) else None, unsaved=True,
                                      then=then), "restoring the work recovered")
