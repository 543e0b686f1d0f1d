"""Giving each expression its full value from what the narrative last said.

A narrative has no document date: "26 October" takes its year from the last year
mentioned, "the next day" counts from the last day mentioned, and months that go
backwards ("in December 1943 ... in January") roll the year over.

A reading is never changed here: what it takes from the narrative makes a new one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from viewer.core.dates.calendar import add_days, add_months, add_years, easter, iso_week, weekday
from viewer.core.dates.values import SEASON_MONTHS, date_value, year_text
from viewer.core.timex.reading import Reading, altered

# A month without a year takes the year that puts it nearest the narrative's month:
# seven or more months back is nearer forward ("December 1943 ... January" is 1944).
ROLLOVER_MONTHS = 7


@dataclass(slots=True)
class Narrative:
    """The narrative's current date, as precise as the text has made it."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    # The last year the text wrote, even in an aside: what "that year" points back to.
    mentioned: int | None = None
    # "from 3,500 in March to 200,000 by December": the month the span just told began in.
    since: int | None = None
    # The day the story last went to by a date of its own: what "the second day" counts from.
    origin: tuple[int, int, int] | None = None

    def set(self, year: int | None, month: int | None = None, day: int | None = None) -> None:
        self.year, self.month, self.day = year, month, day
        self.mentioned, self.since = year, None
        self.origin = (year, month, day) if year is not None and month is not None and day is not None else None

    def copy(self) -> Narrative:
        """The narrative as it stands now (``dataclasses.replace`` would do, at ten times the cost)."""
        return Narrative(self.year, self.month, self.day, self.mentioned, self.since, self.origin)

    def reached_by(self, before: Narrative) -> None:
        """The text has told a span up to this month from the one it was at before."""
        if before.year == self.year and before.month is not None and self.month is not None:
            self.since = before.since or before.month if before.month < self.month else None


class Resolved(NamedTuple):
    """An expression's value, and its reading with what it took from the narrative (its year,
    the month of 'the 20th')."""

    value: str | None
    reading: Reading


def borrow_from_partner(r: Reading, partner: Reading | None, now: Narrative) -> Reading:
    """'August-September 1950': August takes the year its range partner states.

    'From October to March' crosses a new year: October is the year before March's.
    """
    if partner is None or not r.needs_year:
        return r
    if partner.year is None and r.month and partner.month and r.month > partner.month and not r.day:
        year = _year_from_narrative(partner, now)
        return altered(r, year=None if year is None else add_years(year, -1))
    if partner.year is not None:
        return altered(r, year=partner.year, era_from_context=partner.era_from_context)
    return r


def borrow_from_later(r: Reading, later: Reading) -> Reading:
    """'the summer offensive ... in June 1942': a month or season takes the year of a date its
    sentence goes on to state (``later`` states one); the year before, when it falls later in the
    year ('In December, ... by March 1944' is December 1943)."""
    assert later.year is not None, later
    month = r.month or _SEASON_START.get(r.sub or "")
    behind = later.month is not None and month is not None and month > later.month
    year = add_years(later.year, -1) if behind else later.year
    return altered(r, year=year, era_from_context=later.era_from_context)


def resolve(r: Reading, now: Narrative) -> Resolved:
    """The value of one reading; moves the narrative's date when the text does."""
    if r.literal is not None:
        _period_of_date(r, now)
        return Resolved(r.literal, r)
    if r.offset is not None:
        return _offset_from(altered(r, offset=None), r.offset, now)
    if r.era_from_context and r.year is not None and r.year > 0 and (now.year or 1) < 0:
        r = altered(r, year=-r.year)
    if r.relative:
        return Resolved(_relative(r, now), r)
    if r.decade is not None:
        return Resolved(f"BC{-r.decade:03d}" if r.decade < 0 else f"{r.decade:03d}", r)
    if r.century is not None:
        return Resolved(f"BC{-r.century:02d}" if r.century < 0 else f"{r.century:02d}", r)
    if r.century_from_context and r.year is not None:  # "'99" in a story of 1916 is 1899
        r = altered(r, year=_in_latest_century(r.year, now))
    if r.day is not None and r.month is None and r.year is None:
        if now.month is None:
            return Resolved(f"XXXX-XX-{r.day:02d}", r)
        r = altered(r, month=now.month)  # "on the 20th": a day of the month the narrative is in
    season_alone = r.sub is not None and r.year is None
    if r.direction:
        r = altered(r, year=_year_for_direction(r, now))
    elif r.same_year:
        r = altered(r, year=now.mentioned or now.year)
    elif r.year is None:
        r = altered(r, year=_year_from_narrative(r, now))
    return _absolute(r, now, moves=not season_alone)


