"""Events read straight from CSV and JSON: dates as given, bad rows named by line, good rows kept."""

from __future__ import annotations

import codecs
import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.dates.calendar import Interval, day_number
from viewer.core.text.decoding import DocumentError
from viewer.core.document import Document, analyse, open_document
from viewer.core.exchange.event_import import (EventFileError, events_from_csv, events_from_json, parse_date,
                                      problems_message)
from viewer.core.kinds import EXPLICIT, INFERRED, UNDATED
from viewer.core.exchange.export import documents_json_obj, events_csv

GOOD = """start,end,title,lane
2017-10-26,,The pier opened,Town
2017-11,2017-12,Storms,Weather
2018,,A quiet year,
"""


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def imported(tmp_path: Path, data: str | bytes, name: str = "events.csv") -> Document:
    return open_document(write(tmp_path, name, data))


def days(y1, m1, d1, y2=None, m2=None, d2=None, precision="day") -> Interval:
    first = day_number(y1, m1, d1)
    return Interval(first, day_number(y2, m2, d2) if y2 else first, precision)


def summary(doc: Document) -> list[tuple]:
    return [(e.title, e.value, e.interval, e.precision, e.dating, e.lane) for e in doc.events]


def assert_listing_exact(doc: Document) -> None:
    """Each event's sentence is its line of the listing; its date is an expression inside it."""
    assert doc.text.split("\n") == [doc.text[s.start:s.end] for s in doc.sentences]
    assert [e.sentence for e in doc.events] == doc.sentences
    for e in doc.events:
        line = doc.text[e.sentence.start:e.sentence.end]
        assert line.endswith(f" – {e.title}")
        if e.interval is not None:
            t = doc.timexes[e.timex if e.dating == EXPLICIT else e.anchor]
            assert doc.text[t.start:t.end] == t.text and t.value == e.value
            if e.dating == EXPLICIT:
                assert line.startswith(t.text)


# ------------------------------------------------------------------ good files

def test_a_good_file(tmp_path):
    doc = imported(tmp_path, GOOD)
    assert summary(doc) == [
        ("The pier opened", "2017-10-26", days(2017, 10, 26), "day", EXPLICIT, "Town"),
        ("Storms", "2017-11", days(2017, 11, 1, 2017, 12, 31, "month"), "month", EXPLICIT, "Weather"),
        ("A quiet year", "2018", days(2018, 1, 1, 2018, 12, 31, "year"), "year", EXPLICIT, None),
    ]
    assert doc.text == "2017-10-26 – The pier opened\n2017-11 to 2017-12 – Storms\n2018 – A quiet year"
    assert doc.problems == () and doc.path == str(tmp_path / "events.csv")
    assert_listing_exact(doc)


@pytest.mark.parametrize("header", [
    "Date,Name,Group", "DATE,EVENT,ACTOR", "start_date,description,category", "Start Date,Label,Lane",
    " begin , title , group ",
])
def test_column_names_and_their_aliases(tmp_path, header):
    doc = imported(tmp_path, f"{header}\n2017-10-26,The pier opened,Town\n")
    assert summary(doc) == [("The pier opened", "2017-10-26", days(2017, 10, 26), "day", EXPLICIT, "Town")]


def test_the_canonical_name_wins_over_an_alias(tmp_path):
    doc = imported(tmp_path, "description,title,start\nlong words,Short,2017\n")
    assert doc.events[0].title == "Short"


def test_unknown_columns_are_ignored_and_order_does_not_matter(tmp_path):
    doc = imported(tmp_path, "id,title,notes,lane,start\n7,Pier,n/a,Town,2017-10-26\n")
    assert summary(doc) == [("Pier", "2017-10-26", days(2017, 10, 26), "day", EXPLICIT, "Town")]


@pytest.mark.parametrize(("name", "data"), [
    ("semicolons.csv", "start;title;lane\n2017-10-26;Pier, at last;Town\n"),
    ("tabs.csv", "start\ttitle\tlane\n2017-10-26\tPier, at last\tTown\n"),
    ("tabs.tsv", "start\ttitle\tlane\n2017-10-26\tPier, at last\tTown\n"),
    ("excel.csv", "sep=;\nstart;title;lane\n2017-10-26;Pier, at last;Town\n"),
    ("quoted.csv", 'start,title,lane\n2017-10-26, "Pier, at last",Town\n'),
])
def test_delimiters(tmp_path, name, data):
    doc = imported(tmp_path, data, name)
    assert summary(doc) == [("Pier, at last", "2017-10-26", days(2017, 10, 26), "day", EXPLICIT, "Town")]


