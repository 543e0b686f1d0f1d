"""Records made events: titles on one line, every problem of a record on its line, dates and their listing."""

from __future__ import annotations

from tests.core.exchange.event_file_helpers import NARRATIVE, days, imported
from viewer.core.document import analyse
from viewer.core.exchange.csv_records import events_from_csv
from viewer.core.exchange.export import events_csv
from viewer.core.kinds import INFERRED, UNDATED


def test_whitespace_in_titles_becomes_one_line(tmp_path):
    doc = imported(tmp_path, 'start,title\n2017,"Two\r\nlines,\tand a tab"\n')
    assert doc.events[0].title == "Two lines, and a tab"
    assert doc.text == "2017 – Two lines, and a tab"


def test_every_problem_of_a_row_is_on_its_one_line(tmp_path):
    doc = imported(tmp_path, "Date,Name\nsoon,\n")
    assert doc.problems == (f"{tmp_path / 'events.csv'} line 2: 'Name' is empty; 'Date' is not a date: 'soon'",)


def test_a_long_cell_is_shortened_in_the_message():
    (problem,) = events_from_csv("start,title\n" + "x" * 500 + ",T\n", "e.csv").problems
    assert problem == f"e.csv line 2: 'start' is not a date: '{'x' * 39}…'"


def test_without_a_name_a_problem_starts_with_its_line():
    assert events_from_csv("start,title\nsoon,T\n").problems == ("line 2: 'start' is not a date: 'soon'",)


def test_bc_rows_and_their_listing(tmp_path):
    doc = imported(tmp_path, "start,end,title\n490 BC,,Marathon\n-0479-08,,Salamis\n480 BC,479 BC,The war\n")
    assert [(e.value, e.interval) for e in doc.events] == [
        ("BC0490", days(-490, 1, 1, -490, 12, 31, "year")),
        ("BC0480-08", days(-480, 8, 1, -480, 8, 31, "month")),
        ("BC0480", days(-480, 1, 1, -479, 12, 31, "year")),
    ]
    assert doc.text.split("\n") == ["490 BC – Marathon", "August 480 BC – Salamis", "480 BC to 479 BC – The war"]


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
