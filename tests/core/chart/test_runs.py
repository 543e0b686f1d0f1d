"""Spans merged into runs, row by row."""

import numpy as np

from viewer.core.chart.runs import merge_runs


def test_merge_runs_joins_overlapping_and_touching_spans_of_each_row():
    row = np.array([1, 0, 0, 0, 0])
    c0 = np.array([0, 10, 0, 2, 5])
    c1 = np.array([4, 12, 3, 5, 7])
    assert merge_runs(row, c0, c1).tolist() == [[0, 0, 7], [0, 10, 12], [1, 0, 4]]
    assert merge_runs(row[:0], c0[:0], c1[:0]).shape == (0, 3)
