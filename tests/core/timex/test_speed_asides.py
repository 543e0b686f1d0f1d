"""The pre-checks ``asides.line_side`` makes before its searches give what the plain searches
give: the pattern written backwards is ``_LOOKS_BACK`` read backwards, the folded window holds
the words of any match of ``_LOOKED_BACK``, and on every sentence here, at every place, the
side is the plain one. Every sentence here is written for these tests."""

from __future__ import annotations

import re
import sys
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

import pytest

from viewer.core.timex import asides


def _plain_side(text: str, start: int) -> int:
    """line_side as it was: the three searches, each tried at every place of its window."""
    lo = max(0, start - 80)
    if asides._LOOKS_AHEAD.search(text, lo, start) is not None:
        return 1
    if asides._LOOKS_BACK.search(text, lo, start) is not None \
            or asides._LOOKED_BACK.search(text, max(0, start - 150), start) is not None:
        return -1
    return 0


# --------------------------------------------------------------- the pattern written backwards

_BLANKS = " "  # stands for \s+ in the language of a pattern


def _language(pattern: re.Pattern[str]) -> set[str]:
    """Every string ``pattern`` matches, \\s+ written as one blank, its assertions (\\b, \\Z)
    left out: the pattern must hold nothing else (a finite language of words and blanks)."""

    def sequence(items) -> list[str]:
        out = [""]
        for op, av in items:
            out = [a + b for a in out for b in node(op, av)]
        return out

    def node(op, av) -> list[str]:
        if op is sre.LITERAL:
            return [chr(av)]
        if op is sre.IN:
            if av == [(sre.CATEGORY, sre.CATEGORY_SPACE)]:
                return [_BLANKS]
            assert all(o is sre.LITERAL for o, _ in av), av
            return [chr(v) for _, v in av]
        if op is sre.SUBPATTERN:
            return sequence(av[-1])
        if op is sre.BRANCH:
            return [x for branch in av[1] for x in sequence(branch)]
        if op is sre.MAX_REPEAT:
            lo, hi, sub = av
            if hi == sre.MAXREPEAT:  # only \s+
                assert lo == 1 and list(sub) == [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_SPACE)])], av
                return [_BLANKS]
            assert (lo, hi) == (0, 1), av
            return [""] + sequence(sub)
        if op is sre.AT:
            return [""]
        raise AssertionError((op, av))

    return set(sequence(_parser.parse(pattern.pattern, pattern.flags)))


def test_the_pattern_written_backwards_is_looks_back_read_backwards():
    forward, backward = _language(asides._LOOKS_BACK), _language(asides._LOOKS_BACK_REVERSED)
    assert len(forward) > 500
    assert backward == {w[::-1] for w in forward}
    assert asides._LOOKS_BACK_REVERSED.flags == asides._LOOKS_BACK.flags
    # What the language leaves out: _LOOKS_BACK's \b first and \Z last, and nothing else.
    parsed = list(_parser.parse(asides._LOOKS_BACK.pattern, asides._LOOKS_BACK.flags))
    assert parsed[0] == (sre.AT, sre.AT_BOUNDARY) and parsed[-1] == (sre.AT, sre.AT_END_STRING)
    assert all(op is not sre.AT for op, _ in list(_parser.parse(asides._LOOKS_BACK_REVERSED.pattern)))


def test_every_phrase_looked_back_with_is_matched_backwards():
    for phrase in _language(asides._LOOKS_BACK):
        for blanks in (" ", "\t\n ", "\u00a0"):
            text = "It was the worst winter " + phrase.replace(_BLANKS, blanks)
            lo = max(0, len(text) - 80)
            assert asides._LOOKS_BACK.search(text, lo) is not None, text
            assert asides._LOOKS_BACK_REVERSED.match(text[lo:][::-1]) is not None, text
            assert asides.line_side(text + "1813", len(text)) == -1, text


# ----------------------------------------------------------------------------- the folded window

