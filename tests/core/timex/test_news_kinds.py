"""The kinds of expression a news text's date of writing dates, as TimeML values them (TimeBank
shows its conventions), each looking back and ahead where it can. Every sentence is written for
these tests; the document date is Wednesday 16 March 2011 (ISO week 11) unless a test says
otherwise, and each value is worked out from it by hand."""

from __future__ import annotations

import pytest

from viewer.core.timex.finding import find_timexes

WRITTEN = "2011-03-16"


def values(text: str, document_date: str = WRITTEN) -> list[tuple[str, str | None]]:
    timexes = find_timexes(text, document_date=document_date)
    for t in timexes:
        assert text[t.start:t.end] == t.text, t
    return [(t.text, t.value) for t in timexes]


@pytest.mark.parametrize(("text", "expected"), [
    # an hour and a weekday: one point in time, the weekday the verb points to
    ("The bank was robbed at 10 p.m. Tuesday.", [("10 p.m. Tuesday", "2011-03-15T22:00")]),
    ("The polls will close at 9 a.m. EST Friday.", [("9 a.m. EST Friday", "2011-03-18T09:00")]),
    ("The talks will resume at noon Thursday.", [("noon Thursday", "2011-03-17T12:00")]),
    ("The offer runs until 5 p.m. EST, March 18.", [("5 p.m. EST, March 18", "2011-03-18T17:00")]),
    # a future in the past looks back
    ("The offer had been due to expire Friday evening.", [("Friday evening", "2011-03-11TEV")]),
    ("The offer will expire Friday evening.", [("Friday evening", "2011-03-18TEV")]),
    # last night, a part of yesterday
    ("Rebels shelled the port last night.", [("last night", "2011-03-15TNI")]),
    ("Shares fell at mid-afternoon yesterday.", [("mid-afternoon yesterday", "2011-03-15TAF")]),
])
def test_times_of_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In nineteen ninety-six the plant closed.", [("nineteen ninety-six", "1996")]),
    ("The mill opened in nineteen oh five.", [("nineteen oh five", "1905")]),
    ("January nineteen ninety-seven. Atlanta again.", [("January nineteen ninety-seven", "1997-01")]),
    ("Unemployment was to halve by the year two thousand.", [("the year two thousand", "2000")]),
    ("Two thousand people marched and nineteen people were hurt.", []),
])
def test_years_said_in_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(("text", "written", "expected"), [
    # the year a report is about: a length, the date it ended before the report
    ("Sales for the year ended March 31 rose.", "2011-11-02", [("the year", "P1Y"), ("March 31", "2011-03-31")]),
    ("The plant opens March 31.", "2011-11-02", [("March 31", "2012-03-31")]),
    ("Sales for the full year should rise.", WRITTEN, [("the full year", "2011")]),
    ("Revenue rose in the fiscal year ending June 30.", WRITTEN,
     [("the fiscal year", "P1Y"), ("June 30", "2011-06-30")]),
    # a quarter without its year: the latest one begun by the day of writing
    ("Profits fell in the fourth quarter.", "2011-01-20", [("the fourth quarter", "2010-Q4")]),
    ("Profits fell in the first quarter.", WRITTEN, [("the first quarter", "2011-Q1")]),
    ("In the 1988 third quarter, it lost money.", WRITTEN, [("the 1988 third quarter", "1988-Q3")]),
    # the end of the year
    ("The deal should close by year-end.", WRITTEN, [("year-end", "2011-12-31")]),
    ("Shares are up 12% since year-end.", WRITTEN, [("year-end", "2010-12-31")]),
])
def test_the_periods_of_a_report(text: str, written: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, written) == expected


@pytest.mark.parametrize(("text", "written", "expected"), [
    ("The boy was found at sea on Thanksgiving Day.", WRITTEN, [("Thanksgiving Day", "2010-11-25")]),
    ("The family meets again next Thanksgiving.", WRITTEN, [("next Thanksgiving", "2011-11-24")]),
    ("The campaign runs from now to Election Day.", "2010-10-26",
     [("now", "PRESENT_REF"), ("Election Day", "2010-11-02")]),
    ("Protesters prayed as Easter week began.", "2011-04-25", [("Easter week", "2011-W16")]),
])
def test_holidays_nearest_the_day_of_writing(text: str, written: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, written) == expected


@pytest.mark.parametrize(("text", "written", "expected"), [
    ("The presidents signed the treaty last May.", WRITTEN, [("last May", "2010-05")]),
    # "last February" in March is not the month just gone (that is "last month")
    ("Two helicopters crashed last February.", WRITTEN, [("last February", "2010-02")]),
    ("The strike began last January.", "2011-12-10", [("last January", "2011-01")]),
    ("The election is due this September.", WRITTEN, [("this September", "2011-09")]),
    ("The law takes effect next January.", WRITTEN, [("next January", "2012-01")]),
    ("The law takes effect next May.", WRITTEN, [("next May", "2011-05")]),
    # a month without a year: the clause that looks ahead takes the next one
    ("She will command a mission in December.", WRITTEN, [("December", "2011-12")]),
    ("He stepped down in December.", WRITTEN, [("December", "2010-12")]),
])
def test_named_months(text: str, written: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, written) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Orangemen march each July.", [("each July", "XXXX-07")]),
    ("A third flight departs every Thursday.", [("every Thursday", "XXXX-WXX-4")]),
])
def test_every_named_day_or_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an offset from the story, not from the day of writing: TimeML's length, without "later"
    ("Three days later, the rebels struck again.", [("Three days", "P3D")]),
    ("A day earlier, trucks had crossed the border.", [("A day", "P1D")]),
    ("A few days later, the company cut its forecast.", [("A few days", "PXD")]),
    ("The firm, which just months ago was bleeding cash, is healthy.", [("just months ago", "PXM")]),
    # an offset from the day of writing stays a date
    ("The plant closed two years ago.", [("two years ago", "2009")]),
    # lengths as TimeML writes them
    ("They lived in the camps for 2 1/2 years.", [("2 1/2 years", "P2Y6M")]),
    ("A minute and a half passed.", [("A minute and a half", "PT1M30S")]),
    ("She spent about 5 1/2 hours in Nairobi.", [("about 5 1/2 hours", "PT5H30M")]),
    ("Unemployment is the lowest for almost two decades.", [("almost two decades", "P20Y")]),
    ("Kidnappings have risen in recent years.", [("recent years", "PXY")]),
    ("Sales rose in recent weeks.", [("recent weeks", "PXW")]),
    # the decade before, of and after the one of writing
    ("Workers lost earning power in the last decade.", [("the last decade", "200")]),
    ("Prices will double this decade.", [("this decade", "201")]),
])
def test_offsets_and_lengths(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an occasion or "meanwhile", not a time
    ("This time she is the boss.", []),
    ("We want to help them at this time of need, and we must prepare.", []),
    # "future" as an adjective names no time (like "former"); the noun does
    ("The company is confident about future earnings.", []),
    ("The decision about Elian's future was taken.", [("future", "FUTURE_REF")]),
    ("Nobody knows what the future holds.", [("the future", "FUTURE_REF")]),
    # "Jan" before a name is a first name
    ("Jan Kavan spoke for the Czech Republic.", []),
])
def test_what_timeml_does_not_tag(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_without_a_document_date_these_rules_are_not_tried() -> None:
    timexes = find_timexes("In nineteen ninety-six, three days later, the rebels struck last May.")
    assert [t.text for t in timexes] == ["three days later", "May"]
