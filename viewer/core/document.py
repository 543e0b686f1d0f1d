"""A read document: its text, sentences, temporal expressions and events."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.core.kinds import EVENT_FILE_SUFFIXES
from viewer.core.text.decoding import read_document

# The reader proper is imported by the first analysis: a window shows a document's text
# (and asks is_event_file) before it has its dates.
if TYPE_CHECKING:
    from viewer.core.events import Event
    from viewer.core.text.sentences import Sentence
    from viewer.core.timex.finding import Timex

Progress = Callable[[float], None]
"""Told the share of the work done (0.0 to 1.0); it may raise Cancelled to stop."""


class Cancelled(Exception):
    """Raised by a progress callback: the reader stops and nothing is returned."""


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


def _ignore(_done: float) -> None:
    pass


def analyse(text: str, path: str = "", progress: Progress | None = None) -> Document:
    """Read a text: sentences, anchored expressions, one event per sentence in its actor's lane."""
    from viewer.core.events import build_events
    from viewer.core.gc_pause import collection_paused
    from viewer.core.actors.lanes import actor_lanes
    from viewer.core.text.sentences import split_sentences
    from viewer.core.timex.finding import find_timexes

    report = progress or _ignore
    report(0.0)
    with collection_paused():
        timexes = find_timexes(text, lambda share: report(share * _AFTER_TIMEXES))
        report(_AFTER_TIMEXES)
        sentences = split_sentences(text, [(t.start, t.end) for t in timexes])
        report(_AFTER_SENTENCES)
        lanes = actor_lanes(text, sentences)
        report(_AFTER_LANES)
        events = build_events(text, sentences, timexes, lanes)
    report(1.0)
    return Document(path, text, sentences, timexes, events)


def is_event_file(path: str | os.PathLike[str]) -> bool:
    """Whether ``open_document`` imports the file (by its suffix) rather than reading it as text."""
    return Path(path).suffix.lower() in EVENT_FILE_SUFFIXES


def open_document(path: str | Path, progress: Progress | None = None) -> Document:
    """Decode and analyse a file, or import a file of events (.csv, .tsv, .json).

    Raises DocumentError with a one-line message.
    """
    if is_event_file(path):
        from viewer.core.exchange.event_import import read_event_file

        imported = read_event_file(path)
        return Document(str(path), imported.text, imported.sentences, imported.timexes, imported.events,
                        imported.problems)
    return analyse(read_document(path), str(path), progress)
