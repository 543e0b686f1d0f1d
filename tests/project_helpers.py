"""What the project and recovery tests share: a document, a series of edits made the way the
window makes them (each a step on the session's undo stack), and what ``extract`` then shows."""

from __future__ import annotations

from dataclasses import replace

WAR_TEXT = ("The war\n\nOn 1 September 1939, Germany invaded Poland. On 3 September 1939, Britain declared war "
            "on Germany. Churchill became prime minister in May 1940. In June 1940, France fell to Germany.\n\n"
            "The peace\n\nThe war in Europe ended in May 1945. The United Nations was founded in October 1945.\n")

# The sentences' spans in WAR_TEXT, as the reader finds them.
INVADED, DECLARED, CHURCHILL, FRANCE = (9, 53), (54, 107), (108, 152), (153, 190)
FOUNDED_PASSAGE = (240, 270)  # "The United Nations was founded"


def edit_event(session, span, **fields) -> None:
    """Change the event of ``span`` in the first document, as one undoable step."""
    from viewer.core.edits.layer import EventEdit
    from viewer.core.project.store import now

    path = session.base[0].path
    edit = session.edits.event(path, span) or EventEdit(*span)
    session.change(session.edits.with_event(path, replace(edit, edited_at=now(), **fields)), "Edit event")


def make_edits(session) -> None:
    """Every kind of edit: a date, a lane, not an event, a title and a note, a lane renamed and
    coloured, an event added from a passage."""
    from viewer.core.edits.layer import EventEdit, LaneEdit
    from viewer.core.edits.typed_dates import read_typed_date
    from viewer.core.project.store import now

    edit_event(session, INVADED, date=read_typed_date("2 September 1939"))
    edit_event(session, DECLARED, lane="Allies")
    edit_event(session, CHURCHILL, hidden=True)
    edit_event(session, FRANCE, title="France surrendered", note="the armistice of 22 June")
    session.change(session.edits.with_lane("actor", "Germany", LaneEdit(rename="Reich", colour="#aa0000")),
                   "Rename lane")
    added = EventEdit(*FOUNDED_PASSAGE, date=read_typed_date("24 October 1945"), added=True, edited_at=now())
    session.change(session.edits.with_event(session.base[0].path, added), "New event")


def check_edited_json(doc: dict) -> None:
    """``extract``'s JSON of WAR_TEXT with ``make_edits`` applied: every edit shows, the reading kept."""
    by_span = {(e["sentence"]["start"], e["sentence"]["end"]): e for e in doc["events"]}
    invaded = by_span[INVADED]
    assert invaded["edited"] is True and invaded["value"] == "1939-09-02" and invaded["lane"] == "Reich"
    assert invaded["original"]["value"] == "1939-09-01" and invaded["original"]["lane"] == "Germany"
    declared = by_span[DECLARED]
    assert declared["lane"] == "Allies" and declared["original"]["lane"] == "Britain"
    assert CHURCHILL not in by_span
    assert [(h["sentence"]["start"], h["sentence"]["end"]) for h in doc["hidden"]] == [CHURCHILL]
    france = by_span[FRANCE]
    assert (france["title"], france["note"]) == ("France surrendered", "the armistice of 22 June")
    assert france["original"]["title"] == "In June 1940, France fell to Germany."
    founded = by_span[FOUNDED_PASSAGE]
    assert founded["added"] is True and founded["original"] is None and founded["value"] == "1945-10-24"
    unedited = [e for e in doc["events"] if not e["edited"]]
    assert unedited and all("original" not in e for e in unedited)