def test_sep_line_still_counts_in_line_numbers(tmp_path):
    doc = imported(tmp_path, "sep=;\nstart;title\n2017;Good\nsoon;Bad\n")
    assert doc.problems == (f"{tmp_path / 'events.csv'} line 4: 'start' is not a date: 'soon'",)


@pytest.mark.parametrize(("data", "expected"), [
    (codecs.BOM_UTF8 + "start,title\n2017,Café\n".encode(), "Café"),
    ("start,title\n2017,Café\n".encode("cp1252"), "Café"),
    (codecs.BOM_UTF16_LE + "start,title\r\n2017,Café 😀\r\n".encode("utf-16-le"), "Café 😀"),
])
def test_encodings_and_line_ends(tmp_path, data, expected):
    doc = imported(tmp_path, data)
    assert [e.title for e in doc.events] == [expected] and doc.problems == ()


def test_whitespace_in_titles_becomes_one_line(tmp_path):
    doc = imported(tmp_path, 'start,title\n2017,"Two\r\nlines,\tand a tab"\n')
    assert doc.events[0].title == "Two lines, and a tab"
    assert doc.text == "2017 – Two lines, and a tab"


# ------------------------------------------------------------------ dates

@pytest.mark.parametrize(("written", "value", "interval"), [
    ("2017-10-26", "2017-10-26", days(2017, 10, 26)),
    ("2017-1-5", "2017-01-05", days(2017, 1, 5)),
    ("2017/10/26", "2017-10-26", days(2017, 10, 26)),
    ("2017-10-26T14:30:00Z", "2017-10-26", days(2017, 10, 26)),
    ("2017-10-26 14:30", "2017-10-26", days(2017, 10, 26)),
    ("2016-02", "2016-02", days(2016, 2, 1, 2016, 2, 29, "month")),
    ("2017", "2017", days(2017, 1, 1, 2017, 12, 31, "year")),
    ("0480", "0480", days(480, 1, 1, 480, 12, 31, "year")),
    ("480 BC", "BC0480", days(-480, 1, 1, -480, 12, 31, "year")),
    ("480 bce", "BC0480", days(-480, 1, 1, -480, 12, 31, "year")),
    ("480 B.C.", "BC0480", days(-480, 1, 1, -480, 12, 31, "year")),
    ("AD 9", "0009", days(9, 1, 1, 9, 12, 31, "year")),
    ("9 CE", "0009", days(9, 1, 1, 9, 12, 31, "year")),
    ("-0479", "BC0480", days(-480, 1, 1, -480, 12, 31, "year")),  # ISO 8601: year 0 is 1 BC
    ("-0479-08-11", "BC0480-08-11", days(-480, 8, 11)),
    ("0000-03-01", "BC0001-03-01", days(-1, 3, 1)),
    ("BC0480", "BC0480", days(-480, 1, 1, -480, 12, 31, "year")),
    ("BC0480-08", "BC0480-08", days(-480, 8, 1, -480, 8, 31, "month")),
    ("1916-SU", "1916-SU", days(1916, 6, 1, 1916, 8, 31, "season")),
    ("1944-Q2", "1944-Q2", days(1944, 4, 1, 1944, 6, 30, "quarter")),
])
def test_dates_as_written(written, value, interval):
    date = parse_date(written)
    assert (date.value, date.interval) == (value, interval)


@pytest.mark.parametrize("written", [
    "2017-13-01", "2017-02-29", "2017-10-32", "2017-00", "0", "0 BC", "26/10/2017", "10/26/2017",
    "soon", "2017-10-26-1", "480 BC AD", "²⁰¹⁷", "",
])
def test_not_dates(written):
    assert parse_date(written) is None


def test_bc_rows_and_their_listing(tmp_path):
    doc = imported(tmp_path, "start,end,title\n490 BC,,Marathon\n-0479-08,,Salamis\n480 BC,479 BC,The war\n")
    assert [(e.value, e.interval) for e in doc.events] == [
        ("BC0490", days(-490, 1, 1, -490, 12, 31, "year")),
        ("BC0480-08", days(-480, 8, 1, -480, 8, 31, "month")),
        ("BC0480", days(-480, 1, 1, -479, 12, 31, "year")),
    ]
    assert doc.text.split("\n") == ["490 BC – Marathon", "August 480 BC – Salamis", "480 BC to 479 BC – The war"]


# ------------------------------------------------------------------ bad rows: named by line, the others kept

