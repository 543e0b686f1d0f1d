"""A label made to fit: at most LIMIT characters, cut at a word boundary, nothing dangling.

A text too long first loses what says little (shortening.py), then is cut: at the end of the
first clause that ends far enough in, else at the last word that fits, without a function word
or a comma at the end, and "…" added.
"""

from __future__ import annotations

import re

from viewer.core.labels import words
from viewer.core.labels.shortening import shortened

LIMIT = 60
ELLIPSIS = "…"
_WINDOW = 240
_NEEDED = 200  # characters a label may be made from: an apposition and LIMIT after it
_ROOM = LIMIT - len(ELLIPSIS)
_MIN_CLAUSE = 24  # a clause ending before this is too little of the sentence to stand for it
_SPACE_BEFORE_MARK_RE = re.compile(r"\s+(?=[,.;:!?])")
# A comma ends a clause only before a word in lower case ("Paris, which"; not "Paris, Lyon").
_CLAUSE_END_RE = re.compile(r"[;:] | [-–—] |, (?=[a-z])")
_FIRST_WORD_RE = re.compile(r"[^\W\d_]+")
_DANGLING_MARKS = " ,;:–—-(\"'“‘/&"


def tidy(s: str, start: int = 0) -> str:
    """``s[start:]`` on one line, single spaces, no space before a comma or stop (an aside
    blanked leaves one)."""
    # A label is made of the first words: tidy those, or all if the asides blanked too many.
    window = s[start:start + _WINDOW]
    if "  " not in window and "\n" not in window and "\t" not in window and "\r" not in window \
            and "\u00a0" not in window:
        return window.strip()  # most sentences: single spaces, nothing blanked
    tidied = " ".join(window.split())
    s = tidied if len(window) < _WINDOW or len(tidied) > _NEEDED else " ".join(s[start:].split())
    if " ," in s or " ." in s or " ;" in s or " :" in s:
        s = _SPACE_BEFORE_MARK_RE.sub("", s)
    return s


def fitted(s: str) -> str:
    """``s`` (tidied) as a label: shortened and cut to LIMIT, its first letter a capital, no
    full stop at the end."""
    if len(s) > LIMIT:
        s = shortened(s, LIMIT)
        s = _cut(s) if len(s) > LIMIT else _without_full_stop(s)
    elif s[-1:] == ".":
        s = _without_full_stop(s)
    return _capitalised(s) if s[:1].islower() else s


def _cut(s: str) -> str:
    window = s[_MIN_CLAUSE:_ROOM + 1]
    clause = (_CLAUSE_END_RE.search(s, _MIN_CLAUSE, _ROOM + 1)
              if "," in window or ";" in window or ":" in window or " -" in window or " –" in window
              or " —" in window else None)  # most windows have no mark: no search
    at = clause.start() if clause else s.rfind(" ", 0, _ROOM + 1)
    head = s[:at].rstrip(_DANGLING_MARKS) if at > 0 else ""
    last = head.rfind(" ")
    if last > 0 and head[last + 1:].casefold() in words.FUNCTION_WORDS:
        head = _without_dangling(head[:last])
    return (head or s[:_ROOM].rstrip()) + ELLIPSIS


def _without_dangling(head: str) -> str:
    """``head`` without the function words and marks a cut leaves at its end ("of the", ",")."""
    while True:
        head = head.rstrip(_DANGLING_MARKS)
        last = head.rfind(" ")
        if last < 0 or head[last + 1:].casefold() not in words.FUNCTION_WORDS:
            return head
        head = head[:last]


def _without_full_stop(s: str) -> str:
    """Without the final full stop, unless it ends an abbreviation ("the U.S.") or is all there is."""
    if s.endswith(".") and not s.endswith("..") and len(s) > 1:
        last = s[s.rfind(" ") + 1:]
        if "." not in last[:-1]:
            return s[:-1].rstrip()
    return s


def _capitalised(s: str) -> str:
    """Its first letter (in lower case) a capital, unless its first word is a name's particle
    ("de Gaulle", "al-Qa'im") or is written with capitals inside ("iPhone")."""
    first = _FIRST_WORD_RE.match(s)
    word = first.group() if first else ""
    if word.casefold() in words.NAME_PARTICLES or not word.islower():
        return s
    return s[0].upper() + s[1:]
