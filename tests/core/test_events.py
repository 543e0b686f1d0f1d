"""Events: one per sentence, dated explicitly, by inference from the narrative, or not at all."""

from __future__ import annotations

import pytest

from viewer.core.document import Document, analyse
from viewer.core.events import Event
from viewer.core.kinds import EXPLICIT, INFERRED, UNDATED

NARRATIVE = (
    "The valley had been farmed for years. "
    "The river flooded in the spring of 1927. "
    "Farmers lost their herds.[4] "
    "A relief committee met on 12 June 1927 and again on 14 June. "
    "Nobody kept minutes.[citation needed] "
    "New dykes were finished in March 1929. "
    "The work was widely praised.[7][8] "
    "Another flood came in 1931. "
    "Engineers studied the valley throughout the 1930s."
)

# (title, value, dating, precision) for each sentence of NARRATIVE.
EXPECTED = [
    ("The valley had been farmed for years.", None, UNDATED, None),
    ("The river flooded in the spring of 1927.", "1927-SP", EXPLICIT, "season"),
    ("Farmers lost their herds.", "1927-SP", INFERRED, "season"),
    ("A relief committee met on 12 June 1927 and again on 14 June.", "1927-06-12", EXPLICIT, "day"),
    ("Nobody kept minutes.", "1927-06-14", INFERRED, "day"),
    ("New dykes were finished in March 1929.", "1929-03", EXPLICIT, "month"),
    ("The work was widely praised.", "1929-03", INFERRED, "month"),
    ("Another flood came in 1931.", "1931", EXPLICIT, "year"),
    ("Engineers studied the valley throughout the 1930s.", "193", EXPLICIT, "decade"),
]


@pytest.fixture(scope="module")
def doc() -> Document:
    return analyse(NARRATIVE)


def event_titled(doc: Document, start_of_title: str) -> Event:
    matches = [e for e in doc.events if e.title.startswith(start_of_title)]
    assert len(matches) == 1, [e.title for e in doc.events]
    return matches[0]


def test_every_sentence_is_an_event(doc: Document) -> None:
    assert [e.sentence for e in doc.events] == doc.sentences
    assert len(doc.events) == len(EXPECTED)


def test_titles_values_datings_and_precisions(doc: Document) -> None:
    assert [(e.title, e.value, e.dating, e.precision) for e in doc.events] == EXPECTED


def test_undated_before_anything_to_carry(doc: Document) -> None:
    first = doc.events[0]
    assert (first.dating, first.value, first.interval, first.timex, first.anchor) == (UNDATED, None, None, None, None)


def test_a_duration_alone_does_not_date_a_sentence(doc: Document) -> None:
    first = doc.events[0]
    durations = [t for t in doc.timexes if t.type == "DURATION"]
    assert any(first.sentence.start <= t.start < first.sentence.end for t in durations)
    assert first.dating == UNDATED


def test_explicit_events_point_at_their_expression(doc: Document) -> None:
    for e in doc.events:
        if e.dating == EXPLICIT:
            t = doc.timexes[e.timex]
            assert e.sentence.start <= t.start < e.sentence.end
            assert t.value == e.value
            assert e.anchor is None


def test_inferred_carries_the_last_date_before_it(doc: Document) -> None:
    e = event_titled(doc, "Nobody kept minutes")
    assert e.dating == INFERRED
    assert e.timex is None
    anchor = doc.timexes[e.anchor]
    assert anchor.text == "14 June"
    assert anchor.end <= e.sentence.start
    assert e.value == anchor.value == "1927-06-14"
    assert (e.interval.start_iso, e.interval.end_iso) == ("1927-06-14", "1927-06-14")


def test_every_inferred_event_anchors_on_the_latest_dating_expression(doc: Document) -> None:
    for e in doc.events:
        if e.dating == INFERRED:
            before = [i for i, t in enumerate(doc.timexes)
                      if t.end <= e.sentence.start and t.type in ("DATE", "TIME")]
            assert e.anchor == before[-1]
            assert e.value == doc.timexes[e.anchor].value


