"""The main window builds the parts, each in a module of its own, and connects them.

The documents, their layout and the current event are the Session's; the views listen to it.
A start shows the window in three steps: first a small document's text ("Reading dates…" in
the status bar); on the next turn its dates, in the table, the details and the summary; then
the chronology, once its modules are imported on a thread, in the place a placeholder held.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QSplitter, QVBoxLayout, QWidget

from viewer.bundled import resource_path
from viewer.ui import placeholders, plain_text, window_part
from viewer.ui.loader import DocumentLoader
from viewer.ui.menus import Menus
from viewer.ui.recent_files import RecentFiles
from viewer.ui.session import Session
from viewer.ui.settings_values import disarm_pickled_values
from viewer.ui.source_view import SourceView
from viewer.ui.status import StatusBar
from viewer.ui.timeline_import import TimelineImport
from viewer.ui.window_part import WindowPart
from viewer.ui.window_state import WindowState

# Dialogs, export and events of kinds a start does not see are imported where they are used:
# each Qt class costs its first user up to a few ms. So is the reader (viewer.core.document and
# what it imports): the first paint shows the document's text, its dates come in after.
if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from viewer.core.chart.chronology import Chronology
    from viewer.core.document import Document
    from viewer.ui.detail_pane import DetailPane
    from viewer.ui.event_filter import EventFilter
    from viewer.ui.event_table import EventTable
    from viewer.ui.filter_bar import FilterBar
    from viewer.ui.find_bar import FindBar
    from viewer.ui.loaded import LoadedDocuments
    from viewer.ui.loader import LayoutBuilder
    from viewer.ui.timeline_view import TimelineView

ORGANISATION = APPLICATION = "timeline-viewer"

ErrorReporter = Callable[[str, str], None]


class MainWindow(QMainWindow):
    # After the first paint (_read_dates), or when first asked for: the project file; the user's corrections.
    project, editing = WindowPart(window_part.project_files), WindowPart(window_part.edit_actions)
    loading_finished = Signal()
    chronology_ready = Signal()  # once: the TimelineView is in place, showing the documents open by then
    view_made = Signal(object)  # the details, the table or the chronology, made (each once, after the first paint)

    def __init__(self, settings: QSettings | None = None, report_error: ErrorReporter | None = None,
                 remember: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Timeline Viewer")
        self.setAccessibleName("Timeline Viewer")
        self.setWindowIcon(QIcon(str(resource_path("icon.svg"))))
        self.setAcceptDrops(True)
        self.settings = settings or QSettings(ORGANISATION, APPLICATION)
        self._remembering = remember  # False for screenshots: a fixed layout, no settings written
        self._report_error = report_error or (lambda _path, message: plain_text.warn(self, message))
        disarm_pickled_values()  # before any setting is read: see settings_values
        self.recent = RecentFiles(self.settings, remember, self)
        self.recent.chosen.connect(lambda path: self.open_paths([path]))
        self.session = Session(self)
        self.selection = self.session.selection
        self.session.layout_started.connect(lambda: self.status_bar.load_progress.laying_out())
        self.session.layout_built.connect(self._show_chronology)
        self.session.documents_changed.connect(self._show_documents)
        self.session.lane_mode_changed.connect(self._check_lane_mode)
        self.session.settled.connect(self._finish_loading)
        self.session.reread_requested.connect(lambda path, stored: self.loader.read(path, stored=stored))
        self.loader = DocumentLoader(self)
        self.loader.hold()  # until the first paint (see _dates_soon): the window shows first
        self.loader.text_read.connect(self._show_text)
        self.loader.loaded.connect(self._add_document)
        self.loader.failed.connect(self._failed)
        self.loader.failed.connect(lambda path, _problem: self.recent.forget_if_gone(path))
        self.loader.progress_changed.connect(lambda path, done: self.status_bar.load_progress.reading(path, done))
        self.loader.idle.connect(self._finish_loading)
        self._timeline_view: TimelineView | None = None
        self.timeline_import = TimelineImport(self)
        self.timeline_import.imported.connect(self.ensure_chronology)
        self._build_views()
        self._build_actions()
        self.status_bar = StatusBar(self)
        self.status_bar.load_progress.cancel_requested.connect(self.cancel_loading)
        self.setStatusBar(self.status_bar)
        self.state = WindowState(self, self.settings, (self.splitter, self.bottom_splitter))
        self._restore()
        # After the first paint when shown (see _dates_soon, _chronology_soon), else at once.
        QTimer.singleShot(0, self, self._dates_soon)
        QTimer.singleShot(0, self, self._chronology_soon)

    # What the benchmarks and the tests read: the session holds them.
    @property
    def documents(self) -> list[Document]:
        return self.session.documents

    @property
    def loaded(self) -> LoadedDocuments:
        return self.session.loaded

    @property
    def chronology(self) -> Chronology | None:
        return self.session.chronology

    @property
    def layout_builder(self) -> LayoutBuilder:
        return self.session.layout_builder

    # -- layout --------------------------------------------------------------------

    def _build_views(self) -> None:
        self.timeline: TimelineView | placeholders.ChronologyPlaceholder = placeholders.ChronologyPlaceholder()
        # Two hops: what the first paint itself queued (a smoke test's line) runs first.
        self.timeline.painted.connect(
            lambda: QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self._import_timeline)))
        self.source = SourceView(self.selection)
        # The details and the event table are made after the first paint (_read_dates), behind
        # placeholders that hold their room; asking for either makes it at once.
        self._details: DetailPane | None = None
        self._table: EventTable | None = None
        self._find_bar: FindBar | None = None  # made at the first Find
        self._filter: EventFilter | None = None  # made at the first Find or filter
        self._filter_bar: FilterBar | None = None
        self.bottom_splitter = QSplitter()  # horizontal
        self.bottom_splitter.setObjectName("bottom_splitter")
        self.bottom_splitter.addWidget(self.source)
        self.bottom_splitter.addWidget(placeholders.placeholder("Event details"))
        self.bottom_splitter.setStretchFactor(0, 3)
        self.bottom_splitter.setStretchFactor(1, 2)
        self.splitter = QSplitter()
        self.splitter.setProperty("orientation", placeholders.VERTICAL)
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
        self._dock_room: QWidget | None = placeholders.dock_room("Event table", self)
        layout.addWidget(self._dock_room)
        self._table_dock: QDockWidget | None = None  # made with the table: see _place_table_dock

    @property
    def details(self) -> DetailPane:
        if self._details is None:
            from viewer.ui.detail_pane import DetailPane

            pane = DetailPane(self.selection)
            pane.set_documents(self.loaded)
            pane.set_lane_mode(self.session.lane_mode)
            self.session.lane_mode_changed.connect(pane.set_lane_mode)
            placeholders.swap_in(self.bottom_splitter, 1, pane)
            self._details = pane
            self.view_made.emit(pane)
        return self._details

    @property
    def table(self) -> EventTable:
        if self._table is None:
            from viewer.ui.event_table import EventTable

            table = EventTable(self.selection)
            table.set_documents(self.loaded)
            table.set_lane_mode(self.session.lane_mode)
            self.session.lane_mode_changed.connect(table.set_lane_mode)
            self._table = table
            self._place_table_dock(table)
            self.view_made.emit(table)
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
            self.resizeDocks([dock], [placeholders.DOCK_HEIGHT], Qt.Orientation.Vertical)
        self.centralWidget().layout().removeWidget(room)
        room.deleteLater()

    @property
    def find_bar(self) -> FindBar:
        """Above the chronology, hidden until Find; made the first time it is asked for."""
        if self._find_bar is None:
            from viewer.ui.find_bar import FindBar

            bar = FindBar(self.selection, self.event_filter)
            bar.hide()
            self.centralWidget().layout().insertWidget(0, bar)
            self._find_bar = bar
        return self._find_bar

    @property
    def filter_bar(self) -> FilterBar:
        """View › Filter, between the find bar and the chronology; made the first time it is asked for."""
        if self._filter_bar is None:
            from viewer.ui.filter_bar import FilterBar

            bar = self._filter_bar = FilterBar(self.event_filter)
            bar.hide()
            bar.visible_range_requested.connect(lambda: bar.set_days(*self.ensure_chronology().visible_range()))
            layout = self.centralWidget().layout()
            layout.insertWidget(layout.indexOf(self.splitter), bar)
        return self._filter_bar

    @property
    def event_filter(self) -> EventFilter:
        """Which events the table and the chronology show, and which Find matches."""
        if self._filter is None:
            from viewer.ui.event_filter import EventFilter

            self._filter = EventFilter(self.session, self)
            self._filter.changed.connect(self._show_filtered)
        return self._filter

    def _show_filtered(self) -> None:
        f = self.event_filter
        self.table.set_shown(f.shown, f.matched)
        self.source.mark_occurrences(f.query)
        self.status_bar.shown_count.show_count(f.shown_count, f.event_count, f.shown is not None)
        if self._timeline_view is not None:
            from viewer.ui.event_filter import show_on_chronology

            show_on_chronology(self._timeline_view, f)

    def _build_actions(self) -> None:
        menus = self.menus = Menus(self)
        self.open_action, self.find_action = menus.open_action, menus.find_action
        self.recent_menu, self.lane_actions, self._view_menu = menus.recent_menu, menus.lane_actions, menus.view

    # -- documents -----------------------------------------------------------------

    def open_paths(self, paths: Iterable[str | Path]) -> None:
        """Read files in the background; each arrives in the session, which announces it. A project opens as one."""
        from viewer.core.project.schema import PROJECT_SUFFIX

        for path in paths:
            if str(path).lower().endswith(PROJECT_SUFFIX):
                self.project.open_project(str(path))
                continue
            if not self.loader.reads_inline(str(path)):  # a small file is in before the next paint
                self.status_bar.load_progress.reading(str(path), 0.0)
            self.loader.read(str(path))

    def cancel_loading(self) -> None:
        """Stop every read under way or queued; the documents already open stay as they were."""
        self.status_bar.cancelled(self.loader.cancel())

    def _finish_loading(self) -> None:
        if self.loader.busy or self.session.settling:
            return
        if self.status_bar.summary.reading_dates:  # the text shown ahead failed to read, or was cancelled
            self.source.set_documents(self.loaded)
            self.status_bar.summary.clear()
        self.status_bar.load_progress.hide()
        self.loading_finished.emit()

    def _add_document(self, path: str, doc: Document) -> None:
        self.recent.remember(path)
        self.status_bar.opened(path, len(doc.problems))
        self.session.add(path, doc)
        if doc.problems:  # an events file whose bad rows were left out: say so once, the good rows are open
            from viewer.core.exchange.event_files import problems_message

            self._report_error(path, problems_message(path, doc.problems, len(doc.events)))

    def _show_text(self, path: str, text: str) -> None:
        """A small document's text, before its dates: shown when no other document is."""
        if not self.documents and self.source.document().isEmpty():
            self.source.show_text(text)
            self.status_bar.summary.show_reading_dates()

    def _dates_soon(self) -> None:
        if not self.isVisible():
            self._read_dates()
        else:  # the first paint calls it (paintEvent); this is the backstop
            QTimer.singleShot(placeholders.DATES_AT_LATEST_MS, self, self._read_dates)

    def _read_dates(self) -> None:
        if self.loader.held:
            self.details, self.table, self.project, self.editing  # noqa: B018 (made when asked for)
            self.loader.release()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if self.loader.held:  # the first paint: the rest comes in once this paint pass is done
            QTimer.singleShot(0, self, self._read_dates)

    def _failed(self, path: str, problem: str) -> None:
        self.status_bar.not_opened(path)
        from viewer.core.exchange.safe_text import shown

        self._report_error(path, f"Could not open {shown(path)}: {shown(problem)}")

    # -- what the session announces ------------------------------------------------------

    def _show_chronology(self, _loaded: LoadedDocuments, chronology: Chronology | None) -> None:
        if self._timeline_view is not None and chronology is not None:
            self._timeline_view.set_chronology(chronology)

    def made_views(self) -> list[QWidget]:  # the details, the table and the chronology made so far
        return [v for v in (self._details, self._table, self._timeline_view) if v is not None]

    def _show_documents(self, loaded: LoadedDocuments) -> None:  # the views not made yet take them when made
        for view in (self.source, self._details, self._table):
            if view is not None:
                view.set_documents(loaded)
        self.status_bar.summary.show_documents(loaded)
        self.project.show_title()  # the project's name, or the documents', and whether it is saved

    def _check_lane_mode(self, mode: str) -> None:
        for action in self.lane_actions.actions():
            action.setChecked(action.data() == mode)

    # -- the chronology, after the first paint -------------------------------------------

    @property
    def chronology_shown(self) -> bool:
        """Is the TimelineView in place (``chronology_ready`` has been emitted)?"""
        return self._timeline_view is not None

    def _chronology_soon(self) -> None:
        if not self.isVisible():
            self._import_timeline()
        else:  # the placeholder's first paint calls _import_timeline; this is the backstop
            QTimer.singleShot(placeholders.CHRONOLOGY_AT_LATEST_MS, self, self._import_timeline)

    def _import_timeline(self) -> None:
        if self._timeline_view is None:  # else made already: asked for before its modules came in
            self.timeline_import.start()

    def ensure_chronology(self) -> TimelineView:
        """The TimelineView, made now if it is not yet, showing the open documents."""
        if self._timeline_view is not None:
            return self._timeline_view
        from viewer.ui.timeline_view import TimelineView

        view = TimelineView(self.selection)
        view.setAccessibleName("Chronology")
        placeholders.swap_in(self.splitter, self.splitter.indexOf(self.timeline), view)
        self.timeline = self._timeline_view = view
        chronology = self.session.with_chronology()
        if chronology is not None:
            view.set_chronology(chronology)  # it follows the selection made so far
        view.hidden_lanes_changed.connect(lambda names: self.event_filter.set_hidden_lanes(names))  # lane list
        if self._filter is not None:
            self._show_filtered()
        self.view_made.emit(view)
        self.chronology_ready.emit()
        self.loader.warm()  # the window has shown what it shows first: the reader is made ready
        return view

    # -- view commands ---------------------------------------------------------------

    def _step(self, how: str) -> None:
        self.ensure_chronology()
        self.session.step(how)

    def _export(self, kind: str) -> None:
        from viewer.ui.exports import choose_export_path

        path = choose_export_path(self, kind, self.settings, self._remembering)
        if path:
            self.export(kind, path)

    def export(self, kind: str, path: str | Path) -> None:
        """Write the chronology (png, svg), the events (csv, json, timelinejs, timeml, ics) or a report."""
        from viewer.ui.exports import failure_message, write_export

        try:
            write_export(kind, path, self.documents, self.ensure_chronology)
        except OSError as err:
            self._report_error(str(path), failure_message(path, err))
        else:
            self.status_bar.exported(path)

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

    def _restore(self) -> None:
        if not (self._remembering and self.state.restore_geometry()):
            self.resize(1400, 900)
            self.splitter.setSizes([480, 340])
            self.bottom_splitter.setSizes([820, 560])
        if self._remembering:
            self.state.restore_layout()

    def save_settings(self) -> None:
        if self._remembering:
            self.state.save(with_docks=self._dock_room is None)  # placed, the dock is where the user put it

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self.project.maybe_close():  # unsaved changes: Save, Discard or Cancel
            event.ignore()
            return
        self.save_settings()
        self.loader.cancel()
        self.loader.wait()
        self.session.wait()
        self.timeline_import.join()
        super().closeEvent(event)


def application() -> QApplication:
    app = QApplication.instance() or QApplication([])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Timeline Viewer")
    app.setDesktopFileName("io.github.timeline_viewer.TimelineViewer")  # Wayland takes the icon from it
    return app
