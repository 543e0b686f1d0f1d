"""The windows of a trigger (search._windows) are those of scanning its tokens one at a time,
as the search did before it took them a chunk at a time: each token's stretch around it, run
together where two meet, then widened to whitespace.

Every text here is written for these tests.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.progress import Pacer
from viewer.core.timex import search
from viewer.core.timex.patterns import MONTH


def _tokens(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    # The scan a chunk at a time, one token at a time, as it was.
    size, pos = len(text), 0
    while pos < size:
        cut = search._to_space(text, min(size, pos + search._CHUNK), 1)
        for m in pattern.finditer(text, pos, min(size, cut + search._REACH)):
            if m.start() >= cut:
                break
            yield m
            pos = m.end()
        pos = max(pos, cut)


def _one_at_a_time(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _tokens(pattern, text):
        lo, hi = max(0, m.start() - search.WINDOW_BEFORE), min(len(text), m.end() + search.WINDOW_AFTER)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return [(search._to_space(text, lo, -1), search._to_space(text, hi, 1)) for lo, hi in out]


_TEXTS = {
    "dense": "".join(f"On {i % 28 + 1} May {1800 + i} the army crossed.\n" for i in range(3000)),
    "sparse": " ".join(f"In {1900 + i} it rained." + " The long march went on." * (i % 7) for i in range(2000)),
    # Tokens exactly as far apart as a window reaches, one character nearer, one further.
    "edges": "".join("9" + "x" * n + " " for n in (79, 80, 81) * 300),
    "at_the_ends": "1915 was the year the war began in the spring of 1915",
    "no_spaces": "1999x" * 40000,  # chunks cut where no space is near
    "long_numbers": " ".join("7" * n for n in range(1, 600)),  # numbers longer than a chunk's reach
    "nothing": "The men walked on without a word. " * 3000,
}


@pytest.mark.parametrize("name", list(_TEXTS))
@pytest.mark.parametrize("trigger", ["digit", "month", "word", "night"])
def test_windows_are_those_of_one_token_at_a_time(name: str, trigger: str) -> None:
    text, pattern = _TEXTS[name], search._TRIGGERS[trigger]
    assert search._windows(text, pattern, Pacer()) == _one_at_a_time(text, pattern)


def test_windows_of_tokens_a_window_apart_run_together() -> None:
    text = "a" * 60 + " 1 " + "b" * 77 + " 2 " + "c" * 200 + " 3 " + "d" * 60
    spans = search._windows(text, search._TRIGGERS["digit"], Pacer())
    assert len(spans) == 2  # "1" and "2" within a window's reach of each other, "2" and "3" not
    assert spans[0][0] <= text.index("1") < text.index("2") < spans[0][1] <= spans[1][0] < text.index("3")


_MONTHISH = ["Jan", "Jan.", "January", "Sep", "Sept", "Sept.", "September", "May", "May.", "Mar", "March",
             "Ju", "Jun", "June", "Jul", "July", "Dec.", "Oct", " ", ".", "5", "x", "-", "\n", "é"]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_MONTHISH), max_size=30).map("".join))
def test_the_month_trigger_finds_what_the_month_pattern_finds(text: str) -> None:
    # The trigger is MONTH written as a tree (the engine skips to its first letters): the
    # same tokens, a dot taken or left as MONTH takes it.
    plain = re.compile(rf"(?=[ADFJMNOS]){MONTH}")
    assert [m.span() for m in search._TRIGGERS["month"].finditer(text)] == [m.span() for m in plain.finditer(text)]
