"""The open documents and the flat event index the selection model holds.

Flat index i counts documents in order, then events in order, the same
numbering as ``Chronology``: every view translates through this one object.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the reader's modules come in with the first document, not at the first paint
    from viewer.core.document import Document
    from viewer.core.events import Event


class LoadedDocuments:
    def __init__(self, documents: list[Document] | None = None) -> None:
        self.documents: list[Document] = list(documents or [])
        self._starts: list[int] = []
        total = 0
        for doc in self.documents:
            self._starts.append(total)
            total += len(doc.events)
        self._count = total
        self._sentence_starts = [[e.sentence.start for e in d.events] for d in self.documents]

    def __len__(self) -> int:
        return self._count

    def locate(self, index: int) -> tuple[int, int]:
        """(document index, event index) of flat index ``index``."""
        if not 0 <= index < self._count:
            raise IndexError(index)
        d = bisect_right(self._starts, index) - 1
        return d, index - self._starts[d]

    def flat(self, document: int, event: int) -> int:
        return self._starts[document] + event

    def event(self, index: int) -> Event:
        d, e = self.locate(index)
        return self.documents[d].events[e]

    def document_of(self, index: int) -> Document:
        return self.documents[self.locate(index)[0]]

    def event_at_offset(self, document: int, offset: int) -> int:
        """Flat index of the event whose sentence contains ``offset``, or -1."""
        events = self.documents[document].events
        k = bisect_right(self._sentence_starts[document], offset) - 1
        if k >= 0 and offset <= events[k].sentence.end:
            return self.flat(document, k)
        return -1

    def event_of_timex(self, document: int, timex: int) -> int:
        """Flat index of the event whose sentence holds expression ``timex``."""
        return self.event_at_offset(document, self.documents[document].timexes[timex].start)
