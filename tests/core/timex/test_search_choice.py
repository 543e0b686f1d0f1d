"""The search reads a match only when the choice comes to it (search._leftmost_longest), and
keeps where the matches are as numbers that sort them (search._KeyShape): the pieces are
those of reading every match first and then choosing, as the search did before.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import random
import re

import pytest

from viewer.core.gc_pause import emptied
from viewer.core.progress import Pacer
from viewer.core.timex import search
from viewer.core.timex.pieces import Found
from viewer.core.timex.rules import priority, rules

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")

# Dates a few words apart, so that every sentence is inside one long window, and kinds of
# expression that overlap: "3 May 1915" holds "3 May", "May 1915", "May" and "1915".
_DENSE = "".join(
    f"On {1 + i % 28} {_MONTHS[i % 12]} {1800 + i * 7 % 200} the army {('crossed', 'held', 'fell back')[i % 3]}.\n"
    for i in range(300))

# Dates far apart, each in a window of its own.
_SPARSE = " ".join(
    f"In {_MONTHS[i % 12]} {1900 + i} the river rose. " + "The men walked on and on without a word. " * 3
    for i in range(40))

_TRICKY = """
General March spoke to 1500 men on 3 May\n\n1915, and the 22-25 April 1951 attack began at dawn. The
the 3rd to the 5th of June, March 3-5, 1952, Sept. 3rd, 1915 and May the 3rd were quiet; in May 1940
of that year, 12 May of the same year, the following June. By 10:30 p.m. and 9PM the next day, three
days later, in the 1940s, the late 19th century, 480 to 479 BC, '45 and AD 9.

A new paragraph: 1 June
1916 runs over a line break, and 2 June

1916 over a paragraph break. Two weeks earlier, last year, every year, now, the past, to date.
"""


def _read_first(text: str, news: bool = False) -> list[Found]:
    """What the search found before it read lazily: every match read, the vetoed and those
    over a paragraph break dropped, then the earliest, longest, first rule of the rest."""
    bc = search._speaks_bc(text, Pacer())
    table, rank = rules(bc, news), priority(bc, news)
    lower = search.folded(text)
    found = []
    for rule in table:
        spans = search._windows(text, search._TRIGGERS[rule.trigger], Pacer())
        if rule.needs:
            spans = search._holding(text, lower, spans, rule.needs)
        for lo, hi in spans:
            for m in rule.regex.finditer(text, lo, hi):
                if re.search(r"\n[^\S\n]*\n", m[0]):
                    continue
                pieces = rule.handler(m, text)
                if pieces:
                    found.append((m.start(), m.end(), rank[rule.name], rule.name, pieces))
    found.sort(key=lambda c: (c[0], -c[1], c[2]))
    kept: list[tuple] = []
    for c in found:
        if not kept or c[0] >= kept[-1][1]:
            kept.append(c)
    return [Found(p.start, p.end, p.reading, c[3]) for c in kept for p in c[4]]


@pytest.mark.parametrize("text", [_DENSE, _SPARSE, _TRICKY, _DENSE + _TRICKY + _SPARSE], ids=["dense", "sparse",
                                                                                                "tricky", "all"])
@pytest.mark.parametrize("news", [False, True])
def test_reading_when_chosen_keeps_what_reading_first_kept(text: str, news: bool) -> None:
    found = search.find_pieces(text, news=news)
    assert found == _read_first(text, news)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_a_match_over_a_paragraph_break_gives_way_to_the_next() -> None:
    text = "The ceasefire held from 2 June\n\n1916 onwards."
    spans = [(f.start, f.end) for f in search.find_pieces(text)]
    assert (text.index("2 June"), text.index("2 June") + len("2 June")) in spans
    assert all("\n\n" not in text[a:b] for a, b in spans)


def test_a_vetoed_match_gives_way_to_the_next() -> None:
    # "General March" is a name: month_alone's reader vetoes it, and nothing else is there;
    # "1500 men" is a count, not a year.
    text = "General March led 1500 men into the hills in March 1916."
    found = [text[f.start:f.end] for f in search.find_pieces(text)]
    assert found == ["March 1916"]


def test_numbers_sort_the_matches_as_the_choice_takes_them() -> None:
    text = "x" * 5000
    table = rules(False)
    shape = search._shape(text, table)
    size, rng = len(text), random.Random(7)
    fields = []
    for count in range(3000):
        start = rng.randrange(size)
        fields.append((start, rng.randint(start + 1, size), rng.randrange(len(table)), count))
    numbers = [((((s << shape.place) | (size - e)) << shape.rule | r) << shape.seen) | c for s, e, r, c in fields]
    by_number = [fields[n & ((1 << shape.seen) - 1)] for n in sorted(numbers)]
    assert by_number == sorted(fields, key=lambda f: (f[0], -f[1], f[2], f[3]))


def test_the_search_reports_its_progress_in_order() -> None:
    shares: list[float] = []
    search.find_pieces(_DENSE * 20, Pacer(shares.append))
    assert shares == sorted(shares)
    assert 0.0 <= shares[0] and shares[-1] == pytest.approx(0.99)


@pytest.mark.parametrize("count", [0, 5, 4 * search.STEP, 4 * search.STEP + 1, 9 * search.STEP + 123])
def test_many_match_numbers_are_sorted_a_part_at_a_time_as_one_sort_sorts_them(count: int) -> None:
    # (a dense text's millions are sorted by calls of STEP each: the window's GUI thread waits less)
    rng = random.Random(count)
    values = [rng.getrandbits(86) for _ in range(count)]
    values[: count // 3] = sorted(values[: count // 3])  # a run already in order, as one rule's matches are
    values[count // 3: count // 2] = values[:1] * (count // 2 - count // 3)  # and many equal
    expected = sorted(values)
    assert search.in_order(values) == expected
    emptied(values)
    assert values == []
