"""File › New, Open, Save, Save As, closing with unsaved work, recovery, and two instances on one project."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.project_helpers import CHURCHILL, DECLARED, FRANCE, INVADED, WAR_TEXT, edit_event, make_edits
from tests.ui.helpers import write
from viewer.core.project.store import load_project

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def war(tmp_path):
    return write(tmp_path, "war.txt", WAR_TEXT)


def open_project(window, qtbot, path) -> None:
    with qtbot.waitSignal(window.project.opened, timeout=10_000):
        window.open_paths([str(path)])


def reading(window) -> list[tuple]:
    """What the window shows of each event: its span, title, date, lane and whether it was edited."""
    return [(d.path, e.sentence.start, e.sentence.end, e.title, e.value, e.lane, e.edited)
            for d in window.documents for e in d.events]


def shown_title(window) -> str:
    """The title as the window system shows it: "[*]" gives way to "*" when modified, else to nothing."""
    return window.windowHandle().title() if window.windowHandle() else window.windowTitle()


def click(box, text: str) -> None:
    (button,) = [b for b in box.buttons() if b.text().replace("&", "") == text]
    button.click()


# ------------------------------------------------------------------ save, close, reopen

def test_save_close_and_reopen_gives_the_same_events_edits_lanes_and_view(make_window, war, tmp_path, qtbot,
                                                                           errors):
    window = make_window([war])
    make_edits(window.session)
    window.session.set_lane_mode("section")
    timeline = window.ensure_chronology()
    timeline.hide_lane("The peace")
    timeline.zoom_by(3.0)
    window.session.selection.select(window.session.index_of((str(war), *FRANCE)))
    shown_before, edits_before = reading(window), window.session.edits
    range_before, key_before = timeline.visible_range(), window.session.current_key()
    project = tmp_path / "war.tlproj"
    assert window.project.save_to(str(project))
    assert not window.project.modified and window.project.path == str(project)
    window.close()

    again = make_window()
    open_project(again, qtbot, project)
    assert reading(again) == shown_before
    assert again.session.edits == edits_before
    assert again.session.lane_mode == "section"
    assert again.session.current_key() == key_before
    timeline = again.ensure_chronology()
    assert timeline.arrangement.hidden == {"The peace"}
    assert timeline.visible_range() == pytest.approx(range_before, abs=0.5)
    assert [e.sentence.start for e in again.documents[0].hidden] == [CHURCHILL[0]]
    assert not again.project.modified and errors == []
    # The edits are still steps of their own: a new one is undoable, the project's are the base.
    edit_event(again.session, INVADED, label="Invasion")
    assert again.project.modified
    again.session.undo_stack.undo()
    assert not again.project.modified


def test_the_title_names_the_project_and_marks_unsaved_work(make_window, war, tmp_path, qtbot):
    window = make_window([war])
    window.show()
    qtbot.waitExposed(window)
    assert shown_title(window) == "war.txt — Timeline Viewer" and not window.isWindowModified()
    edit_event(window.session, DECLARED, lane="Allies")
    assert window.isWindowModified() and shown_title(window) == "war.txt* — Timeline Viewer"
    assert window.project.save_to(str(tmp_path / "Battle notes.tlproj"))
    assert not window.isWindowModified() and shown_title(window) == "Battle notes — Timeline Viewer"
    window.session.undo_stack.undo()  # undoing past the save is a change too
    assert window.isWindowModified() and shown_title(window) == "Battle notes* — Timeline Viewer"
    window.session.undo_stack.redo()
    assert not window.isWindowModified()
    other = write(tmp_path, "more.txt", "The treaty was signed on 4 May 1950.\n")
    with qtbot.waitSignal(window.loading_finished, timeout=10_000):
        window.open_paths([other])  # a document added is a change of the project
    assert window.isWindowModified()
    window.project.close_document()
    window.session.undo_stack.undo()
    assert window.isWindowModified()


def test_save_without_a_project_file_asks_where_and_adds_the_suffix(make_window, war, tmp_path, monkeypatch):
    window = make_window([war])
    edit_event(window.session, DECLARED, lane="Allies")
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "chosen"), ""))
    assert window.project.save()
    assert window.project.path == str(tmp_path / "chosen.tlproj")
    assert load_project(tmp_path / "chosen.tlproj").edits == window.session.edits


def test_new_project_asks_before_dropping_unsaved_work(make_window, war, qtbot):
    window = make_window([war])
    window.show()
    edit_event(window.session, DECLARED, lane="Allies")
    window.project.new_project()
    box = window.project.question
    assert box is not None and box.isVisible()
    click(box, "Cancel")
    assert window.documents and window.project.question is None
    window.project.new_project()
    click(window.project.question, "Discard")
    assert window.documents == [] and not window.project.modified
    assert window.project.path is None and shown_title(window) == "Timeline Viewer"


# ------------------------------------------------------------------ closing with unsaved work

def test_closing_with_unsaved_work_asks_save_discard_or_cancel(make_window, war, tmp_path, qtbot):
    window = make_window([war])
    window.show()
    qtbot.waitExposed(window)
    project = tmp_path / "war.tlproj"
    assert window.project.save_to(str(project))
    edit_event(window.session, DECLARED, lane="Allies")
    assert not window.close()
    box = window.project.question
    assert box.isVisible() and "war.tlproj" in box.text()
    click(box, "Cancel")
    assert window.isVisible() and window.project.modified
    window.close()
    click(window.project.question, "Save")
    assert not window.isVisible()
    assert load_project(project).edits == window.session.edits


def test_discard_closes_and_leaves_the_project_as_saved(make_window, war, tmp_path, qtbot):
    window = make_window([war])
    window.show()
    project = tmp_path / "war.tlproj"
    assert window.project.save_to(str(project))
    edit_event(window.session, DECLARED, lane="Allies")
    window.project.autosave.write_now()
    assert os.path.exists(window.project.autosave.path)
    window.close()
    click(window.project.question, "Discard")
    assert not window.isVisible()
    assert not load_project(project).edits  # as saved: before the edit
    assert not os.path.exists(window.project.autosave.path)  # a discard leaves nothing to recover


def test_closing_without_changes_asks_nothing(make_window, war, qtbot):
    window = make_window([war])
    window.show()
    assert window.close() and window.project.question is None


# ------------------------------------------------------------------ opening what is not right

def test_a_project_whose_file_moved_opens_with_its_own_copy_and_says_so(make_window, war, tmp_path, qtbot, errors):
    window = make_window([war])
    make_edits(window.session)
    before = reading(window)
    project = tmp_path / "war.tlproj"
    assert window.project.save_to(str(project))
    window.close()
    war.rename(tmp_path / "elsewhere.txt")
    again = make_window()
    open_project(again, qtbot, project)
    assert reading(again) == before
    assert len(errors) == 1 and "war.txt is no longer at" in errors[0][1] and "own copy" in errors[0][1]


def test_a_project_whose_file_changed_keeps_its_copy_and_says_so(make_window, war, tmp_path, qtbot, errors):
    window = make_window([war])
    before = reading(window)
    project = tmp_path / "war.tlproj"
    assert window.project.save_to(str(project))
    window.close()
    war.write_text("Nothing happened in 2001.\n", encoding="utf-8")
    again = make_window()
    open_project(again, qtbot, project)
    assert reading(again) == before
    assert len(errors) == 1 and "changed on disk" in errors[0][1]


def test_a_project_of_a_newer_schema_is_refused_clearly(make_window, war, tmp_path, qtbot, errors):
    window = make_window([war])
    project = tmp_path / "war.tlproj"
    assert window.project.save_to(str(project))
    db = sqlite3.connect(project)
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    window.project.new_project()
    window.open_paths([str(project)])
    assert len(errors) == 1 and "newer Timeline Viewer" in errors[0][1] and "war.tlproj" in errors[0][1]
    assert window.documents == [] and window.project.path is None  # nothing half-read


@pytest.mark.parametrize("content, problem", [
    (b"SQLite format 3\x00" + b"\x07" * 3000, "damaged"),
    (b"On 3 May 1915 the war began.\n", "not a Timeline Viewer project"),
])
def test_a_damaged_project_is_one_message_and_the_window_keeps_its_work(make_window, war, tmp_path, errors,
                                                                        content, problem):
    window = make_window([war])
    edit_event(window.session, DECLARED, lane="Allies")
    bad = tmp_path / "bad.tlproj"
    bad.write_bytes(content)
    window.open_paths([str(bad)])
    assert len(errors) == 1 and problem in errors[0][1] and "bad.tlproj" in errors[0][1]
    assert window.documents and window.project.modified


def test_a_failed_save_says_why_and_keeps_the_work(make_window, war, tmp_path, errors):
    window = make_window([war])
    edit_event(window.session, DECLARED, lane="Allies")
    blocked = tmp_path / "a file" / "war.tlproj"  # its folder is a file: no save can go there
    (tmp_path / "a file").write_text("")
    assert not window.project.save_to(str(blocked))
    assert len(errors) == 1 and "Could not save" in errors[0][1] and "still here" in errors[0][1]
    assert window.project.modified and window.project.path is None and window.session.edits


# ------------------------------------------------------------------ two instances

HOLD_LOCK = """
import sys, time
from viewer.ui.project_lock import ProjectLock
lock = ProjectLock(sys.argv[1])
print("held" if lock.held else "not held", flush=True)
time.sleep(60)
"""


@pytest.fixture
def other_instance():
    """``other_instance(project)``: another process holding the project's lock, until the test ends."""
    started = []

    def start(project):
        process = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(project)], cwd=ROOT,
                                   stdout=subprocess.PIPE, text=True)
        started.append(process)
        assert process.stdout.readline().strip() == "held"
        return process

    yield start
    for process in started:
        process.kill()
        process.wait()
        process.stdout.close()


