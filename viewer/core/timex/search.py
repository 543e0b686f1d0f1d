"""The search for temporal expressions: every rule's matches in the stretches of text around
its triggers, then the earliest and longest of them that do not overlap.

This is where reading a text spends its time: each rule scans only the text near the tokens
every one of its matches holds, never the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from viewer.core.progress import Pacer
from viewer.core.timex.patterns import ERA_BC, NEEDS, NEEDS_ANY_CASE, TRIGGERS
from viewer.core.timex.pieces import Found, Piece
from viewer.core.timex.rules import priority, rules

_SPEAKS_BC = re.compile(rf"\d\s?{ERA_BC}")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_TRIGGERS = {name: re.compile(pattern) for name, pattern in TRIGGERS.items()}
_NEEDS = {name: (re.compile(pattern), False) for name, pattern in NEEDS.items()}
_NEEDS.update({name: (re.compile(pattern), True) for name, pattern in NEEDS_ANY_CASE.items()})
# Text scanned before and after a trigger: more than any expression reaches from it
# ("early in the morning of Thursday, " before a day; ", 2017" after a month).
WINDOW_BEFORE, WINDOW_AFTER = 50, 30
# Where each step ends, as shares of the search: finding the stretches to scan, scanning
# them with every rule, choosing the earliest and longest.
_AFTER_ERA, _AFTER_WINDOWS, _AFTER_RULES, _AFTER_CHOICE = 0.01, 0.1, 0.97, 0.99


class Candidate(NamedTuple):
    """One match of one rule, and the pieces its reader made of it."""

    start: int
    end: int
    priority: int  # the rule's place in the table: of two equal matches the earlier rule wins
    rule: str
    pieces: list[Piece]


def find_pieces(text: str, pace: Pacer | None = None, news: bool = False) -> list[Found]:
    """The pieces of the matches kept, in reading order, each with the rule that read it;
    ``pace`` is told the share of the search done as it goes; ``news``: the text has a date of
    writing, and the rules that need one are tried too."""
    pace = pace or Pacer()
    candidates = _candidates(text, pace.part(0.0, _AFTER_RULES), news)
    pace.reached(_AFTER_RULES)
    kept = _leftmost_longest(candidates)
    pace.reached(_AFTER_CHOICE)
    return [Found(piece.start, piece.end, piece.reading, c.rule) for c in kept for piece in c.pieces]


def _candidates(text: str, pace: Pacer, news: bool = False) -> list[Candidate]:
    """Every rule's matches, each rule scanning only the text around its triggers."""
    bc = _speaks_bc(text, pace.part(0.0, _AFTER_ERA))
    rank = priority(bc, news)
    table = rules(bc, news)
    used = {rule.trigger for rule in table}
    triggers = [(name, trigger) for name, trigger in _TRIGGERS.items() if name in used]
    stretches = pace.part(_AFTER_ERA, _AFTER_WINDOWS)
    windows = {name: _windows(text, trigger, stretches.part(k / len(triggers), (k + 1) / len(triggers)))
               for k, (name, trigger) in enumerate(triggers)}
    found = []
    scan = pace.part(_AFTER_WINDOWS, 1.0)
    narrowed: dict[tuple[str, tuple[str, ...]], list[tuple[int, int]]] = {}
    lower = folded(text, scan) if any(rule.needs for rule in table) else text
    for k, rule in enumerate(table):
        scan(k / len(table))  # (a rule may find no window to scan)
        spans = windows[rule.trigger]
        if rule.needs:
            key = (rule.trigger, rule.needs)
            if key not in narrowed:
                narrowed[key] = _holding(text, lower, spans, rule.needs, scan.part(k / len(table), k / len(table)))
            spans = narrowed[key]
        for j, (lo, hi) in enumerate(spans):
            if not j & 255:
                scan((k + j / len(spans)) / len(table))
            for m in rule.regex.finditer(text, lo, hi):
                if _BLANK_LINE.search(m[0]):
                    continue  # an expression never runs over a paragraph break
                pieces = rule.handler(m, text)
                if pieces:
                    found.append(Candidate(m.start(), m.end(), rank[rule.name], rule.name, pieces))
    return found


