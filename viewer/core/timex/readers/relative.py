"""Readers of expressions told from another date: the narrative's ('the next day', 'two
days later', 'the following April', 'Tuesday') or the writer's ('now', 'formerly')."""

from __future__ import annotations

import re

from viewer.core.timex import lexicon
from viewer.core.timex.guards import quoted
from viewer.core.timex.pieces import Piece
from viewer.core.timex.reading import Reading


def day_before_after(m: re.Match[str], text: str) -> list[Piece]:
    return [Piece(m.start(), m.end(), Reading(unit="day", shift=-1 if m["dir"].lower() == "before" else 1))]


# "(remains) to this day", "present to this day.": the writer's present, not the story's day
# ("referred to this day as the Black Day" is the story's).
_TO_THIS_DAY = re.compile(r"(?<=\bto\s)this\s+day(?!\s+(?:as|of|was|when|in\s+\d))", re.I)


def relative(m: re.Match[str], text: str) -> list[Piece]:
    if _TO_THIS_DAY.match(text, m.start()):
        return [Piece(m.start(), m.end(), Reading(literal="PRESENT_REF"))]
    unit = m["u"].lower().rstrip("s")
    direction = m["dir"].lower() if m["dir"] else "same"
    sign = -1 if direction in ("previous", "preceding", "before", "earlier", "prior", "last") else 1
    shift = 0 if direction in ("same", "that", "this", "later", "earlier", "") else sign
    words = m[0].lower()
    moves = not words.startswith("next")
    # "this week", "earlier this year", "(early) next year": the writer's; "that year", "the next day" the story's.
    deictic = direction == "this" or " this " in words or (direction == "next" and not _ARTICLE.search(words))
    return [Piece(m.start(), m.end(), _relative_reading(unit, shift, moves, deictic))]


_ARTICLE = re.compile(r"\b(?:the|that)\b")


def quoted_day(m: re.Match[str], text: str) -> list[Piece]:
    """'"Today we wait, tomorrow we sail," he said': inside quoted speech, the speaker's day,
    which is the day the story is at (the day of writing, in a document that has one)."""
    if not quoted(text, m.start()):
        return []
    shift = {"today": 0, "tomorrow": 1, "yesterday": -1}[m["w"].lower()]
    part = lexicon.PARTS_OF_DAY[m["p"].lower()] if m["p"] else None
    r = Reading(type="TIME" if part else "DATE", unit="day", shift=shift, part=part, deictic=True)
    return [Piece(m.start(), m.end(), r)]


_SPACES = re.compile(r"\s+")


def ordinal_period(m: re.Match[str], text: str) -> list[Piece]:
    """'the first day', 'the second week': counted within the stretch the story is in (from the
    day it began, when the story is at a day)."""
    n = lexicon.ORDINALS[_SPACES.sub(" ", m["n"].lower())]
    unit = m["u"].lower()
    return [Piece(m.start(), m.end(), Reading(unit="ordinal_" + ("week" if unit == "week" else "day"), shift=n))]


def day_of_event(m: re.Match[str], text: str) -> list[Piece]:
    """'the final day of the battle' is the narrative's day. 'The first day of the war' is the
    war's first, which the narrative has left unless the phrase stands beside that date:
    'On 21 July, the fifth day of the rising'."""
    beside = text[max(0, m.start() - 3):m.start()].rstrip().endswith((",", "-", "\u2013", "\u2014"))
    if m["n"].lower() in ("first", "opening") and not beside:
        return []
    return [Piece(m.start(), m.end(), Reading(unit="day", shift=0))]


def _relative_reading(unit: str, shift: int | None, moves: bool, deictic: bool = False) -> Reading:
    if unit in lexicon.PARTS_OF_DAY and unit != "day":
        return Reading(type="TIME", unit="day", shift=shift, part=lexicon.PARTS_OF_DAY[unit], moves=moves,
                       deictic=deictic)
    if unit in lexicon.SEASONS:
        return Reading(unit="year", shift=shift, sub=lexicon.SEASONS[unit], moves=moves, deictic=deictic)
    return Reading(unit=unit, shift=shift, moves=moves, deictic=deictic)


# "lasted 1,460 years before it fell", "spent three weeks before the walls": how long, not when.
_LASTED = re.compile(
    r"\b(?:lasted|lasting|lasts|spent|spending|spanned|spanning|endured|reigned|ruled)\s+(?:for\s+)?\Z", re.I)


def offset(m: re.Match[str], text: str) -> list[Piece]:
    """'two days later', 'a week earlier', 'days later', 'three years before'."""
    if _LASTED.search(text, max(0, m.start() - 20), m.start()):
        return []
    unit = m["u"].lower().rstrip("s")
    unit = "century" if unit.startswith("centur") else unit
    backward = m["dir"].lower() in ("earlier", "before", "previously", "prior", "ago")
    ago = m["dir"].lower() == "ago"  # "two years ago": from the day of writing
    q = (m["n"] or "").lower()
    n = lexicon.number(q) if q else None
    if n is None or q in lexicon.VAGUE or not float(n).is_integer():
        literal = "PAST_REF" if backward else "FUTURE_REF"
        if (unit in ("day", "week", "hour", "night") and not q) or unit == "week":
            # "days later", "(a few) weeks later": the same stretch of the narrative's
            # year, day or week unknown. A few days, months or years: only "later".
            return [Piece(m.start(), m.end(), Reading(unit=unit, shift=None, deictic=ago))]
        return [Piece(m.start(), m.end(), Reading(literal=literal))]
    if unit in ("hour", "minute", "second"):
        return [Piece(m.start(), m.end(), Reading(type="TIME", unit="day", shift=0, clock="XX"))]
    unit = {"night": "day", "fortnight": "week"}.get(unit, unit)
    n = int(n) * (2 if "fortnight" in m["u"].lower() else 1)
    return [Piece(m.start(), m.end(), Reading(unit=unit, shift=-n if backward else n, deictic=ago))]


def weekday(m: re.Match[str], text: str) -> list[Piece]:
    return [Piece(m.start(), m.end(), Reading(weekday=lexicon.WEEKDAYS[m[0].lower()], unit="weekday", deictic=True))]


def named_month_relative(m: re.Match[str], text: str) -> list[Piece]:
    sign = -1 if m["dir"].lower() in ("previous", "preceding", "last") else 1
    return [Piece(m.start(), m.end(), Reading(month=lexicon.month_number(m["m"]), direction=sign))]


def year_relative(m: re.Match[str], text: str) -> list[Piece]:
    direction = m["dir"].lower()
    shift = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "last": -1}.get(direction, 0)
    r = Reading(unit=m["u"].lower(), shift=shift, moves=False, deictic=True)
    return [Piece(m.start(), m.end(), r)]


def reference(m: re.Match[str], text: str) -> list[Piece]:
    word = m[0].lower()
    if word in ("former", "recent", "recently", "the past", "formerly"):
        literal = "PAST_REF"
    elif "future" in word:
        literal = "FUTURE_REF"
    else:
        literal = "PRESENT_REF"
    # "today" is the day of writing, when the document has one.
    return [Piece(m.start(), m.end(), Reading(literal=literal, deictic=word == "today"))]