BAD = """start,end,title,lane
2017-10-26,,Good one,Town
2017-13-45,,Bad date,Town

2017-05-09,2017-05-03,Ends before it starts,Town
2017-05-03,,,Town
2017-05-03,Too few fields
,,No start,Town
2017-06-01,2017-06-04,"A title
over two lines",Town
2017-06-01,sometime,Bad end,Town
2017-06-01,,Too many fields,Town,extra
2017-06-01,,Blank extra fields are fine,Town,,
2017-07-01,,Last good one,Town
"""


def test_malformed_rows_are_named_by_line_and_the_good_rows_kept(tmp_path):
    path = write(tmp_path, "events.csv", BAD)
    doc = open_document(path)
    assert [e.title for e in doc.events] == [
        "Good one", "A title over two lines", "Blank extra fields are fine", "Last good one"]
    assert doc.problems == tuple(f"{path} {p}" for p in (
        "line 3: 'start' is not a date: '2017-13-45'",
        "line 5: 'end' (2017-05-03) is before 'start' (2017-05-09)",
        "line 6: 'title' is empty",
        "line 7: 2 fields, but the header has 4",
        "line 8: 'start' is empty",
        "line 11: 'end' is not a date: 'sometime'",
        "line 12: 5 fields, but the header has 4",
    ))
    assert_listing_exact(doc)


def test_every_problem_of_a_row_is_on_its_one_line(tmp_path):
    doc = imported(tmp_path, "Date,Name\nsoon,\n")
    assert doc.problems == (f"{tmp_path / 'events.csv'} line 2: 'Name' is empty; 'Date' is not a date: 'soon'",)


def test_an_open_quote_names_the_lines_it_swallowed(tmp_path):
    doc = imported(tmp_path, 'start,title\n2017,Good\n2018,"Never closed\n2019,Lost\n2020,Lost too\n')
    assert [e.title for e in doc.events] == ["Good"]
    assert doc.problems == (f"{tmp_path / 'events.csv'} lines 3–5: opens a quote that is never closed",)


def test_a_quote_closed_on_a_later_line_makes_one_record_of_those_lines(tmp_path):
    doc = imported(tmp_path, 'start,title\n2018,"Opened\n2019,Closed",x\n2020,Next\n')
    assert [e.title for e in doc.events] == ["Next"]
    assert doc.problems == (f"{tmp_path / 'events.csv'} lines 2–3: 3 fields, but the header has 2 "
                            f"(a quote left open?)",)


def test_text_after_a_closing_quote_is_a_bad_row(tmp_path):
    doc = imported(tmp_path, 'start,title\n2018,"Quoted" tail\n2019,Next\n')
    assert [e.title for e in doc.events] == ["Next"]
    assert doc.problems == (f"{tmp_path / 'events.csv'} line 2: cannot be read as CSV (',' expected after '\"')",)


def test_a_long_cell_is_shortened_in_the_message():
    (problem,) = events_from_csv("start,title\n" + "x" * 500 + ",T\n", "e.csv").problems
    assert problem == f"e.csv line 2: 'start' is not a date: '{'x' * 39}…'"


def test_without_a_name_a_problem_starts_with_its_line():
    assert events_from_csv("start,title\nsoon,T\n").problems == ("line 2: 'start' is not a date: 'soon'",)


def test_the_window_message_lists_the_first_few_and_the_count():
    problems = [f"/d/e.csv line {n}: 'title' is empty" for n in range(2, 10)]
    assert problems_message("/d/e.csv", problems, 12) == (
        "/d/e.csv: 8 rows could not be read and were left out (12 events read):\n"
        "line 2: 'title' is empty\nline 3: 'title' is empty\nline 4: 'title' is empty\n"
        "line 5: 'title' is empty\nline 6: 'title' is empty\n… and 3 more")
    one = problems_message("/d/e.csv", problems[:1], 1)
    assert one == "/d/e.csv: 1 row could not be read and was left out (1 events read):\nline 2: 'title' is empty"


# ------------------------------------------------------------------ refused as a whole

@pytest.mark.parametrize(("header", "column"), [
    ("date,lane", "title"), ("title;lane", "start"), ("when,what", "start"),
])
def test_a_missing_required_column_refuses_the_file(tmp_path, header, column):
    path = write(tmp_path, "events.csv", f"{header}\n2017,x\n")
    with pytest.raises(DocumentError) as caught:
        open_document(path)
    assert caught.value.problem.startswith(f"no '{column}' column (nor ")
    assert "needs 'start' and 'title' columns" in caught.value.problem


