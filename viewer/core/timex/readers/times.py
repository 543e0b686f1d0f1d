"""Readers of times of day: '10:30 p.m.', 'the night of April 18', 'that morning'."""

from __future__ import annotations

import re

from viewer.core.timex import lexicon
from viewer.core.timex.pieces import Piece
from viewer.core.timex.readers.dates import day_number
from viewer.core.timex.readers.years import optional_year
from viewer.core.timex.reading import Reading


def part_of_date(m: re.Match[str], text: str) -> list[Piece]:
    """'the morning of 31 January 1965', 'the night of April 18'."""
    month, day = (m["m"], m["d"]) if m["m"] else (m["m2"], m["d2"])
    year, loose = optional_year(m["y"])
    r = Reading(type="TIME", year=year, month=lexicon.month_number(month), day=day_number(day),
                part=lexicon.PARTS_OF_DAY[m["p"].lower()], era_from_context=loose)
    return [Piece(m.start(), m.end(), r)]


def part_relative(m: re.Match[str], text: str) -> list[Piece]:
    """'that morning', 'that night', 'the same evening'."""
    part = lexicon.PARTS_OF_DAY[m["p"].lower()]
    deictic = m[0][:4].lower() == "this"  # "this morning": of the day of writing, when the document has one
    return [Piece(m.start(), m.end(), Reading(type="TIME", unit="day", shift=0, part=part, deictic=deictic))]


def clock(m: re.Match[str], text: str) -> list[Piece]:
    hour = int(m["h"])
    minute = int(m["mi"] or 0)
    ampm = (m["ap"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return []
    return [Piece(m.start(), m.end(), Reading(type="TIME", unit="day", shift=0, clock=f"{hour:02d}:{minute:02d}"))]


def part_of_any_day(m: re.Match[str], text: str) -> list[Piece]:
    """'in daytime', 'a night-time retreat', 'tonight': a part of some day, which day unsaid."""
    word = m[0].lower()
    part = "DT" if word.startswith("day") else "NI"
    # "tonight" is the night of the day of writing, when the document has one.
    return [Piece(m.start(), m.end(), Reading(type="TIME", literal=f"XXXX-XX-XXT{part}", deictic=word == "tonight"))]
