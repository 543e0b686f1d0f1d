"""Finding the temporal expressions of a text and giving each its value."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from viewer.core.timex.anchoring import Narrative, borrow_from_later, borrow_from_partner, resolve
from viewer.core.timex.event_anchors import (
    date_near,
    event_phrase,
    event_position,
    month_named,
    told_in,
    names_the_current_event,
)
from viewer.core.timex.reading import Reading
from viewer.core.timex.patterns import ERA_BC, TRIGGERS
from viewer.core.timex.rules import Piece, priority, rules
from viewer.core.dates.values import date_parts, date_value

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


_SPEAKS_BC = re.compile(rf"\d\s?{ERA_BC}")


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_TRIGGERS = {name: re.compile(pattern) for name, pattern in TRIGGERS.items()}
# Text scanned before and after a trigger: more than any expression reaches from it
# ("early in the morning of Thursday, " before a day; ", 2017" after a month).
WINDOW_BEFORE, WINDOW_AFTER = 50, 30


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


def _speaks_bc(text: str, step: int = 1 << 18) -> bool:
    """Does the text write years BC? Searched in slices, so a thread reading a large
    document lets the window's thread run between them."""
    return any(_SPEAKS_BC.search(text, max(0, i - 16), i + step) for i in range(0, len(text), step))


def _candidates(text: str, progress: Callable[[float], None] | None = None) -> list[_Candidate]:
    """Every rule's matches, each rule scanning only the text around its triggers;
    ``progress`` is told the share of the rules done after each one."""
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
                    found.append(_Candidate(m.start(), m.end(), rank[rule.name], rule.name, pieces))
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


def find_timexes(text: str, progress: Callable[[float], None] | None = None) -> list[Timex]:
    """Every temporal expression in reading order, anchored on the narrative.

    ``progress`` is told the share of the search done (0.0 to 1.0) as it goes, about forty
    times; it may raise to stop the search. Anchoring what was found takes a few percent more.
    """
    pieces: list[tuple[int, int, Reading, str]] = []
    for c in _leftmost_longest(_candidates(text, progress)):
        pieces.extend((s, e, r, c.rule) for s, e, r in c.pieces)
    pieces = _events_attached(text, _offsets_joined(text, pieces))
    now = Narrative()
    out = []
    told_at: list[int] = []
    told: list[str] = []
    said = _Said()
    apposed = False  # the last expression was an event offset set beside a date
    upcoming = _next_stated_years([p[2] for p in pieces])
    for i, (start, end, reading, rule) in enumerate(pieces):
        if reading.era_from_context and reading.year is not None and (now.year or 1) > 0 and reading.year < 1000:
            continue  # a bare "250" is a year only in a narrative set before Christ
        stated = _stated_year(reading)
        borrow_from_partner(reading, _range_partner(text, pieces, i), now)
        _year_named_after(text, pieces, i)
        before = replace(now)
        yearless = reading.needs_year
        if reading.event and _FOR.search(text, max(0, start - 4), start):
            value = _stretch(reading)  # "For about a year after the offensive stalled": how long
        elif reading.event and out and _apposed(text, out[-1], start, apposed) and date_parts(out[-1].value):
            value = out[-1].value  # "On 27 June, two days after the invasion, ...": the same day
            apposed = True
        else:
            apposed = False
            if reading.event:
                _move_to_event(text, start, reading, told_at, told, said, now, pieces[i + 1:i + 1 + LOOKAHEAD_PIECES])
            value = _clock_on_date(text, pieces, i, now) or resolve(reading, now)
        if (_digression(stated, before.year, upcoming[i]) and not _sets_the_scene(text, start, reading, before.year)
                and not _continued(text, pieces, i)):
            now.set(before.year, before.month, before.day)
        elif yearless and reading.month is not None and _BY.search(text, max(0, start - 4), start):
            now.reached_by(before)
        if stated is not None:
            now.mentioned = reading.year
        if (date_parts(value) or (None, None, None))[2] is not None:
            told_at.append(start)
            told.append(value)
        said.note(start, now)
        start, end = _trimmed(text, start, end)
        out.append(Timex(start, end, text[start:end], _type_of(reading, value), value, rule))
    return out


