"""The session: documents in, each layout announced chronology first, then the other views,
then the selection; the one flat index shared by the views and the chronology."""

import pytest

from viewer.core.document import analyse
from viewer.ui import session as session_module
from viewer.ui.session import Session

TEXT = (
    "Nobody knows when it began. "
    "General Lee attacked on 9 May 1863. "
    "Admiral Farragut sailed on 3 April 1862. "
    "Zachary Taylor died in July 1850."
)
TAYLOR = 3  # the first in time


@pytest.fixture
def session(qapp):
    made = Session()
    yield made
    made.wait()


def announcements(session):
    """What the session says, in order, with the event selected when it says it."""
    heard = []
    selection = session.selection
    session.layout_built.connect(lambda loaded, chron: heard.append(("layout", len(loaded), selection.current)))
    session.documents_changed.connect(lambda loaded: heard.append(("documents", len(loaded), selection.current)))
    session.selection.current_changed.connect(lambda i: heard.append(("selected", i)))
    return heard


def test_a_small_set_is_shown_at_once_chronology_first_then_the_views_then_the_first_in_time(session):
    heard = announcements(session)
    session.add("a.txt", analyse(TEXT, "a.txt"))
    assert heard == [("layout", 4, -1), ("documents", 4, -1), ("selected", TAYLOR)]
    assert session.chronology is None  # not asked for yet: no numpy for a start
    assert not session.settling


def test_another_document_keeps_the_selection_and_a_reopened_one_starts_again(session):
    session.add("a.txt", analyse(TEXT, "a.txt"))
    session.selection.select(1)
    session.add("b.txt", analyse("The fort fell in 1871.", "b.txt"))
    assert session.selection.current == 1 and len(session.loaded) == 5
    session.add("b.txt", analyse("The fort fell in 1871. It was rebuilt in 1700.", "b.txt"))
    assert [d.path for d in session.documents] == ["a.txt", "b.txt"]
    assert session.selection.current == session.loaded.flat(1, 1)  # 1700: the first in time now


def test_the_chronology_once_asked_for_shares_the_flat_index_and_follows_the_lane_mode(session, qtbot):
    session.add("a.txt", analyse(TEXT, "a.txt"))
    chronology = session.with_chronology()
    assert chronology.index is session.loaded and chronology.first() == TAYLOR
    with qtbot.waitSignal(session.lane_mode_changed) as changed:
        session.set_lane_mode("single")
    assert changed.args == ["single"]
    assert session.chronology is not chronology and session.chronology.lane_names == ["All events"]


def test_a_large_set_is_laid_out_off_the_gui_thread_and_its_views_follow_a_frame_later(session, qtbot, monkeypatch):
    monkeypatch.setattr(session_module, "OPENED_OFF_THREAD_FROM", 1)  # (a document opened: from fewer events)
    heard = announcements(session)
    with qtbot.waitSignal(session.layout_started):
        session.add("a.txt", analyse(TEXT, "a.txt"))
    assert session.settling and heard == []
    with qtbot.waitSignal(session.settled, timeout=10_000):
        pass
    assert heard == [("layout", 4, -1), ("documents", 4, -1), ("selected", TAYLOR)]
    assert session.chronology is not None and session.chronology.index is session.loaded


def test_an_edit_below_the_large_set_is_shown_at_once_where_opening_it_was_laid_out_off_the_gui_thread(
        session, qtbot, monkeypatch):
    # (the details do not go blank for two frames as each edit is shown)
    from viewer.core.edits.layer import Edits, EventEdit

    monkeypatch.setattr(session_module, "OPENED_OFF_THREAD_FROM", 1)
    with qtbot.waitSignal(session.settled, timeout=10_000):
        session.add("a.txt", analyse(TEXT, "a.txt"))
    session.selection.select(1)
    heard = announcements(session)
    lee = session.loaded.documents[0].events[1].sentence
    session.change(Edits().with_event("a.txt", EventEdit(lee.start, lee.end, title="Lee attacked")), "Set title")
    assert not session.settling  # all of it done at once, the same event selected again
    assert heard == [("selected", -1), ("layout", 4, -1), ("documents", 4, -1), ("selected", 1)]
    assert session.loaded.events[1].title == "Lee attacked"


def test_select_text_and_steps_in_time(session):
    session.add("a.txt", analyse(TEXT, "a.txt"))
    assert session.select_text("Farragut") and session.selection.current == 2
    assert not session.select_text("Grant")
    session.step("next_in_time")  # no chronology yet: nothing moves
    assert session.selection.current == 2
    session.with_chronology()
    session.step("next_in_time")
    assert session.selection.current == 1
    session.step("first")
    assert session.selection.current == TAYLOR
