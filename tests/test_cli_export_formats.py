"""`extract --format timelinejs | timeml | ics`: other tools' formats on stdout, read back by
what reads them, their values the same as extract's JSON, and never Qt."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import icalendar
import pytest

from viewer.cli import main

TEXT = ('On 3 May 1940, the <b>army</b> crossed the river & took the town.\r\n'
        '<script>alert("x")</script> was written in 1950. In 480 BC the Persians burned Athens.\n')


@pytest.fixture
def doc_path(tmp_path):
    path = tmp_path / "a & <b>.txt"
    path.write_text(TEXT, encoding="utf-8", newline="")
    return path


def extract(capfdbinary, *args) -> tuple[int, bytes, str]:
    status = main(["extract", *map(str, args)])
    out, err = capfdbinary.readouterr()
    return status, out, err.decode()


def test_timeml_values_and_text_are_extracts(doc_path, capfdbinary):
    status, out, _ = extract(capfdbinary, "--format", "json", doc_path)
    [doc] = json.loads(out)["documents"]
    status, out, _ = extract(capfdbinary, "--format", "timeml", doc_path)
    assert status == 0
    root = ET.fromstring(out)
    assert [t.get("value") for t in root.iter("TIMEX3")] == [t["value"] for t in doc["timexes"]]
    assert "".join(root.find("TEXT").itertext()) == TEXT


def test_timelinejs_has_the_dated_events(doc_path, capfdbinary):
    status, out, _ = extract(capfdbinary, "--format", "json", doc_path)
    [doc] = json.loads(out)["documents"]
    status, out, _ = extract(capfdbinary, "--format", "timelinejs", doc_path)
    assert status == 0
    slides = json.loads(out)["events"]
    assert len(slides) == sum(e["start"] is not None for e in doc["events"])
    assert [s["start_date"]["year"] for s in slides] == [1940, 1950, -480]
    assert b"<b>" not in out and b"<script" not in out


def test_ics_is_a_calendar_of_the_dated_events_after_year_one(doc_path, capfdbinary):
    status, out, err = extract(capfdbinary, "--format", "ics", doc_path)
    assert status == 0
    assert b"\r\n" in out and b"\r\r\n" not in out
    events = icalendar.Calendar.from_ical(out).walk("VEVENT")
    assert [str(e.decoded("dtstart")) for e in events] == ["1940-05-03", "1950-01-01"]
    assert "<script>" in str(events[1]["description"])
    assert err.strip() == ("timeline-viewer: 1 dated event before year 1 or after 9999 left out: "
                           "iCalendar cannot hold it")


def test_the_formats_are_listed_in_help(capsys):
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    out = capsys.readouterr().out
    assert "timelinejs" in out and "timeml" in out and "ics" in out


@pytest.mark.slow
def test_the_new_formats_never_import_qt(doc_path):
    code = ("import sys\nfrom viewer.cli import main\n"
            "for kind in ('timelinejs', 'timeml', 'ics'):\n"
            "    assert main(['extract', '--format', kind, sys.argv[1]]) == 0\n"
            "qt = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6')]\n"
            "assert not qt, qt\n")
    run = subprocess.run([sys.executable, "-c", code, str(doc_path)], capture_output=True, timeout=120)
    assert run.returncode == 0, run.stderr.decode()
