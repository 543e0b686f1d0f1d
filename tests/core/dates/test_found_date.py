"""The day a document was written, found where a news text says it: its dateline, a date line at
its top, its file name. Every text and name here is written for these tests."""

from __future__ import annotations

import pytest

from viewer.core.dates.found_date import DATELINE, FILE_NAME, FoundDate, dateline, found_date, name_date, stamp


@pytest.mark.parametrize(("text", "day"), [
    ("NAIROBI, Kenya (AP) \u2014 Aug. 7, 1998\n\nA bomb shook the city.", "1998-08-07"),
    ("NAIROBI, Kenya (AP) \u2014 Aug. 7, 1998 \u2014 A bomb shook the city.", "1998-08-07"),
    ("LIMA, Peru, March 3, 2004 (Reuters) - The mayor resigned.", "2004-03-03"),
    ("Mayor resigns over budget\n\nPosted: 12 March 2013\n\nThe mayor resigned on Monday.", "2013-03-12"),
    ("Mayor resigns\nPublished on Friday, August 7, 1998 10:32 a.m.\n\nThe mayor resigned.", "1998-08-07"),
    ("Mayor resigns over budget\n\nTuesday, 12 March 2013\n\nThe mayor resigned on Monday.", "2013-03-12"),
    ("2013-03-12\n\nThe mayor resigned on Monday.", "2013-03-12"),
])
def test_a_date_line_or_dateline_at_the_top(text: str, day: str) -> None:
    assert found_date(text) == FoundDate(day, DATELINE)
    assert dateline(text) is not None


@pytest.mark.parametrize("text", [
    "On September 1, 1939, Germany invaded Poland.\n\nBritain declared war two days later.",
    "The war began in 1939.\n\n3 September 1939\n\nBritain declared war.",  # a date line below the story's start
    "WASHINGTON, August 8 (Xinhua) --\n\nThe president spoke.",  # a dateline without its year
    "Mayor resigns\n\nThe mayor, who took office on March 3, 2004, resigned on Monday after a long row.",
])
def test_no_date_of_writing_in_a_story_or_a_narrative(text: str) -> None:
    assert found_date(text) is None


def test_a_dateline_lower_than_the_first_lines_is_not_looked_for() -> None:
    text = "".join(f"Line {k} of a long preface.\n" for k in range(8)) + "12 March 2013\n"
    assert found_date(text) is None


@pytest.mark.parametrize(("name", "day"), [
    ("AP_20130322.txt", "2013-03-22"),
    ("APW19980213.1310.txt", "1998-02-13"),
    ("nyt-2001-09-11.txt", "2001-09-11"),
    ("/some/folder/report_2001_09_11.txt", "2001-09-11"),
    ("AP900815-0044.txt", "1990-08-15"),  # a news agency's year in two digits, after its letters
    ("ea980120.1830.0456.txt", "1998-01-20"),
])
def test_a_date_in_the_file_name(name: str, day: str) -> None:
    assert name_date(name) == day
    assert found_date("The mayor resigned on Monday.", name) == FoundDate(day, FILE_NAME)


@pytest.mark.parametrize("name", [
    "01_WW2.txt", "03_AmCivWar.txt", "western_iraq_campaign_2017.txt", "wsj_0124.txt", "notes-2013-13-40.txt",
    "report_20130231.txt", "",
])
def test_no_date_in_these_names(name: str) -> None:
    assert name_date(name) is None
    assert found_date("The war began in 1939.", name) is None


def test_the_dateline_wins_over_the_file_name() -> None:
    text = "LIMA, Peru (AP) \u2014 March 3, 2004\n\nThe mayor resigned."
    assert found_date(text, "AP_20040304.txt") == FoundDate("2004-03-03", DATELINE)


def test_the_stamp_is_the_dateline_with_its_year_or_without() -> None:
    text = "\n\nWASHINGTON, August 8 (Xinhua) --\n\nThe president spoke."
    assert stamp(text) == (2, 34)
    text = "Mayor resigns\n\nLIMA, Peru (AP) \u2014 March 3, 2004\n\nThe mayor resigned."
    start, end = stamp(text) or (0, 0)
    assert text[start:end] == "LIMA, Peru (AP) \u2014 March 3, 2004"
    assert stamp("The president spoke on August 8.") is None
