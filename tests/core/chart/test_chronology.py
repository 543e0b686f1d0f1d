"""Chronology layout: lanes, stacking rows, time order and hit tests on real documents."""

import numpy as np
import pytest

from viewer.core.chart.chronology import ALL_EVENTS, SPLIT_LANE_AT, Chronology, stack_rows
from viewer.core.dates.calendar import day_number
from viewer.core.document import analyse
from viewer.core.kinds import DATINGS, NO_ACTOR, PRECISIONS
from viewer.core.opening import open_document

PERSIANS = "In 480 BC the Persians invaded. In 479 BC they lost at Plataea."


@pytest.fixture(scope="module")
def sample(sample_file):
    return open_document(sample_file)


def synthetic(starts, ends, lanes, names=None):
    n = len(starts)
    names = names or [f"L{k}" for k in range(max(lanes) + 1)]
    return Chronology(starts, ends, lanes, np.zeros(n), np.zeros(n), names)


def test_flat_index_follows_documents_then_events(sample):
    persians = analyse(PERSIANS)
    chron = Chronology.from_documents([sample, persians])
    assert len(chron) == len(sample.events) + len(persians.events)
    assert chron.doc_index.tolist() == [0] * len(sample.events) + [1] * len(persians.events)
    assert chron.event(len(sample.events)) is persians.events[0]


def test_arrays_match_the_events(sample):
    chron = Chronology.from_documents([sample])
    for i, event in enumerate(sample.events):
        assert chron.dated[i] == (event.interval is not None)
        assert DATINGS[chron.dating[i]] == event.dating
        if event.interval:
            assert chron.start[i] == event.interval.first
            assert chron.end[i] == event.interval.last + 1
            assert PRECISIONS[chron.precision[i]] == event.interval.precision
        else:
            assert chron.row[i] == -1 and np.isnan(chron.start[i])


def test_single_mode_has_one_lane(sample):
    assert Chronology.from_documents([sample], "single").lane_names == [ALL_EVENTS]


def test_actor_lanes_come_from_the_events(sample):
    chron = Chronology.from_documents([sample], "actor")
    assert set(chron.lane_names) == {e.lane or NO_ACTOR for e in sample.events}
    for i, event in enumerate(sample.events):
        assert chron.lane_names[chron.lane[i]] == (event.lane or NO_ACTOR)


def test_actor_lanes_are_ordered_by_first_event_in_time(sample):
    chron = Chronology.from_documents([sample], "actor")
    firsts = [chron.start[(chron.lane == k) & chron.dated].min(initial=np.inf) for k in range(len(chron.lane_names))]
    assert firsts == sorted(firsts)


def test_document_lanes_are_ordered_by_first_appearance_in_time(sample):
    chron = Chronology.from_documents([sample, analyse(PERSIANS, "persians.txt")], "document")
    assert chron.lane_names == ["persians.txt", "western_iraq_campaign_2017.txt"]
    assert chron.lane[-1] == 0 and chron.lane[0] == 1


def test_section_lanes_follow_the_headings():
    doc = analyse("Intro line on 1 May 1900.\n\nThe war\n\nIt began on 3 May 1915.\n\nThe peace\n\n"
                  "It came on 11 November 1918.", "a.txt")
    chron = Chronology.from_documents([doc], "section")
    assert chron.lane_names == ["No section", "The war", "The peace"]
    assert [chron.lane_names[k] for k in chron.lane] == ["No section", "The war", "The peace"]


def test_unknown_lane_mode_is_refused(sample):
    with pytest.raises(ValueError):
        Chronology.from_documents([sample], "colour")


def test_overlapping_events_stack_and_none_hides_another():
    rng = np.random.default_rng(1)
    starts = rng.integers(0, 100, 500).astype(float)
    ends = starts + rng.integers(1, 20, 500)
    chron = synthetic(starts, ends, [0] * 500)
    for r in range(chron.lane_rows[0]):
        on_row = np.flatnonzero(chron.row == r)
        order = on_row[np.argsort(chron.start[on_row])]
        assert np.all(chron.start[order][1:] >= chron.end[order][:-1])


def test_a_big_lane_stacks_day_items_apart_and_none_hides_another():
    rng = np.random.default_rng(2)
    n = SPLIT_LANE_AT + 2000
    starts = rng.integers(0, 3000, n).astype(float)
    ends = starts + np.where(rng.random(n) < 0.8, 1, rng.integers(2, 400, n))
    chron = synthetic(starts, ends, [0] * n)
    for r in range(chron.lane_rows[0]):
        on_row = np.flatnonzero(chron.row == r)
        order = on_row[np.argsort(chron.start[on_row])]
        assert np.all(chron.start[order][1:] >= chron.end[order][:-1])
    day = ends - starts == 1
    assert chron.row[day].min() > chron.row[~day].max()  # day items under the bars


