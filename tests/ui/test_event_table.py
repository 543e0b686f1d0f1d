"""The event table lists every event, sorts, and follows the selection."""

import pytest
from PySide6.QtCore import Qt

from viewer.core.document import analyse
from viewer.ui.event_table import DATE, DATING, LANE, SECTION, TITLE, EventTable
from viewer.ui.loaded import LoadedDocuments

TEXT = (
    "Nobody knows when it began. "
    "General Lee attacked on 9 May 1863. "
    "Admiral Farragut sailed on 3 April 1862. "
    "Zachary Taylor died in July 1850."
)


@pytest.fixture
def table(view_on, selection):
    return view_on(EventTable, analyse(TEXT)), selection


def column(table, col):
    return [table.model().index(r, col).data() for r in range(table.model().rowCount())]


def test_every_event_listed_undated_last(table):
    table, _ = table
    assert column(table, DATE) == ["July 1850", "3 April 1862", "9 May 1863", "—"]


def test_sort_by_lane_and_title(table):
    table, _ = table
    table.sortByColumn(LANE, Qt.SortOrder.AscendingOrder)
    assert column(table, LANE) == ["Admiral Farragut", "General Lee", "Zachary Taylor", "No actor"]
    table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    assert column(table, TITLE)[0].startswith("Admiral")


def test_selecting_a_row_selects_the_event(table, qtbot):
    table, selection = table
    with qtbot.waitSignal(selection.current_changed) as signal:
        table.selectRow(0)
    assert signal.args == [3]  # July 1850 is the fourth sentence


def test_follows_the_selection(table):
    table, selection = table
    selection.select(1)
    assert table.currentIndex().row() == 2
    assert table.flat_index_of_row(table.currentIndex().row()) == 1


def test_filter(table):
    table, _ = table
    table.set_filter("lee")
    assert column(table, TITLE) == ["General Lee attacked on 9 May 1863."]


@pytest.mark.parametrize("col", [DATE, LANE, SECTION, TITLE, DATING])
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_numpy_rows_order_as_the_lists_do(sample_text, monkeypatch, col, order):
    """Small sets are kept in lists (no numpy before the first paint), large ones in arrays."""
    from viewer.ui import event_table

    loaded = LoadedDocuments([analyse(sample_text), analyse(TEXT)])
    shown = []
    for numpy_from in (10**9, 0):
        monkeypatch.setattr(event_table, "NUMPY_FROM", numpy_from)
        model = event_table.EventTableModel()
        model.set_documents(loaded)
        model.sort(col, order)
        model.set_filter("o")
        rows = [model.flat_index(r) for r in range(model.rowCount())]
        shown.append((rows, [model.row_of(i) for i in range(len(loaded))]))
    assert shown[0] == shown[1] and shown[0][0]
