"""Every event in a sortable table (undated ones too), following the selection.

The model sorts and filters itself: a QSortFilterProxyModel would call ``data()``
from C++ for every comparison, over a million Python calls (7 s) for 55,000 events.
It lists the events the EventFilter shows (the chronology draws the same ones), dims
those Find does not match, and marks the column the chronology's lanes come from with
each lane's colour.

The Date, Lane and Title cells are edited in place (F2, a double click): the model reads a
date as it is typed (core/edits/typed_dates.py) and refuses one it cannot read, saying why
(``edit_refused``); what it takes, it hands on as ``edit_requested`` for whoever makes the
edit a step of the undo stack (EditActions): the table shows it once the session lays out.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolTip, QWidget

from viewer.core.chart.lane_modes import document_names
from viewer.core.kinds import NO_ACTOR, NO_SECTION
from viewer.ui.lane_colours import is_dark, lane_colour
from viewer.ui.loaded import LoadedDocuments
from viewer.ui.plain_text import tool_tip
from viewer.ui.selection import SelectionModel
from viewer.ui.table_edit import LaneDelegate

COLUMNS = ("Date", "Lane", "Section", "Title", "Dating", "Document")
DATE, LANE, SECTION, TITLE, DATING, DOCUMENT = range(6)
EDITABLE = {DATE: "date", LANE: "lane", TITLE: "title"}  # the cells edited in place, and what they set
# The column that shows the chronology's lane, for each lane mode: its swatches.
LANE_COLUMN = {"actor": LANE, "section": SECTION, "document": DOCUMENT}
# Rows sampled to size the Date and Lane columns; Qt's default, 1000, costs 100 ms.
SIZE_SAMPLE_ROWS = 100
# From this many events the rows are kept in numpy arrays (a tenth of the memory of a
# list, and lexsort); below it plain lists do, and the first paint needs no numpy.
NUMPY_FROM = 5_000
# The Date cells' texts kept once worked out (sizing the column and painting ask for the same
# rows again and again); past this many, the next set of rows starts afresh.
DATES_KEPT = 5_000
# The roles ``data`` answers; the others it leaves to the view's defaults.
_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole))


def _text_order(keys: list[str]):
    return sorted(range(len(keys)), key=keys.__getitem__)


def _order(loaded: LoadedDocuments, column: int):
    events = loaded.events
    if column == DOCUMENT:  # in the documents' order: the flat order
        return list(range(len(events)))
    if column == DATE:  # worked out with the layout (loaded.prepare)
        return loaded.date_order(len(events) >= NUMPY_FROM)
    if column == LANE:  # named lanes first, then the sentences with no actor
        return _text_order([f"{0 if e.lane else 1}{(e.lane or '').casefold()}" for e in events])
    if column == SECTION:  # in the document's order: the first heading's events first
        return _text_order([f"{0 if e.section else 1}" for e in events])
    if column == TITLE:
        return _text_order([e.title.casefold() for e in events])
    return _text_order([e.dating for e in events])


def _index(rows, count: int):
    """(rows, row of each of ``count`` flat indices, -1 when not shown), as arrays or lists."""
    if count < NUMPY_FROM:
        rows = rows.tolist() if hasattr(rows, "tolist") else list(rows)
        row_of = [-1] * count
        for row, flat in enumerate(rows):
            row_of[flat] = row
        return rows, row_of
    import numpy as np

    rows = np.ascontiguousarray(rows, dtype=np.int32)
    row_of = np.full(count, -1, dtype=np.int32)
    row_of[rows] = np.arange(len(rows), dtype=np.int32)
    return rows, row_of


class EventTableModel(QAbstractTableModel):
    """One row per event; ``flat_index(row)`` is the event's flat index, ``row_of`` the reverse."""

    edit_requested = Signal(int, str, str)  # flat index, "date", "lane" or "title", the text typed
    edit_refused = Signal(int, str)  # flat index, why: one sentence

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._events: list = []
        self._loaded = LoadedDocuments()
        self._rows: list[int] = []  # flat index of each row shown (an array from NUMPY_FROM events)
        self._row_of: list[int] = []  # row of each flat index, -1 when filtered out
        self._column, self._descending = DATE, False
        self._shown: Sequence[bool] | None = None  # the EventFilter's: None lists every event
        self._matched: Sequence[bool] | None = None  # Find's: the rest dimmed; None when Find is off
        self._lane_mode = "actor"
        self._lanes: list[str] = []  # each event's lane in the lane mode
        self._swatches: dict[str, QColor] = {}
        self._dark, self._dim = False, QColor()
        self._document_names: list[str] = []
        self._dates: dict[int, str] = {}  # the Date cells' text by flat index, as shown (at most DATES_KEPT)

    def set_documents(self, loaded: LoadedDocuments) -> None:
        """The events of ``loaded``, all of them listed until the next ``set_shown``."""
        self.beginResetModel()
        self._loaded = loaded
        self._events = loaded.events  # the one list the views share
        self._document_names = document_names(loaded)
        self._dates = {}
        self._swatches = {}  # a lane's colour may be the user's, changed with the documents
        self._shown = self._matched = None
        self._lanes = loaded.lanes(self._lane_mode) if self._lane_mode in LANE_COLUMN else []
        self._arrange()
        self.endResetModel()

    def set_lane_mode(self, mode: str) -> None:
        """Which column shows the chronology's lanes, with their colours."""
        self._lane_mode = mode
        self._lanes = self._loaded.lanes(mode) if mode in LANE_COLUMN else []
        self._restyle()

    def set_palette(self, palette: QPalette) -> None:
        """Swatches for a light or dark base; the text of what Find does not match dimmed."""
        self._dark, self._swatches = is_dark(palette), {}
        text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
        self._dim = QColor.fromRgbF(*((t + b) / 2 for t, b in zip(text.getRgbF()[:3], base.getRgbF()[:3])))
        self._restyle()

    def _restyle(self) -> None:
        if len(self._rows):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:  # Qt override
        self.beginResetModel()
        self._column, self._descending = column, order == Qt.SortOrder.DescendingOrder
        self._arrange()
        self.endResetModel()

    def set_shown(self, shown: Sequence[bool] | None, matched: Sequence[bool] | None = None) -> None:
        """List the events ``shown`` holds (a bool a flat index; None: all), dimming those not
        ``matched`` (None: none dimmed). Masks of another length than the events are ignored:
        they were worked out for other documents."""
        count = len(self._events)
        shown = shown if shown is not None and len(shown) == count else None
        matched = matched if matched is not None and len(matched) == count else None
        if shown is not self._shown and (shown is None or self._shown is None or list(shown) != list(self._shown)):
            self.beginResetModel()
            self._shown, self._matched = shown, matched
            self._arrange()
            self.endResetModel()
        elif matched is not self._matched:
            self._matched = matched
            self._restyle()

    def _arrange(self) -> None:
        rows = _order(self._loaded, self._column)
        if self._descending:
            rows = rows[::-1]
        shown = self._shown
        if shown is not None:
            if len(self._events) < NUMPY_FROM:
                rows = [i for i in rows if shown[i]]
            else:
                import numpy as np

                rows = np.asarray(rows, dtype=np.int64)
                rows = rows[np.asarray(shown, dtype=bool)[rows]]
        self._rows, self._row_of = _index(rows, len(self._events))

    def flat_index(self, row: int) -> int:
        return int(self._rows[row])

    @property
    def event_count(self) -> int:
        return len(self._events)

    def row_of(self, index: int) -> int:
        return int(self._row_of[index]) if 0 <= index < len(self._row_of) else -1

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt override; an invalid index is a value)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt override; an invalid index is a value)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role not in _ROLES:  # a cell is asked for a dozen roles each time it is drawn or sized
            return None
        flat = int(self._rows[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(flat, index.column())
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(flat, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._dim if self._matched is not None and not self._matched[flat] else None
        if role == Qt.ItemDataRole.DecorationRole and self._lanes and index.column() == LANE_COLUMN[self._lane_mode]:
            return self._swatch(self._lanes[flat])
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (TITLE, DOCUMENT):
            # a title "<img src=...>" shown as written; a document's whole path
            text = self._events[flat].title if index.column() == TITLE else self._loaded.document_of(flat).path
            return tool_tip(text)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 (Qt override)
        """Hand on what was typed in a Date, Lane or Title cell; refuse a date that cannot be read."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in EDITABLE:
            return False
        flat, text = self.flat_index(index.row()), " ".join(str(value or "").split())
        if text == self._edit_text(flat, index.column()):
            return False
        if index.column() == DATE:
            from viewer.ui.event_editor import read_date

            problem = read_date(text)[1]
            if problem:
                self.edit_refused.emit(flat, problem)
                return False
        self.edit_requested.emit(flat, EDITABLE[index.column()], text)
        return True

    def _edit_text(self, flat: int, column: int) -> str:
        """What an edited cell starts with: no "—" for no date, no "No actor" for no lane."""
        event = self._events[flat]
        if column == DATE:
            return self._text(flat, DATE) if event.interval else ""
        if column == LANE:
            return event.lane or ""
        return self._text(flat, column)

    def lane_choices(self) -> list[str]:
        """Every actor's lane, for the Lane cell's editor."""
        return sorted({e.lane for e in self._events if e.lane}, key=str.casefold)

    def _swatch(self, lane: str) -> QColor:
        colour = self._swatches.get(lane)
        if colour is None:
            colour = self._swatches[lane] = lane_colour(lane, self._dark)
        return colour

    def _text(self, flat: int, column: int) -> str:
        if column == DOCUMENT:
            return self._document_names[self._loaded.locate(flat)[0]]
        event = self._events[flat]
        if column == DATE:  # asked for again and again (to size the column, to paint): kept
            text = self._dates.get(flat)
            if text is None:
                from viewer.core.dates.date_text import date_text  # in by the time there are rows

                if len(self._dates) >= DATES_KEPT:
                    self._dates.clear()
                text = self._dates[flat] = date_text(event.value, event.interval) if event.interval else "—"
            return text
        if column == LANE:
            return event.lane or NO_ACTOR
        if column == SECTION:
            return event.section or NO_SECTION
        if column == TITLE:
            return event.title
        return event.dating


class EventTable(QTableView):
    edit_requested = Signal(int, str, str)  # see EventTableModel
    edit_refused = Signal(str)  # the one sentence that says why an edit was refused

    def __init__(self, selection: SelectionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Event table")
        self._selection = selection
        self.refusal = ""  # why the last edit was refused
        self.source_model = EventTableModel(self)
        self.setModel(self.source_model)
        self.setSortingEnabled(True)
        self.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(triggers.EditKeyPressed | triggers.DoubleClicked)
        self.setItemDelegateForColumn(LANE, LaneDelegate(self))
        self.source_model.edit_requested.connect(self.edit_requested)
        self.source_model.edit_refused.connect(self._refused)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.sortIndicatorChanged.connect(lambda *_: self._follow(self._selection.current))
        self.selectionModel().currentRowChanged.connect(self._row_changed)
        selection.current_changed.connect(self._follow)
        self.source_model.set_palette(self.palette())
        self.setColumnHidden(DOCUMENT, True)

    def set_documents(self, loaded: LoadedDocuments) -> None:
        self.source_model.set_documents(loaded)
        self.setColumnHidden(DOCUMENT, len(loaded.documents) < 2)  # one document: its name is in the title bar
        self.resizeColumnToContents(LANE)
        self.setColumnWidth(LANE, min(self.columnWidth(LANE), 240))
        self._follow(self._selection.current)

    def set_lane_mode(self, mode: str) -> None:
        self.source_model.set_lane_mode(mode)

    def set_shown(self, shown: Sequence[bool] | None, matched: Sequence[bool] | None = None) -> None:
        """The EventFilter's masks: see ``EventTableModel.set_shown``."""
        self.source_model.set_shown(shown, matched)
        self._follow(self._selection.current)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # dark mode: swatches for it
            self.source_model.set_palette(self.palette())

    def _refused(self, flat: int, problem: str) -> None:
        """Say why at the cell (its tool tip, until the next edit) and to whoever listens (the status bar)."""
        self.refusal = problem
        row = self.source_model.row_of(flat)
        if row >= 0:
            rect = self.visualRect(self.source_model.index(row, DATE))
            QToolTip.showText(self.viewport().mapToGlobal(rect.bottomLeft()), tool_tip(problem), self.viewport())
        self.edit_refused.emit(problem)

    def flat_index_of_row(self, row: int) -> int:
        return self.source_model.flat_index(row)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._selection.select(self.source_model.flat_index(current.row()))

    def _follow(self, index: int) -> None:
        row = self.source_model.row_of(index)
        if row < 0:
            if not 0 <= index < self.source_model.event_count:  # no event: nothing selected
                self.selectionModel().clearSelection()
            return
        target = self.source_model.index(row, 0)
        if self.currentIndex().row() != row:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.selectionModel().setCurrentIndex(target, flags)
        self.scrollTo(target)
