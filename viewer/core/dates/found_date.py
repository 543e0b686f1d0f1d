"""The day a document was written, found where a news text says it: a date line or dateline at
its top ("NAIROBI, Kenya (AP) — Aug. 7, 1998", "Posted: 12 March 2013", a line that is only a
date), else a date in its file name (``AP_20130322.txt``, ``APW19980213.1310.txt``,
``nyt-2001-09-11.txt``).

Said with where it came from (``DATELINE``, ``FILE_NAME``; ``GIVEN`` for a date the user or the
command line gave), so the window can say so. A text that says none of these (an article, a
narrative: "01_WW2.txt") has no date of writing, and is read as a narrative.
"""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import NamedTuple

from viewer.core.dates.calendar import days_in_month

GIVEN, DATELINE, FILE_NAME = "given", "the dateline", "the file name"

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![A-Za-z])")
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?)"
# A date with its year: "Aug. 7, 1998", "7 August 1998", "1998-08-07", "Friday, August 7, 1998".
_DATE = (
    rf"(?:{_WEEKDAY},?\s+)?(?:(?P<m1>{_MONTH})\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y1>(?:1[6-9]|20)\d\d)"
    rf"|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}),?\s+(?P<y2>(?:1[6-9]|20)\d\d)"
    r"|(?P<y3>(?:1[6-9]|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d))(?!\d)"
)
_TIME = r"(?:,?\s+(?:at\s+)?\d\d?[:.]\d\d(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}))*)?"
_LINES = (
    # a line that is only a date (and a time)
    re.compile(rf"\s*{_DATE}{_TIME}\s*", re.IGNORECASE),
    # "Posted: 12 March 2013", "Published on Friday, August 7, 1998 10:32"
    re.compile(rf"\s*(?:(?:first\s+)?posted|published|updated|last\s+updated|date|dated)(?:\s+on)?\s*:?\s*{_DATE}",
               re.IGNORECASE),
    # "NAIROBI, Kenya (AP) — Aug. 7, 1998", "WASHINGTON, Aug. 7, 1998 (Reuters) -": a place in
    # capitals, a region, the agency, and the date
    re.compile(rf"\s*[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){{0,3}}(?:,\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{0,2}})?"
               rf"\s*(?:\([A-Za-z .-]{{1,20}}\))?\s*(?:[-\u2013\u2014_]+|,|:)?\s*{_DATE}"),
)
# The top of a text: a headline, a byline and the dateline come before the story.
_TOP_LINES, _TOP_CHARS, _LINE_CHARS = 6, 1000, 160
# A date in a file name: 20130322, 2001-09-11, 2001_09_11, or a news agency's 900815 after letters.
_NAME = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<s>[-_.]?)(?P<m>0[1-9]|1[0-2])(?P=s)(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"
    r"|(?<=[A-Za-z])(?P<yy>\d\d)(?P<mm>0[1-9]|1[0-2])(?P<dd>0[1-9]|[12]\d|3[01])(?!\d)"
)


class FoundDate(NamedTuple):
    """A document's date of writing (YYYY-MM-DD) and where it came from."""

    date: str
    source: str


def found_date(text: str, path: str | PurePath = "") -> FoundDate | None:
    """The date a news text says it was written, at its top or in its file name; None when
    neither says one."""
    top = dateline(text)
    if top is not None:
        return FoundDate(top[0], DATELINE)
    named = name_date(path)
    return FoundDate(named, FILE_NAME) if named else None


def dateline(text: str) -> tuple[str, int, int] | None:
    """The date of a date line or dateline among the first lines of a text (YYYY-MM-DD), and
    where the line is; None when the top of the text has none."""
    pos, seen = 0, 0
    head = text[:_TOP_CHARS]
    for line in head.splitlines(keepends=True):
        stripped = line.strip()
        start, pos = pos, pos + len(line)
        if not stripped:
            continue
        seen += 1
        if seen > _TOP_LINES:
            break
        if len(stripped) > _LINE_CHARS:
            continue
        for k, pattern in enumerate(_LINES):
            m = pattern.fullmatch(line.rstrip("\r\n")) if k == 0 else pattern.match(line)
            if m:
                day = _day(m)
                if day:
                    return day, start, start + len(line.rstrip())
        if stripped.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?")):
            break  # the story has begun: a date below is one of its own
    return None


# "WASHINGTON, August 8 (Xinhua) --": a dateline whose date has no year of its own.
_YEARLESS = re.compile(
    rf"\s*[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){{0,3}}(?:,\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){{0,2}})?,\s*"
    rf"(?:{_WEEKDAY},?\s+)?{_MONTH}\s+[0-3]?\d(?!\d)\s*(?:\([A-Za-z .-]{{1,20}}\))?\s*(?:[-\u2013\u2014_]+\s*)?$"
)


def stamp(text: str) -> tuple[int, int] | None:
    """Where the dateline at a news text's top is ("WASHINGTON, August 8 (Xinhua) --", with a
    year or without): the document's own date stamp, not an expression of its story (TimeML
    does not tag it)."""
    found = dateline(text)
    if found is not None:
        return found[1], found[2]
    pos = 0
    for line in text[:_TOP_CHARS].splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        if line.strip():
            m = _YEARLESS.match(line.rstrip("\r\n"))
            return (start, start + len(line.rstrip())) if m else None
    return None


def name_date(path: str | PurePath) -> str | None:
    """The date a file's name holds (YYYY-MM-DD), or None."""
    name = PurePath(path).name if path else ""
    for m in _NAME.finditer(name):
        if m["y"]:
            year = int(m["y"])
            month, day = int(m["m"]), int(m["d"])
        else:
            yy = int(m["yy"])
            year = (1900 if yy >= 50 else 2000) + yy
            month, day = int(m["mm"]), int(m["dd"])
        if day <= days_in_month(year, month):
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _day(m: re.Match[str]) -> str | None:
    for k in "123":
        if m["y" + k]:
            month_text = m["m" + k]
            month = int(month_text) if month_text.isdigit() else _MONTHS[month_text.lower()[:3]]
            year, day = int(m["y" + k]), int(m["d" + k])
            if 1 <= month <= 12 and 1 <= day <= days_in_month(year, month):
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None
