"""Introductions a label leaves out: a phrase opening with a preposition or subordinator, up
to where its subject begins ("During the night | German troops crossed", "On 3 May 1915 |
the army attacked") or to the comma that closes it ("According to the historian, | it ...",
"When Germany invaded Poland, | Britain declared war").

Both are judged from the words (words.py), a few at a time: no parse, and no reading past
the first comma that a clause follows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial
from typing import NamedTuple

from viewer.core.labels import words
from viewer.core.labels.dates import DATE_WORDS, date_end
from viewer.core.labels.scanning import phrases_pattern, word_at

_MAX_PHRASE = 9  # words a phrase without a comma may hold before its subject
_MAX_LEAD_IN = 5  # words before a date that may still introduce it ("By the end of 1941")
_MAX_INTRODUCTION = 160  # characters before the comma that ends an introduction
_GOVERNING = ("ing", "ed")
# Words after a date that go with it: "In 1940 alone", "three days later".
_AFTER_A_DATE = words.LEADS | words.CONTINUATIONS | frozenset(
    {"alone", "only", "too", "also", "again", "onwards", "onward", "later", "earlier", "ago", "afterwards", "itself"})
_BE = frozenset({"was", "were", "is", "are"})
_GOVERNING_WORDS = words.IRREGULAR_PASTS | words.AUXILIARIES | {"be", "been", "being"}
# The phrases read word by word for their subject; the other introductions end at a comma only
# ("Having crossed the river the army" has no subject the words show).
_SCANNED = words.LEADS | {"despite", "without"}
_QUANTITY_RE = phrases_pattern(words.QUANTITY_PHRASES)
_QUANTITY_FIRST_WORDS = frozenset(phrase[0] for phrase in words.QUANTITY_PHRASES)
_MAY_COUNT = _QUANTITY_FIRST_WORDS | words.QUANTIFIERS
_QUOTES = "\"“‘'«"
_CLAUSE, _AGAIN, _RELATIVE, _NOT_OVER = "clause", "again", "relative", "not over"
_RELATIVES = frozenset({"which", "who", "whom", "whose"})
_VERBS = words.AUXILIARIES
_CLOSING_QUOTES = "\"”’"
_CLOSER_RE = re.compile(r"[,:]")
_AND = frozenset({"and", "or", "but"})
_SUBJECT_STARTS, _JOINERS, _CONTINUATIONS = words.SUBJECT_STARTS, words.JOINERS, words.CONTINUATIONS


class _Phrase(NamedTuple):
    """What reading a phrase word by word told (``_read_phrase``)."""

    subject: int  # where its subject begins; 0 if not before a comma or the end
    surely: bool  # the words leave no doubt of it ("the", "he"; not a capitalised word)
    last_date: int  # the end of a date among its first words; 0 if none
    finite: bool  # a preposition's phrase ran into a verb: the sentence's own clause began


_UNREAD = _Phrase(0, False, 0, False)
# _Phrase((subject, surely, last_date, finite)), made in C: the class's own __new__ is a Python
# function, a frame more for each of the many phrases read.
_new_phrase = partial(tuple.__new__, _Phrase)


def introduction_end(s: str, word: re.Match[str], folded: str, dates: Sequence[tuple[int, int]]) -> int:
    """The end of the introduction that ``word`` (``folded`` casefolded) opens: where its subject
    begins, or the comma that closes it; 0 if it opens none, or neither is clear."""
    if folded not in words.INTRODUCTIONS or (folded in _MAY_COUNT and _says_how_many(s, word, folded, dates)):
        return 0
    end = word.end()
    dated = _date_with_comma_end(s, end, dates)
    if dated:  # "In 1939, Germany", "On 3 May 1915, the army": no phrase to read
        comma, clause = _comma_end(s, dated, word.start(1) + _MAX_INTRODUCTION, dates)
        return comma if clause else comma or dated
    phrase = _read_phrase(s, end, dates, folded in words.PREPOSITIONS) if folded in _SCANNED else _UNREAD
    if phrase.surely:
        return phrase.subject
    if phrase.finite:  # "During the last week of October declarations ... were made in Budapest, Prague"
        return phrase.subject or phrase.last_date
    # not the comma inside a date: "On January 23, 2007"
    comma, clause = _comma_end(s, max(end, phrase.last_date), word.start(1) + _MAX_INTRODUCTION, dates)
    return comma if clause else phrase.subject or comma or phrase.last_date


def _date_with_comma_end(s: str, pos: int, dates: Sequence[tuple[int, int]]) -> int:
    """The end of an expression found right after ``pos`` that a comma follows; 0 if none."""
    for start, _ in dates:
        if start >= pos:
            if s[pos:start].strip():
                return 0
            end = date_end(s, start, start + 1, dates)  # "May 4" found, ", 1915" with it
            return end if s.startswith(",", end) else 0
    return 0


def _number_at(s: str, pos: int, dates: Sequence[tuple[int, int]]) -> bool:
    word = word_at(s, pos)
    return word is not None and word.group(1)[0].isdigit() and not date_end(s, word.start(1), word.end(), dates)


def _read_phrase(s: str, pos: int, dates: Sequence[tuple[int, int]], preposition: bool) -> _Phrase:
    """Read the phrase whose first word ends at ``pos``, to where its subject begins.

    The phrase is a noun phrase and the words that join it. A word that opens a subject (the,
    he, there...) after a word of the phrase surely ends it, unless that word governs it
    ("capturing the city"); a capitalised word or a number after a word in lower case may
    ("During the night | German troops", but "the historian Pedro Barceló"), surely after a
    year ("In early 1917 | Germany"). After a ``preposition``, "was" or "were" turns the
    sentence round: "At the heart of the rebellion was | the dissatisfaction of the cities".
    One loop with its state in locals: it runs for a third of all sentences.
    """
    content = after_lower = governs = after_year = after_determiner = verb_seen = date_seen = False
    last_date = next_date = 0  # dates[next_date] is the first found at or after pos
    while next_date < len(dates) and dates[next_date][0] < pos:
        next_date += 1
    for k in range(_MAX_PHRASE):
        word = word_at(s, pos)
        if word is None:
            break
        start, word_end = word.span(1)
        text = word.group(1)
        first = text[0]
        folded = text.casefold()
        datelike = (next_date < len(dates) and dates[next_date][0] < word_end) or first.isdigit() \
            or folded in DATE_WORDS
        date = date_end(s, start, word_end, dates, named=True) if datelike else 0
        if date:
            while next_date < len(dates) and dates[next_date][0] < date:
                next_date += 1
            content, after_lower, governs, date_seen = True, True, False, True
            # "In early 1917 Germany"; not "the June 1916 Brusilov offensive", "the Spring Offensive"
            after_year = not after_determiner and s[date - 1].isdigit()
            last_date = date if k < _MAX_LEAD_IN else last_date
            pos = date
            continue
        ends, was_year, after_year, after_determiner = content and not governs, after_year, False, False
        if folded in _BE and preposition and content and not verb_seen:
            if after_lower and not date_seen:
                return _new_phrase((word_end, True, last_date, False))
            return _new_phrase((0, False, last_date, True))
        if folded in _SUBJECT_STARTS:
            if ends:
                return _new_phrase((start, True, last_date, False))
            content, after_determiner = False, True
        elif folded in _JOINERS:
            content = False
        elif first.isupper() or first.isdigit():
            if ends and after_lower:
                return _new_phrase((start, was_year, last_date, False))
            content, after_lower, governs = True, False, False
        elif was_year and folded not in _AFTER_A_DATE and not folded.endswith("ly") and first.isalpha():
            return _new_phrase((start, True, last_date, False))  # "By the spring of 1794 | forced collection"
        else:
            # "capturing the city", "when the Germans attacked the city", "while some women chose a
            # path", "while the Internet has been a blessing"
            content, after_lower = True, True
            governs = folded.endswith(_GOVERNING) or folded in _GOVERNING_WORDS
            # "In Los Angeles that lesson was", "On days when prices are": no turning round
            verb_seen = verb_seen or governs or folded in _CONTINUATIONS
        pos = word_end
    return _new_phrase((0, False, last_date, False))


def _comma_end(s: str, pos: int, limit: int, dates: Sequence[tuple[int, int]]) -> tuple[int, bool]:
    """(just after the first comma or colon from ``pos``, before ``limit``, that a clause
    follows, True); or, if there is none, (the first comma passed over, False) or (0, False).
    A comma before another introduction or a participle ("At sea, although ...,", "In this
    speech, delivered ...,") is passed over for the next, and so is one before "which"."""
    passed = 0
    for comma in _CLOSER_RE.finditer(s, pos, limit):
        end = comma.end()
        if s.find(";", pos, end) >= 0:
            break
        if s[end:end + 1] in _CLOSING_QUOTES:  # 'the word "blockade," Mr. Bush'
            end += 1
        if not s[end:end + 1].isspace():  # "1,000", "5:30"
            continue
        after = _after_comma(s, end, dates)
        if after is _CLAUSE:
            return end, True
        if after is _NOT_OVER:
            break
        if after is _AGAIN:
            passed = passed or end
    return passed, False


def _after_comma(s: str, pos: int, dates: Sequence[tuple[int, int]]) -> str:
    """What follows a comma that may close an introduction: a clause of its own ("the army
    advanced", "Germany", a quotation, "at least 300 were killed"), another introduction or a
    participle (``_AGAIN``), a relative clause (``_RELATIVE``: the next comma may close it), or
    the rest of the phrase ("and ...", "killing 300": ``_NOT_OVER``)."""
    word = word_at(s, pos)
    if word is None:
        rest = s[pos:].lstrip()
        return _CLAUSE if rest[:1] in _QUOTES and rest else _NOT_OVER
    text = word.group(1)
    if text[0] in _QUOTES:
        return _CLAUSE
    folded = text.casefold()
    if not text[0].islower() or folded in words.SUBJECT_STARTS \
            or (folded in _MAY_COUNT and _says_how_many(s, word, folded, dates)):
        return _CLAUSE
    if folded in _RELATIVES:  # "In the businesses segment, which includes herbicides, profit grew"
        return _RELATIVE
    if folded in _VERBS:  # "Under the plan, creditors, who are owed $430 million, would receive"
        return _NOT_OVER
    if folded in words.INTRODUCTIONS or folded.endswith("ed") or folded in words.IRREGULAR_PASTS:
        return _AGAIN  # "In a letter to Iran, read by a broadcaster over Baghdad radio, Saddam said"
    if folded in _AND:  # "Since the fleet was damaged, and since it ..."
        following = word_at(s, word.end())
        return _AGAIN if following and following.group(1).casefold() in words.INTRODUCTIONS else _NOT_OVER
    if folded in words.CONTINUATIONS or folded.endswith("ing"):
        return _NOT_OVER
    return _CLAUSE


def _says_how_many(s: str, word: re.Match[str], folded: str, dates: Sequence[tuple[int, int]]) -> bool:
    """"At least 2,200 members", "Around 52,000 civilians", "Over 680": no introduction."""
    if folded in _QUANTITY_FIRST_WORDS and _QUANTITY_RE.match(s, word.start(1)):
        return True
    return folded in words.QUANTIFIERS and _number_at(s, word.end(), dates)
