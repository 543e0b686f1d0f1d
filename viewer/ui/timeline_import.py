"""The chronology's modules (numpy, pyqtgraph), imported on a thread after the first paint.

They take a third of a second. Imported on a thread the window keeps answering meanwhile:
the GUI thread waits only for the GIL now and then, 25 ms at most, where importing them
itself held it 300 ms. The view is made on the GUI thread, once ``imported`` is emitted.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, QTimer, Signal

MODULE = "viewer.ui.timeline_view"


class TimelineImport(QObject):
    imported = Signal()  # on the GUI thread; an import that failed is reported where the module is imported again

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._started = False

    def start(self) -> None:
        """Once; ``imported`` on a later turn of the event loop, even when the module is in already."""
        if self._started:
            return
        self._started = True
        if MODULE in sys.modules:  # another window brought it in
            QTimer.singleShot(0, self, self.imported.emit)
            return
        self._thread = threading.Thread(target=self._run, name="timeline import", daemon=True)
        self._thread.start()

    def join(self) -> None:
        """Wait for an import under way: one cut off at exit can crash in an extension's set-up."""
        if self._thread is not None and self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        try:
            import viewer.ui.timeline_view  # noqa: F401
        except Exception:  # noqa: BLE001 the GUI thread imports it again, and reports what goes wrong
            pass
        try:
            self.imported.emit()  # queued to the GUI thread: the receivers live there
        except RuntimeError:  # the window was deleted meanwhile
            pass
