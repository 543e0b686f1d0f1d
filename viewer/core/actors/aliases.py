"""One actor, one lane, whatever the text calls it: the lane's key and the name it shows.

A known actor is one lane under the first of its names the text uses ("United Kingdom"
for "Britain", "British", "the British"); an acronym is one lane with its long form
("Joint Operations Command (JOC)"); a person is one lane under the fullest name the
text gave first, title included ("Prime Minister Haider al-Abadi" for "al-Abadi",
"Ulysses S. Grant" for "General Grant" and "Grant").
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.core.actors.gazetteer import Entity, Gazetteer, normal, word_key
from viewer.core.actors.mentions import Kind, Mention
from viewer.core.actors.names import (
    NOT_SURNAMES,
    FullNames,
    Person,
    is_full_name,
    person,
    surname_key,
    without_possessive,
)

# Endings of English common nouns ("Battles", "Relations", "Fragging"), seldom of a name that
# opens a sentence and is never written inside one.
_NOUN_ENDS = ("s", "tion", "ment", "ness", "ity", "ism", "ing", "ship", "ance", "ence")
_UNKNOWN = "?"  # no lane has this key
_WINDOW = 8_000  # characters either side of a sentence searched for its first word inside sentences
# Units one names in the singular: "the Nationalist army" is the Nationalists' lane.
_SINGULAR_UNITS = frozenset("army navy fleet legion corps division brigade regiment battalion guard".split())


class LaneNames:
    """Keys and shown names of the lanes of one text."""

    def __init__(self, text: str, facts: Gazetteer, mentions: Sequence[tuple[Mention | None, int]]) -> None:
        self._text = text
        self._facts = facts
        self._people: dict[tuple[str, ...], Person] = {}
        names: set[tuple[str, ...]] = set()
        alone: dict[str, tuple[str, int, int]] = {}  # a surname used alone -> as written, first and last use
        for mention, position in mentions:
            if mention is not None and mention.kind is Kind.NAME:
                name = self._person(mention.words).name
                names.add(name)
                if len(name) == 1:
                    key = surname_key(name[0])
                    written, first, _ = alone.get(key) or (without_possessive(name[0]), position, position)
                    alone[key] = (written, first, position)
        # A full name some sentence's subject gives is the name of its surname ("Diaz" for
        # "Porfirio Díaz"), and of its given name where that is used alone ("Saddam" for "Saddam
        # Hussein", "Chiang" for "Chiang Kai-shek") and no other full name shares it.
        given: dict[str, dict[str, tuple[str, ...]]] = {}  # a given name or surname -> full names by key
        for name in names:
            if is_full_name(name, facts):
                key = normal(name)  # "Chiang Kai-shek" and "Chiang Kai-Shek" are one
                given.setdefault(surname_key(name[0]), {}).setdefault(key, name)
                given.setdefault(surname_key(name[-1]), {}).setdefault(key, name)
        self._given = {word: next(iter(full.values())) for word, full in given.items() if len(full) == 1}
        self._alone = {key for key in alone if key not in NOT_SURNAMES and key not in facts.units}
        # the other surnames' full names are looked for in the text around their first use
        self._full_names = FullNames(text, facts, {key: alone[key] for key in self._alone if key not in self._given})
        self._entities: dict[str, tuple[Entity, set[str]]] = {}  # key -> entity, the forms the text used
        self._shown: dict[str, tuple[int, str]] = {}  # key -> where the name was first given, and it
        self._common: dict[str, bool] = {}  # a sentence's first word -> whether it is a common word
        self._budget = 40 * len(text) + 1_000_000  # characters the common-word look-ups may search
        self._fixed: dict[int, str | None] = {}  # a mention (by id) whose lane is the same anywhere -> it
        self._kept: list[Mention] = []  # those mentions, alive while their ids are keys

    def key(self, mention: Mention, position: int) -> str | None:
        """The lane of a mention made at ``position`` in the text (None: it names nobody)."""
        known = self._fixed.get(id(mention), _UNKNOWN)
        if known is not _UNKNOWN:
            return known  # a mention read before, whose lane is the same wherever it is
        key: str | None
        if mention.kind is Kind.ENTITY and mention.entity is not None:
            key = "e:" + mention.entity.name
            self._entities.setdefault(key, (mention.entity, set()))[1].add(normal(mention.words))
        elif mention.kind is Kind.ACRONYM:
            key = "a:" + mention.acronym
            self._give(key, 0, mention.acronym)
        else:
            key, fixed = self._person_key(mention, position)
            if not fixed:
                return key
        self._fixed[id(mention)] = key
        self._kept.append(mention)
        return key

    def shown(self, keys: set[str]) -> dict[str, str]:
        """The name each lane shows. A name, its plural and its army are one lane ("Nationalist",
        "Nationalists" and "the Nationalist army" are the Nationalists), and so is a full name with
        and without its middle initials ("Lyndon Johnson", "Lyndon B. Johnson") where the text gives
        only one name with initials."""
        initialled: dict[str, set[str]] = {}
        for key in keys:
            if key.startswith("p:"):
                initialled.setdefault(_without_initials(key), set()).add(key)
        shown: dict[str, str] = {}
        for key in keys:
            if key in self._entities:
                entity, used = self._entities[key]
                shown[key] = self._entity_name(entity, used)
                continue
            same = initialled.get(_without_initials(key), set()) if key.startswith("p:") else set()
            if len(same) == 2 and _without_initials(key) in same:
                key_shown = max(same, key=len)  # the one with its initials
            else:
                key_shown = _one_lane(key, keys)
            shown[key] = self._shown[key_shown][1]
        return shown

    def _person_key(self, mention: Mention, position: int) -> tuple[str | None, bool]:
        """A name's lane, and whether it is the same wherever the mention is made."""
        who = self._person(mention.words)
        if not who.name:  # "the King": a title alone
            key = "n:" + normal(who.title)
            self._give(key, position, who.shown)
            return key, True
        name = who.name
        if len(name) == 2 and surname_key(name[1]) in self._alone and word_key(name[0]) in self._facts.entities:
            name = name[1:]  # "the Carthaginian Hannibal" where the text also says "Hannibal"
        if len(name) > 1:
            key = "p:" + normal(name)
            self._give(key, position, who.shown)
            return key, True
        surname = surname_key(name[0])
        if surname in self._given and (not who.title or surname_key(self._given[surname][-1]) == surname):
            return "p:" + normal(self._given[surname]), True
        full = self._full_names.nearest(surname, position)
        if full is not None:
            given_at, given = full
            key = "p:" + normal(given.name)
            self._give(key, given_at, given.shown)
            return key, not self._full_names.several(surname)
        if mention.at_start and not who.title and self._common_word(name[0], position):
            return None, True  # "Battles in the region served ...": a capital only because it opens
        key = "n:" + surname
        self._give(key, position, " ".join((*who.title, *name)))
        return key, True

    def _person(self, words: tuple[str, ...]) -> Person:
        who = self._people.get(words)
        if who is None:
            who = self._people[words] = person(words, self._facts)
        return who

    def _give(self, key: str, position: int, shown: str) -> None:
        """The name first given, in capitals if the text ever writes it so ("Red Army", not "Red army")."""
        known = self._shown.get(key)
        if known is None:
            self._shown[key] = (position, shown)
        elif known[1] != shown and (_capitals(shown), -position) > (_capitals(known[1]), -known[0]):
            self._shown[key] = (position, shown)

    def _entity_name(self, entity: Entity, used: set[str]) -> str:
        """The first of the actor's names the text uses as a subject, else anywhere, else its name."""
        for name in entity.names:
            if normal(name.split()) in used:
                return name
        for name in entity.names:
            if _mentions(self._text, name):
                return name
        return entity.name

    def _common_word(self, word: str, position: int) -> bool:
        """Asked once per word, at its first sentence: linear however often a word opens one, and
        however many words do (past a few readings of the text, a word is taken for a name)."""
        known = self._common.get(word)
        if known is None:
            known = False
            if self._budget > 0:
                self._budget -= 2 * _WINDOW
                known = self._is_common_word(word, position)
            self._common[word] = known
        return known

    def _is_common_word(self, word: str, position: int) -> bool:
        """Whether a sentence's capitalised first word is a common word ("Battles", "Events").

        A common word is written in lower case inside sentences ("the battles"), and with its
        capital only where it opens one; a name keeps its capital ("of Nashville", "made Grant").
        """
        text = self._text
        start, end = max(position - _WINDOW, 0), position + _WINDOW
        if not word.lower().endswith(_NOUN_ENDS) and not _mentions(text, word.lower(), start, end):
            return False  # "Yarallah stated": a name the text gives once
        at = text.find(word, start, end)
        while at >= 0:
            after = at + len(word)
            if (after >= len(text) or not text[after].isalnum()) and _after_lower_case_word(text, at):
                return False
            at = text.find(word, at + 1, end)
        return True


