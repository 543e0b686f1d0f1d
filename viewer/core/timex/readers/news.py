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
    """'yesterday', 'late tomorrow', 'yesterday morning', 'last night': a day from the day of writing."""
    shift = 1 if m["w"].lower() == "tomorrow" else -1
    said = m["p"] or m["mid"]  # "yesterday morning", "mid-afternoon yesterday"
    part = lexicon.PARTS_OF_DAY[said.lower().removeprefix("mid").lstrip("-")] if said else None
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
    year, loose = optional_year(m["y"] or m["y0"])  # "the third quarter of 1988", "the 1988 third quarter"
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


def clock_weekday(m: re.Match[str], text: str) -> list[Piece]:
    """'10 p.m. Wednesday', 'noon Thursday', '9 a.m. EST Tuesday': one point in time, the
    weekday's day at that hour (TimeML: 1998-02-11T22:00)."""
    r = Reading(type="TIME", unit="weekday", weekday=lexicon.WEEKDAYS[m["wd"].lower()], clock=_clock(m), deictic=True)
    return [Piece(m.start(), m.end(), r)]


def _clock(m: re.Match[str]) -> str:
    """'10 p.m.' 22:00, 'noon' 12:00, 'midnight' 24:00."""
    word = (m["c"] or "").lower()
    if word in ("noon", "midday"):
        return "12:00"
    if word == "midnight":
        return "24:00"
    hour = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
    return f"{hour:02d}:{m['mi'] or '00'}"


def year_of_writing_length(m: re.Match[str], text: str) -> list[Piece]:
    """'the year ended Sept. 30', 'the fiscal year ending June 30': a year's length (P1Y), the
    date after it saying where it ends; 'the full year': the year of writing."""
    if m["end"] is None:
        return [Piece(m.start(), m.end(), Reading(unit="year", shift=0, deictic=True))] if m["full"] else []
    return [Piece(m.start(), m.end(), Reading(type="DURATION", literal="P1Y"))]


_WORD_NUMBERS = {
    "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}


_NUMBER_BREAK = re.compile(r"[\s-]+")


def _below_hundred(words: str) -> int:
    return sum(_WORD_NUMBERS[w] for w in _NUMBER_BREAK.split(words.lower()) if w)


def spelled_year(m: re.Match[str], text: str) -> list[Piece]:
    """'nineteen ninety-six', 'nineteen oh five', 'the year two thousand', 'two thousand and
    one', 'January nineteen ninety-seven': a year said in words (as a transcript writes it)."""
    if m["c"] is not None:
        year = 1900 + (0 if m["rest"].lower() == "hundred" else _below_hundred(m["rest"]))
    else:
        year = 2000 + (_below_hundred(m["after"]) if m["after"] else 0)
    month = lexicon.month_number(m["m"]) if m["m"] else None
    return [Piece(m.start(), m.end(), Reading(year=year, month=month))]


def holiday_of_writing(m: re.Match[str], text: str) -> list[Piece]:
    """'Thanksgiving (Day)', 'last Thanksgiving', 'Election Day', 'Easter week': the one nearest
    the day of writing, or the last or next one."""
    which = (m["dir"] or "").lower()
    name = m["h"].lower()
    sub = "THANKSGIVING" if name.startswith("thanks") else "EASTER_WEEK" if name.startswith("easter") else "ELECTION"
    r = Reading(unit="holiday", sub=sub, shift=_SHIFTS[which] if which else None, deictic=True)
    return [Piece(m.start(), m.end(), r)]


def month_of_writing(m: re.Match[str], text: str) -> list[Piece]:
    """'last May', 'this September', 'next March': that month before, in or after the year of
    writing."""
    r = Reading(unit="named_month", month=lexicon.month_number(m["m"]), shift=_SHIFTS[m["dir"].lower()],
                deictic=True)
    return [Piece(m.start(), m.end(), r)]


def every_named(m: re.Match[str], text: str) -> list[Piece]:
    """'each Thursday', 'every July': a set of days or months (TimeML: XXXX-WXX-4, XXXX-07)."""
    if m["wd"]:
        literal = f"XXXX-WXX-{lexicon.WEEKDAYS[m['wd'].lower()] + 1}"
    else:
        literal = f"XXXX-{lexicon.month_number(m['m']):02d}"
    return [Piece(m.start(), m.end(), Reading(type="SET", literal=literal))]


def recent_units(m: re.Match[str], text: str) -> list[Piece]:
    """'recent years', 'in recent weeks': some years, some weeks up to the day of writing
    (TimeML: a length, PXY, PXW)."""
    unit = lexicon.UNITS[m["u"].lower().rstrip("s")]
    return [Piece(m.start(), m.end(), Reading(type="DURATION", literal=f"PX{unit}"))]


def clock_date(m: re.Match[str], text: str) -> list[Piece]:
    """'5 p.m. EST, Nov. 6', 'noon on March 3': one point in time, the day at that hour."""
    day = int(m["d"].rstrip("stndrh"))
    r = Reading(type="TIME", month=lexicon.month_number(m["m"]), day=day, clock=_clock(m))
    return [Piece(m.start(), m.end(), r)]


_SINCE = re.compile(r"\bsince\s+(?:the\s+)?\Z", re.IGNORECASE)


def year_end(m: re.Match[str], text: str) -> list[Piece]:
    """'by year-end', 'around year end': the end of the year of writing; 'since year-end' the
    end of the year before."""
    since = _SINCE.search(text, max(0, m.start() - 12), m.start()) is not None
    return [Piece(m.start(), m.end(), Reading(unit="year", shift=-1 if since else 0, month=12, day=31,
                                              deictic=True))]


def decade_of_writing(m: re.Match[str], text: str) -> list[Piece]:
    """'the last decade', 'this decade', 'the next decade': the decade before, of or after the
    one of writing (TimeML: 198 for the 1980s)."""
    shift = {"previous": -1}.get(m["dir"].lower(), _SHIFTS.get(m["dir"].lower(), 0))
    return [Piece(m.start(), m.end(), Reading(unit="decade", shift=shift, deictic=True))]
