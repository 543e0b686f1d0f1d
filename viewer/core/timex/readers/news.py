"""Readers of expressions that only the day of writing dates: 'yesterday', 'tomorrow night',
'Friday morning', 'the third quarter', 'the year-ago quarter', 'last fall', 'the weekend'.

Their rules are tried only when the document has a date of its own (news): a narrative has
no day of writing to count them from.
"""

from __future__ import annotations

import re

from viewer.core.timex import lexicon
from viewer.core.timex.pieces import Piece
from viewer.core.timex.readers.years import optional_year
from viewer.core.timex.reading import Reading

_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_SHIFTS = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}


def day_of_writing(m: re.Match[str], text: str) -> list[Piece]:
    """'yesterday', 'late tomorrow', 'yesterday morning': a day from the day of writing."""
    shift = -1 if m["w"].lower() == "yesterday" else 1
    part = lexicon.PARTS_OF_DAY[m["p"].lower()] if m["p"] else None
    r = Reading(type="TIME" if part else "DATE", unit="day", shift=shift, part=part, deictic=True)
    return [Piece(m.start(), m.end(), r)]


def weekday_part(m: re.Match[str], text: str) -> list[Piece]:
    """'Friday morning', 'last Tuesday', 'next Monday night'."""
    part = lexicon.PARTS_OF_DAY[m["p"].lower()] if m["p"] else None
    which = (m["dir"] or "").lower()
    r = Reading(type="TIME" if part else "DATE", unit="weekday", weekday=lexicon.WEEKDAYS[m["wd"].lower()],
                part=part, shift=_SHIFTS.get(which, 0), deictic=True)
    return [Piece(m.start(), m.end(), r)]


def quarter(m: re.Match[str], text: str) -> list[Piece]:
    """'the third quarter', 'third-quarter', 'the fiscal first quarter', 'last year's fourth
    quarter': a quarter of the year of writing unless it says its year."""
    n = _QUARTERS[m["n"].lower()]
    own = (m["own"] or "").lower()
    year, loose = optional_year(m["y"])
    if year is None and own:
        return [Piece(m.start(), m.end(), Reading(unit="year", shift=_SHIFTS[own], sub=f"Q{n}", deictic=True))]
    return [Piece(m.start(), m.end(), Reading(sub=f"Q{n}", year=year, era_from_context=loose))]


def quarter_in_focus(m: re.Match[str], text: str) -> list[Piece]:
    """'the quarter', 'the latest quarter', 'the latest period', 'the year-ago quarter',
    'year-earlier': the quarter the report is about (the last one it named, else the last one
    over by the day of writing), or the same quarter a year before."""
    which = (m["dir"] or "").lower()
    if m["q"] and not (m["det"] and (m["q"].lower() == "quarter" or which == "latest")):
        return []  # "a quarter of the votes", "the period"
    year_before = bool(m["ago"] or m["ago2"] or m["ago3"])
    # "the current quarter" is the one of writing; "the quarter", "the latest quarter" the one reported on
    return [Piece(m.start(), m.end(), Reading(unit="quarter", shift=-4 if year_before else 0,
                                              deictic=which == "current"))]


def month_of_year(m: re.Match[str], text: str) -> list[Piece]:
    """'June last year', 'March next year': a month of the year before or after the one of writing."""
    r = Reading(unit="year", shift=_SHIFTS[m["dir"].lower()], month=lexicon.month_number(m["m"]), deictic=True)
    return [Piece(m.start(), m.end(), r)]


def unit_of_writing(m: re.Match[str], text: str) -> list[Piece]:
    """'last fall', 'this summer', 'next spring', 'this quarter', 'the current
    (fiscal) year'."""
    if m["cur"]:
        return [Piece(m.start(), m.end(), Reading(unit=m["cu"].lower(), shift=0, deictic=True))]
    shift = _SHIFTS[m["dir"].lower()]
    word = m["u"].lower()
    if word == "quarter":
        return [Piece(m.start(), m.end(), Reading(unit="quarter", shift=shift, deictic=True))]
    return [Piece(m.start(), m.end(), Reading(unit="year", shift=shift, sub=lexicon.SEASONS[word], deictic=True))]


def weekend(m: re.Match[str], text: str) -> list[Piece]:
    """'the weekend' (the last one when the verb looks back, else the coming one), 'last
    weekend', 'this weekend', 'next weekend'."""
    shift = _SHIFTS[m["dir"].lower()] if m["dir"] else None
    return [Piece(m.start(), m.end(), Reading(unit="weekend", shift=shift, deictic=True))]


def stated_year_quarter(m: re.Match[str], text: str) -> list[Piece]:
    """'the 1988 period', 'the 1988 quarter': the quarter the report is about, of that year."""
    return [Piece(m.start(), m.end(), Reading(unit="quarter", shift=0, year=int(m["y"])))]


def past_unit(m: re.Match[str], text: str) -> list[Piece]:
    """'the past year' is the year before the one of writing; 'the past decade' ten years up to it."""
    unit = m["u"].lower()
    if unit == "year":
        return [Piece(m.start(), m.end(), Reading(unit="year", shift=-1, deictic=True))]
    code = {"decade": "10Y", "month": "1M", "week": "1W", "quarter": "1Q"}[unit]
    return [Piece(m.start(), m.end(), Reading(type="DURATION", literal=f"P{code}"))]


def quarters(m: re.Match[str], text: str) -> list[Piece]:
    """'two quarters', 'the past three quarters', 'several quarters': a length of quarters."""
    q = m["n"].lower()
    n = lexicon.number(q)
    amount = "X" if n is None or q in lexicon.VAGUE else str(int(n))
    return [Piece(m.start(), m.end(), Reading(type="DURATION", literal=f"P{amount}Q"))]
