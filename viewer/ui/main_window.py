"""The main window: chronology, source text, details and the event table.

A start shows the window in three steps. It paints first with a small document's text in
the source view ("Reading dates…" in the status bar). On the next turn the text is read
for its dates, which fill the table, the details and the summary. Then the chronology's
modules (numpy, pyqtgraph) are imported on a thread, and the chronology is built and
swapped into its place on the GUI thread, behind a placeholder that holds its room in the
layout meanwhile.
"""

from __future__ import annotations

import os
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (QApplication, QDockWidget, QHBoxLayout, QLabel, QMainWindow, QProgressBar,
                               QSplitter, QStyle, QToolButton, QVBoxLayout, QWidget)

from viewer.bundled import resource_path
from viewer.core.kinds import LANE_MODES
from viewer.ui.loaded import LoadedDocuments
from viewer.ui.loader import DocumentLoader, LayoutBuilder
from viewer.ui.selection import SelectionModel
from viewer.ui.source_view import SourceView

# Dialogs, export and events of kinds a start does not see are imported where they are used:
# each Qt class costs its first user up to a few ms. So is the reader (viewer.core.document and
# what it imports): the first paint shows the document's text, its dates come in after.
if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from viewer.core.chart.chronology import Chronology
    from viewer.core.document import Document
    from viewer.ui.detail_pane import DetailPane
    from viewer.ui.event_table import EventTable
    from viewer.ui.find_bar import FindBar
    from viewer.ui.timeline_view import TimelineView

ORGANISATION = APPLICATION = "timeline-viewer"
MAX_RECENT = 10
TEXT_FILTER = "Documents and events (*.txt *.text *.md *.csv *.tsv *.json);;Text files (*.txt *.text *.md);;Events (*.csv *.tsv *.json);;All files (*)"
# Above this many events the flat index and the Chronology are built off the GUI thread
# (about 5 ms per thousand events there); below it the views change at once.
LAYOUT_OFF_THREAD_FROM = 5_000

# A large set's other views are shown this long after its chronology: a frame, so that the
# chronology's paint and the timers and input due meanwhile run first (a zero timer or a
# posted call would run before them, in the same pass of the event loop).
VIEWS_AFTER_MS = 16
# The events dock's height in a first layout, and its room's before it is placed.
DOCK_HEIGHT = 220
# Qt's enum values for the first paint's few settings: any use of the Qt namespace (or an
# overload that takes one of its types) builds its 93 enums, 15 ms, and that waits until after.
ALIGN_CENTER = 0x84  # Qt.AlignmentFlag.AlignCenter
VERTICAL = 2  # Qt.Orientation.Vertical
# A shown window that never paints (minimised) still gets its chronology after this,
# and reads the dates of the documents it was opened with after this.
CHRONOLOGY_AT_LATEST_MS = 1000
DATES_AT_LATEST_MS = 250
READING_DATES = "Reading dates…"

ErrorReporter = Callable[[str, str], None]


def status_text(docs: list[Document]) -> str:
    from viewer.core.kinds import INFERRED, UNDATED

    datings = Counter(e.dating for d in docs for e in d.events)  # one pass: 55,000 events in 4 ms
    total, undated, inferred = sum(datings.values()), datings[UNDATED], datings[INFERRED]
    return f"{total} sentences · {total - undated} dated ({inferred} inferred) · {undated} undated"


def first_in_time(loaded: LoadedDocuments) -> int:
    """``Chronology.first()`` without the chronology: the dated event that starts first."""
    starts = [(e.interval.first, i) for i, e in enumerate(e for d in loaded.documents for e in d.events)
              if e.interval is not None]
    return min(starts)[1] if starts else -1


class ChronologyPlaceholder(QLabel):
    """Holds the chronology's room in the layout until the TimelineView replaces it."""

    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Drawing the chronology…", parent)
        self.setAccessibleName("Chronology")
        self.setProperty("alignment", ALIGN_CENTER)
        self.setEnabled(False)  # greyed: nothing to click yet
        self._painted = False

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override) the TimelineView's, so nothing moves
        return QSize(900, 420)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()


def _placeholder(name: str, empty_list: bool = False) -> QWidget:
    """Holds a view's room until it is made; ``empty_list``: in the colour of an empty table."""
    widget = QWidget()
    widget.setAccessibleName(name)
    if empty_list:
        widget.setBackgroundRole(QPalette.ColorRole.Base)
        widget.setAutoFillBackground(True)
    return widget