def test_stacking_reuses_the_lowest_free_row():
    assert stack_rows(np.array([0.0, 0, 1, 5]), np.array([10.0, 2, 3, 6])).tolist() == [0, 1, 2, 1]
    assert stack_rows(np.array([0.0, 1, 2]), np.array([1.0, 2, 3])).tolist() == [0, 0, 0]


def test_extent_covers_dated_items_only(sample):
    chron = Chronology.from_documents([analyse(PERSIANS), sample])
    first, last = chron.extent()
    assert first == day_number(-480, 1, 1)
    assert last == max(e.interval.last for e in sample.events if e.interval) + 1


def test_item_at_finds_the_event_under_a_day():
    chron = synthetic([0.0, 10, 10], [5.0, 11, 20], [0, 0, 0])
    assert chron.item_at(2.5, 0, chron.row[0]) == 0
    assert chron.item_at(10.5, 0, chron.row[1]) == 1
    assert chron.item_at(15, 0, chron.row[2]) == 2
    assert chron.item_at(7, 0, 0) == -1
    assert chron.item_at(5.5, 0, 0, tolerance=1.0) == 0
    assert chron.item_at(2, 1, 0) == -1


def test_item_at_sees_long_bars_that_start_far_left():
    chron = synthetic([0.0, 50, 60], [1000.0, 51, 61], [0, 0, 0])
    assert chron.item_at(900, 0, chron.row[0]) == 0


def test_time_stepping_skips_undated_and_breaks_ties_by_flat_index(sample):
    chron = Chronology.from_documents([sample])
    steps = [chron.first()]
    while (nxt := chron.next_in_time(steps[-1])) != -1:
        steps.append(nxt)
    assert len(steps) == int(chron.dated.sum())
    assert np.all(np.diff(chron.start[steps]) >= 0)
    assert chron.previous_in_time(steps[1]) == steps[0]
    assert chron.previous_in_time(chron.first()) == -1
    assert steps[-1] == chron.last()
    assert chron.next_in_time(-1) == chron.first()


def test_latest_at_or_before_drives_the_playhead(sample):
    chron = Chronology.from_documents([sample])
    assert chron.latest_at_or_before(chron.extent()[0] - 1) == -1
    i = chron.latest_at_or_before(day_number(2017, 10, 28))
    assert chron.start[i] <= day_number(2017, 10, 28) < chron.start[chron.next_in_time(i)]


def test_visible_slice_uses_the_longest_span_as_margin():
    chron = synthetic([0.0, 100, 200, 300], [150.0, 101, 201, 301], [0, 0, 0, 0])
    s = chron.lane_slice(0, 120, 210)
    assert set(chron.order[s].tolist()) >= {0, 2}
    assert 3 not in chron.order[s].tolist()


def test_empty_chronology_answers_without_errors():
    chron = Chronology.from_documents([])
    assert len(chron) == 0 and chron.extent() == (0.0, 1.0)
    assert chron.first() == chron.last() == chron.latest_at_or_before(0) == -1


def test_carried_over_coarse_dates_take_no_rows_of_their_own():
    """Five events inferred at year precision and two days dated in their own sentences: one row."""
    year = day_number(1861, 1, 1)
    starts = np.array([year] * 5 + [year + 40, year + 41], dtype=float)
    ends = np.array([year + 365] * 5 + [year + 41, year + 42], dtype=float)
    precision = np.array([PRECISIONS.index("year")] * 5 + [0, 0])
    dating = np.array([DATINGS.index("inferred")] * 5 + [0, 0])
    chron = Chronology(starts, ends, np.zeros(7), precision, dating, ["Union"])
    assert chron.underlay.tolist() == [True] * 5 + [False, False]
    assert chron.total_rows == 1 and (chron.row == 0).all()
    assert chron.item_at(year + 40.5, 0, 0) == 5  # the day dated in its own sentence, not the line under it
    assert chron.item_at(year + 100, 0, 0, underlay=True) in range(5)
    assert chron.item_at(year + 100, 0, 0) == -1


def test_a_lane_on_one_row_and_lanes_in_the_order_given():
    starts = np.array([50.0, 0, 1, 2])
    chron = Chronology(starts, starts + 10, [0, 1, 1, 1], np.zeros(4), np.zeros(4), ["late", "early"],
                       one_row={"early"}, keep_lane_order=True)
    assert chron.lane_names == ["late", "early"] and chron.lane_rows.tolist() == [1, 1]
    assert Chronology(starts, starts + 10, [0, 1, 1, 1], np.zeros(4), np.zeros(4),
                      ["late", "early"]).lane_names == ["early", "late"]
