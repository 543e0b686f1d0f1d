"""Sorting a million days by radix gives numpy's stable order, ties and all."""

import numpy as np
import pytest

from viewer.core.chart.day_sort import stable_argsort


@pytest.mark.parametrize("low, high", [(0, 400), (-800_000, 800_000), (-10, 100_000)])
def test_whole_days_sort_as_numpy_stable_sort_does(low, high):
    rng = np.random.default_rng(3)
    days = rng.integers(low, high, 200_000).astype(np.float64)  # many ties, BC days too
    assert np.array_equal(stable_argsort(days), np.argsort(days, kind="stable"))


def test_clock_times_and_small_sets_sort_stably_too():
    rng = np.random.default_rng(4)
    times = rng.integers(0, 50, 100_000) + rng.choice([0.0, 0.25, 0.5], 100_000)
    assert np.array_equal(stable_argsort(times), np.argsort(times, kind="stable"))
    few = np.array([3.0, 1.0, 3.0, 2.0])
    assert stable_argsort(few).tolist() == [1, 3, 0, 2]


def test_days_spanning_more_than_the_radix_keys_still_sort():
    days = np.array([0.0, 2.0**33, 5.0, 2.0**33, -1.0] * 20_000)
    assert np.array_equal(stable_argsort(days), np.argsort(days, kind="stable"))