def test_a_second_instance_is_told_and_opens_the_project_read_only(make_window, war, tmp_path, qtbot, errors,
                                                                    other_instance, monkeypatch):
    window = make_window([war])
    project = tmp_path / "war.tlproj"
    assert window.project.save_to(str(project))
    saved = project.read_bytes()
    window.close()
    holder = other_instance(project)
    again = make_window()
    open_project(again, qtbot, project)
    assert len(errors) == 1 and f"process {holder.pid}" in errors[0][1] and "read-only" in errors[0][1]
    assert again.project.read_only and "(read-only)" in again.windowTitle()
    edit_event(again.session, DECLARED, lane="Allies")
    monkeypatch.setattr(again.project, "ask_save_path", lambda: str(tmp_path / "mine.tlproj"))
    assert again.project.save()  # Save goes to Save As: the other instance's file is left alone
    assert project.read_bytes() == saved
    assert again.project.path == str(tmp_path / "mine.tlproj") and not again.project.read_only
    assert load_project(tmp_path / "mine.tlproj").edits == again.session.edits


def test_two_windows_on_one_project_the_second_is_told(make_window, war, tmp_path, qtbot, errors):
    window = make_window([war])
    project = tmp_path / "war.tlproj"
    assert window.project.save_to(str(project))
    second = make_window()
    open_project(second, qtbot, project)
    assert second.project.read_only and f"process {os.getpid()}" in errors[0][1]


