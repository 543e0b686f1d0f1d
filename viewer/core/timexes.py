"""Finding the temporal expressions of a text and giving each its value."""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.core.anchoring import Narrative, borrow_from_partner, resolve
from viewer.core.reading import Reading
from viewer.core.timex_rules import PRIORITY, RULES, Piece

_CONNECTOR = re.compile(r"^\s?(?:[-\u2013\u2014]|to|until|till|through|and|or)\s?(?:the\s+)?$", re.I)


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression: ``text == document[start:end]``."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str | None
    rule: str = ""


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    priority: int
    rule: str
    pieces: list[Piece]


def _candidates(text: str) -> list[_Candidate]:
    found = []
    for rule in RULES:
        for m in rule.regex.finditer(text):
            pieces = rule.handler(m, text)
            if pieces:
                found.append(_Candidate(m.start(), m.end(), PRIORITY[rule.name], rule.name, pieces))
    return found


def _leftmost_longest(found: list[_Candidate]) -> list[_Candidate]:
    """Keep non-overlapping candidates, preferring the earliest, then the longest."""
    found.sort(key=lambda c: (c.start, -c.end, c.priority))
    chosen: list[_Candidate] = []
    for c in found:
        if chosen and c.start < chosen[-1].end:
            continue
        chosen.append(c)
    return chosen


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\r\n,":
        end -= 1
    while start < end and text[start] in " \t\r\n,":
        start += 1
    return start, end


def find_timexes(text: str) -> list[Timex]:
    """Every temporal expression in reading order, anchored on the narrative."""
    pieces: list[tuple[int, int, Reading, str]] = []
    for c in _leftmost_longest(_candidates(text)):
        pieces.extend((s, e, r, c.rule) for s, e, r in c.pieces)
    now = Narrative()
    out = []
    for i, (start, end, reading, rule) in enumerate(pieces):
        borrow_from_partner(reading, _range_partner(text, pieces, i))
        value = resolve(reading, now)
        start, end = _trimmed(text, start, end)
        out.append(Timex(start, end, text[start:end], _type_of(reading, value), value, rule))
    return out


def _range_partner(text: str, pieces: list, i: int) -> Reading | None:
    if i + 1 >= len(pieces):
        return None
    end, nxt = pieces[i][1], pieces[i + 1]
    return nxt[2] if _CONNECTOR.match(text[end:nxt[0]]) else None


def connected(text: str, first: Timex, second: Timex) -> bool:
    """Do two expressions form a range ('3 to 9 May', '1915-17')?"""
    return _CONNECTOR.match(text[first.end:second.start]) is not None


def _type_of(reading: Reading, value: str | None) -> str:
    if value and value.startswith("P"):
        return "DURATION"
    if value and "T" in value and not value.endswith("_REF"):
        return "TIME"
    return reading.type if reading.type != "TIME" else "DATE"
