"""Find and filter in the window: the chronology is told what to draw and what matches (the
masks observed, not their drawing), the table lists the same events, the source marks Find's
text, the status bar counts."""

import re

import numpy as np
import pytest
from PySide6.QtCore import Qt, Signal

from tests.ui.helpers import event_marks, python_span, write
from viewer.core.chart.lane_modes import event_lanes
from viewer.core.kinds import INFERRED
from viewer.ui.event_table import DOCUMENT

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def observed(monkeypatch):
    """The window's chronology records the masks it is given, and has a lane list's signal."""
    from viewer.ui import timeline_view

    class ObservedTimeline(timeline_view.TimelineView):
        if not hasattr(timeline_view.TimelineView, "hidden_lanes_changed"):
            hidden_lanes_changed = Signal(object)

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.shown_masks, self.match_masks = [], []

        def set_shown(self, mask):
            self.shown_masks.append(mask)
            drawn = getattr(super(), "set_shown", None)
            if drawn is not None:
                drawn(mask)

        def set_matches(self, mask):
            self.match_masks.append(mask)
            drawn = getattr(super(), "set_matches", None)
            if drawn is not None:
                drawn(mask)

    monkeypatch.setattr(timeline_view, "TimelineView", ObservedTimeline)


@pytest.fixture
def window(observed, make_window, sample_file):
    window = make_window([sample_file])
    window.show()
    return window


def table_rows(window):
    table = window.table
    return [table.flat_index_of_row(r) for r in range(table.model().rowCount())]


def drawn(window):
    """The flat indices the chronology was last told to draw (all when None)."""
    mask = window.timeline.shown_masks[-1] if window.timeline.shown_masks else None
    return list(range(len(window.loaded))) if mask is None else np.flatnonzero(mask).tolist()


def same_set(window):
    assert sorted(table_rows(window)) == drawn(window)
    return drawn(window)


def find(window, qtbot, text):
    window.find_action.trigger()
    qtbot.keyClicks(window.find_bar.edit, text)


def test_find_marks_its_matches_on_the_chronology_and_clears_on_close(window, qtbot):
    find(window, qtbot, "stated")
    mask = window.timeline.match_masks[-1]
    assert mask.dtype == bool and len(mask) == len(window.loaded)
    titles = [window.loaded.event(i).title for i in range(len(window.loaded))]
    assert np.flatnonzero(mask).tolist() == [i for i, t in enumerate(titles) if "stated" in t.casefold()]
    assert window.find_bar.matches == np.flatnonzero(mask).tolist()
    assert window.timeline.shown_masks[-1] is None  # dimmed, not hidden: every event drawn
    assert same_set(window) == list(range(16))
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert window.timeline.match_masks[-1] is None


def found_marks(source):
    from viewer.ui.text_marks import find_format

    colour = find_format().background().color()
    return [m for m in source.extraSelections() if m.format.background().color() == colour]


def test_find_marks_every_occurrence_in_the_source_text(window, qtbot):
    source = window.source
    find(window, qtbot, "STATED")
    text = window.documents[0].text
    expected = [m.span() for m in re.finditer("stated", text, re.IGNORECASE)]
    assert len(expected) > 5
    assert source.occurrences() == expected
    assert [python_span(source, m) for m in found_marks(source)] == expected  # the short sample: all in reach
    assert all(source.toPlainText()[slice(*source_span(source, m))].casefold() == "stated"
               for m in found_marks(source))
    window.find_bar.close_bar()
    assert found_marks(source) == [] and source.occurrences() == []
    assert event_marks(source)  # the current event's marks stay


def source_span(source, mark):
    return mark.cursor.selectionStart(), mark.cursor.selectionEnd()


def test_finds_colour_is_not_a_dates(window):
    from viewer.ui.text_marks import anchor_format, date_format, faint_format, find_format, sentence_format

    palette = window.source.palette()
    others = {f.background().color().name() for f in
              (date_format(palette), faint_format(palette), sentence_format(palette), anchor_format())}
    assert find_format().background().color().name() not in others


def test_a_long_documents_find_marks_follow_the_scroll(observed, make_window, tmp_path, qtbot):
    path = write(tmp_path, "long.txt", "".join(f"The Navy sailed on {d} May 1915 and then stopped.\n\n"
                                               for d in range(1, 29)) * 40)
    window = make_window([path])
    window.show()
    qtbot.waitExposed(window)
    find(window, qtbot, "navy")
    source = window.source
    total = len(source.occurrences())
    marked = len(found_marks(source))
    assert total == 1120 and 0 < marked < total
    bar = source.verticalScrollBar()
    bar.setValue(bar.maximum())
    last = python_span(source, found_marks(source)[-1])
    assert last == source.occurrences()[-1]


def test_matches_only_hides_the_rest_on_both(window, qtbot):
    find(window, qtbot, "Prime Minister")
    window.find_bar.only.setChecked(True)
    assert same_set(window) == window.find_bar.matches and len(window.find_bar.matches) == 3
    assert window.status_bar.shown_count.text() == "3 of 16 events shown"


def test_filter_by_lane_from_the_filter_bar(window):
    window.menus.filter_action.trigger()
    bar = window.filter_bar
    assert bar.isVisible()
    bar.lanes_menu.aboutToShow.emit()
    lane = window.event_filter.lanes[0]
    action = next(a for a in bar.lanes_menu.actions() if a.text() == lane.replace("&", "&&"))
    action.setChecked(False)  # hidden
    lanes = event_lanes(window.loaded, window.session.lane_mode)
    expected = [i for i, name in enumerate(lanes) if name != lane]
    assert same_set(window) == expected
    assert window.status_bar.shown_count.isVisibleTo(window.status_bar)
    assert window.status_bar.shown_count.text() == f"{len(expected)} of 16 events shown"
    assert bar.lanes.text() == f"Lanes: {len(window.event_filter.lanes) - 1} of {len(window.event_filter.lanes)}"