@pytest.mark.parametrize(("start_of_title", "first", "last"), [
    ("The river flooded", "1927-03-01", "1927-05-31"),
    ("A relief committee", "1927-06-12", "1927-06-12"),
    ("New dykes", "1929-03-01", "1929-03-31"),
    ("The work was", "1929-03-01", "1929-03-31"),
    ("Another flood", "1931-01-01", "1931-12-31"),
    ("Engineers studied", "1930-01-01", "1939-12-31"),
])
def test_intervals_follow_the_precision(doc: Document, start_of_title: str, first: str, last: str) -> None:
    e = event_titled(doc, start_of_title)
    assert (e.interval.start_iso, e.interval.end_iso) == (first, last)


def test_citation_marks_stay_in_the_text_but_not_in_titles(doc: Document) -> None:
    assert "[4]" in NARRATIVE and "[citation needed]" in NARRATIVE
    for e in doc.events:
        assert "[" not in e.title and "]" not in e.title, e.title
        assert NARRATIVE[e.sentence.start:e.sentence.end].startswith(e.title[:10])


def test_every_event_has_its_label(doc: Document) -> None:
    assert [e.label for e in doc.events] == [
        "The valley had been farmed for years", "The river flooded in the spring of 1927",
        "Farmers lost their herds", "A relief committee met on 12 June 1927 and again on 14 June",
        "Nobody kept minutes", "New dykes were finished in March 1929", "The work was widely praised",
        "Another flood came in 1931", "Engineers studied the valley throughout the 1930s",
    ]


def test_a_label_leaves_out_the_date_phrase_the_reader_found() -> None:
    doc = analyse("The dam was finished in 1925. Two years later, the river flooded the valley again.")
    assert [e.label for e in doc.events] == ["The dam was finished in 1925", "The river flooded the valley again"]


def test_an_event_made_without_a_label_still_has_one_field_more() -> None:
    doc = analyse("The dam was finished in 1925.")
    e = doc.events[0]
    made = Event(e.sentence, e.title, e.value, e.interval, e.dating, e.timex, e.anchor, e.lane, e.section)
    assert made.label == ""


# ------------------------------------------------------------------ ranges

def only_event(text: str) -> Event:
    (event,) = analyse(text).events
    return event


@pytest.mark.parametrize(("text", "value", "first", "last"), [
    ("The old bridge was fought from 3 to 9 May 1915 by two battalions.", "1915-05-03", "1915-05-03", "1915-05-09"),
    ("The port was blockaded between 12 and 19 July 1862.", "1862-07-12", "1862-07-12", "1862-07-19"),
    ("The ships were refitted in August-September 1950.", "1950-08", "1950-08-01", "1950-09-30"),
    ("The strikes of 1915-17 closed the mills.", "1915", "1915-01-01", "1917-12-31"),
    ("The pact held from 1920 to 1925.", "1920", "1920-01-01", "1925-12-31"),
])
def test_a_range_covers_from_its_first_to_its_last_day(text: str, value: str, first: str, last: str) -> None:
    e = only_event(text)
    assert e.dating == EXPLICIT
    assert e.value == value
    assert (e.interval.start_iso, e.interval.end_iso) == (first, last)


def test_two_dates_that_are_no_range_do_not_stretch_the_interval() -> None:
    e = only_event("The committee met on 12 June 1927 and again on 14 June.")
    assert (e.interval.start_iso, e.interval.end_iso) == ("1927-06-12", "1927-06-12")


def test_anaphoric_expressions_date_a_sentence_explicitly() -> None:
    doc = analyse("The treaty was signed on 4 May 1921. The next day riots broke out. Many were hurt.")
    assert [(e.value, e.dating) for e in doc.events] == [
        ("1921-05-04", EXPLICIT), ("1921-05-05", EXPLICIT), ("1921-05-05", INFERRED),
    ]


def test_bc_event_interval() -> None:
    e = only_event("The city was sacked in 480 BC by a large army.")
    assert (e.value, e.precision) == ("BC0480", "year")
    assert (e.interval.start_iso, e.interval.end_iso) == ("-0479-01-01", "-0479-12-31")


def test_text_without_sentences_has_no_events() -> None:
    assert analyse("").events == []
    assert analyse(" \n\r\n ").events == []


# ------------------------------------------------- the bundled sample (issue 2, "Must show" 1)