def _events_attached(text: str, pieces: list) -> list:
    """'two days after the invasion': the offset reaches over the event it counts from."""
    out = []
    skip = False
    for i, (start, end, reading, rule) in enumerate(pieces):
        if skip:
            skip = False
            continue
        if reading.relative and reading.shift and _BEFORE_AFTER.search(text, start, end):
            found = _month_named_event(text, end, pieces, i)
            skip = found is not None
            found = found or event_phrase(text, end, _limit(text, pieces, i + 1))
            if found:
                reading.event, end = found
        out.append((start, end, reading, rule))
    return out


def _limit(text: str, pieces: list, i: int) -> int:
    """Where the piece ``i`` really starts (a piece may begin with the space before it)."""
    return _trimmed(text, pieces[i][0], pieces[i][1])[0] if i < len(pieces) else len(text)


_DETERMINER = re.compile(r"\s+the\s+$", re.I)


def _month_named_event(text: str, end: int, pieces: list, i: int) -> tuple[str, int] | None:
    """'three months before the October intervention': the month belongs to the event's name."""
    if i + 1 >= len(pieces) or not _DETERMINER.match(text, end, _limit(text, pieces, i + 1)):
        return None
    month = pieces[i + 1][2]
    if month.month is None or month.day is not None or month.relative or month.literal is not None:
        return None
    found = event_phrase(text, end, _limit(text, pieces, i + 2))
    return found if found and month_named(found[0]) else None


# "At 5:34 AM Baghdad time on 20 March 2003": what lies between a clock time and its date.
_CLOCK_TO_DATE = re.compile(r"(?:\s+(?:\w+\s+time|[A-Z]{2,5}))?\s*,?\s*(?:on\s+(?:the\s+)?)?")


def _clock_on_date(text: str, pieces: list, i: int, now: Narrative) -> str | None:
    """A clock time followed by its date takes that date, not the narrative's."""
    reading, end = pieces[i][2], pieces[i][1]
    if reading.clock is None or i + 1 >= len(pieces) or pieces[i + 1][0] - end > 30:
        return None
    following = pieces[i + 1][2]
    if following.day is None or following.relative or following.offset or following.event:
        return None
    if not _CLOCK_TO_DATE.fullmatch(text, end, pieces[i + 1][0]):
        return None
    parts = date_parts(resolve(replace(following), replace(now)))
    if not parts or parts[2] is None:
        return None
    return f"{date_value(*parts)}T{reading.clock}"


@dataclass(slots=True)
class _Said:
    """Where the narrative stood after each expression, as precise as it was: the date an
    undated mention of an event carries ('A year after Marathon' when Marathon was told
    only in a year BC)."""

    at: list[int] = field(default_factory=list)
    values: list[str] = field(default_factory=list)

    def note(self, start: int, now: Narrative) -> None:
        if now.year is not None:
            self.at.append(start)
            self.values.append(date_value(now.year, now.month, now.day))


# An offset counted in these units needs the event's year (or month) only, not its day.
_COARSE_UNITS = {"month": 1, "year": 0, "decade": 0, "century": 0}


def _move_to_event(text: str, start: int, reading: Reading, told_at: list[int], told: list[str],
                   said: _Said, now: Narrative, following: list) -> None:
    """Put the narrative on the date of the event named, when the text told it."""
    phrase = reading.event
    if now.day is not None and names_the_current_event(phrase):
        return
    where = event_position(text, start, phrase, told_at)
    value = date_near(where, told_at, told) if where else _told_later(text, start, phrase, following, now)
    coarse = reading.unit in _COARSE_UNITS
    if value is None and where and coarse:
        value = date_near(where, said.at, said.values)  # the event's mention carries the date
    parts = date_parts(value)
    if parts and coarse and (parts[1] is None and _COARSE_UNITS[reading.unit]):
        parts = None  # 'a month after' a mention dated only by its year: no better than now
    named = month_named(phrase)
    if named and (parts is None or parts[1] != named[0]):
        # 'the October intervention': the name dates it, not a mention of another month
        parts = _named_month(named, now) if coarse else None
    if parts:
        now.set(*parts)


