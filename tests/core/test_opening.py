"""Which reader opens which file: events files are imported, any other file is read as text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from viewer.core.kinds import UNDATED
from viewer.core.opening import is_event_file, open_document

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("name", "events"), [
    ("a.csv", True), ("a.TSV", True), ("b.Json", True), ("a.txt", False), ("a.csv.txt", False), ("csv", False),
])
def test_an_events_file_is_known_by_its_suffix(name, events):
    assert is_event_file(name) is events
    assert is_event_file(Path("/d") / name) is events


def test_a_text_file_is_read_and_an_events_file_imported(tmp_path):
    text, events = tmp_path / "siege.txt", tmp_path / "siege.csv"
    text.write_text("The siege began on 3 May 1915.", encoding="utf-8")
    events.write_text("start,title,dating\n1915-05-03,The siege began,\n,Nothing else,undated\n", encoding="utf-8")
    read, imported = open_document(text), open_document(events)
    assert (read.path, [t.text for t in read.timexes]) == (str(text), ["3 May 1915"])
    assert imported.path == str(events) and imported.problems == ()
    assert imported.text == "1915-05-03 – The siege began\nundated – Nothing else"
    assert [e.dating for e in imported.events][1] == UNDATED


@pytest.mark.slow
def test_asking_which_reader_imports_no_reader():
    code = ("import sys; from viewer.core.opening import is_event_file; is_event_file('a.csv'); "
            "print(sorted(m for m in sys.modules if m.startswith(('viewer.core.exchange', 'numpy'))))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
