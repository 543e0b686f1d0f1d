"""The open documents as the views see them: the flat event index, and where each
event's sentence lies in its document's text.

Flat index i counts documents in order, then events in order (``FlatIndex``, which the
Chronology shares): every view translates through this one object.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from viewer.core.chart.flat_index import FlatIndex

if TYPE_CHECKING:  # the reader's modules come in with the first document, not at the first paint
    from viewer.core.document import Document


class LoadedDocuments(FlatIndex):
    def __init__(self, documents: Sequence[Document] = ()) -> None:
        super().__init__(documents)
        self._sentence_starts = [[e.sentence.start for e in d.events] for d in self.documents]

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
