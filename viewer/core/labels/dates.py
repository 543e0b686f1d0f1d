"""The dates a sentence opens with: the expressions the reader found there, or, where it found
none (an events file's title), a date written out ("3 May 1915", "May 4, 1915", "480 BC")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.timex.lexicon import MONTHS, WEEKDAYS

_MONTH = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_ERA = r"(?:BCE|BC|CE|AD|B\.C\.|A\.D\.)"
# A year alone only before a comma, colon or dash ("1939, Germany"): "300 men" is no date.
WRITTEN_DATE_RE = re.compile(
    rf"(?:{_DAY}\s+(?:{_MONTH})\.?(?:,?\s+\d{{1,4}})?"
    rf"|(?:{_MONTH})\.?\s+{_DAY}(?:,\s*\d{{1,4}})?"
    rf"|(?:{_MONTH})\.?,?\s+\d{{3,4}}"
    rf"|\d{{1,4}}\s?{_ERA}|AD\s?\d{{1,4}}"
    rf"|\d{{4}}-\d\d(?:-\d\d)?"
    rf"|\d{{3,4}}s?(?:[-–]\d{{2,4}})?(?=\s*[,:–—]))(?![\w'’])"
)
# After a preposition a month, a weekday or a year alone is a date too: "In May the army",
# "In 1940 troops landed".
_NAMED_DAY_RE = re.compile(
    rf"(?:(?:{_MONTH}|{'|'.join(d.capitalize() for d in WEEKDAYS)})\.?|1\d{{3}}s?|20\d\ds?)(?![\w'’])")
# What a date written out opens with, but a number.
DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"ad"} | {f"{m}." for m in MONTHS}
# "May 4" found, the year after its comma not.
_YEAR_AFTER_COMMA_RE = re.compile(r",\s+\d{4}(?![\w,])")


def date_end(s: str, pos: int, word_end: int, dates: Sequence[tuple[int, int]], named: bool = False) -> int:
    """The end of a date that opens at ``pos`` or inside its word ("mid-1940"), ``word_end``
    being that word's end; 0 if none, or if the date opens a noun phrase ("Three days of
    fighting followed"). ``named``: a month or weekday alone counts too."""
    end = found_date_end(dates, pos, word_end) if dates else 0
    if end:
        return _with_tail(s, end)
    first = s[pos]
    if first.isdigit() or (first.isupper() and s[pos:word_end].casefold() in DATE_WORDS):
        match = WRITTEN_DATE_RE.match(s, pos) or (_NAMED_DAY_RE.match(s, pos) if named else None)
        return _with_tail(s, match.end()) if match else 0
    return 0


def _with_tail(s: str, end: int) -> int:
    """The date's end, the year after its comma too ("May 4, 1915"); 0 if it opens a noun
    phrase ("Three days of fighting")."""
    if s.startswith(" of ", end):
        return 0
    if s.startswith(",", end):
        year = _YEAR_AFTER_COMMA_RE.match(s, end)
        return year.end() if year else end
    return end


def found_date_end(dates: Sequence[tuple[int, int]], pos: int, word_end: int) -> int:
    """The end of the expression found that starts in the word from ``pos`` to ``word_end``; 0 if none."""
    end = 0
    for start, stop in dates:
        if pos <= start < word_end and stop > end:
            end = stop
    return end
