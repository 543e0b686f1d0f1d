"""`timeline-viewer extract PROJECT`: the events with the user's edits applied, each edit said."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.project_helpers import CHURCHILL, DECLARED, FRANCE, WAR_TEXT, check_edited_json, make_edits
from viewer.cli import main
from viewer.core.document import analyse
from viewer.core.edits.layer import Edits
from viewer.core.project.documents import stored_document
from viewer.core.project.store import Project, save_project

ROOT = Path(__file__).resolve().parents[1]


class _Session:
    """What ``make_edits`` asks of the window's session: the documents as read and the edit layer."""

    def __init__(self, doc) -> None:
        self.base, self.edits = [doc], Edits()

    def change(self, edits: Edits, _text: str) -> None:
        self.edits = edits


def write_project(tmp_path: Path, edited: bool = True) -> tuple[Path, Path]:
    doc_path = tmp_path / "war.txt"
    doc_path.write_text(WAR_TEXT, encoding="utf-8")
    doc = analyse(WAR_TEXT, str(doc_path))
    session = _Session(doc)
    if edited:
        make_edits(session)
    project = tmp_path / "war.tlproj"
    save_project(project, Project((stored_document(doc),), session.edits, {"lane_mode": "actor"}))
    return project, doc_path


def extract(capsys, *args) -> tuple[int, str, str]:
    status = main(["extract", *map(str, args)])
    out, err = capsys.readouterr()
    return status, out, err


def test_extract_project_prints_the_events_with_every_edit_and_the_reading_it_replaced(tmp_path, capsys):
    project, doc_path = write_project(tmp_path)
    doc_path.unlink()  # the project's own copy is read: the original need not be there
    status, out, err = extract(capsys, project)
    assert (status, err) == (0, "")
    (doc,) = json.loads(out)["documents"]
    assert doc["path"] == str(doc_path)
    check_edited_json(doc)


def test_extract_of_a_project_without_edits_is_extract_of_its_file(tmp_path, capsys):
    project, doc_path = write_project(tmp_path, edited=False)
    _, from_project, _ = extract(capsys, project)
    _, from_file, _ = extract(capsys, doc_path)
    assert from_project == from_file


def test_extract_project_as_csv_has_the_edited_values(tmp_path, capsys):
    project, _ = write_project(tmp_path)
    status, out, _ = extract(capsys, "--format", "csv", project)
    rows = {(int(r["sentence_start"]), int(r["sentence_end"])): r for r in csv.DictReader(io.StringIO(out))}
    assert status == 0 and CHURCHILL not in rows
    assert rows[DECLARED]["lane"] == "Allies" and rows[FRANCE]["title"] == "France surrendered"


@pytest.mark.parametrize("make_bad, problem", [
    (lambda p: p.write_bytes(b"not a database at all"), "not a Timeline Viewer project"),
    (lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\x01" * 2000), "damaged"),
    (lambda p: _bump_schema(p), "newer Timeline Viewer"),
    (lambda p: p.unlink(), "No such file"),
])
def test_a_bad_project_is_one_line_and_status_2_the_other_files_still_print(tmp_path, capsys, make_bad, problem):
    project, doc_path = write_project(tmp_path)
    make_bad(project)
    status, out, err = extract(capsys, project, doc_path)
    lines = [line for line in err.splitlines() if line.strip()]
    assert status == 2 and len(lines) == 1 and problem in lines[0] and "war.tlproj" in lines[0]
    assert [d["path"] for d in json.loads(out)["documents"]] == [str(doc_path)]


def _bump_schema(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()


@pytest.mark.slow
def test_python_m_viewer_extract_project_in_a_subprocess(tmp_path):
    project, _ = write_project(tmp_path)
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    proc = subprocess.run([sys.executable, "-m", "viewer", "extract", str(project)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert (proc.returncode, proc.stderr) == (0, "")
    check_edited_json(json.loads(proc.stdout)["documents"][0])
