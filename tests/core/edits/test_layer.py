"""The edit layer is a value: each change makes a new one, the old stays as it was (an undo step)."""

from viewer.core.edits.layer import Edits, EventEdit, LaneEdit


def test_an_event_edit_replaces_the_one_at_its_span_and_leaves_the_old_layer_alone():
    before = Edits()
    after = before.with_event("a.txt", EventEdit(0, 10, lane="Rome"))
    again = after.with_event("a.txt", EventEdit(0, 10, lane="Carthage"))
    assert before.event("a.txt", (0, 10)) is None
    assert after.event("a.txt", (0, 10)).lane == "Rome"
    assert again.event("a.txt", (0, 10)).lane == "Carthage"
    assert not before and after


def test_an_edit_that_sets_nothing_is_dropped():
    edits = Edits().with_event("a.txt", EventEdit(0, 10, note="x")).with_event("a.txt", EventEdit(0, 10))
    assert not edits and edits == Edits()


def test_renames_are_followed_and_cycles_cut():
    edits = (Edits().with_lane("actor", "A", LaneEdit(rename="B")).with_lane("actor", "B", LaneEdit(rename="C"))
             .with_lane("section", "X", LaneEdit(rename="Y")))
    assert edits.renames("actor") == {"A": "C", "B": "C"}
    assert edits.renames("section") == {"X": "Y"}
    circle = Edits().with_lane("actor", "A", LaneEdit(rename="B")).with_lane("actor", "B", LaneEdit(rename="A"))
    assert circle.renames("actor") == {}  # back where it began: nothing renamed


def test_colours_and_hidden_lanes_by_mode():
    edits = Edits().with_lane("actor", "A", LaneEdit(colour="#112233")).with_hidden_lanes("actor", {"B"})
    assert edits.colours("actor") == {"A": "#112233"} and edits.colours("section") == {}
    assert edits.hidden_lanes("actor") == {"B"}
    assert edits.with_hidden_lanes("actor", set()).hidden_lanes("actor") == frozenset()


def test_a_closed_document_takes_its_edits():
    edits = Edits().with_event("a.txt", EventEdit(0, 1, hidden=True)).with_event("b.txt", EventEdit(0, 1, hidden=True))
    assert list(edits.without_document("a.txt").events) == ["b.txt"]
