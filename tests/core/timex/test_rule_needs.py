"""The search's shortcuts change no match (issue 18): a rule's pre-checks (rules.Rule.needs) are
in every match it makes, the text folded to lower case finds what a case-insensitive pattern
finds, and the trigger patterns written for speed match what the plain ones match."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from viewer.bundled import sample_path
from viewer.core.timex import search
from viewer.core.timex.patterns import _WORD_FORMS, MONTH, NEEDS, NEEDS_ANY_CASE, TRIGGERS
from viewer.core.timex.rules import rules

_DEV = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "wikiwars-dev"

# Every kind of expression, in several cases.
_WRITTEN = """
On the morning of 6 June 1944 the landings began; by the night of 3-4 May 1945 it was over. LATER THAT DAY
the 22-25 April 1951 attack, March 3-5, 1952, and the 5th of May, 1808. Late August 1939 and on Monday,
September 1, 1939. the same day, The Next Morning, three days later, Two Weeks Earlier, a few months after,
in the 1940s, the 1990'S, the late 19th century, the Eighteenth Century BC, 1939-1945, 480 to 479 BC,
in 480 B.C. and 12 BC. in AD 9, the year 1066 A.D. '45 at 10:30 p.m. and 14:00 hrs, 9 AM, 2003-03-20.
MAY 1940 of that year; 12 May of the same year, the previous March, the following June, in May, the first
days of June 1941, the summer of 1942, 1943 spring, the new year, Christmas Eve 1914, New Year's Day 1915,
Easter Sunday 1916, that morning, the same evening, the following week, later that month, that year, at
the end of the year, in the year's end, the last day of the Battle of the Bulge, today, tomorrow morning,
the fourth day, the day before, next year, LAST MONTH, about two hundred years ago, a 30-day truce, a
three-year war, five long years, the year-long siege, the following months, for weeks, daily, every year,
per month, now, nowadays, at present, the present day, the time being, formerly, the past, to date, at
night, night attacks, daytime, the rainy season, the first half of 1942, the THIRD QUARTER, the second
week. lAtEr, THE DAY AFTER, Wednesday, SATURDAY.
Yesterday at 10 a.m. EST Tuesday, noon, Nov. 6, the last decade, year-end, recent weeks, the fiscal year,
last Thanksgiving, next March, nineteen ninety-six, every Friday, each April, last Tuesday night, the
third quarter of 1997, the latest quarter, last summer, the current year, the weekend, March next year,
the 1998 period, the past month, three quarters.
"""

# The letters a case-insensitive pattern takes for ASCII ones: dotless i, long s, the Kelvin sign.
# (The readers do not know "\u017fecond" from "second": only the rules' matches are looked at.)
_ODD = "\u017fince the \u017fecond day, the p\u0131ece, the F\u0131fth Day, LAST WEE\u212a, \u0130N 1944, 1990'\u017f."


def _corpus() -> list[str]:
    texts = [_WRITTEN, sample_path().read_text(encoding="utf-8")]
    if _DEV.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(_DEV.glob("*.txt"))[:6]]
    return texts


def test_folding_finds_what_a_case_insensitive_pattern_finds() -> None:
    every = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000)
    folded = search.folded(every)
    assert len(folded) == len(every)
    letters = {m.start() for m in re.finditer(r"(?i)[a-z]", every)}
    assert letters == {i for i, c in enumerate(folded) if c in string.ascii_lowercase}
    for i in letters:  # ... and as the same letter
        assert re.fullmatch(f"(?i){folded[i]}", every[i])
    for kind in (r"\w", r"\s", r"\d"):
        assert [m.start() for m in re.finditer(kind, every)] == [m.start() for m in re.finditer(kind, folded)]


@pytest.mark.parametrize(("bc", "news"), [(False, False), (True, False), (False, True), (True, True)])
def test_what_a_rule_needs_is_in_every_match(bc: bool, news: bool) -> None:
    for text in [*_corpus(), _ODD]:
        lower = search.folded(text)
        for rule in rules(bc, news):
            for m in rule.regex.finditer(text):
                for name in rule.needs:
                    pattern, where = (NEEDS[name], text) if name in NEEDS else (NEEDS_ANY_CASE[name], lower)
                    assert re.search(pattern, where[m.start():m.end()]), (rule.name, name, m[0])


@pytest.mark.parametrize("news", [False, True])
def test_the_pre_checks_change_no_match(news: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _corpus()
    quick = [search.find_pieces(text, news=news) for text in texts]
    monkeypatch.setattr(search, "_holding", lambda text, lower, spans, needs, pace=None, laid=None: spans)
    assert quick == [search.find_pieces(text, news=news) for text in texts]


def test_the_fast_triggers_match_what_the_plain_ones_match() -> None:
    word = re.compile(rf"\b(?:{'|'.join(_WORD_FORMS)})\b")
    month = re.compile(MONTH)
    quoted = re.compile(r"(?i:\b(?:today|tomorrow|yesterday)\b)")
    for text in [*_corpus(), "Today TODAY today's xtoday todayx Yesterday-ish tomorrow_ tOmOrRoW yesterday.", _ODD]:
        for plain, fast in ((word, TRIGGERS["word"]), (month, TRIGGERS["month"]), (quoted, TRIGGERS["quoted_day"])):
            assert [m.span() for m in re.finditer(fast, text)] == [m.span() for m in plain.finditer(text)]
