"""Expressions told from the day a document was written (news), each kind looking back and ahead.

Every sentence is written for these tests. The document date is Wednesday 16 March 2011
(ISO week 11), so each value below is worked out from it by hand.
"""

from __future__ import annotations

import pytest

from viewer.core.timex.finding import find_timexes

WRITTEN = "2011-03-16"


def values(text: str, document_date: str | None = WRITTEN) -> list[tuple[str, str | None]]:
    timexes = find_timexes(text, document_date=document_date)
    for t in timexes:
        assert text[t.start:t.end] == t.text, t
    return [(t.text, t.value) for t in timexes]


@pytest.mark.parametrize(("text", "expected"), [
    # days
    ("The minister resigned yesterday.", [("yesterday", "2011-03-15")]),
    ("The council will vote tomorrow.", [("tomorrow", "2011-03-17")]),
    ("The strike ends today.", [("today", "2011-03-16")]),
    ("He left yesterday evening.", [("yesterday evening", "2011-03-15TEV")]),
    ("The band plays tonight.", [("tonight", "2011-03-16TNI")]),
    ("The ferry sank this morning.", [("this morning", "2011-03-16TMO")]),
    ("The plant closed three days ago.", [("three days ago", "2011-03-13")]),
    # weekdays: the verb says which way
    ("The mayor said on Monday that taxes would rise.", [("Monday", "2011-03-14")]),
    ("The mayor will meet the unions on Monday.", [("Monday", "2011-03-21")]),
    ("Prices fell last Tuesday.", [("last Tuesday", "2011-03-15")]),
    ("The talks resume next Tuesday.", [("next Tuesday", "2011-03-22")]),
    ("The rebels attacked Friday night.", [("Friday night", "2011-03-11TNI")]),
    # weeks and weekends
    ("Sales fell last week.", [("last week", "2011-W10")]),
    ("Sales fall this week.", [("this week", "2011-W11")]),
    ("Sales will fall next week.", [("next week", "2011-W12")]),
    ("The plant closed two weeks ago.", [("two weeks ago", "2011-W09")]),
    ("The firm spent the weekend in talks.", [("the weekend", "2011-W10-WE")]),
    ("The firm will meet over the weekend.", [("the weekend", "2011-W11-WE")]),
    # months
    ("Sales fell last month.", [("last month", "2011-02")]),
    ("Sales rise this month.", [("this month", "2011-03")]),
    ("Sales will rise next month.", [("next month", "2011-04")]),
    ("Output will rise later this month.", [("later this month", "2011-03")]),
    ("Output fell in June last year.", [("June last year", "2010-06")]),
    # years and seasons
    ("Sales fell last year.", [("last year", "2010")]),
    ("Sales rise this year.", [("this year", "2011")]),
    ("Sales will rise next year.", [("next year", "2012")]),
    ("Output fell earlier this year.", [("earlier this year", "2011")]),
    ("The dam burst last fall.", [("last fall", "2010-FA")]),
    ("The dam will open next summer.", [("next summer", "2012-SU")]),
    ("The plant was sold in the current fiscal year.", [("the current fiscal year", "2011")]),
    # a quarter without its year: the latest one begun by the day of writing (in March, last year's)
    ("Profit rose in the third quarter.", [("the third quarter", "2010-Q3")]),
    ("Its third-quarter profit rose.", [("third-quarter", "2010-Q3")]),
    ("Profit rose last quarter.", [("last quarter", "2010-Q4")]),
    ("Profit will rise next quarter.", [("next quarter", "2011-Q2")]),
    # lengths and references keep TimeML's values
    ("Output fell over the past three years.", [("the past three years", "P3Y")]),
    ("Output is now higher.", [("now", "PRESENT_REF")]),
    ("Output is currently higher.", [("currently", "PRESENT_REF")]),
    ("Output recently fell.", [("recently", "PAST_REF")]),
    ("Rallies are held daily.", [("daily", "P1D")]),
])
def test_each_deictic_kind_from_the_day_of_writing(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a month without its year lies up to seven months before the month of writing, or up to four after
    ("In December the firm hired staff.", [("December", "2010-12")]),
    ("In May the firm will hire staff.", [("May", "2011-05")]),
    ("In September the firm hired staff.", [("September", "2010-09")]),
    ("The offer expires on Nov. 21, the firm said.", [("Nov. 21", "2010-11-21")]),
])
def test_a_month_or_day_without_its_year_is_the_nearest_to_the_day_of_writing(text, expected):
    assert values(text) == expected


def test_a_year_mentioned_in_the_story_does_not_capture_the_deictics():
    text = "The company was founded in 1987. Last year it lost money, and on Monday it closed."
    assert values(text) == [("1987", "1987"), ("Last year", "2010"), ("Monday", "2011-03-14")]


def test_the_story_still_anchors_the_next_day_on_a_deictic_day():
    text = "The ferry sank on Monday. The next day, divers found it."
    assert values(text) == [("Monday", "2011-03-14"), ("The next day", "2011-03-15")]


def test_a_report_on_a_quarter_counts_a_year_earlier_from_that_quarter():
    text = ("Third-quarter profit rose 5% from a year earlier. Sales in the quarter rose, "
            "but less than in the year-ago quarter.")
    assert values(text) == [("Third-quarter", "2010-Q3"), ("a year earlier", "2009-Q3"),
                            ("the quarter", "2010-Q3"), ("the year-ago quarter", "2009-Q3")]


def test_the_quarter_without_one_named_is_the_last_one_over():
    assert values("Profit rose 5% in the quarter.") == [("the quarter", "2010-Q4")]


def test_an_offset_from_an_event_is_a_length_as_timeml_has_it():
    assert values("The strike began four days after the vote was held.") == [("four days", "P4D")]


def test_ages_and_former_are_not_expressions_in_news():
    assert values("A 6-year-old boy met the former mayor.") == []


def test_a_time_after_the_date_is_ignored():
    assert values("The minister resigned yesterday.", "2011-03-16T09:30") == [("yesterday", "2011-03-15")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister resigned yesterday.", []),
    ("Sales fell last year.", [("last year", "XXXX")]),
    ("The mayor said on Monday that taxes would rise.", [("Monday", "XXXX-XX-XX")]),
    ("The strike ends today.", [("today", "PRESENT_REF")]),
    ("The company was founded in 1987. Last year it lost money.", [("1987", "1987"), ("Last year", "1986")]),
    ("Profit rose in the third quarter.", [("the third quarter", "XXXX-Q3")]),
])
def test_without_a_document_date_the_text_is_read_as_a_narrative(text, expected):
    assert values(text, None) == expected