@pytest.mark.parametrize(("data", "problem"), [
    ('"start,title\n2017,x\n', "the header row opens a quote that is never closed"),
    ('"start" x,title\n2017,x\n', "the header row cannot be read as CSV (',' expected after '\"')"),
])
def test_an_unreadable_header_refuses_the_file(tmp_path, data, problem):
    with pytest.raises(DocumentError) as caught:
        imported(tmp_path, data)
    assert caught.value.problem == problem


def test_a_binary_csv_is_refused(tmp_path):
    with pytest.raises(DocumentError, match="binary file"):
        imported(tmp_path, b"start,title\n\x00\x01\x02")


def test_a_csv_over_the_limit_is_refused_unread(tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as f:
        f.truncate(70 * 1024 * 1024)
    with pytest.raises(DocumentError, match="the largest supported is 64 MB"):
        open_document(path)


@pytest.mark.parametrize(("name", "data"), [
    ("empty.csv", ""), ("blank.csv", "\n \n"), ("header.csv", "start,title\n"), ("empty.json", ""),
    ("list.json", "[]"),
])
def test_empty_files_are_documents_without_events(tmp_path, name, data):
    doc = imported(tmp_path, data, name)
    assert (doc.text, doc.events, doc.timexes, doc.problems) == ("", [], [], ())


# ------------------------------------------------------------------ our own exports read back

NARRATIVE = (
    "The valley had been farmed for years. "
    "The river flooded in the spring of 1927. "
    "Farmers lost their herds. "
    "A relief committee met from 12 to 14 June 1927. "
    "New dykes were finished in March 1929. "
    "Another flood came in 1931, and the engineers studied the valley throughout the 1930s. "
    "The temple was older: it was built in 480 BC."
)

EXPORTED = ("title", "value", "start", "end", "precision", "dating", "lane")


def exported_events(doc: Document) -> list[dict]:
    return [{k: e[k] for k in EXPORTED} for e in documents_json_obj([doc])["documents"][0]["events"]]


@pytest.mark.parametrize("kind", ["csv", "json"])
def test_an_export_reads_back_to_the_same_events(tmp_path, kind):
    original = analyse(NARRATIVE, "valley.txt")
    assert {e.dating for e in original.events} == {EXPLICIT, INFERRED, UNDATED}
    data = events_csv([original]) if kind == "csv" else json.dumps(documents_json_obj([original]))
    doc = imported(tmp_path, data, f"valley.{kind}")
    assert doc.problems == ()
    assert exported_events(doc) == exported_events(original)
    assert [e.interval for e in doc.events] == [e.interval for e in original.events]
    assert_listing_exact(doc)


def test_an_imported_document_exports_and_reads_back_unchanged(tmp_path):
    first = imported(tmp_path, events_csv([analyse(NARRATIVE, "valley.txt")]))
    again = imported(tmp_path, events_csv([first]), "again.csv")
    assert (again.text, again.sentences, again.timexes, summary(again)) == (
        first.text, first.sentences, first.timexes, summary(first))


def test_inferred_events_point_to_the_date_they_carry(tmp_path):
    doc = imported(tmp_path, events_csv([analyse(NARRATIVE, "valley.txt")]))
    farmers = next(e for e in doc.events if e.title.startswith("Farmers"))
    flood = next(e for e in doc.events if e.title.startswith("The river"))
    assert (farmers.dating, farmers.timex, farmers.anchor) == (INFERRED, None, flood.timex)


def test_only_a_row_marked_undated_may_have_no_start(tmp_path):
    doc = imported(tmp_path, "start,title,dating\n,Marked,undated\n,Not marked,explicit\n")
    assert [(e.title, e.dating, e.interval) for e in doc.events] == [("Marked", UNDATED, None)]
    assert doc.text == "undated – Marked"
    assert doc.problems == (f"{tmp_path / 'events.csv'} line 3: 'start' is empty",)


def test_a_value_column_that_is_not_a_date_is_not_taken_for_one(tmp_path):
    doc = imported(tmp_path, "start,title,value\n2017-10-26,Sale,1500\n")
    assert (doc.events[0].value, doc.events[0].interval) == ("2017-10-26", days(2017, 10, 26))


# ------------------------------------------------------------------ JSON

@pytest.mark.parametrize("data", [
    [{"start": "2017-10-26", "title": "Pier", "lane": "Town"}, {"date": 2018, "name": "Quiet", "end": None}],
    {"events": [{"Start": "2017-10-26", "Title": "Pier", "Group": "Town"}, {"start": "2018", "title": "Quiet"}]},
    {"documents": [{"events": [{"start": "2017-10-26", "title": "Pier", "lane": "Town"}]},
                   {"events": [{"start": "2018", "title": "Quiet", "lane": None}]}]},
])
def test_json_forms(tmp_path, data):
    doc = imported(tmp_path, json.dumps(data), "events.json")
    assert summary(doc) == [
        ("Pier", "2017-10-26", days(2017, 10, 26), "day", EXPLICIT, "Town"),
        ("Quiet", "2018", days(2018, 1, 1, 2018, 12, 31, "year"), "year", EXPLICIT, None),
    ]
    assert doc.problems == ()


def test_bad_json_events_are_named_by_their_place_in_the_list(tmp_path):
    data = [{"start": "2017", "title": "Good"}, "not an object", {"start": "2017-02-30", "title": "Bad"},
            {"start": "2017", "title": ["a", "list"]}, {"title": "No start"}, {"start": "2018", "title": "Good too"}]
    path = write(tmp_path, "events.json", json.dumps(data))
    doc = open_document(path)
    assert [e.title for e in doc.events] == ["Good", "Good too"]
    assert doc.problems == tuple(f"{path} {p}" for p in (
        "event 2: not an object with 'start' and 'title' but \"not an object\"",
        "event 3: 'start' is not a date: '2017-02-30'",
        "event 4: 'title' is not text or a number: [\"a\", \"list\"]",
        "event 5: 'start' is empty",
    ))


@pytest.mark.parametrize(("data", "problem"), [
    ('[{"start": 2017,', "not valid JSON (Expecting property name enclosed in double quotes at line 1, column 17)"),
    ('{"start": "2017", "title": "x"}', 'holds no events: expected a list of event objects'),
    ('"just a string"', "holds no events"),
    ("[" * 100_000, "not valid JSON (nested too deeply)"),
])
def test_json_that_holds_no_events_is_refused(tmp_path, data, problem):
    with pytest.raises(DocumentError) as caught:
        imported(tmp_path, data, "events.json")
    assert caught.value.problem.startswith(problem)


# ------------------------------------------------------------------ scale

def test_a_hundred_thousand_rows(tmp_path):
    rows = [f"{2000 + i % 20}-{1 + i % 12:02d}-{1 + i % 28:02d},,Event {i},Lane {i % 50}" for i in range(100_000)]
    rows[50_000] = "2000-02-30,,A bad one,Lane 1"
    path = write(tmp_path, "big.csv", "start,end,title,lane\n" + "\n".join(rows) + "\n")
    began = time.perf_counter()
    doc = open_document(path)
    took = time.perf_counter() - began
    assert len(doc.events) == 99_999 and doc.problems == (f"{path} line 50002: 'start' is not a date: '2000-02-30'",)
    assert doc.events[-1].title == "Event 99999" and doc.events[-1].lane == "Lane 49"
    assert took < 10  # about 1 s on a 2-core CI machine: a blow-up guard, not a benchmark


# ------------------------------------------------------------------ any input

CSV_PIECES = ("start", "title", "end", "lane", "date", ",", ";", "\t", "\n", "\r\n", '"', "2017-10-26", "2017",
              "480 BC", "-0479", "2017-13", "BC0480", "1916-SU", "", " ", "😀", "undated", "dating", "sep=;\n")
csv_texts = st.one_of(
    st.lists(st.sampled_from(CSV_PIECES), max_size=40).map("".join).map(lambda t: "start,end,title,lane\n" + t),
    st.lists(st.sampled_from(CSV_PIECES), max_size=40).map("".join),
    st.text(max_size=200),
)


@settings(max_examples=300, deadline=None)
@given(csv_texts)
def test_any_csv_text_is_events_problems_or_one_refusal(text):
    try:
        doc = events_from_csv(text, "f.csv")
    except EventFileError:
        return
    assert doc.text == "\n".join(doc.text[s.start:s.end] for s in doc.sentences)
    assert all(p.startswith(("f.csv line ", "f.csv lines ")) and "\n" not in p for p in doc.problems)
    for e in doc.events:
        assert e.title and "\n" not in e.title
        assert (e.interval is None) == (e.dating == UNDATED)
        if e.interval is not None:
            assert e.interval.first <= e.interval.last and e.value
    assert events_from_csv(text, "f.csv") == doc


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.sampled_from(CSV_PIECES)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(("start", "end", "title", "Date", "name", "lane", "events", "documents", "dating", "x")),
        inner, max_size=5),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_any_json_is_events_problems_or_one_refusal(data):
    try:
        doc = events_from_json(json.dumps(data), "f.json")
    except EventFileError:
        return
    assert all(p.startswith("f.json event ") and "\n" not in p for p in doc.problems)
    assert [e.sentence for e in doc.events] == doc.sentences
