"""The event table lists every event (or those a filter shows), sorts, follows the selection,
dims what Find does not match, names each event's document and shows its lane's colour."""

import pytest
from PySide6.QtCore import Qt

from viewer.core.document import analyse
from viewer.ui.event_table import DATE, DATING, DOCUMENT, LANE, SECTION, TITLE, EventTable
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


def test_lists_what_the_filter_shows_and_dims_what_find_does_not_match(table):
    table, _ = table
    table.set_shown([False, True, True, False], [False, True, False, False])
    assert column(table, TITLE) == ["Admiral Farragut sailed on 3 April 1862.", "General Lee attacked on 9 May 1863."]
    model = table.model()
    foreground = [model.index(r, TITLE).data(Qt.ItemDataRole.ForegroundRole) for r in range(2)]
    assert foreground[0] is not None and foreground[1] is None  # Farragut dimmed, Lee as it is
    table.set_shown(None)
    assert model.rowCount() == 4 and model.index(0, TITLE).data(Qt.ItemDataRole.ForegroundRole) is None


def test_masks_for_other_documents_are_ignored(table):
    table, _ = table
    table.set_shown([False] * 7, [True] * 7)
    assert table.model().rowCount() == 4


def test_the_lane_column_shows_the_lanes_colour(table):
    from viewer.ui.lane_colours import lane_colour

    table, _ = table
    model = table.model()
    swatch = {model.index(r, LANE).data(): model.index(r, LANE).data(Qt.ItemDataRole.DecorationRole)
              for r in range(model.rowCount())}
    assert swatch["General Lee"] == lane_colour("General Lee") and swatch["No actor"] == lane_colour(None)
    assert model.index(0, SECTION).data(Qt.ItemDataRole.DecorationRole) is None
    table.set_lane_mode("section")  # the chronology's lanes are sections now: so is the swatch's column
    assert model.index(0, LANE).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(0, SECTION).data(Qt.ItemDataRole.DecorationRole) == lane_colour("No section")


def test_the_document_column_names_each_events_file_in_document_order(view_on):
    first = analyse("The Navy sailed on 3 May 1915. It returned in June 1915.", "/a/first.txt")
    second = analyse("The Army marched on 1 May 1915.", "/b/second.txt")
    table = view_on(EventTable, first, second)
    assert not table.isColumnHidden(DOCUMENT)
    assert column(table, DOCUMENT) == ["second.txt", "first.txt", "first.txt"]  # by date
    table.sortByColumn(DOCUMENT, Qt.SortOrder.AscendingOrder)
    assert column(table, DOCUMENT) == ["first.txt", "first.txt", "second.txt"]
    assert [table.flat_index_of_row(r) for r in range(3)] == [0, 1, 2]
    tip = table.model().index(2, DOCUMENT).data(Qt.ItemDataRole.ToolTipRole)
    assert "/b/second.txt" in tip


def test_one_document_needs_no_document_column(table):
    table, _ = table
    assert table.isColumnHidden(DOCUMENT)


@pytest.mark.parametrize("col", [DATE, LANE, SECTION, TITLE, DATING, DOCUMENT])
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
        model.set_shown([k % 3 != 1 for k in range(len(loaded))])
        rows = [model.flat_index(r) for r in range(model.rowCount())]
        shown.append((rows, [model.row_of(i) for i in range(len(loaded))]))
    assert shown[0] == shown[1] and shown[0][0]


# -- editing in place ------------------------------------------------------------------------------


def test_date_lane_and_title_cells_are_editable(table):
    table, _ = table
    model = table.model()
    editable = [bool(model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsEditable) for c in range(6)]
    assert editable == [True, True, False, True, False, False]
    assert model.index(3, DATE).data(Qt.ItemDataRole.EditRole) == ""  # no "—" to type over
    assert model.index(3, LANE).data(Qt.ItemDataRole.EditRole) == ""  # nor "No actor"


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform, on the tool tip
def test_what_is_typed_is_handed_on_and_an_unreadable_date_refused(table, qtbot):
    table, _ = table
    model = table.model()
    with qtbot.waitSignal(table.edit_requested) as asked:
        assert model.setData(model.index(0, DATE), " 1849 -  1851 ")
    assert asked.args == [3, "date", "1849 - 1851"]
    assert not model.setData(model.index(0, LANE), "Zachary Taylor")  # unchanged: nothing to do
    with qtbot.assertNotEmitted(table.edit_requested), qtbot.waitSignal(table.edit_refused) as refused:
        assert not model.setData(model.index(0, DATE), "when the cows come home")
    assert refused.args[0].startswith("“when the cows come home” is not a date") and table.refusal == refused.args[0]
    assert model.index(0, DATE).data() == "July 1850"
