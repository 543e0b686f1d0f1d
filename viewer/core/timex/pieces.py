"""The values that pass from the readers to the search and on to the anchoring loop.

A reader turns a rule's match into pieces: where in the text a ``Reading`` was read. The
search keeps the pieces of the matches it chooses and names the rule that read each one.
Both are named tuples: there is one per expression of a long text, so they keep a tuple's
speed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from viewer.core.timex.reading import Reading


class Piece(NamedTuple):
    """What a reader read: ``text[start:end]`` says ``reading``."""

    start: int
    end: int
    reading: Reading


# A reader: a rule's match and the whole text in, the pieces it reads out; none vetoes the match.
Handler = Callable[[re.Match[str], str], list[Piece]]


class Found(NamedTuple):
    """A piece the search kept, with the name of the rule that read it."""

    start: int
    end: int
    reading: Reading
    rule: str

    def trimmed(self, text: str) -> tuple[int, int]:
        """The span without the spaces and commas a rule may take in at either end."""
        start, end = self.start, self.end
        while end > start and text[end - 1] in " \t\r\n,":
            end -= 1
        while start < end and text[start] in " \t\r\n,":
            start += 1
        return start, end
