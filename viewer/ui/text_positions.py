"""Python string offsets <-> QTextDocument positions.

Python counts code points; Qt counts UTF-16 units, so a character outside the
BMP is two positions in Qt. ``setPlainText`` turns each "\\r\\n" into one block
separator (a lone "\\r" or "\\n" stays one position). The differences only change
at those characters, so two sorted arrays and a binary search answer each lookup
in O(log n). No Qt here: the mapping is plain arithmetic, testable on its own.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right

_SHIFTS = re.compile(r"[\U00010000-\U0010FFFF]|\r\n")
_PIECE = 1 << 20  # characters looked at in one call (about a millisecond: a worker's call holds the GIL)


def _astral(text: str) -> bool:
    """Does ``text`` hold a character outside the BMP (two UTF-16 units)? ``max(text)`` makes a
    string of each character: 300 ms for 10 MB; encoding a piece at a time takes a few ms."""
    for k in range(0, len(text), _PIECE):
        piece = text[k:k + _PIECE]
        if len(piece.encode("utf-16-le", "surrogatepass")) != 2 * len(piece):
            return True
    return False


class TextPositions:
    """Maps offsets of ``text`` to the positions Qt gives after ``setPlainText(text)``."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        # From Python offset _starts[k] on, Qt positions are offset by _deltas[k]. Arrays, not
        # lists: a text with "\r\n" line breaks has one of each per line.
        self._starts, self._deltas, self._qt_starts = array("q"), array("q"), array("q")
        if "\r\n" not in text and (text.isascii() or not _astral(text)):
            return  # nothing shifts: the common case, found in a few ms
        delta = 0
        for m in _SHIFTS.finditer(text):
            delta += 1 if m.end() - m.start() == 1 else -1
            self._starts.append(m.end())
            self._deltas.append(delta)
        self._qt_starts = array("q", (s + d for s, d in zip(self._starts, self._deltas)))

    @property
    def same(self) -> bool:
        """Are Python offsets and Qt positions the same throughout (no astral character, no "\\r\\n")?"""
        return not self._starts

    def to_qt(self, offset: int) -> int:
        """The Qt position of Python offset ``offset`` (0..len(text))."""
        k = bisect_right(self._starts, offset)
        return offset + (self._deltas[k - 1] if k else 0)

    def to_python(self, position: int) -> int:
        """The Python offset at Qt position ``position``; inside a surrogate pair, the
        character's end; a position between "\\r" and "\\n" does not exist in Qt."""
        k = bisect_right(self._qt_starts, position)
        offset = position - (self._deltas[k - 1] if k else 0)
        return min(max(offset, 0), self.length)

    def qt_length(self) -> int:
        return self.to_qt(self.length)
