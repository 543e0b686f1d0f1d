"""The rules that recognise temporal expressions and read what each one says.

Each rule is a regular expression and a function turning a match into pieces:
``(start, end, Reading)``. A rule returns no pieces to veto a match ("General
March"). A range rule ("22-25 April 1951") returns two pieces.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from viewer.core import lexicon
from viewer.core.reading import Reading
from viewer.core.timex_patterns import (
    APPROX, DAY, ERA_BC, MOD, MONTH, MONTH_FULL, NUM, ORDINAL_WORD, PART, QUANTITY, RANGE,
    SEASON, UNIT, VAGUE_NUM, WEEKDAY, YEAR_AD, YEAR_BC,
)

Piece = tuple[int, int, Reading]
Handler = Callable[[re.Match[str], str], list[Piece]]

_BC = re.compile(ERA_BC)
_AD = re.compile(r"(?-i:A\.?D\.?|C\.?E\.?)")
# Words before a capitalised month that make it a person's name, not a month.
_TITLES = {
    "general", "gen", "president", "minister", "mr", "mrs", "ms", "miss", "dr", "admiral",
    "colonel", "col", "captain", "capt", "major", "sergeant", "lieutenant", "governor",
    "senator", "judge", "justice", "theresa", "peyton", "brian", "elaine", "rev", "sir",
    "lady", "lord", "marshal", "commander", "prime", "secretary", "chancellor", "april",
}
# Lower-case words that may follow a bare year; any other lower-case plural word
# after a number makes it a count ("1500 men"), not a year.
_AFTER_YEAR_OK = {
    "was", "has", "is", "as", "this", "his", "its", "whereas", "thus", "plus", "always",
    "towards", "afterwards", "onwards", "upwards", "besides", "less", "unless", "across",
}
_COUNT_NOUNS = {
    "men", "people", "feet", "foot", "metres", "meters", "km", "kilometres", "miles", "troops",
    "soldiers", "dead", "killed", "wounded", "prisoners", "horses", "tanks", "guns", "ships",
    "aircraft", "planes", "casualties", "hours", "hrs", "tons", "tonnes", "yards", "men's",
    "infantry", "cavalry", "hoplites", "marines", "sailors", "civilians", "strong", "votes",
    "seats", "deaths", "residents", "inhabitants", "members", "officers", "vehicles", "rifles",
}
_NOT_YEAR_BEFORE = {
    "hill", "height", "heights", "route", "highway", "flight", "no", "number", "resolution",
    "page", "pp", "vol", "article", "point", "bus", "room", "code", "model", "type", "about",
    "some", "over", "nearly", "almost", "approximately", "roughly", "around", "than", "of",
}


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    handler: Handler
    trigger: str  # the key of TRIGGERS whose tokens every match of this rule contains


# ---------------------------------------------------------------- small readers

def year_of(text: str) -> tuple[int, bool]:
    """'480 BC' -> (-480, False); '1917' -> (1917, False); '480' -> (480, True).

    The flag says the era is not written and a BC narrative makes it BC.
    """
    digits = int(re.search(r"\d+", text)[0])
    if _BC.search(text):
        return -digits, False
    return digits, len(re.sub(r"\D", "", text)) < 4 and not _AD.search(text)


def _day(text: str) -> int:
    return int(re.match(r"\d+", text)[0])


def _words_before(text: str, start: int, n: int = 1) -> list[str]:
    return re.findall(r"[A-Za-z]+", text[max(0, start - 40):start])[-n:]


def _word_after(text: str, end: int) -> str:
    m = re.match(r"\s*([A-Za-z'\u2019]+)", text[end:end + 30])
    return m[1] if m else ""


def _is_name(text: str, start: int) -> bool:
    """A capitalised word right before ("General March", "Long March") makes a name."""
    before = text[max(0, start - 30):start]
    m = re.search(r"([A-Za-z]+)(\.?)([^\S\n]+)$", before)
    if not m:
        return False  # a name never runs over a line break ("... Troezen.\n\nAugust 480 BC: ...")
    word = m[1]
    if word.lower() in _TITLES:
        return True
    if m[2]:
        return False  # "... at Troezen. August came": the stop ends a sentence, not a title
    return word[0].isupper() and word.lower() not in _CUES and not _sentence_start(before, m.start())


def _sentence_start(before: str, pos: int) -> bool:
    return re.search(r"(^|[.!?:;\"\u201c(\[\n]\s*)$", before[:pos]) is not None


def _counted(text: str, end: int, loose: bool = True) -> bool:
    """Is the number ending at ``end`` a count of something ("1500 men")?

    With ``loose``, any lower-case plural after it counts ("300 hoplites"); four-digit
    years are often followed by plurals ("the 1777 campaigns"), so they need a known noun.
    """
    word = _word_after(text, end)
    if not word or not word[0].islower():
        return False
    low = word.lower()
    if low in _COUNT_NOUNS:
        return True
    return loose and low.endswith("s") and len(low) > 3 and low not in _AFTER_YEAR_OK


_DETERMINERS = {"the", "its", "their", "his", "her", "this", "that", "these", "of", "our"}


def _determined(text: str, start: int) -> bool:
    """'the 1777 campaigns', 'of 1913 levels': a year used as a modifier, not a count."""
    before = _words_before(text, start)
    return bool(before) and before[0].lower() in _DETERMINERS


_CUES = {
    "in", "on", "by", "of", "until", "till", "since", "from", "during", "early", "late", "mid",
    "to", "and", "or", "through", "between", "before", "after", "last", "next", "that", "this",
    "each", "every", "around", "about", "late", "end", "beginning", "middle", "start", "following",
    "previous", "same", "throughout", "into", "within", "at", "for", "as", "when", "but", "then",
    "again", "later", "earlier", "also", "the", "but", "however", "with", "against", "prior",
}

_CONNECTED = re.compile(RANGE + r"(?:the\s+)?$", re.I)


# ------------------------------------------------------------------- handlers

def _full_date(m: re.Match[str], text: str) -> list[Piece]:
    year, loose = year_of(m["y"])
    r = Reading(year=year, month=lexicon.month_number(m["m"]), day=_day(m["d"]),
                era_from_context=loose)
    return [(m.start(), m.end(), r)]


def _iso(m: re.Match[str], text: str) -> list[Piece]:
    r = Reading(year=int(m["y"]), month=int(m["m"]), day=int(m["d"]))
    return [(m.start(), m.end(), r)] if 1 <= r.month <= 12 else []


def _day_month(m: re.Match[str], text: str) -> list[Piece]:
    if m["m"] in ("May", "March") and _is_name(text, m.start("m")):
        return []
    return [(m.start(), m.end(), Reading(month=lexicon.month_number(m["m"]), day=_day(m["d"])))]


def _month_day(m: re.Match[str], text: str) -> list[Piece]:
    if _is_name(text, m.start("m")):
        return []
    return [(m.start(), m.end(), Reading(month=lexicon.month_number(m["m"]), day=_day(m["d"])))]


def _month_year(m: re.Match[str], text: str) -> list[Piece]:
    if _counted(text, m.end()) or (_is_name(text, m.start("m")) and not m["mod"]):
        return []
    year, loose = year_of(m["y"])
    if loose and len(m["y"].strip()) < 3:
        return []
    r = Reading(year=year, month=lexicon.month_number(m["m"]), era_from_context=loose)
    return [(m.start(), m.end(), r)]


def _month_alone(m: re.Match[str], text: str) -> list[Piece]:
    name = m["m"]
    if not m["mod"] and not _month_in_context(name, text, m.start(), m.end()):
        return []
    return [(m.start(), m.end(), Reading(month=lexicon.month_number(name)))]


def _month_in_context(name: str, text: str, start: int, end: int) -> bool:
    """A month name alone is a month unless it is a name ("General March", "the March
    to Versailles"); the ambiguous ones (May, March, abbreviations) need a cue word."""
    if _is_name(text, start):
        return False
    before = _words_before(text, start)
    prev = before[0].lower() if before else ""
    ambiguous = name in ("May", "March") or "." in name or len(name) <= 4
    if ambiguous and prev == "the":
        return False
    return not ambiguous or prev in _CUES or prev == "a" or _month_follows(text, end)


def _month_follows(text: str, end: int) -> bool:
    return re.match(RANGE + MONTH, text[end:end + 30], re.I) is not None


def _season(m: re.Match[str], text: str) -> list[Piece]:
    season = m["s"].lower()
    det = m.groupdict().get("det")
    mod = m.groupdict().get("mod")
    if season == "fall" and not (det or mod or m["y"]) and not _cued(text, m.start()):
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


def _cued(text: str, start: int) -> bool:
    before = _words_before(text, start)
    return bool(before) and before[0].lower() in {"in", "by", "during", "until", "since", "of", "early", "late"}


def _decade(m: re.Match[str], text: str) -> list[Piece]:
    d = int(m["d"])
    return [(m.start(), m.end(), Reading(decade=-d if m["bc"] else d))]


def _century(m: re.Match[str], text: str) -> list[Piece]:
    raw = m["n"].lower()
    n = lexicon.ORDINALS[raw] if raw in lexicon.ORDINALS else int(re.match(r"\d+", raw)[0])
    return [(m.start(), m.end(), Reading(century=-(n - 1) if m["bc"] else n - 1))]


def _year(m: re.Match[str], text: str) -> list[Piece]:
    raw = m["y"]
    if _counted(text, m.end(), loose=len(raw) < 4 or not _determined(text, m.start())) and not _BC.search(raw):
        return []
    before = _words_before(text, m.start(), 1)
    if not m["mod"] and before and before[0].lower() in _NOT_YEAR_BEFORE and not _BC.search(raw):
        if not re.search(r"\bof\s*$", text[max(0, m.start() - 12):m.start()]) or _counted(text, m.end()):
            return []
    year, loose = year_of(raw)
    return [(m.start(), m.end(), Reading(year=year, era_from_context=loose))]


def _year_range(m: re.Match[str], text: str) -> list[Piece]:
    if _counted(text, m.end(), loose=len(m["a"]) < 4):
        return []
    if len(m["a"]) < 4 and not m["era"] and _words_before(text, m.start())[-1:] not in (["in"], ["from"], ["between"]):
        return []
    a, b = m["a"], m["b"]
    bc = bool(m["era"])
    ya = int(a)
    yb = int(b)
    if not bc and len(b) == 2:
        yb = ya // 100 * 100 + yb
        if yb <= ya:
            return []
    if not bc and yb <= ya:
        return []
    if bc and yb >= ya:
        return []
    sign = -1 if bc else 1
    loose = not bc and len(a) < 4
    return [
        (m.start("a"), m.end("a"), Reading(year=sign * ya, era_from_context=loose)),
        (m.start("b"), m.end(), Reading(year=sign * yb, era_from_context=loose)),
    ]


def _day_range(m: re.Match[str], text: str) -> list[Piece]:
    month = lexicon.month_number(m["m"])
    first = Reading(month=month, day=_day(m["d1"]))
    second = Reading(month=month, day=_day(m["d2"]))
    if m["y"]:
        year, loose = year_of(m["y"])
        for r in (first, second):
            r.year, r.era_from_context = year, loose
    if second.day <= first.day:
        return []
    second_start = m.start("t2") if m.groupdict().get("t2") else m.start("d2")
    return [(m.start(), m.end("d1"), first), (second_start, m.end(), second)]


def _same_year(m: re.Match[str], text: str) -> list[Piece]:
    """'October of that year', 'January 24 of the same year'."""
    day = _day(m["d"]) if m["d"] else None
    return [(m.start(), m.end(), Reading(month=lexicon.month_number(m["m"]), day=day, same_year=True))]


def _part_of_period(m: re.Match[str], text: str) -> list[Piece]:
    """'the last week of August' is a week-long period (P1W), as TIMEX2 has it."""
    n = lexicon.number(m["n"]) if m["n"] else 1
    unit = lexicon.UNITS[m["u"].lower().rstrip("s")]
    if n is None:
        return []
    r = Reading(type="DURATION", literal=_period(n, unit, m["u"].lower()))
    r.month = lexicon.month_number(m["pm"]) if m["pm"] else None
    if m["py"] or m["py2"]:
        r.year, r.era_from_context = year_of(m["py"] or m["py2"])
    return [(m.start(), m.end(), r)]


def _year_apostrophe(m: re.Match[str], text: str) -> list[Piece]:
    return [(m.start(), m.end(), Reading(year=int(m["y"][1:]), era_from_context=False, century_from_context=True))]


def _day_before_after(m: re.Match[str], text: str) -> list[Piece]:
    return [(m.start(), m.end(), Reading(unit="day", shift=-1 if m["dir"].lower() == "before" else 1))]


def _set(m: re.Match[str], text: str) -> list[Piece]:
    word = m[0].lower()
    unit = m["e"] or m["c"] or m["p"] or {"daily": "day", "weekly": "week", "monthly": "month"}.get(word, "year")
    unit = unit.lower()
    if m["p"]:
        return [(m.start(), m.end(), Reading(type="SET", literal=f"P1{lexicon.UNITS[unit]}"))]
    literal = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}[unit]
    return [(m.start(), m.end(), Reading(type="SET", literal=literal))]