class LoadProgress(QWidget):
    """The status bar's 'Reading big.txt  [ 42% ]  Cancel' while documents load."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Loading progress")
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setFormat("%p%")
        self.bar.setMaximumWidth(160)
        self.bar.setAccessibleName("Percent read")
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText("Cancel")
        self.cancel_button.setAccessibleName("Cancel opening")
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the status bar keeps its height: showing it relays out nothing
        self.setSizePolicy(policy)
        self.hide()

    def reading(self, path: str, done: float) -> None:
        self.label.setText(f"Reading {Path(path).name}…")
        self.bar.setValue(int(done * 100))
        self.cancel_button.setEnabled(True)
        self.show()

    def laying_out(self) -> None:
        """The read is done and cannot be taken back; its events are being placed."""
        self.label.setText("Placing events…")
        self.bar.setValue(100)
        self.cancel_button.setEnabled(False)


class MainWindow(QMainWindow):
    documents_changed = Signal()
    loading_finished = Signal()
    chronology_ready = Signal()  # once: the TimelineView is in place, showing the documents open by then
    _timeline_module_imported = Signal()  # from the thread that imports it

    def __init__(self, settings: QSettings | None = None, report_error: ErrorReporter | None = None,
                 remember: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Timeline Viewer")
        self.setAccessibleName("Timeline Viewer")
        self.setWindowIcon(QIcon(str(resource_path("icon.svg"))))
        self.setAcceptDrops(True)
        self.settings = settings or QSettings(ORGANISATION, APPLICATION)
        self._remembering = remember  # False for screenshots: a fixed layout, no settings written
        self._report_error = report_error or self._error_dialog
        self.selection = SelectionModel(self)
        self.documents: list[Document] = []
        self.loaded = LoadedDocuments()
        self.chronology: Chronology | None = None
        self.lane_mode = "actor"
        self.loader = DocumentLoader(self)
        self.loader.hold()  # until the first paint (see _dates_soon): the window shows first
        self.loader.text_read.connect(self._show_text)
        self.loader.loaded.connect(self._add_document)
        self.loader.failed.connect(self._failed)
        self.loader.progress_changed.connect(lambda path, done: self.load_progress.reading(path, done))
        self.loader.idle.connect(self._finish_loading)
        self.layout_builder = LayoutBuilder(self)
        self.layout_builder.built.connect(self._on_layout_built)
        self._layout_generation = 0
        self._keep = -1  # the event to keep selected once the layout under way is shown
        self._views_due: LoadedDocuments | None = None  # shown in the chronology, not yet in the other views
        self._timeline_view: TimelineView | None = None
        self._timeline_import: threading.Thread | None = None
        self._timeline_module_imported.connect(self.ensure_chronology)  # queued: emitted on the import thread
        self._build_views()
        self._build_actions()
        self.load_progress = LoadProgress(self)
        self.load_progress.cancel_requested.connect(self.cancel_loading)
        self.statusBar().addPermanentWidget(self.load_progress)
        self._status = QLabel(self)
        self._status.setAccessibleName("Summary")
        self.statusBar().addPermanentWidget(self._status)
        self._restore()
        # After the first paint when shown (see _dates_soon, _chronology_soon), at once on the
        # first turn when not.
        QTimer.singleShot(0, self, self._dates_soon)
        QTimer.singleShot(0, self, self._chronology_soon)

    # -- layout --------------------------------------------------------------------

    def _build_views(self) -> None:
        self.timeline: TimelineView | ChronologyPlaceholder = ChronologyPlaceholder()
        # Two hops: what the first paint itself queued (a smoke test's line) runs first.
        self.timeline.painted.connect(lambda: QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self._import_timeline)))
        self.source = SourceView(self.selection)
        # The details and the event table are made after the first paint (_make_views), behind
        # placeholders that hold their room; asking for either makes it at once.
        self._details: DetailPane | None = None
        self._table: EventTable | None = None
        self._find_bar: FindBar | None = None  # made at the first Find
        self.bottom_splitter = QSplitter()  # horizontal
        self.bottom_splitter.setObjectName("bottom_splitter")
        self.bottom_splitter.addWidget(self.source)
        self.bottom_splitter.addWidget(_placeholder("Event details"))
        self.bottom_splitter.setStretchFactor(0, 3)
        self.bottom_splitter.setStretchFactor(1, 2)
        self.splitter = QSplitter()
        self.splitter.setProperty("orientation", VERTICAL)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.timeline)
        self.splitter.addWidget(self.bottom_splitter)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        # The events dock is placed with the table, after the first paint; this holds its room.
        self._dock_room: QWidget | None = _placeholder("Event table", empty_list=True)
        separator = self.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent, None, self)
        self._dock_room.setFixedHeight(DOCK_HEIGHT + separator)
        layout.addWidget(self._dock_room)
        self._table_dock: QDockWidget | None = None  # made with the table: see _place_table_dock

    @property
    def details(self) -> DetailPane:
        if self._details is None:
            from viewer.ui.detail_pane import DetailPane

            pane = DetailPane(self.selection)
            pane.set_documents(self.loaded)
            sizes = self.bottom_splitter.sizes()
            self.bottom_splitter.replaceWidget(1, pane).deleteLater()
            self.bottom_splitter.setSizes(sizes)
            self._details = pane
        return self._details

    @property
    def table(self) -> EventTable:
        if self._table is None:
            from viewer.ui.event_table import EventTable

            table = EventTable(self.selection)
            table.set_documents(self.loaded)
            self._table = table
            self._place_table_dock(table)
        return self._table

    @property
    def table_dock(self) -> QDockWidget:
        if self._table_dock is None:
            self.table  # noqa: B018 (made with the table)
        return self._table_dock

    def _place_table_dock(self, table: EventTable) -> None:
        """The events dock, made after restoreState so that restoreDockWidget puts it where the
        saved layout had it (shown or not); else at the bottom, in its room's place."""
        from PySide6.QtCore import Qt

        dock = self._table_dock = QDockWidget("Events", self)
        dock.setObjectName("events_dock")
        dock.setWidget(table)
        self._view_menu.addAction(dock.toggleViewAction())
        room, self._dock_room = self._dock_room, None
        if not (self._remembering and self.restoreDockWidget(dock)):
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            self.resizeDocks([dock], [DOCK_HEIGHT], Qt.Orientation.Vertical)
        self.centralWidget().layout().removeWidget(room)
        room.deleteLater()

    def _make_views(self) -> None:
        """The details and the event table, in place of their placeholders."""
        self.details, self.table  # noqa: B018 (made when asked for)

    @property
    def find_bar(self) -> FindBar:
        """Above the chronology, hidden until Find; made the first time it is asked for."""
        if self._find_bar is None:
            from viewer.ui.find_bar import FindBar

            bar = FindBar(self.selection)
            bar.hide()
            bar.set_documents(self.loaded)
            bar.matches_changed.connect(lambda _m: self.table.set_filter(bar.edit.text().strip()))
            bar.closed.connect(lambda: self.table.set_filter(""))
            self.centralWidget().layout().insertWidget(0, bar)
            self._find_bar = bar
        return self._find_bar

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        # setShortcuts, not setShortcut: a standard key gets every binding the platform has, and
        # setShortcut's overloads would build Qt's enum namespace (15 ms) before the first paint.
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcuts([QKeySequence(shortcut)])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu("&File")
        self.open_action = self._action(file, "&Open…", self.choose_files, QKeySequence.StandardKey.Open)
        self.recent_menu = file.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addSeparator()
        self._action(file, "Export Chronology as &PNG…", lambda: self._export("png"))
        self._action(file, "Export Chronology as &SVG…", lambda: self._export("svg"))
        self._action(file, "Export Events as &CSV…", lambda: self._export("csv"))
        self._action(file, "Export Events as &JSON…", lambda: self._export("json"))
        file.addSeparator()
        self._action(file, "&Quit", self.close, QKeySequence.StandardKey.Quit)
        edit = bar.addMenu("&Edit")
        self.find_action = self._action(edit, "&Find…", lambda: self.find_bar.open_bar(), QKeySequence.StandardKey.Find)
        self._action(edit, "Find &Next", lambda: self.find_bar.step(), QKeySequence.StandardKey.FindNext)
        self._action(edit, "Find Pre&vious", lambda: self.find_bar.step(backwards=True),
                     QKeySequence.StandardKey.FindPrevious)
        view = bar.addMenu("&View")
        lanes = view.addMenu("&Lanes")
        self.lane_actions = QActionGroup(self)
        for mode, label in zip(LANE_MODES, ("By &actor", "By &document", "&Single lane")):
            action = self._action(lanes, label, lambda _=False, m=mode: self.set_lane_mode(m))
            action.setCheckable(True)
            action.setChecked(mode == self.lane_mode)
            action.setData(mode)
            self.lane_actions.addAction(action)
        view.addSeparator()
        self._action(view, "&Fit All", self._fit, "0")
        self._action(view, "Zoom &In", lambda: self._zoom(0.5), QKeySequence.StandardKey.ZoomIn)
        self._action(view, "Zoom &Out", lambda: self._zoom(2.0), QKeySequence.StandardKey.ZoomOut)
        view.addSeparator()
        self._view_menu = view  # the events dock's toggle comes last, with the dock
        go = bar.addMenu("&Go")
        self._action(go, "&Previous Event in Time", lambda: self._step("previous_in_time"), "Alt+Left")
        self._action(go, "&Next Event in Time", lambda: self._step("next_in_time"), "Alt+Right")
        self._action(go, "&First Event", lambda: self._step("first"), "Alt+Home")
        self._action(go, "&Last Event", lambda: self._step("last"), "Alt+End")

    # -- documents -----------------------------------------------------------------

    def open_paths(self, paths: Iterable[str | Path]) -> None:
        """Read files in the background; each arrives through ``documents_changed``."""
        for path in paths:
            if not self.loader.reads_inline(str(path)):  # a small file is in before the next paint
                self.load_progress.reading(str(path), 0.0)
            self.loader.read(str(path))

    def cancel_loading(self) -> None:
        """Stop every read under way or queued; the documents already open stay as they were."""
        paths = self.loader.cancel()
        self.load_progress.hide()
        if paths:
            names = ", ".join(Path(p).name for p in paths)
            self.statusBar().showMessage(f"Cancelled opening {names}", 6000)

    def _finish_loading(self) -> None:
        if self.loader.busy or self.layout_builder.pending or self._views_due is not None:
            return
        if self._status.text() == READING_DATES:  # the text shown ahead failed to read, or was cancelled
            self.source.set_documents(self.loaded)
            self._status.clear()
        self.load_progress.hide()
        self.loading_finished.emit()

    def choose_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(self, "Open Documents", self._last_dir(), TEXT_FILTER)
        self.open_paths(paths)

    def _add_document(self, path: str, doc: Document) -> None:
        keep = self.selection.current
        same = [i for i, d in enumerate(self.documents) if os.path.abspath(d.path) == os.path.abspath(path)]
        if same:
            self.documents[same[0]] = doc
            keep = -1
        else:
            self.documents.append(doc)
        self._remember(path)
        left_out = f"; {len(doc.problems)} rows left out" if doc.problems else ""
        self.statusBar().showMessage(f"Opened {Path(path).name}{left_out}", 4000)
        self._refresh(keep)
        if doc.problems:  # an events file whose bad rows were left out: say so once, the good rows are open
            from viewer.core.exchange.event_import import problems_message

            self._report_error(path, problems_message(path, doc.problems, len(doc.events)))

    def _show_text(self, path: str, text: str) -> None:
        """A small document's text, before its dates: shown when no other document is."""
        if not self.documents and self.source.document().isEmpty():
            self.source.show_text(text)
            self._status.setText(READING_DATES)

    def _dates_soon(self) -> None:
        if not self.isVisible():
            self._read_dates()
        else:  # the first paint calls it (paintEvent); this is the backstop
            QTimer.singleShot(DATES_AT_LATEST_MS, self, self._read_dates)

    def _read_dates(self) -> None:
        if self.loader.held:
            self._make_views()
            self.loader.release()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if self.loader.held:  # the first paint: the rest comes in once this paint pass is done
            QTimer.singleShot(0, self, self._read_dates)

    def _failed(self, path: str, problem: str) -> None:
        self.statusBar().showMessage(f"Could not open {Path(path).name}", 6000)
        self._report_error(path, f"Could not open {path}: {problem}")

    def _error_dialog(self, path: str, message: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, "Timeline Viewer", message, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _refresh(self, keep: int) -> None:
        """Rebuild every view from ``documents``; a large set is laid out off the GUI thread.

        A small set before the chronology exists gets its Chronology when the view is made.
        """
        self._layout_generation += 1
        self._keep = keep
        if sum(len(d.events) for d in self.documents) < LAYOUT_OFF_THREAD_FROM:
            chronology = self._chronology_of(self.documents) if self._timeline_view is not None else None
            self._show_layout(LoadedDocuments(self.documents), chronology, keep)
            return
        self.load_progress.laying_out()
        self.load_progress.show()
        self.layout_builder.build(self._layout_generation, self.documents, self.lane_mode)

    def _on_layout_built(self, generation: int, loaded: LoadedDocuments, chronology: Chronology) -> None:
        """A large set: the chronology is shown (and painted) on this turn of the event loop,
        the other views on the next, so that no turn holds the GUI thread for both."""
        if generation == self._layout_generation:  # an older layout is dropped: the documents moved on
            self._show_chronology(loaded, chronology)
            self._views_due = loaded
            QTimer.singleShot(VIEWS_AFTER_MS, self, lambda: self._show_views_due(loaded))
        self._finish_loading()

    def _show_views_due(self, loaded: LoadedDocuments) -> None:
        if self._views_due is loaded:  # else a later layout is shown, or under way and showing this meanwhile
            self._views_due = None
            self._show_views(loaded, self._keep)
        self._finish_loading()

    def _show_layout(self, loaded: LoadedDocuments, chronology: Chronology | None, keep: int) -> None:
        self._show_chronology(loaded, chronology)
        self._show_views(loaded, keep)

    def _show_chronology(self, loaded: LoadedDocuments, chronology: Chronology | None) -> None:
        self.selection.clear()  # before any view changes: no index stays selected across two sets
        if self._views_due is not None and self._views_due is not loaded:
            self._views_due = None  # superseded: these documents replace those
        self.loaded, self.chronology = loaded, chronology
        if self._timeline_view is not None and chronology is not None:
            self._timeline_view.set_chronology(chronology)

    def _show_views(self, loaded: LoadedDocuments, keep: int) -> None:
        for view in (self.source, self.details, self.table, self._find_bar):
            if view is not None:
                view.set_documents(loaded)
        self._status.setText(status_text(loaded.documents))
        names = ", ".join(Path(d.path).name for d in loaded.documents)
        self.setWindowTitle(f"{names} — Timeline Viewer" if names else "Timeline Viewer")
        if 0 <= keep < len(loaded):
            self.selection.select(keep)
        elif len(loaded):
            first = self.chronology.first() if self.chronology is not None else first_in_time(loaded)
            self.selection.select(first if first >= 0 else 0)
        self.documents_changed.emit()

    def _chronology_of(self, docs: list[Document]) -> Chronology:
        from viewer.core.chart.chronology import Chronology

        return Chronology.from_documents(docs, lane_mode=self.lane_mode)

    # -- the chronology, after the first paint -------------------------------------------

    @property
    def chronology_shown(self) -> bool:
        """Is the TimelineView in place (``chronology_ready`` has been emitted)?"""
        return self._timeline_view is not None

    def _chronology_soon(self) -> None:
        if not self.isVisible():
            self._import_timeline()
        else:  # the placeholder's first paint calls _import_timeline; this is the backstop
            QTimer.singleShot(CHRONOLOGY_AT_LATEST_MS, self, self._import_timeline)

    def _import_timeline(self) -> None:
        """numpy and pyqtgraph, a third of a second, imported on a thread: the window keeps
        answering meanwhile (the GUI thread waits only for the GIL now and then, 25 ms at most
        where importing them itself held it 300 ms). The view is made on the GUI thread."""
        if self._timeline_import is not None or self._timeline_view is not None:
            return
        if "viewer.ui.timeline_view" in sys.modules:  # another window brought it in
            QTimer.singleShot(0, self, self.ensure_chronology)
            return
        self._timeline_import = threading.Thread(target=self._import_in_thread, name="timeline import", daemon=True)
        self._timeline_import.start()

    def _import_in_thread(self) -> None:
        try:
            import viewer.ui.timeline_view  # noqa: F401
        except Exception:  # noqa: BLE001 ensure_chronology imports it again on the GUI thread, which reports it
            pass
        try:
            self._timeline_module_imported.emit()
        except RuntimeError:  # the window was deleted meanwhile
            pass

    def ensure_chronology(self) -> TimelineView:
        """The TimelineView, made now if it is not yet, showing the open documents."""
        if self._timeline_view is not None:
            return self._timeline_view
        from viewer.ui.timeline_view import TimelineView

        view = TimelineView(self.selection)
        view.setAccessibleName("Chronology")
        placeholder = self.timeline
        sizes = self.splitter.sizes()
        self.splitter.replaceWidget(self.splitter.indexOf(placeholder), view)
        self.splitter.setSizes(sizes)
        placeholder.deleteLater()
        self.timeline = self._timeline_view = view
        if self.chronology is None and len(self.loaded):
            self.chronology = self._chronology_of(self.loaded.documents)
        if self.chronology is not None:
            view.set_chronology(self.chronology)  # it follows the selection made so far
        self.chronology_ready.emit()
        return view

    def set_lane_mode(self, mode: str) -> None:
        self.lane_mode = mode
        for action in self.lane_actions.actions():
            action.setChecked(action.data() == mode)
        if self.documents:
            self._refresh(self.selection.current)

    def select_text(self, text: str) -> bool:
        """Select the first event whose sentence contains ``text``."""
        for i in range(len(self.loaded)):
            doc = self.loaded.document_of(i)
            sentence = self.loaded.event(i).sentence
            if text in doc.text[sentence.start:sentence.end]:
                self.selection.select(i)
                return True
        return False

    # -- view commands ---------------------------------------------------------------

    def _fit(self) -> None:
        self.ensure_chronology().fit_all()

    def _zoom(self, factor: float) -> None:
        self.ensure_chronology().zoom_by(factor)

    def _step(self, how: str) -> None:
        self.ensure_chronology()
        if self.chronology is None or not len(self.chronology):
            return
        method = getattr(self.chronology, how)
        current = self.selection.current
        target = method() if how in ("first", "last") else method(current) if current >= 0 else self.chronology.first()
        if target is not None and target >= 0:
            self.selection.select(int(target))

    # -- export ----------------------------------------------------------------------

    def _export(self, kind: str) -> None:
        filters = {"png": "PNG image (*.png)", "svg": "SVG image (*.svg)",
                   "csv": "CSV (*.csv)", "json": "JSON (*.json)"}
        start = os.path.join(self._last_dir(), f"chronology.{kind}")
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, f"Export {kind.upper()}", start, filters[kind])
        if path:
            self.export(kind, path)

    def export(self, kind: str, path: str | Path) -> None:
        """Write the chronology (png, svg) or the events (csv, json), atomically."""
        import json

        from viewer.core.exchange.atomic_write import write_text_atomically
        from viewer.core.exchange.export import documents_json_obj, events_csv

        try:
            if kind == "csv":
                write_text_atomically(path, events_csv(self.documents))
            elif kind == "json":
                write_text_atomically(path, json.dumps(documents_json_obj(self.documents), ensure_ascii=False, indent=1) + "\n")
            elif kind == "png":
                self.ensure_chronology().export_png(str(path))
            else:
                self.ensure_chronology().export_svg(str(path))
        except OSError as err:
            reason = (err.strerror or str(err)).lower()
            self._report_error(str(path), f"Could not save {path}: {reason}; nothing there was changed")
        else:
            self.statusBar().showMessage(f"Exported {Path(path).name}", 4000)

    # -- drag and drop -----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    # -- settings ------------------------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _remember(self, path: str) -> None:
        if not self._remembering:
            return
        path = os.path.abspath(path)
        recent = [path] + [p for p in self.recent_files() if p != path]
        self.settings.setValue("recent_files", recent[:MAX_RECENT])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_files():
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_paths([p]))
        self.recent_menu.setEnabled(True)
        if not self.recent_files():
            self.recent_menu.addAction("(none)").setEnabled(False)

    def _last_dir(self) -> str:
        recent = self.recent_files()
        return os.path.dirname(recent[0]) if recent else os.path.expanduser("~")

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry") if self._remembering else None
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(1400, 900)
            self.splitter.setSizes([480, 340])
            self.bottom_splitter.setSizes([820, 560])
        if not self._remembering:
            return
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        for splitter in (self.splitter, self.bottom_splitter):
            sizes = self.settings.value(f"window/{splitter.objectName()}")
            if isinstance(sizes, QByteArray):
                splitter.restoreState(sizes)

    def save_settings(self) -> None:
        if not self._remembering:
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self._dock_room is None:  # the dock is placed: its state is the user's
            self.settings.setValue("window/state", self.saveState())
        for splitter in (self.splitter, self.bottom_splitter):
            self.settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.save_settings()
        self.loader.cancel()
        self.loader.wait()
        self.layout_builder.wait()
        if self._timeline_import is not None and self._timeline_import.is_alive():
            self._timeline_import.join()  # an import cut off at exit can crash in an extension's set-up
        super().closeEvent(event)


def application() -> QApplication:
    app = QApplication.instance() or QApplication([])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Timeline Viewer")
    app.setDesktopFileName("io.github.timeline_viewer.TimelineViewer")  # Wayland takes the icon from it
    return app
