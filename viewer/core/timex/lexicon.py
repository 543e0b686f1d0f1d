"""Words that temporal expressions are made of, and what they mean."""

from __future__ import annotations

from functools import lru_cache

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

PARTS_OF_DAY = {
    "morning": "MO", "dawn": "MO", "daybreak": "MO", "sunrise": "MO",
    "afternoon": "AF", "evening": "EV", "dusk": "EV", "sunset": "EV",
    "night": "NI", "nightfall": "NI", "midnight": "NI", "day": "DT", "daytime": "DT",
}

UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
    "fortnight": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE",
    "centurie": "CE", "millennium": "ML", "millennia": "ML",
}

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "a thousand": 1000,
    "half a": 0.5, "a half": 0.5, "a couple of": 2, "a dozen": 12,
}

# Quantities that say "some number of": their durations get an X ("PXD").
VAGUE = {"a few", "few", "several", "some", "many", "a number of", "numerous", "a couple of"}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty first": 21,
}


@lru_cache(maxsize=1024)  # the words of numbers are few, and a text says them again and again
def number(word: str) -> float | None:
    """'two' -> 2, '12' -> 12, 'twenty-five' -> 25; None when it is not a number."""
    w = word.lower().strip().replace(",", "")
    whole, sep, rest = w.partition(" and ")
    if sep and rest.replace(" ", "") in ("half", "ahalf"):  # "two and a half"
        n = number(whole)
        return None if n is None else n + 0.5
    if w.isdigit():
        return int(w)
    if w.endswith(" 1/2") and w[:-4].isdigit():  # "2 1/2"
        return int(w[:-4]) + 0.5
    if w in NUMBERS:
        return NUMBERS[w]
    tens, _, ones = w.replace(" ", "-").partition("-")
    if tens in NUMBERS and ones in NUMBERS and NUMBERS[tens] >= 20 and NUMBERS[ones] < 10:
        return NUMBERS[tens] + NUMBERS[ones]
    return None


@lru_cache(maxsize=256)
def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]
