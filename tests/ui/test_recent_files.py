"""Open Recent: the newest first, ten at most, in plain strings; nothing written for a screenshot."""

import os

from PySide6.QtWidgets import QMenu

from viewer.ui.recent_files import MAX_RECENT, RecentFiles


def test_the_menu_lists_the_paths_and_says_which_was_chosen(settings, tmp_path, qtbot):
    recent = RecentFiles(settings)
    for k in range(MAX_RECENT + 2):
        recent.remember(str(tmp_path / f"f{k}.txt"))
    recent.remember(str(tmp_path / "f3.txt"))  # again: to the top, not twice
    paths = recent.paths()
    assert len(paths) == MAX_RECENT and paths[:2] == [str(tmp_path / "f3.txt"), str(tmp_path / "f11.txt")]
    assert recent.last_dir() == str(tmp_path)
    menu = QMenu()
    recent.fill_when_shown(menu)
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()][:2] == ["f3.txt", "f11.txt"]
    with qtbot.waitSignal(recent.chosen) as chosen:
        menu.actions()[1].trigger()
    assert chosen.args == [str(tmp_path / "f11.txt")]


def test_nothing_is_written_when_not_remembering(settings, tmp_path):
    recent = RecentFiles(settings, remember=False)
    recent.remember(str(tmp_path / "a.txt"))
    assert recent.paths() == [] and recent.last_dir() == os.path.expanduser("~")
