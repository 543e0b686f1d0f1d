"""Reading documents: small ones on the GUI thread, larger ones in a worker, in the order asked."""

import os
import subprocess
import sys
from pathlib import Path

from viewer.ui.loader import INLINE_READ_BYTES, DocumentLoader

ROOT = Path(__file__).resolve().parents[2]


def test_small_files_and_missing_ones_are_read_inline(tmp_path, sample_file):
    big = tmp_path / "big.txt"
    big.write_text("The fort fell in 1871. " * (INLINE_READ_BYTES // 20), encoding="utf-8")
    assert DocumentLoader.reads_inline(str(sample_file))
    assert DocumentLoader.reads_inline(str(tmp_path / "absent.txt"))
    assert not DocumentLoader.reads_inline(str(big))


def test_documents_arrive_in_the_order_asked(qtbot, tmp_path, sample_file):
    big = tmp_path / "big.txt"
    big.write_text("The fort fell in 1871. " * (INLINE_READ_BYTES // 20), encoding="utf-8")
    loader = DocumentLoader()
    arrived = []
    loader.loaded.connect(lambda path, doc: arrived.append(path))
    loader.failed.connect(lambda path, problem: arrived.append(path))
    asked = [str(big), str(sample_file), str(tmp_path / "absent.txt"), str(big)]
    with qtbot.waitSignal(loader.idle, timeout=20_000):
        for path in asked:
            loader.read(path)
    assert arrived == asked and not loader.busy


def test_a_small_read_cancelled_before_it_runs_delivers_nothing(qtbot, sample_file):
    loader = DocumentLoader()
    loaded, cancelled = [], []
    loader.loaded.connect(lambda path, doc: loaded.append(path))
    loader.cancelled.connect(cancelled.append)
    with qtbot.waitSignal(loader.idle, timeout=10_000):
        loader.read(str(sample_file))
        assert loader.cancel() == [str(sample_file)]
    assert loaded == [] and cancelled == [str(sample_file)]


def test_a_small_read_reports_no_progress(qtbot, sample_file):
    loader = DocumentLoader()
    progress = []
    loader.progress_changed.connect(lambda path, done: progress.append(done))
    with qtbot.waitSignal(loader.loaded, timeout=10_000):
        loader.read(str(sample_file))
    assert progress == []  # the GUI thread reads it and could not repaint a bar meanwhile


def test_a_held_loader_decodes_a_small_text_and_analyses_it_on_release(qtbot, sample_file, sample_text):
    loader = DocumentLoader()
    loader.hold()
    texts, loaded = [], []
    loader.text_read.connect(lambda path, text: texts.append((path, text)))
    loader.loaded.connect(lambda path, doc: loaded.append(doc))
    with qtbot.waitSignal(loader.text_read, timeout=10_000):
        loader.read(str(sample_file))
    assert texts == [(str(sample_file), sample_text)] and loaded == [] and loader.busy
    with qtbot.waitSignal(loader.idle, timeout=10_000):
        loader.release()
    assert [doc.text for doc in loaded] == [sample_text] and loaded[0].events


def test_a_held_read_cancelled_is_delivered_as_cancelled_on_release(qtbot, sample_file):
    loader = DocumentLoader()
    loader.hold()
    cancelled = []
    loader.cancelled.connect(cancelled.append)
    with qtbot.waitSignal(loader.text_read, timeout=10_000):
        loader.read(str(sample_file))
    loader.cancel()
    with qtbot.waitSignal(loader.idle, timeout=10_000):
        loader.release()
    assert cancelled == [str(sample_file)]


def test_a_held_loader_sends_no_text_for_files_it_cannot_decode_or_that_hold_events(qtbot, tmp_path):
    events = tmp_path / "events.csv"
    events.write_text("start,title\n2017-10-26,Kars falls\n", encoding="utf-8")
    loader = DocumentLoader()
    loader.hold()
    texts, arrived = [], []
    loader.text_read.connect(lambda path, text: texts.append(path))
    loader.loaded.connect(lambda path, doc: arrived.append(path))
    loader.failed.connect(lambda path, problem: arrived.append(path))
    for path in (events, tmp_path / "absent.txt"):
        loader.read(str(path))
    qtbot.wait(50)
    assert texts == [] and arrived == []  # nothing read before release, not even a failure
    with qtbot.waitSignal(loader.idle, timeout=10_000):
        loader.release()
    assert arrived == [str(events), str(tmp_path / "absent.txt")]


WARMED = """
import sys, time
from viewer.ui.main_window import MainWindow, application

app = application()
window = MainWindow(remember=False)
window.show()
before = "viewer.core.events" in sys.modules or "viewer.core.project.store" in sys.modules


def compiled():
    rules = getattr(sys.modules.get("viewer.core.timex.rules"), "rules", None)  # (None while imported)
    return rules is not None and rules.cache_info().currsize


def done():  # (what showing a document needs comes last)
    return compiled() and hasattr(sys.modules.get("viewer.ui.text_marks"), "mark_headings")


deadline = time.monotonic() + 30
while time.monotonic() < deadline and not done():
    app.processEvents()
    time.sleep(0.01)
from viewer.core.timex.rules import rules
print(before, rules.cache_info().currsize, "viewer.core.project.store" in sys.modules, window.documents == [])
"""


def test_a_window_makes_the_reader_ready_once_it_has_shown_its_chronology(tmp_path):
    # Imported, the rules of most texts compiled, on a thread: the first file opened starts at once;
    # and what showing it needs imported (a small file is read and shown on the GUI thread).
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", WARMED], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=90)
    assert (done.returncode, done.stdout) == (0, "False 1 True True\n"), done.stderr


# A fresh window (offscreen) opens a file read on a worker thread and records every module first
# imported on the GUI thread from the read's end until the document is shown.
SHOWN_IMPORTS = """
import sys, threading
from PySide6.QtCore import Qt, QTimer
from viewer.ui.main_window import MainWindow, application

class Recorder:  # a finder that finds nothing: it sees each module's first import
    watching = False
    on_gui = []
    def find_spec(self, name, path=None, target=None):
        if self.watching and threading.current_thread() is threading.main_thread():
            self.on_gui.append(name)
        return None

recorder = Recorder()
sys.meta_path.insert(0, recorder)
app = application()
window = MainWindow(remember=False)
window.show()
# (on the read's thread, as it hands the document over: the GUI thread has not begun to show it)
def watch(*_):
    recorder.watching = True
window.loader._signals.loaded.connect(watch, Qt.ConnectionType.DirectConnection)
window.loading_finished.connect(lambda: QTimer.singleShot(200, app.quit))
window.open_paths([sys.argv[1]])
app.exec()
print(recorder.watching, sorted(set(recorder.on_gui)))
"""


def test_what_showing_a_document_needs_is_imported_by_the_reads_thread(tmp_path):
    # (each module imported on the GUI thread after PySide6 also has its source read by
    # shiboken's import hook: the first document's show waited 80-95 ms for them)
    path = tmp_path / "report.txt"
    path.write_text("The fort fell on 3 May 1871, and the siege ended. " * (INLINE_READ_BYTES // 40), encoding="utf-8")
    assert not DocumentLoader.reads_inline(str(path))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SHOWN_IMPORTS, str(path)], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split(" ", 1) == ["True", "[]\n"]