def _relative(m: re.Match[str], text: str) -> list[Piece]:
    unit = m["u"].lower().rstrip("s")
    direction = m["dir"].lower() if m["dir"] else "same"
    sign = -1 if direction in ("previous", "preceding", "before", "earlier", "prior", "last") else 1
    shift = 0 if direction in ("same", "that", "this", "later", "earlier", "") else sign
    r = _relative_reading(unit, shift)
    r.moves = not m[0].lower().startswith("next")
    return [(m.start(), m.end(), r)]


def _relative_reading(unit: str, shift: int | None) -> Reading:
    if unit in lexicon.PARTS_OF_DAY and unit != "day":
        return Reading(type="TIME", unit="day", shift=shift, part=lexicon.PARTS_OF_DAY[unit])
    if unit in lexicon.SEASONS:
        return Reading(unit="year", shift=shift, sub=lexicon.SEASONS[unit])
    return Reading(unit=unit, shift=shift)


def _offset(m: re.Match[str], text: str) -> list[Piece]:
    """'two days later', 'a week earlier', 'days later', 'three years before'."""
    unit = m["u"].lower().rstrip("s")
    unit = "century" if unit.startswith("centur") else unit
    backward = m["dir"].lower() in ("earlier", "before", "previously", "prior", "ago")
    q = (m["n"] or "").lower()
    n = lexicon.number(q) if q else None
    if n is None or q in lexicon.VAGUE or not float(n).is_integer():
        literal = "PAST_REF" if backward else "FUTURE_REF"
        if (unit in ("day", "week", "hour", "night") and not q) or unit == "week":
            # "days later", "(a few) weeks later": the same stretch of the narrative's
            # year, day or week unknown. A few days, months or years: only "later".
            return [(m.start(), m.end(), Reading(unit=unit, shift=None))]
        return [(m.start(), m.end(), Reading(literal=literal))]
    if unit in ("hour", "minute", "second"):
        return [(m.start(), m.end(), Reading(type="TIME", unit="day", shift=0, clock="XX"))]
    unit = {"night": "day", "fortnight": "week"}.get(unit, unit)
    n = int(n) * (2 if "fortnight" in m["u"].lower() else 1)
    return [(m.start(), m.end(), Reading(unit=unit, shift=-n if backward else n))]


