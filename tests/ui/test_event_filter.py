"""One filter: lanes, a date range, datings and Find's query give the mask of what is shown."""

import pytest

from viewer.core.chart.lane_modes import event_lanes
from viewer.core.document import analyse
from viewer.core.kinds import EXPLICIT, INFERRED, UNDATED
from viewer.ui.event_filter import EventFilter
from viewer.ui.session import Session
from viewer.ui.typed_dates import read_typed_date

TEXT = (
    "Nobody knows when it began. "  # 0: undated, no actor
    "General Lee attacked on 9 May 1863. "  # 1: explicit, General Lee
    "Admiral Farragut sailed on 3 April 1862. "  # 2: explicit, Admiral Farragut
    "He returned soon after. "  # 3: inferred (April 1862)
    "Zachary Taylor died in July 1850."  # 4: explicit, Zachary Taylor
)


@pytest.fixture
def session():
    session = Session()
    session.add("/war.txt", analyse(TEXT, "/war.txt"))
    return session


@pytest.fixture
def event_filter(session, qtbot):
    return EventFilter(session)


def shown(event_filter):
    return [i for i, s in enumerate(event_filter.shown)] if event_filter.shown is None else [
        i for i, s in enumerate(event_filter.shown) if s]


def days(text):
    interval = read_typed_date(text)
    return interval.first, interval.last


def test_nothing_asked_for_shows_everything(event_filter):
    assert event_filter.shown is None and event_filter.matched is None
    assert event_filter.shown_count == event_filter.event_count == 5 and not event_filter.filtering


def test_datings_as_written_in_the_fixture(session):
    assert [e.dating for e in session.documents[0].events] == [UNDATED, EXPLICIT, EXPLICIT, INFERRED, EXPLICIT]


def test_hidden_lanes_are_left_out(event_filter, qtbot):
    with qtbot.waitSignal(event_filter.changed):
        event_filter.set_hidden_lanes({"General Lee", "No actor"})
    assert shown(event_filter) == [2, 3, 4] and event_filter.shown_count == 3 and event_filter.filtering


def test_a_date_range_keeps_the_events_that_share_a_day_with_it(event_filter):
    event_filter.set_date_range(days("1862")[0], days("May 1863")[1])
    assert shown(event_filter) == [1, 2, 3]  # the undated one has no day in it
    event_filter.set_date_range(days("1 May 1863")[0], None)  # open after
    assert shown(event_filter) == [1]
    event_filter.set_date_range(None, days("1850")[1])  # open before
    assert shown(event_filter) == [4]


def test_a_range_typed_backwards_is_read_forwards(event_filter):
    event_filter.set_date_range(days("1863")[1], days("1862")[0])
    assert event_filter.date_range[0] < event_filter.date_range[1] and shown(event_filter) == [1, 2, 3]


def test_datings(event_filter):
    event_filter.set_datings({EXPLICIT})
    assert shown(event_filter) == [1, 2, 4]
    event_filter.set_datings({INFERRED, UNDATED})
    assert shown(event_filter) == [0, 3]


def test_criteria_combine_and_clear_keeps_the_query(event_filter):
    event_filter.set_query("a")
    event_filter.set_datings({EXPLICIT})
    event_filter.set_hidden_lanes({"Zachary Taylor"})
    assert shown(event_filter) == [1, 2]
    event_filter.clear()
    assert event_filter.shown is None and event_filter.query == "a"


def test_the_query_marks_and_matches_only_hides(event_filter):
    event_filter.set_query("  lee ")
    assert event_filter.query == "lee" and event_filter.matched == [False, True, False, False, False]
    assert event_filter.shown is None and event_filter.matches == [1]
    event_filter.set_matches_only(True)
    assert shown(event_filter) == [1]
    event_filter.set_query("")
    assert event_filter.shown is None and event_filter.matched is None and event_filter.matches == []


def test_matches_are_those_shown(event_filter):
    event_filter.set_query("e")  # every title but Taylor's... and Taylor's "died"
    event_filter.set_datings({INFERRED})
    assert event_filter.matches == [3]


def test_no_change_no_signal(event_filter, qtbot):
    event_filter.set_datings({EXPLICIT})
    with qtbot.assertNotEmitted(event_filter.changed):
        event_filter.set_datings({EXPLICIT})
        event_filter.set_query("")


def test_new_documents_are_filtered_as_they_come(session, event_filter):
    event_filter.set_hidden_lanes({"General Lee"})
    session.add("/more.txt", analyse("General Lee surrendered on 9 April 1865. Peace came.", "/more.txt"))
    assert event_filter.event_count == 7 and shown(event_filter) == [0, 2, 3, 4, 6]


def test_lanes_follow_the_lane_mode(session, event_filter):
    assert "General Lee" in event_filter.lanes and event_filter.lanes[-1] == "No actor"
    session.set_lane_mode("document")
    assert event_filter.lanes == ["war.txt"]
    event_filter.set_hidden_lanes({"war.txt"})
    assert event_filter.shown_count == 0


def test_the_lanes_are_named_as_the_chronology_names_them(session):
    from viewer.core.chart.chronology import Chronology

    session.add("/b/war.txt", analyse("The Navy sailed on 3 May 1915.", "/b/war.txt"))
    for mode in ("actor", "section", "document", "single"):
        chronology = Chronology.from_documents(session.loaded, lane_mode=mode)
        expected = [chronology.lane_names[k] for k in chronology.lane.tolist()]
        assert event_lanes(session.loaded, mode) == expected, mode
