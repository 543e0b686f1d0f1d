"""The pixel fold: what is too small to draw becomes one mark per pixel, whichever way it is stored."""

import numpy as np
import pytest

from viewer.core.chart.drawing_classes import STRONG, WEAK
from viewer.core.chart.fold import FEW_AS_RECTS, MAX_RUN_SPANS, POINT_PIXELS, Fold

COLOURS = {WEAK: 0xFF8080FF, STRONG: 0xFF0000FF}


def marks(fold: Fold) -> np.ndarray:
    """Where the fold puts a mark (its image, merged runs and one-pixel marks), in its own pixel grid."""
    mask = np.zeros((fold.height, fold.width), dtype=bool)
    if fold.image is not None:
        mask |= fold.image.reshape(fold.height, fold.width) != 0
    for runs in fold.runs.values():
        for row, c0, c1 in runs.tolist():
            for off in fold.offsets:
                mask[row + off, c0:c1] = True
    for row, col in fold.pixels.values():
        mask[row, col] = True
    return mask


@pytest.mark.parametrize("n", [FEW_AS_RECTS // 2, POINT_PIXELS // 2, POINT_PIXELS * 2])  # rects, points, image
def test_events_narrower_than_a_pixel_fold_into_one_mark_per_pixel_column(n):
    rng = np.random.default_rng(1)
    columns = np.array([3, 17, 18, 250])
    x = 100 + rng.choice(columns, n) + rng.random(n) * 0.99  # all within their pixel
    rows = rng.integers(0, 10, n).astype(np.float32)
    fold = Fold((100.0, 400.0), total_rows=10, sy=0.5, colours=COLOURS)
    fold.points(x, rows, STRONG)
    mask = marks(fold.finish())
    expected = np.zeros_like(mask)
    expected[(rows * 0.5).astype(int), (x - 100).astype(int)] = True
    assert np.array_equal(mask, expected)
    assert set(np.flatnonzero(mask.any(axis=0))) == set(columns)


@pytest.mark.parametrize("n", [100, 5_000, MAX_RUN_SPANS + 5_000])  # as drawn, merged runs, image
def test_spans_mark_the_columns_they_cover_at_least_one(n):
    rng = np.random.default_rng(2)
    xs = rng.random(n) * 600 - 50  # some start left of the view
    xe = xs + np.where(rng.random(n) < 0.5, rng.random(n) * 0.5, rng.random(n) * 80)
    rows = rng.integers(0, 6, n).astype(np.float32)
    fold = Fold((0.0, 499.0), total_rows=6, sy=8, colours=COLOURS)
    fold.spans(xs, xe, rows, WEAK)
    mask = marks(fold.finish())
    expected = np.zeros_like(mask)
    for a, b, r in zip(xs, xe, rows.astype(int)):
        if b > 0 and a < fold.width:
            c0 = int(np.clip(a, 0, fold.width - 1))
            expected[r * 5 + 1:r * 5 + 4, c0:max(int(np.clip(b, 0, fold.width)), c0 + 1)] = True
    assert np.array_equal(mask, expected)


def test_a_strong_mark_wins_over_a_weak_one_in_the_same_pixel():
    n = FEW_AS_RECTS + 1  # past the rectangles: into the image
    x = np.full(n, 10.5)
    rows = np.zeros(n, dtype=np.float32)
    fold = Fold((0.0, 99.0), total_rows=1, sy=2, colours=COLOURS)
    fold.points(x, rows, STRONG)
    fold.points(x + 20, rows, WEAK)
    fold.points(x, rows, WEAK)
    image = fold.finish().image.reshape(fold.height, fold.width)
    assert image[0, 10] == COLOURS[STRONG] and image[0, 30] == COLOURS[WEAK]
