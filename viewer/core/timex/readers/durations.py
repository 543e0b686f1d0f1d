"""Readers of lengths of time and of what repeats: 'three weeks', 'a 30-day truce',
'the last week of August', 'every year'."""

from __future__ import annotations

import re

from viewer.core.timex import lexicon
from viewer.core.timex.patterns import VAGUE_NUM
from viewer.core.timex.pieces import Piece
from viewer.core.timex.readers.years import optional_year
from viewer.core.timex.reading import Reading


def part_of_period(m: re.Match[str], text: str) -> list[Piece]:
    """'the last week of August' is a week-long period (P1W), as TIMEX2 has it."""
    n = lexicon.number(m["n"]) if m["n"] else 1
    unit = lexicon.UNITS[m["u"].lower().rstrip("s")]
    if n is None:
        return []
    month = lexicon.month_number(m["pm"]) if m["pm"] else None
    year, loose = optional_year(m["py"] or m["py2"])
    literal = _period(n, unit, m["u"].lower())
    r = Reading(type="DURATION", literal=literal, month=month, year=year, era_from_context=loose)
    return [Piece(m.start(), m.end(), r)]


def recurrence(m: re.Match[str], text: str) -> list[Piece]:
    word = m[0].lower()
    unit = m["e"] or m["c"] or m["p"] or {"daily": "day", "weekly": "week", "monthly": "month"}.get(word, "year")
    unit = unit.lower()
    if m["p"]:
        return [Piece(m.start(), m.end(), Reading(type="SET", literal=f"P1{lexicon.UNITS[unit]}"))]
    literal = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}[unit]
    return [Piece(m.start(), m.end(), Reading(type="SET", literal=literal))]


_VAGUE_NUM = re.compile(VAGUE_NUM)


def duration(m: re.Match[str], text: str) -> list[Piece]:
    q = m["n"].lower()
    unit_word = m["u"].lower()
    if unit_word == "second" and q in ("a", "an", "one"):
        return []  # "a second attack"
    unit = lexicon.UNITS[unit_word.rstrip("s") if not unit_word.startswith("centur") else "century"]
    n = None if _VAGUE_NUM.fullmatch(q) else lexicon.number(q)
    if unit_word.startswith("fortnight") and n is not None:
        unit, n = "W", n * 2
    if m["half"] and n is not None:  # "a year and a half"
        n += 0.5
    return [Piece(m.start(), m.end(), Reading(type="DURATION", literal=_period(n, unit, unit_word)))]


def _period(n: float | None, unit: str, word: str) -> str:
    amount = "X" if n is None else (str(int(n)) if float(n).is_integer() else str(n))
    time_unit = word.startswith(("hour", "minute", "second"))
    return f"PT{amount}{unit}" if time_unit else f"P{amount}{unit}"


def bare_units(m: re.Match[str], text: str) -> list[Piece]:
    unit = lexicon.UNITS[m["u"].lower().rstrip("s")]
    time_unit = m["u"].lower().startswith("hour")
    return [Piece(m.start("u"), m.end(), Reading(type="DURATION", literal=f"PTX{unit}" if time_unit else f"PX{unit}"))]


def hyphen_duration(m: re.Match[str], text: str) -> list[Piece]:
    n = lexicon.number(m["n"])
    if n is None:
        return []
    unit = lexicon.UNITS[m["u"].lower()]
    return [Piece(m.start(), m.end(), Reading(type="DURATION", literal=_period(n, unit, m["u"].lower())))]


def unit_long(m: re.Match[str], text: str) -> list[Piece]:
    """'a year-long trial' lasts a year; 'a months-long trek' some months."""
    unit = m["u"].lower()
    literal = _period(None if m["pl"] else 1, lexicon.UNITS[unit], unit)
    return [Piece(m.start(), m.end(), Reading(type="DURATION", literal=literal))]


def following_units(m: re.Match[str], text: str) -> list[Piece]:
    """'the following days', 'the coming years': some days or years, how many unsaid."""
    unit = m["u"].lower().rstrip("s")
    return [Piece(m.start(), m.end(), Reading(type="DURATION", literal=_period(None, lexicon.UNITS[unit], unit)))]
