"""Readers of years and longer spans of the calendar: '1917', '480 BC', '1914-18',
"'99", 'the 1930s', 'the 5th century BC'."""

from __future__ import annotations

import re
from functools import lru_cache

from viewer.core.timex import lexicon
from viewer.core.timex.guards import counted, determined, words_before
from viewer.core.timex.patterns import ERA_BC
from viewer.core.timex.pieces import Piece
from viewer.core.timex.reading import Reading

_BC = re.compile(ERA_BC)
_AD = re.compile(r"(?-i:A\.?D\.?|C\.?E\.?)")
_DIGITS = re.compile(r"\d+")
_NOT_DIGIT = re.compile(r"\D")
_OF_BEFORE = re.compile(r"\bof\s*$")

_NOT_YEAR_BEFORE = {
    "hill", "height", "heights", "route", "highway", "flight", "no", "number", "resolution",
    "page", "pp", "vol", "article", "point", "bus", "room", "code", "model", "type", "about",
    "some", "over", "nearly", "almost", "approximately", "roughly", "around", "than", "of",
}


@lru_cache(maxsize=4096)  # a text writes the same days and years again and again
def leading_number(text: str) -> int:
    """'22nd' -> 22, 'AD 70' -> 70: the first number in a match its rule made sure holds one."""
    digits = _DIGITS.search(text)
    assert digits is not None, text  # every rule that calls this matched digits
    return int(digits[0])


@lru_cache(maxsize=4096)
def year_of(text: str) -> tuple[int, bool]:
    """'480 BC' -> (-480, False); '1917' -> (1917, False); '480' -> (480, True).

    The flag says the era is not written and a BC narrative makes it BC.
    """
    digits = leading_number(text)
    if _BC.search(text):
        return -digits, False
    return digits, len(_NOT_DIGIT.sub("", text)) < 4 and not _AD.search(text)


def optional_year(text: str | None) -> tuple[int | None, bool]:
    """``year_of`` a match's year group, or no year when the group took nothing."""
    return year_of(text) if text else (None, False)


def decade(m: re.Match[str], text: str) -> list[Piece]:
    d = int(m["d"])
    return [Piece(m.start(), m.end(), Reading(decade=-d if m["bc"] else d))]


def century(m: re.Match[str], text: str) -> list[Piece]:
    raw = m["n"].lower()
    n = lexicon.ORDINALS[raw] if raw in lexicon.ORDINALS else leading_number(raw)
    return [Piece(m.start(), m.end(), Reading(century=-(n - 1) if m["bc"] else n - 1))]


def year(m: re.Match[str], text: str) -> list[Piece]:
    raw, start, end = m["y"], m.start(), m.end()
    bc = _BC.search(raw) is not None
    before = words_before(text, start, 1)
    if not bc and counted(text, end, loose=len(raw) < 4 or not determined(text, start, before)):
        return []
    if not m["mod"] and before and before[0].lower() in _NOT_YEAR_BEFORE and not bc:
        if not _OF_BEFORE.search(text[max(0, start - 12):start]) or counted(text, end):
            return []
    year, loose = year_of(raw)
    return [Piece(start, end, Reading(year=year, era_from_context=loose))]


def year_range(m: re.Match[str], text: str) -> list[Piece]:
    if counted(text, m.end(), loose=len(m["a"]) < 4):
        return []
    if len(m["a"]) < 4 and not m["era"] and words_before(text, m.start())[-1:] not in (["in"], ["from"], ["between"]):
        return []
    a, b = m["a"], m["b"]
    bc = bool(m["era"])
    ya = int(a)
    yb = int(b)
    if not bc and len(b) == 2:
        yb = ya // 100 * 100 + yb
        if yb <= ya:
            return []
    if not bc and yb <= ya:
        return []
    if bc and yb >= ya:
        return []
    sign = -1 if bc else 1
    loose = not bc and len(a) < 4
    return [
        Piece(m.start("a"), m.end("a"), Reading(year=sign * ya, era_from_context=loose)),
        Piece(m.start("b"), m.end(), Reading(year=sign * yb, era_from_context=loose)),
    ]


def year_apostrophe(m: re.Match[str], text: str) -> list[Piece]:
    return [Piece(m.start(), m.end(), Reading(year=int(m["y"][1:]), era_from_context=False, century_from_context=True))]