def _in_latest_century(two_digits: int, now: Narrative) -> int:
    """The latest year ending in ``two_digits`` that is not after the narrative's year (else 1999)."""
    latest = now.year if now.year and now.year > 0 else 1999
    year = latest // 100 * 100 + two_digits
    return year - 100 if year > latest else year


def _period_of_date(r: Reading, now: Narrative) -> None:
    """'the first ten months of 1915' is a period, but the text has moved to 1915."""
    if r.month is None and r.year is None:
        return
    year = r.year if r.year is not None else _year_from_narrative(r, now)
    if year is not None:
        now.set(year, r.month)


def _year_from_narrative(r: Reading, now: Narrative) -> int | None:
    if now.year is None:
        return None
    if r.sub == "WI" and r.month is None:
        # A winter is named by the year of its January: after an autumn, the coming one.
        return add_years(now.year, 1) if (now.month or 0) >= 9 else now.year
    month = r.month or _SEASON_START.get(r.sub or "")
    if now.since is not None and month is not None and now.since <= month <= (now.month or 12):
        return now.year  # a month inside the span just told: "... by December. In May"
    if now.month is not None and month is not None and now.month - month >= ROLLOVER_MONTHS:
        return add_years(now.year, 1)
    return now.year


# A season's first month (a winter is named by its January, so it counts as January).
_SEASON_START = {season: max(first, 1) for season, (first, _) in SEASON_MONTHS.items()}


def _offset_from(date: Reading, offset: Reading, now: Narrative) -> Resolved:
    """'eight days before the new year': the date, then the step from it."""
    date = resolve(date, now).reading
    return Resolved(resolve(offset, now).value, date)


def _year_for_direction(r: Reading, now: Narrative) -> int | None:
    if now.year is None or r.month is None:
        return now.year
    if now.month is None:
        return add_years(now.year, r.direction)
    if r.direction < 0:
        return now.year if r.month < now.month else add_years(now.year, -1)
    return now.year if r.month > now.month else add_years(now.year, 1)


def _absolute(r: Reading, now: Narrative, moves: bool = True) -> Resolved:
    """The value of a calendar reading; ``moves``: it sets the narrative's date (a season
    without a year, "that winter", only takes the narrative's year)."""
    year = r.year
    if year is None:
        return Resolved(_unknown_year(r), r)
    if r.sub == "EASTER":
        month, day = easter(year)
        r = altered(r, month=month, day=day, sub=None)
    if moves and (year != now.year or r.month is not None or r.sub is not None):
        now.set(year, r.month or _SEASON_START.get(r.sub or ""), r.day)
    value = f"{year_text(year)}-{r.sub}" if r.sub else date_value(year, r.month, r.day)
    return Resolved(value + _time_suffix(r), r)


def _unknown_year(r: Reading) -> str:
    if r.sub == "EASTER":
        return "XXXX-XX-XX"
    if r.sub:
        return f"XXXX-{r.sub}"
    value = "XXXX"
    if r.month is not None:
        value += f"-{r.month:02d}"
        if r.day is not None:
            value += f"-{r.day:02d}"
    return value + _time_suffix(r)


def _time_suffix(r: Reading) -> str:
    if r.clock:
        return f"T{r.clock}"
    return f"T{r.part}" if r.part else ""


