"""A settings file is read as plain values: a pickled object in it never runs, and a value of
the wrong type is ignored, put right, and never stops the window."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSettings

from tests.ui.helpers import MakesDirectory, open_and_wait, pickled_variant
from viewer.ui.recent_files import RecentFiles
from viewer.ui.settings_values import disarm_pickled_values, read_bytes, read_str_list

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def settings_file(tmp_path, text: str) -> QSettings:
    """A settings file as something other than this program wrote it, then opened as the window opens it."""
    path = tmp_path / "written-elsewhere.ini"
    path.write_text(text, encoding="utf-8")
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_a_pickled_object_in_the_settings_never_runs(qtbot, tmp_path, sample_file):
    from viewer.ui.main_window import MainWindow

    harm = [tmp_path / f"harm{k}" for k in range(3)]
    settings = settings_file(tmp_path, (f"[General]\nrecent_files={pickled_variant(MakesDirectory(harm[0]))}\n"
                                        f"other={pickled_variant(MakesDirectory(harm[1]))}\n"
                                        f"[window]\ngeometry={pickled_variant(MakesDirectory(harm[2]))}\n"))
    assert RecentFiles(settings).paths() == []  # the default
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    open_and_wait(window, qtbot, sample_file)
    assert [os.path.basename(d.path) for d in window.documents] == [sample_file.name]
    assert window.recent.paths() == [str(sample_file)]
    window.close()  # the settings are written back, every section parsed
    assert not any(path.exists() for path in harm)
    text = saved(settings)
    assert f"recent_files={sample_file}" in text.splitlines()  # put right: a plain string
    assert "mkdir" not in text and "harm" not in text  # what was refused is not written back


def test_a_pickled_value_is_never_unpickled_by_any_qsettings(tmp_path):
    harm = tmp_path / "harm"
    settings = settings_file(tmp_path, f"[General]\nanything={pickled_variant(MakesDirectory(harm))}\n")
    assert disarm_pickled_values()
    assert settings.value("anything") is None and settings.allKeys() == ["anything"]
    assert not harm.exists()


def saved(settings: QSettings) -> str:
    settings.sync()
    with open(settings.fileName(), encoding="utf-8") as file:
        return file.read()


@pytest.mark.parametrize(("value", "read", "line"), [
    ("@Point(1 2)", [], None),
    ("@Rect(0 0 10 10)", [], None),
    ("@Invalid()", [], None),
    ("/a/kept.txt, @Point(1 2), /b/kept.txt", ["/a/kept.txt", "/b/kept.txt"], "recent_files=/a/kept.txt, /b/kept.txt"),
])
def test_a_malformed_list_is_read_as_its_strings_and_put_right(tmp_path, value, read, line):
    settings = settings_file(tmp_path, f"[General]\nrecent_files={value}\n")
    assert read_str_list(settings, "recent_files") == read
    text = saved(settings)
    assert "@" not in text and (line in text.splitlines() if line else "recent_files" not in text)


def test_nothing_is_put_right_when_not_asked(tmp_path):
    settings = settings_file(tmp_path, "[General]\nrecent_files=@Point(1 2)\n")
    assert read_str_list(settings, "recent_files", repair=False) == []
    assert settings.contains("recent_files")


def test_a_window_geometry_that_is_not_bytes_is_ignored_and_removed(qtbot, tmp_path):
    from viewer.ui.main_window import MainWindow

    settings = settings_file(tmp_path, "[window]\ngeometry=@Size(5 5)\nstate=just text\n")
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    assert window.size().width() == 1400  # the first layout's
    assert read_bytes(settings, "window/geometry") is None and not settings.contains("window/geometry")
    assert not settings.contains("window/state")


def test_a_corrupt_recent_list_neither_stops_an_open_nor_stays(qtbot, tmp_path, sample_file):
    """A setting "@Point(1 2)" made every open raise a TypeError: the document was never shown."""
    from viewer.ui.main_window import MainWindow

    settings = settings_file(tmp_path, "[General]\nrecent_files=@Point(1 2)\n")
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    open_and_wait(window, qtbot, sample_file)  # loading_finished: every view shows it
    assert [os.path.basename(d.path) for d in window.documents] == [sample_file.name]
    assert window.table.model().rowCount() == len(window.documents[0].events) > 0
    window.close()
    assert f"recent_files={sample_file}" in saved(settings).splitlines()