def _without_initials(key: str) -> str:
    return " ".join(word for word in key.split(" ") if len(word) > 1)


def _one_lane(key: str, keys: set[str]) -> str:
    """The key a name's lane goes by: its plural's, or for "X army" the lane of X (or Xs)."""
    head, _, unit = key.rpartition(" ")
    if key.startswith("p:") and " " not in head and unit in _SINGULAR_UNITS:
        for other in ("n:" + head[2:] + "s", "n:" + head[2:]):
            if other in keys:
                return other
    return key + "s" if key.startswith("n:") and key + "s" in keys else key


def _capitals(name: str) -> bool:
    return all(w[:1].isupper() or not w[:1].isalpha() or "-" in w for w in name.split())


def _after_lower_case_word(text: str, at: int) -> bool:
    """Whether the word before ``at`` is in lower case or ends a clause inside a sentence ("of", "1862,")."""
    if at < 2 or text[at - 1] != " ":
        return False
    if text[at - 2] in ",;":
        return True
    if not text[at - 2].isalnum():
        return False
    start = at - 2
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'-"):
        start -= 1
    return text[start].islower()


def _mentions(text: str, phrase: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``phrase`` is in ``text[start:end]`` as whole words."""
    end = len(text) if end is None else min(end, len(text))
    at = text.find(phrase, start, end)
    while at >= 0:
        after = at + len(phrase)
        if (at == 0 or not text[at - 1].isalnum()) and (after >= len(text) or not text[after].isalnum()):
            return True
        at = text.find(phrase, at + 1, end)
    return False
