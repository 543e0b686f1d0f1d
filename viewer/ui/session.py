"""The session: the open documents, their lane mode and their layout, and which event is current.

The window hands it each document read and shows what it announces; the views listen to
its selection, and none of them calls another.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from viewer.ui.loaded import LoadedDocuments
from viewer.ui.loader import LayoutBuilder
from viewer.ui.selection import SelectionModel

# The Chronology (numpy) is imported where it is made: a start shows the documents first.
if TYPE_CHECKING:
    from viewer.core.chart.chronology import Chronology
    from viewer.core.document import Document
    from viewer.core.edits.layer import Edits

# An event as the edits and the selection know it across readings: document path, sentence span.
EventKey = tuple[str, int, int]

# From this many events the flat index and the Chronology are built off the GUI thread (about
# 5 ms per thousand events there) and the other views follow a frame later, the selection after
# them (the details are empty for those two frames); below it the views change at once.
LAYOUT_OFF_THREAD_FROM = 5_000
# The same for a document opened, from fewer: showing 1,182 events (a 190 KB text) in one slot
# held the GUI 48-54 ms; in those three turns, 26-32 ms. (An edit's layout stays in one slot
# below LAYOUT_OFF_THREAD_FROM: the details do not blink as each edit is shown.)
OPENED_OFF_THREAD_FROM = 1_000
# A large set's other views are shown this long after its chronology, and its first event
# selected this long after that: a frame, so that the paint and the timers and input due
# meanwhile run first (a zero timer or a posted call would run before them, in the same pass
# of the event loop).
VIEWS_AFTER_MS = 16


class Session(QObject):
    """The documents open, in order; their flat index (``loaded``) and Chronology; the lane mode;
    and the SelectionModel, the one owner of the current event.

    Every change of documents or lane mode lays them out again, a large set off the GUI
    thread (the latest asked for is kept), and is announced in two steps: ``layout_built``
    for the chronology, then ``documents_changed`` for the other views, on the next frame
    for a large set so that no turn of the event loop holds the GUI thread for both. The
    selection is cleared before the first, and set (the event kept, or the first in time)
    after the second: a frame after it for a large set.
    """

    layout_started = Signal()  # a large set is being laid out off the GUI thread
    layout_built = Signal(object, object)  # LoadedDocuments, Chronology or None (not asked for yet)
    documents_changed = Signal(object)  # LoadedDocuments: what the views other than the chronology show
    lane_mode_changed = Signal(str)
    settled = Signal()  # after a layout off the GUI thread: nothing under way, every view shows the documents
    edits_changed = Signal()  # the edit layer, or which documents are open, changed: a save is due
    reread_requested = Signal(str, object)  # path, StoredDocument: read this document again (its date changed)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.selection = SelectionModel(self)
        self.documents: list[Document] = []  # as the user corrected them: ``base`` with ``edits`` applied
        self.base: list[Document] = []  # as read
        self._edits: Edits | None = None  # None until the first edit: a start needs no edits module
        self.undo_stack = QUndoStack(self)
        self._rereading: set[str] = set()  # documents read again for a new document date (reread_requested)
        self._found_dates: dict[str, tuple[str, str]] = {}  # path: the date found in it and where (Use the Date Found)
        self.loaded = LoadedDocuments()
        self.chronology: Chronology | None = None
        self.lane_mode = "actor"
        self.layout_builder = LayoutBuilder(self)
        self.layout_builder.built.connect(self._on_built)
        self._generation = 0
        self._keep: int | EventKey | None = -1  # the event to keep selected once the layout under way is shown
        self._views_due: LoadedDocuments | None = None  # in the chronology, not yet in the other views
        self._with_chronology = False  # small sets get their Chronology once one is shown (numpy is in then)

    @property
    def settling(self) -> bool:
        """Is a layout under way, or built and not yet in every view?"""
        return bool(self.layout_builder.pending) or self._views_due is not None

    def add(self, path: str, doc: Document) -> None:
        """Open ``doc``, read from ``path``: in place of the one read from there before, else after the others.

        Its edits, if the layer holds any for that path (a project's), are applied."""
        keep: int | EventKey | None = self.selection.current
        from viewer.core.dates.found_date import GIVEN  # in with the reader that made ``doc``

        if doc.document_date and doc.document_date_source not in (None, GIVEN):
            self._found_dates[doc.path] = (doc.document_date, doc.document_date_source)
        same = [i for i, d in enumerate(self.base) if os.path.abspath(d.path) == os.path.abspath(path)]
        if same:  # opened again: its first event in time; read again for a new date: the event selected stays
            self.base[same[0]] = doc
            self.documents[same[0]] = self._applied(doc)
            keep = self.current_key() if doc.path in self._rereading else -1
            self._rereading.discard(doc.path)
        else:
            self.base.append(doc)
            self.documents.append(self._applied(doc))
        self._lay_out(keep, opened=True)

    # -- edits ---------------------------------------------------------------------------

    @property
    def edits(self) -> Edits:
        if self._edits is None:
            from viewer.core.edits.layer import Edits

            self._edits = Edits()
        return self._edits

    def change(self, edits: Edits, text: str, select: EventKey | None = None) -> None:
        """Make ``edits`` the layer, as one step on the undo stack named ``text`` ("Set date").

        Done, it selects the event at ``select`` (else the one selected now); undone, the one selected now."""
        if edits != self.edits:
            self.undo_stack.push(_EditsCommand(self, self.edits, edits, text, select))

    def set_edits(self, edits: Edits) -> None:
        """Make ``edits`` the layer at once, outside the undo stack (a project opened, its recovery)."""
        self._edits = edits
        self._reapply(self.current_key())

    def close_document(self, index: int) -> None:
        """Close document ``index`` (its edits go with it), as a step the user can undo."""
        if 0 <= index < len(self.base):
            self.undo_stack.push(_CloseCommand(self, index))

    def set_document_date(self, index: int, day: str | None) -> None:
        """Read document ``index`` again as written on ``day`` (YYYY-MM-DD; None: the date found in
        it, if any), as a step the user can undo."""
        if 0 <= index < len(self.base) and day != self.base[index].document_date:
            self.undo_stack.push(_DocumentDateCommand(self, self.base[index], day))

    def clear(self) -> None:
        """No documents, no edits, no undo history: File › New."""
        self.undo_stack.clear()
        self.base, self.documents, self._edits = [], [], None
        self._lay_out(-1)
        self.edits_changed.emit()

    def event_key(self, index: int) -> EventKey | None:
        """The edits' key of event ``index``: its document's path and its sentence's span."""
        if not 0 <= index < len(self.loaded):
            return None
        d, e = self.loaded.locate(index)
        doc = self.loaded.documents[d]
        sentence = doc.events[e].sentence
        return doc.path, sentence.start, sentence.end

    def current_key(self) -> EventKey | None:
        return self.event_key(self.selection.current)

    def index_of(self, key: EventKey | None, loaded: LoadedDocuments | None = None) -> int:
        """The flat index of the event at ``key`` (or of the one whose sentence holds its start); -1."""
        loaded = loaded or self.loaded
        if key is None:
            return -1
        for d, doc in enumerate(loaded.documents):
            if doc.path == key[0]:
                return loaded.event_with_span(d, key[1], key[2])
        return -1

    def _applied(self, doc: Document) -> Document:
        if self._edits is None or not self._edits:
            return doc
        from viewer.core.edits.apply import apply_edits

        return apply_edits(doc, self._edits)

    def _reapply(self, keep: EventKey | None) -> None:
        self.documents = [self._applied(d) for d in self.base]
        self._lay_out(keep if keep is not None else -1)
        self.edits_changed.emit()

    def _restore(self, base: list[Document], edits: Edits | None, keep: EventKey | None) -> None:
        self.base, self._edits = list(base), edits
        self._reapply(keep)

    def set_lane_mode(self, mode: str) -> None:
        self.lane_mode = mode
        self.lane_mode_changed.emit(mode)
        if self.documents:
            self._lay_out(self.selection.current)

    def with_chronology(self) -> Chronology | None:
        """From now on every layout has its Chronology; the one shown gets it now (None: no events)."""
        self._with_chronology = True
        if self.chronology is None and len(self.loaded):
            self.chronology = self._chronology_of(self.loaded)
        return self.chronology

    def select_text(self, text: str) -> bool:
        """Select the first event whose sentence contains ``text``."""
        index = self.loaded.first_sentence_holding(text)
        if index >= 0:
            self.selection.select(index)
        return index >= 0

    def step(self, how: str) -> None:
        """Select the chronology's "first", "last", "next_in_time" or "previous_in_time" event."""
        chronology, current = self.chronology, self.selection.current
        if chronology is None or not len(chronology):
            return
        method = getattr(chronology, how)
        target = method() if how in ("first", "last") else method(current) if current >= 0 else chronology.first()
        if target >= 0:
            self.selection.select(int(target))

    def wait(self) -> None:
        """Until the layout under way is built (its result is delivered by the event loop)."""
        self.layout_builder.wait()

    def _lay_out(self, keep: int | EventKey | None, opened: bool = False) -> None:
        self._generation += 1
        self._keep = keep
        if sum(len(d.events) for d in self.documents) < (OPENED_OFF_THREAD_FROM if opened else LAYOUT_OFF_THREAD_FROM):
            loaded = LoadedDocuments(self.documents)
            self._show_chronology(loaded, self._chronology_of(loaded) if self._with_chronology else None)
            self._show_views(loaded, keep)
            return
        self.layout_started.emit()
        self.layout_builder.build(self._generation, self.documents, self.lane_mode)

    def _chronology_of(self, loaded: LoadedDocuments) -> Chronology:
        from viewer.core.chart.chronology import Chronology

        return Chronology.from_documents(loaded, lane_mode=self.lane_mode)

    def _on_built(self, generation: int, loaded: LoadedDocuments, chronology: Chronology) -> None:
        if generation == self._generation:  # an older layout is dropped: the documents moved on
            self._show_chronology(loaded, chronology)
            self._views_due = loaded
            QTimer.singleShot(VIEWS_AFTER_MS, self, lambda: self._show_views_due(loaded))
        self._settle()

    def _show_views_due(self, loaded: LoadedDocuments) -> None:
        """The other views take a large set a frame after the chronology; the event to select,
        a frame after that (the details, the table and the chronology follow it)."""
        if self._views_due is loaded:  # else a later layout is shown, or under way and showing this meanwhile
            self.documents_changed.emit(loaded)
            QTimer.singleShot(VIEWS_AFTER_MS, self, lambda: self._select_due(loaded))
            return
        self._settle()

    def _select_due(self, loaded: LoadedDocuments) -> None:
        if self._views_due is loaded:
            self._views_due = None
            if self.selection.current < 0:  # else the user has picked one meanwhile
                self._select(loaded, self._keep)
        self._settle()

    def _settle(self) -> None:
        if not self.settling:
            self.settled.emit()

    def _show_chronology(self, loaded: LoadedDocuments, chronology: Chronology | None) -> None:
        self.selection.clear()  # before any view changes: no index stays selected across two sets
        if self._views_due is not None and self._views_due is not loaded:
            self._views_due = None  # superseded: these documents replace those
        self.loaded, self.chronology = loaded, chronology
        self.layout_built.emit(loaded, chronology)

    def _show_views(self, loaded: LoadedDocuments, keep: int | EventKey | None) -> None:
        self.documents_changed.emit(loaded)
        self._select(loaded, keep)

    def _select(self, loaded: LoadedDocuments, keep: int | EventKey | None) -> None:
        if isinstance(keep, tuple):
            keep = self.index_of(keep, loaded)
        if 0 <= keep < len(loaded):
            self.selection.select(keep)
        elif len(loaded):
            first = loaded.first_in_time()
            self.selection.select(first if first >= 0 else 0)


class _EditsCommand(QUndoCommand):
    """One change to the edit layer: undo puts back the layer before it."""

    def __init__(self, session: Session, before: Edits, after: Edits, text: str, select: EventKey | None) -> None:
        super().__init__(text)
        self._session, self._before, self._after = session, before, after
        self._key = session.current_key()
        self._key_after = select or self._key

    def redo(self) -> None:
        self._session._restore(self._session.base, self._after, self._key_after)

    def undo(self) -> None:
        self._session._restore(self._session.base, self._before, self._key)


class _CloseCommand(QUndoCommand):
    """A document closed, with its edits; undo opens it again where it was (documents opened
    since stay open)."""

    def __init__(self, session: Session, index: int) -> None:
        from viewer.core.exchange.safe_text import shown

        self._doc = session.base[index]
        super().__init__(f"Close {shown(os.path.basename(self._doc.path) or 'document')}")
        self._session, self._index = session, index
        self._edits = session.edits.of_document(self._doc.path)
        self._key = session.current_key()

    def redo(self) -> None:
        session = self._session
        base = [d for d in session.base if d is not self._doc]
        session._restore(base, session.edits.without_document(self._doc.path), None)

    def undo(self) -> None:
        session = self._session
        base = list(session.base)
        base.insert(min(self._index, len(base)), self._doc)
        edits = session.edits
        for edit in self._edits.values():
            edits = edits.with_event(self._doc.path, edit)
        session._restore(base, edits, self._key)


class _DocumentDateCommand(QUndoCommand):
    """A document's date set: it is read again from its text with that date (undo: with the one before)."""

    def __init__(self, session: Session, doc: Document, day: str | None) -> None:
        from viewer.core.dates.found_date import GIVEN
        from viewer.core.exchange.safe_text import shown

        name = shown(os.path.basename(doc.path) or "document")
        super().__init__(f"Date of {name}: {day}" if day else f"Date of {name} as found in it")
        self._session, self._path, self._text, self._day = session, doc.path, doc.text, day
        self._before = doc.document_date if doc.document_date_source == GIVEN else None

    def _read(self, day: str | None) -> None:
        from viewer.core.project.store import StoredDocument

        session = self._session
        session._rereading.add(self._path)
        found = session._found_dates.get(self._path) if day is None else None  # a web page's own, say
        dated = found or (day, None)
        session.reread_requested.emit(self._path, StoredDocument(self._path, "text", self._text, *dated))

    def redo(self) -> None:
        self._read(self._day)

    def undo(self) -> None:
        self._read(self._before)
