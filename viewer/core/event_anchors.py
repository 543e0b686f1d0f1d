"""Dating an offset from a named event: 'eight days after Fort Sumter'.

The event was most likely told earlier with its date. Its key words are looked up
in a bounded window of the text before the expression (so reading stays linear), and
the date told nearest to the best-matching place is the base of the offset.
"""

from __future__ import annotations

import bisect
import re

# How far back an event is looked for: a chapter or so, never the whole text.
LOOKBACK_CHARS = 6000

# Possessive "++": a word is never split in two, so a long word cannot make this backtrack.
_PHRASE = re.compile(r"\s+((?:[\w'\u2019-]++\s*){1,12}?)(?=[,.;:()\[\]\"\u201c\u201d\n]|\s+(?:and|but|when|while|which|who|as|with)\s|$)")
_NOT_AN_EVENT = re.compile(r"(?:\d|the\s+(?:same|next|following|previous)\b|that\b|this\b|it\b|which\b)", re.I)
_STOP = {
    "the", "a", "an", "of", "in", "on", "at", "to", "by", "from", "with", "and", "its", "his", "her",
    "their", "began", "begun", "was", "were", "had", "has", "been", "is", "are", "into", "s", "that",
    "this", "these", "those", "first", "second", "last", "final", "end", "start", "beginning",
}
_BOUNDARY = re.compile(r"[.!?\n]")


def event_phrase(text: str, end: int, limit: int) -> tuple[str, int] | None:
    """The event named right after 'after'/'before' ending at ``end``, and where it ends."""
    m = _PHRASE.match(text, end, limit)
    if not m or _NOT_AN_EVENT.match(m[1]):
        return None
    return m[1].strip(), m.end(1)


def key_words(phrase: str) -> list[str]:
    words = re.findall(r"[A-Za-z][\w-]+", phrase)
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
    best, best_score = None, (0, False, -1)
    for w in words:
        for m in re.finditer(rf"\b{re.escape(_stem(w))}", text[lo:start], re.I):
            pos = lo + m.start()
            left, right = _sentence_around(text, pos)
            dated = bisect.bisect_left(told_at, left) < bisect.bisect_right(told_at, right)
            score = (_score(text[left:right].lower(), words), dated, pos)
            if score > best_score:
                best, best_score = (pos, left, right), score
    return best


def _sentence_around(text: str, pos: int) -> tuple[int, int]:
    floor = max(0, pos - 400)
    left = max((m.end() for m in _BOUNDARY.finditer(text, floor, pos)), default=floor)
    right = _BOUNDARY.search(text, pos, pos + 400)
    return left, right.start() if right else min(len(text), pos + 400)


def _score(sentence: str, words: list[str]) -> int:
    return sum(_stem(w).lower() in sentence for w in words)


def date_near(where: tuple[int, int, int], starts: list[int], values: list[str]) -> str | None:
    """The date told in the event's sentence nearest to the event; else the last one before it."""
    pos, left, right = where
    lo, hi = bisect.bisect_left(starts, left), bisect.bisect_right(starts, right)
    if hi > lo:
        return values[min(range(lo, hi), key=lambda k: abs(starts[k] - pos))]
    return values[lo - 1] if lo > 0 else None
