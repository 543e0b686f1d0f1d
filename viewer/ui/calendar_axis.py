"""A time axis in calendar units for x = float days since 1970-01-01, BC included.

pyqtgraph's DateAxisItem works in epoch seconds and clamps to years 1-9999, so
ticks are computed here with viewer.core.calendar (proleptic Gregorian, no year 0).
"""

from __future__ import annotations

import math

import pyqtgraph as pg

from viewer.core.calendar import add_months, civil_date, day_number

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONDAY = 4  # 1970-01-05 was a Monday: weekly ticks fall on Mondays

# (unit, count) from finest to coarsest, each with the finer step drawn as minor ticks.
STEPS = [
    (("hour", 1), None), (("hour", 3), ("hour", 1)), (("hour", 6), ("hour", 1)),
    (("hour", 12), ("hour", 3)), (("day", 1), ("hour", 6)), (("day", 2), ("day", 1)),
    (("week", 1), ("day", 1)), (("month", 1), ("day", 1)), (("month", 3), ("month", 1)),
    (("month", 6), ("month", 1)), (("year", 1), ("month", 1)), (("year", 2), ("year", 1)),
    (("year", 5), ("year", 1)), (("year", 10), ("year", 2)), (("year", 20), ("year", 5)),
    (("year", 50), ("year", 10)),
] + [((("year", m * 10**e)), ("year", m * 10**e // (5 if m != 2 else 4)))
     for e in range(2, 9) for m in (1, 2, 5)]

NOMINAL = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.436875, "year": 365.2425}
LABEL_PX = 90  # room one label needs, so labels never collide
MINOR_PX = 6


def year_label(year: int) -> str:
    """Historical year as people write it: 480 BC, 2017."""
    return f"{-year} BC" if year < 0 else str(year)


def day_label(days: int, with_year: bool = True) -> str:
    y, m, d = civil_date(days)
    return f"{d} {MONTHS[m - 1]} {year_label(y)}" if with_year else f"{d} {MONTHS[m - 1]}"


def month_label(days: int) -> str:
    y, m, _ = civil_date(days)
    return f"{MONTHS[m - 1]} {year_label(y)}"


def interval_label(first: int, last: int, precision: str) -> str:
    """What a reader would call the span: '28 Oct 2017', 'Oct 2017', '480 BC', '1930 – 1939'."""
    if precision == "day" and first == last:
        return day_label(first)
    if precision == "month":
        return month_label(first)
    if precision == "year":
        return year_label(civil_date(first)[0])
    if precision in ("decade", "century"):
        return f"{year_label(civil_date(first)[0])} – {year_label(civil_date(last)[0])}"
    if precision == "day":
        return f"{day_label(first)} – {day_label(last)}"
    return f"{month_label(first)} – {month_label(last)}"


def step_days(step: tuple[str, int]) -> float:
    return NOMINAL[step[0]] * step[1]


def choose_steps(span: float, size: float) -> tuple[tuple[str, int], tuple[str, int] | None]:
    """The finest step whose labels fit the axis, and its minor step if ticks stay apart."""
    room = max(2.0, size / LABEL_PX)
    for major, minor in STEPS:
        if span / step_days(major) <= room:
            if minor is not None and span / step_days(minor) > size / MINOR_PX:
                minor = None
            return major, minor
    return STEPS[-1]


def tick_positions(step: tuple[str, int], lo: float, hi: float) -> list[float]:
    """Day numbers of the calendar boundaries of ``step`` inside [lo, hi]."""
    unit, n = step
    if unit in ("hour", "day", "week"):
        size, phase = step_days(step), MONDAY if unit == "week" else 0
        k0, k1 = math.ceil((lo - phase) / size), math.floor((hi - phase) / size)
        return [phase + k * size for k in range(k0, k1 + 1)]
    year, month, _ = civil_date(math.floor(lo))
    if unit == "month":
        year, month = add_months(year, month, -((month - 1) % n))
        out = []
        while (d := day_number(year, month, 1)) <= hi:
            out += [float(d)] if d >= lo else []
            year, month = add_months(year, month, n)
        return out
    last_year = civil_date(math.floor(hi))[0]
    # Historical years: BC ticks fall on round BC numbers (480 BC, 470 BC); there is no year 0.
    years = (y for y in range(year // n * n, last_year + 1, n) if y != 0)
    positions = (float(day_number(y, 1, 1)) for y in years)
    return [d for d in positions if lo <= d <= hi]


class CalendarAxis(pg.AxisItem):
    """Bottom axis labelled with calendar dates; x is days since 1970-01-01."""

    def __init__(self, orientation: str = "bottom", **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)
        self.setStyle(maxTextLevel=0)  # minor ticks carry no text
        self._major: tuple[str, int] = ("day", 1)

    def tickValues(self, minVal: float, maxVal: float, size: float):
        lo, hi = min(minVal, maxVal), max(minVal, maxVal)
        if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo or size <= 0:
            return []
        major, minor = choose_steps(hi - lo, size)
        self._major = major
        levels = [(step_days(major), tick_positions(major, lo, hi))]
        if minor is not None:
            levels.append((step_days(minor), tick_positions(minor, lo, hi)))
        return levels

    def tickStrings(self, values, scale, spacing):
        unit = self._major[0]
        return [self._label(v, unit, k == 0) for k, v in enumerate(values)]

    @staticmethod
    def _label(value: float, unit: str, first: bool) -> str:
        days = math.floor(value + 1e-6)
        if unit == "year":
            return year_label(civil_date(days)[0])
        if unit == "month":
            y, m, _ = civil_date(days)
            return month_label(days) if first or m == 1 else MONTHS[m - 1]
        if unit in ("day", "week"):
            y, m, d = civil_date(days)
            return day_label(days, with_year=first or (m == 1 and d == 1))
        hour = round((value - days) * 24) % 24
        return day_label(days, with_year=first) if hour == 0 or first else f"{hour:02d}:00"
