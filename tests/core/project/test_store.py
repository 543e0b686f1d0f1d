"""A project file: what is saved opens the same; what cannot be read is refused in one sentence."""

import os
import sqlite3

import pytest

from viewer.core.document import analyse
from viewer.core.edits.layer import Edits, EventEdit, LaneEdit
from viewer.core.edits.typed_dates import read_typed_date
from viewer.core.project.documents import file_note, read_stored, stored_document
from viewer.core.project.schema import SCHEMA_VERSION
from viewer.core.project.store import Project, ProjectError, load_project, save_project

TEXT = "On 3 May 1940 the Senate met in Rome. It voted to send the fleet. In June 1940 the consuls returned."


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "rome.txt"
    path.write_text(TEXT, encoding="utf-8")
    return str(path)


def _project(path: str) -> Project:
    doc = analyse(TEXT, path)
    e = doc.events[1]
    edits = (Edits()
             .with_event(path, EventEdit(e.sentence.start, e.sentence.end, date=read_typed_date("1939-45"),
                                         lane="Senate", label="Vote", title="The vote", note="see Livy",
                                         edited_at="2026-12-06T22:00:00Z"))
             .with_event(path, EventEdit(0, 12, added=True, hidden=True))
             .with_lane("actor", "Senate", LaneEdit(rename="Roman Senate", colour="#123456", hidden=True)))
    view = {"lane_mode": "section", "range": [-11000.5, -10000.0], "selected": [path, e.sentence.start, e.sentence.end]}
    return Project((stored_document(doc),), edits, view)


def test_what_is_saved_opens_the_same(tmp_path, source):
    project = _project(source)
    out = tmp_path / "work.tlproj"
    save_project(out, project)
    loaded = load_project(out)
    assert loaded.edits == project.edits
    assert loaded.view == project.view
    assert loaded.documents == project.documents
    assert read_stored(loaded.documents[0]).events == analyse(TEXT, source).events


def test_the_text_is_embedded_so_a_moved_file_still_opens(tmp_path, source):
    out = tmp_path / "work.tlproj"
    save_project(out, _project(source))
    os.remove(source)
    stored = load_project(out).documents[0]
    assert read_stored(stored).text == TEXT
    assert "no longer at" in file_note(stored)


def test_a_changed_file_is_said_and_the_projects_copy_kept(tmp_path, source):
    out = tmp_path / "work.tlproj"
    save_project(out, _project(source))
    assert file_note(load_project(out).documents[0]) is None
    with open(source, "a", encoding="utf-8") as f:
        f.write(" Later the fleet came home.")
    stored = load_project(out).documents[0]
    assert "changed on disk" in file_note(stored) and stored.text == TEXT


def test_a_newer_schema_is_refused_never_half_read(tmp_path, source):
    out = tmp_path / "work.tlproj"
    save_project(out, _project(source))
    with sqlite3.connect(out) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(ProjectError, match="newer Timeline Viewer") as err:
        load_project(out)
    assert "work.tlproj" in str(err.value)


@pytest.mark.parametrize(("content", "problem"), [
    (b"", "not a Timeline Viewer project"),
    (b"plain text, not a database", "not a Timeline Viewer project"),
    (b"SQLite format 3\x00" + b"\xff" * 200, "damaged"),
])
def test_what_is_not_a_project_is_refused_in_one_sentence(tmp_path, content, problem):
    out = tmp_path / "bad.tlproj"
    out.write_bytes(content)
    with pytest.raises(ProjectError, match=problem) as err:
        load_project(out)
    assert "\n" not in str(err.value) and "bad.tlproj" in str(err.value)


def test_another_database_is_not_taken_for_a_project(tmp_path):
    out = tmp_path / "other.tlproj"
    with sqlite3.connect(out) as db:
        db.execute("CREATE TABLE t (x)")
    db.close()
    with pytest.raises(ProjectError, match="not a Timeline Viewer project"):
        load_project(out)


def test_a_save_that_cannot_be_written_says_so_in_one_sentence(tmp_path):
    (tmp_path / "not_a_folder").write_text("x")
    with pytest.raises(ProjectError, match="Could not save") as err:
        save_project(tmp_path / "not_a_folder" / "work.tlproj", Project())
    assert "work.tlproj" in str(err.value) and "\n" not in str(err.value)


def test_an_events_file_is_kept_as_its_events(tmp_path):
    from viewer.core.opening import open_document

    path = tmp_path / "events.csv"
    path.write_text("date,title\n1939-09-01,Invasion of Poland\n1945-05-08,VE Day\n", encoding="utf-8")
    doc = open_document(path)
    stored = stored_document(doc)
    assert stored.kind == "events"
    assert [(e.value, e.title) for e in read_stored(stored).events] == [(e.value, e.title) for e in doc.events]
    assert file_note(stored) is None
