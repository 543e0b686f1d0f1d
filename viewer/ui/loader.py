"""Reading documents off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from viewer.core.decoding import DocumentError
from viewer.core.document import open_document


class LoaderSignals(QObject):
    loaded = Signal(str, object)  # path, Document
    failed = Signal(str, str)  # path, what went wrong ("no such file")


class _ReadJob(QRunnable):
    def __init__(self, path: str, signals: LoaderSignals) -> None:
        super().__init__()
        self._path, self._signals = path, signals

    def run(self) -> None:
        try:
            doc = open_document(self._path)
        except DocumentError as err:
            self._signals.failed.emit(self._path, err.problem)
        except Exception as err:  # a reader bug must not take the window down
            self._signals.failed.emit(self._path, f"unexpected error ({type(err).__name__}: {err})")
        else:
            self._signals.loaded.emit(self._path, doc)


class DocumentLoader(QObject):
    """Queues reads on a thread pool; results arrive on the GUI thread as signals."""

    loaded = Signal(str, object)
    failed = Signal(str, str)
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one at a time: documents arrive in the order asked
        self._pending = 0
        self._signals = LoaderSignals(self)
        self._signals.loaded.connect(self._on_loaded)
        self._signals.failed.connect(self._on_failed)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def read(self, path: str) -> None:
        self._pending += 1
        self._pool.start(_ReadJob(path, self._signals))

    def wait(self) -> None:
        self._pool.waitForDone()

    def _on_loaded(self, path: str, doc: object) -> None:
        self.loaded.emit(path, doc)
        self._done()

    def _on_failed(self, path: str, message: str) -> None:
        self.failed.emit(path, message)
        self._done()

    def _done(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.idle.emit()
