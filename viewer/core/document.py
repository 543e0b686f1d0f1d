"""A read document: its text, sentences, temporal expressions and events."""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from viewer.core.forked import Beside, Turns, beside, can_fork, shipped_once
from viewer.core.progress import Pacer, Progress

# The reader proper is imported by the first analysis: a window shows a document's text
# (and asks viewer.core.opening.is_event_file) before it has its dates.
if TYPE_CHECKING:
    from viewer.core.events import Event
    from viewer.core.text.headings import Heading
    from viewer.core.text.sentences import Sentence
    from viewer.core.timex.finding import Timex

    # What a fork gives ``_events_shared``: the sentences' lanes (if it found them), and the labels
    # it made by batch.
    _LanesLabels = tuple[list[str | None] | None, dict[int, list[str]]]

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
    from viewer.core.gc_pause import collection_paused
    from viewer.core.text.sentences import cuts_inside, split_sentences
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
    shared = processes > 1 and len(text) >= SHARED_FROM
    with collection_paused(), ExitStack() as forks:
        if shared:  # the text goes to each fork server's process that takes a share: once, for all
            forks.enter_context(shipped_once(text))
        cutting: list[Beside[Any]] = []
        cut = forks.enter_context(ExitStack())  # (left early where its lanes will not serve)

        def scanned() -> None:  # the second core is free from here: the sentences' cuts, and lanes, are found there
            cutting.append(cut.enter_context(beside(_cuts_then_lanes, text, path, document_date)))

        timexes = find_timexes(text, pace.part(0.0, _AFTER_TIMEXES), document_date=document_date,
                               processes=processes, scanned=scanned if shared else None)
        pace.reached(_AFTER_TIMEXES)
        spans = [(t.start, t.end) for t in timexes]
        splitting = pace.part(_AFTER_TIMEXES, _AFTER_SENTENCES)
        headings = _headings(text, path, document_date, splitting.part(0.0, 0.1))
        cuts = cutting[0].result(waiting=lambda: splitting(0.1)) if cutting else None
        sentences = split_sentences(text, spans, splitting.part(0.1, 1.0), [(h.start, h.end) for h in headings],
                                    cuts)
        pace.reached(_AFTER_SENTENCES)
        if shared:
            # The fork's lanes are of the sentences split without the dates: these, unless a cut fell inside one.
            early = cutting[0] if cuts is not None and not cuts_inside(cuts, spans) else None
            if early is None:
                cut.close()  # its lanes are of other sentences: it stops, and leaves the core to the next
            events = _events_shared(text, sentences, timexes, headings, document_date,
                                    pace.part(_AFTER_SENTENCES, 1.0), early)
        else:
            laned = actor_lanes(text, sentences, pace.part(_AFTER_SENTENCES, _AFTER_LANES))
            pace.reached(_AFTER_LANES)
            events = build_events(text, sentences, timexes, laned, pace.part(_AFTER_LANES, 1.0), headings,
                                  document_date)
    pace.reached(1.0)
    return Document(path, text, sentences, timexes, events, headings=tuple(headings), document_date=document_date,
                    document_date_source=source)


def _events_shared(text: str, sentences: list[Sentence], timexes: list[Timex], headings: list[Heading],
                   document_date: str | None, pace: Pacer, early: Beside[Any] | None) -> list[Event]:
    """The events, made here while a fork (``forked.beside``) finds their lanes, then makes
    labels, each process taking the next batch of sentences not yet labelled (``forked.Turns``),
    this one once it has the rest of every event. A fork of this process has the sentences
    already; a fork server's process is sent where they are, as arrays. ``early``: the fork
    that found the cuts, and is finding the lanes of these sentences (``_cuts_then_lanes``):
    the other fork then only labels."""
    from viewer.core.actors.lanes import actor_lanes
    from viewer.core.events import LABELS_AT_A_TIME, build_events, labels_taken

    starts, ends = array("q", [s.start for s in sentences]), array("q", [s.end for s in sentences])
    dates = array("q", [t.start for t in timexes]), array("q", [t.end for t in timexes])
    batches = -(-len(sentences) // LABELS_AT_A_TIME)
    turns = Turns(batches)
    given = sentences if can_fork() else None
    with beside(_lanes_and_labels, text, given, starts, ends, dates, turns, early is None) as fork:
        theirs: list[_LanesLabels | None] = []

        def had(pace: Pacer) -> _LanesLabels | None:
            if not theirs:
                theirs.append(fork.result(waiting=lambda: pace(turns.done())))
            return theirs[0]

        def labels(part: Pacer) -> list[str]:
            made = labels_taken(text, starts, ends, dates, _reporting(turns, part))
            fork_made = had(part)
            if fork_made is not None:
                made.update(fork_made[1])
            left = [k for k in range(batches) if k not in made]  # the fork's, if it failed
            made.update(labels_taken(text, starts, ends, dates, left))
            return [label for k in range(batches) for label in made[k]]

        def lanes() -> list[str | None]:
            laned = had(pace)
            if laned is not None and laned[0] is not None:
                return laned[0]
            found = early.result(waiting=lambda: pace(0.0)) if early is not None else None
            if found is not None and found[0] == starts and found[1] == ends:
                return found[2]
            return actor_lanes(text, sentences)  # (no fork had them)

        return build_events(text, sentences, timexes, lanes, pace, headings, document_date, labels)


def _reporting(turns: Turns, pace: Pacer) -> Iterator[int]:
    """The numbers ``turns`` hands this process, the share of them done told ``pace`` before each."""
    for k in turns:
        pace(turns.done())
        yield k


def _lanes_and_labels(text: str, sentences: list[Sentence] | None, starts: array[int], ends: array[int],
                      dates: tuple[array[int], array[int]], turns: Turns, laning: bool) -> _LanesLabels:
    """In a fork: the lanes of the sentences if ``laning`` (``actor_lanes``; of those at
    ``starts`` and ``ends`` where they are not given), then the labels of the batches it takes
    its turn at (``_events_shared``)."""
    from viewer.core.actors.lanes import actor_lanes
    from viewer.core.events import labels_taken
    from viewer.core.text.sentences import Sentence

    if laning and sentences is None:
        sentences = [Sentence(k, start, end) for k, (start, end) in enumerate(zip(starts, ends))]
    laned = actor_lanes(text, sentences) if laning and sentences is not None else None
    return laned, labels_taken(text, starts, ends, dates, turns)


def _cuts_then_lanes(text: str, path: str, document_date: str | None) -> Iterator[Any]:
    """In a fork, while the dates are chosen and walked: the sentences' cuts (``sentence_cuts``),
    then the sentences they make when no cut falls inside a date (most texts: ``analyse`` asks),
    as their starts and ends, with their lanes."""
    from viewer.core.actors.lanes import actor_lanes
    from viewer.core.text.sentences import sentence_cuts, split_sentences

    cuts = sentence_cuts(text)
    yield cuts
    headings = [(h.start, h.end) for h in _headings(text, path, document_date)]
    sentences = split_sentences(text, (), None, headings, cuts)
    yield (array("q", [s.start for s in sentences]), array("q", [s.end for s in sentences]),
           actor_lanes(text, sentences))


def _headings(text: str, path: str, document_date: str | None, pace: Pacer | None = None) -> list[Heading]:
    """The text's headings (``find_headings``), a news text's headline left out (``_below_headline``)."""
    from viewer.core.formats import TEXT, format_of
    from viewer.core.text.headings import find_headings

    headings = find_headings(text, pace)
    if document_date is not None and format_of(path) == TEXT:  # a page's, a Word file's headings are marked
        headings = _below_headline(text, headings)
    return headings


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
