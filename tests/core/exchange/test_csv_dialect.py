"""The delimiter of a CSV file of events: Excel's 'sep=' line, a .tsv's tab, else the header's commonest."""

from __future__ import annotations

import pytest

from tests.core.exchange.event_file_helpers import days, imported, summary
from viewer.core.exchange.csv_dialect import csv_delimiter
from viewer.core.kinds import EXPLICIT


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


def test_a_sep_line_names_the_delimiter_whatever_the_suffix_and_is_skipped():
    assert csv_delimiter("sep=;\nstart;title\n", "\t") == (";", 1)
    assert csv_delimiter("sep=|\r\nstart|title\r\n") == ("|", 1)


@pytest.mark.parametrize(("text", "given", "expected"), [
    ("start;title\n", "\t", "\t"),  # a .tsv is tab-separated whatever its header looks like
    ("\n \nstart;title,lane;x\n", None, ";"),  # the first line with anything in it
    ("start title\n", None, ","),
    ("", None, ","),
])
def test_else_the_suffix_then_the_header_decides(text, given, expected):
    assert csv_delimiter(text, given) == (expected, 0)
