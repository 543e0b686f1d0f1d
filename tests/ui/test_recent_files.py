"""Open Recent: the newest first, ten at most, in plain strings; each entry says where its file is;
a file that is gone is dropped; nothing written for a screenshot."""

import os

import pytest
from PySide6.QtWidgets import QMenu

from tests.ui.helpers import open_and_wait, tool_tip_shown, write
from viewer.ui.recent_files import FOLDER_CHARS, MAX_RECENT, RecentFiles


@pytest.fixture
def home(tmp_path, monkeypatch):
    """The user's home folder, shown as "~"."""
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path


def shown_menu(recent):
    menu = QMenu()
    recent.fill_when_shown(menu)
    menu.aboutToShow.emit()
    return menu


def shown(action) -> str:
    """An entry as the menu shows it: '&&' is one '&' (a single one would mark a shortcut)."""
    return action.text().replace("&&", "&")


def test_the_menu_lists_the_paths_and_says_which_was_chosen(settings, home, tmp_path, qtbot):
    recent = RecentFiles(settings)
    for k in range(MAX_RECENT + 2):
        recent.remember(str(write(tmp_path, f"f{k}.txt", "text")))
    recent.remember(str(tmp_path / "f3.txt"))  # again: to the top, not twice
    paths = recent.paths()
    assert len(paths) == MAX_RECENT and paths[:2] == [str(tmp_path / "f3.txt"), str(tmp_path / "f11.txt")]
    assert recent.last_dir() == str(tmp_path)
    menu = shown_menu(recent)
    assert [shown(a) for a in menu.actions()][:2] == ["f3.txt — ~", "f11.txt — ~"]
    with qtbot.waitSignal(recent.chosen) as chosen:
        menu.actions()[1].trigger()
    assert chosen.args == [str(tmp_path / "f11.txt")]


def test_two_files_of_one_name_are_told_apart_by_their_folders(settings, home, tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "c").mkdir()
    recent = RecentFiles(settings)
    first, second = write(tmp_path / "a" / "b", "notes.txt", "x"), write(tmp_path / "c", "notes.txt", "y")
    recent.remember(str(first))
    recent.remember(str(second))
    menu = shown_menu(recent)
    assert menu.toolTipsVisible()
    assert [shown(a) for a in menu.actions()] == ["notes.txt — ~/c", "notes.txt — ~/a/b"]
    assert [tool_tip_shown(a.toolTip()) for a in menu.actions()] == [str(second), str(first)]


def test_a_long_folder_is_shown_with_its_middle_left_out(settings, tmp_path):
    folder = tmp_path / ("start-" + "x" * 80) / "the-end"
    folder.mkdir(parents=True)
    recent = RecentFiles(settings)
    recent.remember(str(write(folder, "notes.txt", "x")))
    (action,) = shown_menu(recent).actions()
    name, where = shown(action).split(" — ")
    assert name == "notes.txt" and len(where) == FOLDER_CHARS
    assert where.startswith(str(tmp_path)[:10]) and "…" in where and where.endswith("x/the-end")
    assert tool_tip_shown(action.toolTip()) == str(folder / "notes.txt")


def test_names_are_shown_as_written_ampersands_and_markup_too(settings, home, tmp_path):
    (tmp_path / "Q&A").mkdir()
    path = write(tmp_path / "Q&A", "R&D <b>notes <img src=x>.txt", "x")
    recent = RecentFiles(settings)
    recent.remember(str(path))
    (action,) = shown_menu(recent).actions()
    assert action.text() == "R&&D <b>notes <img src=x>.txt — ~/Q&&A"  # doubled: shown, not a shortcut
    assert tool_tip_shown(action.toolTip()) == str(path)


def test_files_that_are_gone_are_dropped_when_the_menu_opens(settings, home, tmp_path):
    recent = RecentFiles(settings)
    kept, gone = write(tmp_path, "kept.txt", "x"), write(tmp_path, "gone.txt", "y")
    recent.remember(str(kept))
    recent.remember(str(gone))
    gone.unlink()
    assert [shown(a) for a in shown_menu(recent).actions()] == ["kept.txt — ~"]
    assert RecentFiles(settings).paths() == [str(kept)]


def test_an_entry_whose_file_is_gone_is_dropped_when_its_open_fails(make_window, qtbot, errors, tmp_path):
    window = make_window()
    kept, gone = write(tmp_path, "kept.txt", "In 2017 it rained."), write(tmp_path, "gone.txt", "In 2018 it snowed.")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    for path in (kept, gone, binary):
        window.recent.remember(str(path))
    gone.unlink()
    open_and_wait(window, qtbot, gone, binary)
    assert [path for path, _ in errors] == [str(gone), str(binary)]
    assert window.recent.paths() == [str(binary), str(kept)]  # a file that is there but cannot be read stays


def test_nothing_is_written_when_not_remembering(settings, tmp_path):
    recent = RecentFiles(settings, remember=False)
    recent.remember(str(tmp_path / "a.txt"))
    assert recent.paths() == [] and recent.last_dir() == os.path.expanduser("~")
