"""What opens a sentence before its main clause, and where the main clause starts.

Stepped over: marks, sentence adverbs ("Meanwhile,", "Perhaps most importantly,"), time
phrases ("Two days later,"), and clauses that run to their comma ("On September 17, 1939,
after signing an armistice with Japan, ...", "Leaving Atlanta, and his base of supplies,
...", "Emboldened by Second Bull Run, ...", "While fighting Hannibal in Italy, Hispania and
Sicily, ..."). Without a comma the main clause starts after the opener's time words ("In May
1862 the Union Navy captured ...") or at its last article ("After signing X the Soviets ...").
"""

from __future__ import annotations

from functools import lru_cache

from viewer.core.actors.lexicon import (
    ARTICLES,
    CLAUSE_JOINERS,
    CLAUSE_OPENERS,
    DAYS,
    DETERMINERS,
    ERAS,
    MARKS,
    MONTHS,
    NAME_LIKE_ADVERBS,
    NOT_VERBS_ED,
    SEASONS,
    SENTENCE_ADVERBS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    VERB_ADVERBS,
    VERBS,
)
from viewer.core.actors.verbs import MAX_SPAN, WORDS_KEPT, is_ly_adverb, is_verb, main_verb

_TIME_WORDS = MONTHS | DAYS | SEASONS | ERAS | ARTICLES | frozenset(
    """early late mid end beginning middle same day days year years month months week weeks
    night morning evening afternoon of that this following next previous last first second
    century decade period time spring around about""".split())
_QUOTES = frozenset('"“”')
_RELATIVES = frozenset("which who whom whose where when that".split())
# What a clause's comma search stops at: marks, relative words, and the verbs a phrase has none of.
_COMMA_WATCH = VERBS | _QUOTES | _RELATIVES | frozenset(",;:()")
_AFTER_PARTICIPLE = frozenset("to by at in on with from that the a an his her its their for of into".split())
_TIME_PHRASE_OPENERS = frozenset(
    """a an some several few many one two three four five six seven eight nine ten days weeks months
    years decades centuries hours moments minutes""".split())
_TIME_AFTER = frozenset("later earlier afterwards afterward after before ago thereafter onwards".split())
# What a verb's subject can end in, for telling a clause from a phrase: a name, a pronoun, a force.
_SUBJECT_ENDS = frozenset("they he she it forces troops army navy government".split())
_AFTER_A_MARK = frozenset(',"”')
_OPENING_WORDS = SENTENCE_ADVERBS | CLAUSE_OPENERS | _TIME_PHRASE_OPENERS | CLAUSE_JOINERS
_OPENING_ENDS = ("ing", "ed", "ly")


@lru_cache(maxsize=WORDS_KEPT)  # asked of every sentence's first word, and of each word an opening is read by
def opens_with_subject(first: str) -> bool:
    """Whether a sentence's first word is its subject's: "The ...", "Germany ...", not "In ...", "Using ..."."""
    low = first.lower()
    return first[0].isupper() and low not in _OPENING_WORDS and not low.endswith(_OPENING_ENDS)


def main_clause(words: list[str]) -> int | None:
    """Where the main clause starts, past what opens the sentence (None: it cannot be told)."""
    return main_clause_and_verb(words)[0]


