"""Reading a whole document: its progress reports and stopping it midway."""

from __future__ import annotations

import pytest

from viewer.core.document import analyse
from viewer.core.progress import Cancelled

TEXT = ("The siege began on 3 May 1915. Two days later the guns fell silent. "
        "In June the garrison marched out, and by the winter of 1916 the town was rebuilt.\n") * 200


def test_progress_rises_through_the_search_for_expressions_to_completion():
    reported = []
    doc = analyse(TEXT, "siege.txt", reported.append)
    assert doc.events
    assert reported[0] == 0.0 and reported[-1] == 1.0
    assert reported == sorted(reported)
    # The search, three quarters of the work, reports as it goes: a bar that moves, not one
    # that sits at 0% and then jumps.
    assert len({round(share, 3) for share in reported if 0.0 < share < 0.7}) >= 20


def test_a_cancel_stops_the_search_for_expressions_at_once():
    reported = []

    def cancel_early(share: float) -> None:
        reported.append(share)
        if share > 0.1:
            raise Cancelled

    with pytest.raises(Cancelled):
        analyse(TEXT, "siege.txt", cancel_early)
    assert reported[-1] < 0.2  # it stopped at the first report past a tenth, not at a stage's end


@pytest.mark.parametrize(("step", "start", "end"), [
    ("the search for expressions", 0.05, 0.68),
    ("the sentences", 0.74, 0.83),
    ("the lanes", 0.83, 0.95),
    ("the events", 0.95, 1.0),
])
def test_a_cancel_stops_every_step_midway(step, start, end):
    # Each step reports from inside its loops, so a Cancel waits for a few hundred items at
    # most, never for the step to end.
    reported = []

    def cancel_inside(share: float) -> None:
        reported.append(share)
        if start < share < end:
            raise Cancelled

    with pytest.raises(Cancelled):
        analyse(TEXT * 4, "siege.txt", cancel_inside)
    assert start < reported[-1] < end, step


def test_progress_is_told_often_on_a_long_text():
    reported = []
    analyse(TEXT * 4, "siege.txt", reported.append)
    for lo, hi in ((0.0, 0.74), (0.74, 0.83), (0.83, 0.95), (0.95, 1.0)):
        assert len([s for s in reported if lo < s < hi]) >= 2, (lo, hi)


def test_a_document_date_dates_the_deictics_and_is_kept_without_its_time():
    doc = analyse("The minister resigned yesterday. The next day the cabinet fell.", "news.txt",
                  document_date="2011-03-16T09:30")
    assert doc.document_date == "2011-03-16"
    assert [(t.text, t.value) for t in doc.timexes] == [("yesterday", "2011-03-15"), ("The next day", "2011-03-16")]
    assert [e.value for e in doc.events] == ["2011-03-15", "2011-03-16"]


def test_without_a_document_date_the_text_is_a_narrative():
    doc = analyse("The minister resigned yesterday.", "story.txt")
    assert doc.document_date is None and doc.timexes == []


def test_a_bad_document_date_is_refused():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        analyse("Text.", "news.txt", document_date="16/03/2011")


def test_a_dense_text_keeps_each_repeated_date_once() -> None:
    # 400,000 dated sentences hold a few tens of thousands of dates: each wording, value and
    # span of days is kept once however often it comes back (benchmarks/memory_peak.py)
    text = " ".join(f"On 3 May 1915 the army crossed river {k}. On 4 May 1915 it held." for k in range(50))
    doc = analyse(text)
    assert len(doc.timexes) == len(doc.events) == 100
    assert len({id(t.text) for t in doc.timexes}) == len({id(t.value) for t in doc.timexes}) == 2
    assert len({id(e.interval) for e in doc.events}) == 2
    assert {t.value for t in doc.timexes} == {"1915-05-03", "1915-05-04"}
