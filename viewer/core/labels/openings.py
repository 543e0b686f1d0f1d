"""Where a sentence's own words begin: after its leading dates, connectives and introductions
("Later on the same day,", "However,", "On 3 May 1915", "After the battle,").

The opening is read phrase by phrase from the start. A phrase is dropped when it is
- a date: an expression the reader found, or one written out (dates.py), unless it is the
  subject ("1942 was the turning point"); a verb that only presents what follows goes with
  it ("1987 saw | a renewed wave of offensives");
- a connective: words.CONNECTIVES, COMMA_CONNECTIVES (with their comma), GUARDED_CONNECTIVES
  and CONNECTIVE_PHRASES (when a comma or a subject follows: "As a result the army", not
  "As a result of");
- an introduction (introductions.py).
A sentence that opens with none of these costs one word's look-up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.labels import words
from viewer.core.labels.dates import DATE_WORDS, date_end, found_date_end
from viewer.core.labels.introductions import introduction_end
from viewer.core.labels.scanning import after_marks, marks_at, phrases_pattern, word_at

_MAX_STEPS = 8
# A pattern per first word: "in" tries the phrases that open with "in", not all of them.
_CONNECTIVE_PHRASE_RES = {first: phrases_pattern(p for p in words.CONNECTIVE_PHRASES if p[0] == first)
                          for first in {p[0] for p in words.CONNECTIVE_PHRASES}}
_PRESENTING_RE = phrases_pattern(words.PRESENTING)
_BETWEEN_SUBJECT_AND_VERB = frozenset({"also", "then", "again", "further", "finally", "eventually"})
# The words that may open something to drop; any other word, unless a date, opens the sentence's own.
_CONNECTIVE_WORDS = (words.CONNECTIVES | words.COMMA_CONNECTIVES | words.GUARDED_CONNECTIVES
                     | set(_CONNECTIVE_PHRASE_RES))
_OPENERS = _CONNECTIVE_WORDS | words.INTRODUCTIONS


def opening_end(s: str, dates: Sequence[tuple[int, int]] = ()) -> int:
    """The offset in ``s`` where its own words begin (``len(s)`` if it is all opening);
    ``dates`` are the (start, end) offsets in ``s`` of the expressions found in it."""
    pos = 0 if s[:1].isalpha() else after_marks(s, 0)
    for _ in range(_MAX_STEPS):
        word = word_at(s, pos)
        if word is None:
            break
        text, word_end = word.group(1), word.end()
        folded = text.casefold()
        datelike = text[0].isdigit() or folded in DATE_WORDS or (dates and found_date_end(dates, pos, word_end))
        if not datelike and folded not in _OPENERS:
            break  # most sentences: their first word is their own
        end = _leading_date_end(s, pos, word_end, dates) if datelike else 0
        if not end and folded in _OPENERS and not (len(text) > 1 and text.isupper()):  # "AT and T" is a name
            end = ((_connective_end(s, word, folded) if folded in _CONNECTIVE_WORDS else 0)
                   or introduction_end(s, word, folded, dates))
        if not end:
            break
        marks = marks_at(s, end)  # after_marks(s, end), a call less
        pos = marks.end() if marks else end
    return pos


def _leading_date_end(s: str, pos: int, word_end: int, dates: Sequence[tuple[int, int]]) -> int:
    """The end of the date that opens the sentence; 0 if none, or if it is the subject."""
    end = date_end(s, pos, word_end, dates)
    if not end:
        return 0
    presented = _PRESENTING_RE.match(s, end)
    if presented:
        return presented.end()
    following = word_at(s, end)
    if following is None:
        return end
    folded = following.group(1).casefold()
    if folded in _BETWEEN_SUBJECT_AND_VERB:  # "2007 also saw"
        presented = _PRESENTING_RE.match(s, following.end())
        return presented.end() if presented else 0
    return 0 if folded in words.DATE_SUBJECT_VERBS else end


def _connective_end(s: str, word: re.Match[str], folded: str) -> int:
    pattern = _CONNECTIVE_PHRASE_RES.get(folded)
    # "In 1939" opens no phrase of words: no match tried
    phrase = pattern.match(s, word.start(1)) if pattern and s[word.end() + 1:word.end() + 2].isalpha() else None
    if phrase and (s.startswith(",", phrase.end()) or _opens_subject(s, phrase.end())):
        return phrase.end()
    end = word.end()
    if folded in words.CONNECTIVES:
        return end
    if folded in words.COMMA_CONNECTIVES or folded in words.GUARDED_CONNECTIVES:
        if s.startswith(",", end) or (folded in words.GUARDED_CONNECTIVES and _opens_subject(s, end, True)):
            return end
    return 0


def _opens_subject(s: str, pos: int, or_introduction: bool = False) -> bool:
    """Does a subject (or, if ``or_introduction``, an introduction: "So when Wong spent") begin at ``pos``?"""
    word = word_at(s, pos)
    if word is None:
        return False
    text = word.group(1)
    folded = text.casefold()
    return (text[0].isupper() or text[0].isdigit() or folded in words.SUBJECT_STARTS
            or (or_introduction and folded in words.INTRODUCTIONS))
