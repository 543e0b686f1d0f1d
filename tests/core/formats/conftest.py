import pytest


@pytest.fixture
def qt_gui(qapp):
    """QPdfWriter needs an application (offscreen: tests/conftest.py) for its fonts."""
    return qapp


@pytest.fixture
def opened_telling(monkeypatch):
    """Open a file with a progress callback: the document, every share told, and the shares told
    before the reading of its dates began (the file's own reading: a PDF's pages, a Word file's
    paragraphs). Then ``cancelled_at(path, share)``: open it again, cancelled past ``share``."""
    from viewer.core import opening
    from viewer.core.progress import Cancelled

    def opened(path):
        shares, before_dates = [], []
        analyse = opening.analyse
        monkeypatch.setattr(opening, "analyse", lambda *args: before_dates.extend(shares) or analyse(*args))
        try:
            return opening.open_document(path, progress=shares.append), shares, before_dates
        finally:
            monkeypatch.setattr(opening, "analyse", analyse)

    def cancelled_at(path, share):
        def cancel(done: float) -> None:
            if done > share:
                raise Cancelled

        monkeypatch.setattr(opening, "analyse", lambda *args: pytest.fail("read on after a Cancel"))
        with pytest.raises(Cancelled):  # (not a "damaged" file)
            opening.open_document(path, progress=cancel)

    opened.cancelled_at = cancelled_at
    return opened
