"""The flat event index: documents in order, then events in order within each.

It is the number the SelectionModel holds and every view and the Chronology's arrays
are indexed by; this one class translates it. No numpy and no Qt: the window shows
a document's events before either chart module is imported.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the reader's modules come in with the first document, not at the first paint
    from viewer.core.document import Document
    from viewer.core.events import Event

_UNKNOWN = -2  # first_in_time not worked out yet


class FlatIndex:
    """Flat index ``i`` of a list of documents, and the (document, event) behind it."""

    def __init__(self, documents: Sequence[Document] = ()) -> None:
        self.documents: list[Document] = list(documents)
        self.starts: list[int] = []  # the flat index of each document's first event
        total = 0
        for doc in self.documents:
            self.starts.append(total)
            total += len(doc.events)
        self._count = total
        self._first = _UNKNOWN

    def __len__(self) -> int:
        return self._count

    def locate(self, index: int) -> tuple[int, int]:
        """(document index, event index) of flat index ``index``."""
        if not 0 <= index < self._count:
            raise IndexError(index)
        d = bisect_right(self.starts, index) - 1
        return d, index - self.starts[d]

    def flat(self, document: int, event: int) -> int:
        return self.starts[document] + event

    def event(self, index: int) -> Event:
        d, e = self.locate(index)
        return self.documents[d].events[e]

    def document_of(self, index: int) -> Document:
        return self.documents[self.locate(index)[0]]

    def first_in_time(self) -> int:
        """The dated event that starts first (the lowest flat index among those that start
        together), or -1 when none is dated. Worked out once: the Chronology's ``first`` and
        the window's first selection both ask, the second perhaps before numpy is in."""
        if self._first == _UNKNOWN:
            earliest, first = None, -1
            for i, event in enumerate(e for d in self.documents for e in d.events):
                interval = event.interval
                if interval is not None and (earliest is None or interval.first < earliest):  # <: ties keep the lower
                    earliest, first = interval.first, i
            self._first = first
        return self._first