SAMPLE_DATINGS = [
    (None, UNDATED),
    ("2017-01", EXPLICIT),
    ("2017-10-26", EXPLICIT),
    ("2017-10-28", EXPLICIT),
    ("2017-10-28", INFERRED),
    ("2017-10-29", EXPLICIT),
    ("2017-10-29", INFERRED),
    ("2017-10-29", INFERRED),
    ("2017-10-29", EXPLICIT),
    ("2017-10-29", EXPLICIT),
    ("2017-10-29", INFERRED),
    ("2017-11-11", EXPLICIT),
    ("2017-11-11", INFERRED),
    ("2017-11-11", INFERRED),
    ("2017-11-11", INFERRED),
    ("2017-11-27", EXPLICIT),
]
SAMPLE_DATES = [
    ("January 2017", "2017-01"),
    ("26 October", "2017-10-26"),
    ("28 October", "2017-10-28"),
    ("29 October", "2017-10-29"),
    ("the same day", "2017-10-29"),
    ("the same day", "2017-10-29"),
    ("11 November", "2017-11-11"),
    ("27 November", "2017-11-27"),
]


@pytest.fixture(scope="module")
def sample() -> Document:
    from viewer.bundled import sample_path
    from viewer.core.text.decoding import read_document

    return analyse(read_document(sample_path()), str(sample_path()))


def sample_dates(doc: Document):
    return [t for t in doc.timexes if t.type in ("DATE", "TIME")]


def test_sample_sentences_are_dated_as_the_issue_shows(sample: Document) -> None:
    assert [(e.value, e.dating) for e in sample.events] == SAMPLE_DATINGS


def test_sample_date_expression_values(sample: Document) -> None:
    assert [t.value for t in sample_dates(sample)] == [value for _, value in SAMPLE_DATES]


def test_sample_date_expressions_are_exactly_those_of_the_issue(sample: Document) -> None:
    assert [(t.text, t.value) for t in sample_dates(sample)] == SAMPLE_DATES


def test_sample_spans_are_exact(sample: Document) -> None:
    for t in sample.timexes:
        assert sample.text[t.start:t.end] == t.text


# ---------------------------------------------------------------- sections

SECTIONED = """The war began in 1939 with an invasion.

The early years

Germany advanced. Poland fell on 6 October 1939.

1941

The invasion of the Soviet Union followed.
"""


def test_a_heading_is_no_event_and_opens_a_section():
    from viewer.core.document import analyse

    doc = analyse(SECTIONED)
    titles = [e.title for e in doc.events]
    assert "The early years" not in titles and "1941" not in titles
    assert [(e.title, e.section) for e in doc.events] == [
        ("The war began in 1939 with an invasion.", None),
        ("Germany advanced.", "The early years"),
        ("Poland fell on 6 October 1939.", "The early years"),
        ("The invasion of the Soviet Union followed.", "1941"),
    ]


def test_a_sentence_with_no_date_carries_its_sections_date():
    from viewer.core.document import analyse

    doc = analyse(SECTIONED)
    last = doc.events[-1]
    assert (last.value, last.dating) == ("1941", INFERRED)
    assert doc.timexes[last.anchor].text == "1941"


def test_an_undated_event_carries_the_date_of_the_event_before_it_not_an_aside_year():
    doc = analyse("On September 1, 1939, Germany and Slovakia - a client state in 1939 - attacked Poland. "
                  "France, Britain and the Commonwealth declared war.")
    first, second = doc.events
    assert (second.value, second.dating) == ("1939-09-01", INFERRED)
    assert second.anchor == first.timex
    assert (second.interval.start_iso, second.interval.end_iso) == ("1939-09-01", "1939-09-01")


def test_an_undated_event_carries_a_later_date_its_predecessor_went_on_to():
    doc = analyse("The committee met on 12 June 1927 and again on 14 June. Nobody kept minutes.")
    assert doc.events[1].value == "1927-06-14"


def test_a_year_looked_back_to_or_told_ahead_does_not_date_its_event():
    doc = analyse("In March 1915 the regiment reached the river. It was the largest cavalry battle since 1813. "
                  "The bridge, which would be rebuilt in 1920, held.")
    assert [(e.value, e.dating) for e in doc.events] == [
        ("1915-03", EXPLICIT), ("1915-03", INFERRED), ("1915-03", INFERRED)]
