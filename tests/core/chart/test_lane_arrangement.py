"""What the chronology draws: lanes hidden, small lanes folded into one, a lane's rows folded."""

import numpy as np

from viewer.core.chart.chronology import Chronology
from viewer.core.chart.lane_arrangement import LaneArrangement, arrange, folded_lanes, hidden_lanes


def chronology(sizes, span=1, lane_mode="actor"):
    lane = np.repeat(np.arange(len(sizes)), sizes)
    start = np.arange(len(lane), dtype=float) * 2
    return Chronology(start, start + span, lane, np.zeros(len(lane)), np.zeros(len(lane)),
                      [f"L{k}" for k in range(len(sizes))], lane_mode=lane_mode)


def test_nothing_asked_is_the_chronology_itself():
    chron = chronology([3, 2])
    assert arrange(chron, LaneArrangement()) is chron


def test_hidden_lanes_keep_the_flat_index_and_leave_their_events_undated():
    chron = chronology([3, 2, 4])
    shown = arrange(chron, LaneArrangement(hidden=frozenset({"L1"})))
    assert shown.lane_names == ["L0", "L2"] and len(shown) == len(chron)
    assert not shown.dated[chron.lane == 1].any() and shown.dated[chron.lane != 1].all()
    assert shown.next_in_time(2) == 5  # stepping skips the hidden lane's events
    assert hidden_lanes(chron, LaneArrangement(hidden=frozenset({"L1", "gone"}))) == {"L1"}


def test_small_lanes_fold_into_one_lane_at_the_end():
    chron = chronology([5, 1, 2, 6, 1], lane_mode="section")
    assert folded_lanes(chron, 3) == ["L1", "L2", "L4"]
    shown = arrange(chron, LaneArrangement(fold_below=3))
    assert shown.lane_names == ["L0", "L3", "Other sections"]
    assert (shown.lane[np.isin(chron.lane, [1, 2, 4])] == 2).all()
    folded = arrange(chron, LaneArrangement(hidden=frozenset({"Other sections"}), fold_below=3))
    assert folded.lane_names == ["L0", "L3"]
    assert hidden_lanes(chron, LaneArrangement(hidden=frozenset({"Other sections"}), fold_below=3)) == {
        "L1", "L2", "L4"}


def test_a_single_small_lane_is_not_folded_and_hidden_members_leave_the_other_lane():
    chron = chronology([5, 1, 6])
    assert folded_lanes(chron, 3) == []
    chron = chronology([5, 1, 1, 6])
    shown = arrange(chron, LaneArrangement(hidden=frozenset({"L1", "L2"}), fold_below=3))
    assert shown.lane_names == ["L0", "L3"]


def test_one_row_folds_a_lanes_rows():
    chron = chronology([6, 3], span=10)
    assert chron.lane_rows[0] > 1
    shown = arrange(chron, LaneArrangement(one_row=frozenset({"L0"})))
    assert shown.lane_rows.tolist() == [1, chron.lane_rows[1]]
    assert (shown.row[shown.lane == 0] == 0).all()


def test_every_lane_hidden_leaves_nothing_to_draw():
    chron = chronology([2, 2])
    shown = arrange(chron, LaneArrangement(hidden=frozenset({"L0", "L1"})))
    assert shown.lane_names == [] and not len(shown.order) and shown.total_rows == 0