# How many expressions ahead an event not told before is looked for (within its paragraph).
LOOKAHEAD_PIECES = 12


def _told_later(text: str, start: int, phrase: str, following: list, now: Narrative) -> str | None:
    """'Two days after the fall of Kars the army retreated. Kars had fallen on 5 May.': an event
    the text has not told before, dated further on in the same paragraph."""
    paragraph_end = text.find("\n", start)
    for pos, _, r, _ in following:
        if 0 <= paragraph_end < pos:
            return None
        year = r.year if r.year is not None else now.year
        dated = r.day is not None and r.month is not None and not (r.relative or r.offset or r.event or r.literal)
        if dated and year is not None and told_in(text, pos, phrase):
            return date_value(year, r.month, r.day)
    return None


def _named_month(named: tuple[int, int | None], now: Narrative) -> tuple[int, int | None, None] | None:
    """The October an event's name means: the year it states, else the one nearest the narrative."""
    month, year = named
    parts = date_parts(resolve(Reading(month=month, year=year), replace(now)))
    return (parts[0], month, None) if parts else None


_FOR = re.compile(r"\bfor\s+$", re.I)
_UNIT_CODES = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE"}


def _stretch(reading: Reading) -> str:
    return f"P{abs(reading.shift)}{_UNIT_CODES[reading.unit]}"


_APPOSITION = re.compile(r"\s*(?:,|-|\u2013|\u2014|\s-\s)\s*$")
_AND = re.compile(r"\s*,?\s*and\s+$")


def _apposed(text: str, last: Timex, start: int, last_apposed: bool) -> bool:
    """Is an event offset set beside the date just told: 'On 27 June, two days after the
    invasion' or, after such an offset, '... and three months before the armistice'?"""
    return bool(_APPOSITION.match(text, last.end, start) or (last_apposed and _AND.match(text, last.end, start)))
_BEFORE_AFTER = re.compile(r"(?:before|after)$", re.I)


def _offsets_joined(text: str, pieces: list) -> list:
    """'two days after 3 May' is one expression, counted from 3 May, not from the narrative."""
    out: list = []
    for piece in pieces:
        if out and _counts_from(text, out[-1], piece):
            start, _, offset, rule = out.pop()
            piece[2].offset = offset
            piece = (start, piece[1], piece[2], rule)
        out.append(piece)
    return out


def _counts_from(text: str, first: tuple, second: tuple) -> bool:
    offset, date = first[2], second[2]
    adjacent = text[first[1]:second[0]].strip() == ""
    return (adjacent and offset.relative and offset.shift and not date.relative and date.literal is None
            and _BEFORE_AFTER.search(text, first[0], first[1]) is not None)


def _stated_year(r: Reading) -> int | None:
    return None if r.era_from_context or r.relative else r.year


def _next_stated_years(readings: list[Reading]) -> list[int | None]:
    """For each reading, the next year the text states after it (None at the end)."""
    out: list[int | None] = [None] * len(readings)
    following = None
    for i in range(len(readings) - 1, -1, -1):
        out[i] = following
        following = _stated_year(readings[i]) or following
    return out


_SENTENCE_OPENING = re.compile(r"(?:^|[.!?\n][\"')\]]?\s+)(?:\[[^\]]{1,20}\]\s*)?(?:[A-Za-z]+\s+){0,3}$")


def _opens_sentence(text: str, start: int) -> bool:
    """'On 28 September 1775, ...' sets the scene; it is never an aside."""
    return _SENTENCE_OPENING.search(text, max(0, start - 60), start) is not None


