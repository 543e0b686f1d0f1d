"""A main window on private settings, with errors collected instead of shown."""

import pytest
from PySide6.QtCore import QSettings

from viewer.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def errors():
    return []


@pytest.fixture
def make_window(qtbot, settings, errors):
    def make(paths=()):
        window = MainWindow(settings=settings, report_error=lambda path, message: errors.append((path, message)))
        qtbot.addWidget(window)
        if paths:
            with qtbot.waitSignal(window.loading_finished, timeout=10_000):
                window.open_paths(paths)
        wait_for_chronology(qtbot, window)
        return window

    return make


def wait_for_chronology(qtbot, window):
    """The chronology comes in on a later turn of the event loop than the rest of the window."""
    if not window.chronology_shown:
        with qtbot.waitSignal(window.chronology_ready, timeout=10_000):
            pass


@pytest.fixture
def window(make_window, sample_file):
    return make_window([sample_file])


def flat_index_of(window, opening):
    """The flat index of the event whose sentence starts with ``opening``."""
    for i in range(len(window.loaded)):
        doc, event = window.loaded.document_of(i), window.loaded.event(i)
        if doc.text[event.sentence.start:event.sentence.end].startswith(opening):
            return i
    raise LookupError(opening)