def _duration(m: re.Match[str], text: str) -> list[Piece]:
    q = m["n"].lower()
    unit_word = m["u"].lower()
    if unit_word == "second" and q in ("a", "an", "one"):
        return []  # "a second attack"
    unit = lexicon.UNITS[unit_word.rstrip("s") if not unit_word.startswith("centur") else "century"]
    n = None if re.fullmatch(VAGUE_NUM, q) else lexicon.number(q)
    if unit_word.startswith("fortnight") and n is not None:
        unit, n = "W", n * 2
    return [(m.start(), m.end(), Reading(type="DURATION", literal=_period(n, unit, unit_word)))]


def _period(n: float | None, unit: str, word: str) -> str:
    amount = "X" if n is None else (str(int(n)) if float(n).is_integer() else str(n))
    time_unit = word.startswith(("hour", "minute", "second"))
    return f"PT{amount}{unit}" if time_unit else f"P{amount}{unit}"


def _bare_units(m: re.Match[str], text: str) -> list[Piece]:
    unit = lexicon.UNITS[m["u"].lower().rstrip("s")]
    time_unit = m["u"].lower().startswith("hour")
    return [(m.start("u"), m.end(), Reading(type="DURATION", literal=f"PTX{unit}" if time_unit else f"PX{unit}"))]


