"""`timeline-viewer extract`: the JSON/CSV contract of issue 2, offsets, encodings and errors."""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import viewer
from viewer.cli import main

ISO_DAY = re.compile(r"^[+-]?\d{4,}-\d\d-\d\d$")
DATINGS = {"explicit", "inferred", "undated"}
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}

NARRATIVE = (
    "The harbour was quiet for years. "
    "The new pier opened on 26 October 2017. "
    "Fishermen complained about the noise. "
    "Two days later the mayor visited."
)


# ------------------------------------------------------------------ helpers

def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_bytes(data.encode("utf-8"))
    else:
        path.write_bytes(data)
    return path


def extract(capsys, *args: str | Path) -> tuple[int, str, str]:
    """Run `timeline-viewer extract ARGS...` in-process: (status, stdout, stderr)."""
    status = main(["extract", *map(str, args)])
    out, err = capsys.readouterr()
    return status, out, err


def extract_json(capsys, *args: str | Path) -> list[dict]:
    status, out, err = extract(capsys, *args)
    assert (status, err) == (0, "")
    return json.loads(out)["documents"]


def error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.strip()]


def assert_offsets_match(doc: dict, text: str) -> None:
    """Every reported span is exact in the decoded text (BOM removed, line ends kept)."""
    for t in doc["timexes"]:
        assert text[t["start"]:t["end"]] == t["text"], t
    for e in doc["events"]:
        s = e["sentence"]
        assert text[s["start"]:s["end"]] == e["title"], e


# ------------------------------------------------------------------ JSON contract

def test_json_contract_keys_and_types(tmp_path, capsys) -> None:
    path = write(tmp_path, "pier.txt", NARRATIVE)
    status, out, err = extract(capsys, path)
    assert (status, err) == (0, "")
    result = json.loads(out)
    assert set(result) == {"documents"}
    (doc,) = result["documents"]
    assert {"path", "timexes", "events"} <= set(doc) and "hidden" not in doc
    assert doc["path"] == str(path)

    assert doc["timexes"], "the narrative has dates"
    for t in doc["timexes"]:
        assert {"start", "end", "text", "type", "value"} <= set(t)
        assert isinstance(t["start"], int) and isinstance(t["end"], int) and t["start"] < t["end"]
        assert isinstance(t["text"], str)
        assert t["type"] in TIMEX_TYPES
        assert t["value"] is None or isinstance(t["value"], str)

    assert len(doc["events"]) == 4
    for e in doc["events"]:
        assert {"sentence", "title", "value", "start", "end", "precision", "dating", "lane"} <= set(e)
        assert {"start", "end"} <= set(e["sentence"])
        assert isinstance(e["sentence"]["start"], int) and isinstance(e["sentence"]["end"], int)
        assert isinstance(e["title"], str)
        assert e["dating"] in DATINGS
        assert e["lane"] is None or isinstance(e["lane"], str)
        assert e["edited"] is False and "original" not in e  # a file as read: a project's edits say so
        if e["dating"] == "undated":
            assert (e["value"], e["start"], e["end"], e["precision"]) == (None, None, None, None)
        else:
            assert ISO_DAY.match(e["start"]) and ISO_DAY.match(e["end"]), e
            assert e["start"] <= e["end"]
            assert isinstance(e["value"], str) and isinstance(e["precision"], str)


def test_json_events_of_a_small_narrative(tmp_path, capsys) -> None:
    (doc,) = extract_json(capsys, write(tmp_path, "pier.txt", NARRATIVE))
    assert [(e["value"], e["dating"], e["start"], e["end"], e["precision"]) for e in doc["events"]] == [
        (None, "undated", None, None, None),
        ("2017-10-26", "explicit", "2017-10-26", "2017-10-26", "day"),
        ("2017-10-26", "inferred", "2017-10-26", "2017-10-26", "day"),
        ("2017-10-28", "explicit", "2017-10-28", "2017-10-28", "day"),
    ]
    assert_offsets_match(doc, NARRATIVE)