_PARAGRAPH_OPENING = re.compile(r"\n[^\S\n]*\n[^\S\n]*[^.!?\n]*$")
# A paragraph may step back a year or two ("In the south, in June 1942, ..."); further is an aside.
SCENE_YEARS = 2


def _sets_the_scene(text: str, start: int, reading: Reading, current: int) -> bool:
    """A full date opening a sentence, or a year near the narrative's in a paragraph's first
    sentence, is where the text now is, even if the next year it states is elsewhere."""
    if reading.day and _opens_sentence(text, start):
        return True
    near = abs(reading.year - current) <= SCENE_YEARS
    return near and _PARAGRAPH_OPENING.search(text, max(0, start - 300), start) is not None


# How near the next expression must be to go on from an aside's date ("in April 1915, ... on May 23").
CONTINUED_CHARS = 150


def _continued(text: str, pieces: list, i: int) -> bool:
    """The text goes on from a date at once with a day or month that needs its year: the date
    was not an aside."""
    if i + 1 >= len(pieces) or pieces[i][2].month is None:
        return False
    end, start, nxt = pieces[i][1], pieces[i + 1][0], pieces[i + 1][2]
    if _OTHER_TIME.search(text, max(0, pieces[i][0] - 12), pieces[i][0]):
        return False  # "surpassing the May 2007 high": a name, not a date the text tells
    return nxt.needs_year and nxt.month is not None and start - end <= CONTINUED_CHARS and "\n" not in text[end:start]


_BY = re.compile(r"\bby\s+\Z", re.I)


def _digression(year: int | None, current: int | None, following: int | None) -> bool:
    """A year far from the narrative's, which the text leaves again at once.

    "In 1964 ... (a study in 2005 found ...) ... On 4 August" keeps 1964: the 2005 is
    an aside, because the next year stated is closer to 1964 than to 2005.
    """
    if year is None or current is None or following is None or year == current:
        return False
    return abs(following - current) < abs(following - year)


# How far ahead, in the same sentence, a month or season looks for the year it belongs to.
NAMED_AFTER_CHARS = 80
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
# "surpassing the May 2007 high", "since the 2003 invasion": a year that names something else.
_OTHER_TIME = re.compile(r"\b(?:the|since|until|before|after)\s+\Z", re.I)


def _year_named_after(text: str, pieces: list, i: int) -> None:
    """'the summer offensive ... in June 1942', 'Spring Offensive of 1918': a month or season
    without a year takes the year its own sentence goes on to state, not the narrative's."""
    reading, end = pieces[i][2], pieces[i][1]
    if not reading.needs_year or reading.day is not None or i + 1 >= len(pieces):
        return
    start, _, following, _ = pieces[i + 1]
    if _stated_year(following) is None or start - end > NAMED_AFTER_CHARS or _SENTENCE_END.search(text, end, start):
        return
    if not _OTHER_TIME.search(text, max(end, start - 12), start):
        borrow_from_later(reading, following)


def _range_partner(text: str, pieces: list, i: int) -> Reading | None:
    if i + 1 >= len(pieces):
        return None
    end, nxt = pieces[i][1], pieces[i + 1]
    return nxt[2] if _CONNECTOR.match(text[end:nxt[0]]) else None


def connected(text: str, first: Timex, second: Timex) -> bool:
    """Do two expressions form a range ('3 to 9 May', '1915-17')?"""
    return _CONNECTOR.match(text[first.end:second.start]) is not None


def _type_of(reading: Reading, value: str | None) -> str:
    if value and value.endswith("_REF"):  # PRESENT_REF, PAST_REF: a date, not a period
        return reading.type if reading.type != "TIME" else "DATE"
    if value and value.startswith("P"):
        return "DURATION"
    if value and "T" in value:
        return "TIME"
    return reading.type if reading.type != "TIME" else "DATE"
