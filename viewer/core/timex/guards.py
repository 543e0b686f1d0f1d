"""The checks that tell a temporal expression from a word that only looks like one.

A month can be a name ("General March", "the Long March"), a number a count ("1500
men") and a holiday a title ("Bloody Easter"); each check reads the words around a
match to say which.
"""

from __future__ import annotations

import re

from viewer.core.timex.patterns import MONTH, RANGE

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

_CUES = {
    "in", "on", "by", "of", "until", "till", "since", "from", "during", "early", "late", "mid",
    "to", "and", "or", "through", "between", "before", "after", "last", "next", "that", "this",
    "each", "every", "around", "about", "end", "beginning", "middle", "start", "following",
    "previous", "same", "throughout", "into", "within", "at", "for", "as", "when", "but", "then",
    "again", "later", "earlier", "also", "the", "however", "with", "against", "prior",
}

_DETERMINERS = {"the", "its", "their", "his", "her", "this", "that", "these", "of", "our"}


_QUOTE_WINDOW = 600

# The patterns of the checks, compiled once: each runs for nearly every match of a rule.
_WORD = re.compile(r"[A-Za-z]+")
_WORD_AFTER = re.compile(r"\s*([A-Za-z'\u2019]+)")
# The word right before, its stop and the spaces after it. A word starts after no letter and
# is never given back ("++"): the search tries each word once, not each letter of it.
_NAME_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]++)(\.?)([^\S\n]++)$")
_SENTENCE_BREAK = re.compile(r"(^|[.!?:;\"\u201c(\[\n]\s*)$")
_MONTH_FOLLOWS = re.compile(RANGE + MONTH, re.I)
# The word right before and the spaces after it; a word starts after no letter and is never
# given back, as in _NAME_BEFORE (searched in a copy of the text before, so a word cut by
# the copy's start still counts).
_WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]++)[^\S\n]+$")


def quoted(text: str, pos: int) -> bool:
    """Is ``pos`` inside quoted speech: an odd number of straight quotes before it in its
    paragraph, or an opening curly quote the last one before it?"""
    lo = text.rfind("\n", max(0, pos - _QUOTE_WINDOW), pos) + 1 or max(0, pos - _QUOTE_WINDOW)
    before = text[lo:pos]
    opening, closing = before.rfind("\u201c"), before.rfind("\u201d")
    if opening > closing:
        return True
    return before.count('"') % 2 == 1


def words_before(text: str, start: int, n: int = 1) -> list[str]:
    return _WORD.findall(text, max(0, start - 40), start)[-n:]


def _word_after(text: str, end: int) -> str:
    m = _WORD_AFTER.match(text, end, end + 30)
    return m[1] if m else ""


def is_name(text: str, start: int) -> bool:
    """A capitalised word right before ("General March", "Long March") makes a name."""
    before = text[max(0, start - 30):start]
    m = _NAME_BEFORE.search(before)
    if not m:
        return False  # a name never runs over a line break ("... Troezen.\n\nAugust 480 BC: ...")
    word = m[1]
    if word.lower() in _TITLES:
        return True
    if m[2]:
        return False  # "... at Troezen. August came": the stop ends a sentence, not a title
    return word[0].isupper() and word.lower() not in _CUES and not _sentence_start(before, m.start())


def _sentence_start(before: str, pos: int) -> bool:
    return _SENTENCE_BREAK.search(before, 0, pos) is not None


def counted(text: str, end: int, loose: bool = True) -> bool:
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


def determined(text: str, start: int, before: list[str] | None = None) -> bool:
    """'the 1777 campaigns', 'of 1913 levels': a year used as a modifier, not a count.
    ``before``: ``words_before(text, start)``, when the caller has it already."""
    if before is None:
        before = words_before(text, start)
    return bool(before) and before[0].lower() in _DETERMINERS


def month_in_context(name: str, text: str, start: int, end: int) -> bool:
    """A month name alone is a month unless it is a name ("General March", "the March
    to Versailles"); the ambiguous ones (May, March, abbreviations) need a cue word."""
    if is_name(text, start):
        return False
    before = words_before(text, start)
    prev = before[0].lower() if before else ""
    ambiguous = name in ("May", "March") or "." in name or len(name) <= 4
    if ambiguous and prev == "the":
        return False
    return not ambiguous or prev in _CUES or prev == "a" or _month_follows(text, end)


def _month_follows(text: str, end: int) -> bool:
    return _MONTH_FOLLOWS.match(text, end, end + 30) is not None


def cued(text: str, start: int) -> bool:
    before = words_before(text, start)
    return bool(before) and before[0].lower() in {"in", "by", "during", "until", "since", "of", "early", "late"}


def titled(text: str, start: int) -> bool:
    """'"White Christmas"', 'Bloody Easter': a capitalised word other than a cue ('On',
    'By') right before a holiday makes it a title, even at the start of a sentence."""
    m = _WORD_BEFORE.search(text[max(0, start - 30):start])
    return m is not None and m[1][0].isupper() and m[1].lower() not in _CUES