def _hyphen_duration(m: re.Match[str], text: str) -> list[Piece]:
    n = lexicon.number(m["n"])
    if n is None:
        return []
    unit = lexicon.UNITS[m["u"].lower()]
    return [(m.start(), m.end(), Reading(type="DURATION", literal=_period(n, unit, m["u"].lower())))]


def _reference(m: re.Match[str], text: str) -> list[Piece]:
    word = m[0].lower()
    if word in ("former", "recent", "recently", "the past", "formerly"):
        literal = "PAST_REF"
    elif "future" in word:
        literal = "FUTURE_REF"
    else:
        literal = "PRESENT_REF"
    return [(m.start(), m.end(), Reading(literal=literal))]


def _part_of_date(m: re.Match[str], text: str) -> list[Piece]:
    """'the morning of 31 January 1965', 'the night of April 18'."""
    month, day = (m["m"], m["d"]) if m["m"] else (m["m2"], m["d2"])
    r = Reading(type="TIME", month=lexicon.month_number(month), day=_day(day),
                part=lexicon.PARTS_OF_DAY[m["p"].lower()])
    if m["y"]:
        r.year, r.era_from_context = year_of(m["y"])
    return [(m.start(), m.end(), r)]


def _part_relative(m: re.Match[str], text: str) -> list[Piece]:
    """'that morning', 'that night', 'the same evening'."""
    part = lexicon.PARTS_OF_DAY[m["p"].lower()]
    return [(m.start(), m.end(), Reading(type="TIME", unit="day", shift=0, part=part))]


