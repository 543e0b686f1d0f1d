"""Whether a year the text states moves the narrative there, or is an aside it comes back from.

"In 1964 ... (a study in 2005 found ...) ... On 4 August" stays in 1964: the next year the
text states is closer to 1964 than to 2005. A date that sets the scene, or that the text goes
on from at once, is never an aside.
"""

from __future__ import annotations

import re

from viewer.core.timex.guards import quoted
from viewer.core.timex.pieces import Found
from viewer.core.timex.reading import Reading

# A paragraph may step back a year or two ("In the south, in June 1942, ..."); further is an aside.
SCENE_YEARS = 2
# How near the next expression must be to go on from an aside's date ("in April 1915, ... on May 23").
CONTINUED_CHARS = 150

_SENTENCE_OPENING = re.compile(r"(?:^|[.!?\n][\"')\]]?\s+)(?:\[[^\]]{1,20}\]\s*)?(?:[A-Za-z]+\s+){0,3}$")
_PARAGRAPH_OPENING = re.compile(r"\n[^\S\n]*\n[^\S\n]*[^.!?\n]*$")
# "surpassing the May 2007 high", "since the 2003 invasion": a year that names something else.
OTHER_TIME = re.compile(r"\b(?:the|since|until|before|after)\s+\Z", re.I)


# "the largest battle since 1813", "as in 1614", "a custom dating to 1066", "than in 1870": a
# year the story is compared with or looks back to, not one it goes to.
_LOOKS_BACK = re.compile(
    r"\b(?:since|(?:as|than|like|unlike)\s+in|(?:dating|dates?|dated|going|goes|went|harking|reaching)"
    r"\s+back\s+(?:to|from)|(?:dating|dates?|dated)\s+(?:to|from)|as\s+(?:early|far\s+back|long\s+ago)\s+as)"
    r"\s+(?:the\s+)?(?:(?:year|days|time|summer|spring|autumn|fall|winter)\s+(?:of\s+)?)?\Z", re.I)
# "On the last occasion that the Estates-General had met, in 1614": a sentence that looks back.
_LOOKED_BACK = re.compile(
    r"\b(?:the|its|their)\s+(?:last|previous|only\s+other)\s+(?:time|occasion)\b[^.!?\n]{0,100}\Z", re.I)
# "which would be declared early the next year", "who was to die in 1920": a clause that tells
# what came later, from where the story stands; the story does not go there.
_LOOKS_AHEAD = re.compile(
    r"\b(?:which|who|whom|that)\s+(?:would|was\s+to|were\s+to)\s+(?:[A-Za-z'-]+\s+){0,6}\Z", re.I)
_LINE_WINDOW = 80
_LOOKED_BACK_WINDOW = 150
# _LOOKS_BACK written backwards, without its \b, to be matched at the start of the window read
# backwards: every match of _LOOKS_BACK (which ends where the window does) is, read backwards,
# a match of this one (word for word, the branches of each group in the same place), so a
# window it does not match holds none of _LOOKS_BACK's. Its end is fixed, so this one is tried
# at one place, not at each of the window's; _LOOKS_BACK decides where it matches.
_LOOKS_BACK_REVERSED = re.compile(
    r"(?:(?:\s+fo)?\s+(?:raey|syad|emit|remmus|gnirps|nmutua|llaf|retniw))?(?:\s+eht)?\s+"
    r"(?:ecnis|ni\s+(?:sa|naht|ekil|ekilnu)|(?:ot|morf)\s+kcab\s+(?:gnitad|s?etad|detad|gniog|seog|tnew|gnikrah"
    r"|gnihcaer)|(?:ot|morf)\s+(?:gnitad|s?etad|detad)|sa\s+(?:ylrae|kcab\s+raf|oga\s+gnol)\s+sa)", re.I)
# Every match of _LOOKED_BACK holds a word of each group, in _folded text as written here
# (whatever character the pattern takes for one of their letters is that letter there).
_LOOKED_BACK_LAST = ("last", "previous", "other")
_LOOKED_BACK_TIME = ("time", "occasion")


def off_the_line(text: str, start: int, reading: Reading, current: int | None) -> bool:
    """Does the expression at ``start`` leave the story where it is: a year it looks back to
    or is compared with ('since 1813', earlier than the story's ``current`` year), or a time
    a prospective clause tells ('which would be signed in 1920')?"""
    if current is None:
        return False
    if _told_ahead(text, start):
        return True
    # looking back matters only for a year before the story's (the costlier search, so last)
    year = stated_year(reading)
    return year is not None and year < current and _looked_back(text, start)