def test_filter_by_lane_from_the_chronologys_lane_list(window):
    lane = window.event_filter.lanes[-1]
    if hasattr(window.timeline, "hide_lane"):
        window.timeline.hide_lane(lane)  # as its lane list and its lane names' menu do
    else:
        window.timeline.hidden_lanes_changed.emit(frozenset({lane}))
    assert window.event_filter.hidden_lanes == {lane}
    lanes = event_lanes(window.loaded, window.session.lane_mode)
    assert same_set(window) == [i for i, name in enumerate(lanes) if name != lane]
    window.menus.filter_action.trigger()
    window.filter_bar.clear()  # every lane again, on the chronology too
    assert same_set(window) == list(range(16))
    if hasattr(window.timeline, "arrangement"):
        assert not window.timeline.arrangement.hidden


def test_filter_by_a_typed_date_range(window, qtbot):
    window.menus.filter_action.trigger()
    bar = window.filter_bar
    qtbot.keyClicks(bar.first, "29 October 2017")
    qtbot.keyClick(bar.first, Qt.Key.Key_Return)
    assert same_set(window) == list(range(5, 16))  # from that day on; the undated one out
    qtbot.keyClicks(bar.last, "october 2017")
    qtbot.keyClick(bar.last, Qt.Key.Key_Return)
    assert same_set(window) == list(range(5, 11))
    assert window.status_bar.shown_count.text() == "6 of 16 events shown"


def test_a_field_that_holds_no_date_says_so_and_leaves_its_side_open(window, qtbot):
    window.menus.filter_action.trigger()
    bar = window.filter_bar
    qtbot.keyClicks(bar.first, "sometime <b>soon</b>")
    qtbot.keyClick(bar.first, Qt.Key.Key_Return)
    assert bar.first.property("invalid") and "Not a date" in bar.first.toolTip()
    assert "&lt;b&gt;" in bar.first.toolTip()  # what was typed, shown as typed
    assert window.event_filter.date_range == (None, None) and same_set(window) == list(range(16))


def test_dates_are_read_once_typing_pauses(window, qtbot):
    window.menus.filter_action.trigger()
    bar = window.filter_bar
    qtbot.keyClicks(bar.first, "November 2017")
    assert window.event_filter.date_range == (None, None)  # "N", "No", ...: not yet
    qtbot.waitUntil(lambda: window.event_filter.date_range != (None, None), timeout=2000)
    assert same_set(window) == list(range(11, 16))


def test_the_visible_range_button(window, qtbot):
    window.menus.filter_action.trigger()
    view = window.timeline
    days = window.documents[0].events
    first, last = days[5].interval.first, days[11].interval.first
    view.view_box.setXRange(first + 0.2, last + 0.6, padding=0)
    x0, x1 = view.visible_range()
    window.filter_bar.visible.click()
    assert window.event_filter.date_range == (int(np.floor(x0)), int(np.ceil(x1)) - 1)
    assert window.filter_bar.first.text() == "29 October 2017"
    assert same_set(window) == list(range(5, 15))


def test_filter_by_dating_kind(window):
    window.menus.filter_action.trigger()
    window.filter_bar.datings[INFERRED].setChecked(False)
    expected = [i for i in range(16) if window.loaded.event(i).dating != INFERRED]
    assert same_set(window) == expected


def test_clear_and_close_show_every_event_again(window, qtbot):
    window.menus.filter_action.trigger()
    bar = window.filter_bar
    bar.datings[INFERRED].setChecked(False)
    qtbot.keyClicks(bar.first, "November 2017")
    qtbot.keyClick(bar.first, Qt.Key.Key_Return)
    bar.clear()
    assert same_set(window) == list(range(16)) and bar.first.text() == "" and bar.datings[INFERRED].isChecked()
    assert not window.status_bar.shown_count.isVisibleTo(window.status_bar)
    bar.datings[INFERRED].setChecked(False)
    bar.close_bar()
    assert not bar.isVisible() and same_set(window) == list(range(16))


def test_the_filter_holds_across_a_lane_mode_and_a_new_document(window, qtbot, tmp_path):
    window.menus.filter_action.trigger()
    window.filter_bar.datings[INFERRED].setChecked(False)
    window.session.set_lane_mode("document")
    assert len(same_set(window)) == 9
    path = write(tmp_path, "more.txt", "The Navy sailed on 3 May 1915. It returned.")
    with qtbot.waitSignal(window.loading_finished, timeout=10_000):
        window.open_paths([path])
    assert len(window.loaded) == 18 and same_set(window) == [i for i in range(18)
                                                             if window.loaded.event(i).dating != INFERRED]


def test_the_document_column_in_the_window(window, qtbot, tmp_path):
    assert window.table.isColumnHidden(DOCUMENT)
    path = write(tmp_path, "more.txt", "The Navy sailed on 3 May 1915. It returned.")
    with qtbot.waitSignal(window.loading_finished, timeout=10_000):
        window.open_paths([path])
    table = window.table
    assert not table.isColumnHidden(DOCUMENT)
    names = {table.model().index(r, DOCUMENT).data() for r in range(table.model().rowCount())}
    assert names == {"western_iraq_campaign_2017.txt", "more.txt"}