def test_folded_text_holds_the_letter_a_pattern_without_case_takes():
    # Every character any ASCII letter matches without case (Kelvin sign, dotted and dotless i,
    # long s, the capitals) is that letter in folded text, at the same offset.
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    taken = set(re.findall("[a-z]", every, re.I))
    assert {"\u212a", "\u0130", "\u0131", "\u017f"} <= taken
    for ch in taken:
        letters = [c for c in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(c, ch, re.I)]
        assert len(letters) == 1 and asides._folded(ch) == letters[0], (ch, letters)
    text = "\u0130n the la\u017ft t\u0131me, \u212aings and \u03a3\u039f\u03a3"
    assert len(asides._folded(text)) == len(text)
    assert asides._folded(text).startswith("in the last time, kings and ")
    assert asides._folded("The LAST Occasion") == "the last occasion"


# ------------------------------------------------------------------ the side, at every place

SENTENCES = [
    "It was the largest battle since 1813, and the bloodiest.",
    "As in 1614, the estates met; than in 1870 the losses were greater.",
    "A custom dating back to 1066 and a rite dated from the year of 1215 survived.",
    "The fleet, as far back as 1588, and as early as the spring of 1600, sailed.",
    "On the last occasion that the Estates-General had met, in 1614, nothing was agreed.",
    "Their previous time in power, in 1906, was short. Its only other occasion was 1910.",
    "The treaty, which would be signed in 1920, ended the war that was to last until 1918.",
    "Unlike in 1914, the army was ready; like in 1870 it moved fast.",
    "Going back to 1789, harking back from 1648 and reaching back to the days of 1066.",
    "It dates to the autumn of 1415 and goes back to the winter 1709.",
    "The army crossed the river in 1915 and took the town on 3 May.",
    "Since\n\n1945 the border held. SINCE THE 1950S it has not moved.",
    "The last time: 1066. The previous occasion. Then 1100.",
    "as long ago as 1200 as long  ago  as\t1300",
]
# Letters a pattern without case takes for ASCII ones: long s, dotless and dotted i, Kelvin sign.
_TRICKY = [("s", "\u017f"), ("i", "\u0131"), ("i", "\u0130"), ("I", "\u0131"), ("k", "\u212a"), ("S", "\u017f")]


def _variants(sentence: str) -> list[str]:
    out = [sentence, sentence.upper(), sentence.lower(), sentence.swapcase(), sentence.replace(" ", "\u00a0")]
    out += [sentence.replace(a, b) for a, b in _TRICKY]
    out.append(sentence.replace("s", "\u017f").replace("i", "\u0131").replace("k", "\u212a"))
    out.append(sentence.replace("S", "\u017f").replace("I", "\u0130").upper())
    return out


@pytest.mark.parametrize("sentence", SENTENCES)
def test_line_side_is_the_plain_searches_at_every_place(sentence):
    text = " ".join(SENTENCES[:3]) + " " + sentence  # a long window before too
    for variant in _variants(sentence):
        for whole in (variant, text[:200] + variant):
            for start in range(len(whole) + 1):
                assert asides.line_side(whole, start) == _plain_side(whole, start), (whole[:start][-80:], start)


@pytest.mark.parametrize(("text", "side"), [
    ("It was the largest battle \u017fince 1813", -1),  # long s: "since" to the pattern
    ("A rite DAT\u0130NG BACK TO 1066", -1),
    ("On the la\u017ft occa\u017f\u0131on that they met, in 1614", -1),
    ("On the LA\u017fT T\u0130ME they met, in 1614", -1),
    ("On the last day they met, in 1614", 0),
    ("The pact, wh\u0131ch would be \u017figned in 1920", 1),  # dotless i: "which" to the pattern
    ("The pact, WHICH WOULD BE SIGNED IN 1920", 1),
])
def test_the_tricky_letters_are_read_as_the_pattern_reads_them(text, side):
    start = text.index("1", text.index(" "))
    assert asides.line_side(text, start) == _plain_side(text, start) == side
