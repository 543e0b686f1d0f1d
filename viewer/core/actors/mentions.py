"""What a subject names: a known actor, a name, a pronoun, or nobody.

The subject's words are read as a noun phrase: the first of several ("France, Britain,
and the countries of the Commonwealth", "John Smith, a farmer,") is the one that acts;
"most of the X", "the army of X", "X's army" and "his army" are X's; a phrase ending in
a word for a force or a body ("the German army", "the Polish 5th Army", "Union
cavalry") is the actor its qualifier names, or, with no known qualifier, its own name
("the Red Army"); a phrase whose head is a common noun ("British discontent",
"Japan's next plan", "the size of the Navy") names nobody.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import Enum
from typing import NamedTuple

from viewer.core.actors.gazetteer import Entity, Gazetteer, lengths_by_first_word, normal, word_key
from viewer.core.actors.lexicon import (
    ARTICLES,
    COMMON_QUALIFIERS,
    DAYS,
    DETERMINERS,
    MARKS,
    MONTHS,
    NAME_PARTICLES,
    NOT_ACTORS,
    PARTITIVES,
    POSSESSIVES,
    SEASONS,
    SUBJECT_CUTS,
    SUBJECT_PRONOUNS,
)
from viewer.core.actors.subjects import Subject

_DASHES = frozenset("-—–")
_THE = frozenset(("The", "the"))
_QUOTE_ENDS = "'‘’"
_NOBODY = NOT_ACTORS | MONTHS | DAYS | SEASONS
_PLAIN_DETERMINERS = DETERMINERS - POSSESSIVES
# Units one names in the singular ("the Red army" is the Red Army; "Viet Minh forces" the Viet Minh).
_NAMED_UNITS = frozenset("army navy fleet legion corps division brigade regiment battalion guard".split())
_CONJUNCTIONS = frozenset((",", "and", "or", "&", "as", "well"))
_LONGEST = 16
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
_POSSESSIVE_TAILS = frozenset(("'s", "’s", "s'", "s’"))
_PARTICIPLE_TAILS = frozenset(("ed", "ng"))


class Kind(Enum):
    PRONOUN = "pronoun"  # the actor of the sentence before
    ENTITY = "entity"  # an actor of the data files
    ACRONYM = "acronym"  # an acronym the text defines, or its long form
    NAME = "name"  # a proper name: a person (with any title), a unit, a body


class Mention(NamedTuple):
    kind: Kind
    words: tuple[str, ...] = ()
    entity: Entity | None = None
    acronym: str = ""  # "Joint Operations Command (JOC)"
    at_start: bool = False  # the name's first word opens the sentence


PRONOUN = Mention(Kind.PRONOUN)
_NOT_SIMPLE = Mention(Kind.NAME, ("",))  # what _simple says of a subject it leaves to the full reading


class Reader:
    """Reads subjects against the data files and the acronyms one text defines."""

    def __init__(self, facts: Gazetteer, acronyms: Mapping[str, str]) -> None:
        self._facts = facts
        self._acronyms = {normal(key.split()): name for key, name in acronyms.items()}
        self._read: dict[tuple[tuple[str, ...], bool], Mention | None] = {}
        self._lengths = dict(facts.lengths)
        self._sizes: dict[str, tuple[int, ...] | None] = {}  # a word -> the lengths of the forms it opens
        for word, sizes in lengths_by_first_word(self._acronyms).items():
            self._lengths[word] = tuple(sorted({*self._lengths.get(word, ()), *sizes}, reverse=True))

    def mention(self, subject: Subject) -> Mention | None:
        """What the subject names; a text says "the Germans" many times, and is read once for it."""
        words = subject.words
        # "The Germans" opening a sentence and "the Germans" after a clause are read alike
        key = (words[1:], False) if words[0] in _THE and len(words) > 1 else subject
        found = self._read.get(key, _NOT_SIMPLE)
        if found is _NOT_SIMPLE:
            found = self._read[key] = self._mention(subject)
        return found

    def _mention(self, subject: Subject) -> Mention | None:
        simple = self._simple(subject)
        if simple is not _NOT_SIMPLE:
            return simple
        words = [w if w[0] not in _QUOTE_ENDS and w[-1] not in _QUOTE_ENDS and w not in _DASHES
                 else ("," if w in _DASHES else _unquoted(w)) for w in subject.words if w not in MARKS]
        if "(" in words:
            words = _without_brackets(words)
        if not words:
            return None
        if len(words) == 1 and words[0].lower() in SUBJECT_PRONOUNS:
            return PRONOUN
        if len(words) > 1 and words[0].lower() in POSSESSIVES and self._unit_end(words[1:]):
            return PRONOUN  # "His army withdrew": the last actor's
        if len(words) > _LONGEST:
            words = words[:_LONGEST]  # a subject longer than this is a clause the reading missed
        found = self._phrase(words)
        if found is not None and found.kind is Kind.NAME:
            at_start = subject.at_start and found.words[0] == subject.words[0]
            if at_start != found.at_start:
                found = Mention(found.kind, found.words, found.entity, found.acronym, at_start)
        return found

    def _simple(self, subject: Subject) -> Mention | None:
        """ "Japan", "the Germans", "Grant", "He": a word alone, read at once (or _NOT_SIMPLE)."""
        words = subject.words
        start = 0
        while start < len(words) - 1 and words[start].lower() in _PLAIN_DETERMINERS:
            start += 1
        if start != len(words) - 1:
            return _NOT_SIMPLE
        word = words[start]
        low = word.lower()
        if low in SUBJECT_PRONOUNS:
            return PRONOUN if not start else None
        if not _is_name_word(word) or low in _NOBODY or word in MARKS or word in _DASHES:
            return None
        if word.endswith(_POSSESSIVE_ENDS) or not word[-1:].isalnum() or not word[:1].isalnum():
            return _NOT_SIMPLE
        known = self._known_at(words, start)
        if known is not None and known[0] == len(words):
            return known[1]
        if low in self._facts.units:
            return _NOT_SIMPLE
        return Mention(Kind.NAME, (word,), at_start=subject.at_start and not start)

    def _phrase(self, words: list[str]) -> Mention | None:
        """The phrase's first conjunct ("France, Britain, and ...": France, unless a known name runs on,
        "Bosnia and Herzegovina"), up to a prepositional phrase, a relative clause or a participle
        ("forces accompanied by"), read through "of" (``_before_of``): one pass over the words."""
        end, of = len(words), None
        for k in range(1, end):
            w = words[k]
            if w in _CONJUNCTIONS:
                known = self._known_at(words, _skip_determiners(words, 0))
                end = known[0] if known is not None and known[0] > k else k
                if end > k:  # the known name runs on: its words, then the rest of the reading
                    return self._phrase_within(words[:end])
                break
            if w in SUBJECT_CUTS or w[-2:] in _PARTICIPLE_TAILS and w.islower() and self._participle_after_noun(
                    w, words[k - 1]):
                end = k
                break
            if w == "of" and of is None:
                of = k
        words = words[:end]
        if len(words) == 1 and words[0].lower() in SUBJECT_PRONOUNS:
            return PRONOUN  # "He and his staff"
        if of is not None:
            words = self._before_of(words, of)
        return self._noun_phrase(words) if words else None

    def _phrase_within(self, words: list[str]) -> Mention | None:
        for k in range(1, len(words)):
            if words[k] in SUBJECT_CUTS or len(words[k]) > 4 and words[k].islower() and self._participle_after_noun(
                    words[k], words[k - 1]):
                words = words[:k]
                break
        if "of" in words[1:]:
            words = self._before_of(words, words.index("of", 1))
        return self._noun_phrase(words) if words else None

    def _participle_after_noun(self, word: str, before: str) -> bool:
        """ "the army defending", "forces accompanied by", "Germany supported by"; not the gerund of
        "Large-scale bombing"."""
        if len(word) < 5:
            return False
        if word.endswith("ing"):
            return bool(self._unit_end((before,)))
        return word.endswith("ed") and (before[:1].isupper() or bool(self._unit_end((before,))))

    def _before_of(self, words: list[str], of: int) -> list[str]:
        """ "most of the X" and "the army of X" are X; "Army of the Potomac" a name; "size of X" nobody."""
        head, rest = words[:of], words[of + 1:]
        last = head[-1].lower() if head else ""
        plain = head[_skip_determiners(head, 0):]
        if plain and all(w.islower() for w in plain) and (last in PARTITIVES or self._unit_end(head)):
            return rest  # "most of the German army", "the army of Napoleon"
        if not plain and last in PARTITIVES:
            return rest  # "Most of the ...", "Both of ..."
        unit = self._unit_end(head)
        if unit and self._known_inside(head[:len(head) - unit]) is not None:
            return head  # "ARVN Special Forces of Colonel Le Quang Tung": the ARVN's
        if head and head[-1][:1].isupper() and rest and _skip_determiners(rest, 0) < len(rest):
            following = rest[_skip_determiners(rest, 0)]
            if following[:1].isupper():
                return words  # a name with "of" in it
        return head

    def _noun_phrase(self, words: list[str]) -> Mention | None:
        article, last = 0, len(words) - 1
        for k, w in enumerate(words):
            if k < last and w[-2:] in _POSSESSIVE_TAILS:
                return self._possessive(words, k)
            if k and w in ARTICLES and words[k - 1][:1].isupper():
                article = k  # "Japan the Soviets" (after a clause with no comma): the last article starts it
        words = words[_skip_determiners(words, article):]
        if not words or (len(words) == 1 and words[0].lower() in _NOBODY):
            return None  # "Nobody", "September saw ..."
        known = self._known_at(words, 0)
        if known is not None and known[0] == len(words):
            return known[1]
        unit = self._unit_end(words)
        if unit:
            if known is not None and known[0] <= len(words) - unit:
                return known[1]  # "the German army": the first qualifier is known
            return self._unit(words, unit)
        if not _is_name_word(words[-1]):
            return None  # "British discontent", "the war": a common noun
        if known is not None and len(words) - known[0] > 1 and self._unit_end(words[:-1]):
            return known[1]  # "the German Army Group Centre": a unit and its designation
        span = _name_span(words)
        return self._name(span, checked=len(span) == len(words))

    def _possessive(self, words: list[str], k: int) -> Mention | None:
        """ "Lee's army" is Lee; "the army's 7th Division" the division; "Japan's next plan" nobody."""
        owner = [*words[:k], _strip_possessive(words[k])]
        rest = words[k + 1:]
        if self._unit_end(rest) == len(rest) or all(w.islower() for w in rest) and self._unit_end(rest):
            return self._noun_phrase(owner)
        if rest[-1][:1].isupper():
            return self._noun_phrase(rest)
        return None

    def _unit(self, words: list[str], unit: int) -> Mention | None:
        """ "the German army", "the Polish 5th Army", "Union cavalry": the qualifier's actor."""
        qualifiers = words[:len(words) - unit]
        known = self._known_inside(qualifiers)
        if known is not None:
            return known
        if words[-1][:1].isupper():
            return self._name(_name_span(words))  # "the Red Army", "7th Division"
        named = _name_span(qualifiers)
        if not named or named[0].lower() in COMMON_QUALIFIERS:
            return None  # "Southern states"
        if unit == 1 and words[-1].lower() in _NAMED_UNITS:
            return self._name([*named, words[-1]])  # "the Red army" is the Red Army
        return self._name(named)  # "Viet Minh forces"

    def _known_inside(self, words: Sequence[str]) -> Mention | None:
        """The first known actor among a phrase's words ("Imperial Japanese" in "the Imperial Japanese Army")."""
        for k in range(len(words)):
            known = self._known_at(words, k)
            if known is not None:
                return known[1]
        return None

    def _name(self, words: list[str], checked: bool = False) -> Mention | None:
        """A name; a known one (``checked``: it was looked up already) is the actor it names."""
        if not words:
            return None
        known = None if checked else self._known_at(words, 0)
        if known is not None and known[0] == len(words):
            return known[1]
        return Mention(Kind.NAME, tuple(words))

    def _unit_end(self, words: Sequence[str]) -> int:
        """How many of the last words name a force or a body ("army", "air force"), or 0."""
        units = self._facts.units
        if len(words) > 1 and f"{words[-2]} {words[-1]}".lower() in units:
            return 2
        return 1 if words and words[-1].lower() in units else 0

    def _known_at(self, words: Sequence[str], start: int) -> tuple[int, Mention] | None:
        """The longest known form that starts at ``start``: (where it ends, what it names)."""
        if start >= len(words) or not words[start][:1].isupper():
            return None
        first = words[start]
        sizes = self._sizes.get(first, ())
        if sizes == ():
            sizes = self._sizes[first] = self._lengths.get(word_key(first))
        if sizes is None:
            return None
        facts = self._facts
        for size in sizes:
            end = start + size
            if end > len(words):
                continue
            key = word_key(words[start]) if size == 1 else normal(words[start:end])
            acronym = self._acronyms.get(key)
            if acronym is not None:
                long_form = normal(acronym.rsplit(" (", 1)[0].split())
                entity = facts.entities.get(long_form) or facts.entities.get(key)
                if entity is not None:
                    return end, Mention(Kind.ENTITY, tuple(words[start:end]), entity)
                return end, Mention(Kind.ACRONYM, tuple(words[start:end]), acronym=acronym)
            entity = facts.entities.get(key)
            if entity is not None:
                return end, Mention(Kind.ENTITY, tuple(words[start:end]), entity)
        return None