def _clock(m: re.Match[str], text: str) -> list[Piece]:
    hour = int(m["h"])
    minute = int(m["mi"] or 0)
    ampm = (m["ap"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return []
    return [(m.start(), m.end(), Reading(type="TIME", unit="day", shift=0, clock=f"{hour:02d}:{minute:02d}"))]


def _titled(text: str, start: int) -> bool:
    """'"White Christmas"', 'Bloody Easter': a capitalised word other than a cue ('On',
    'By') right before a holiday makes it a title, even at the start of a sentence."""
    m = re.search(r"([A-Za-z]+)[^\S\n]+$", text[max(0, start - 30):start])
    return m is not None and m[1][0].isupper() and m[1].lower() not in _CUES


def _holiday(m: re.Match[str], text: str) -> list[Piece]:
    if _titled(text, m.start()):
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


def _weekday(m: re.Match[str], text: str) -> list[Piece]:
    return [(m.start(), m.end(), Reading(weekday=lexicon.WEEKDAYS[m[0].lower()], unit="weekday"))]


def _named_month_relative(m: re.Match[str], text: str) -> list[Piece]:
    sign = -1 if m["dir"].lower() in ("previous", "preceding", "last") else 1
    return [(m.start(), m.end(), Reading(month=lexicon.month_number(m["m"]), direction=sign))]


def _year_relative(m: re.Match[str], text: str) -> list[Piece]:
    direction = m["dir"].lower()
    shift = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "last": -1}.get(direction, 0)
    r = Reading(unit=m["u"].lower(), shift=shift, moves=False)
    return [(m.start(), m.end(), r)]


def _half(m: re.Match[str], text: str) -> list[Piece]:
    which = m["w"].lower()
    quarter = "quarter" in m["k"].lower()
    n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4 if quarter else 2,
         "latter": 2, "final": 4 if quarter else 2}[which]
    r = Reading(sub=f"{'Q' if quarter else 'H'}{n}")
    if m["y"]:
        r.year, r.era_from_context = year_of(m["y"])
    return [(m.start(), m.end(), r)]


