"""Which events the views show, and which of those Find matches: one object all of them follow.

The filter keeps lanes, a date range and datings; an event is shown when it passes all
three. Find's query marks the shown events whose title holds it (the rest are dimmed, not
hidden), unless ``matches_only`` folds it into the filter. The table lists the shown
events and the chronology draws them, so both show one set. Worked out in plain lists
over the flat index (numpy only for the chronology, which has it anyway): 55,000 events
take a few ms.
"""

from __future__ import annotations

from array import array
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from viewer.core.chart.lane_modes import lane_names
from viewer.core.kinds import DATINGS
from viewer.ui.loaded import LoadedDocuments

if TYPE_CHECKING:
    from viewer.ui.session import Session

ALL_DATINGS = frozenset(DATINGS)


class EventFilter(QObject):
    """Follows the session's documents and lane mode; ``changed`` after every change of either
    or of what is asked for.

    Results: ``shown`` (a bool a flat index, None when everything is), ``matched`` (the
    query's mask, None when Find is off), ``matches`` (the flat indices shown and matched,
    in order) and ``shown_count``.
    """

    changed = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.query, self.matches_only = "", False
        self.hidden_lanes: frozenset[str] = frozenset()
        self.date_range: tuple[int | None, int | None] = (None, None)  # first and last day, inclusive
        self.datings = ALL_DATINGS
        self.shown: list[bool] | None = None
        self.matched: list[bool] | None = None
        self.matches: list[int] = []
        self.shown_count = 0
        self._read(session.loaded)
        session.documents_changed.connect(self._documents_changed)

    # -- what is asked for --------------------------------------------------------

    def set_query(self, text: str) -> None:
        self._set(query=text.strip())

    def set_matches_only(self, only: bool) -> None:
        self._set(matches_only=bool(only))

    def set_hidden_lanes(self, names) -> None:
        self._set(hidden_lanes=frozenset(names))

    def set_date_range(self, first: int | None, last: int | None) -> None:
        """Events that share a day with ``first`` to ``last`` (either None: open on that side)."""
        if first is not None and last is not None and last < first:
            first, last = last, first
        self._set(date_range=(first, last))

    def set_datings(self, datings) -> None:
        self._set(datings=frozenset(datings) & ALL_DATINGS)

    def clear(self) -> None:
        """Every event shown again; Find's query stays."""
        self._set(hidden_lanes=frozenset(), date_range=(None, None), datings=ALL_DATINGS)

    @property
    def filtering(self) -> bool:
        """Does anything but Find's query leave events out?"""
        return bool(self.hidden_lanes) or self.date_range != (None, None) or self.datings != ALL_DATINGS

    @property
    def lanes(self) -> list[str]:
        """The lanes of the open documents in the session's lane mode, by name."""
        return lane_names(self._lanes)

    @property
    def event_count(self) -> int:
        return len(self._loaded)

    # -- working it out -----------------------------------------------------------

    def _set(self, **asked) -> None:
        if all(getattr(self, name) == value for name, value in asked.items()):
            return
        for name, value in asked.items():
            setattr(self, name, value)
        self._work_out()

    def _documents_changed(self, loaded: LoadedDocuments) -> None:
        self._read(loaded)

    def _read(self, loaded: LoadedDocuments) -> None:
        # What Find and each filter look at is worked out the first time they are asked for
        # (a large set's would hold the GUI thread for 30 ms as it opens), then kept.
        self._loaded = loaded
        self._titles: list[str] | None = None
        self._days: tuple[array, array] | None = None
        self._datings: list[str] | None = None
        self._lanes = loaded.lanes(self._session.lane_mode)  # worked out with the layout
        self._work_out()

    def _title_keys(self) -> list[str]:
        if self._titles is None:
            self._titles = [e.title.casefold() for e in self._loaded.events]
        return self._titles

    def _first_and_last_days(self) -> tuple[array, array]:
        """Each event's first and last day: two arrays of numbers, not a list of pairs (55,000 new
        tuples would wake the cyclic collector over every object of the documents, 100 ms).
        Undated: after every day and before."""
        if self._days is None:
            events, inf = self._loaded.events, float("inf")
            self._days = (array("d", [e.interval.first if e.interval else inf for e in events]),
                          array("d", [e.interval.last if e.interval else -inf for e in events]))
        return self._days

    def _event_datings(self) -> list[str]:
        if self._datings is None:
            self._datings = [e.dating for e in self._loaded.events]
        return self._datings

    def _passes(self) -> list[bool] | None:
        if not self.filtering:
            return None
        hidden, datings, of_events = self.hidden_lanes, self.datings, self._event_datings()
        first, last = self.date_range
        if first is None and last is None:
            return [lane not in hidden and dating in datings for lane, dating in zip(self._lanes, of_events)]
        lo = float("-inf") if first is None else first
        hi = float("inf") if last is None else last
        return [start <= hi and end >= lo and lane not in hidden and dating in datings  # an undated one never
                for lane, dating, start, end in zip(self._lanes, of_events, *self._first_and_last_days())]

    def _work_out(self) -> None:
        needle = self.query.casefold()
        self.matched = [needle in title for title in self._title_keys()] if needle else None
        shown = self._passes()
        if self.matches_only and self.matched is not None:
            shown = self.matched[:] if shown is None else [s and m for s, m in zip(shown, self.matched)]
        self.shown = shown
        self.shown_count = len(self._loaded) if shown is None else sum(shown)
        if self.matched is None:
            self.matches = []
        else:
            self.matches = [i for i, m in enumerate(self.matched) if m and (shown is None or shown[i])]
        self.changed.emit()


def show_on_chronology(view, event_filter: EventFilter) -> None:
    """Tell a TimelineView what to draw (``set_shown``) and what Find matches (``set_matches``,
    the rest dimmed), as numpy masks over the flat index; None for "all" and "Find is off",
    and for masks of other documents than the view's (its new ones, before the filter has
    them). Its lane list is told the hidden lanes (``set_hidden_lanes``). A view without
    those methods is left as it is."""
    import numpy as np  # the chronology has brought it in

    chronology = getattr(view, "chron", None)
    count = len(chronology) if chronology is not None else -1
    for name, mask in (("set_shown", event_filter.shown), ("set_matches", event_filter.matched)):
        method = getattr(view, name, None)
        if method is not None:
            method(None if mask is None or len(mask) != count else np.asarray(mask, dtype=bool))
    set_hidden_lanes = getattr(view, "set_hidden_lanes", None)
    if set_hidden_lanes is not None:
        set_hidden_lanes(event_filter.hidden_lanes)
