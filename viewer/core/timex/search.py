"""The search for temporal expressions: every rule's matches in the stretches of text around
its triggers, then the earliest and longest of them that do not overlap.

This is where reading a text spends its time: each rule scans only the text near the tokens
every one of its matches holds, never the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from viewer.core.timex.patterns import ERA_BC, TRIGGERS
from viewer.core.timex.pieces import Found, Piece
from viewer.core.timex.rules import priority, rules

_SPEAKS_BC = re.compile(rf"\d\s?{ERA_BC}")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_TRIGGERS = {name: re.compile(pattern) for name, pattern in TRIGGERS.items()}
# Text scanned before and after a trigger: more than any expression reaches from it
# ("early in the morning of Thursday, " before a day; ", 2017" after a month).
WINDOW_BEFORE, WINDOW_AFTER = 50, 30


class Candidate(NamedTuple):
    """One match of one rule, and the pieces its reader made of it."""

    start: int
    end: int
    priority: int  # the rule's place in the table: of two equal matches the earlier rule wins
    rule: str
    pieces: list[Piece]


def find_pieces(text: str, progress: Callable[[float], None] | None = None) -> list[Found]:
    """The pieces of the matches kept, in reading order, each with the rule that read it;
    ``progress`` is told the share of the rules done after each one."""
    return [
        Found(piece.start, piece.end, piece.reading, c.rule)
        for c in _leftmost_longest(_candidates(text, progress))
        for piece in c.pieces
    ]


def _candidates(text: str, progress: Callable[[float], None] | None) -> list[Candidate]:
    """Every rule's matches, each rule scanning only the text around its triggers."""
    bc = _speaks_bc(text)
    rank = priority(bc)
    windows = {name: _windows(text, trigger) for name, trigger in _TRIGGERS.items()}
    found = []
    table = rules(bc)
    for k, rule in enumerate(table):
        if progress is not None:
            progress(k / len(table))
        for lo, hi in windows[rule.trigger]:
            for m in rule.regex.finditer(text, lo, hi):
                if _BLANK_LINE.search(m[0]):
                    continue  # an expression never runs over a paragraph break
                pieces = rule.handler(m, text)
                if pieces:
                    found.append(Candidate(m.start(), m.end(), rank[rule.name], rule.name, pieces))
    return found


def _leftmost_longest(found: list[Candidate]) -> list[Candidate]:
    """Keep non-overlapping candidates, preferring the earliest, then the longest."""
    found.sort(key=lambda c: (c.start, -c.end, c.priority))
    chosen: list[Candidate] = []
    for c in found:
        if chosen and c.start < chosen[-1].end:
            continue
        chosen.append(c)
    return chosen


def _speaks_bc(text: str, step: int = 1 << 18) -> bool:
    """Does the text write years BC? Searched in slices, so a thread reading a large
    document lets the window's thread run between them."""
    return any(_SPEAKS_BC.search(text, max(0, i - 16), i + step) for i in range(0, len(text), step))


def _windows(text: str, trigger: re.Pattern[str]) -> list[tuple[int, int]]:
    """Disjoint stretches of text around the trigger's tokens, cut at whitespace."""
    out: list[tuple[int, int]] = []
    for m in trigger.finditer(text):
        lo, hi = max(0, m.start() - WINDOW_BEFORE), min(len(text), m.end() + WINDOW_AFTER)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return [(_to_space(text, lo, -1), _to_space(text, hi, 1)) for lo, hi in out]


def _to_space(text: str, pos: int, step: int) -> int:
    limit = max(0, pos - 40) if step < 0 else min(len(text), pos + 40)
    while pos != limit and not text[pos - (step < 0)].isspace():
        pos += step
    return pos
