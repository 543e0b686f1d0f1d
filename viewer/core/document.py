"""A read document: its text, sentences, temporal expressions and events."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from viewer.core.progress import Pacer, Progress

# The reader proper is imported by the first analysis: a window shows a document's text
# (and asks viewer.core.opening.is_event_file) before it has its dates.
if TYPE_CHECKING:
    from viewer.core.events import Event
    from viewer.core.text.headings import Heading
    from viewer.core.text.sentences import Sentence
    from viewer.core.timex.finding import Timex

# Where each stage ends, as a share of the whole (measured on a 10 MB narrative:
# finding expressions takes three quarters of the time, and reports as it goes).
_AFTER_TIMEXES, _AFTER_SENTENCES, _AFTER_LANES = 0.74, 0.83, 0.95


@dataclass(frozen=True, slots=True)
class Document:
    path: str
    text: str
    sentences: list[Sentence]
    timexes: list[Timex]
    events: list[Event]
    problems: tuple[str, ...] = ()  # one line per row of an events file that could not be read
    headings: tuple[Heading, ...] = ()  # each opens a section; no heading is an event
    hidden: tuple[Event, ...] = ()  # what the user said is not an event (core/edits): listed, restorable
    document_date: str | None = None  # the day the document was written (YYYY-MM-DD), when known


def analyse(text: str, path: str = "", progress: Progress | None = None,
            document_date: str | None = None) -> Document:
    """Read a text: sentences, anchored expressions, one event per sentence in its actor's lane.

    ``document_date`` ('1998-01-08', a time after it ignored) is the day the text was written:
    'yesterday', 'last week' and 'Tuesday' are told from it. Without it the text is read as a
    narrative, every date from the dates it states.
    """
    from viewer.core.actors.lanes import actor_lanes
    from viewer.core.events import build_events
    from viewer.core.gc_pause import collection_paused
    from viewer.core.text.headings import find_headings
    from viewer.core.text.sentences import split_sentences
    from viewer.core.timex.finding import find_timexes

    if document_date is not None:  # YYYY-MM-DD (a ValueError, in one line, for anything else)
        from viewer.core.dates.document_date import document_date as day_written

        document_date = day_written(document_date)
    pace = Pacer(progress)
    pace.reached(0.0)
    with collection_paused():
        timexes = find_timexes(text, pace.part(0.0, _AFTER_TIMEXES), document_date=document_date)
        pace.reached(_AFTER_TIMEXES)
        spans = [(t.start, t.end) for t in timexes]
        splitting = pace.part(_AFTER_TIMEXES, _AFTER_SENTENCES)
        headings = find_headings(text, splitting.part(0.0, 0.1))
        sentences = split_sentences(text, spans, splitting.part(0.1, 1.0), [(h.start, h.end) for h in headings])
        pace.reached(_AFTER_SENTENCES)
        lanes = actor_lanes(text, sentences, pace.part(_AFTER_SENTENCES, _AFTER_LANES))
        pace.reached(_AFTER_LANES)
        events = build_events(text, sentences, timexes, lanes, pace.part(_AFTER_LANES, 1.0), headings)
    pace.reached(1.0)
    return Document(path, text, sentences, timexes, events, headings=tuple(headings), document_date=document_date)
