"""An exception in a slot is logged and shown once; the window keeps working.

pytest-qt turns exceptions raised in slots into test failures through its own
``sys.excepthook``; these tests replace that hook with ours, so they opt out of it.
"""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.helpers import event_marks
from viewer.ui import exception_hook
from viewer.ui.exception_hook import ExceptionHook, show_dialog

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def reports():
    return []


@pytest.fixture
def hook(monkeypatch, reports):
    hook = ExceptionHook(report=lambda message, details: reports.append((message, details)))
    monkeypatch.setattr(sys, "excepthook", hook)
    return hook


def action(window, text):
    (found,) = [a for a in window.findChildren(QAction) if a.text() == text]
    return found


def test_a_raising_slot_is_reported_once_and_the_window_keeps_working(window, hook, reports, qtbot,
                                                                      monkeypatch, caplog, tmp_path):
    calls = []

    def broken_fit():
        calls.append(1)
        raise RuntimeError("the axis is upside down")

    monkeypatch.setattr(window.timeline, "fit_all", broken_fit)
    fit = action(window, "&Fit All")
    QTimer.singleShot(0, fit.trigger)  # from inside the event loop, as a click would
    QTimer.singleShot(0, fit.trigger)
    qtbot.waitUntil(lambda: len(calls) == 2)

    (message, details), = reports
    assert message == "RuntimeError: the axis is upside down"
    assert "Traceback" in details and "broken_fit" in details
    assert [r.levelname for r in caplog.records if r.name == "viewer"] == ["ERROR", "ERROR"]

    window.selection.select(3)
    assert event_marks(window.source)
    more = tmp_path / "more.txt"
    more.write_text("The fort fell in 1871.", encoding="utf-8")
    with qtbot.waitSignal(window.loading_finished, timeout=10_000):
        window.open_paths([more])
    assert len(window.documents) == 2


def test_distinct_errors_are_each_reported_once(hook, reports):
    for _ in range(3):
        for exc in (ValueError("bad value"), ValueError("other value"), KeyError("bad value")):
            hook(type(exc), exc, None)
    assert [m for m, _ in reports] == ["ValueError: bad value", "ValueError: other value", "KeyError: 'bad value'"]


def test_a_long_message_is_shown_by_its_first_line(hook, reports):
    exc = OSError("first line\nsecond line")
    hook(OSError, exc, None)
    assert reports[0][0] == "OSError: first line"


def test_an_exception_on_a_worker_thread_is_reported_on_the_gui_thread(hook, reports, qtbot, monkeypatch):
    threads = []
    hook._report = lambda message, details: threads.append(threading.current_thread()) or reports.append(message)
    monkeypatch.setattr(threading, "excepthook", hook.from_thread)
    worker = threading.Thread(target=lambda: 1 / 0)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(reports))
    assert reports == ["ZeroDivisionError: division by zero"]
    assert threads == [threading.main_thread()]


def test_the_dialog_is_not_modal_and_holds_the_traceback(qtbot):
    show_dialog("RuntimeError: boom", "Traceback (most recent call last):\n  ...")
    (box,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    qtbot.addWidget(box)
    assert not box.isModal()
    assert "RuntimeError: boom" in box.text()
    assert box.detailedText().startswith("Traceback")
    box.close()
    assert not exception_hook._open_boxes


def test_install_hooks_every_thread_and_logs_to_a_file(monkeypatch, tmp_path, qtbot):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(exception_hook.log, "handlers", [])
    reports = []
    hook = exception_hook.install(report=lambda message, details: reports.append(message), log_dir=tmp_path / "logs")
    assert sys.excepthook is hook
    assert threading.excepthook == hook.from_thread
    try:
        raise LookupError("no such lane")
    except LookupError:
        sys.excepthook(*sys.exc_info())
    assert reports == ["LookupError: no such lane"]
    for handler in exception_hook.log.handlers:
        handler.flush()
        handler.close()
    logged = (tmp_path / "logs" / exception_hook.LOG_NAME).read_text(encoding="utf-8")
    assert "LookupError: no such lane" in logged and "Traceback" in logged


def test_keyboard_interrupt_is_not_reported(hook, reports, monkeypatch):
    passed_on = []
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: passed_on.append(args[0]))
    hook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert reports == [] and passed_on == [KeyboardInterrupt]

