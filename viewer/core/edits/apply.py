"""A document as the user corrected it: the reading, with the edit layer over it.

Each event edit finds its sentence by span; a later reading that split the text otherwise
gives it the sentence that now holds the span's start. An edit whose text is gone is kept in
the layer (and in the project) and shown nowhere. Lane renames follow the event's own edits,
so an event moved into a lane that is then renamed goes with it.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from viewer.core.dates.calendar import Interval
from viewer.core.dates.values import interval_of
from viewer.core.document import Document
from viewer.core.edits.layer import Edits, EventEdit, Span
from viewer.core.events import Event, timexes_by_sentence
from viewer.core.kinds import EXPLICIT, UNDATED
from viewer.core.labels.gist import sentence_label
from viewer.core.text.citations import strip_citations
from viewer.core.text.sentences import Sentence


def apply_edits(doc: Document, edits: Edits) -> Document:
    """``doc`` with ``edits`` over its events; the same object when none touch it."""
    of_doc = edits.of_document(doc.path)
    actors, sections = edits.renames("actor"), edits.renames("section")
    if not of_doc and not actors and not sections:
        return doc
    events = doc.events
    starts = [e.sentence.start for e in events]
    placed: dict[int, EventEdit] = {}
    added: list[EventEdit] = []
    for edit in sorted(of_doc.values(), key=lambda e: e.edited_at):  # the latest wins a shared sentence
        if edit.added:
            added.append(edit)
            continue
        k = _event_at(events, starts, edit.span)
        if k is not None:
            placed[k] = edit
    # The events in text order, each added one after the sentences that start where it does or
    # before (the views find an event by its offset): one pass, the added ones sorted.
    made = iter(sorted(added, key=lambda e: e.span))
    waiting = next(made, None)
    shown: list[Event] = []
    hidden: list[Event] = []
    for k, event in enumerate(events):
        while waiting is not None and waiting.start < event.sentence.start:
            _place(_renamed(_added(doc, waiting, starts), actors, sections), waiting.hidden, shown, hidden)
            waiting = next(made, None)
        own = placed.get(k)
        new = _renamed(_edited(event, own) if own else event, actors, sections)
        _place(new, own is not None and own.hidden, shown, hidden)
    while waiting is not None:
        _place(_renamed(_added(doc, waiting, starts), actors, sections), waiting.hidden, shown, hidden)
        waiting = next(made, None)
    return replace(doc, events=shown, hidden=tuple(hidden))


def _place(event: Event, hidden_by_user: bool, shown: list[Event], hidden: list[Event]) -> None:
    (hidden if hidden_by_user else shown).append(event)


def _event_at(events: list[Event], starts: list[int], span: Span) -> int | None:
    """The event whose sentence is ``span``; else the one whose sentence holds its start."""
    k = bisect.bisect_right(starts, span[0]) - 1
    if k < 0:
        return None
    if events[k].sentence.start == span[0] or span[0] < events[k].sentence.end:
        return k
    return None


def _edited(event: Event, edit: EventEdit) -> Event:
    changed: dict = {"original": event.original or event, "edited_at": edit.edited_at, "note": edit.note or ""}
    if edit.date is not None:
        changed.update(value=edit.date.value, interval=edit.date.interval, dating=EXPLICIT, timex=None, anchor=None)
    for name in ("lane", "label", "title"):
        value = getattr(edit, name)
        if value is not None:
            changed[name] = (value or None) if name == "lane" else value  # lane "": no actor
    return replace(event, **changed)


def _added(doc: Document, edit: EventEdit, starts: list[int]) -> Event:
    """An event the user made from a passage: dated by the edit, else by an expression in it."""
    k = bisect.bisect_right(starts, edit.start) - 1
    around = doc.events[k] if k >= 0 else None
    index = around.sentence.index if around is not None else 0
    sentence = Sentence(index, edit.start, edit.end)
    inside = [t for t in timexes_by_sentence([sentence], doc.timexes)[0] if doc.timexes[t].type != "DURATION"]
    dated = [t for t in inside if interval_of(doc.timexes[t].value) is not None]
    text = doc.text
    title = edit.title or strip_citations(" ".join(text[edit.start:edit.end].split()))
    label = edit.label or sentence_label(text, edit.start, edit.end,
                                         [(doc.timexes[t].start, doc.timexes[t].end) for t in inside])
    lane = edit.lane if edit.lane is not None else (around.lane if around is not None else None)
    section = around.section if around is not None else None
    value: str | None
    interval: Interval | None
    if edit.date is not None:
        value, interval, dating, timex = edit.date.value, edit.date.interval, EXPLICIT, None
    elif dated:
        timex = dated[0]
        value, interval, dating = doc.timexes[timex].value, interval_of(doc.timexes[timex].value), EXPLICIT
    else:
        value, interval, dating, timex = None, None, UNDATED, None
    return Event(sentence, title, value, interval, dating, timex=timex, lane=lane or None, section=section,
                 label=label, note=edit.note or "", edited_at=edit.edited_at, added=True)


def _renamed(event: Event, actors: dict[str, str], sections: dict[str, str]) -> Event:
    lane = actors.get(event.lane, event.lane) if event.lane is not None else None
    section = sections.get(event.section, event.section) if event.section is not None else None
    if lane == event.lane and section == event.section:
        return event
    return replace(event, lane=lane, section=section, original=event.original or event)
