"""The lane list (View > Lanes…): hide lanes, fold small lanes into one, fold a lane's rows."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from viewer.core.chart.chronology import Chronology
from viewer.ui.lane_list import EVENTS, NAME, ONE_ROW, LaneList


def lanes_of_sizes(sizes, overlapping=False):
    """Lane k has sizes[k] day events (overlapping spans of 10 days when ``overlapping``)."""
    lane = np.repeat(np.arange(len(sizes)), sizes)
    start = np.arange(len(lane), dtype=float) * 3 + 10_000
    end = start + (10 if overlapping else 1)
    return Chronology(start, end, lane, np.zeros(len(lane)), np.zeros(len(lane)),
                      [f"Actor {k}" for k in range(len(sizes))], lane_mode="actor")


@pytest.fixture
def listed(show_chronology, qtbot):
    def make(chron):
        view = show_chronology(chron, 1000, 400)
        panel = LaneList(view)
        qtbot.addWidget(panel)
        return view, panel
    return make


def item(panel, name):
    return next(i for i in panel.items() if i.text(NAME) == name)


def test_the_list_shows_every_lane_with_its_count(listed):
    view, panel = listed(lanes_of_sizes([5, 1, 2]))
    assert [(i.text(NAME), i.text(EVENTS)) for i in panel.items()] == [("Actor 0", "5"), ("Actor 1", "1"),
                                                                      ("Actor 2", "2")]
    assert all(i.checkState(NAME) == Qt.CheckState.Checked for i in panel.items())


def test_unchecking_a_lane_hides_it_and_says_so(listed, qtbot):
    view, panel = listed(lanes_of_sizes([5, 1, 2]))
    with qtbot.waitSignal(view.hidden_lanes_changed) as signal:
        item(panel, "Actor 1").setCheckState(NAME, Qt.CheckState.Unchecked)
    assert signal.args == [frozenset({"Actor 1"})]
    assert view.chron.lane_names == ["Actor 0", "Actor 2"]
    assert item(panel, "Actor 1").checkState(NAME) == Qt.CheckState.Unchecked  # refilled, as it was
    panel.show_all.click()
    assert view.chron.lane_names == ["Actor 0", "Actor 1", "Actor 2"]
    panel.hide_all.click()
    assert view.chron.lane_names == [] and "hidden" in view.plot.message


def test_small_lanes_fold_into_other_actors(listed):
    view, panel = listed(lanes_of_sizes([6, 1, 2, 5, 1]))
    panel.fold_below.setValue(3)
    panel.fold.setChecked(True)
    assert view.chron.lane_names == ["Actor 0", "Actor 3", "Other actors"]
    other = item(panel, "Other actors")
    assert other.text(EVENTS) == "4"
    assert view.chron.lane_rows[2] == 1 and len(view.chron) == 15  # the same flat index
    panel.fold_below.setValue(6)
    assert view.chron.lane_names == ["Actor 0", "Other actors"]
    item(panel, "Other actors").setCheckState(NAME, Qt.CheckState.Unchecked)
    assert view.chron.lane_names == ["Actor 0"]
    panel.fold.setChecked(False)
    assert len(view.chron.lane_names) == 5


def test_a_lanes_sub_rows_fold_into_one(listed):
    view, panel = listed(lanes_of_sizes([8, 2], overlapping=True))
    assert view.chron.lane_rows[0] > 1
    item(panel, "Actor 0").setCheckState(ONE_ROW, Qt.CheckState.Checked)
    assert view.chron.lane_rows.tolist() == [1, view.chron.lane_rows[1]]
    assert view.layer.one_row.tolist() == [True, False]
    item(panel, "Actor 0").setCheckState(ONE_ROW, Qt.CheckState.Unchecked)
    assert view.chron.lane_rows[0] > 1


def test_the_filter_field_narrows_the_list(listed):
    view, panel = listed(lanes_of_sizes([1, 1, 1]))
    panel.search.setText("2")
    assert [i.text(NAME) for i in panel.items() if not i.isHidden()] == ["Actor 2"]
    panel.hide_all.click()  # only the lanes the filter shows
    assert view.chron.lane_names == ["Actor 0", "Actor 1"]


def test_the_lane_names_menu_hides_and_folds_a_lane(show_chronology):
    view = show_chronology(lanes_of_sizes([8, 2], overlapping=True))
    view.set_one_row("Actor 0")
    assert view.chron.lane_rows[0] == 1
    view.hide_lane("Actor 1")
    assert view.chron.lane_names == ["Actor 0"]
    view.hide_lane("Actor 1", hidden=False)
    assert view.chron.lane_names == ["Actor 0", "Actor 1"]


def test_view_lanes_opens_the_list_beside_the_chronology(window, qtbot):
    window.menus.lanes_action.trigger()
    from PySide6.QtWidgets import QDockWidget

    dock = window.findChild(QDockWidget, "lanes_dock")
    assert dock is not None and isinstance(dock.widget(), LaneList)
    assert dock.widget().view is window.ensure_chronology()
    window.menus.lanes_action.trigger()
    assert window.findChildren(QDockWidget, "lanes_dock") == [dock]  # once
