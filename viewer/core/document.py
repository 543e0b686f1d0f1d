"""A read document: its text, sentences, temporal expressions and events."""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from typing import TYPE_CHECKING

from viewer.core.forked import beside, can_fork
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
    # where that day came from: "given" (the user, the command line), "the dateline", "the file name"
    document_date_source: str | None = None


def analyse(text: str, path: str = "", progress: Progress | None = None,
            document_date: str | None = None, processes: int = 1) -> Document:
    """Read a text: sentences, anchored expressions, one event per sentence in its actor's lane.

    ``document_date`` ('1998-01-08', a time after it ignored) is the day the text was written:
    'yesterday', 'last week' and 'Tuesday' are told from it. Without it, the day is looked for
    where a news text says it (a dateline at its top, a date in ``path``'s file name:
    ``dates.found_date``); a text that says none is read as a narrative, every date from the
    dates it states.

    ``processes`` above 1: the search for expressions, and the lanes, may be worked out in a
    fork of this process (a second core) while this one goes on, where one can be made
    (``forked.can_fork``: on Linux, from a program running one thread); the result is the same.
    """
    from viewer.core.actors.lanes import actor_lanes
    from viewer.core.dates.found_date import GIVEN, found_date
    from viewer.core.events import build_events
    from viewer.core.formats import TEXT, format_of
    from viewer.core.gc_pause import collection_paused
    from viewer.core.text.headings import find_headings
    from viewer.core.text.sentences import split_sentences
    from viewer.core.timex.finding import find_timexes
    from viewer.core.timex.search import SHARED_FROM

    source: str | None = None
    if document_date is not None:  # YYYY-MM-DD (a ValueError, in one line, for anything else)
        from viewer.core.dates.document_date import document_date as day_written

        document_date, source = day_written(document_date), GIVEN
    else:
        found = found_date(text, path)
        if found is not None:
            document_date, source = found
    pace = Pacer(progress)
    pace.reached(0.0)
    with collection_paused():
        timexes = find_timexes(text, pace.part(0.0, _AFTER_TIMEXES), document_date=document_date,
                               processes=processes)
        pace.reached(_AFTER_TIMEXES)
        spans = [(t.start, t.end) for t in timexes]
        splitting = pace.part(_AFTER_TIMEXES, _AFTER_SENTENCES)
        headings = find_headings(text, splitting.part(0.0, 0.1))
        if document_date is not None and format_of(path) == TEXT:  # a page's, a Word file's headings are marked
            headings = _below_headline(text, headings)
        sentences = split_sentences(text, spans, splitting.part(0.1, 1.0), [(h.start, h.end) for h in headings])
        pace.reached(_AFTER_SENTENCES)
        if processes > 1 and len(text) >= SHARED_FROM:
            events = _events_beside_lanes(text, sentences, timexes, headings, document_date,
                                          pace.part(_AFTER_SENTENCES, 1.0))
        else:
            laned = actor_lanes(text, sentences, pace.part(_AFTER_SENTENCES, _AFTER_LANES))
            pace.reached(_AFTER_LANES)
            events = build_events(text, sentences, timexes, laned, pace.part(_AFTER_LANES, 1.0), headings,
                                  document_date)
    pace.reached(1.0)
    return Document(path, text, sentences, timexes, events, headings=tuple(headings), document_date=document_date,
                    document_date_source=source)


def _events_beside_lanes(text: str, sentences: list[Sentence], timexes: list[Timex], headings: list[Heading],
                         document_date: str | None, pace: Pacer) -> list[Event]:
    """The events, made here while their lanes are found in a fork (``forked.beside``), which
    has the sentences already; a fork server's process is sent where they are (``_spans``)."""
    from viewer.core.actors.lanes import actor_lanes
    from viewer.core.events import build_events

    laning = beside(actor_lanes, text, sentences) if can_fork() else beside(_lanes, text, *_spans(sentences))
    with laning as fork:
        def lanes() -> list[str | None]:
            theirs = fork.result(waiting=lambda: pace(0.0))  # (a share reached: only a Cancel's check)
            return theirs if theirs is not None else actor_lanes(text, sentences)

        return build_events(text, sentences, timexes, lanes, pace, headings, document_date)


def _spans(sentences: list[Sentence]) -> tuple[array[int], array[int]]:
    """The sentences' starts and ends, as two arrays: sent to a fork server's process in a few
    ms, where the sentences themselves took a quarter of a second (55,000 of them)."""
    return array("q", [s.start for s in sentences]), array("q", [s.end for s in sentences])


def _lanes(text: str, starts: array[int], ends: array[int]) -> list[str | None]:
    """In a fork: the lanes of the sentences at ``starts`` and ``ends`` (``actor_lanes``)."""
    from viewer.core.actors.lanes import actor_lanes
    from viewer.core.text.sentences import Sentence

    return actor_lanes(text, [Sentence(k, start, end) for k, (start, end) in enumerate(zip(starts, ends))])


def _below_headline(text: str, headings: list[Heading]) -> list[Heading]:
    """A news text's headings without its headline: the lines standing alone at its top, before
    the story, are its first event (dated by the day of writing), not a section's title. Its
    dateline ("NAIROBI, Kenya (AP) _") stays a heading: the story's stamp, no event."""
    from viewer.core.dates.found_date import stamp

    top = 0
    for h in headings:
        if text[top:h.start].strip():
            break
        top = h.end
    dateline = stamp(text)
    return [h for h in headings
            if h.end > top or (dateline is not None and h.start < dateline[1] and dateline[0] < h.end)
            or h.text.isupper() or h.text.endswith(("_", "--", "-", "\u2014"))]
