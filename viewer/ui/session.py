"""The session: the open documents, their lane mode and their layout, and which event is current.

The window hands it each document read and shows what it announces; the views listen to
its selection, and none of them calls another.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from viewer.ui.loaded import LoadedDocuments
from viewer.ui.loader import LayoutBuilder
from viewer.ui.selection import SelectionModel

# The Chronology (numpy) is imported where it is made: a start shows the documents first.
if TYPE_CHECKING:
    from viewer.core.chart.chronology import Chronology
    from viewer.core.document import Document

# Above this many events the flat index and the Chronology are built off the GUI thread
# (about 5 ms per thousand events there); below it the views change at once.
LAYOUT_OFF_THREAD_FROM = 5_000
# A large set's other views are shown this long after its chronology: a frame, so that the
# chronology's paint and the timers and input due meanwhile run first (a zero timer or a
# posted call would run before them, in the same pass of the event loop).
VIEWS_AFTER_MS = 16


class Session(QObject):
    """The documents open, in order; their flat index (``loaded``) and Chronology; the lane mode;
    and the SelectionModel, the one owner of the current event.

    Every change of documents or lane mode lays them out again, a large set off the GUI
    thread (the latest asked for is kept), and is announced in two steps: ``layout_built``
    for the chronology, then ``documents_changed`` for the other views, on the next frame
    for a large set so that no turn of the event loop holds the GUI thread for both. The
    selection is cleared before the first, and set (the event kept, or the first in time)
    after the second.
    """

    layout_started = Signal()  # a large set is being laid out off the GUI thread
    layout_built = Signal(object, object)  # LoadedDocuments, Chronology or None (not asked for yet)
    documents_changed = Signal(object)  # LoadedDocuments: what the views other than the chronology show
    lane_mode_changed = Signal(str)
    settled = Signal()  # after a layout off the GUI thread: nothing under way, every view shows the documents

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.selection = SelectionModel(self)
        self.documents: list[Document] = []
        self.loaded = LoadedDocuments()
        self.chronology: Chronology | None = None
        self.lane_mode = "actor"
        self.layout_builder = LayoutBuilder(self)
        self.layout_builder.built.connect(self._on_built)
        self._generation = 0
        self._keep = -1  # the event to keep selected once the layout under way is shown
        self._views_due: LoadedDocuments | None = None  # in the chronology, not yet in the other views
        self._with_chronology = False  # small sets get their Chronology once one is shown (numpy is in then)

    @property
    def settling(self) -> bool:
        """Is a layout under way, or built and not yet in every view?"""
        return bool(self.layout_builder.pending) or self._views_due is not None

    def add(self, path: str, doc: Document) -> None:
        """Open ``doc``, read from ``path``: in place of the one read from there before, else after the others."""
        keep = self.selection.current
        same = [i for i, d in enumerate(self.documents) if os.path.abspath(d.path) == os.path.abspath(path)]
        if same:
            self.documents[same[0]] = doc
            keep = -1
        else:
            self.documents.append(doc)
        self._lay_out(keep)

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

    def _lay_out(self, keep: int) -> None:
        self._generation += 1
        self._keep = keep
        if sum(len(d.events) for d in self.documents) < LAYOUT_OFF_THREAD_FROM:
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
        if self._views_due is loaded:  # else a later layout is shown, or under way and showing this meanwhile
            self._views_due = None
            self._show_views(loaded, self._keep)
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

    def _show_views(self, loaded: LoadedDocuments, keep: int) -> None:
        self.documents_changed.emit(loaded)
        if 0 <= keep < len(loaded):
            self.selection.select(keep)
        elif len(loaded):
            first = loaded.first_in_time()
            self.selection.select(first if first >= 0 else 0)
