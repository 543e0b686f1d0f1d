"""Uncaught exceptions: logged, shown to the user once, and the window carries on.

PySide hands an exception raised in a slot to ``sys.excepthook`` and goes back to
the event loop, so a hook that reports instead of exiting is all it takes for a bug
to cost the user one action rather than the session.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("viewer")
LOG_NAME = "timeline-viewer.log"

Reporter = Callable[[str, str], None]  # one-line message, traceback

# A box without a parent belongs to Python: held here until closed, or it would vanish at once.
_open_boxes: set = set()


def show_dialog(message: str, details: str) -> None:
    """A non-modal box: the message, with the traceback under "Show Details"."""
    from PySide6.QtWidgets import QApplication, QMessageBox  # at the first error, not at every start

    from viewer.ui.plain_text import message_box

    # The message may quote a document or a path: plain text.
    box = message_box(QMessageBox.Icon.Critical, f"Something went wrong: {message}", QApplication.activeWindow())
    box.setInformativeText("The window keeps working. The details below are also in the log.")
    box.setDetailedText(details)
    box.setModal(False)
    _open_boxes.add(box)
    box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.show()


class ExceptionHook(QObject):
    """Callable as ``sys.excepthook``: logs every exception, reports each distinct one once."""

    _caught = Signal(str, str)

    def __init__(self, report: Reporter = show_dialog, log_dir: Path | None = None) -> None:
        super().__init__()
        self._report = report
        self._log_dir = log_dir  # where the log goes, set up at the first exception (None: not at all)
        self._seen: set[tuple[str, str]] = set()
        # Queued when raised on a worker thread: the report always runs on the GUI thread.
        self._caught.connect(self._show)

    def __call__(self, exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        if self._log_dir is not None:
            _log_to(self._log_dir)
        log.error("uncaught exception\n%s", details.rstrip())
        key = (exc_type.__qualname__, str(exc))
        if key not in self._seen:
            self._seen.add(key)
            first_line = next(iter(str(exc).splitlines()), "")
            self._caught.emit(f"{exc_type.__name__}: {first_line}".rstrip(": "), details)

    def from_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not SystemExit:  # as threading's own hook: SystemExit ends a thread quietly
            self(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, message: str, details: str) -> None:
        self._report(message, details)


def default_log_dir() -> Path:
    from PySide6.QtCore import QStandardPaths

    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation))


def _log_to(folder: Path) -> None:
    if log.handlers:
        return
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.FileHandler(folder / LOG_NAME, encoding="utf-8", delay=True))
    except OSError:
        pass  # an unwritable home must not stop the program: stderr still has it
    for handler in handlers:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)


def install(report: Reporter = show_dialog, log_dir: Path | None = None) -> ExceptionHook:
    """Route uncaught exceptions, of any thread, to the log and to ``report``.

    The log file is made at the first exception: a start that has none writes nothing.
    """
    hook = ExceptionHook(report, log_dir or default_log_dir())
    sys.excepthook = hook
    threading.excepthook = hook.from_thread
    return hook
