"""People's names: a title and a name ("Maj. Gen. George B. McClellan"), and the full names
a text gives, so that "Grant" is "Ulysses S. Grant" where the text named him so.

Full names are looked for where the text uses a surname alone, a little before and after
(``FullNames``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence

from viewer.core.actors.gazetteer import Gazetteer, fold, normal, word_key
from viewer.core.actors.lexicon import (
    CLAUSE_OPENERS,
    DAYS,
    DETERMINERS,
    ERAS,
    MONTHS,
    NAME_PARTICLES,
    NOT_ACTORS,
    NOT_PERSON_WORDS,
    POSSESSIVES,
    SENTENCE_ADVERBS,
    SUBJECT_PRONOUNS,
)

_NAME_CHARS = 80  # a title and a full name are shorter than this
# How far from the first use of a surname alone its full name is looked for.
_BEFORE, _AFTER, _LONGEST_WINDOW = 8_000, 3_000, 24_000
_READINGS, _FLOOR = 40, 2_000_000  # the characters all the windows may search: linear in the text
_NOT_IN_A_NAME = frozenset(",;:!?\"“”()")
_OPENING_WORDS = CLAUSE_OPENERS | DETERMINERS | SENTENCE_ADVERBS | MONTHS | DAYS | ERAS
# Words that are no one's surname, whatever sentence they open.
NOT_SURNAMES = _OPENING_WORDS | SUBJECT_PRONOUNS | POSSESSIVES | NOT_ACTORS


class Person:
    """A name split into its title and the name proper."""

    __slots__ = ("title", "name")

    def __init__(self, title: tuple[str, ...], name: tuple[str, ...]) -> None:
        self.title = title
        self.name = name

    @property
    def shown(self) -> str:
        return " ".join((*self.title, *self.name))


def person(words: Sequence[str], facts: Gazetteer) -> Person:
    """A name's title and the name proper; the side named before them is neither.

    "Confederate General Thomas Jackson" and "United States President Barack Obama" are a
    title and a name, "United States Air Force Curtis LeMay" a name; "Qatari al-Samarmad" is
    a name as written.
    """
    if len(words) == 1:  # the commonest: a surname alone, or a title alone ("the King")
        return Person(tuple(words), ()) if word_key(words[0]) in facts.titles else Person((), tuple(words))
    if _title_end(words, 0, facts) == len(words):
        return Person(tuple(words), ())  # "the King"
    k = _side_end(words, facts)
    if not k and not _title_end(words, 0, facts):  # "London King George": a title inside starts the name
        k = next((j for j in range(1, len(words) - 1) if _title_end(words, j, facts)), 0)
    end = k
    while (further := _title_end(words, end, facts)) and further < len(words):
        end = further
    return Person(tuple(words[k:end]), tuple(words[end:]))


def _side_end(words: Sequence[str], facts: Gazetteer) -> int:
    """Where the known actor (and its force) before a title or a full name ends, or 0."""
    sizes = facts.lengths.get(word_key(words[0])) if words else None
    if sizes is None:
        return 0
    side = next((size for size in sizes if size < len(words) and normal(words[:size]) in facts.entities), 0)
    if not side:
        return 0
    end = side
    while end < len(words) - 1:  # "United States Air Force Curtis LeMay"
        if end < len(words) - 2 and f"{words[end]} {words[end + 1]}".lower() in facts.units:
            end += 2
        elif words[end].lower() in facts.units:
            end += 1
        else:
            break
    if _title_end(words, end, facts) or (end > side and len(words) - end > 1):
        return end
    return 0


def _title_end(words: Sequence[str], start: int, facts: Gazetteer) -> int:
    if start >= len(words) or not words[start][:1].isupper():
        return 0
    sizes = facts.title_lengths.get(word_key(words[start]))
    if sizes is None:
        return 0
    for size in sizes:
        if start + size <= len(words) and normal(words[start:start + size]) in facts.titles:
            return start + size
    return 0


class FullNames:
    """The full names a text gives to the surnames its subjects use alone.

    A text names a person in full near where it calls them by surname alone, most often just
    before the first time. So each surname is looked for from a little before its first use
    alone to a little after its last (a window of bounded length), and from each place it is
    written the capitalised words before it are read back, at most a name's length ("...
    replaced by Maj. Gen. Joseph Hooker. Hooker, too, ..."). The windows together search at
    most a fixed multiple of the text: the cost grows with the text, not with its runs of
    capitalised words nor with its number of names.
    """

    def __init__(self, text: str, facts: Gazetteer, surnames: Mapping[str, tuple[str, int, int]]) -> None:
        """``surnames``: a surname's key -> how a subject writes it, where it is first and last used alone."""
        self._text = text
        self._facts = facts
        self._found: dict[str, tuple[list[int], list[Person]]] = {}
        self._read: dict[str, Person | None] = {}  # the words before a surname -> the full name they make
        # However many surnames, the windows together read no more than a bounded multiple of the
        # text (searching 40 times its length costs what reading it once word by word does).
        budget = _READINGS * len(text) + _FLOOR
        for key, (written, first, last) in sorted(surnames.items(), key=lambda item: item[1][1]):
            if budget <= 0:
                break
            budget -= self._look_for(key, written, first, last)

    def nearest(self, surname: str, position: int) -> tuple[int, Person] | None:
        """The full name with this surname given last before ``position`` (else the first after)."""
        found = self._found.get(surname)
        if found is None:
            return None
        positions, people = found
        k = max(bisect_right(positions, position) - 1, 0)
        return positions[k], people[k]

    def several(self, surname: str) -> bool:
        """Whether the text gives more than one full name with this surname."""
        found = self._found.get(surname)
        return found is not None and len({normal(person.name) for person in found[1]}) > 1

    def _look_for(self, key: str, written: str, first: int, last: int) -> int:
        """Where ``written`` is between a little before its first use and a little after its last (a
        window of bounded length), the full name before it; the window's length."""
        text = self._text
        start = max(first - _BEFORE, 0)
        end = min(last + _AFTER, first + _LONGEST_WINDOW, len(text))
        at = text.find(written, start, end)
        while at >= 0:
            after = at + len(written)
            if after >= len(text) or not text[after].isalnum() or text.startswith(("'s", "’s"), after):
                full = self._before(at, after)
                if full is not None:
                    positions, people = self._found.setdefault(key, ([], []))
                    positions.append(at)
                    people.append(full)
            at = text.find(written, after, end)
        return end - start

    def _before(self, at: int, after: int) -> Person | None:
        """The full name that ends with the surname at ``at``, if the words before it make one."""
        text = self._text
        start = at
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "-'’"):
            start -= 1  # "al-Abadi" for "Abadi"
        if start < 2 or text[start - 1] != " ":
            return None
        if not (text[start - 2].isalpha() or text[start - 2] == "."):
            return None  # after a mark: no name runs on to it
        previous = text.rfind(" ", max(start - 30, 0), start - 1) + 1
        if not (text[previous].isupper() or text[previous:start - 1] in NAME_PARTICLES):
            return None  # most places: after a lower-case word ("made Grant")
        run = text[max(start - _NAME_CHARS, 0):after]
        run = run[run.rfind("\n") + 1:]
        if run not in self._read:
            self._read[run] = self._name_ending(run.split(" "))
        return self._read[run]

    def _name_ending(self, words: list[str]) -> Person | None:
        """The capitalised words that end ``words``, back to the first that is not one, as a full name."""
        start, opens = len(words) - 1, True  # whether the name's words open a sentence
        while start > 0 and len(words) - start < 6:
            word = words[start - 1]
            if not (word[:1].isupper() or word in NAME_PARTICLES) or word[-1:] in _NOT_IN_A_NAME:
                opens = not word[-1:].isalnum() and word[-1:] not in ",;"
                break
            if "'s" in word or "’s" in word or "-" in word and not word.rpartition("-")[2][:1].isupper():
                opens = False  # "Iraq's", "N.C.-based": no part of a name
                break
            if _ends_sentence(word, self._facts):
                break
            start -= 1
        name = words[start:]
        while opens and len(name) > 1 and (name[0].lower() in _OPENING_WORDS or name[0].endswith(("ing", "ed"))):
            name = name[1:]  # "In March Grant", "Abandoning Hispania"
        full = person(name, self._facts)
        return full if is_full_name(full.name, self._facts) else None


