"""Readers of calendar dates inside a year: days, months, seasons, holidays and halves
('22 June 1941', 'March 1808', 'the winter of 1812', 'Christmas', 'the first half of 1943')."""

from __future__ import annotations

import re

from viewer.core.timex import lexicon
from viewer.core.timex.guards import counted, cued, is_name, month_in_context, titled
from viewer.core.timex.pieces import Piece
from viewer.core.timex.readers.years import leading_number, optional_year, year_of
from viewer.core.timex.reading import Reading


def day_number(text: str) -> int:
    return leading_number(text)


_BEFORE_DAY = re.compile(r"\b(?:on|by|until|from|after|before)\s$", re.IGNORECASE)


def day_alone(m: re.Match[str], text: str) -> list[Piece]:
    """'The assault on the 20th failed': a day of the narrative's month, after a word that
    leads to a time ('the 20th was' alone may be a regiment)."""
    if not _BEFORE_DAY.search(text, max(0, m.start() - 8), m.start()):
        return []
    return [Piece(m.start(), m.end(), Reading(day=day_number(m["d"])))]


def full_date(m: re.Match[str], text: str) -> list[Piece]:
    year, loose = year_of(m["y"])
    r = Reading(year=year, month=lexicon.month_number(m["m"]), day=day_number(m["d"]),
                era_from_context=loose)
    return [Piece(m.start(), m.end(), r)]


def iso(m: re.Match[str], text: str) -> list[Piece]:
    month = int(m["m"])
    if not 1 <= month <= 12:
        return []
    return [Piece(m.start(), m.end(), Reading(year=int(m["y"]), month=month, day=int(m["d"])))]


def day_month(m: re.Match[str], text: str) -> list[Piece]:
    if m["m"] in ("May", "March") and is_name(text, m.start("m")):
        return []
    return [Piece(m.start(), m.end(), Reading(month=lexicon.month_number(m["m"]), day=day_number(m["d"])))]


def month_day(m: re.Match[str], text: str) -> list[Piece]:
    if is_name(text, m.start("m")):
        return []
    return [Piece(m.start(), m.end(), Reading(month=lexicon.month_number(m["m"]), day=day_number(m["d"])))]


def month_year(m: re.Match[str], text: str) -> list[Piece]:
    # "the May 1958 crisis": a month and year before a noun name its time; only a known count
    # noun after them ("May 1500 men") makes the number a count
    if counted(text, m.end(), loose=False) or (not m["mod"] and is_name(text, m.start("m"))):
        return []
    year, loose = year_of(m["y"])
    if loose and len(m["y"].strip()) < 3:
        return []
    r = Reading(year=year, month=lexicon.month_number(m["m"]), era_from_context=loose)
    return [Piece(m.start(), m.end(), r)]


def month_alone(m: re.Match[str], text: str) -> list[Piece]:
    name = m["m"]
    if not m["mod"] and not month_in_context(name, text, m.start(), m.end()):
        return []
    return [Piece(m.start(), m.end(), Reading(month=lexicon.month_number(name)))]


def season(m: re.Match[str], text: str) -> list[Piece]:
    season = m["s"].lower()
    det = m.groupdict().get("det")
    mod = m.groupdict().get("mod")
    if season == "fall" and not (det or mod or m["y"]) and not cued(text, m.start()):
        return []  # "to fall back", "must fall": the verb
    sub = lexicon.SEASONS[season]
    if not (det or mod or m["y"]) and _GENERIC_KIND.match(text, m.end()):
        return [Piece(m.start(), m.end(), Reading(literal=f"XXXX-{sub}"))]
    year, loose = optional_year(m["y"])
    return [Piece(m.start(), m.end(), Reading(sub=sub, year=year, era_from_context=loose))]


# "entered winter quarters", "winter food supplies": a kind of thing that any winter has, not a
# winter of the narrative ("the Winter Offensive" is one).
_GENERIC_KIND = re.compile(r"\s+(?:quarters|clothing|uniforms?|food|supplies|gear|coats?|boots|pastures?)\b", re.I)


def day_range(m: re.Match[str], text: str) -> list[Piece]:
    month = lexicon.month_number(m["m"])
    first_day, second_day = day_number(m["d1"]), day_number(m["d2"])
    if second_day <= first_day:
        return []
    year, loose = optional_year(m["y"])
    first = Reading(year=year, month=month, day=first_day, era_from_context=loose)
    second = Reading(year=year, month=month, day=second_day, era_from_context=loose)
    second_start = m.start("t2") if m.groupdict().get("t2") else m.start("d2")
    return [Piece(m.start(), m.end("d1"), first), Piece(second_start, m.end(), second)]


def same_year(m: re.Match[str], text: str) -> list[Piece]:
    """'October of that year', 'January 24 of the same year'."""
    day = day_number(m["d"]) if m["d"] else None
    return [Piece(m.start(), m.end(), Reading(month=lexicon.month_number(m["m"]), day=day, same_year=True))]


def holiday(m: re.Match[str], text: str) -> list[Piece]:
    if titled(text, m.start()):
        return []
    name = m["h"].lower()
    month: int | None = None
    day: int | None = None
    sub: str | None = None
    if name.startswith("christmas"):
        month, day = 12, 24 if "eve" in name else 25
    elif name.startswith("new year"):
        month, day = (12, 31) if "eve" in name else (1, 1)
    else:
        sub = "EASTER"
    year, loose = optional_year(m["y"])
    return [Piece(m.start(), m.end(), Reading(year=year, month=month, day=day, sub=sub, era_from_context=loose))]


# "the first half of the contingent", "the second quarter of the book": a share of a thing.
_SHARE_OF = re.compile(
    r"\s+of\s+(?!(?:the\s+|that\s+|this\s+)?(?:year|month|decade|century|season|war|reign|\d))", re.I)


def half(m: re.Match[str], text: str) -> list[Piece]:
    if not m["y"] and _SHARE_OF.match(text, m.end()):
        return []
    which = m["w"].lower()
    quarter = "quarter" in m["k"].lower()
    n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4 if quarter else 2,
         "latter": 2, "final": 4 if quarter else 2}[which]
    year, loose = optional_year(m["y"])
    return [Piece(m.start(), m.end(), Reading(sub=f"{'Q' if quarter else 'H'}{n}", year=year, era_from_context=loose))]
