"""The fold pyramid: folding a coarse view from it marks what folding every event would."""

import numpy as np
import pytest

from tests.core.chart.test_fold import COLOURS, marks
from viewer.core.chart.chronology import Chronology
from viewer.core.chart.drawing_classes import CLASSES, MARKER, fold_strength
from viewer.core.chart.fold import Fold
from viewer.core.chart.fold_pyramid import Pyramid, pyramid_unit
from viewer.core.chart.layer_items import LayerItems


def near(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Pixels of a with a pixel of b at most one row and one column away."""
    grown = b.copy()
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            grown |= np.roll(np.roll(b, dy, axis=0), dx, axis=1)
    return a & grown


def assert_marks_alike(pyramid: np.ndarray, direct: np.ndarray) -> None:
    """The pyramid's marks as many as the events' and within a pixel of them, both ways."""
    assert pyramid.shape == direct.shape
    assert abs(int(pyramid.sum()) - int(direct.sum())) < 0.1 * direct.sum()
    assert near(pyramid, direct).sum() == pyramid.sum()  # nothing drawn where no event is
    assert near(direct, pyramid).sum() == direct.sum()  # no event left out


@pytest.fixture(scope="module")
def items():
    rng = np.random.default_rng(3)
    n = 40_000
    start = rng.integers(0, 20 * 365, n).astype(float)
    bar = rng.random(n) < 0.2
    end = start + np.where(bar, rng.integers(30, 365, n), 1)
    return LayerItems(Chronology(start, end, rng.integers(0, 8, n), np.where(bar, 2, 0), rng.random(n) < 0.25,
                                 [f"Actor {k}" for k in range(8)]))


def each_event_folded(items: LayerItems, fold: Fold, sx: float, dx: float) -> Fold:
    for c, (kind, inferred) in enumerate(CLASSES):
        a, b = items.class_bounds[c], items.class_bounds[c + 1]
        xs, xe, rows = items.start[a:b] * sx + dx, items.end[a:b] * sx + dx, items.row[a:b]
        if kind == MARKER:
            fold.points((xs + xe) / 2, rows, fold_strength(kind, inferred))
        else:
            fold.spans(xs, xe, rows, fold_strength(kind, inferred))
    return fold.finish()


@pytest.mark.parametrize("height", [200, 190, 150, 3000])  # two sharing a pyramid; another group; rows over a pixel
def test_the_pyramids_fold_marks_where_each_events_fold_does(items, height):
    x0, x1, width = items.origin, items.last, 1200
    sx = width / (x1 - x0)
    dx = 7.0 - x0 * sx  # the view starts a few pixels into the device
    sy = height / items.total_rows
    group = 2 ** int(np.floor(np.log2(1 / sy))) if sy < 1 else 1
    assert 1 / sx >= pyramid_unit(items, group)  # pixels at least a bin wide: what the pyramid is for
    view = (x0 * sx + dx, x1 * sx + dx)
    direct = marks(each_event_folded(items, Fold(view, items.total_rows, sy, COLOURS), sx, dx))
    fold = Fold(view, items.total_rows, sy, COLOURS)
    fold.base(items.pyramid(group), x0, sx, (1 << len(CLASSES)) - 1)
    pyramid = marks(fold.finish())
    assert_marks_alike(pyramid, direct)


def test_levels_halve_the_bins_down_to_the_coarsest(items):
    pyramid = Pyramid(items, 1, items.total_rows)
    assert pyramid.unit == pyramid_unit(items, 1) and np.log2(pyramid.unit) % 1 == 0
    columns = [len(level) - 1 for level in pyramid.levels]  # time-major, plus an empty bin
    assert all(coarse == -(-fine // 2) for fine, coarse in zip(columns, columns[1:]))
    assert all(np.array_equal(level[-1], np.zeros_like(level[-1])) for level in pyramid.levels)
    # A class has an event in a coarse bin exactly where it has one in either finer bin.
    fine, coarse = pyramid.levels[0][:-1], pyramid.levels[1][:-1]
    fine = np.pad(fine, ((0, len(fine) % 2), (0, 0)))
    assert np.array_equal(coarse, fine[0::2] | fine[1::2])
