"""The open documents as the views see them: the flat event index, and where each
event's sentence lies in its document's text.

Flat index i counts documents in order, then events in order (``FlatIndex``, which the
Chronology shares): every view translates through this one object.

What the views work out over every event (the events in flat order, their order by date,
their lanes, how many are dated, where the text's offsets fall in Qt) is worked out once
here and kept: for a large set, by ``prepare``, on the thread that lays it out, so that the
GUI thread only looks it up.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from viewer.core.chart.flat_index import FlatIndex

if TYPE_CHECKING:  # the reader's modules come in with the first document, not at the first paint
    from viewer.core.chart.chronology import Chronology
    from viewer.core.document import Document
    from viewer.core.events import Event
    from viewer.ui.text_positions import TextPositions

# From this many events on, orders are numpy arrays (int32); below it plain lists do, and
# the first paint needs no numpy.
NUMPY_FROM = 5_000


class LoadedDocuments(FlatIndex):
    def __init__(self, documents: Sequence[Document] = ()) -> None:
        super().__init__(documents)
        # Each document's sentence starts, for a bisect: 8 bytes an event, not a list of ints' 36.
        self._sentence_starts = [array("q", [e.sentence.start for e in d.events]) for d in self.documents]
        self._events: list[Event] | None = None
        self._date_order = None
        self._lanes: dict[str, list[str]] = {}
        self._datings: Counter[str] | None = None
        self._positions: dict[int, TextPositions] = {}

    def prepare(self, lane_mode: str, chronology: Chronology | None = None) -> None:
        """Work out now what the views will ask for (off the GUI thread, for a large set); from
        ``chronology``'s arrays, when it is these documents' (numpy, not a pass over the events)."""
        self.first_in_time()
        as_array = len(self) >= NUMPY_FROM
        if chronology is not None and chronology.index is self and self._date_order is None:
            import numpy as np

            from viewer.core.kinds import DATINGS

            # Its start is each event's first day, NaN when undated: a stable sort puts NaN last.
            order = np.argsort(chronology.start, kind="stable").astype(np.int32)
            self._date_order = order if as_array else order.tolist()
            counts = np.bincount(chronology.dating[chronology.dating >= 0], minlength=len(DATINGS)).tolist()
            self._datings = Counter({name: n for name, n in zip(DATINGS, counts) if n})
        self.date_order(as_array)
        self.lanes(lane_mode)
        self.datings()
        if self.documents:  # the source view shows the first at once
            self.positions(0)

    # -- what the views share ------------------------------------------------------------

    @property
    def events(self) -> list[Event]:
        """Every event, in flat order."""
        if self._events is None:
            self._events = [e for d in self.documents for e in d.events]
        return self._events

    def date_order(self, as_array: bool):
        """Flat indices by start day, undated last, ties in flat order: an int32 numpy array, or a list."""
        order = self._date_order
        if order is None:
            events, inf = self.events, float("inf")
            if not as_array:  # sorted() is stable: ties stay in flat order
                start = [e.interval.first if e.interval else inf for e in events]
                order = sorted(range(len(events)), key=start.__getitem__)
            else:
                import numpy as np

                start = np.fromiter((e.interval.first if e.interval else inf for e in events), dtype=np.float64,
                                    count=len(events))
                order = np.argsort(start, kind="stable").astype(np.int32)
            self._date_order = order
        if as_array != (not isinstance(order, list)):
            import numpy as np

            return np.asarray(order, dtype=np.int32) if as_array else order.tolist()
        return order

    def lanes(self, lane_mode: str) -> list[str]:
        """The lane of each event in ``lane_mode`` (``lane_modes.event_lanes``)."""
        if lane_mode not in self._lanes:
            from viewer.core.chart.lane_modes import event_lanes

            self._lanes[lane_mode] = event_lanes(self, lane_mode)
        return self._lanes[lane_mode]

    def datings(self) -> Counter[str]:
        """How many events are dated in each way (explicit, inferred, undated)."""
        if self._datings is None:
            self._datings = Counter(e.dating for e in self.events)
        return self._datings

    def positions(self, document: int) -> TextPositions:
        """Python offsets <-> Qt positions in document ``document``'s text."""
        if document not in self._positions:
            from viewer.ui.text_positions import TextPositions

            self._positions[document] = TextPositions(self.documents[document].text)
        return self._positions[document]

    # -- sentences -----------------------------------------------------------------------

    def event_at_offset(self, document: int, offset: int) -> int:
        """Flat index of the event whose sentence contains ``offset``, or -1."""
        events = self.documents[document].events
        k = bisect_right(self._sentence_starts[document], offset) - 1
        if k >= 0 and offset <= events[k].sentence.end:
            return self.flat(document, k)
        return -1

    def event_with_span(self, document: int, start: int, end: int) -> int:
        """Flat index of the event whose sentence is ``start``-``end`` (an edit's key); else of the one
        whose sentence holds ``start`` (a later reading split the text otherwise); -1."""
        starts, events = self._sentence_starts[document], self.documents[document].events
        k = bisect_left(starts, start)
        while k < len(starts) and starts[k] == start:
            if events[k].sentence.end == end:
                return self.flat(document, k)
            k += 1
        return self.event_at_offset(document, start)

    def event_of_timex(self, document: int, timex: int) -> int:
        """Flat index of the event whose sentence holds expression ``timex``."""
        return self.event_at_offset(document, self.documents[document].timexes[timex].start)

    def first_sentence_holding(self, text: str) -> int:
        """Flat index of the first event whose sentence contains ``text``, or -1."""
        for i in range(len(self)):
            sentence, doc = self.event(i).sentence, self.document_of(i)
            if text in doc.text[sentence.start:sentence.end]:
                return i
        return -1
