"""A large document opens off the GUI thread: percent shown, cancel works, the window beats on.

The document (about 1 MB) is written at run time from the bundled sample with the
year changed in each copy; ``benchmarks/large_open_bench.py`` does the same at 10 MB.
"""

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from tests.large_text import narrative

SIZE = 1_000_000
HEARTBEAT_MS = 10
# A read of 1 MB takes about a second on a 2-core machine: a hundred beats when the GUI thread is
# free, a handful where it stalls for hundreds of ms at a time, none if the read held it.
MIN_BEATS_WHILE_READING = 5
NEVER_STUCK_S = 5.0


@pytest.fixture(scope="module")
def large_file(tmp_path_factory, sample_text):
    path = tmp_path_factory.mktemp("large") / "large.txt"
    path.write_text(narrative(sample_text, SIZE), encoding="utf-8")
    return path


def wait_until_shown(window, qtbot):
    qtbot.waitUntil(lambda: not window.loader.busy and not window.source.filling, timeout=60_000)


def test_progress_rises_to_completion_and_the_document_opens(make_window, large_file, qtbot):
    window = make_window()
    reported, shown = [], []
    window.loader.progress_changed.connect(lambda _path, done: reported.append(done))
    window.status_bar.load_progress.bar.valueChanged.connect(shown.append)
    with qtbot.waitSignal(window.loading_finished, timeout=60_000):
        window.open_paths([large_file])
    assert reported[0] == 0.0 and reported[-1] == 1.0
    assert all(a < b for a, b in zip(reported, reported[1:]))
    assert shown[-1] == 100 and len(shown) >= 3
    assert [Path(d.path).name for d in window.documents] == ["large.txt"]
    assert len(window.loaded) == len(window.documents[0].events) > 5_000  # laid out off the GUI thread
    assert window.status_bar.load_progress.isHidden()
    wait_until_shown(window, qtbot)
    assert window.source.toPlainText() == window.documents[0].text


def test_cancel_stops_the_read_and_keeps_open_documents(window, large_file, qtbot, errors):
    before = list(window.documents)
    chronology = window.chronology
    window.loader.progress_changed.connect(
        lambda _path, _done: qtbot.mouseClick(window.status_bar.load_progress.cancel_button, Qt.MouseButton.LeftButton))
    with qtbot.waitSignal(window.loader.cancelled, timeout=60_000) as cancelled:
        window.open_paths([large_file])
        qtbot.waitUntil(window.status_bar.load_progress.isHidden)
        assert window.statusBar().currentMessage() == "Cancelled opening large.txt"
    assert cancelled.args == [str(large_file)]
    qtbot.waitUntil(lambda: not window.loader.busy, timeout=60_000)
    assert window.documents == before and window.chronology is chronology
    assert errors == []


def test_the_gui_thread_keeps_beating_while_it_loads(make_window, large_file, qtbot):
    """Behaviour, not speed: the heartbeat beats while the worker reads (between its first and its
    last percent), and is never stuck. How long it stalls is benchmarks/large_open_bench.py's figure."""
    window = make_window()
    window.show()
    ticks, percents = [], []
    heartbeat = QTimer(window)
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    window.loader.progress_changed.connect(lambda _path, done: percents.append((time.perf_counter(), done)))
    heartbeat.start()
    ticks.append(time.perf_counter())
    window.open_paths([large_file])
    wait_until_shown(window, qtbot)
    heartbeat.stop()
    assert len(percents) >= 3 and percents[-1][1] == 1.0, "no progress came"
    began, ended = percents[0][0], percents[-1][0]
    beats = sum(began < tick < ended for tick in ticks)
    assert beats >= MIN_BEATS_WHILE_READING, f"the GUI thread beat {beats} times while the file was read"
    assert max(b - a for a, b in zip(ticks, ticks[1:])) < NEVER_STUCK_S


def test_a_large_read_shared_with_other_processes_is_the_reading_of_one(make_window, large_file, qtbot):
    """The window reads on a thread of its own, beside Qt's, so a large document's search and
    lanes go to forks of a server process (core/forked.py, on Linux): the same reading."""
    import os
    import sys

    from viewer.core import forked
    from viewer.core.document import analyse

    window = make_window()
    with qtbot.waitSignal(window.loading_finished, timeout=60_000):
        window.open_paths([large_file])
    got = window.documents[0]
    if sys.platform.startswith("linux") and len(os.sched_getaffinity(0)) > 1:
        assert forked._server is not None  # the work was shared
    want = analyse(large_file.read_text(encoding="utf-8"), str(large_file))
    assert [(t.start, t.end, t.value) for t in got.timexes] == [(t.start, t.end, t.value) for t in want.timexes]
    assert [(e.sentence.start, e.value, e.dating, e.lane, e.label) for e in got.events] == \
        [(e.sentence.start, e.value, e.dating, e.lane, e.label) for e in want.events]
