"""Starting the window: interactive, as a headless screenshot, or as a smoke test."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from viewer.ui.exception_hook import install as install_exception_hook
from viewer.ui.main_window import MainWindow, application

SMOKE_ENV = "TIMELINE_VIEWER_SMOKE"
SHOWN_LINE = "window shown"


class _FirstPaint(QObject):
    """Once the window has painted with its documents in, print a line and quit."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window, self._done = window, False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if (not self._done and event.type() == QEvent.Type.Paint and not self._window.loader.busy
                and self._window.isVisible()):
            self._done = True
            QTimer.singleShot(0, self._finish)
        return False

    def _finish(self) -> None:
        print(SHOWN_LINE, flush=True)
        QApplication.quit()


# The offscreen platform says this for every window it shows; it is not the user's concern.
_NOISE = ("This plugin does not support propagateSizeHints",)


def _quiet_offscreen_noise() -> None:
    previous = None

    def handler(mode, context, message: str) -> None:
        if message.startswith(_NOISE):
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


def _stderr_reporter(path: str, message: str) -> None:
    print(f"timeline-viewer: {message}", file=sys.stderr)


def render(window: MainWindow, out: str) -> bool:
    app = QApplication.instance()
    for _ in range(3):  # let layouts and deferred paints settle
        app.processEvents()
    return window.grab().save(out)


def run(paths: Sequence[str], screenshot: str | None = None, select: str | None = None) -> int:
    app = application()
    install_exception_hook()
    headless = screenshot is not None
    if app.platformName() == "offscreen":
        _quiet_offscreen_noise()
    window = MainWindow(report_error=_stderr_reporter if headless else None, remember=not headless)
    status = {"code": 0}

    def loaded() -> None:
        if select and not window.select_text(select):
            print(f"timeline-viewer: no sentence contains {select!r}", file=sys.stderr)
        if headless:
            if not render(window, screenshot):
                print(f"timeline-viewer: could not write {screenshot}", file=sys.stderr)
                status["code"] = 1
            app.quit()

    window.loading_finished.connect(loaded)
    if os.environ.get(SMOKE_ENV) == "1" and not headless:
        app.installEventFilter(_FirstPaint(window))
    window.show()
    window.open_paths(paths)
    code = app.exec()
    window.close()
    return status["code"] or code
