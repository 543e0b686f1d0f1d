"""The user's corrections, as the menus, the table, the details and the chronology ask for them.

Each correction makes a new edit layer from the current one (core/edits/layer.py) and hands it
to ``session.change`` with the words the undo history shows ("Set date of “…”"): one step on
the session's undo stack. The views only ask (their signals); this carries it out. A dialog
opened here is window-modal and opened, never run: ``dialog`` is the one open (tests drive it).
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from viewer.core.kinds import NO_ACTOR
from viewer.ui.lane_colours import set_user_colours
from viewer.ui.lane_edit_actions import LaneEditActions

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QDockWidget

    from viewer.core.events import Event
    from viewer.ui.hidden_events import HiddenEvents
    from viewer.ui.session import EventKey

STATUS_MS = 10_000
_WHAT = {"date": "Set date of", "label": "Set label of", "title": "Set title of", "note": "Set note of"}


def _stamp() -> str:
    from viewer.core.project.store import now

    return now()


def _named(event: Event) -> str:
    """An event as a command's text names it: its label, else the start of its title."""
    name = event.label or event.title
    return name if len(name) <= 40 else name[:39] + "…"


def command_text(event: Event, changes: dict[str, Any]) -> str:
    """'Set date of “…”', 'Move “…” to lane “…”', or 'Edit “…”' for several fields at once."""
    if len(changes) == 1:
        ((field, value),) = changes.items()
        if field == "lane":
            return f"Move “{_named(event)}” to lane “{value or NO_ACTOR}”"
        if field in _WHAT:
            return f"{_WHAT[field]} “{_named(event)}”"
    return f"Edit “{_named(event)}”"