# ---------------------------------------------------------------------- rules

_MONTH_RULES = {"month_day_same_year", "day_month_same_year", "named_month_relative", "month_alone"}
_DIGIT_RULES = {
    "iso", "day_range", "month_day_range", "day_month_year", "month_day_year", "day_month", "month_day",
    "month_year", "part_of_date", "decade", "year_range", "year_range_words", "year", "year_apostrophe",
    "year_3", "clock", "clock24",
}


def _trigger(name: str) -> str:
    return "month" if name in _MONTH_RULES else "digit" if name in _DIGIT_RULES else "word"


def _rule(name: str, pattern: str, handler: Handler) -> Rule:
    # Expressions start at a word boundary; saying so first lets the engine skip
    # the middle of every word at once.
    return Rule(name, re.compile(r"(?<!\w)" + pattern, re.IGNORECASE), handler, _trigger(name))


_WD = rf"(?:{WEEKDAY},?\s+)?"
_THE = r"(?:the\s+)?"
_MODG = rf"(?P<mod>{MOD})?"
_ABOUT = r"(?:(?:around|about|circa|ca\.|c\.|the\s+years?)\s+)?"
_SAME_YEAR = r"\s+of\s+(?:that|the\s+same)\s+year(?!\w)"


def _date_rules(year: str) -> list[Rule]:
    """Calendar dates, most specific first."""
    return [
        _rule("iso", r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?![\d-])", _iso),
        _rule("part_of_date",
              rf"(?:early\s+(?:in\s+)?)?(?:the\s+)?{_WD}(?:early\s+)?(?P<p>{PART})(?:\s+hours)?\s+of\s+{_WD}{_THE}"
              rf"(?:(?P<d>{DAY})(?:\s+of)?\s+(?P<m>{MONTH})|(?P<m2>{MONTH})\s+(?P<d2>{DAY}))"
              rf"(?:,?\s+(?P<y>{year}))?", _part_of_date),
        _rule("day_range",
              rf"{_THE}(?P<d1>{DAY}){RANGE}(?P<t2>the\s+)?(?P<d2>{DAY})(?:\s+of)?\s+(?P<m>{MONTH})"
              rf"(?:,?\s+(?P<y>{year}))?",
              _day_range),
        _rule("month_day_range",
              rf"(?P<m>{MONTH})\s+(?P<d1>{DAY}){RANGE}(?P<d2>{DAY})(?:,\s*(?P<y>{year}))?", _day_range),
        _rule("day_month_year",
              rf"{_MODG}{_WD}{_THE}(?P<d>{DAY})(?:\s+of)?\s+(?P<m>{MONTH})(?:,?\s+|\s+of\s+)(?P<y>{year})",
              _full_date),
        _rule("month_day_year",
              rf"{_MODG}{_WD}(?P<m>{MONTH})\s+{_THE}(?P<d>{DAY})(?:,?\s+|\s+of\s+)(?P<y>{year})", _full_date),
        _rule("month_day_same_year", rf"(?P<m>{MONTH})(?:\s+(?P<d>{DAY}))?{_SAME_YEAR}", _same_year),
        _rule("day_month_same_year", rf"(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MONTH}){_SAME_YEAR}", _same_year),
        _rule("day_month", rf"{_WD}{_THE}(?P<d>{DAY})(?:\s+of)?\s+(?P<m>{MONTH})", _day_month),
        _rule("month_day", rf"{_WD}(?P<m>{MONTH})\s+{_THE}(?P<d>{DAY})(?!\s?[-\u2013]\s?\d)", _month_day),
        _rule("half", rf"the\s+(?P<w>first|second|third|fourth|last|latter|final)\s+(?P<k>half|quarter)"
                      rf"(?:\s+of\s+(?P<y>{year}))?", _half),
        _rule("month_year", rf"{_ABOUT}{_MODG}(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<y>{year})(?!\s?[-\u2013]\s?\d)",
              _month_year),
        _rule("named_month_relative",
              rf"the\s+(?P<dir>previous|preceding|following|next)\s+(?P<m>{MONTH_FULL})", _named_month_relative),
        _rule("month_alone", rf"{_MODG}(?P<m>{MONTH})", _month_alone),
        _rule("part_of_period",
              rf"the\s+(?:first|last|final|second|third|opening|closing)\s+(?:(?P<n>{NUM})\s+)?"
              rf"(?P<u>days|weeks?|months)\s+of\s+(?:(?P<pm>{MONTH})(?:,?\s+(?P<py>{year}))?|(?P<py2>{year}))",
              _part_of_period),
        _rule("season",
              rf"(?P<det>(?:the|that|this)\s+)?{_MODG}(?P<s>{SEASON})(?:\s+(?:of\s+)?(?P<y>{year}))?(?![\w-])",
              _season),
        _rule("year_season", rf"(?P<y>(?:1\d{{3}}|20\d\d))\s+(?P<s>spring|summer|autumn|fall|winter)(?!\w)",
              _season),
        _rule("new_year", r"the\s+new\s+year(?!\w)",
              lambda m, t: [(m.start(), m.end(), Reading(month=1, day=1, direction=1))]),
        _rule("holiday",
              rf"(?P<h>(?-i:Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))|Easter(?:\s+Sunday)?))"
              rf"(?!\w)(?:,?\s+(?P<y>{year}))?", _holiday),
    ]


