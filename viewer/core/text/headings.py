"""Headings: short lines standing alone between blank lines, without closing punctuation.

A heading is not an event: it opens a section, and every event after it, up to the next
heading, belongs to that section. ("Course of the war", "Trans-Mississippi Theater
1861-1865".) The readers of formats with marked headings (Markdown, HTML, Word, PDF) will
give theirs directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.core.progress import Pacer

MAX_CHARS = 100
MAX_WORDS = 12
# A line ending in one of these is a sentence or the start of a list, not a heading.
_CLOSING = frozenset(".!?:;,…")
_YEARS = re.compile(r"\d{3,4}(?:\s*[-–—]\s*\d{2,4})?")


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading's text and its span in the document (without the blanks around it)."""

    start: int
    end: int
    text: str


def find_headings(text: str, pace: Pacer | None = None) -> list[Heading]:
    """Every heading of a plain text, in order."""
    pace = pace or Pacer()
    size = len(text) or 1
    lines = text.splitlines(keepends=True)
    headings: list[Heading] = []
    pos = 0
    # Whether the line before, this line and the line after are blank: each line is asked once,
    # and only a line standing alone is stripped (a paragraph is one long line, copied by strip).
    blank_before = True
    blank = not lines or _blank(lines[0])
    for k, line in enumerate(lines):
        if not k & 1023:
            pace(pos / size)
        blank_after = k + 1 == len(lines) or _blank(lines[k + 1])
        if blank_before and blank_after and not blank:
            stripped = line.strip()
            if is_heading(stripped):
                start = pos + line.index(stripped[0])
                headings.append(Heading(start, start + len(stripped), stripped))
        blank_before, blank = blank, blank_after
        pos += len(line)
    return headings


def _blank(line: str) -> bool:
    """Whether a line is empty or all blanks: ``not line.strip()``, without copying the line."""
    return not line or line.isspace()


def is_heading(line: str) -> bool:
    """Does a line that stands alone read as a heading? Short, no closing punctuation, opening
    with a capital or a digit, and words or a year ("1917", "1861-1865"), not a bare number."""
    if len(line) > MAX_CHARS or line[-1] in _CLOSING or len(line.split()) > MAX_WORDS:
        return False
    first = line.lstrip("\"“‘'([")[:1] or line[0]  # '"War of the Cities"'
    words = any(c.isalpha() for c in line)
    return (first.isupper() or first.isdigit()) and (words or _YEARS.fullmatch(line) is not None)
