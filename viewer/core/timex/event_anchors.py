"""Dating an offset from a named event: 'eight days after Fort Sumter'.

The event was most likely told earlier with its date. Its key words are looked up
in a bounded window of the text before the expression (so reading stays linear), and
the date told nearest to the best-matching place is the base of the offset.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import TypeVar

from viewer.core.timex.lexicon import MONTHS, month_number

# How far back an event is looked for: a chapter or so, never the whole text.
LOOKBACK_CHARS = 6000

# Possessive "++": a word is never split in two, so a long word cannot make this backtrack.
# The stop is looked for after every word, so a clause joined by "and" ends the name.
_PHRASE = re.compile(r"\s+([\w'\u2019-]++(?:[^\S\n]+[\w'\u2019-]++){0,11}?)"
                     r"(?=\s*[,.;:()\[\]\"\u201c\u201d\n]|\s+(?:and|but|when|while|which|who|as|with)\s|\s*$)")
_NOT_AN_EVENT = re.compile(r"(?:\d|the\s+(?:same|next|following|previous)\b|that\b|this\b|it\b|which\b)", re.I)
_STOP = {
    "the", "a", "an", "of", "in", "on", "at", "to", "by", "from", "with", "and", "its", "his", "her",
    "their", "began", "begun", "was", "were", "had", "has", "been", "is", "are", "into", "s", "that",
    "this", "these", "those", "first", "second", "last", "final", "end", "start", "beginning",
}
# A sentence ends at a stop followed by a space, not at an initial ("P. G. T. Beauregard").
_BOUNDARY = re.compile(r"(?<!\b[A-Z])[.!?](?=\s)|\n")


# Words after which a capitalised word still belongs to the event's name ("the fall of Paris").
_LINKS = {"of", "the", "at", "in", "on", "to", "from", "by", "and", "for", "over", "into", "across", "near"}
_DETERMINERS = r"(?:the|a|an|his|her|its|their)\s"
_NEW_SUBJECT = re.compile(rf"(?<=\w)\s+(?=[A-Z]|{_DETERMINERS})")
_LAST_WORD = re.compile(r"(\w+)\Z")
_KEY_WORD = re.compile(r"[A-Za-z][\w-]+")


def event_phrase(text: str, end: int, limit: int) -> tuple[str, int] | None:
    """The event named right after 'after'/'before' ending at ``end``, and where it ends."""
    m = _PHRASE.match(text, end, limit)
    if not m or _NOT_AN_EVENT.match(m[1]):
        return None
    phrase_end = _subject_starts(text, m.start(1), m.end(1)) or m.end(1)
    return text[m.start(1):phrase_end].strip(), phrase_end


def _subject_starts(text: str, start: int, end: int) -> int | None:
    """'The day after the battle Ludendorff said ...', '... after the fall of Lisbon the court
    fled': a name right after a common noun, or a new article after any noun (not after a
    verb), starts the clause the event phrase is part of."""
    for gap in _NEW_SUBJECT.finditer(text, start, end):
        before = _LAST_WORD.search(text, start, gap.start())
        assert before is not None  # a gap follows a word (its lookbehind), and the phrase starts with one
        name_follows = text[gap.end()].isupper()
        word = before[1]
        verb = word.endswith(("ed", "ing"))  # "after the army crossed the river": its object
        if word.lower() not in _LINKS and (word[0].islower() if name_follows else not verb):
            return gap.start()
    return None


def names_the_current_event(phrase: str) -> bool:
    """'the battle', 'the landing': a definite common noun alone points at the event the text
    is telling, not at an earlier one that happens to share the word."""
    words = phrase.split()
    return len(words) == 2 and words[0].lower() == "the" and words[1].islower() and len(key_words(phrase)) == 1


_MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS if len(m) > 3 or m == "may")
# "the October intervention", "the June 1950 offensive": a month (and year) naming the event,
# then the common noun it names; not a proper name ("the October Revolution", "the March on Rome").
_NAMED_MONTH = re.compile(rf"\b({_MONTH_NAMES})\s+(?:(\d{{3,4}})\s+)?(?:[A-Z][\w'-]*\s+){{0,2}}([a-z][\w-]*)")


def month_named(phrase: str) -> tuple[int, int | None] | None:
    """The month, and year if any, that an event's name dates it by: (10, None) for 'the
    October Chinese intervention'."""
    m = _NAMED_MONTH.search(phrase)
    if not m or m[3] in _LINKS:
        return None
    return month_number(m[1]), int(m[2]) if m[2] else None


def key_words(phrase: str) -> list[str]:
    words = _KEY_WORD.findall(phrase)
    return [w for w in words if w.lower() not in _STOP and len(w) > 2]


def _stem(word: str) -> str:
    """'invaded' and 'invasion' meet at 'inva': five letters are enough to match a word's family."""
    return word[:5] if word.islower() or len(word) > 7 else word


