"""Expressions told from the day the document was written: 'yesterday', 'last week',
'Tuesday', 'two years ago', 'this morning', 'the third quarter', and the year of a month or
day that states none.

A news story has a date of writing. Its deictic expressions count from that day, whatever
year the story mentions, and its verb says which way a weekday or a month lies: "said on
Tuesday" is the Tuesday before, "will meet on Tuesday" the one after. The values follow
TimeML (as TimeBank has them): weeks as 1998-W02, quarters as 1998-Q1, "tonight" as
1998-01-08TNI, "now" PRESENT_REF. "The next day" and "that year" are the story's, as in a
narrative (``anchoring``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.core.dates.calendar import add_days, add_months, add_years, day_number, easter, iso_week, weekday
from viewer.core.dates.values import SEASON_MONTHS, date_value, year_text
from viewer.core.timex.reading import Reading, altered

Day = tuple[int, int, int]

# The verb that says which way a weekday or a month lies from the day of writing: the
# nearest one before the expression in its clause, else the first one after it. Words that
# look ahead come first ("planned" and "scheduled" end in -ed but look ahead); a future in the
# past ("had been due to expire Friday") looks back.
_VERB = re.compile(
    r"\b(?:(?P<future>will|won't|shall|going\s+to|plans?\s+to|planned|plans|scheduled|expects?\s+to|expected\s+to"
    r"|is\s+to|are\s+to|set\s+to|planning\s+to|until|as\s+(?:soon|early)\s+as|upcoming|would|could|might|due|later|next)"
    r"|(?P<past>had\s+been\s+(?:due|scheduled|set|expected|planned)|said|says|was|were|had|did|ago|last|earlier|spent|met|went|came|took|made|began|fell|rose|told"
    r"|left|held|won|lost|sent|got|saw|gave|found|ran|broke|struck|became|brought|bought|sold|paid"
    r"|(?-i:[a-z]{2,}(?<!nee|dee|cee)ed)))\b|(?P<will>'ll)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;:!?\n]\s")
_LEFT, _RIGHT = 70, 40
# A news story's months without a year lie up to seven months before the one of writing or
# up to four after it (so measured on TimeBank).
_AHEAD = 4  # how far the verb of an expression's clause is looked for


def tense(text: str, start: int, end: int) -> int:
    """-1 when the expression's clause looks back (past tense), +1 ahead, 0 when it does not say."""
    left = text[max(0, start - _LEFT):start]
    cut = 0
    for stop in _CLAUSE_END.finditer(left):
        cut = stop.end()
    verdict = 0
    for verb in _VERB.finditer(left, cut):
        verdict = -1 if verb["past"] else 1
    if verdict:
        return verdict
    right = text[end:end + _RIGHT]
    stop_right = _CLAUSE_END.search(right)
    after = _VERB.search(right, 0, stop_right.start() if stop_right else len(right))
    return 0 if after is None else -1 if after["past"] else 1


_AGE = re.compile(r"-old\b|\s+old\b")


# "A few days later", "just months ago", "several months before he entered": some days, some
# months (TimeML: a length, PXD, PXM).
_VAGUE_COUNT = re.compile(
    r"(?:(?:just|only)\s+)?(?:(?:a\s+few|few|several|some|many|a\s+couple\s+of)\s+)?"
    r"(?P<u>hours|days|weeks|months|years)\s+(?:later|earlier|ago|before|after)", re.IGNORECASE)


def vague_length(words: str) -> str | None:
    """The length an offset by some days, weeks or years says ('a few days later' PXD), or None."""
    m = _VAGUE_COUNT.fullmatch(words)
    if m is None:
        return None
    unit = m["u"].lower()
    return "PTXH" if unit == "hours" else f"PX{unit[0].upper()}"


# Words that say "on this occasion" or "meanwhile" rather than when: "this time she's the
# boss", "at the same time, we want to help".
_OCCASION = ("this time", "at this time", "the same time", "the time being")
# "future earnings", "future restructuring": the adjective, like "former", names no time.
_BEFORE_NOUN = re.compile(r"\s+(?!(?:of|in|is|was|for|and|or|as|to|with|that|which|we|they|he|she|it)\b)[a-z]")
# "Jan Kavan": a first name, not January.
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


_ENDED = re.compile(r"\b(?:ended|closed)\s+\Z", re.IGNORECASE)


def period_ended(text: str, start: int) -> bool:
    """'the year ended March 31', 'the quarter ended Sept. 30': the end of a period a report
    is about, which lies before the day of writing."""
    return _ENDED.search(text, max(0, start - 10), start) is not None


def untagged(text: str, start: int, end: int) -> bool:
    """What TimeML does not take for a temporal expression though a narrative reading does:
    an age ('a 6-year-old', '52 years old'), 'former', and an occasion ('this time', 'at the
    same time')."""
    words = " ".join(text[start:end].lower().split())
    return (words in ("former", "formerly") or words in _OCCASION or words.endswith((" old", " of age"))
            or _AGE.match(text, end) is not None or (words == "future" and _BEFORE_NOUN.match(text, end) is not None
                                                      and not text.endswith("'s ", 0, start))
            or (text[start:end] == "Jan" and _NAME_AFTER.match(text, end) is not None))