def test_the_lock_of_an_instance_that_was_killed_is_taken_over(make_window, war, tmp_path, qtbot, errors):
    window = make_window([war])
    project = tmp_path / "war.tlproj"
    assert window.project.save_to(str(project))
    window.close()
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(project)], cwd=ROOT, stdout=subprocess.PIPE,
                              text=True)
    assert holder.stdout.readline().strip() == "held"
    holder.kill()
    holder.wait()
    holder.stdout.close()
    assert os.path.exists(f"{project}.lock")  # left behind by the kill
    again = make_window()
    open_project(again, qtbot, project)
    assert errors == [] and not again.project.read_only


# ------------------------------------------------------------------ autosave and recovery

def test_unsaved_work_is_autosaved_within_the_interval(make_window, war, settings, qtbot):
    settings.setValue("autosave/interval_seconds", 0.3)
    window = make_window([war])
    assert window.project.autosave.interval_ms == 300
    edit_event(window.session, DECLARED, lane="Allies")
    path = window.project.autosave.path
    qtbot.waitUntil(lambda: os.path.exists(path), timeout=3000)
    assert load_project(path).edits == window.session.edits


def test_recovered_work_is_offered_and_restored_with_every_edit_unsaved(make_window, war, tmp_path, qtbot):
    window = make_window([war])
    project = tmp_path / "war.tlproj"
    assert window.project.save_to(str(project))
    make_edits(window.session)
    shown, edits = reading(window), window.session.edits
    recovery = window.project.autosave.path
    window.close()  # never shown: nobody was asked, so the work stays in the recovery file
    assert os.path.exists(recovery)
    assert not load_project(project).edits

    again = make_window()
    again.project.offer_recovery()
    box = again.project.recovery_box
    assert box is not None and box.isVisible()
    assert box.text().startswith("Unsaved work from ") and "(war.tlproj) was recovered" in box.text()
    with qtbot.waitSignal(again.project.opened, timeout=10_000):
        click(box, "Restore")
    assert reading(again) == shown and again.session.edits == edits
    assert again.project.modified and again.project.path == str(project)
    assert not os.path.exists(recovery)  # this instance's own file holds it now
    assert os.path.exists(again.project.autosave.path)
    assert again.project.save()  # to the project it came from
    assert load_project(project).edits == edits
    assert not os.path.exists(again.project.autosave.path)


