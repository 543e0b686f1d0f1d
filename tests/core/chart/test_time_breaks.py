"""Breaks: long empty stretches compressed, days and x mapped both ways, exactly."""

import numpy as np
import pytest

from viewer.core.chart.time_breaks import GAP_SHARE, MAX_BREAKS, TimeBreaks, find_breaks


def cluster(first, days, n):
    start = first + np.linspace(0, days, n)
    return start, start + 1


def joined(*clusters):
    return np.concatenate([c[0] for c in clusters]), np.concatenate([c[1] for c in clusters])


def test_two_distant_clusters_get_one_narrow_break():
    ww2, civil = cluster(-11_000, 2_000, 50), cluster(-39_000, 1_500, 40)
    breaks = find_breaks(*joined(ww2, civil))
    assert len(breaks.gaps) == 1
    (t0, t1), = breaks.gaps
    assert t0 == pytest.approx(civil[1].max()) and t1 == pytest.approx(ww2[0].min())
    (x0, x1), = breaks.gaps_x()
    assert x1 - x0 == pytest.approx(GAP_SHARE * (3_500 + 2))


def test_days_and_x_map_both_ways_and_the_bigger_side_keeps_its_dates():
    small, big = cluster(0, 100, 10), cluster(10_000, 400, 60)
    breaks = find_breaks(*joined(small, big))
    days = np.array([-50.0, 0, 50, 101, 3_000, 10_000, 10_200, 20_000])
    assert breaks.to_days(breaks.to_x(days)) == pytest.approx(days)
    assert breaks.to_x(10_200.0) == 10_200.0  # x is days on the side with the most events
    assert breaks.to_x(50.0) - breaks.to_x(0.0) == pytest.approx(50)  # one x a day on the other side too
    assert np.all(np.diff(breaks.to_x(days)) > 0)


def test_segments_give_each_side_its_offset_to_days():
    breaks = find_breaks(*joined(cluster(0, 100, 10), cluster(10_000, 400, 60)))
    (a, b), = breaks.gaps_x()
    segments = breaks.segments(a - 10, b + 10)
    assert [(lo, hi) for lo, hi, _ in segments] == [(a - 10, a), (b, b + 10)]
    for lo, _hi, offset in segments:
        assert breaks.to_days(lo) == pytest.approx(lo + offset)


@pytest.mark.parametrize("data", [
    joined(cluster(0, 1_000, 200)),  # one cluster
    joined(cluster(0, 1_000, 20), cluster(1_600, 1_000, 20)),  # a gap shorter than three times the data
    joined(cluster(0, 10, 5), cluster(60, 10, 5)),  # weeks apart: shorter than a season
    (np.array([0.0, 365 * 5, 365 * 10]), np.array([365.0, 365 * 6, 365 * 11])),  # lone years: spacing tells
])
def test_no_break_where_the_spacing_is_the_story(data):
    assert not find_breaks(*data)


def test_undated_items_are_ignored_and_an_empty_set_has_none():
    start, end = joined(cluster(0, 100, 10), cluster(20_000, 100, 10))
    start[3] = end[3] = np.nan
    assert len(find_breaks(start, end).gaps) == 1
    assert not find_breaks(np.array([]), np.array([]))
    assert TimeBreaks().to_x(5.0) == 5.0


def test_breaks_are_capped():
    clusters = [cluster(k * 100_000, 10, 5) for k in range(30)]
    assert len(find_breaks(*joined(*clusters)).gaps) == MAX_BREAKS


def test_presorted_input_gives_the_same_breaks():
    start, end = joined(cluster(20_000, 100, 10), cluster(0, 100, 10))
    order = np.argsort(start)
    assert find_breaks(start, end).gaps == find_breaks(start[order], end[order], presorted=True).gaps
