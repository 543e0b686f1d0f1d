"""The readable text the readers build: paragraphs and headings, each alone between blank lines.

A heading stands on its own line with a blank line before and after, as the plain-text
reader (``text.headings``) knows a heading; a paragraph is one line. Every span recorded here
indexes the text as built, so that the offsets the reading gives point into what is shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from viewer.core.formats import TEXT

_SPACES = re.compile(r"[ \t\r\n\f\v\u2028\u2029]+")
# Letters that PDF fonts and word processors write as one glyph: read as their letters.
LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                           "\ufb05": "st", "\ufb06": "st", "\u00ad": None, "\u200b": None, "\ufeff": None})


def one_line(text: str) -> str:
    """A paragraph's text on one line: runs of white space (line ends too) as one space."""
    return _SPACES.sub(" ", text.translate(LIGATURES)).strip()


@dataclass(frozen=True, slots=True)
class Readable:
    """A document's readable text; every offset of its reading indexes ``text``."""

    text: str
    headings: tuple[tuple[int, int], ...] = ()  # (start, end) of each heading the format marks
    format: str = TEXT  # "text", "html", "markdown", "docx", "pdf"
    page_date: str | None = None  # the date the document's metadata gives it (YYYY-MM-DD)


@dataclass
class TextBuilder:
    """Paragraphs and headings in order, and where each heading is in the text."""

    parts: list[str] = field(default_factory=list)
    headings: list[tuple[int, int]] = field(default_factory=list)
    _size: int = 0

    def paragraph(self, text: str) -> None:
        self._add(one_line(text), heading=False)

    def heading(self, text: str) -> None:
        self._add(one_line(text), heading=True)

    def lines(self, text: str) -> None:
        """A block whose line ends are kept (preformatted text, a poem): each line cleaned."""
        kept = "\n".join(line for line in (one_line(x) for x in text.splitlines()) if line)
        self._add(kept, heading=False)

    def _add(self, text: str, heading: bool) -> None:
        if not text:
            return
        if self.parts:
            self.parts.append("\n\n")
            self._size += 2
        if heading:
            self.headings.append((self._size, self._size + len(text)))
        self.parts.append(text)
        self._size += len(text)

    def text(self) -> str:
        return "".join(self.parts) + ("\n" if self.parts else "")