def main_clause_and_verb(words: list[str]) -> tuple[int | None, int | None]:
    """Where the main clause starts (``main_clause``), and its verb if the reading found it on the
    way: ``main_verb(words, start)``, which need not be looked for again. None for a verb not found."""
    i, n = 0, len(words)
    while i < n:
        word = words[i]
        if opens_with_subject(word):
            return i, None  # most sentences: "The ...", "Germany ..."
        low = word.lower()
        after = words[i + 1] if i + 1 < n else ""
        if low in CLAUSE_OPENERS:  # "On September 17, 1939, ...", "After signing an armistice, ..."
            comma = _clause_end(words, i, low in SUBORDINATORS)
            if comma is None:
                return _after_time(words, i + 1)
            i = comma + 1
        elif word in MARKS or word == "-":
            i += 1
        elif word == "(":  # "On June 6, 1944 (known as D-Day), ..."
            i = _past_bracket(words, i)
        elif word[:1].isdigit() and after in (",", "("):  # "1939," after "On September 17,"
            i += 1
        elif word == ",":
            i += 1
        elif _may_open_time_phrase(low) and (later := _time_phrase_end(words, i)) is not None:
            # "Two days later, ..."
            i = later + 1
        elif low in SENTENCE_ADVERBS and (low not in NAME_LIKE_ADVERBS or after == "," or after.islower()):
            i = _past_adverb(words, i + 1)
        elif word[0].isupper() and low.endswith("ly") and (
                after == "," or len(low) > 6 and after.islower() and after not in VERBS):
            i += 1  # "Ironically, ...", "Repeatedly defeated ...", not "Italy invaded"
        elif after == "of" and (comma := _adjective_phrase_end(words, i + 2)) is not None:
            i = comma + 1  # "Full of resentment, ...", "Aware of the danger, ..."
        elif is_participle(words, i) or (i and low in CLAUSE_JOINERS):
            comma = _clause_end(words, i, low in SUBORDINATORS)
            if comma is None:
                return _after_time(words, i + 1)
            i = comma + 1
        else:
            return i, None
    return None, None


def _adjective_phrase_end(words: list[str], i: int) -> int | None:
    """The comma after "of" and lower-case words ("Full of resentment,"), not "Army of the Potomac"."""
    for k in range(i, min(len(words), i + 6)):
        if words[k] == ",":
            return k if k > i else None
        if not words[k].islower() or words[k] in ARTICLES or is_verb(words, k):
            return None
    return None


def _past_bracket(words: list[str], i: int) -> int:
    depth = 0
    for k in range(i, min(len(words), i + MAX_SPAN)):
        depth += (words[k] == "(") - (words[k] == ")")
        if not depth:
            return k + 1
    return len(words)


def _may_open_time_phrase(low: str) -> bool:
    return low in _TIME_PHRASE_OPENERS or low[:1].isdigit()


def _time_phrase_end(words: list[str], i: int) -> int | None:
    """The comma after "Two days later", "A few months afterwards", "Decades earlier"."""
    for k in range(i, min(len(words), i + 6)):
        if words[k] == ",":
            return k if k > i and words[k - 1].lower() in _TIME_AFTER else None
        if is_verb(words, k):
            return None
    return None


def _past_adverb(words: list[str], i: int) -> int:
    """Past a sentence adverb's comma, and past "most importantly," after "Perhaps"."""
    if i < len(words) and words[i] == ",":
        return i + 1
    for j in range(i, min(i + 3, len(words))):
        if words[j] == ",":
            return j + 1
        if not words[j].islower() or words[j] in ARTICLES:
            break
    return i


def _clause_end(words: list[str], i: int, subordinate: bool) -> int | None:
    """The comma that closes the clause opened at ``i``, and any clause joined on by "and"."""
    comma = _next_comma(words, i + 1, subordinate)
    while comma is not None and comma + 1 < len(words):
        if words[comma + 1] in CLAUSE_JOINERS:  # "Leaving Atlanta, and his base of supplies, ..."
            further = _next_comma(words, comma + 2, True)
        elif words[comma - 1][:1].isupper():  # "While fighting Hannibal in Italy, Hispania and Sicily, Rome ..."
            further = _list_end(words, comma + 1)
        else:
            break
        if further is None:
            break
        comma = further
    return comma


def _list_end(words: list[str], i: int) -> int | None:
    """The comma after the last items of a list ("Hispania and Sicily,"), names joined by "and"."""
    joined = False
    for k in range(i, min(len(words), i + 8)):
        w = words[k]
        if w == ",":
            return k if joined else None
        if w in ("and", "or"):
            joined = True
        elif not w[0].isupper():
            return None
    return None


