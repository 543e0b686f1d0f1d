"""RE2 finds where a pattern may match, Python's pattern decides (timex/prefilter.py): the
matches are those of Python's own search, on any text, for every trigger, need and rule.

Every text here is written for these tests, or made by hypothesis from pieces that try
the engines' differences: letters, digits and blanks outside ASCII, the letters a pattern
without case takes for ASCII ones, the ends of words and windows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.progress import Pacer
from viewer.core.timex import prefilter, search
from viewer.core.timex.rules import rules

pytestmark = pytest.mark.skipif(not prefilter.available(), reason="google-re2 is not installed")

_TABLES = [rules(bc, news) for bc in (False, True) for news in (False, True)]
RULES = sorted({rule.name: rule for table in _TABLES for rule in table}.values(), key=lambda r: r.name)
PATTERNS = ([(f"trigger {name}", p, False) for name, p in search._TRIGGERS.items()]
            + [(f"need {name}", p, any_case) for name, (p, any_case) in search._NEEDS.items()]
            + [(f"rule {rule.name}", rule.regex, False) for rule in RULES])
# Constructs none of them has now, where the two engines differ most: a word's edge beside a
# character that is not a letter, classes outside ASCII and without case, a condition.
CONSTRUCTS = [r"\b[-\u2013.,]\d", r"\B[a-z]y\b", r"(?i)[^\Wk]e\B", r"[\s\u00a0]+\d", r"(?i)\u017f\w",
              r"(?i)[\u0100-\u2200]a", r"[^\d\s]\.", r"(?s:.)\n", r"(\d)?(?(1)x|y)", r"(?i:K)\b(?!a)",
              r"\w\W\w", r"[\w\u00e9-\u00ff]{2,3}\b"]
PATTERNS += [(f"construct {c}", re.compile(c), False) for c in CONSTRUCTS]

# Pieces of text, the engines' differences among them: a word character outside ASCII before a
# word ("éMay"), a digit of another script, blanks Python's \s takes and RE2's does not, the
# letters a pattern without case takes for i, s and k, an en dash, the ends of lines and paragraphs.
_PIECES = [
    "May", "may", "MAY", "March", "Sept.", "Dec", "June", "3", "12", "1915", "1940s", "'45", "21st", "3rd",
    "of", "the", "day", "days", "week", "year", "years", "later", "earlier", "ago", "next", "last", "this",
    "morning", "night", "tonight", "today", "yesterday", "Tuesday", "spring", "century", "decade", "half",
    "BC", "B.C.", "AD", "a.m.", "p.m.", "10:30", "-", "\u2013", "to", "and", "since", "in", "on", "at",
    "nineteen", "two thousand", "Christmas", "New Year's", "season", "-long", "time", "former", "now",
    " ", " ", " ", "\t", "\n", "\n\n", "\u00a0", "\x1c", "\u2009", ",", ".", "(", ")", '"',
    "\u00e9", "\u00e9May", "\u0663", "\u0663\u0664", "\u017f", "\u212a", "\u0130", "\u0131",
    "ye\u017fterday", "\u212aelvin", "n\u0131ght", "MONDAY", "x", "_",
]
texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _python(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, lo, hi)]


@pytest.mark.parametrize(("name", "pattern", "any_case"), PATTERNS, ids=[p[0] for p in PATTERNS])
def test_every_pattern_the_search_uses_has_its_re2_pattern(name: str, pattern: re.Pattern[str],
                                                            any_case: bool) -> None:
    assert prefilter.prefiltered(pattern, any_case) is not None


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_the_matches_found_where_re2_points_are_pythons(text: str, data: st.DataObject) -> None:
    mapped = prefilter.mapped(text)
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    for name, pattern, any_case in PATTERNS:
        if any_case:
            continue  # (searched in the text folded: below)
        fast = prefilter.prefiltered(pattern)
        assert fast is not None
        assert fast.spans(text, mapped, lo, hi) == _python(pattern, text, lo, hi), (name, text, lo, hi)


def _windows(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    """Disjoint windows of the text, between cuts (every other stretch left out)."""
    ends = sorted({0, len(text), *(c % (len(text) + 1) for c in cuts)})
    return [(a, b) for k, (a, b) in enumerate(zip(ends, ends[1:])) if k % 3 != 1 and a < b]


@settings(max_examples=300, deadline=None)
@given(texts, st.lists(st.integers(0, 10_000), max_size=8), st.data())
def test_windows_laid_end_to_end_give_each_windows_own_matches(text: str, cuts: list[int],
                                                              data: st.DataObject) -> None:
    windows = _windows(text, cuts)
    laid = prefilter.Laid(prefilter.mapped(text), windows)
    listed = [w for w in windows if data.draw(st.booleans())]  # some of them, as a rule's needs leave them
    lower = search.folded(text)
    for name, pattern, any_case in PATTERNS:
        fast = prefilter.prefiltered(pattern, any_case)
        assert fast is not None
        if any_case:  # a need: every window it is in is kept (a few more may be)
            holding = [w for w in listed if pattern.search(lower, *w)]
            kept = fast.kept(laid, listed)
            assert set(holding) <= set(kept) and set(kept) <= set(listed), (name, text, listed)
            continue
        want = [(*span, hi) for lo, hi in listed for span in _python(pattern, text, lo, hi)]
        assert list(fast.matches_in(text, laid, listed)) == want, (name, text, listed)
        if name.startswith("need"):
            assert {w for w in listed if pattern.search(text, *w)} <= set(fast.kept(laid, listed)), name


@settings(max_examples=100, deadline=None)
@given(texts.map(lambda t: t * 3))
def test_the_search_finds_the_same_pieces_with_re2_and_without(text: str) -> None:
    for news in (False, True):
        found = search.find_pieces(text, news=news)
        with _prefiltered_from(0):
            assert search.find_pieces(text, news=news) == found


def test_a_long_text_is_read_the_same_with_re2_and_without() -> None:
    """A text past the length where the search takes RE2, with windows of every kind."""
    text = _LONG * (search.PREFILTERED_FROM // len(_LONG) + 1)
    assert search._mapped(text) is not None  # (long enough, and few characters outside ASCII)
    for news in (False, True):
        found = search.find_pieces(text, news=news)
        assert len(found) > 500
        with _prefiltered_from(1 << 40):
            assert search.find_pieces(text, news=news) == found


_LONG = ("On 3 May 1915 the \u00e9quipe crossed; by 10:30 p.m. the next day, two weeks later, the 1940s and\u00a0"
         "480\u2013479 BC were far off. Yesterday, said Tuesday's paper, nineteen ninety-six was near. "
         "In the late 19th century, last year, ye\u017fterday and N\u0130GHT. The men walked on without a word.\n\n"
         + "They marched for three days and rested on the fourth, as the orders of the week said. " * 20)


@contextmanager
def _prefiltered_from(length: int) -> Iterator[None]:
    """The length from which the search uses RE2, for a while (from 0: whatever the text holds)."""
    saved, search.PREFILTERED_FROM = search.PREFILTERED_FROM, length
    worth, prefilter.worth_mapping = prefilter.worth_mapping, lambda text: length == 0 or worth(text)  # type: ignore[misc]
    try:
        yield
    finally:
        search.PREFILTERED_FROM, prefilter.worth_mapping = saved, worth  # type: ignore[misc]


def test_the_text_for_re2_keeps_each_characters_place_and_whether_it_is_a_word_character() -> None:
    odd = "a\u00e9\u0663 \u00a0\u2013_\u212a\u017fz9\n\u0416\udc80"
    # a few such characters, many, and many with one past Unicode's first 65,536
    for text in ("The war began. " * 200 + odd, odd, odd + "\U0001f600"):
        mapped = prefilter.mapped(text)
        assert len(mapped) == len(text) and mapped.isascii()
        for char, byte in zip(text, mapped):
            assert bool(re.fullmatch(r"\w", char)) == bool(re.fullmatch(rb"\w", bytes([byte]))), char
            if char.isascii():
                assert byte == ord(char)


def test_a_text_mostly_in_another_script_is_searched_without_re2() -> None:
    text = "\u0412\u043e\u0439\u043d\u0430 \u043d\u0430\u0447\u0430\u043b\u0430\u0441\u044c 22 June 1941. " * 3000
    assert len(text) >= search.PREFILTERED_FROM and not prefilter.worth_mapping(text)
    assert search._mapped(text) is None
    assert prefilter.worth_mapping(_LONG) and prefilter.worth_mapping("1941")
    quoted = "The army\u2019s advance began on 3 May 1915, and it went on. " * 2000  # 2%: a typographic quote
    assert prefilter.worth_mapping(quoted) and search._mapped(quoted) is not None
    assert [f.reading.year for f in search.find_pieces(text)][:2] == [1941, 1941]


def test_only_four_letters_outside_ascii_are_ascii_letters_to_a_pattern_without_case() -> None:
    """What prefilter writes for a letter without case rests on this (prefilter._CASE_ODD)."""
    everything = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    odd = set(re.findall(r"(?i)[a-z]", everything))
    assert odd == {"\u0130", "\u0131", "\u017f", "\u212a"}
    assert all(re.fullmatch(r"\w", c) for c in odd)


@pytest.mark.parametrize("source", [r"(\w)\1", r"x?", r"(?=a)", r"\b"])
def test_a_pattern_re2_cannot_follow_or_that_may_match_nothing_has_none(source: str) -> None:
    assert prefilter.prefiltered(re.compile(source)) is None


def test_without_re2_the_search_reads_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _LONG * (search.PREFILTERED_FROM // len(_LONG) + 1)
    found = search.find_pieces(text)
    monkeypatch.setattr(prefilter, "re2", None)
    monkeypatch.setattr(prefilter, "_made", {})
    assert not prefilter.available() and prefilter.prefiltered(re.compile("May")) is None
    assert search.find_pieces(text) == found


def test_re2_reads_a_window_in_calls_of_bounded_length() -> None:
    """A call into RE2 holds the GIL: the laid windows are read a stretch at a time, each
    ending at a window's end (a match is never cut)."""
    text = ("word " * 30 + "\n") * 20_000
    windows = [(k, k + 150) for k in range(0, len(text) - 150, 200)]
    laid = prefilter.Laid(prefilter.mapped(text), windows)
    stops = laid._stops
    assert len(stops) > 2 and all(b - a <= prefilter._CALL_BYTES + 400 for a, b in zip(stops, stops[1:]))
    assert all(laid.joined[stop:stop + 1] in (b"\x7f", b"") for stop in stops)
    fast = prefilter.prefiltered(re.compile(r"\bword\b"))
    assert fast is not None
    assert len(list(fast.matches_in(text, laid, windows))) == sum(
        len(_python(fast.pattern, text, lo, hi)) for lo, hi in windows)


def test_the_windows_found_with_re2_are_those_found_without() -> None:
    text = _LONG * 40
    for name, trigger in search._TRIGGERS.items():
        assert search._windows(text, trigger, Pacer(), prefilter.mapped(text)) == search._windows(
            text, trigger, Pacer()), name