def _unquoted(word: str) -> str:
    """ "'Barcid" and "Empire'" without their quotes; "Allies'" keeps its possessive."""
    if word[:1] in "'‘":
        word = word[1:]
    if word[-1:] in "'’" and not word.endswith(("s'", "s’")):
        word = word[:-1]
    return word or "'"


def _without_brackets(words: list[str]) -> list[str]:
    out: list[str] = []
    depth = 0
    for w in words:
        if w == "(":
            depth += 1
        elif w == ")":
            depth = max(depth - 1, 0)
        elif not depth:
            out.append(w)
    return out


def _skip_determiners(words: Sequence[str], k: int) -> int:
    """Past "the", "these", "two", "10,000": not past "7th" (of "the 7th Division")."""
    n = len(words)
    while k < n and (words[k].lower() in DETERMINERS or words[k].replace(",", "").isdigit()):
        k += 1
    return k


def _strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word[:-1]


def _name_span(words: Sequence[str]) -> list[str]:
    """The proper name that ends the phrase: "the neutral United States" -> "United States"."""
    start = len(words)
    while start > 0:
        w = words[start - 1]
        if w[:1].isupper() or w[:1].isdigit() or w.lower() in NAME_PARTICLES or _has_particle(w):
            start -= 1
        elif w in ("of", "the") and start > 1 and words[start - 2][:1].isupper():
            start -= 1
        else:
            break
    while start < len(words) and words[start] in ("of", "the"):
        start += 1
    return list(words[start:])


def _is_name_word(word: str) -> bool:
    return word[:1].isupper() or _has_particle(word)


def _has_particle(word: str) -> bool:
    """ "al-Abadi", "el-Sisi", "bin-Laden": a lower-case particle joined to a name."""
    head, _, tail = word.partition("-")
    return bool(tail) and head in NAME_PARTICLES and tail[:1].isupper()