class EditActions(LaneEditActions, QObject):
    """Every edit the user makes: events (date, lane, label, title, note, not an event, new) and
    lanes (rename, merge, colour); the hidden events and the undo history."""

    def __init__(self, window: Any) -> None:  # the MainWindow: its session, views and status bar
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.dialog: QDialog | None = None  # the dialog open now, if any
        self.hidden_events: HiddenEvents | None = None
        self.history_dock: QDockWidget | None = None
        set_user_colours(self._colours)
        window.source.new_event_requested.connect(self.new_event)
        # The window makes its details, table and chronology after the first paint: each is attached as made.
        window.view_made.connect(self.attach)
        for view in window.made_views():
            self.attach(view)

    # -- the views' requests --------------------------------------------------------------

    def attach(self, view: QObject) -> None:
        """Listen to a view the window has made: the details, the table or the chronology."""
        from viewer.ui.detail_pane import DetailPane
        from viewer.ui.event_table import EventTable

        if isinstance(view, DetailPane):
            self._attach_details(view)
        elif isinstance(view, EventTable):
            self._attach_table(view)
        else:
            self._attach_chronology(view)

    def _attach_details(self, pane) -> None:
        pane.edit_requested.connect(self.edit_event)
        pane.hide_requested.connect(self.hide_event)

    def _attach_table(self, table) -> None:
        # Queued: the edit lays the table out again, which must not happen inside its editor's commit.
        from PySide6.QtCore import Qt  # its enums cost 15 ms at import: not at the start

        table.edit_requested.connect(self._edit_cell, Qt.ConnectionType.QueuedConnection)
        table.edit_refused.connect(self._say)

    def _attach_chronology(self, view) -> None:
        view.event_edit_requested.connect(self.edit_event)
        view.event_hide_requested.connect(self.hide_event)
        view.lane_edit_requested.connect(self.edit_lane)

    def _say(self, text: str) -> None:
        self.window.status_bar.showMessage(text, STATUS_MS)

    def _open(self, dialog: QDialog) -> QDialog:
        from PySide6.QtCore import Qt  # its enums cost 15 ms at import: not at the start

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result, d=dialog: self._closed(d))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    # -- events -------------------------------------------------------------------------

    def _event_at(self, key: EventKey) -> Event | None:
        index = self.session.index_of(key)
        return self.session.loaded.event(index) if index >= 0 else None

    def _select(self, key: EventKey) -> None:
        """Select the event at ``key`` once the session shows the layout under way."""
        session = self.session
        if session.settling:
            from PySide6.QtCore import Qt

            session.settled.connect(lambda: self._select(key), Qt.ConnectionType.SingleShotConnection)
            return
        index = session.index_of(key)
        if index >= 0:
            session.selection.select(index)

    def change_event(self, key: EventKey, changes: dict[str, Any], text: str | None = None,
                     then: EventKey | None = None) -> None:
        """Set ``changes`` (EventEdit fields) on the event at ``key``, keeping its other edits; the
        step selects ``then`` when done (else the event), the event when undone."""
        from viewer.core.edits.layer import EventEdit

        event = self._event_at(key)
        if event is None or not changes:
            return
        path, span = key[0], key[1:]
        before = self.session.edits.event(path, span) or EventEdit(*span)
        edit = replace(before, **changes, edited_at=_stamp())
        self._select(key)  # the undo step keeps the event selected: the one edited
        self.session.change(self.session.edits.with_event(path, edit), text or command_text(event, changes), then)

    def edit_current(self) -> None:
        self.edit_event(self.session.selection.current)

    def edit_event(self, index: int) -> None:
        """The Edit Event dialog for event ``index``; OK makes one undo step of what changed."""
        key = self.session.event_key(index)
        if key is None:
            self._say("Select an event to edit first.")
            return
        from viewer.ui.event_editor import EventEditor

        event = self.session.loaded.event(index)
        editor = EventEditor(event, self._actor_lanes(), self.session.edits.event(key[0], key[1:]),
                             parent=self.window)
        editor.accepted.connect(lambda: self.change_event(key, editor.changes()))
        self._open(editor)

    def _edit_cell(self, index: int, field: str, text: str) -> None:
        """A Date, Lane or Title cell the table took."""
        key = self.session.event_key(index)
        if key is None:
            return
        if field == "date":
            from viewer.ui.event_editor import read_date

            value: Any = read_date(text)[0]
            if value is None:
                return
        else:
            value = text if field == "lane" else text or None
        self.change_event(key, {field: value})

    def _actor_lanes(self) -> list[str]:
        return sorted({e.lane for doc in self.session.documents for e in doc.events if e.lane}, key=str.casefold)

    def hide_current(self) -> None:
        self.hide_event(self.session.selection.current)

    def hide_event(self, index: int) -> None:
        """Not an Event: off the chronology and the table, listed in Hidden Events; the next one selected."""
        key = self.session.event_key(index)
        if key is None:
            self._say("Select an event first.")
            return
        event, loaded = self.session.loaded.event(index), self.session.loaded
        d, e = loaded.locate(index)
        count = len(loaded.documents[d].events)
        # Done, the next in the document is selected (else the one before); undone, this one again.
        after = self.session.event_key(loaded.flat(d, e + 1 if e + 1 < count else e - 1)) if count > 1 else None
        self.change_event(key, {"hidden": True}, f"Not an event: “{_named(event)}”", after)

    def restore_event(self, path: str, span: tuple[int, int]) -> None:
        """Bring back a hidden event (Hidden Events' Restore), selected."""
        edit = self.session.edits.event(path, span)
        if edit is None or not edit.hidden:
            return
        hidden = [e for doc in self.session.documents if doc.path == path for e in doc.hidden
                  if (e.sentence.start, e.sentence.end) == span]
        name = _named(hidden[0]) if hidden else "event"
        self.session.change(self.session.edits.with_event(path, replace(edit, hidden=False, edited_at=_stamp())),
                            f"Restore “{name}”")
        self._select((path, *span))

    def new_event_from_selection(self) -> None:
        span = self.window.source.selected_span()
        if span is None:
            self._say("Select a passage in the text first: it becomes the new event.")
            return
        self.new_event(*span)

    def new_event(self, doc_index: int, start: int, end: int) -> None:
        """The passage ``start``–``end`` of document ``doc_index`` as an event of its own: the
        editor opens on it as the reader would date it (an expression in it, else undated)."""
        from viewer.core.edits.apply import apply_edits
        from viewer.core.edits.layer import Edits, EventEdit
        from viewer.ui.event_editor import EventEditor

        if not 0 <= doc_index < len(self.session.base) or end <= start:
            return
        doc = self.session.base[doc_index]
        key = (doc.path, start, end)
        existing = self._event_at(key)
        if self.session.edits.event(doc.path, (start, end)) is not None or (
                existing is not None and (existing.sentence.start, existing.sentence.end) == (start, end)):
            self._say("That passage is an event already.")
            self.restore_event(doc.path, (start, end))  # if it is hidden
            self._select(key)
            return
        draft = EventEdit(start, end, added=True, edited_at=_stamp())
        made = apply_edits(doc, Edits().with_event(doc.path, draft))
        event = next(e for e in made.events if e.added and (e.sentence.start, e.sentence.end) == (start, end))
        editor = EventEditor(event, self._actor_lanes(), title="New Event", parent=self.window)

        def make() -> None:
            edit = replace(draft, **editor.changes(), edited_at=_stamp())
            self.session.change(self.session.edits.with_event(doc.path, edit), f"New event “{_named(event)}”")
            self._select(key)

        editor.accepted.connect(make)
        self._open(editor)

    def edit_document_date(self) -> None:
        """Edit › Document Date…: the day the selected event's document was written."""
        index = self.session.selection.current
        if not 0 <= index < len(self.session.loaded):
            self._say("Select an event of the document first.")
            return
        from viewer.core.exchange.safe_text import shown
        from viewer.core.opening import is_event_file
        from viewer.ui.document_date_dialog import DocumentDateDialog

        d = self.session.loaded.locate(index)[0]
        doc = self.session.base[d]
        if is_event_file(doc.path):
            self._say("An events file's events have their own dates: it has no document date.")
            return
        name = shown(os.path.basename(doc.path) or "the document")
        dialog = DocumentDateDialog(name, doc.document_date or "", self.window)
        dialog.accepted.connect(lambda: self.session.set_document_date(d, dialog.day))
        self._open(dialog)

    # -- lists and history ----------------------------------------------------------------

    def show_hidden_events(self) -> None:
        """Every event the user said is not one, each with Restore."""
        if self.hidden_events is None:
            from viewer.ui.hidden_events import HiddenEvents

            self.hidden_events = HiddenEvents(self.session, self.restore_event, self.window)
        self.hidden_events.show()
        self.hidden_events.raise_()
        self.hidden_events.activateWindow()

    def show_undo_history(self) -> None:
        """The undo stack, in a dock made once: a click on a step goes back (or forward) to it."""
        if self.history_dock is None:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QDockWidget, QUndoView

            dock = self.history_dock = QDockWidget("Undo History", self.window)
            dock.setObjectName("undo_history_dock")
            view = QUndoView(self.session.undo_stack, dock)
            view.setEmptyLabel("Opened")
            view.setAccessibleName("Undo history")
            dock.setWidget(view)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.history_dock.show()
        self.history_dock.raise_()
