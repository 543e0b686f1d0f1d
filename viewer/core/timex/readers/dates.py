"""Readers of calendar dates inside a year: days, months, seasons, holidays and halves
('22 June 1941', 'March 1808', 'the winter of 1812', 'Christmas', 'the first half of 1943')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from viewer.core.timex import lexicon
from viewer.core.timex.reading import Reading
from viewer.core.timex.guards import counted, cued, is_name, month_in_context, titled
from viewer.core.timex.readers.years import year_of

if TYPE_CHECKING:
    from viewer.core.timex.rules import Piece


def day_number(text: str) -> int:
    return int(re.match(r"\d+", text)[0])


_BEFORE_DAY = re.compile(r"\b(?:on|by|until|from|after|before)\s$", re.IGNORECASE)


def day_alone(m: re.Match[str], text: str) -> list[Piece]:
    """'The assault on the 20th failed': a day of the narrative's month, after a word that
    leads to a time ('the 20th was' alone may be a regiment)."""
    if not _BEFORE_DAY.search(text, max(0, m.start() - 8), m.start()):
        return []
    return [(m.start(), m.end(), Reading(day=day_number(m["d"])))]


def full_date(m: re.Match[str], text: str) -> list[Piece]:
    year, loose = year_of(m["y"])
    r = Reading(year=year, month=lexicon.month_number(m["m"]), day=day_number(m["d"]),
                era_from_context=loose)
    return [(m.start(), m.end(), r)]


def iso(m: re.Match[str], text: str) -> list[Piece]:
    r = Reading(year=int(m["y"]), month=int(m["m"]), day=int(m["d"]))
    return [(m.start(), m.end(), r)] if 1 <= r.month <= 12 else []


def day_month(m: re.Match[str], text: str) -> list[Piece]:
    if m["m"] in ("May", "March") and is_name(text, m.start("m")):
        return []
    return [(m.start(), m.end(), Reading(month=lexicon.month_number(m["m"]), day=day_number(m["d"])))]


def month_day(m: re.Match[str], text: str) -> list[Piece]:
    if is_name(text, m.start("m")):
        return []
    return [(m.start(), m.end(), Reading(month=lexicon.month_number(m["m"]), day=day_number(m["d"])))]


def month_year(m: re.Match[str], text: str) -> list[Piece]:
    if counted(text, m.end()) or (is_name(text, m.start("m")) and not m["mod"]):
        return []
    year, loose = year_of(m["y"])
    if loose and len(m["y"].strip()) < 3:
        return []
    r = Reading(year=year, month=lexicon.month_number(m["m"]), era_from_context=loose)
    return [(m.start(), m.end(), r)]


def month_alone(m: re.Match[str], text: str) -> list[Piece]:
    name = m["m"]
    if not m["mod"] and not month_in_context(name, text, m.start(), m.end()):
        return []
    return [(m.start(), m.end(), Reading(month=lexicon.month_number(name)))]


def season(m: re.Match[str], text: str) -> list[Piece]:
    season = m["s"].lower()
    det = m.groupdict().get("det")
    mod = m.groupdict().get("mod")
    if season == "fall" and not (det or mod or m["y"]) and not cued(text, m.start()):
        return []  # "to fall back", "must fall": the verb
    r = Reading(sub=lexicon.SEASONS[season])
    if not (det or mod or m["y"]) and _GENERIC_KIND.match(text, m.end()):
        return [(m.start(), m.end(), Reading(literal=f"XXXX-{r.sub}"))]
    if m["y"]:
        r.year, r.era_from_context = year_of(m["y"])
    return [(m.start(), m.end(), r)]


# "entered winter quarters", "winter food supplies": a kind of thing that any winter has, not a
# winter of the narrative ("the Winter Offensive" is one).
_GENERIC_KIND = re.compile(r"\s+(?:quarters|clothing|uniforms?|food|supplies|gear|coats?|boots|pastures?)\b", re.I)


def day_range(m: re.Match[str], text: str) -> list[Piece]:
    month = lexicon.month_number(m["m"])
    first = Reading(month=month, day=day_number(m["d1"]))
    second = Reading(month=month, day=day_number(m["d2"]))
    if m["y"]:
        year, loose = year_of(m["y"])
        for r in (first, second):
            r.year, r.era_from_context = year, loose
    if second.day <= first.day:
        return []
    second_start = m.start("t2") if m.groupdict().get("t2") else m.start("d2")
    return [(m.start(), m.end("d1"), first), (second_start, m.end(), second)]


def same_year(m: re.Match[str], text: str) -> list[Piece]:
    """'October of that year', 'January 24 of the same year'."""
    day = day_number(m["d"]) if m["d"] else None
    return [(m.start(), m.end(), Reading(month=lexicon.month_number(m["m"]), day=day, same_year=True))]


def holiday(m: re.Match[str], text: str) -> list[Piece]:
    if titled(text, m.start()):
        return []
    name = m["h"].lower()
    r = Reading()
    if name.startswith("christmas"):
        r.month, r.day = 12, 24 if "eve" in name else 25
    elif name.startswith("new year"):
        r.month, r.day = (12, 31) if "eve" in name else (1, 1)
    else:
        r.sub = "EASTER"
    if m["y"]:
        r.year, r.era_from_context = year_of(m["y"])
    return [(m.start(), m.end(), r)]


def half(m: re.Match[str], text: str) -> list[Piece]:
    which = m["w"].lower()
    quarter = "quarter" in m["k"].lower()
    n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4 if quarter else 2,
         "latter": 2, "final": 4 if quarter else 2}[which]
    r = Reading(sub=f"{'Q' if quarter else 'H'}{n}")
    if m["y"]:
        r.year, r.era_from_context = year_of(m["y"])
    return [(m.start(), m.end(), r)]
