"""Reading a sentence's opening a word at a time: the next word, a phrase of words.py, the
marks between phrases. Each is one compiled pattern matched where the reading stands."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Group 1 is the word; a mark (comma, colon, bracket, quotation mark) is none.
_WORD_RE = re.compile(r"\s*([^\s,;:()\[\]\"“”]+)")
_MARKS_RE = re.compile(r"[\s,;:–—…]*(?:-(?=\s)[\s,;:–—…]*)*")


# word_at(s, pos): the word after the blanks at ``pos`` (its group 1; the match ends where it
# does); None at a mark or the end. The pattern's own method: no call of ours in between.
word_at = _WORD_RE.match


# marks_at(s, pos): the blanks and marks between phrases at ``pos`` (a comma, a colon, a dash;
# the match ends where they do, and is empty if there are none).
marks_at = _MARKS_RE.match


def after_marks(s: str, pos: int) -> int:
    """The first offset from ``pos`` that is neither blank nor a mark between phrases (a comma,
    a colon, a dash)."""
    marks = _MARKS_RE.match(s, pos)
    return marks.end() if marks else pos


def phrases_pattern(phrases: Iterable[tuple[str, ...]]) -> re.Pattern[str]:
    """A pattern for any of ``phrases`` (casefolded words) after blanks, in any case, as
    whole words: its match ends where the phrase does."""
    alternatives = sorted((r"\s+".join(re.escape(w) for w in p) for p in phrases), key=len, reverse=True)
    return re.compile(rf"\s*(?i:{'|'.join(alternatives)})(?![\w'’-])")
