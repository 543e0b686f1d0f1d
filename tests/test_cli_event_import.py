"""`timeline-viewer extract` on a file of events: the good rows printed, one stderr line per bad row."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import viewer
from viewer.cli import main

EVENTS = """date;name;actor
2017-10-26;The pier opened;Town
2017-13-45;A month that does not exist;Town
2017-11-02;The mayor visited;Mayor
;No date at all;Town
2017-11-05;;Mayor
"""
PROBLEMS = [
    "line 3: 'date' is not a date: '2017-13-45'",
    "line 5: 'date' is empty",
    "line 6: 'name' is empty",
]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def run(capsys, *args: str | Path) -> tuple[int, str, list[str]]:
    status = main(["extract", *map(str, args)])
    out, err = capsys.readouterr()
    return status, out, err.splitlines()


def test_a_csv_of_events_with_malformed_rows(tmp_path, capsys):
    path = write(tmp_path, "events.csv", EVENTS)
    status, out, err = run(capsys, path)
    assert status == 2
    assert err == [f"timeline-viewer: {path} {p}" for p in PROBLEMS]
    (doc,) = json.loads(out)["documents"]
    assert doc["path"] == str(path)
    assert [(e["title"], e["start"], e["end"], e["precision"], e["dating"], e["lane"]) for e in doc["events"]] == [
        ("The pier opened", "2017-10-26", "2017-10-26", "day", "explicit", "Town"),
        ("The mayor visited", "2017-11-02", "2017-11-02", "day", "explicit", "Mayor"),
    ]


def test_the_csv_format_prints_the_good_rows_too(tmp_path, capsys):
    path = write(tmp_path, "events.csv", EVENTS)
    status, out, err = run(capsys, "--format", "csv", path)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert (status, len(err)) == (2, 3)
    assert [(r["start"], r["value"], r["title"]) for r in rows] == [
        ("2017-10-26", "2017-10-26", "The pier opened"), ("2017-11-02", "2017-11-02", "The mayor visited")]


def test_a_good_events_file_is_quiet(tmp_path, capsys):
    path = write(tmp_path, "events.json", json.dumps([{"start": "480 BC", "title": "Thermopylae"}]))
    status, out, err = run(capsys, path)
    assert (status, err) == (0, [])
    (event,) = json.loads(out)["documents"][0]["events"]
    assert (event["value"], event["start"], event["end"], event["precision"]) == (
        "BC0480", "-0479-01-01", "-0479-12-31", "year")


def test_a_file_without_a_needed_column_is_one_line(tmp_path, capsys):
    good = write(tmp_path, "good.csv", "start,title\n2017,Fine\n")
    bad = write(tmp_path, "bad.csv", "when,what\n2017,Fine\n")
    status, out, err = run(capsys, bad, good)
    assert status == 2
    assert err == [f"timeline-viewer: {bad}: no 'start' column (nor 'date' or 'start date' or 'begin'); "
                   "an events file needs 'start' and 'title' columns, and this one has 'when', 'what'"]
    assert [d["path"] for d in json.loads(out)["documents"]] == [str(good)]


def test_text_and_events_files_together(tmp_path, capsys):
    text = write(tmp_path, "story.txt", "The pier opened on 26 October 2017.")
    events = write(tmp_path, "events.csv", EVENTS)
    status, out, err = run(capsys, text, events)
    docs = json.loads(out)["documents"]
    assert (status, len(err)) == (2, 3)
    assert [len(d["events"]) for d in docs] == [1, 2] and docs[0]["timexes"][0]["text"] == "26 October 2017"


def test_an_export_of_an_import_is_the_same(tmp_path, capsys):
    first = write(tmp_path, "events.csv", "start,end,title,lane\n2017-10,2017-12,Storms,Weather\n490 BC,,Marathon,\n")
    _, once, _ = run(capsys, "--format", "csv", first)
    again = write(tmp_path, "again.csv", once)
    _, twice, _ = run(capsys, "--format", "csv", again)
    assert twice == once.replace(str(first), str(again))


def test_in_a_subprocess(tmp_path):
    path = write(tmp_path, "events.csv", EVENTS)
    env = dict(os.environ, PYTHONPATH=str(Path(viewer.__file__).resolve().parents[1]), PYTHONIOENCODING="utf-8")
    proc = subprocess.run([sys.executable, "-m", "viewer", "extract", str(path)], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [f"timeline-viewer: {path} {p}" for p in PROBLEMS]
    assert len(json.loads(proc.stdout)["documents"][0]["events"]) == 2


FORMULAS = """start,title,lane
2017-10-26,"=HYPERLINK(""http://evil.example"",""Click"")",=cmd
2017-10-27,+cmd|' /C calc'!A0,@SUM(1+1)
2017-10-28,-2+3+cmd,-2
2017-10-29,\t=1+2,Town
"""


def test_the_csv_format_writes_no_live_formula_and_reads_back(tmp_path, capsys):
    first = write(tmp_path, "events.csv", FORMULAS)
    _, once, _ = run(capsys, "--format", "csv", first)
    rows = list(csv.DictReader(io.StringIO(once)))
    assert [(r["title"], r["lane"]) for r in rows] == [
        ("'=HYPERLINK(\"http://evil.example\",\"Click\")", "'=cmd"), ("'+cmd|' /C calc'!A0", "'@SUM(1+1)"),
        ("'-2+3+cmd", "'-2"), ("'=1+2", "Town")]
    assert [r["start"] for r in rows] == ["2017-10-26", "2017-10-27", "2017-10-28", "2017-10-29"]
    again = write(tmp_path, "again.csv", once)
    _, twice, _ = run(capsys, "--format", "csv", again)
    assert twice == once.replace(str(first), str(again))
    _, as_json, _ = run(capsys, again)
    assert [(e["title"], e["lane"]) for e in json.loads(as_json)["documents"][0]["events"]] == [
        ('=HYPERLINK("http://evil.example","Click")', "=cmd"), ("+cmd|' /C calc'!A0", "@SUM(1+1)"),
        ("-2+3+cmd", "-2"), ("=1+2", "Town")]