def test_event_start_and_end_are_inclusive_iso_dates(tmp_path, capsys) -> None:
    text = "The ships were refitted in August-September 1950. The city fell in 480 BC. Trade grew in the 1930s."
    (doc,) = extract_json(capsys, write(tmp_path, "spans.txt", text))
    assert [(e["start"], e["end"]) for e in doc["events"]] == [
        ("1950-08-01", "1950-09-30"),
        ("-0479-01-01", "-0479-12-31"),
        ("1930-01-01", "1939-12-31"),
    ]


def test_several_files_give_documents_in_order(tmp_path, capsys) -> None:
    first = write(tmp_path, "a.txt", "The fort fell in 1871.")
    second = write(tmp_path, "b.txt", "The mill burned in March 1958.")
    docs = extract_json(capsys, first, second)
    assert [d["path"] for d in docs] == [str(first), str(second)]
    assert [d["events"][0]["value"] for d in docs] == ["1871", "1958-03"]


# ------------------------------------------------------------------ encodings and offsets

def test_utf8_bom_and_crlf_offsets_point_into_the_decoded_text(tmp_path, capsys) -> None:
    text = ("The canal froze over in 1871.\r\n"
            "On 12 March the barges were still stuck.\r\n"
            "\r\n"
            "Two days later the ice broke at Zürich.\r\n")
    path = write(tmp_path, "bom_crlf.txt", codecs.BOM_UTF8 + text.encode("utf-8"))
    (doc,) = extract_json(capsys, path)
    assert [t["text"] for t in doc["timexes"]] == ["1871", "12 March", "Two days later"]
    assert [t["value"] for t in doc["timexes"]] == ["1871", "1871-03-12", "1871-03-14"]
    assert len(doc["events"]) == 3
    assert_offsets_match(doc, text)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_file_with_bom(tmp_path, capsys, encoding: str) -> None:
    text = "Die Brücke wurde gebaut. The bridge over the Aare opened on 26 October 2017.\r\nIt was praised.\n"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    (doc,) = extract_json(capsys, write(tmp_path, "utf16.txt", data))
    assert [(t["text"], t["value"]) for t in doc["timexes"]] == [("26 October 2017", "2017-10-26")]
    assert [e["dating"] for e in doc["events"]] == ["undated", "explicit", "inferred"]
    assert_offsets_match(doc, text)


def test_latin1_file_decodes(tmp_path, capsys) -> None:
    text = "The café on the quay opened in March 1958."
    (doc,) = extract_json(capsys, write(tmp_path, "latin1.txt", text.encode("latin-1")))
    (event,) = doc["events"]
    assert event["title"] == text
    assert "café" in event["title"]
    assert event["value"] == "1958-03"
    assert_offsets_match(doc, text)


def test_empty_file_is_a_document_without_events(tmp_path, capsys) -> None:
    path = write(tmp_path, "empty.txt", b"")
    (doc,) = extract_json(capsys, path)
    assert doc["path"] == str(path)
    assert doc["events"] == [] and doc["timexes"] == []


# ------------------------------------------------------------------ CSV

def test_csv_has_a_header_and_one_row_per_event(tmp_path, capsys) -> None:
    quoted = 'The mayor said, "We will rebuild," on 2 May 1921.'
    path = write(tmp_path, "quoted.txt", NARRATIVE + " " + quoted)
    (doc,) = extract_json(capsys, path)

    status, out, err = extract(capsys, "--format", "csv", path)
    assert (status, err) == (0, "")
    reader = csv.DictReader(io.StringIO(out))
    assert {"path", "start", "end", "value", "precision", "dating", "title"} <= set(reader.fieldnames)
    rows = list(reader)
    assert len(rows) == len(doc["events"]) == 5
    for row, e in zip(rows, doc["events"]):
        assert row["path"] == str(path)
        assert row["title"] == e["title"]
        assert row["dating"] == e["dating"]
        assert row["value"] == (e["value"] or "")
        assert (row["start"], row["end"]) == (e["start"] or "", e["end"] or "")
    assert rows[-1]["title"] == quoted


