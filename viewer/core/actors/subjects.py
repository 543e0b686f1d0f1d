"""The subject of a sentence's main clause: the words before its main verb.

A sentence is cut into words once (its first two hundred characters: a subject is near the
start). What opens it is stepped over (``openings``), the main verb found (``verbs``), and
the words between are the subject. A passive or a copula says what the subject is, not
what it does: no subject.
"""

from __future__ import annotations

from functools import partial
from typing import NamedTuple

from viewer.core.actors.lexicon import AUXILIARIES, CLAUSE_OPENERS, COPULAS, MARKS, VERB_ADVERBS
from viewer.core.actors.openings import is_participle, main_clause_and_verb, opens_with_subject
from viewer.core.actors.verbs import main_verb, says_what_it_is

HEAD_CHARS = 200  # a sentence's subject is within its first two hundred characters
_MAY_NOT_ACT = COPULAS | AUXILIARIES | VERB_ADVERBS  # a verb that may be a passive's or a copula's


class Subject(NamedTuple):
    """The words of a main clause's subject; ``at_start`` if its first word opens the sentence."""

    words: tuple[str, ...]
    at_start: bool


# Subject((words, at_start)), made in C: the class's own __new__ is a Python function, a frame
# more for each sentence.
_new_subject = partial(tuple.__new__, Subject)


def sentence_words(head: str) -> list[str]:
    """The words and marks (commas, brackets, quotes, dashes) of a sentence's first characters.

    The marks are spaced out and the text split: a few passes in C over the head.
    """
    head = (head.replace(",", " , ").replace(";", " ; ").replace(":", " : ").replace("(", " ( ")
            .replace(")", " ) ").replace('"', ' " '))
    if not head.isascii():  # a constant-time test: the marks beyond ASCII only where there can be some
        head = head.replace("“", " “ ").replace("”", " ” ").replace("—", " — ").replace("–", " – ")
    words = head.split()
    if words and words[-1][-1] == "." and words[-1][:-1].islower():  # "... Smith agreed."
        words[-1] = words[-1][:-1]
    return words


def find_subject(words: list[str]) -> Subject | None:
    """The main clause's subject, or None when the sentence has none that acts."""
    if not words:
        return None
    start, verb = (0, None) if opens_with_subject(words[0]) else main_clause_and_verb(words)
    found = _subject_from(words, start, verb) if start is not None else None
    if found is None and start and words[0].lower() not in CLAUSE_OPENERS and is_participle(words, 0):
        found = _subject_from(words, 0)  # "Beijing announced": not an opener after all
    return found


def _subject_from(words: list[str], start: int, verb: int | None = None) -> Subject | None:
    """The subject from ``start`` to the main verb: ``verb`` if the opening's reading found it."""
    if verb is None:
        verb = main_verb(words, start)
    if verb is None or verb <= start:
        return None
    w = words[verb]
    if (w in _MAY_NOT_ACT or w.endswith("ly")) and says_what_it_is(words, verb):
        return None
    opening = not start or all(w in MARKS for w in words[:start])
    return _new_subject((tuple(words[start:verb]), opening))