def _relative(r: Reading, now: Narrative) -> str:
    unit = r.unit
    if unit in ("ordinal_day", "ordinal_week"):
        return _ordinal(r, now)
    if unit == "day":
        return _relative_day(r, now) + _time_suffix(r)
    if unit == "weekday":
        return _weekday(r, now)
    if unit == "week":
        return _relative_week(r, now)
    if unit == "month":
        return _relative_month(r, now)
    return _relative_year(r, now)


def _relative_day(r: Reading, now: Narrative) -> str:
    if now.year is None:
        return "XXXX-XX-XX"
    # A day without its month ("from the 20th to 1945") cannot be counted from.
    if now.day is None or now.month is None or r.shift is None:
        if r.shift == 0 and now.month is not None:
            return f"{year_text(now.year)}-{now.month:02d}-XX"
        return f"{year_text(now.year)}-XX-XX"
    y, m, d = add_days(now.year, now.month, now.day, r.shift)
    now.set(y, m, d)
    return date_value(y, m, d)


def _ordinal(r: Reading, now: Narrative) -> str:
    """'the second day', 'the third week': counted from the day the story last went to (and
    the story goes on to it, still counting from there); within its month or year otherwise."""
    week = r.unit == "ordinal_week"
    n = r.shift or 1
    origin = now.origin
    if origin is None:
        if now.year is None:
            return "XXXX-WXX" if week else "XXXX-XX-XX"
        if week:
            return f"{year_text(now.year)}-WXX"
        return f"{year_text(now.year)}-{now.month:02d}-XX" if now.month else f"{year_text(now.year)}-XX-XX"
    y, m, d = add_days(*origin, (7 if week else 1) * (n - 1))
    now.year, now.month, now.day, now.mentioned = y, m, d, y
    if week:
        week_year, number = iso_week(y, m, d)
        return f"{year_text(week_year)}-W{number:02d}"
    return date_value(y, m, d)


def _relative_week(r: Reading, now: Narrative) -> str:
    if now.year is None:
        return "XXXX-WXX"
    if now.day is None or now.month is None or r.shift is None:
        return f"{year_text(now.year)}-WXX"
    y, m, d = add_days(now.year, now.month, now.day, 7 * r.shift)
    now.set(y, m, d)
    week_year, week = iso_week(y, m, d)
    return f"{year_text(week_year)}-W{week:02d}"


def _relative_month(r: Reading, now: Narrative) -> str:
    if now.year is None or now.month is None:
        return "XXXX-XX" if now.year is None else f"{year_text(now.year)}-XX"
    if r.shift is None:
        return f"{year_text(now.year)}-XX"
    y, m = add_months(now.year, now.month, r.shift)
    if r.shift and r.moves:
        now.set(y, m)
    return date_value(y, m)


def _relative_year(r: Reading, now: Narrative) -> str:
    if now.year is None:
        return "XXXX" + (f"-{r.sub}" if r.sub else "")
    step = {"year": 1, "decade": 10, "century": 100}.get(r.unit or "year", 1)
    if r.shift is None:
        return year_text(now.year)
    if r.shift == 0 and step == 1 and now.mentioned is not None:
        return year_text(now.mentioned) + (f"-{r.sub}" if r.sub else "")
    y = add_years(now.year, r.shift * step)
    if r.shift > 0 and r.moves:  # "two years earlier" looks back; the narrative stays
        now.set(y)
    if step == 10 and abs(r.shift) > 1:  # "two decades earlier" is as precise as a decade
        return f"BC{-y // 10:03d}" if y < 0 else f"{y // 10:03d}"
    return year_text(y) + (f"-{r.sub}" if r.sub else "")


def _weekday(r: Reading, now: Narrative) -> str:
    if now.year is None or now.month is None or now.day is None:
        return "XXXX-XX-XX"
    assert r.weekday is not None, r  # only the weekday reader gives the unit "weekday", and a weekday
    ahead = (r.weekday - weekday(now.year, now.month, now.day)) % 7
    y, m, d = add_days(now.year, now.month, now.day, ahead)
    now.set(y, m, d)
    return date_value(y, m, d)
