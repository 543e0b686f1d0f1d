"""A read document: its text, sentences, temporal expressions and events."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from viewer.core.decoding import read_document
from viewer.core.events import Event, build_events
from viewer.core.lanes import actor_lanes
from viewer.core.sentences import Sentence, split_sentences
from viewer.core.timexes import Timex, find_timexes


@dataclass(frozen=True, slots=True)
class Document:
    path: str
    text: str
    sentences: list[Sentence]
    timexes: list[Timex]
    events: list[Event]


def analyse(text: str, path: str = "") -> Document:
    """Read a text: sentences, anchored expressions, one event per sentence in its actor's lane."""
    timexes = find_timexes(text)
    sentences = split_sentences(text, [(t.start, t.end) for t in timexes])
    events = build_events(text, sentences, timexes, actor_lanes(text, sentences))
    return Document(path, text, sentences, timexes, events)


def open_document(path: str | Path) -> Document:
    """Decode and analyse a file; raises DocumentError with a one-line message."""
    return analyse(read_document(path), str(path))
