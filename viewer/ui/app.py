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
DATES_LINE = "dates shown"
CHRONOLOGY_LINE = "chronology shown"


class _FirstPaint(QObject):
    """Three lines, in this order, then quit: once the window has painted with the first
    document's text in its source view; once it has painted with the documents in (their
    events in the table, the details and the summary); and once the chronology, swapped in
    after that, has painted them.

    It watches the window and the chronology's canvas, not the whole application: an
    application filter has every event of every object wrapped for Python, tens of ms at
    startup. The window's own paint event opens a pass that paints every child in it.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._painted: set[str] = set()  # the lines whose state has been painted
        self._printed: list[str] = []
        window.installEventFilter(self)
        # What comes in after the first paint: paint it all again once it is in.
        window.loading_finished.connect(window.update)
        window.session.settled.connect(window.update)  # (a large set's views come in after the loading)
        window.source.filled.connect(window.update)
        window.chronology_ready.connect(lambda: window.timeline.canvas.installEventFilter(self))

    def _text_in(self) -> bool:
        source = self._window.source
        return not (source.document().isEmpty() or source.filling)

    def _documents_in(self) -> bool:
        window = self._window
        return bool(window.session.documents) and not (
            window.loader.busy or window.session.settling or window.source.filling)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.Paint:
            return False
        window, before = self._window, len(self._painted)
        if watched is window and window.isVisible():
            if self._text_in():
                self._painted.add(SHOWN_LINE)
            if self._documents_in():
                self._painted.add(DATES_LINE)
                window.removeEventFilter(self)
        elif window.session.chronology is not None and window.chronology_shown and watched is window.timeline.canvas:
            watched.removeEventFilter(self)
            self._painted.add(CHRONOLOGY_LINE)
        if len(self._painted) > before:
            QTimer.singleShot(0, self._print)  # once this paint pass is done
        return False

    def _print(self) -> None:
        """Each line painted, in order: the chronology may paint before the table is in (a large set)."""
        for line in (SHOWN_LINE, DATES_LINE, CHRONOLOGY_LINE)[len(self._printed):]:
            if line not in self._painted:
                return
            print(line, flush=True)
            self._printed.append(line)
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


class _StderrReport:
    """A screenshot's errors, each a line on stderr; once any file could not be opened (or had
    rows left out), the exit status is 2, as ``extract`` gives for the same file."""

    def __init__(self) -> None:
        self.status = 0

    def __call__(self, path: str, message: str) -> None:
        from viewer.core.exchange.safe_text import say

        say("timeline-viewer", message)
        self.status = 2


def render(window: MainWindow, out: str) -> bool:
    app = QApplication.instance()
    for _ in range(3):  # let layouts and deferred paints settle
        app.processEvents()
    return window.grab().save(out)


def _window_size(size: str | None) -> tuple[int, int] | None:
    """"900x600" as (900, 600); None when not given or not two positive numbers."""
    width, _, height = (size or "").lower().partition("x")
    if not (width.isdigit() and height.isdigit() and int(width) > 0 and int(height) > 0):
        return None
    return int(width), int(height)


def start(paths: Sequence[str], screenshot: str | None = None, select: str | None = None,
          size: str | None = None) -> tuple[QApplication, MainWindow, dict[str, int], _StderrReport]:
    """The application and its window, shown, reading ``paths``: everything ``run`` does before
    the event loop (a test's driver starts the program with it, then runs the loop itself)."""
    app = application()
    install_exception_hook()
    headless = screenshot is not None
    if app.platformName() == "offscreen":
        _quiet_offscreen_noise()
    report = _StderrReport()
    window = MainWindow(report_error=report if headless else None, remember=not headless)
    if headless and _window_size(size):
        window.resize(*_window_size(size))
    status = {"code": 0}

    def loaded() -> None:
        if select and not window.session.select_text(select):
            from viewer.core.exchange.safe_text import say

            say("timeline-viewer", f"no sentence contains {select!r}")
        if headless:
            window.ensure_chronology()
            if not render(window, screenshot):
                from viewer.core.exchange.safe_text import say

                say("timeline-viewer", f"could not write {screenshot}")
                status["code"] = 1
            app.quit()

    window.loading_finished.connect(loaded)
    if os.environ.get(SMOKE_ENV) == "1" and not headless:
        _FirstPaint(window)
    elif not headless:
        _offer_recovery_once_loaded(window)
    window.open_paths(paths)  # first: a small file is read before the first paint, which then shows it
    window.show()
    return app, window, status, report


def _offer_recovery_once_loaded(window: MainWindow) -> None:
    """Work a crashed instance left unsaved is offered once the first documents are in: the
    window paints first, and a restore does not race the documents being read."""

    def offer() -> None:
        window.loading_finished.disconnect(offer)
        QTimer.singleShot(0, window, window.project.offer_recovery)

    window.loading_finished.connect(offer)


def run(paths: Sequence[str], screenshot: str | None = None, select: str | None = None,
        size: str | None = None) -> int:
    app, window, status, report = start(paths, screenshot, select, size)
    code = app.exec()
    window.close()
    return status["code"] or code or report.status