def test_recovered_work_can_be_discarded_or_left_for_later(make_window, war, qtbot):
    window = make_window([war])
    edit_event(window.session, DECLARED, lane="Allies")
    recovery = window.project.autosave.path
    window.close()
    again = make_window()
    again.project.offer_recovery()
    assert "(war.txt)" in again.project.recovery_box.text()
    click(again.project.recovery_box, "Later")
    assert os.path.exists(recovery) and not again.documents
    third = make_window()
    third.project.offer_recovery()
    click(third.project.recovery_box, "Discard")
    assert not os.path.exists(recovery)
    fourth = make_window()
    fourth.project.offer_recovery()
    assert fourth.project.recovery_box is None


def test_the_work_of_a_live_instance_is_not_offered(make_window, war, qtbot):
    window = make_window([war])
    edit_event(window.session, DECLARED, lane="Allies")
    assert window.project.autosave.write_now()
    other = make_window()
    other.project.offer_recovery()
    assert other.project.recovery_box is None


def test_a_start_offers_recovery_after_the_window_shows(monkeypatch, tmp_path, war, qtbot):
    """app.start: the offer comes once the first documents are in, not before the first paint."""
    from viewer.ui import app as app_module
    from viewer.ui.main_window import MainWindow

    offered = []
    monkeypatch.setattr("viewer.ui.project_files.ProjectFiles.offer_recovery", lambda self: offered.append(
        self.window.isVisible()))
    made = []

    def private(*args, **kwargs):
        from PySide6.QtCore import QSettings

        window = MainWindow(*args, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                            **kwargs)
        made.append(window)
        qtbot.addWidget(window)
        return window

    monkeypatch.setattr(app_module, "MainWindow", private)
    monkeypatch.setattr(app_module, "install_exception_hook", lambda: None)
    app_module.start([str(war)])
    qtbot.waitUntil(lambda: offered == [True], timeout=10_000)
    time.sleep(0.05)
    assert made and made[0].documents


def test_a_project_opened_at_start_keeps_the_remembered_layout(make_window, settings, war, tmp_path, qtbot):
    from viewer.ui.main_window import MainWindow

    first = make_window([war])
    first.show()
    qtbot.waitUntil(lambda: first._details is not None)
    first.bottom_splitter.setSizes([900, 500])
    saved = first.bottom_splitter.sizes()
    project = tmp_path / "war.tlproj"
    assert first.project.save_to(str(project))
    first.close()
    again = MainWindow(settings=settings)  # as a start makes it (app.start): opened, then shown
    qtbot.addWidget(again)
    again.open_paths([str(project)])
    assert again._details is None  # the details wait for the first paint, in their placeholder's room
    again.show()
    with qtbot.waitSignal(again.project.opened, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: again._details is not None)
    source, details = again.bottom_splitter.sizes()
    assert source / (source + details) == pytest.approx(saved[0] / sum(saved), abs=0.02)


def test_save_as_never_starts_in_the_programs_own_folder(make_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from viewer.bundled import sample_path
    from viewer.ui.exports import documents_folder

    window = make_window([str(sample_path())])  # a first start: the bundled sample
    starts = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _parent, _caption, start, _filter: (
        starts.append(start), ("", ""))[1])
    assert not window.project.save_as()  # cancelled: nothing saved
    assert Path(starts[0]).parent == Path(documents_folder())
    assert Path(starts[0]).name == "Untitled.tlproj"
    window.recent.remember(str(tmp_path / "notes.txt"))  # a document of the user's: its folder
    window.project.save_as()
    assert Path(starts[1]).parent == tmp_path


def test_exports_from_the_window_carry_the_edits(make_window, war, tmp_path):
    import csv
    import json

    window = make_window([war])
    make_edits(window.session)
    window.export("json", tmp_path / "events.json")
    window.export("csv", tmp_path / "events.csv")
    (doc,) = json.loads((tmp_path / "events.json").read_text(encoding="utf-8"))["documents"]
    by_span = {(e["sentence"]["start"], e["sentence"]["end"]): e for e in doc["events"]}
    assert by_span[INVADED]["value"] == "1939-09-02" and by_span[INVADED]["original"]["value"] == "1939-09-01"
    assert CHURCHILL not in by_span and by_span[FRANCE]["title"] == "France surrendered"
    rows = list(csv.DictReader((tmp_path / "events.csv").read_text(encoding="utf-8").splitlines()))
    assert {r["lane"] for r in rows} >= {"Reich", "Allies"} and "Germany" not in {r["lane"] for r in rows}
    window.session.undo_stack.setIndex(0)  # every edit undone: the export is the reading again
    window.export("json", tmp_path / "again.json")
    (doc,) = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))["documents"]
    assert not any(e["edited"] for e in doc["events"]) and "hidden" not in doc