def line_side(text: str, start: int) -> int:
    """Which way off the story's line the words before ``start`` put an expression: -1 looked
    back to or compared with ('since', 'as in', 'dating to'), +1 told ahead ('which would be
    ... in'), 0 on it."""
    if _told_ahead(text, start):
        return 1
    return -1 if _looked_back(text, start) else 0


def _told_ahead(text: str, start: int) -> bool:
    lo = max(0, start - _LINE_WINDOW)
    # Words every such clause holds, looked for first: few windows hold them, and the search
    # tries the pattern at every place in the window. (No other letter matches these letters
    # of the pattern without case, so the window in lower case holds them wherever it does.)
    window = text[lo:start].lower()
    if not (("would" in window or "to" in window) and ("wh" in window or "that" in window)):
        return False
    return _LOOKS_AHEAD.search(text, lo, start) is not None


def _looked_back(text: str, start: int) -> bool:
    # Each pattern is tried only on a window that may hold its match (few do): its search
    # tries the pattern at every place in the window.
    lo = max(0, start - _LINE_WINDOW)
    if _LOOKS_BACK_REVERSED.match(text[lo:start][::-1]) and _LOOKS_BACK.search(text, lo, start) is not None:
        return True
    lo = max(0, start - _LOOKED_BACK_WINDOW)
    window = _folded(text[lo:start])
    return (any(w in window for w in _LOOKED_BACK_TIME) and any(w in window for w in _LOOKED_BACK_LAST)
            and _LOOKED_BACK.search(text, lo, start) is not None)


def _folded(s: str) -> str:
    """``s`` in lower case, where any character a pattern without case takes for an ASCII
    letter is that letter: dotted and dotless i and long s too (the Kelvin sign's lower case
    is k already)."""
    if s.isascii():
        return s.lower()
    return s.replace("\u0130", "i").replace("\u0131", "i").replace("\u017f", "s").lower()


def speakers_day(text: str, start: int, r: Reading) -> bool:
    """'"Tomorrow we sail," he said': a day told in quoted speech, which the story does not go to."""
    return r.deictic and r.unit == "day" and quoted(text, start)


def stated_year(r: Reading) -> int | None:
    """The year an expression writes out itself, if any."""
    return None if r.era_from_context or r.relative else r.year


def next_stated_years(readings: list[Reading]) -> list[int | None]:
    """For each reading, the next year the text states after it (None at the end)."""
    out: list[int | None] = [None] * len(readings)
    following = None
    for i in range(len(readings) - 1, -1, -1):
        out[i] = following
        following = stated_year(readings[i]) or following
    return out


def digression(year: int | None, current: int | None, following: int | None) -> bool:
    """A year far from the narrative's, which the text leaves again at once.

    "In 1964 ... (a study in 2005 found ...) ... On 4 August" keeps 1964: the 2005 is
    an aside, because the next year stated is closer to 1964 than to 2005.
    """
    if year is None or current is None or following is None or year == current:
        return False
    return abs(following - current) < abs(following - year)


def sets_the_scene(text: str, start: int, reading: Reading, current: int) -> bool:
    """A full date opening a sentence, or a year near the narrative's in a paragraph's first
    sentence, is where the text now is, even if the next year it states is elsewhere."""
    if reading.day and _opens_sentence(text, start):
        return True
    near = reading.year is not None and abs(reading.year - current) <= SCENE_YEARS
    return near and _PARAGRAPH_OPENING.search(text, max(0, start - 300), start) is not None


def _opens_sentence(text: str, start: int) -> bool:
    """'On 28 September 1775, ...' sets the scene; it is never an aside."""
    return _SENTENCE_OPENING.search(text, max(0, start - 60), start) is not None


def continued(text: str, piece: Found, reading: Reading, nxt: Found | None) -> bool:
    """The text goes on from a date (``piece``, now read as ``reading``) at once with a day or
    month that needs its year: the date was not an aside."""
    if nxt is None or reading.month is None:
        return False
    if OTHER_TIME.search(text, max(0, piece.start - 12), piece.start):
        return False  # "surpassing the May 2007 high": a name, not a date the text tells
    following, end, start = nxt.reading, piece.end, nxt.start
    return (following.needs_year and following.month is not None and start - end <= CONTINUED_CHARS
            and "\n" not in text[end:start])