_BEFORE_AFTER = re.compile(r"\s+(?:after|before|later|earlier)\b", re.IGNORECASE)


def length_end(text: str, start: int, end: int) -> int:
    """Where 'four days' ends in 'four days after the vote', 'three days later' (``end`` when it
    has no such word)."""
    m = _BEFORE_AFTER.search(text, start, end)
    return m.start() if m else end


def _quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def _quarter_value(year: int, quarter: int, shift: int) -> str:
    index = year * 4 + quarter - 1 + shift
    return f"{year_text(index // 4)}-Q{index % 4 + 1}"


@dataclass(slots=True)
class Writing:
    """The day of writing, and the quarter a report is about (the last one it named)."""

    day: Day
    quarter: tuple[int, int] | None = None

    def note(self, r: Reading, value: str | None) -> None:
        """A value just given: a quarter it names is now the one the report is about (not the
        quarter a year before it)."""
        if value and len(value) == 7 and value[4:6] == "-Q" and value[:4].isdigit() and not r.shift:
            self.quarter = (int(value[:4]), int(value[6]))

    def value(self, r: Reading, tense: int, counted: bool = False) -> tuple[str, Day | None] | None:
        """The value of an expression told from the day of writing, and the day it names when
        it names one; None for every other expression. ``counted``: an offset ('a year
        earlier'), which in a report on a quarter is that quarter a year before."""
        if r.unit == "quarter":
            return self._quarter(r), None
        if r.event is not None and r.shift and r.unit in _UNIT_CODES:  # "four days after the vote": TimeML's length
            return f"P{abs(r.shift)}{_UNIT_CODES[r.unit]}", None
        if counted and self.quarter and r.unit == "year" and r.shift == -1:
            return _quarter_value(*self.quarter, -4), None
        if counted and not r.deictic and r.shift and r.unit in ("day", "week"):  # "three days later": TimeML's length
            return f"P{abs(r.shift)}{_UNIT_CODES[r.unit]}", None
        if r.type == "SET" and r.literal in _EVERY:  # "daily": TimeML says P1D
            return _EVERY[r.literal], None
        if not r.deictic:
            return None
        y, m, d = self.day
        if r.literal is not None:  # "today", "tonight"
            if r.literal == "PRESENT_REF":
                return date_value(y, m, d), self.day
            return date_value(y, m, d) + r.literal[len("XXXX-XX-XX"):], self.day
        unit = r.unit
        if unit == "named_month":
            return self._named_month(r), None
        if unit == "holiday":
            day = self._holiday(r)
            if r.sub == "EASTER_WEEK":  # the week that ends on Easter Sunday
                wy, week = iso_week(*day)
                return f"{year_text(wy)}-W{week:02d}", None
            return date_value(*day), day
        if unit == "weekday":
            day = self._weekday(r, tense)
            return date_value(*day) + _part(r), day
        if unit == "weekend":
            return self._weekend(r.shift, tense), None
        if r.shift is None:  # "weeks ago"
            return "PAST_REF", None
        if unit == "day":
            day = add_days(y, m, d, r.shift)
            return date_value(*day) + _part(r), day
        if unit == "week":
            wy, week = iso_week(*add_days(y, m, d, 7 * r.shift))
            return f"{year_text(wy)}-W{week:02d}", None
        if unit == "month":
            return date_value(*add_months(y, m, r.shift)), None
        if unit == "century":
            return f"{add_years(y, 100 * r.shift) // 100:02d}", None
        if unit == "decade" and r.shift is not None and abs(r.shift) <= 1:  # "this decade", "the last decade"
            return f"{add_years(y, 10 * r.shift) // 10:03d}", None
        step = 10 if unit == "decade" else 1
        year = add_years(y, r.shift * step)
        if r.month is not None:  # "June last year", "year-end" (December 31)
            return date_value(year, r.month, r.day), None
        return year_text(year) + (f"-{r.sub}" if r.sub else ""), None

    def year_for(self, r: Reading, tense: int) -> int:
        """The year of a month, day, season or quarter that states none: for a quarter or half
        the latest one begun by the day of writing ('the fourth quarter' in January is last
        year's); else the one the verb points to from the day of writing, or the nearest."""
        y, m, d = self.day
        if r.sub is not None and r.sub.startswith(("Q", "H")):  # the latest such quarter begun by the day of writing
            first = (int(r.sub[1]) - 1) * (3 if r.sub[0] == "Q" else 6) + 1
            return y if first <= m else add_years(y, -1)
        month = r.month or max(1, SEASON_MONTHS.get(r.sub or "", (m, m))[0])
        here, there = (m, d), (month, r.day if r.day is not None else (1 if tense > 0 else 31))
        if r.day is None and month == m:
            return y
        if tense < 0:
            return y if there <= here else add_years(y, -1)
        if tense > 0:
            return y if there >= here else add_years(y, 1)
        if month - m > _AHEAD:
            return add_years(y, -1)
        if m - month >= 12 - _AHEAD:
            return add_years(y, 1)
        return y

    def dated(self, r: Reading, tense: int) -> Reading:
        """``r`` with the year ``year_for`` gives it."""
        return altered(r, year=self.year_for(r, tense))

    def _weekday(self, r: Reading, tense: int) -> Day:
        y, m, d = self.day
        assert r.weekday is not None, r
        shift = r.shift or 0
        if shift < 0 or (shift == 0 and tense <= 0):  # "said Tuesday", "last Tuesday": the one before
            back = (weekday(y, m, d) - r.weekday) % 7
            return add_days(y, m, d, -(back or (7 if shift < 0 else 0)))
        ahead = (r.weekday - weekday(y, m, d)) % 7
        return add_days(y, m, d, ahead or (7 if shift > 0 else 0))

    def _named_month(self, r: Reading) -> str:
        """'last May': the May before the month just gone (which would be 'last month'); 'this
        May': of the year of writing; 'next May': the first one after the month of writing."""
        y, m, _ = self.day
        assert r.month is not None, r
        shift = r.shift or 0
        if shift < 0:
            year = add_years(y, -1) if r.month >= m - 1 else y
        elif shift > 0:
            year = y if r.month > m else add_years(y, 1)
        else:
            year = y
        return date_value(year, r.month)

    def _holiday(self, r: Reading) -> Day:
        """'Thanksgiving': the one nearest the day of writing; 'last' / 'next Thanksgiving'."""
        y, m, d = self.day
        days = [_HOLIDAYS[r.sub or ""](year) for year in (add_years(y, -1), y, add_years(y, 1))]
        if r.shift is not None and r.shift < 0:
            return max(day for day in days if day < self.day)
        if r.shift is not None and r.shift > 0:
            return min(day for day in days if day > self.day)
        return min(days, key=lambda day: abs(day_number(*day) - day_number(y, m, d)))

    def _weekend(self, shift: int | None, tense: int) -> str:
        """'the weekend': the last one when the verb looks back, else the coming one (or the one
        under way); 'last weekend', 'this weekend', 'next weekend'."""
        y, m, d = self.day
        today = weekday(y, m, d)
        if shift is None:
            shift = -1 if tense < 0 else 0
        if shift < 0:
            saturday = add_days(y, m, d, -((today - 5) % 7))
        else:
            saturday = add_days(y, m, d, (5 - today) % 7 - (1 if today == 6 else 0) * 7 + 7 * shift)
        wy, week = iso_week(*saturday)
        return f"{year_text(wy)}-W{week:02d}-WE"

    def _quarter(self, r: Reading) -> str:
        y, m, _ = self.day
        if r.deictic:  # "last quarter", "this quarter": from the quarter of writing
            return _quarter_value(y, _quarter_of(m), r.shift or 0)
        if self.quarter is not None:
            year, quarter = self.quarter
        else:  # the last quarter over by the day of writing
            year, index = divmod(y * 4 + _quarter_of(m) - 2, 4)
            quarter = index + 1
        if r.year is not None:  # "the 1988 quarter": the quarter in focus, of that year
            year = r.year
        return _quarter_value(year, quarter, r.shift or 0)


