"""The lane of every event in a lane mode: the one naming the Chronology, the table, the
details and the filter share.

An actor ("No actor" without one), a section ("No section" before the first heading), a
document's file name (numbered when two share it), or one lane for all. Worked out without
numpy, so that a filter or the table need not wait for the chronology's modules.
"""

from __future__ import annotations

from pathlib import Path

from viewer.core.chart.flat_index import FlatIndex
from viewer.core.kinds import NO_ACTOR, NO_SECTION

ALL_EVENTS = "All events"  # the single lane's name


def document_names(index: FlatIndex) -> list[str]:
    """Each document's name as its lane is called in the "document" mode."""
    taken: set[str] = set()
    names = []
    for k, doc in enumerate(index.documents):
        name = Path(doc.path).name if doc.path else f"Document {k + 1}"
        if name in taken:
            name = f"{name} ({k + 1})"
        taken.add(name)
        names.append(name)
    return names


def event_lanes(index: FlatIndex, lane_mode: str) -> list[str]:
    """The lane of each event, in flat order."""
    if lane_mode == "actor":
        return [e.lane or NO_ACTOR for d in index.documents for e in d.events]
    if lane_mode == "section":
        return [e.section or NO_SECTION for d in index.documents for e in d.events]
    if lane_mode == "document":
        return [name for name, d in zip(document_names(index), index.documents) for _ in d.events]
    return [ALL_EVENTS] * len(index)


def lane_names(lanes: list[str]) -> list[str]:
    """Each lane once, by name, the lanes of no actor or section last."""
    return sorted(set(lanes), key=lambda name: (name in (NO_ACTOR, NO_SECTION), name.casefold()))