def _year_rules(bc: bool) -> list[Rule]:
    three_digit = [
        _rule("year_3",
              r"(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bsince\s)"
              r"|(?<=\bto\s)|(?<=\band\s)|(?<=\baround\s)|(?<=\bcirca\s))(?P<mod>)(?P<y>\d{3})(?![\d%]|[.,]\d)",
              _year),
    ] if bc else []
    return [
        _rule("decade", rf"{_THE}{_MODG}(?:the\s+)?(?P<d>\d{{2,3}})0'?s(?:\s+(?P<bc>{ERA_BC}))?", _decade),
        _rule("century",
              rf"{_THE}{_MODG}(?:the\s+)?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORD})[\s-]+centur(?:y|ies)"
              rf"(?:\s+(?P<bc>{ERA_BC}))?", _century),
        _rule("year_range",
              rf"(?<![\w$\u00a3\u20ac.,-])(?P<a>\d{{3,4}})\s?[-\u2013]\s?(?P<b>\d{{2,4}})(?!\d)"
              rf"(?:\s?(?P<era>{ERA_BC}))?", _year_range),
        _rule("year_range_words",
              rf"(?<![\w.,-])(?P<a>\d{{1,4}})\s+(?:to|and|until)\s+(?P<b>\d{{1,4}})\s?(?P<era>{ERA_BC})",
              _year_range),
        _rule("year",
              rf"(?<![\w$\u00a3\u20ac.,-]){_ABOUT}{_MODG}(?P<y>(?-i:AD|A\.D\.)\s?\d{{1,4}}(?!\d)|\d{{1,4}}\s?(?-i:{ERA_BC}|A\.D\.?|AD)"
              rf"|(?:1\d{{3}}|20\d\d)(?![\d%]|[.,]\d)(?!\s?[-\u2013]\s?\d))",
              _year),
        _rule("year_apostrophe", r"(?<![\w'])(?P<mod>)(?P<y>'\d\d)(?![\w'])", _year_apostrophe),
        *three_digit,
    ]


