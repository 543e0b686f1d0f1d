"""Where File › Export's dialog starts: the last export's folder, else Documents; never the
program's own folder, where the sample opened at a first start lies."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from viewer.ui import exports

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def dialog(monkeypatch):
    """The save dialog, answering with ``dialog.answer``; ``dialog.starts`` the paths it started at."""
    from PySide6.QtWidgets import QFileDialog

    class Dialog:
        answer = ""
        starts: list = []

    def get_save_file_name(parent, caption, start, filters):
        Dialog.starts.append(start)
        return Dialog.answer, filters

    Dialog.starts = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    return Dialog


def documents():
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def test_the_first_export_starts_in_documents_not_beside_the_sample(window, dialog, sample_file):
    assert window.recent.last_dir() == str(Path(sample_file).parent)  # Open starts there: fine for Open
    window._export("csv")
    start = Path(dialog.starts[-1])
    assert start.name == "chronology.csv"
    expected = documents() if os.path.isdir(documents()) else os.path.expanduser("~")
    assert str(start.parent) == expected
    assert not str(start.parent).startswith(str(Path(sample_file).parent))


def test_exports_remember_their_own_folder(window, dialog, tmp_path):
    dialog.answer = str(tmp_path / "mine.csv")
    window._export("csv")
    assert (tmp_path / "mine.csv").is_file()
    window._export("json")
    assert Path(dialog.starts[-1]) == tmp_path / "chronology.json"
    assert window.recent.last_dir() != str(tmp_path)  # Open's folder is its own


def test_a_remembered_folder_inside_the_program_or_gone_is_not_used(settings, tmp_path, sample_file):
    for folder in (str(Path(sample_file).parent), str(Path(exports.__file__).parent), str(tmp_path / "gone")):
        settings.setValue(exports.FOLDER_KEY, folder)
        assert exports.export_folder(settings) == exports.documents_folder()
    settings.setValue(exports.FOLDER_KEY, str(tmp_path))
    assert exports.export_folder(settings) == str(tmp_path)


def test_a_screenshot_window_remembers_nothing(qtbot, settings, dialog, tmp_path):
    from viewer.ui.main_window import MainWindow

    window = MainWindow(settings=settings, remember=False)
    qtbot.addWidget(window)
    dialog.answer = str(tmp_path / "x.csv")
    window._export("csv")
    assert not settings.contains(exports.FOLDER_KEY)