def _ends_sentence(word: str, facts: Gazetteer) -> bool:
    """ "Lee." ends a sentence; "Maj.", "B." and "U.S." do not."""
    return word.endswith(".") and len(word) > 2 and "." not in word[:-1] and word_key(word) not in facts.titles


def is_full_name(name: Sequence[str], facts: Gazetteer) -> bool:
    """Whether words read as a person's full name: "Ulysses S. Grant", not "Fort Sumter", "Xerxes I. Xerxes"."""
    first = name[0].lower().rstrip(".") if name else ""
    return (1 < len(name) <= 5 and first not in _OPENING_WORDS
            and not any(w.lower().rstrip(".") in NOT_PERSON_WORDS for w in name)
            and not (name[0].isalpha() and name[0].isupper()) and name[-1] not in name[:-1]
            and not any(w.lower() in facts.units or (w.islower() and w not in NAME_PARTICLES) for w in name)
            and normal(name[:1]) not in facts.entities and normal(name[-1:]) not in facts.entities)


def surname_key(word: str) -> str:
    """ "Grant's" and "Grant." are "grant"; "Díaz" is "diaz"."""
    key = without_possessive(word).replace(".", "").replace("’", "'").lower()
    return key if key.isascii() else fold(key)


def without_possessive(word: str) -> str:
    word = word.rstrip(".,")
    return word[:-2] if word.endswith(("'s", "’s")) else word