def _relative_rules() -> list[Rule]:
    return [
        _rule("part_relative",
              rf"(?:(?:that|the\s+same|this|later\s+that|earlier\s+that)\s+)(?P<p>{PART})", _part_relative),
        _rule("relative",
              r"(?:(?:early|late)\s+)?(?:(?:the|that)\s+)?"
              r"(?P<dir>same|next|following|previous|preceding|subsequent)\s+"
              r"(?P<u>day|morning|afternoon|evening|night|week|month|year|spring|summer|autumn|winter)(?!\w)",
              _relative),
        _rule("relative_later",
              r"(?P<dir>later|earlier)\s+(?:that|this|in\s+the)\s+"
              r"(?P<u>day|morning|afternoon|evening|night|week|month|year)(?!\w)", _relative),
        _rule("relative_that", r"(?P<dir>that|this)\s+(?P<u>day|month|year|week)(?!\w)", _relative),
        _rule("relative_part_of",
              r"(?:most\s+of\s+)?the\s+(?:very\s+)?(?:end|beginning|start|middle|rest|remainder|close|course)"
              r"\s+of\s+the\s+(?P<dir>)(?P<u>year|month)(?!\w)", _relative),
        _rule("day_before_after", r"the\s+day\s+(?P<dir>before|after|following)(?=[\s,])", _day_before_after),
        _rule("year_relative", r"(?P<dir>next|last)\s+(?P<u>year|month|week)(?!\w)", _year_relative),
        _rule("offset",
              rf"{APPROX}?(?:(?P<n>{QUANTITY})\s+)?(?:more\s+)?(?P<u>{UNIT})\s+"
              r"(?P<dir>later|earlier|before|after|afterwards?|previously|prior|ago)(?!\w)", _offset),
    ]


def _other_rules() -> list[Rule]:
    return [
        _rule("hyphen_duration",
              rf"(?P<n>\d+|{NUM})-(?P<u>second|minute|hour|day|night|week|month|year)(?:-long)?(?!\w)",
              _hyphen_duration),
        _rule("duration",
              rf"(?:the\s+(?:next|following|past|last|previous|first|final|preceding)\s+)?{APPROX}?"
              rf"(?P<n>{QUANTITY})\s+(?:(?:more|additional|long|full|bloody|brutal|consecutive|short|hard)\s+)?"
              rf"(?P<u>{UNIT})(?![\w-])(?:\s+old|\s+of\s+age)?", _duration),
        _rule("bare_units",
              r"(?:(?<=\bfor\s)|(?<=\bwithin\s)|(?<=\bafter\s)|(?<=\bover\s)|(?<=\bfor\smany\s))"
              r"(?P<u>days|weeks|months|years|decades|hours)(?!\w)", _bare_units),
        _rule("set", r"(?<![\w-])(?:daily|weekly|monthly|annually|yearly|every\s+(?P<e>day|week|month|year)"
                     r"|each\s+(?P<c>day|week|month|year)|per\s+(?P<p>day|week|month|year))(?!\w)", _set),
        _rule("reference",
              r"(?<![\w-])(?:now|today|nowadays|currently|current|at\s+present|the\s+present\s+day"
              r"|present-day|modern\s+day|(?:at\s+)?this\s+time|these\s+days|the\s+time\s+being"
              r"|former|formerly|recent|recently|the\s+past|the\s+future|future)(?![\w])", _reference),
        _rule("clock",
              r"(?<![\d:.])(?P<h>[01]?\d|2[0-4])(?::(?P<mi>[0-5]\d))?\s?(?P<ap>(?-i:a\.m\.|p\.m\.|am|pm|AM|PM))(?!\w)",
              _clock),
        _rule("clock24",
              r"(?<![\d:.])(?P<h>[01]?\d|2[0-4]):(?P<mi>[0-5]\d)(?P<ap>)(?:\s?hrs|\s?hours)?(?![\d:])", _clock),
        _rule("weekday", WEEKDAY, _weekday),
    ]


@cache
def rules(bc: bool) -> tuple[Rule, ...]:
    """All rules; ``bc`` for a text that mentions years BC (bare 3-digit years)."""
    year = YEAR_BC if bc else YEAR_AD
    return (*_date_rules(year), *_year_rules(bc), *_relative_rules(), *_other_rules())


@cache
def priority(bc: bool) -> dict[str, int]:
    return {rule.name: i for i, rule in enumerate(rules(bc))}