def _holding(text: str, lower: str, spans: list[tuple[int, int]], needs: tuple[str, ...],
             pace: Pacer | None = None, step: int = 4096) -> list[tuple[int, int]]:
    """The windows that hold each of ``needs`` (keys of patterns.NEEDS and NEEDS_ANY_CASE, the
    latter looked for in ``lower``, the text folded): only they can hold a match of a rule that
    needs them. ``pace`` is told between every ``step`` windows."""
    for name in needs:
        pattern, any_case = _NEEDS[name]
        search, where = pattern.search, lower if any_case else text
        kept: list[tuple[int, int]] = []
        for i in range(0, len(spans), step):
            if pace is not None:
                pace(0.0)
            kept += [(lo, hi) for lo, hi in spans[i:i + step] if search(where, lo, hi)]
        spans = kept
    return spans


def folded(text: str, pace: Pacer | None = None, step: int = 1 << 20) -> str:
    """The text in lower case, character for character (so at the same offsets): wherever a
    case-insensitive pattern matches a word of ASCII letters, the word in lower case is here.
    The three letters whose lower case is not so (dotted and dotless i, long s) are put first
    as the ASCII letter a case-insensitive pattern takes them for. A megabyte at a time, with
    a report to ``pace`` between (a Cancel waits for one)."""
    if len(text) <= step:
        return _fold(text)
    parts = []
    for i in range(0, len(text), step):
        if pace is not None:
            pace(0.0)
        parts.append(_fold(text[i:i + step]))
    return "".join(parts)


def _fold(text: str) -> str:
    return text.replace("\u0130", "i").replace("\u0131", "i").replace("\u017f", "s").lower()


def _leftmost_longest(found: list[Candidate]) -> list[Candidate]:
    """Keep non-overlapping candidates, preferring the earliest, then the longest."""
    found.sort(key=lambda c: (c.start, -c.end, c.priority))
    chosen: list[Candidate] = []
    for c in found:
        if chosen and c.start < chosen[-1].end:
            continue
        chosen.append(c)
    return chosen


def _speaks_bc(text: str, pace: Pacer, step: int = 1 << 16) -> bool:
    """Does the text write years BC? Searched in slices, so a thread reading a large
    document lets the window's thread run between them, and a Cancel stops it."""
    for i in range(0, len(text), step):
        pace(i / len(text))
        if _SPEAKS_BC.search(text, max(0, i - 16), i + step):
            return True
    return False


def _windows(text: str, trigger: re.Pattern[str], pace: Pacer) -> list[tuple[int, int]]:
    """Disjoint stretches of text around the trigger's tokens, cut at whitespace."""
    out: list[tuple[int, int]] = []
    for m in _paced_finditer(trigger, text, pace.part(0.0, 0.5)):
        lo, hi = max(0, m.start() - WINDOW_BEFORE), min(len(text), m.end() + WINDOW_AFTER)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    spaced = []
    for k, (lo, hi) in enumerate(out):
        if not k & 1023:
            pace(0.5 + 0.5 * k / len(out))
        spaced.append((_to_space(text, lo, -1), _to_space(text, hi, 1)))
    return spaced


_CHUNK = 1 << 16
_REACH = 256  # how far past a chunk's end a trigger that starts inside it may run


def _paced_finditer(pattern: re.Pattern[str], text: str, pace: Pacer) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, scanned a chunk at a time with a report between chunks:
    a rare trigger's scan runs through megabytes between two matches. Chunks end at a space,
    and a match may run ``_REACH`` characters past its chunk's end (triggers are short)."""
    size, pos = len(text), 0
    while pos < size:
        cut = _to_space(text, min(size, pos + _CHUNK), 1)
        pace(pos / size)
        for m in pattern.finditer(text, pos, min(size, cut + _REACH)):
            if m.start() >= cut:
                break
            yield m
            pos = m.end()
        pos = max(pos, cut)


def _to_space(text: str, pos: int, step: int) -> int:
    limit = max(0, pos - 40) if step < 0 else min(len(text), pos + 40)
    while pos != limit and not text[pos - (step < 0)].isspace():
        pos += step
    return pos
