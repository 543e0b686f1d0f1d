"""The facts the lanes are named by, read once from ``resources/actors/``.

Countries, historical states and peoples, alliances, titles and the words for forces live
in data files (their README says where they come from); this module reads them the first
time a document asks, through ``viewer.bundled.resource_path``, and keeps them.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from viewer.bundled import resource_path

FOLDER = "actors"


@dataclass(frozen=True, slots=True)
class Entity:
    """One actor of the data files: a country, a state, a people or an alliance."""

    name: str
    names: tuple[str, ...]  # ``name`` first, then its other names, the preferred first


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Every form of every actor, every title and every word for a force, by ``normal`` key."""

    entities: Mapping[str, Entity]
    titles: frozenset[str]
    units: frozenset[str]
    lengths: Mapping[str, tuple[int, ...]]  # first word of a form -> the forms' lengths in words, longest first
    title_lengths: Mapping[str, tuple[int, ...]]  # the same for titles


def normal(words: Iterable[str]) -> str:
    """The key a form is looked up by: lower case, no dots, no accents, one space between words."""
    key = " ".join(words).replace(".", "").replace("’", "'").lower()
    return key if key.isascii() else fold(key)


def word_key(word: str) -> str:
    """``normal`` of one word, without building a list for it."""
    key = word.replace(".", "").replace("’", "'").lower()
    return key if key.isascii() else fold(key)


def fold(text: str) -> str:
    """ "Võ Nguyên Giáp" -> "Vo Nguyen Giap": the letters without their accents."""
    return _ACCENTS.sub("", unicodedata.normalize("NFKD", text.translate(_LETTERS)))


_ACCENTS = re.compile("[\u0300-\u036f]")


_LETTERS = str.maketrans("đĐłŁøØıß", "dDlLoOis")


@cache
def gazetteer() -> Gazetteer:
    """The data files, read on first use."""
    entities: dict[str, Entity] = {}
    for file in ("countries.tsv", "alliances.tsv"):
        for row in _rows(file):
            names = (row["name"], *_cells(row["other_names"]))
            entity = Entity(row["name"], names)
            forms = (*names, *_cells(row["adjectives"]), *_cells(row["peoples"]), *_cells(row.get("forces", "")))
            for form in forms:
                entities.setdefault(normal(form.split()), entity)
    titles = {normal(form.split()) for row in _rows("titles.tsv")
              for form in (row["title"], *_cells(row["other_forms"]))}
    units = {normal(row["word"].split()) for row in _rows("units.tsv")}
    return Gazetteer(entities=entities, titles=frozenset(titles), units=frozenset(units),
                     lengths=lengths_by_first_word(entities), title_lengths=lengths_by_first_word(titles))


def lengths_by_first_word(keys: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """For each first word of the keys, the keys' lengths in words, longest first."""
    lengths: dict[str, set[int]] = {}
    for key in keys:
        words = key.split(" ")
        lengths.setdefault(words[0], set()).add(len(words))
    return {word: tuple(sorted(sizes, reverse=True)) for word, sizes in lengths.items()}


def _rows(file: str) -> Iterator[dict[str, str]]:
    with resource_path(f"{FOLDER}/{file}").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield {key: (value or "").strip() for key, value in row.items()}


def _cells(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]
