"""A main window on private settings, with errors collected instead of shown; views on one selection."""

import pytest
from PySide6.QtCore import QSettings

from viewer.ui.loaded import LoadedDocuments
from viewer.ui.main_window import MainWindow
from viewer.ui.selection import SelectionModel


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def errors():
    return []


@pytest.fixture
def new_window(qtbot, settings):
    """``new_window()``: a window on private settings, errors in dialogs, nothing opened or waited for.

    Made in the test: pytest-qt runs the event loop once a fixture is set up, and that turn
    would bring in the dates and the chronology of a window that is not shown yet.
    """
    def make():
        window = MainWindow(settings=settings)
        qtbot.addWidget(window)
        return window

    return make


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


@pytest.fixture
def selection():
    return SelectionModel()


@pytest.fixture
def view_on(qtbot, selection):
    """``view_on(View, *documents)``: a view that follows ``selection``, showing the documents."""
    def make(view_class, *documents):
        view = view_class(selection)
        qtbot.addWidget(view)
        if documents:
            view.set_documents(LoadedDocuments(documents))
        return view

    return make


@pytest.fixture
def show_chronology(qtbot, selection):
    """``show_chronology(chronology, width, height)``: a TimelineView of it on ``selection``, shown."""
    def show(chron, width=1200, height=500):
        from viewer.ui.timeline_view import TimelineView  # numpy and pyqtgraph: only for the tests that need them

        view = TimelineView(selection)
        qtbot.addWidget(view)
        view.set_chronology(chron)
        view.resize(width, height)
        view.show()
        qtbot.waitExposed(view)
        return view

    return show