def test_csv_of_an_empty_file_is_just_the_header(tmp_path, capsys) -> None:
    status, out, err = extract(capsys, "--format", "csv", write(tmp_path, "empty.txt", b""))
    assert (status, err) == (0, "")
    rows = list(csv.reader(io.StringIO(out)))
    assert len(rows) == 1 and "title" in rows[0]


# ------------------------------------------------------------------ errors

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"


def bad_file(tmp_path: Path, kind: str) -> Path:
    if kind == "missing":
        return tmp_path / "no_such_file.txt"
    if kind == "directory":
        folder = tmp_path / "a_folder"
        folder.mkdir()
        return folder
    return write(tmp_path, "picture.png", PNG)


@pytest.mark.parametrize(("kind", "problem"), [
    ("missing", "no such file"),
    ("directory", "directory"),
    ("binary", "binary"),
])
def test_a_bad_file_gives_status_2_and_one_line_naming_it(tmp_path, capsys, kind: str, problem: str) -> None:
    path = bad_file(tmp_path, kind)
    status, out, err = extract(capsys, path)
    assert status == 2
    (line,) = error_lines(err)
    assert path.name in line
    assert problem in line.lower()
    assert "Traceback" not in err
    assert json.loads(out) == {"documents": []}


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_good_files_of_the_same_call_are_still_processed(tmp_path, capsys, fmt: str) -> None:
    good = write(tmp_path, "good.txt", NARRATIVE)
    other = write(tmp_path, "other.txt", "The mill burned in March 1958.")
    bad = [bad_file(tmp_path, kind) for kind in ("missing", "directory", "binary")]
    status, out, err = extract(capsys, "--format", fmt, bad[0], good, bad[1], bad[2], other)
    assert status == 2
    assert "Traceback" not in err
    lines = error_lines(err)
    assert len(lines) == 3
    for line, path in zip(lines, bad):
        assert path.name in line
    if fmt == "json":
        assert [d["path"] for d in json.loads(out)["documents"]] == [str(good), str(other)]
    else:
        assert {row["path"] for row in csv.DictReader(io.StringIO(out))} == {str(good), str(other)}


# ------------------------------------------------------------------ a real process

@pytest.mark.slow
def test_python_m_viewer_extract_in_a_subprocess(tmp_path) -> None:
    text = "The canal froze over in 1871.\r\nOn 12 March the barges were still stuck.\r\n"
    good = write(tmp_path, "canal.txt", codecs.BOM_UTF8 + text.encode("utf-8"))
    missing = tmp_path / "gone.txt"
    env = dict(os.environ, PYTHONPATH=str(Path(viewer.__file__).resolve().parents[1]), PYTHONIOENCODING="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "viewer", "extract", str(missing), str(good)],
        capture_output=True, env=env, cwd=tmp_path, timeout=120,
    )
    stdout, stderr = proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    assert proc.returncode == 2, stderr
    assert "Traceback" not in stderr
    (line,) = error_lines(stderr)
    assert "gone.txt" in line
    (doc,) = json.loads(stdout)["documents"]
    assert doc["path"] == str(good)
    assert [(t["text"], t["value"]) for t in doc["timexes"]] == [("1871", "1871"), ("12 March", "1871-03-12")]
    assert [e["dating"] for e in doc["events"]] == ["explicit", "explicit"]
    assert_offsets_match(doc, text)


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGINT to send a process on Windows")
def test_ctrl_c_stops_extract_quietly_with_status_130(tmp_path) -> None:
    import signal
    import time

    path = tmp_path / "long.txt"  # 300,000 dated sentences: tens of seconds of reading
    lines = (f"On {1 + i % 28} May {1800 + i % 200} the army crossed river {i}." for i in range(300_000))
    path.write_text("\n".join(lines), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(viewer.__file__).resolve().parents[1])}
    child = subprocess.Popen([sys.executable, "-m", "viewer", "extract", str(path)], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, env=env, cwd=tmp_path,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(2.0)  # reading by now (its search shared with a fork of it, by default)
    assert child.poll() is None
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=60)
    assert (child.returncode, err) == (130, b"")