_UNIT_CODES = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE"}
_EVERY = {"XXXX-XX-XX": "P1D", "XXXX-WXX": "P1W", "XXXX-XX": "P1M", "XXXX": "P1Y"}


def _part(r: Reading) -> str:
    if r.clock:
        return f"T{r.clock}"
    return f"T{r.part}" if r.part else ""


def _thanksgiving(year: int) -> Day:
    """The fourth Thursday of November."""
    first = weekday(year, 11, 1)
    return year, 11, 1 + (3 - first) % 7 + 21


def _election_day(year: int) -> Day:
    """The Tuesday after the first Monday of November (the United States' election day)."""
    first = weekday(year, 11, 1)
    return year, 11, 1 + (0 - first) % 7 + 1


def _easter(year: int) -> Day:
    return (year, *easter(year))


_HOLIDAYS = {"THANKSGIVING": _thanksgiving, "ELECTION": _election_day, "EASTER_WEEK": _easter}
_DECADES = re.compile(r"P(\d+)DE")
_HALF_LENGTH = re.compile(r"P(T?)(\d+)\.5([YDHMW])")
# What half a unit is in the unit below, as TimeML writes it.
_HALVES = {("", "Y"): "6M", ("", "D"): "T12H", ("T", "H"): "30M", ("T", "M"): "30S"}


def timeml_length(value: str | None) -> str | None:
    """A length as TimeML writes it: a half in the unit below ('two and a half years' P2Y6M,
    'a minute and a half' PT1M30S, '5 1/2 hours' PT5H30M), decades in years ('two decades'
    P20Y)."""
    decades = _DECADES.fullmatch(value or "")
    if decades is not None:  # "two decades": P20Y
        return f"P{int(decades[1]) * 10}Y"
    m = _HALF_LENGTH.fullmatch(value or "")
    if m is None or (m[1], m[3]) not in _HALVES:
        return value
    return f"P{m[1]}{m[2]}{m[3]}{_HALVES[m[1], m[3]]}"