def event_position(text: str, start: int, phrase: str, told_at: list[int]) -> tuple[int, int, int] | None:
    """Where, before ``start``, a sentence mentions most of the event's key words, preferring
    one that tells a date, then the latest: (position, sentence start, sentence end)."""
    words = key_words(phrase)
    if not words:
        return None
    lo = max(0, start - LOOKBACK_CHARS)
    window = text[lo:start]
    folded = _folded(window)
    best, best_score = None, (0, False, -1)
    for w in words:
        for at in word_starts(window, folded, _stem(w)):
            pos = lo + at
            left, right = _sentence_around(text, pos)
            score = (_score(text[left:right].lower(), words), _dated(told_at, left, right), pos)
            if score > best_score:
                best, best_score = (pos, left, right), score
    if best and not best_score[1]:
        return _told_next(text, best, words, told_at, start) or best
    return best


def word_starts(window: str, folded: str, stem: str) -> Iterator[int]:
    """Where in ``window`` a word starts with ``stem``, in any case: the starts of the matches of
    ``\\b`` + ``stem`` (``re.IGNORECASE``), in order. ``folded`` is ``_folded(window)``.

    The pattern's search tries every place of a window of thousands of characters; a stem of
    ASCII letters is looked for in ``folded`` instead, and the pattern tried only where it is.
    (Whatever character matches an ASCII one without case is that one in ``folded``, at the
    same offset.)"""
    pattern = _word_start(stem)
    if not stem.isascii():
        for m in pattern.finditer(window):
            yield m.start()
        return
    key = stem.lower()
    at = folded.find(key)
    while at >= 0:
        if pattern.match(window, at):
            yield at
            at = folded.find(key, at + len(stem))  # the next match begins after this one
        else:
            at = folded.find(key, at + 1)


@lru_cache(maxsize=1024)
def _word_start(stem: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(stem)}", re.I)


def _folded(text: str) -> str:
    """The text in lower case, character for character (so at the same offsets): the three
    letters whose lower case is not the ASCII letter a pattern without case takes them for
    (dotted and dotless i, long s) are put first as that letter."""
    return text.replace("\u0130", "i").replace("\u0131", "i").replace("\u017f", "s").lower()


def told_in(text: str, pos: int, phrase: str) -> bool:
    """Does the sentence around ``pos`` name every key word of the event?"""
    words = key_words(phrase)
    left, right = _sentence_around(text, pos)
    return bool(words) and _score(text[left:right].lower(), words) == len(words)


def _dated(told_at: list[int], left: int, right: int) -> bool:
    return bisect.bisect_left(told_at, left) < bisect.bisect_right(told_at, right)


def _told_next(text: str, where: tuple[int, int, int], words: list[str], told_at: list[int],
               start: int) -> tuple[int, int, int] | None:
    """'Fort Sumter was the last fort held. Troops bombarded the fort on April 12.': a sentence
    that names the event without a date, followed by one that goes on about it with one."""
    left = where[2] + 1
    if left >= start:
        return None
    _, right = _sentence_around(text, left)
    right = min(right, start)
    sentence = text[left:right].lower()
    if not _dated(told_at, left, right) or not any(_stem(w).lower() in sentence for w in words):
        return None
    return left, left, right


def _sentence_around(text: str, pos: int) -> tuple[int, int]:
    floor = max(0, pos - 400)
    left = last_boundary_end(text, floor, pos)
    right = _BOUNDARY.search(text, pos, pos + 400)
    return left, right.start() if right else min(len(text), pos + 400)


def last_boundary_end(text: str, floor: int, pos: int) -> int:
    """Where the last sentence boundary between ``floor`` and ``pos`` ends (``floor`` when there
    is none): the end of the last match of ``_BOUNDARY.finditer(text, floor, pos)``, found
    from the end. Every boundary is one of the characters '.!?' or a line break."""
    hi = pos
    while True:
        at = max(text.rfind(".", floor, hi), text.rfind("!", floor, hi), text.rfind("?", floor, hi),
                 text.rfind("\n", floor, hi))
        if at < 0:
            return floor
        if _BOUNDARY.match(text, at, pos):
            return at + 1
        hi = at


def _score(sentence: str, words: list[str]) -> int:
    return sum(_stem(w).lower() in sentence for w in words)


_Date = TypeVar("_Date")


def date_near(where: tuple[int, int, int], starts: list[int], values: Sequence[_Date]) -> _Date | None:
    """The date told in the event's sentence nearest to the event; else the last one before it."""
    pos, left, right = where
    lo, hi = bisect.bisect_left(starts, left), bisect.bisect_right(starts, right)
    if hi > lo:
        return values[min(range(lo, hi), key=lambda k: abs(starts[k] - pos))]
    return values[lo - 1] if lo > 0 else None
