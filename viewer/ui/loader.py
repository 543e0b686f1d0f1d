"""Reading documents, and laying out large sets of them, off the GUI thread."""

from __future__ import annotations

import os
from contextlib import AbstractContextManager
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from viewer.core.gc_pause import collection_paused
from viewer.core.progress import Cancelled
from viewer.core.text.decoding import DocumentError, read_document
from viewer.ui.loaded import LoadedDocuments

# The reader (viewer.core.document and the date patterns) is imported by the first analysis,
# which a start holds back until the window has painted the document's text.
if TYPE_CHECKING:
    from viewer.core.chart.chronology import Chronology
    from viewer.core.document import Document
    from viewer.core.project.store import StoredDocument

# Files up to this size are read on the GUI thread, on the next turn of the event loop
# (a few ms; about 40 the first time, when the reader is imported and its patterns compile):
# a worker thread would cost more in handing over, and the window would paint once empty,
# then again. While the loader is held (a start, until the first paint) a text is decoded
# at once and shown, and its analysis waits for release().
INLINE_READ_BYTES = 32 * 1024
# A larger file's worker starts this long after it is asked for. Showing the progress bar
# relays out the window, and each of the many calls from Qt into Python that takes waits
# for the GIL while a worker runs: 60-190 ms when both began together, 10-20 alone.
WORKER_AFTER_MS = 16

# While a worker runs Python, every call from Qt into Python on the GUI thread (a
# heartbeat, each item pyqtgraph paints) first waits for the worker to give up the GIL,
# by default up to 5 ms each: a 100 ms repaint became 500 ms. 0.5 ms keeps that wait small.
_WORKER_SWITCH_INTERVAL_S = 0.0005


# What the fork server's processes start with: the reader imported, its tables made once.
_SERVER_PRELOAD = ["viewer.core.warm"]


def _sharing_processes() -> int:
    """How many processes a large document's reading may share its work between: one per core
    (their work goes to up to three forks at once), when work can go to forks of a server
    process (``forked.serve``, started once the window has shown its chronology, or as the
    first file too large to read inline is asked for: this window runs threads, and forks only
    from a process with one; idle, the server and multiprocessing's resource tracker take about 30 MB).
    Otherwise one: this thread does it all."""
    from viewer.core.forked import serve

    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        cores = os.cpu_count() or 1
    return cores if cores > 1 and serve(_SERVER_PRELOAD) else 1


# What the first read would otherwise import and make itself (0.1-0.2 s before its work starts).
_READER_MODULES = ("viewer.core.opening", "viewer.core.events", "viewer.core.actors.lanes",
                   "viewer.core.timex.finding", "viewer.core.text.headings", "viewer.core.dates.found_date")

# What the window imports as it shows its first document (an event's details, its edits' times,
# the text's date marks): imported by the warm-up, and by a read's thread once its document is
# read. On the GUI thread, where each module imported after PySide6 has its source read too
# (shiboken's import hook looks for "PySide6" in it), that held the window 80-95 ms.
_SHOWING_MODULES = ("viewer.core.project.store", "viewer.core.edits.layer", "viewer.core.dates.date_text",
                    "viewer.core.exchange.safe_text", "viewer.ui.text_marks")


# How long after the window asks (``DocumentLoader.warm``) the reader is made ready, and the fork
# server started, if no read is under way: after the chronology's first paint. (Begun while the
# chronology's modules were still being imported, it held them up by a fifth.)
WARM_AFTER_MS = 100


def _warm_reader() -> None:
    """Import the reader, read the gazetteer and compile the rules of a text without a date of
    writing or years BC (most texts), with their RE2 patterns, on a thread of their own: the first file opened then
    starts on its work at once, not 0.1-0.2 s later. (Done as a user picks the file; a read
    that starts meanwhile waits for a module being imported, which it needs too.)"""
    import threading

    def warm() -> None:
        for name in _READER_MODULES:
            import_module(name)
        from viewer.core.actors.gazetteer import gazetteer
        from viewer.core.timex.search import prefilters_made

        gazetteer()
        prefilters_made(False, False)  # (and the rules)
        for name in _SHOWING_MODULES:  # (for a small file, read on the GUI thread)
            import_module(name)

    threading.Thread(target=warm, name="warm reader", daemon=True).start()


def collector_paused() -> AbstractContextManager[None]:
    """No cyclic garbage collection, and a short GIL switch interval, while a worker builds.

    A full collection walks every tracked object while holding the GIL: with the
    millions a 10 MB document makes, each one stalls the GUI thread for up to 100 ms
    (and slows reading by half). After a large build the new objects are frozen,
    so later collections never walk them.
    """
    return collection_paused(freeze=True, switch_interval=_WORKER_SWITCH_INTERVAL_S)


