"""The visible pass: only the rows in view, masks applied, folds that agree with the pyramid."""

import numpy as np

from tests.core.chart.test_fold import COLOURS, marks
from tests.core.chart.test_fold_pyramid import assert_marks_alike
from viewer.core.chart import view_frame
from viewer.core.chart.chronology import Chronology
from viewer.core.chart.layer_items import LayerItems
from viewer.core.chart.view_frame import ViewGeometry, visible_frame


def chronology(n=30_000, lanes=8, seed=3):
    rng = np.random.default_rng(seed)
    start = rng.integers(0, 20 * 365, n).astype(float)
    bar = rng.random(n) < 0.2
    end = start + np.where(bar, rng.integers(30, 365, n), 1)
    return Chronology(start, end, rng.integers(0, lanes, n), np.where(bar, 2, 0), rng.random(n) < 0.25,
                      [f"Actor {k}" for k in range(lanes)])


def geometry(prep, row0, row1, sy=20.0, width=1200):
    x0, x1 = prep.extent
    sx = width / (x1 - x0)
    return ViewGeometry(x0, x1, sx, -x0 * sx, sy, -row0 * sy, row0, row1, 13)


def test_only_the_rows_in_view_are_drawn():
    chron = chronology()
    prep = LayerItems(chron)
    frame = visible_frame(prep, geometry(prep, 10, 30), COLOURS)
    assert len(frame.pos) and frame.row.min() >= 10 and frame.row.max() < 30
    assert len(frame.pos) == np.count_nonzero((prep.row >= 10) & (prep.row < 30))


def test_shown_and_matches_masks():
    chron = chronology(2_000)
    prep = LayerItems(chron)
    geo = geometry(prep, 0, chron.total_rows)
    shown = np.zeros(len(chron), dtype=bool)
    shown[::3] = True
    frame = visible_frame(prep, geo, COLOURS, shown=shown)
    assert set(prep.items[frame.pos].tolist()) == set(np.flatnonzero(shown & chron.dated).tolist())
    matches = np.zeros(len(chron), dtype=bool)
    matches[:100] = True
    frame = visible_frame(prep, geo, COLOURS, matches=matches)
    assert (frame.dim == ~matches[prep.items[frame.pos]]).all()
    assert {b.dim for b in frame.batches} == {True, False}


def test_a_scrolled_coarse_view_folds_from_the_pyramid_as_the_events_would(monkeypatch):
    chron = chronology(80_000, lanes=3)
    prep = LayerItems(chron)
    geo = geometry(prep, 7, 27, sy=5.0)
    monkeypatch.setattr(view_frame, "PYRAMID_EVENTS", 1_000)
    pyramid = visible_frame(prep, geo, COLOURS)
    assert pyramid.from_pyramid
    monkeypatch.setattr(view_frame, "PYRAMID_EVENTS", 10**12)
    direct = visible_frame(prep, geo, COLOURS)
    assert not direct.from_pyramid
    assert_marks_alike(marks(pyramid.fold), marks(direct.fold))


def test_carried_over_coarse_dates_are_never_folded_into_a_band():
    n = 3_000
    start = np.arange(n, dtype=float)
    chron = Chronology(start, start + 365, np.zeros(n), np.full(n, 6), np.ones(n), ["A"])
    assert chron.total_rows == 1  # no rows of their own
    prep = LayerItems(chron)
    frame = visible_frame(prep, geometry(prep, 0, 1), COLOURS)
    assert not frame.folded.any() and frame.batches