def _next_comma(words: list[str], i: int, subordinate: bool) -> int | None:
    depth, quoted = 0, False
    for k in range(i, min(len(words), i + MAX_SPAN)):
        w = words[k]
        if w not in _COMMA_WATCH and (subordinate or w[-2:] != "ed"):
            continue  # most words: nothing that ends or closes the clause
        if w in _QUOTES:
            quoted = w != "”" and not quoted  # "Under the slogans "War, War until Victory," ..."
        elif w == "(" or w == ")":
            depth += 1 if w == "(" else -1
        if depth or quoted:
            continue
        if w == ",":
            return k
        if w in ";:":
            return None
        if w in _RELATIVES:  # "Unlike in campaigns in which they penetrated ..., this time the KMT"
            subordinate = True
        # "On 29 October the JOC announced that ...": a phrase (not a clause) has no verb.
        if (not subordinate and is_verb(words, k, True) and _ends_subject(words, k, i)
                and words[k + 1:k + 2] != [","]):
            return None
    return None


def _ends_subject(words: list[str], k: int, start: int) -> bool:
    """Whether the words from ``start`` to ``k`` (past adverbs) end in what a subject ends in."""
    k -= 1
    while k >= start and (words[k] in VERB_ADVERBS or is_ly_adverb(words[k])):
        k -= 1
    return k >= start and (words[k][:1].isupper() or words[k].lower() in _SUBJECT_ENDS)


def _after_time(words: list[str], i: int) -> tuple[int | None, int | None]:
    """Without a comma: "In May 1862 the Union Navy captured ...", "After signing X the Soviets ...".
    The main clause's start, and its verb (``main_clause_and_verb``)."""
    verb = main_verb(words, i)
    if verb is None:
        return None, None
    k = verb - 1  # "In her "Declaration ..." she insisted": a pronoun right before the verb
    while k > i and (words[k] in VERB_ADVERBS or is_ly_adverb(words[k])):
        k -= 1
    if k >= i and words[k].lower() in SUBJECT_PRONOUNS:
        return _found_again(words, i, k, verb)
    if k > i and words[k][:1].isupper() and words[k - 1] in _AFTER_A_MARK:
        # 'Under the slogans "War until Victory," Iran advanced': the name after the mark
        return _found_again(words, i, k, verb)
    k = i
    while k < verb:
        low = words[k].lower()
        if not (low in _TIME_WORDS or words[k][:1].isdigit() or low.startswith("mid-")):
            break
        k += 1
    if k < verb and (words[k][:1].isupper() or words[k].lower() in DETERMINERS or words[k] in SUBJECT_PRONOUNS):
        return _found_again(words, i, k, verb)
    for k in range(verb - 1, i - 1, -1):  # the last article before the verb
        if words[k].lower() in ARTICLES:
            return _found_again(words, i, k, verb)
    return None, None


def _found_again(words: list[str], i: int, start: int, verb: int) -> tuple[int, int | None]:
    """(start, verb): ``main_verb`` read from ``start`` (past ``i``, before ``verb``) finds the verb
    it found read from ``i``, the words in between being passed over alike, unless a bracket
    among the words skipped sets it at another depth (then None: to be looked for again)."""
    skipped = words[i + 1:start + 1]
    return start, (verb if "(" not in skipped and ")" not in skipped else None)


def is_participle(words: list[str], i: int) -> bool:
    """ "Using newly captured ports", "Emboldened by ...", "Leaving Atlanta, ...": a participle clause."""
    low = words[i].lower()
    if len(low) < 5 or not (low.endswith("ing") or low.endswith("ed")) or low in NOT_VERBS_ED:
        return False
    after = words[i + 1] if i + 1 < len(words) else ""
    if not after or after == "," or is_verb(words, i + 1):
        return False
    if not words[i][0].isupper():  # "Not wanting to ...", "becoming aware of X, ...", not "incoming president"
        return after in _AFTER_PARTICIPLE or _next_comma(words, i + 1, False) is not None
    if after.islower():
        return True
    comma = _next_comma(words, i + 1, False)  # "Leaving Atlanta, ...": a name, then the comma
    return comma is not None and comma <= i + 4
