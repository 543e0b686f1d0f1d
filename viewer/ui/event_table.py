"""Every event in a sortable table (undated ones too), following the selection."""

from __future__ import annotations

from PySide6.QtCore import (QAbstractTableModel, QItemSelectionModel, QModelIndex, QPersistentModelIndex,
                            QSortFilterProxyModel, Qt)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from viewer.core.date_text import date_text
from viewer.ui.loaded import LoadedDocuments
from viewer.ui.selection import SelectionModel

SORT_ROLE = Qt.ItemDataRole.UserRole
MATCH_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Date", "Lane", "Title", "Dating")
DATE, LANE, TITLE, DATING = range(4)
_UNDATED = 1e12  # after every day number, so undated rows sort last


class EventTableModel(QAbstractTableModel):
    """One row per event, in flat order: row i is flat index i."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._loaded = LoadedDocuments()
        self._events: list = []

    def set_documents(self, loaded: LoadedDocuments) -> None:
        self.beginResetModel()
        self._loaded = loaded
        self._events = [e for doc in loaded.documents for e in doc.events]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        event, column = self._events[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(event, column)
        if role == SORT_ROLE:
            return self._sort_key(event, column, index.row())
        if role == MATCH_ROLE:
            return event.title
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return event.title
        return None

    @staticmethod
    def _text(event, column: int) -> str:
        if column == DATE:
            return date_text(event.value, event.interval) if event.interval else "—"
        if column == LANE:
            return event.lane or ""
        if column == TITLE:
            return event.title
        return event.dating

    @staticmethod
    def _sort_key(event, column: int, row: int):
        # Keys are strings or numbers Qt can compare; the row breaks ties stably.
        if column == DATE:
            return float(event.interval.first) + row * 1e-7 if event.interval else _UNDATED + row
        if column == LANE:
            return f"{0 if event.lane else 1}{(event.lane or '').casefold()}\0{row:09d}"
        if column == TITLE:
            return f"{event.title.casefold()}\0{row:09d}"
        return f"{event.dating}\0{row:09d}"


class EventTable(QTableView):
    def __init__(self, selection: SelectionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Event table")
        self._selection = selection
        self.source_model = EventTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterRole(MATCH_ROLE)
        self.proxy.setFilterKeyColumn(TITLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.ResizeToContents)
        self.selectionModel().currentRowChanged.connect(self._row_changed)
        selection.current_changed.connect(self._follow)

    def set_documents(self, loaded: LoadedDocuments) -> None:
        self.source_model.set_documents(loaded)
        self.resizeColumnToContents(LANE)
        self.setColumnWidth(LANE, min(self.columnWidth(LANE), 240))
        self._follow(self._selection.current)

    def set_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._follow(self._selection.current)

    def flat_index_of_row(self, row: int) -> int:
        return self.proxy.mapToSource(self.proxy.index(row, 0)).row()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._selection.select(self.proxy.mapToSource(current).row())

    def _follow(self, index: int) -> None:
        if not 0 <= index < self.source_model.rowCount():
            self.selectionModel().clearSelection()
            return
        row = self.proxy.mapFromSource(self.source_model.index(index, 0))
        if not row.isValid():
            return
        if self.currentIndex().row() != row.row():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.selectionModel().setCurrentIndex(row, flags)
        self.scrollTo(row)
