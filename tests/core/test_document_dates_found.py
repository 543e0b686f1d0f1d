"""A news text's date of writing, found or given, on the Document; its headline and first lines
dated by it. Every text here is written for these tests."""

from __future__ import annotations

from viewer.core.document import analyse
from viewer.core.kinds import EXPLICIT, INFERRED, UNDATED

STORY = (
    "Mayor quits over budget row\n\n"
    "LIMA, Peru (AP) \u2014 March 16, 2011\n\n"
    "The mayor of Lima has quit. He resigned on Monday after a row over the budget. "
    "His deputy takes over.\n"
)


def test_the_dateline_gives_the_date_and_says_so() -> None:
    doc = analyse(STORY, "story.txt")
    assert (doc.document_date, doc.document_date_source) == ("2011-03-16", "the dateline")
    assert [t.value for t in doc.timexes if t.text == "Monday"] == ["2011-03-14"]


def test_the_file_name_gives_the_date_and_says_so() -> None:
    doc = analyse("The mayor resigned on Monday.\n", "news/AP_20110316.txt")
    assert (doc.document_date, doc.document_date_source) == ("2011-03-16", "the file name")
    assert [t.value for t in doc.timexes] == ["2011-03-14"]


def test_a_date_given_wins_over_what_the_text_says() -> None:
    doc = analyse(STORY, "AP_20110301.txt", document_date="2011-03-18")
    assert (doc.document_date, doc.document_date_source) == ("2011-03-18", "given")
    assert [t.value for t in doc.timexes if t.text == "Monday"] == ["2011-03-14"]


def test_a_narrative_has_none() -> None:
    doc = analyse("On 1 September 1939, Germany invaded Poland. Britain declared war two days later.\n",
                  "01_WW2.txt")
    assert (doc.document_date, doc.document_date_source) == (None, None)
    assert [t.value for t in doc.timexes] == ["1939-09-01", "1939-09-03"]


def test_the_headline_and_the_first_lines_take_the_date_of_writing() -> None:
    doc = analyse(STORY, "story.txt")
    # the headline is the first event; the dateline stays a heading (the story's stamp)
    assert [h.text for h in doc.headings] == ["LIMA, Peru (AP) \u2014 March 16, 2011"]
    headline, first, monday, deputy = doc.events
    assert headline.title == "Mayor quits over budget row"
    assert (headline.value, headline.dating, headline.anchor, headline.timex) == ("2011-03-16", INFERRED, None, None)
    assert headline.interval is not None and headline.interval.precision == "day"
    assert first.title == "The mayor of Lima has quit."
    assert first.value == "2011-03-16" and first.dating == INFERRED
    assert (monday.value, monday.dating) == ("2011-03-14", EXPLICIT)
    assert (deputy.value, deputy.dating) == ("2011-03-14", INFERRED)


def test_with_the_date_given_a_headline_without_a_dateline_is_dated() -> None:
    text = "Mayor quits over budget row\n\nThe mayor of Lima has quit. He resigned on Monday.\n"
    doc = analyse(text, document_date="2011-03-16")
    assert [(e.title, e.value, e.dating) for e in doc.events] == [
        ("Mayor quits over budget row", "2011-03-16", INFERRED),
        ("The mayor of Lima has quit.", "2011-03-16", INFERRED),
        ("He resigned on Monday.", "2011-03-14", EXPLICIT),
    ]


def test_without_a_date_of_writing_the_first_lines_stay_undated() -> None:
    text = "Course of the war\n\nThe armies met. On 1 September 1939, Germany invaded Poland.\n"
    doc = analyse(text)
    assert [h.text for h in doc.headings] == ["Course of the war"]
    assert [(e.title, e.dating) for e in doc.events] == [
        ("The armies met.", UNDATED), ("On 1 September 1939, Germany invaded Poland.", EXPLICIT)]
