"""Proleptic Gregorian calendar arithmetic that works before year 1.

Years here are *historical*: 480 BC is -480 and there is no year 0. Day numbers
count days since 1970-01-01 (negative before), which is what the chronology plots.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def astronomical(year: int) -> int:
    """Historical year (no year 0) to astronomical year (1 BC is 0)."""
    return year + 1 if year < 0 else year


def historical(year: int) -> int:
    return year - 1 if year <= 0 else year


def add_years(year: int, n: int) -> int:
    """Move a historical year by n, skipping the year 0 that does not exist."""
    return historical(astronomical(year) + n)


def is_leap(year: int) -> bool:
    y = astronomical(year)
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    return 29 if month == 2 and is_leap(year) else _DAYS_IN_MONTH[month - 1]


def day_number(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 (Howard Hinnant's days_from_civil)."""
    y = astronomical(year) - (month <= 2)
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def civil_date(days: int) -> tuple[int, int, int]:
    """Inverse of day_number: (historical year, month, day)."""
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    return historical(yoe + era * 400 + (month <= 2)), month, day


def add_days(year: int, month: int, day: int, n: int) -> tuple[int, int, int]:
    return civil_date(day_number(year, month, day) + n)


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = astronomical(year) * 12 + month - 1 + n
    return historical(index // 12), index % 12 + 1


def weekday(year: int, month: int, day: int) -> int:
    """0 = Monday ... 6 = Sunday."""
    return (day_number(year, month, day) + 3) % 7


def iso_week(year: int, month: int, day: int) -> tuple[int, int]:
    """ISO 8601 (year, week number) of a date."""
    days = day_number(year, month, day)
    thursday = days - (days + 3) % 7 + 3  # the Thursday of the same Monday-based week
    y, _, _ = civil_date(thursday)
    return y, (thursday - day_number(y, 1, 1)) // 7 + 1


def iso_date(year: int, month: int, day: int) -> str:
    """ISO 8601 with astronomical years: 480 BC is -0479, year 12000 is +12000."""
    y = astronomical(year)
    if 0 <= y <= 9999:
        return f"{y:04d}-{month:02d}-{day:02d}"
    return f"{'-' if y < 0 else '+'}{abs(y):04d}-{month:02d}-{day:02d}"


def easter(year: int) -> tuple[int, int]:
    """Month and day of Western Easter (anonymous Gregorian algorithm)."""
    y = astronomical(year)
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    return month, (h + ell - 7 * m + 114) % 31 + 1


@dataclass(frozen=True, slots=True)
class Interval:
    """Inclusive span of days with the precision the value was known to."""

    first: int  # day number
    last: int  # day number, inclusive
    precision: str

    @property
    def start_iso(self) -> str:
        return day_iso(self.first)

    @property
    def end_iso(self) -> str:
        return day_iso(self.last)


@lru_cache(maxsize=1 << 15)
def day_iso(days: int) -> str:
    """Day number ``days`` as ISO 8601, kept for the days asked again (a story's events share
    their days and months: every export writes each event's first and last day)."""
    return iso_date(*civil_date(days))
