"""A large document in the window: every view shows it and follows one selection, the source view's
text goes in piece by piece with the dates on screen marked exactly, and an edit does not put the text
in again.

The narrative (about 1 MB, more events than the session lays out on the GUI thread) is written at
run time from the bundled sample, as in test_large_document.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette

from tests.large_text import narrative
from tests.ui.helpers import assert_dates_on_screen_marked, faint_marks, highlighted, on_screen
from viewer.core.document import analyse
from viewer.ui import source_view
from viewer.ui.event_table import DATE, TITLE
from viewer.ui.loaded import LoadedDocuments
from viewer.ui.session import LAYOUT_OFF_THREAD_FROM
from viewer.ui.source_view import SourceView
from viewer.ui.text_marks import faint_format

SIZE = 1_000_000

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture(scope="module")
def large_file(tmp_path_factory, sample_text):
    path = tmp_path_factory.mktemp("large") / "large.txt"
    path.write_text(narrative(sample_text, SIZE), encoding="utf-8")
    return path


def open_large(make_window, large_file, qtbot):
    window = make_window()
    window.open_paths([large_file])
    qtbot.waitUntil(lambda: bool(window.documents) and not (
        window.loader.busy or window.session.settling or window.source.filling), timeout=120_000)
    return window


# -- the source view: piece by piece, the dates on screen marked ---------------------------------

TRICKY = ("Course of the war\r\n\r\n"  # a heading
          "\tOn 3 May\r\n1915 the 😀 Navy announced a blockade.\n"  # a date over a line break
          "It lasted 🎉 a year, until 9 June 1916.\r\n"
          "The army withdrew on 2 July 1916\tquickly.\n\n")


def scroll_to(view, share: float) -> None:
    bar = view.verticalScrollBar()
    bar.setValue(round(bar.maximum() * share))


def assert_headings_shown_as_headings(view, doc) -> None:
    """Bold and larger, in the formats of the blocks' layouts; a sentence's block is neither."""
    document, positions = view.document(), view.positions
    size = document.defaultFont().pointSizeF()
    for h in doc.headings:
        block = document.findBlock(positions.to_qt(h.start))
        assert {(r.start, r.length, r.format.fontWeight()) for r in block.layout().formats()} == {
            (0, block.length() - 1, QFont.Weight.Bold)}
        assert all(r.format.fontPointSize() > size for r in block.layout().formats())
    sentence = document.findBlock(positions.to_qt(doc.events[-1].sentence.start))
    assert not sentence.layout().formats()


def test_the_dates_on_screen_are_marked_exactly_whatever_piece_they_go_in_with(view_on, qtbot, monkeypatch):
    """Pieces of about 1,000 characters cut through lines, dates and "\r\n" pairs: each date on
    screen is marked from its first character to its last (not its line breaks), there as it is
    scrolled to, nothing else is, and every heading is a heading."""
    monkeypatch.setattr(source_view, "FILL_CHARS", 1_000)
    monkeypatch.setattr(source_view, "PIECE_CHARS", (997, 997))
    text = TRICKY * 200
    doc = analyse(text, "tricky.txt")
    assert any("\n" in t.text for t in doc.timexes) and len(doc.headings) == 200
    view = view_on(SourceView)
    view.resize(500, 300)
    view.show()
    with qtbot.waitSignal(view.filled, timeout=20_000):
        view.set_documents(LoadedDocuments([doc]))
    assert view.toPlainText() == text.replace("\r\n", "\n")
    assert assert_dates_on_screen_marked(view, doc) < len(doc.timexes) // 5  # near the screen, not all
    for share in (0.5, 1.0):  # the middle, the end
        scroll_to(view, share)
        assert assert_dates_on_screen_marked(view, doc) < len(doc.timexes) // 5
    assert on_screen(view)[1] == view.document().characterCount() - 1  # the end is on screen
    assert_headings_shown_as_headings(view, doc)


def test_the_dates_on_screen_are_marked_while_the_text_goes_in(view_on, qtbot, monkeypatch):
    monkeypatch.setattr(source_view, "FILL_CHARS", 2_000)
    monkeypatch.setattr(source_view, "PIECE_CHARS", (1_000, 1_000))  # a hundred pieces
    text = TRICKY * 1_000
    doc = analyse(text, "tricky.txt")
    view = view_on(SourceView)
    view.resize(500, 300)
    view.show()
    view.set_documents(LoadedDocuments([doc]))
    qtbot.waitUntil(lambda: not view.document().isEmpty(), timeout=10_000)
    assert view.filling
    assert_dates_on_screen_marked(view, doc)
    scroll_to(view, 1.0)  # the end of what is in: the next pieces go in on screen
    went_in = view.positions.to_python(view.document().characterCount())
    qtbot.waitUntil(lambda: view.positions.to_python(view.document().characterCount()) > went_in + 3_000,
                    timeout=10_000)
    assert view.filling
    assert_dates_on_screen_marked(view, doc)
    scroll_to(view, 1.0)
    assert_dates_on_screen_marked(view, doc)
    with qtbot.waitSignal(view.filled, timeout=60_000):
        pass
    scroll_to(view, 1.0)
    assert_dates_on_screen_marked(view, doc)


@pytest.mark.parametrize("when", ["once it is in", "while it goes in"])
def test_a_new_palette_marks_a_long_texts_dates_in_its_colours(view_on, qtbot, monkeypatch, when):
    monkeypatch.setattr(source_view, "PIECE_CHARS", (8_000, 8_000))  # several dozen pieces
    text = TRICKY * 3_000  # about 300,000 characters
    doc = analyse(text, "tricky.txt")
    view = view_on(SourceView)
    view.show()
    before = faint_format(view.palette()).background().color()
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#ff0000"))
    with qtbot.waitSignal(view.filled, timeout=60_000):
        view.set_documents(LoadedDocuments([doc]))
        if when == "while it goes in":
            qtbot.waitUntil(lambda: not view.document().isEmpty(), timeout=10_000)
            assert view.filling
            view.setPalette(palette)
            assert faint_marks(view) and view.filling  # at once
    if when == "once it is in":
        assert faint_marks(view)
        view.setPalette(palette)
    red = faint_format(palette).background().color()
    assert red.red() == 255 and red != before
    for share in (0.0, 0.5, 1.0):
        scroll_to(view, share)
        assert assert_dates_on_screen_marked(view, doc) == len(faint_marks(view))  # in the new colour
        assert before not in [m.format.background().color() for m in view.extraSelections()]
    assert_headings_shown_as_headings(view, doc)


def test_a_dense_texts_marks_are_those_near_the_screen(view_on, qtbot):
    """Several dates a line: as many marks as the dates on screen and a screen's worth either
    side, wherever it is scrolled to, however long the text."""
    line = "On {d} May 19{y:02d} it moved, on {e} June it stopped, and by 1 July 19{y:02d} it left.\n"
    text = "".join(line.format(d=1 + k % 28, e=1 + k * 7 % 28, y=k % 100) for k in range(4_000))
    doc = analyse(text, "dense.txt")
    view = view_on(SourceView)
    view.resize(600, 300)
    view.show()
    with qtbot.waitSignal(view.filled, timeout=60_000):
        view.set_documents(LoadedDocuments([doc]))
    assert len(doc.timexes) >= 3 * 4_000
    for share in (0.0, 0.3, 0.7, 1.0):
        scroll_to(view, share)
        first, last = on_screen(view)
        shown = sum(1 for t in doc.timexes if first <= view.positions.to_qt(t.start) < last)
        assert shown >= 30 and assert_dates_on_screen_marked(view, doc) <= 4 * shown


# -- the window ----------------------------------------------------------------------------------


def test_a_large_document_is_in_every_view_and_they_follow_one_selection(make_window, large_file, qtbot):
    window = open_large(make_window, large_file, qtbot)
    doc, loaded, table, source = window.documents[0], window.loaded, window.table, window.source
    events = doc.events
    assert len(loaded) == len(events) > LAYOUT_OFF_THREAD_FROM  # laid out off the GUI thread
    assert source.toPlainText() == doc.text
    dated = [e for e in events if e.interval]
    undated = len(events) - len(dated)
    assert window.status_bar.summary.text().startswith(f"{len(events)} sentences · {len(dated)} dated")
    assert window.status_bar.summary.text().endswith(f" · {undated} undated")
    model = table.model()
    assert model.rowCount() == len(events)
    # Sorted by date, undated last; the first event in time is selected, in every view.
    starts = [loaded.event(table.flat_index_of_row(r)).interval for r in range(model.rowCount())]
    firsts = [iv.first for iv in starts if iv is not None]
    assert firsts == sorted(firsts) and starts[:len(firsts)] == [iv for iv in starts if iv is not None]
    first = window.selection.current
    assert first == loaded.first_in_time() and table.currentIndex().row() == 0
    assert highlighted(source) == (events[first].sentence.start, events[first].sentence.end)
    assert_dates_on_screen_marked(source, doc)
    assert window.details.title.text() == events[first].title
    # A row near the end of the table: the text, the details and the chronology follow.
    row = model.rowCount() - len(firsts) // 10
    table.setCurrentIndex(model.index(row, TITLE))
    chosen = table.flat_index_of_row(row)
    assert window.selection.current == chosen
    assert highlighted(source) == (events[chosen].sentence.start, events[chosen].sentence.end)
    first_shown, last_shown = on_screen(source)  # scrolled to it, its dates and those around it marked
    assert first_shown < source.positions.to_qt(events[chosen].sentence.start) < last_shown
    assert assert_dates_on_screen_marked(source, doc) < len(doc.timexes) // 100
    assert window.details.title.text() == events[chosen].title
    chronology = window.ensure_chronology()
    assert chronology.to_days(chronology.playhead.value()) == pytest.approx(events[chosen].interval.first + 0.5)
    # A sentence clicked near the end of the text: its row becomes the table's current one.
    late = events[-3]
    source.select_at(source.positions.to_qt(late.sentence.start + 1))
    assert window.selection.current == len(events) - 3
    assert table.flat_index_of_row(table.currentIndex().row()) == len(events) - 3


def test_an_edit_leaves_a_large_documents_text_in_the_view(make_window, large_file, qtbot):
    """The documents are laid out again after an edit; the text, the same, is not put in again."""
    window = open_large(make_window, large_file, qtbot)
    source, model = window.source, window.table.source_model
    text = source.toPlainText()
    seen = []  # as the views take the documents laid out again
    window.session.documents_changed.connect(lambda _loaded: seen.append((source.filling, source.toPlainText())))
    refilled = []
    source.filled.connect(lambda: refilled.append(True))
    flat = window.selection.current
    assert model.setData(model.index(model.row_of(flat), TITLE), "A title of my own", Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: bool(seen) and not window.session.settling, timeout=60_000)
    assert seen == [(False, text)] and not refilled
    assert model.index(model.row_of(flat), TITLE).data() == "A title of my own"
    assert window.selection.current == flat
    assert highlighted(source) == (window.documents[0].events[flat].sentence.start,
                                   window.documents[0].events[flat].sentence.end)
    assert model.index(0, DATE).data() != ""


def test_positions_in_a_long_text_count_an_astral_character_far_into_it():
    """Qt counts a character outside the BMP twice: one 1.5 million characters in still shifts
    what follows it (the text is looked through a piece at a time)."""
    from viewer.ui.text_positions import TextPositions

    text = "é" * 1_500_000 + "😀 On 3 May 1915." + "–" * 10
    positions = TextPositions(text)
    assert not positions.same
    assert positions.to_qt(1_500_000) == 1_500_000 and positions.to_qt(1_500_001) == 1_500_002
    assert positions.qt_length() == len(text) + 1
    assert TextPositions("é" * 1_500_000 + "–").same
