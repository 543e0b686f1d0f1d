"""Label placement: room found by searchsorted over the marks, then a greedy pass, best first."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.chart.chronology import Chronology
from viewer.core.chart.label_placement import Obstacles, label_candidates, place_labels
from viewer.core.chart.layer_items import LayerItems
from viewer.core.chart.view_frame import ViewGeometry, visible_frame

COLOURS = {1: 0xFF8080FF, 2: 0xFF0000FF}


def test_room_runs_to_the_next_mark_in_the_same_row():
    obstacles = Obstacles(np.array([0, 0, 1]), np.array([10.0, 50.0, 20.0]), np.array([20.0, 60.0, 30.0]))
    room = obstacles.room(np.array([0, 0, 0, 1, 2]), np.array([25.0, 15.0, 70.0, 0.0, 5.0]), 500.0)
    assert room.tolist() == [50.0, 15.0, 500.0, 20.0, 500.0]  # 15 is under a mark: no room


def test_the_greedy_pass_gives_room_in_priority_order_and_elides():
    row = np.array([0, 0, 0])
    tries = np.full((3, 2, 2), np.nan)
    tries[0, 1] = (100, 400)
    tries[1, 1] = (50, 400)  # starts left of the first label: ends where it begins
    tries[2, 1] = (150, 400)  # starts inside the first label: no room
    placed = place_labels(row, tries, np.array([120.0, 80.0, 60.0]), min_width=30)
    assert placed.candidate.tolist() == [0, 1]
    assert placed.x.tolist() == [100, 50] and placed.width.tolist() == [120, 50]  # the second one elided


def test_a_short_label_fits_room_narrower_than_the_minimum():
    tries = np.array([[[0.0, 20.0], [np.nan, np.nan]]])
    assert len(place_labels(np.array([3]), tries, np.array([18.0]), min_width=40).candidate) == 1


def geometry(width=1000.0, rows=20, days=(0.0, 100.0)):
    sx = width / (days[1] - days[0])
    return ViewGeometry(days[0], days[1], sx, -days[0] * sx, 20.0, 0.0, 0, rows, 13, 0.0, rows * 20.0)


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 2**31), st.integers(1, 300))
def test_placed_labels_never_meet_each_other_or_a_mark(seed, n):
    rng = np.random.default_rng(seed)
    start = rng.integers(0, 100, n).astype(float)
    end = start + np.where(rng.random(n) < 0.7, 1, rng.integers(2, 30, n))
    precision = np.where(end - start > 1, rng.choice([0, 2, 6], n), 0)
    chron = Chronology(start, end, rng.integers(0, 4, n), precision, rng.integers(0, 2, n), list("ABCD"))
    prep, geo = LayerItems(chron), geometry(rows=max(chron.total_rows, 1))
    frame = visible_frame(prep, geo, COLOURS)
    cands = label_candidates(frame, geo, 4, 30, np.zeros(4, dtype=bool))
    widths = rng.uniform(20, 200, len(cands.item))
    placed = place_labels(cands.row, cands.tries, widths, 30)
    rows = cands.row[placed.candidate]
    left, right = placed.x, placed.x + placed.width
    for r in np.unique(rows):
        on = np.argsort(left[rows == r])
        a, b = left[rows == r][on], right[rows == r][on]
        assert np.all(a[1:] >= b[:-1] - 1e-9)
    owner = cands.item[placed.candidate]
    under = (frame.cls == 5)  # carried-over coarse dates lie under the row's text
    for k, (x0, x1, r) in enumerate(zip(left, right, rows)):
        marks = (frame.row == r) & ~under & (np.arange(len(frame.pos)) != owner[k])
        assert not np.any((frame.left[marks] - 1 < x1) & (frame.right[marks] + 1 > x0))


def test_candidates_are_capped_by_what_fits_in_the_view():
    n = 20_000
    start = np.arange(n, dtype=float) * 0.5
    chron = Chronology(start, start + 0.1, np.zeros(n), np.zeros(n), np.zeros(n), ["A"])
    prep = LayerItems(chron)
    geo = ViewGeometry(0, n, 1.0, 0.0, 20.0, 0.0, 0, chron.total_rows, 13, 0.0, 1e9)
    frame = visible_frame(prep, geo, COLOURS)
    cands = label_candidates(frame, geo, 4, 30, np.zeros(1, dtype=bool))
    assert len(cands.item) <= chron.total_rows * n / 30 + 1


@pytest.mark.parametrize("row_top, kept", [(0.0, True), (-5.0, False)])
def test_rows_cut_by_the_views_edge_get_no_label(row_top, kept):
    chron = Chronology(np.array([10.0]), np.array([11.0]), [0], [0], [0], ["A"])
    prep = LayerItems(chron)
    geo = ViewGeometry(0, 100, 10.0, 0.0, 20.0, row_top, 0, 1, 13, 0.0, 400.0)
    frame = visible_frame(prep, geo, COLOURS)
    assert (len(label_candidates(frame, geo, 4, 30, np.zeros(1, dtype=bool)).item) == 1) == kept
