"""Reading documents: small ones on the GUI thread, larger ones in a worker, in the order asked."""

from viewer.ui.loader import INLINE_READ_BYTES, DocumentLoader


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
