"""A chronology's items as the event layer paints them: built once, windows that miss nothing."""

import weakref

import numpy as np

from viewer.core.chart.chronology import Chronology
from viewer.core.chart.drawing_classes import CLASSES
from viewer.core.chart.layer_items import layer_items


def chronology(n: int, seed: int) -> Chronology:
    rng = np.random.default_rng(seed)
    start = rng.integers(0, 10 * 365, n).astype(float)
    bar = rng.random(n) < 0.3
    end = start + np.where(bar, rng.integers(2, 400, n), 1)
    return Chronology(start, end, rng.integers(0, 4, n), np.where(bar, rng.integers(0, 3, n), 0),
                      rng.random(n) < 0.25, [f"Actor {k}" for k in range(4)])


def test_the_items_and_pyramid_are_built_once_per_chronology_and_row_height():
    chron = chronology(20_000, 4)
    items = layer_items(chron)
    assert layer_items(chron) is items  # the main plot and the overview share one copy
    pyramid = items.pyramid(2)
    assert items.pyramid(2) is pyramid
    items.pyramid(1), items.pyramid(4)
    assert items.pyramid(2) is pyramid  # three row heights are kept: plot and overview across a resize
    items.pyramid(8)
    assert items.pyramid(2) is not pyramid
    assert layer_items(chronology(100, 4)) is not items


def test_the_windows_hold_every_item_that_overlaps_the_view_and_none_starting_past_it():
    chron = chronology(5_000, 5)
    items = layer_items(chron)
    for x0, x1 in [(-50.0, 20_000.0), (1000.0, 1010.5), (400.25, 2000.0), (5000.0, 6000.0)]:
        lo, hi = items.windows(x0, x1)
        for c in range(len(CLASSES)):
            a, b = items.class_bounds[c], items.class_bounds[c + 1]
            found = np.zeros(len(items.start), dtype=bool)
            found[items.positions(c, lo, hi)] = True
            overlapping = np.zeros_like(found)
            overlapping[a:b] = (items.end[a:b] > x0) & (items.start[a:b] < x1)
            assert not (overlapping & ~found).any()
            assert (items.start[found] < x1).all() and found[a:b].sum() == found.sum()


def test_the_items_and_their_pyramids_go_with_their_chronology_without_a_collection():
    chron = chronology(1_000, 6)
    items = layer_items(chron)
    items.pyramid(1)
    gone = weakref.ref(items)
    del chron, items
    assert gone() is None  # no reference cycle: freed as soon as the chronology is
