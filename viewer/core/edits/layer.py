"""The edit layer: what the user changed, over what the reader read.

An event's edit is keyed by its document (the path it was opened from) and its sentence's
span, so a later, better reading of the same text keeps it (``apply.py`` finds the sentence
that now holds that span). A lane's edit is keyed by the lane mode and the name the reading
gives it. The layer is a value: every change makes a new one (``with_event``, ``with_lane``),
so an undo step is the layer before and the layer after.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from viewer.core.edits.typed_dates import TypedDate

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class EventEdit:
    """What the user set for one event; None (or False) leaves the reading's own.

    ``added``: an event the user made from a passage (its span), not a sentence the reader found.
    """

    start: int
    end: int
    date: TypedDate | None = None
    lane: str | None = None
    label: str | None = None
    title: str | None = None
    note: str | None = None
    hidden: bool = False
    added: bool = False
    edited_at: str = ""  # ISO 8601, UTC: when it was last changed

    @property
    def span(self) -> Span:
        return self.start, self.end

    def changes(self) -> dict[str, Any]:
        """The fields set, by name (for the detail pane and the export)."""
        out: dict[str, Any] = {}
        for name in ("date", "lane", "label", "title", "note"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        if self.hidden:
            out["hidden"] = True
        return out

    @property
    def is_empty(self) -> bool:
        return not self.added and not self.changes()


@dataclass(frozen=True, slots=True)
class LaneEdit:
    """A lane's new name (a rename, or a merge into the lane of that name), colour and visibility."""

    rename: str | None = None
    colour: str | None = None  # '#rrggbb'
    hidden: bool = False

    @property
    def is_empty(self) -> bool:
        return self.rename is None and self.colour is None and not self.hidden


def _frozen(mapping: Mapping) -> Mapping:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True)
class Edits:
    """Every edit: events by document path and span, lanes by (lane mode, name)."""

    events: Mapping[str, Mapping[Span, EventEdit]] = field(default_factory=lambda: MappingProxyType({}))
    lanes: Mapping[tuple[str, str], LaneEdit] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def of(cls, events: Mapping[str, list[EventEdit]], lanes: Mapping[tuple[str, str], LaneEdit]) -> Edits:
        """A layer made at once (a project's rows), rather than an edit at a time."""
        by_path = {path: _frozen({e.span: e for e in edits if not e.is_empty}) for path, edits in events.items()}
        return cls(_frozen({p: e for p, e in by_path.items() if e}),
                   _frozen({k: e for k, e in lanes.items() if not e.is_empty}))

    def __bool__(self) -> bool:
        return bool(self.events) or bool(self.lanes)

    def of_document(self, path: str) -> Mapping[Span, EventEdit]:
        return self.events.get(path, MappingProxyType({}))

    def event(self, path: str, span: Span) -> EventEdit | None:
        return self.of_document(path).get(span)

    def all_events(self) -> Iterator[tuple[str, EventEdit]]:
        for path, edits in self.events.items():
            for edit in edits.values():
                yield path, edit

    def with_event(self, path: str, edit: EventEdit) -> Edits:
        """This layer with ``edit`` in place of the one at its span (dropped when it sets nothing)."""
        of_doc = dict(self.of_document(path))
        if edit.is_empty:
            of_doc.pop(edit.span, None)
        else:
            of_doc[edit.span] = edit
        events = dict(self.events)
        if of_doc:
            events[path] = _frozen(of_doc)
        else:
            events.pop(path, None)
        return replace(self, events=_frozen(events))

    def without_event(self, path: str, span: Span) -> Edits:
        return self.with_event(path, EventEdit(*span))

    def without_document(self, path: str) -> Edits:
        events = dict(self.events)
        events.pop(path, None)
        return replace(self, events=_frozen(events))

    def lane(self, mode: str, name: str) -> LaneEdit:
        return self.lanes.get((mode, name), LaneEdit())

    def with_lane(self, mode: str, name: str, edit: LaneEdit) -> Edits:
        lanes = dict(self.lanes)
        if edit.is_empty:
            lanes.pop((mode, name), None)
        else:
            lanes[(mode, name)] = edit
        return replace(self, lanes=_frozen(lanes))

    def renames(self, mode: str) -> dict[str, str]:
        """Each renamed lane of ``mode``, to the name it ends up with (renames followed, cycles cut)."""
        direct = {name: e.rename for (m, name), e in self.lanes.items() if m == mode and e.rename is not None}
        out: dict[str, str] = {}
        for name in direct:
            seen, current = {name}, direct[name]
            while current in direct and current not in seen:
                seen.add(current)
                current = direct[current]
            if current != name:
                out[name] = current
        return out

    def colours(self, mode: str) -> dict[str, str]:
        return {name: e.colour for (m, name), e in self.lanes.items() if m == mode and e.colour}

    def hidden_lanes(self, mode: str) -> frozenset[str]:
        return frozenset(name for (m, name), e in self.lanes.items() if m == mode and e.hidden)

    def with_hidden_lanes(self, mode: str, names: frozenset[str] | set[str]) -> Edits:
        """The lanes of ``mode`` hidden are exactly ``names``."""
        out = self
        for (m, name), e in self.lanes.items():
            if m == mode and e.hidden and name not in names:
                out = out.with_lane(mode, name, replace(e, hidden=False))
        for name in names:
            e = out.lane(mode, name)
            if not e.hidden:
                out = out.with_lane(mode, name, replace(e, hidden=True))
        return out
