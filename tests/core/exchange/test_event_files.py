"""Events files read by their suffix: decoded as any document is, refused whole, or their problems told."""

from __future__ import annotations

import codecs
import json
import time

import pytest

from tests.core.exchange.event_file_helpers import NARRATIVE, assert_listing_exact, days, imported, summary, write
from viewer.core.document import Document, analyse
from viewer.core.exchange.event_files import problems_message
from viewer.core.exchange.export import documents_json_obj, events_csv
from viewer.core.kinds import EXPLICIT, INFERRED, UNDATED
from viewer.core.opening import open_document
from viewer.core.text.decoding import DocumentError

GOOD = """start,end,title,lane
2017-10-26,,The pier opened,Town
2017-11,2017-12,Storms,Weather
2018,,A quiet year,
"""


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


@pytest.mark.parametrize(("data", "expected"), [
    (codecs.BOM_UTF8 + "start,title\n2017,Café\n".encode(), "Café"),
    ("start,title\n2017,Café\n".encode("cp1252"), "Café"),
    (codecs.BOM_UTF16_LE + "start,title\r\n2017,Café 😀\r\n".encode("utf-16-le"), "Café 😀"),
])
def test_encodings_and_line_ends(tmp_path, data, expected):
    doc = imported(tmp_path, data)
    assert [e.title for e in doc.events] == [expected] and doc.problems == ()


def test_the_window_message_lists_the_first_few_and_the_count():
    problems = [f"/d/e.csv line {n}: 'title' is empty" for n in range(2, 10)]
    assert problems_message("/d/e.csv", problems, 12) == (
        "/d/e.csv: 8 rows could not be read and were left out (12 events read):\n"
        "line 2: 'title' is empty\nline 3: 'title' is empty\nline 4: 'title' is empty\n"
        "line 5: 'title' is empty\nline 6: 'title' is empty\n… and 3 more")
    one = problems_message("/d/e.csv", problems[:1], 1)
    assert one == "/d/e.csv: 1 row could not be read and was left out (1 events read):\nline 2: 'title' is empty"


# ------------------------------------------------------------------ refused as a whole
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
