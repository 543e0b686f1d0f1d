"""Events from JSON: the shapes read, bad items named by their place in the list, other JSON refused."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.exchange.event_file_helpers import CSV_PIECES, days, imported, summary, write
from viewer.core.exchange.event_rows import EventFileError
from viewer.core.exchange.json_shapes import events_from_json
from viewer.core.kinds import EXPLICIT
from viewer.core.opening import open_document
from viewer.core.text.decoding import DocumentError


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


# ------------------------------------------------------------------ any input
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


# ------------------------------------------------------------------ numbers no int or float holds, deep nesting
HUGE = "9" * 5000  # more digits than int() converts (Python's int max str digits)


@pytest.mark.parametrize(("value", "quoted"), [
    (HUGE, "9" * 39 + "…"),
    ("-" + HUGE, "-" + "9" * 38 + "…"),
    ("1e400", "1e400"),
    ("-1e400", "-1e400"),
    ("NaN", "NaN"),
    ("Infinity", "Infinity"),
    ("-Infinity", "-Infinity"),
])
def test_a_number_no_date_can_be_is_a_bad_row(tmp_path, value, quoted):
    path = write(tmp_path, "events.json", f'[{{"start": {value}, "title": "x"}}, {{"start": "2017", "title": "Good"}}]')
    doc = open_document(path)
    assert [e.title for e in doc.events] == ["Good"]
    assert doc.problems == (f"{path} event 1: 'start' is not a date: '{quoted}'",)


@pytest.mark.parametrize("key", ["end", "value", "precision"])
def test_a_huge_number_where_a_date_or_a_name_goes(tmp_path, key):
    path = write(tmp_path, "events.json", f'[{{"start": "2017", "title": "x", "{key}": {HUGE}}}]')
    doc = open_document(path)
    assert len(doc.events) + len(doc.problems) == 1
    assert all("\n" not in p and len(p) < 200 for p in doc.problems)


def test_a_huge_number_as_a_title_is_its_digits(tmp_path):
    doc = imported(tmp_path, f'[{{"start": "2017", "title": {HUGE}}}, {{"start": "2018", "title": 1e400}}]',
                   "events.json")
    assert [e.title for e in doc.events] == [HUGE, "1e400"]


def test_a_huge_number_that_is_an_item(tmp_path):
    path = write(tmp_path, "events.json", f'[{{"start": "2017", "title": "Good"}}, {HUGE}, [{HUGE}]]')
    doc = open_document(path)
    assert doc.problems == (
        f"{path} event 2: not an object with 'start' and 'title' but {'9' * 39}…",
        f"{path} event 3: not an object with 'start' and 'title' but [\"{'9' * 37}…",
    )


def test_a_value_nested_deep_is_a_bad_row(tmp_path):
    deep = "[" * 900 + "]" * 900
    path = write(tmp_path, "events.json", f'[{{"start": "2017", "title": {deep}}}, {{"start": "2018", "title": "Ok"}}]')
    doc = open_document(path)
    assert [e.title for e in doc.events] == ["Ok"]
    (problem,) = doc.problems
    assert problem.startswith(f"{path} event 1: 'title' is not text or a number: ") and len(problem) < 200


@pytest.mark.parametrize("data", ["[" * 100_000, '{"events": ' * 50_000, "[" * 100_000 + "]" * 100_000])
def test_json_nested_too_deep_is_refused(tmp_path, data):
    with pytest.raises(DocumentError) as caught:
        imported(tmp_path, data, "events.json")
    assert caught.value.problem.startswith("not valid JSON")


@pytest.mark.parametrize("number", ["1", HUGE, "1.5", "1e400"])
def test_a_giant_list_of_numbers_is_refused_in_one_line(tmp_path, number):
    count = 2_000_000 if number == "1" else 2_000
    with pytest.raises(DocumentError) as caught:
        imported(tmp_path, "[" + ",".join([number] * count) + "]", "events.json")
    assert caught.value.problem == (f"holds no events: a list of {count:,} items, none of them an object with "
                                    "'start' and 'title'")


# ------------------------------------------------------------------ what a problem line holds
def test_control_characters_in_a_json_file_are_escaped_in_its_problem_lines(tmp_path):
    path = write(tmp_path, "events.json", '[{"start": "\\u001b]0;PWNED\\u0007\\u001b[2J", "title": "x"},'
                                          ' {"start\\u000b": "\\u009b2J", "title": "y"}]')
    doc = open_document(path)
    assert doc.problems == (
        f"{path} event 1: 'start' is not a date: '\\x1b]0;PWNED\\x07\\x1b[2J'",
        f"{path} event 2: 'start\\x0b' is not a date: '\\x9b2J'",
    )
    assert not any(c in p for p in doc.problems for c in "\x1b\x07\x0b\x9b")
