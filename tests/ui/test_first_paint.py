"""The window paints with its documents first; the chronology comes in on later turns."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject

from tests.ui.helpers import event_marks, flat_index_of
from viewer.core.chart.chronology import Chronology
from viewer.core.document import analyse
from viewer.ui.loaded import LoadedDocuments
from viewer.ui.main_window import MainWindow
from viewer.ui.placeholders import ChronologyPlaceholder
from viewer.ui.status import READING_DATES

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def held_back(monkeypatch):
    """The chronology comes only when asked for (ensure_chronology)."""
    monkeypatch.setattr(MainWindow, "_chronology_soon", lambda self: None)


def test_documents_are_in_before_the_chronology(held_back, new_window, qtbot, sample_file):
    window = new_window()
    with qtbot.waitSignal(window.loading_finished, timeout=10_000):
        window.open_paths([sample_file])
    assert isinstance(window.timeline, ChronologyPlaceholder) and not window.chronology_shown
    assert window.chronology is None  # no numpy needed yet
    assert window.source.toPlainText().startswith("The strategic and porous border")
    assert window.table.model().rowCount() == 16
    assert window.status_bar.summary.text() == "16 sentences · 15 dated (7 inferred) · 1 undated"
    assert window.selection.current == Chronology.from_documents(window.documents).first()


def test_a_selection_made_before_the_chronology_is_shown_in_it(held_back, new_window, qtbot, sample_file):
    window = new_window()
    with qtbot.waitSignal(window.loading_finished, timeout=10_000):
        window.open_paths([sample_file])
    i = flat_index_of(window, "Later on the same day")
    window.selection.select(i)
    sizes = window.splitter.sizes()
    with qtbot.waitSignal(window.chronology_ready):
        view = window.ensure_chronology()
    assert window.timeline is view and window.chronology_shown
    assert window.ensure_chronology() is view  # once
    assert window.splitter.sizes() == sizes  # nothing moved
    assert view.playhead.value() == pytest.approx(window.chronology.start[i] + 0.5)
    assert window.selection.current == i


def test_the_lane_mode_chosen_before_the_chronology_is_its_mode(held_back, new_window, qtbot, sample_file):
    window = new_window()
    with qtbot.waitSignal(window.loading_finished, timeout=10_000):
        window.open_paths([sample_file])
    window.session.set_lane_mode("single")
    window.ensure_chronology()
    assert window.chronology.lane_names == ["All events"]


def test_a_shown_window_paints_its_placeholder_first(new_window, qtbot, sample_file):
    window = new_window()
    painted = []
    window.timeline.painted.connect(lambda: painted.append(window.chronology_shown))
    window.open_paths([sample_file])
    with qtbot.waitSignal(window.chronology_ready, timeout=10_000):
        window.show()
    assert painted == [False]
    assert window.chronology is not None and len(window.chronology) == 16


def test_a_shown_window_paints_the_text_then_reads_its_dates(new_window, qtbot, sample_file, sample_text):
    window = new_window()
    at_first_paint = []
    window.timeline.painted.connect(lambda: at_first_paint.append(
        (window.source.toPlainText(), window._table, window.status_bar.summary.text(), len(window.documents))))
    window.open_paths([sample_file])
    with qtbot.waitSignal(window.loading_finished, timeout=10_000):
        window.show()
    assert at_first_paint == [(sample_text, None, READING_DATES, 0)]  # the table is made after it
    assert window.source.toPlainText() == sample_text and window.table.model().rowCount() == 16
    assert window.status_bar.summary.text() == "16 sentences · 15 dated (7 inferred) · 1 undated"
    assert event_marks(window.source)  # the selected event is marked in the text


def test_the_details_and_the_table_take_their_placeholders_rooms(new_window, qtbot, sample_file):
    window = new_window()
    rooms = []
    window.timeline.painted.connect(lambda: rooms.append(
        (window.splitter.geometry(), window.bottom_splitter.sizes(), window._details, window._table)))
    painted_at = []

    class Paints(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
            if event.type() == QEvent.Type.Paint:
                painted_at.append(window.splitter.geometry().getRect())
            return False

    paints = Paints(window)
    window.installEventFilter(paints)
    window.open_paths([sample_file])
    with qtbot.waitSignal(window.loading_finished, timeout=10_000):
        window.show()
    qtbot.waitUntil(lambda: window.table_dock.isVisible())
    qtbot.wait(50)  # the layout settles
    # Nothing moved: the text and the chronology kept their places once the dock took its room,
    # in every paint of the window on the way.
    assert rooms == [(window.splitter.geometry(), window.bottom_splitter.sizes(), None, None)]
    assert set(painted_at) == {window.splitter.geometry().getRect()}
    assert window.bottom_splitter.widget(1) is window.details and window.table_dock.widget() is window.table
    dock_top = window.table_dock.mapTo(window, window.table_dock.rect().topLeft()).y()
    assert dock_top >= window.splitter.mapTo(window, window.splitter.rect().bottomLeft()).y()  # below it


def test_a_text_that_cannot_be_read_for_its_dates_is_not_left_shown(qtbot, settings, sample_file, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("a reader bug")

    monkeypatch.setattr("viewer.core.document.analyse", broken)
    errors = []
    window = MainWindow(settings=settings, report_error=lambda path, message: errors.append(message))
    qtbot.addWidget(window)
    window.open_paths([sample_file])
    with qtbot.waitSignal(window.loading_finished, timeout=10_000):
        window.show()
    assert window.source.toPlainText() == "" and window.status_bar.summary.text() == "" and not window.documents
    assert errors and "a reader bug" in errors[0]


def test_a_window_never_shown_gets_its_chronology_on_its_own(make_window):
    window = make_window()  # the fixture waits for chronology_ready
    assert window.chronology_shown and window.timeline.accessibleName() == "Chronology"


@pytest.mark.parametrize("text", [
    "Nothing here is dated. Nor here.",
    "In 2019 it rained. In 2017 it snowed. In 2017 it hailed. Then nothing.",
    "It began in March 2020. Later that year it ended. No date at all here.",
])
def test_first_in_time_heads_the_chronologys_time_order(text):
    """The window selects it before numpy is in; the chronology steps on from it in its own order."""
    docs = [analyse(text, "a.txt"), analyse("In 2017 it started.", "b.txt")]
    chronology = Chronology.from_documents(docs)
    assert LoadedDocuments(docs).first_in_time() == chronology.time_order[0] == chronology.first()


@pytest.mark.slow
def test_the_window_module_imports_neither_numpy_nor_pyqtgraph():
    heavy = ("numpy", "pyqtgraph", "viewer.core.chart.chronology", "viewer.ui.timeline_view",
             "viewer.core.exchange.event_files", "viewer.core.exchange.export", "PySide6.QtSvg")
    code = f"import sys, viewer.ui.app; print([m for m in {heavy!r} if m in sys.modules])"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# The chronology's modules take half a second longer to import here, wherever they are imported
# (a finder that waits, as a slow disk would): on the import's thread the window beats on meanwhile,
# on the GUI thread it would not beat at all. How long it stalls is measured by
# benchmarks/startup_bench.py, not here: a busy machine would fail any bound tight enough to matter.
RESPONSIVE = """
import sys, time
from PySide6.QtCore import QTimer
from viewer.ui.main_window import MainWindow, application


