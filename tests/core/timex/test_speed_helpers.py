"""The faster ways the reading takes to the same answers: each helper here gives what the plain
pattern or copy it stands in for gives. Every sentence here is written for these tests."""

from __future__ import annotations

import dataclasses
import re

import pytest

from viewer.core.timex import asides, event_anchors, guards
from viewer.core.timex.anchoring import Narrative
from viewer.core.timex.event_anchors import date_near, last_boundary_end, word_starts
from viewer.core.timex.event_offsets import Told
from viewer.core.timex.finding import Timex, connected
from viewer.core.timex.neighbours import CONNECTOR, connects

# ----------------------------------------------------------------- the word before a month (guards)

# The pattern ``is_name`` used to search with: every word tried at every letter.
_PLAIN_NAME_BEFORE = re.compile(r"([A-Za-z]+)(\.?)([^\S\n]+)$")

BEFORE_A_NAME = [
    "It was General ",
    "Gen. ",
    "They survived the Long ",
    "The rains came in ",
    "The siege ended. ",
    "Troezen\n\n",
    "Troezen \n",
    "at Troezen.\t ",
    "the river by early 3 ",
    "Generalissimo",
    "",
    " ",
    "Lord\u00a0",
    "(Admiral ",
    "x.y. ",
    "over the hill and far away towards the General ",
]


@pytest.mark.parametrize("before", BEFORE_A_NAME)
def test_name_before_finds_what_the_plain_pattern_finds(before):
    plain, quick = _PLAIN_NAME_BEFORE.search(before), guards._NAME_BEFORE.search(before)
    assert (plain is None) == (quick is None)
    if plain is not None and quick is not None:
        assert (quick.start(), quick.groups()) == (plain.start(), plain.groups())


def test_determined_takes_the_words_before_when_given():
    text = "He planned the 1777 campaigns."
    start = text.index("1777")
    assert guards.determined(text, start, guards.words_before(text, start)) is True
    assert guards.determined(text, start, ["in"]) is False
    assert guards.determined(text, start, []) is False


# ---------------------------------------------------------- a clause told ahead (asides.line_side)

_PLAIN_LOOKS_AHEAD_SENTENCES = [
    "The treaty, which would be signed in ",
    "The general, who was to die in ",
    "The forts that WERE TO fall in ",
    "The king, whom Would   later crown in ",
    "The army, which was later to march in ",
    "The town that was to be rebuilt from scratch after ",
    "The envoy went to the court and spoke of what he saw in ",
    "WHICH WOULD ",
    "\u0131t would be done by ",
]


@pytest.mark.parametrize("sentence", _PLAIN_LOOKS_AHEAD_SENTENCES)
def test_told_ahead_is_the_pattern_search(sentence):
    start = len(sentence)
    expected = asides._LOOKS_AHEAD.search(sentence, max(0, start - 80), start) is not None
    assert asides._told_ahead(sentence, start) is expected


@pytest.mark.parametrize(("text", "side"), [
    ("The treaty, which would be signed in 1920", 1),
    ("It was the largest battle since 1813", -1),
    ("On the last occasion that the council had met, in 1614", -1),
    ("The army crossed the river in 1915", 0),
])
def test_line_side(text, side):
    assert asides.line_side(text, text.index("1")) == side


# --------------------------------------------------------- the two ends of a range (neighbours)

@pytest.mark.parametrize("between", [" to ", "-", " \u2013 ", " until the ", " and ", "to", " or\n", " ", " to the\n",
                                     "", " and then ", " through  "])
def test_connects_is_the_connector_on_the_text_between(between):
    text = "3" + between + "9 May"
    assert connects(text, 1, 1 + len(between)) is (CONNECTOR.match(between) is not None)


def test_connected_expressions():
    text = "From 3 to 9 May, and on 12 June."
    first = Timex(5, 6, "3", "DATE", None)
    second = Timex(10, 15, "9 May", "DATE", None)
    third = Timex(24, 31, "12 June", "DATE", None)
    assert connected(text, first, second)
    assert not connected(text, second, third)


# --------------------------------------------------------------------- the narrative (anchoring)

def test_narrative_copy_is_a_replace():
    now = Narrative(1915, 5, 3)
    now.since = 4
    copy = now.copy()
    assert copy == dataclasses.replace(now) and copy is not now
    copy.set(1916)
    assert (now.year, now.month, now.day, now.since) == (1915, 5, 3, 4)


# ------------------------------------------------------------------- where an event was told

@pytest.mark.parametrize("stem", ["inva", "Kars", "Sumter", "batt", "Ks", "\u00c9lys", "cris"])
def test_word_starts_are_the_starts_of_the_pattern(stem):
    window = ("The invasion of Kars began. INVADED twice, Kars fell; the Invasion-invaders "
              "were at Fort Sumter, fort-sumter and sumters. The battle\u2014battles, "
              "embattled\u2014ended. Ks, \u212aS and KS met; the \u00c9lys\u00e9e and \u00e9lys "
              "were in cr\u0131s\u0131s, \u017fcrisis and CR\u0130SIS.")
    expected = [m.start() for m in re.finditer(rf"\b{re.escape(stem)}", window, re.I)]
    assert list(word_starts(window, event_anchors._folded(window), stem)) == expected


def test_folded_keeps_every_offset():
    text = "\u0130stanbul and \u0131zmir, \u017fome \u212aelvin \u03a3\u039f\u03a3"
    assert len(event_anchors._folded(text)) == len(text)
    assert event_anchors._folded(text).startswith("istanbul and izmir, some kelvin")


PARAGRAPH = ("The U.S. fleet sailed at dawn. Gen. P. G. T. Beauregard waited! Who would come? "
             "Nobody.\nA new line began... and went on (to Fort A.) while B. said so.")


@pytest.mark.parametrize("floor", [0, 10, 40])
def test_last_boundary_end_is_the_last_match(floor):
    for pos in range(floor, len(PARAGRAPH) + 1):
        ends = [m.end() for m in event_anchors._BOUNDARY.finditer(PARAGRAPH, floor, pos)]
        assert last_boundary_end(PARAGRAPH, floor, pos) == max(ends, default=floor), pos


def test_date_near_gives_what_it_was_given():
    starts = [10, 50, 90]
    assert date_near((55, 40, 70), starts, ["1915-05-03", "1915-05-04", "1915-05-05"]) == "1915-05-04"
    assert date_near((55, 40, 70), starts, [(1915, 5, 3), (1915, 5, 4), (1915, None, None)]) == (1915, 5, 4)
    assert date_near((5, 0, 8), starts, [(1915, 5, 3), (1915, 5, 4), (1915, None, None)]) is None
    assert date_near((95, 92, 99), starts, [(1915, 5, 3), (1915, 5, 4), (1915, None, None)]) == (1915, None, None)


def test_told_keeps_where_the_narrative_stood():
    told, now = Told(), Narrative(1915, 5)
    told.note(12, "1915-05-03", now)
    told.note(40, "P3D", Narrative())
    assert (told.dates_at, told.dates) == ([12], ["1915-05-03"])
    assert (told.stood_at, told.stood) == ([12], [(1915, 5, None)])