class LoaderSignals(QObject):
    loaded = Signal(object, object)  # job, Document
    failed = Signal(object, str)  # job, what went wrong ("no such file")
    cancelled = Signal(object)  # job
    progress_changed = Signal(object, float)  # job, share done


class _ReadJob(QRunnable):
    def __init__(self, path: str, signals: LoaderSignals, stored: StoredDocument | None = None) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the loader keeps it until its result is handled
        self.path, self._signals = path, signals
        self.stored = stored  # a project's copy of the document, read in place of the file
        self.cancelled = False  # set from the GUI thread, read here: a plain flag is enough
        self.inline = False  # run on the GUI thread, which cannot repaint to show progress meanwhile
        self.text: str | None = None  # decoded ahead of the analysis (see read_text)
        self._percent = -1

    def read_text(self) -> str | None:
        """Decode a plain text file ahead of its analysis; None for a file of events or of another
        format (its reader runs in ``run``), or one that cannot be read (``run`` reports why)."""
        from viewer.core.formats import TEXT, format_of  # a web page, Word or PDF file: its reader, not decoding
        from viewer.core.opening import is_event_file

        if self.stored is not None:
            self.text = self.stored.text if self.stored.kind == "text" else None
        elif self.text is None and not is_event_file(self.path) and format_of(self.path) == TEXT:
            try:
                self.text = read_document(self.path)
            except DocumentError:
                pass
        return self.text

    def run(self) -> None:
        if self.cancelled:  # cancelled before it started
            self._signals.cancelled.emit(self)
            return
        from viewer.core.document import analyse
        from viewer.core.opening import open_document
        from viewer.core.timex.search import SHARED_FROM

        processes = 1 if self.inline or self.text is not None and len(self.text) < SHARED_FROM else _sharing_processes()
        try:
            with collector_paused():
                if self.stored is not None:
                    from viewer.core.project.documents import read_stored

                    doc = read_stored(self.stored, self._progress, processes)
                elif self.text is None:
                    doc = open_document(self.path, self._progress, processes=processes)
                else:
                    doc = analyse(self.text, self.path, self._progress, processes=processes)
        except Cancelled:
            self._signals.cancelled.emit(self)
        except DocumentError as err:
            self._signals.failed.emit(self, err.problem)
        except Exception as err:  # noqa: BLE001 a reader bug must not take the window down
            from viewer.core.exchange.safe_text import shown

            self._signals.failed.emit(self, shown(f"unexpected error ({type(err).__name__}: {err})"))
        else:
            for name in _SHOWING_MODULES:  # (here, before the GUI thread needs them)
                import_module(name)
            self._signals.loaded.emit(self, doc)

    def _progress(self, done: float) -> None:
        if self.cancelled:
            raise Cancelled(self.path)
        percent = int(done * 100)
        if percent > self._percent and not self.inline:  # one signal per percent at most
            self._percent = percent
            self._signals.progress_changed.emit(self, done)


