"""The pre-checks that pair a day with its month (patterns.NEEDS "day_month", "month_day",
NEEDS_ANY_CASE "day_to_day") and the clock's "am_pm": each is in every match of the rules that
need it, written every way those rules read, and it leaves out the windows of the dates that
are not of that kind, which is what they are for.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import re

import pytest

from viewer.core.progress import Pacer
from viewer.core.timex import search
from viewer.core.timex.patterns import NEEDS, NEEDS_ANY_CASE
from viewer.core.timex.rules import rules

_WRITTEN = """
On 3 May 1915 the army crossed; on the 5th of May it held, and by 6TH OF May 1915 it was back. The
3rd to the 5th of June, 22-25 April 1951, 22\u201325 April, 3 TO 5 JUNE, 1st and 2nd July, 7 until 9
August 1944 and 10 through the 12th of October. March 3-5, 1952, Sept. 3rd, 1915, May the 3rd, MAY THE
4TH, September 30, 1916, Dec 1, Jan. 2nd 1917, February the 28th of 1918. At 10:30 p.m., 9PM, 11 a.m.,
7 am and 6 AM the guns fired. In May 1915, in May of 1916 and in Sept. 1917 nothing moved. On the
3\u017ft of May the \u017fecond army came.
"""

_NEW = {"day_month": NEEDS["day_month"], "month_day": NEEDS["month_day"], "am_pm": NEEDS["am_pm"],
        "day_to_day": NEEDS_ANY_CASE["day_to_day"]}


@pytest.mark.parametrize("bc", [False, True])
def test_each_new_need_is_in_every_match_of_its_rules(bc: bool) -> None:
    lower = search.folded(_WRITTEN)
    seen = set()
    for rule in rules(bc, news=True):
        for name in set(rule.needs) & set(_NEW):
            where = lower if name in NEEDS_ANY_CASE else _WRITTEN
            for m in rule.regex.finditer(_WRITTEN):
                assert re.search(_NEW[name], where[m.start():m.end()]), (rule.name, name, m[0])
                seen.add(name)
    assert seen == set(_NEW)  # each was tried on some match


@pytest.mark.parametrize(("need", "holds", "lacks"), [
    ("day_month", ["3 May", "the 5th of May", "6th OF May", "30 Sept."], ["May 3", "in May 1915", "3 men in May"]),
    ("month_day", ["May 3,", "May the 3rd", "Sept. 3rd", "February 29"], ["May 1915", "May 31x", "3 May"]),
    ("day_to_day", ["3-5", "22\u201325", "3rd to the 5th", "7 until 9", "1st AND 2nd"], ["1915 to", "3 May to 5 May"]),
    ("am_pm", ["10:30 p.m.", "9PM", "7 am", "6 AM"], ["a.m.", "at 9 on a map", "p.m. 9"]),
])
def test_a_need_tells_the_dates_of_its_kind(need: str, holds: list[str], lacks: list[str]) -> None:
    pattern = re.compile(_NEW[need])
    fold = search.folded if need in NEEDS_ANY_CASE else str
    assert all(pattern.search(fold(text)) for text in holds), need
    assert not any(pattern.search(fold(text)) for text in lacks), need


def test_windows_without_the_need_are_left_out() -> None:
    text = "In May 1915 the army crossed the river. " + "It rained and rained for a long while. " * 5 + \
        "On 3 May 1916 it came back."
    spans = search._windows(text, search._TRIGGERS["digit"], Pacer())
    assert len(spans) == 2
    lower = search.folded(text)
    assert search._holding(text, lower, spans, ("month", "day_month")) == spans[1:]
    assert search._holding(text, lower, spans, ("month", "month_day")) == []


@pytest.mark.parametrize("news", [False, True])
def test_the_pre_checks_change_no_match_in_dense_and_sparse_dates(news: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    dense = "".join(f"On {i % 28 + 1} May {1800 + i}, May {i % 28 + 1}, {1800 + i} and {i % 28 + 1}-{i % 28 + 2} June "
                    "the army moved.\n" for i in range(200))
    sparse = " ".join(f"By May {i + 1} it was over." + " The long march went on." * 4 for i in range(28))
    texts = [dense, sparse, _WRITTEN]
    quick = [search.find_pieces(text, news=news) for text in texts]
    monkeypatch.setattr(search, "_holding", lambda text, lower, spans, needs, pace=None, laid=None: spans)
    assert quick == [search.find_pieces(text, news=news) for text in texts]
