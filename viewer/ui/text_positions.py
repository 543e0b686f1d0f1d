"""Python string offsets <-> QTextDocument positions.

Python counts code points; Qt counts UTF-16 units, so a character outside the
BMP is two positions in Qt. ``setPlainText`` turns each "\\r\\n" into one block
separator (a lone "\\r" or "\\n" stays one position). The differences only change
at those characters, so two sorted arrays and a binary search answer each lookup
in O(log n). No Qt here: the mapping is plain arithmetic, testable on its own.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_SHIFTS = re.compile(r"[\U00010000-\U0010FFFF]|\r\n")


class TextPositions:
    """Maps offsets of ``text`` to the positions Qt gives after ``setPlainText(text)``."""

    def __init__(self, text: str) -> None:
        self._length = len(text)
        # From Python offset _starts[k] on, Qt positions are offset by _deltas[k].
        self._starts: list[int] = []
        self._deltas: list[int] = []
        if "\r\n" not in text and (text.isascii() or max(text) < "\U00010000"):
            self._qt_starts = []  # nothing shifts: the common case, found in a few ms
            return
        delta = 0
        for m in _SHIFTS.finditer(text):
            delta += 1 if m.end() - m.start() == 1 else -1
            self._starts.append(m.end())
            self._deltas.append(delta)
        self._qt_starts = [s + d for s, d in zip(self._starts, self._deltas)]

    def to_qt(self, offset: int) -> int:
        """The Qt position of Python offset ``offset`` (0..len(text))."""
        k = bisect_right(self._starts, offset)
        return offset + (self._deltas[k - 1] if k else 0)

    def to_python(self, position: int) -> int:
        """The Python offset at Qt position ``position``; inside a surrogate pair, the
        character's end; a position between "\\r" and "\\n" does not exist in Qt."""
        k = bisect_right(self._qt_starts, position)
        offset = position - (self._deltas[k - 1] if k else 0)
        return min(max(offset, 0), self._length)

    def qt_length(self) -> int:
        return self.to_qt(self._length)
