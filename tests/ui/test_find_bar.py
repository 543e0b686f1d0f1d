"""The find bar sets the filter's query, says how many match, and steps through them."""

import pytest

from viewer.core.document import analyse
from viewer.ui.event_filter import EventFilter
from viewer.ui.find_bar import FindBar
from viewer.ui.session import Session

TEXT = "General Lee attacked on 9 May 1863. Admiral Farragut sailed on 3 April 1862. Lee withdrew in July 1863."


@pytest.fixture
def bar(qtbot):
    session = Session()
    session.add("/war.txt", analyse(TEXT, "/war.txt"))
    bar = FindBar(session.selection, EventFilter(session))
    qtbot.addWidget(bar)
    return bar, session


def test_the_query_is_announced_trimmed_and_cleared_on_close(bar, qtbot):
    bar, _ = bar
    queries = []
    bar.query_changed.connect(queries.append)
    qtbot.keyClicks(bar.edit, " Lee")
    assert queries[-1] == "Lee" and bar.matches == [0, 2]
    assert bar.count.text() in ("2 matches", "1 of 2 matches")
    bar.close_bar()
    assert queries[-1] == "" and bar.matches == []


def test_enter_steps_through_the_matches_and_wraps(bar, qtbot):
    bar, session = bar
    session.selection.select(1)
    qtbot.keyClicks(bar.edit, "lee")
    bar.step()
    assert session.selection.current == 2 and bar.count.text() == "2 of 2 matches"
    bar.step()
    assert session.selection.current == 0
    bar.step(backwards=True)
    assert session.selection.current == 2


def test_matches_only_folds_the_query_into_the_filter(bar, qtbot):
    bar, _ = bar
    event_filter = bar._filter
    qtbot.keyClicks(bar.edit, "Farragut")
    assert event_filter.shown is None and event_filter.matched == [False, True, False]
    bar.only.setChecked(True)
    assert event_filter.shown == [False, True, False] and event_filter.shown_count == 1
