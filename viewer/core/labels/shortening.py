"""What a label too long can do without: a connective set off by commas (", however,"), an
apposition ("Winfield Scott, the commanding general, devised" -> "Winfield Scott devised"),
"that" after a verb of saying, and a title before a full name ("Prime Minister Haider
al-Abadi" -> "Haider al-Abadi"). Each is judged from words.py, in the first characters only.
"""

from __future__ import annotations

import re

from viewer.core.labels import words

_MAX_SUBJECT = 40  # characters before an apposition's comma
_MAX_SUBJECT_WORDS = 8
_MAX_APPOSITION = 90
_LIST_ITEM = 16  # characters after an item's first word in which a list's next comma comes
_NOT_VERBS = words.FUNCTION_WORDS | words.SUBJECT_STARTS | words.JOINERS | words.INTRODUCTIONS
_LONGEST_TITLE = 2 + max(len(t) for t in words.TITLES)
# A word of a name: capitalised, or a particle before one ("al-Abadi"; "de Gaulle" is two).
_NAME_WORD_RE = re.compile(rf"(?:(?:{'|'.join(sorted(words.NAME_PARTICLES))})-)?[A-Z][\w'’.-]*")
_ASIDE_CONNECTIVES = sorted(words.CONNECTIVES | {" ".join(p) for p in words.CONNECTIVE_PHRASES}, key=len, reverse=True)
# ", however," ", on the other hand,"
_CONNECTIVE_ASIDE_RE = re.compile(rf",\s(?:{'|'.join(_ASIDE_CONNECTIVES)}),(?=\s)")
_LONGEST_CONNECTIVE = 4 + max(len(" ".join(p)) for p in words.CONNECTIVE_PHRASES)
_FIRST_WORD_RE = re.compile(r"[^\W\d_]+")


def shortened(s: str, kept: int) -> str:
    """``s`` without what says little, looked for in its first ``kept`` characters (what comes
    later is cut off anyway)."""
    comma = s.find(", ", 0, kept)
    if comma >= 0 and s.find(",", comma + 2, comma + _MAX_APPOSITION) >= 0:  # an aside needs two
        s = _without_connective_aside(s, kept)
        if s.find(", ", 0, _MAX_SUBJECT) >= 0:
            s = _without_apposition(s)
    if s.find(" that ", 0, kept) >= 0:
        s = _without_that(s, kept)
    first = s.find(" ", 0, _LONGEST_TITLE)
    return _without_title(s) if first > 0 and s[:first].casefold() in words.TITLES else s


def _without_that(s: str, kept: int) -> str:
    """"announced that Iraqi forces" -> "announced Iraqi forces", for each "that" after a verb of
    words.SAYING."""
    at = s.find(" that ", 0, kept)
    while at > 0:
        verb = s.rfind(" ", 0, at) + 1
        if s[verb:at] in words.SAYING:
            s = s[:at] + s[at + 5:]
        at = s.find(" that ", at + 1, kept)
    return s


def _without_connective_aside(s: str, kept: int) -> str:
    """", however," ", on the other hand,": a connective set off by commas says nothing of the event."""
    aside = _CONNECTIVE_ASIDE_RE.search(s, 0, kept + _LONGEST_CONNECTIVE)
    return s[:aside.start()] + s[aside.end():] if aside else s


def _without_apposition(s: str) -> str:
    """"Winfield Scott, the commanding general of the U.S. Army, devised the plan" -> "Winfield
    Scott devised the plan": an aside between a short subject and its verb. Not a list
    ("towns, villages, heights and trenches"): the word after the aside must read as a verb;
    nor a clause ("Their supply lines interrupted, the French position became untenable")."""
    first = s.find(", ", 0, _MAX_SUBJECT)
    second = s.find(", ", first + 2, first + _MAX_APPOSITION) if first > 0 else -1
    if second < 0:
        return s
    verb = _FIRST_WORD_RE.match(s, second + 2)
    if verb is None or not _reads_as_verb(verb.group(), s, verb.end()) or ";" in s[first:second] \
            or s.count(" ", 0, first) >= _MAX_SUBJECT_WORDS or _reads_as_participle(s[:first]):
        return s
    return s[:first] + s[second + 1:]


def _goes_on_as_list(s: str, pos: int) -> bool:
    """"heights and trenches", "reparations for France, Russia": the word after an aside is
    one more item of a list, not a verb."""
    return s.startswith(" and ", pos) or s.find(", ", pos, s.find(" ", pos) + _LIST_ITEM) >= 0


def _reads_as_participle(subject: str) -> bool:
    """"Their supply lines interrupted": a clause, not a subject."""
    last = subject[subject.rfind(" ") + 1:]
    return last.islower() and last.endswith(("ed", "ing"))


def _reads_as_present(word: str) -> bool:
    return word.islower() and word.endswith("s") and not word.endswith("ss") and word not in _NOT_VERBS


def _reads_as_verb(word: str, s: str, end: int) -> bool:
    """An auxiliary, an irregular past, or a word in lower case ending as a past or an adverb
    ("devised", "quickly"); or as a present ("owns") unless a list goes on after it."""
    if word in words.VERBS_AFTER_SUBJECT or (word.islower() and word.endswith(("ed", "ly"))):
        return True
    return _reads_as_present(word) and not _goes_on_as_list(s, end)


def _without_title(s: str) -> str:
    """"Prime Minister Haider al-Abadi announced" -> "Haider al-Abadi announced": titles go
    when two words of a name follow them ("Mr. LaMothe, Kellogg's chairman" keeps its "Mr.")."""
    parts = s.split(" ", 5)
    k = 0
    while k < len(parts) - 1 and parts[k].casefold() in words.TITLES and parts[k][:1].isupper():
        k += 1
    if k and len(parts) - k >= 2 and _NAME_WORD_RE.fullmatch(parts[k]) and _NAME_WORD_RE.fullmatch(parts[k + 1]):
        return s.split(" ", k)[k]
    return s
