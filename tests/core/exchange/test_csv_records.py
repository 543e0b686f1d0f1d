"""Events from CSV: columns by name, bad records named by line and the good ones kept, a bad header refused."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.exchange.event_file_helpers import CSV_PIECES, assert_listing_exact, days, imported, summary, write
from viewer.core.exchange.csv_records import events_from_csv
from viewer.core.exchange.event_rows import EventFileError
from viewer.core.kinds import EXPLICIT, UNDATED
from viewer.core.opening import open_document
from viewer.core.text.decoding import DocumentError


# ------------------------------------------------------------------ columns
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


# ------------------------------------------------------------------ any input
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


# ------------------------------------------------------------------ what a file may hold
HUGE = "9" * 5000


@pytest.mark.parametrize("row", [
    f"{HUGE},,x", f"2017,{HUGE},x", f"{HUGE}-01-01,,x", f"2017-{HUGE},,x", f"2017-01-{HUGE},,x", f"BC{HUGE},,x",
    f"{HUGE} BC,,x", f"AD {HUGE},,x", f"-{HUGE},,x", f"{HUGE}-SU,,x", "1e400,,x", "NaN,,x", "Infinity,,x",
])
def test_a_huge_number_where_a_date_goes_is_a_bad_row(tmp_path, row):
    path = write(tmp_path, "events.csv", f"start,end,title\n{row}\n2017,,Good\n")
    doc = open_document(path)
    assert [e.title for e in doc.events] == ["Good"]
    (problem,) = doc.problems
    assert problem.startswith(f"{path} line 2: '") and "is not a date" in problem and len(problem) < 250


def test_a_huge_number_in_our_exports_value_and_precision_columns(tmp_path):
    doc = imported(tmp_path, f"start,title,value,precision\n2017,x,{HUGE},{HUGE}\n2017,y,{HUGE}-SU,day\n")
    assert [(e.title, e.value, e.precision) for e in doc.events] == [("x", "2017", "year"), ("y", "2017", "day")]


def test_terminal_escapes_in_a_cell_are_escaped_in_the_problem_line(tmp_path):
    path = write(tmp_path, "events.csv", "start,title\n\x1b]0;PWNED\x07\x1b[2J,x\n2017,Good\n")
    doc = open_document(path)
    assert doc.problems == (f"{path} line 2: 'start' is not a date: '\\x1b]0;PWNED\\x07\\x1b[2J'",)


def test_terminal_escapes_in_a_header_are_escaped_in_the_refusal(tmp_path):
    path = write(tmp_path, "events.csv", "\x1b[2Jwhen,what\n2017,x\n")
    with pytest.raises(DocumentError) as caught:
        open_document(path)
    assert "\x1b" not in str(caught.value) and "'\\x1b[2Jwhen', 'what'" in caught.value.problem


def test_a_header_cell_of_a_megabyte_is_shortened_in_the_refusal(tmp_path):
    with pytest.raises(DocumentError) as caught:
        imported(tmp_path, "x" * 1_000_000 + ",what\n2017,x\n")
    assert len(caught.value.problem) < 300


# ------------------------------------------------------------------ a spreadsheet's apostrophe
def test_the_apostrophe_before_a_formula_is_dropped_from_titles_and_lanes(tmp_path):
    doc = imported(tmp_path, "start,title,lane\n2017,'=1+2,'@home\n2018,'-2,'+\n2019,\"'\t=x\",Town\n"
                             "2020,'plain',''=two\n")
    assert [(e.title, e.lane) for e in doc.events] == [
        ("=1+2", "@home"), ("-2", "+"), ("=x", "Town"), ("'plain'", "'=two")]


def test_the_apostrophe_is_kept_in_date_cells(tmp_path):
    path = write(tmp_path, "events.csv", "start,title\n'-0479,x\n")
    assert open_document(path).problems == (f"{path} line 2: 'start' is not a date: ''-0479'",)