class SlowImport:
    def find_spec(self, name, path=None, target=None):
        if name == "pyqtgraph":
            time.sleep(0.5)
        return None  # the usual finders find it


sys.meta_path.insert(0, SlowImport())
app = application()
window = MainWindow(remember=False)
window.open_paths([sys.argv[1]])
ticks = []
heartbeat = QTimer(window)
heartbeat.setInterval(10)
heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
window.timeline.painted.connect(lambda: (ticks.append(time.perf_counter()), heartbeat.start()))
window.chronology_ready.connect(lambda: QTimer.singleShot(0, app.quit))
window.show()
app.exec()
print(len(ticks), round(max(b - a for a, b in zip(ticks, ticks[1:])), 3), window.chronology_shown)
"""


@pytest.mark.slow
def test_the_window_keeps_answering_while_the_chronology_imports(sample_file, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", RESPONSIVE, str(sample_file)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    ticks, longest_gap_s, shown = result.stdout.split()
    assert shown == "True"
    assert int(ticks) >= 10, "the GUI thread did not beat while the chronology's modules were imported"
    assert float(longest_gap_s) < 5, "the GUI thread was stuck"


def test_the_chronologys_placeholder_asks_for_the_chronologys_room(qtbot, view_on):
    from viewer.ui.timeline_view import TimelineView

    placeholder, view = ChronologyPlaceholder(), view_on(TimelineView)
    qtbot.addWidget(placeholder)
    assert placeholder.sizeHint() == view.sizeHint()  # the layout does not change when it is swapped in
