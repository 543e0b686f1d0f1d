"""The main verb of a clause: the first word that reads as a finite verb.

A known verb (an irregular past, a present, an auxiliary), a regular past ("-ed") that is no
participle ("newly captured ports", "forces supported by tanks", "the French fortified Maginot
Line was ..."), or an adverb before one ("Denmark immediately capitulated"). A passive ("was
repulsed") or a copula ("was the last town", "became a focal point") says what the subject is,
not what it does.
"""

from __future__ import annotations

from functools import lru_cache

from viewer.core.actors.lexicon import (
    AUXILIARIES,
    BE,
    COPULAS,
    DETERMINERS,
    NOT_VERBS_ED,
    VERB_ADVERBS,
    VERBS,
)

MAX_SPAN = 40  # words looked at for a clause's verb or its comma
_PREPOSITION_VERB_TAKERS = frozenset("to of".split())
_NO_VERB_AFTER = DETERMINERS | _PREPOSITION_VERB_TAKERS  # "the captured town", "to launched"
_BRACKETS_AND_STOPS = frozenset("();:")
_CANDIDATES = VERBS | VERB_ADVERBS | _BRACKETS_AND_STOPS
_CANDIDATE_ENDS = ("ed", "ly")
# What a word on its own says of it as a finite verb (``_verb_form``): none; a known verb; a known
# present in -s ("states", "leads") that a verb after it shows to be a noun; a regular past.
_NONE, _KNOWN, _KNOWN_IN_S, _PAST = 0, 1, 2, 3
# The words whose reading is kept (functools.lru_cache), at most: the WikiWars dev set asks about
# some 1,200 words, each many times. Kept only where the reading takes several string methods,
# each of which costs more than the look-up: in a text of any length, most words were read before.
WORDS_KEPT = 4096


@lru_cache(maxsize=WORDS_KEPT)
def _verb_form(w: str) -> int:
    """What a word says of itself as a finite verb, its neighbours aside: ``_NONE`` (not in lower
    case, neither known nor a past in -ed, or "red", "united", "efforts"), ``_KNOWN``, ``_KNOWN_IN_S``
    or ``_PAST``."""
    if not w.islower():
        return _NONE
    if w in VERBS:
        return _KNOWN_IN_S if w.endswith("s") and w not in BE and w not in AUXILIARIES else _KNOWN
    if len(w) < 4 or w in NOT_VERBS_ED or w[-2:] != "ed":
        return _NONE  # a present tense is a verb only if known ("says", "states"): "efforts" is none
    return _PAST


def main_verb(words: list[str], start: int) -> int | None:
    """The first word after ``start`` that reads as the main verb (or an adverb before it)."""
    depth = 0
    for k in range(start + 1, len(words) if len(words) < start + MAX_SPAN else start + MAX_SPAN):
        w = words[k]
        if w not in _CANDIDATES and not w.endswith(_CANDIDATE_ENDS):
            continue  # most words: a name, a noun, a mark
        if w in _BRACKETS_AND_STOPS:
            if w in ";:":
                return None
            depth += 1 if w == "(" else -1
            continue
        if depth or not w.islower():
            continue
        if w in VERB_ADVERBS or (w[-2:] == "ly" and len(w) > 4):
            j = k + 1  # "Denmark immediately capitulated", "Rome also simultaneously fought"
            while j < len(words) and (words[j] in VERB_ADVERBS or is_ly_adverb(words[j])):
                j += 1
            if is_verb(words, j, True):
                return k
        if _verb_form(w) and is_verb(words, k):
            return k
    return None


def is_ly_adverb(word: str) -> bool:
    return word.endswith("ly") and word.islower() and len(word) > 4


def is_verb(words: list[str], k: int, after_adverb: bool = False) -> bool:
    """Whether ``words[k]`` reads as a finite verb; ``after_adverb``: "Denmark immediately capitulated"."""
    if k >= len(words) or not k:
        return False
    form = _verb_form(words[k])
    if not form:
        return False
    before = words[k - 1]
    low_before = before.lower()
    if low_before in _NO_VERB_AFTER:
        return False
    after = words[k + 1] if k + 1 < len(words) else ""
    if form == _KNOWN:
        return True
    if form == _KNOWN_IN_S:
        return not _plainly_verb(after)  # "Southern states made": a noun before the verb, not "states" the verb
    # "newly captured ports", "forces supported by tanks": participles, not the main verb
    if after == "by":
        return words[k + 2:k + 3] != [] and words[k + 2].endswith("ing")  # "responded by declaring"
    if not after_adverb and before.endswith("ly") and before.islower() and len(before) > 4:
        return False  # "newly captured": is_ly_adverb(before), written out
    return low_before not in ("and", "or") and not (after[:1].isupper() and _before_a_named_verb(words, k + 1))


def _plainly_verb(word: str) -> bool:
    return word in VERBS or (word.endswith("ed") and word.islower() and word not in NOT_VERBS_ED)


def _before_a_named_verb(words: list[str], k: int) -> bool:
    """ "The French fortified Maginot Line was ...": an adjective before a name and its verb "to be"
    (not "believed Germany would": a verb and the clause it reports)."""
    if k >= len(words) or not words[k][:1].isupper():
        return False
    while k < len(words) and words[k][:1].isupper():
        k += 1
    return k < len(words) and words[k] in BE


def says_what_it_is(words: list[str], verb: int) -> bool:
    """A passive ("was repulsed", "had been killed") or a copula ("was the last town")."""
    k, n = verb, len(words)
    while k < n and (words[k] in VERB_ADVERBS or is_ly_adverb(words[k]) or words[k] == ","
                     or (words[k] in AUXILIARIES and words[k] not in BE)):
        k += 1
    if k >= n or words[k] not in COPULAS:
        return False
    if words[k] not in BE:
        return True  # "became", "remained"
    k += 1
    while k < n and (words[k] in VERB_ADVERBS or is_ly_adverb(words[k])):
        k += 1
    following = words[k] if k < n else ""
    return not (following.endswith("ing") and following != "being")  # "were steadily making": active
