"""Edits over a reading: each finds its sentence, and a later reading keeps them."""

from dataclasses import replace

import pytest

from viewer.core.document import analyse
from viewer.core.edits.apply import apply_edits
from viewer.core.edits.layer import Edits, EventEdit, LaneEdit
from viewer.core.edits.typed_dates import read_typed_date
from viewer.core.kinds import EXPLICIT, INFERRED

TEXT = ("On 3 May 1940 the Senate met in Rome. It voted to send the fleet. "
        "The fleet sailed from Ostia. In June 1940 the consuls returned.")


@pytest.fixture
def doc():
    return analyse(TEXT, "rome.txt")


def _span(event):
    return event.sentence.start, event.sentence.end


def test_a_date_set_replaces_the_reading_and_keeps_it(doc):
    inferred = doc.events[1]
    assert inferred.dating == INFERRED
    edits = Edits().with_event("rome.txt", EventEdit(*_span(inferred), date=read_typed_date("1939-1945"),
                                                     note="checked", edited_at="2026-12-06T22:00:00Z"))
    event = apply_edits(doc, edits).events[1]
    assert (event.value, event.dating, event.anchor, event.note) == ("1939", EXPLICIT, None, "checked")
    assert event.interval.last > event.interval.first
    assert event.original == inferred and event.edited
    assert apply_edits(doc, Edits()) is doc  # nothing to do: the same document


def test_lane_label_and_title_set(doc):
    edits = Edits().with_event("rome.txt", EventEdit(*_span(doc.events[2]), lane="Navy", label="Fleet sails",
                                                     title="The fleet sailed."))
    event = apply_edits(doc, edits).events[2]
    assert (event.lane, event.label, event.title) == ("Navy", "Fleet sails", "The fleet sailed.")


def test_not_an_event_is_hidden_and_listed(doc):
    edits = Edits().with_event("rome.txt", EventEdit(*_span(doc.events[2]), hidden=True))
    edited = apply_edits(doc, edits)
    assert len(edited.events) == len(doc.events) - 1
    assert [e.title for e in edited.hidden] == [doc.events[2].title]


def test_an_added_event_from_a_passage_is_dated_by_what_it_holds(doc):
    start = TEXT.index("In June")
    edits = Edits().with_event("rome.txt", EventEdit(start, start + len("In June 1940 the consuls"), added=True))
    edited = apply_edits(doc, edits)
    added = [e for e in edited.events if e.added]
    assert len(added) == 1 and added[0].value == "1940-06" and added[0].original is None
    starts = [e.sentence.start for e in edited.events]
    assert starts == sorted(starts)  # the views find events by offset: still in text order


def test_renamed_and_merged_lanes_take_their_events_and_those_moved_into_them(doc):
    lanes = {e.lane for e in doc.events if e.lane}
    assert lanes, "the reading names an actor"
    name = sorted(lanes)[0]
    edits = (Edits().with_lane("actor", name, LaneEdit(rename="Merged"))
             .with_event("rome.txt", EventEdit(*_span(doc.events[2]), lane=name)))
    edited = apply_edits(doc, edits)
    assert name not in {e.lane for e in edited.events}
    assert edited.events[2].lane == "Merged"


def test_a_later_reading_that_splits_otherwise_keeps_the_edit(doc):
    event = doc.events[1]
    edits = Edits().with_event("rome.txt", EventEdit(*_span(event), lane="Senate vote"))
    # A reading whose sentence starts where the old one did but ends elsewhere.
    moved = replace(event, sentence=replace(event.sentence, end=event.sentence.end + 5))
    later = replace(doc, events=[doc.events[0], moved, *doc.events[2:]])
    assert apply_edits(later, edits).events[1].lane == "Senate vote"


def test_an_edit_whose_text_is_gone_shows_nowhere(doc):
    edits = Edits().with_event("rome.txt", EventEdit(10_000, 10_010, lane="Nowhere"))
    assert [e.lane for e in apply_edits(doc, edits).events] == [e.lane for e in doc.events]