class DocumentLoader(QObject):
    """Queues reads on a thread pool; results arrive on the GUI thread as signals.

    ``cancel`` takes effect at once for the window: a read cancelled while it runs
    stops at its next progress report, and its result is never delivered.
    """

    text_read = Signal(str, str)  # path, text: decoded while held, its analysis waiting for release()
    loaded = Signal(str, object)
    failed = Signal(str, str)
    cancelled = Signal(str)
    progress_changed = Signal(str, float)  # path, share of the read done (0.0 to 1.0)
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one at a time: documents arrive in the order asked
        self._jobs: list[_ReadJob] = []
        self._signals = LoaderSignals(self)
        self._signals.loaded.connect(self._on_loaded)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)
        self._signals.progress_changed.connect(self._on_progress)
        self._held = False
        self._waiting: _ReadJob | None = None  # an inline read decoded while held

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    @property
    def held(self) -> bool:
        return self._held

    def hold(self) -> None:
        """Small files are decoded (``text_read``) but not analysed until ``release``."""
        self._held = True

    def release(self) -> None:
        self._held = False
        job, self._waiting = self._waiting, None
        if job is not None:
            job.run()

    def warm(self) -> None:
        """Make the reader ready, and start the fork server, a moment from now (``_warm_reader``):
        the window asks once it has shown what it shows first, the chronology."""
        QTimer.singleShot(WARM_AFTER_MS, self, self._warm)

    def _warm(self) -> None:
        if not self._jobs:  # (a read under way imports the reader itself, and starts the server if it needs one)
            _sharing_processes()  # where a large read would start the fork server: it is ready for one now
            _warm_reader()

    def read(self, path: str, stored: StoredDocument | None = None) -> None:
        """Read ``path``; or, given a project's ``stored`` copy of it, read that instead of the file."""
        job = _ReadJob(path, self._signals, stored)
        self._jobs.append(job)
        if len(self._jobs) == 1:
            self._start(job)

    @staticmethod
    def reads_inline(path: str, stored: StoredDocument | None = None) -> bool:
        """Will ``path`` (or its project's copy) be read on the GUI thread: a small one, or one that cannot be read?"""
        if stored is not None:
            return len(stored.text) <= INLINE_READ_BYTES
        try:
            return os.stat(path).st_size <= INLINE_READ_BYTES
        except OSError:
            return True  # the read fails at once, with the message the reader gives

    def _start(self, job: _ReadJob) -> None:
        """One job at a time, in the order asked; the next starts when one is delivered."""
        job.inline = self.reads_inline(job.path, job.stored)
        if job.inline:
            # With self as context: never after the window is gone.
            QTimer.singleShot(0, self, lambda: self._run_inline(job))
        else:
            # The fork server starts now, not when the read's first share is due (it takes 0.2 s to
            # be ready, which the read waited). The worker starts a frame later: the window shows
            # that it is reading before a worker contends for the GIL.
            _sharing_processes()
            QTimer.singleShot(WORKER_AFTER_MS, self, lambda: self._pool.start(job))

    def _run_inline(self, job: _ReadJob) -> None:
        if not self._held or job.cancelled:
            job.run()
            return
        self._waiting = job
        if job.read_text() is not None:
            self.text_read.emit(job.path, job.text)

    def cancel(self) -> list[str]:
        """Stop every read not yet delivered; returns their paths."""
        live = [job for job in self._jobs if not job.cancelled]
        for job in live:
            job.cancelled = True
        return [job.path for job in live]

    def wait(self) -> None:
        self._pool.waitForDone()

    def _on_progress(self, job: _ReadJob, done: float) -> None:
        if not job.cancelled:
            self.progress_changed.emit(job.path, done)

    def _on_loaded(self, job: _ReadJob, doc: Document) -> None:
        if job.cancelled:
            self.cancelled.emit(job.path)
        else:
            self.loaded.emit(job.path, doc)
        self._done(job)

    def _on_failed(self, job: _ReadJob, message: str) -> None:
        if job.cancelled:
            self.cancelled.emit(job.path)
        else:
            self.failed.emit(job.path, message)
        self._done(job)

    def _on_cancelled(self, job: _ReadJob) -> None:
        self.cancelled.emit(job.path)
        self._done(job)

    def _done(self, job: _ReadJob) -> None:
        self._jobs.remove(job)
        if self._jobs:
            self._start(self._jobs[0])
        else:
            self.idle.emit()


# What the views import when they first show a large set's events and colour its lanes (no Qt).
_VIEW_MODULES = ("viewer.core.dates.date_text", "viewer.core.edits.layer", "viewer.core.project.store")


class LayoutSignals(QObject):
    built = Signal(int, object, object)  # generation, LoadedDocuments, Chronology


class _LayoutJob(QRunnable):
    def __init__(self, generation: int, docs: list[Document], lane_mode: str, signals: LayoutSignals) -> None:
        super().__init__()
        self._generation, self._docs, self._lane_mode, self._signals = generation, docs, lane_mode, signals

    def run(self) -> None:
        from viewer.core.chart.chronology import Chronology  # numpy: never imported before the first paint
        from viewer.core.chart.layer_items import layer_items

        with collector_paused():
            loaded = LoadedDocuments(self._docs)
            chronology = Chronology.from_documents(loaded, lane_mode=self._lane_mode)  # one flat index for both
            # Here, not on the GUI thread: what the views ask for first (the first event in time, the
            # table's order, the lanes, the summary's counts), and what the chart draws (the
            # chronology itself, unless lanes are hidden or folded); the modules they import.
            loaded.prepare(self._lane_mode, chronology)
            layer_items(chronology)
            for name in _VIEW_MODULES:
                import_module(name)
        self._signals.built.emit(self._generation, loaded, chronology)


class LayoutBuilder(QObject):
    """Builds the flat index and the Chronology of a set of documents off the GUI thread.

    Each ``build`` gets a generation number; ``built`` reports every one, the caller
    keeps the latest.
    """

    built = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = LayoutSignals(self)
        self._signals.built.connect(self._on_built)
        self.pending = 0

    def build(self, generation: int, docs: list[Document], lane_mode: str) -> None:
        self.pending += 1
        self._pool.start(_LayoutJob(generation, list(docs), lane_mode, self._signals))

    def wait(self) -> None:
        self._pool.waitForDone()

    def _on_built(self, generation: int, loaded: LoadedDocuments, chronology: Chronology) -> None:
        self.pending -= 1
        self.built.emit(generation, loaded, chronology)
