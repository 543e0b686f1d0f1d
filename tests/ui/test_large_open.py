"""A large document in the window: every view shows it and follows one selection, the source view's
text goes in piece by piece with every date marked exactly, and an edit does not put the text in again.

The narrative (about 1 MB, more events than the session lays out on the GUI thread) is written at
run time from the bundled sample, as in test_large_document.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette

from tests.large_text import narrative
from tests.ui.helpers import highlighted
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


def marked(document, colour: QColor) -> set[int]:
    """The Qt positions whose background is ``colour`` in the blocks' formats (the date marks)."""
    out = set()
    block = document.begin()
    while block.isValid():
        for r in block.layout().formats():
            if r.format.background().color() == colour:
                out.update(range(block.position() + r.start, block.position() + r.start + r.length))
        block = block.next()
    return out


def separators(document) -> set[int]:
    """The Qt positions of the line breaks (a block's last position)."""
    out, block = set(), document.begin()
    while block.isValid():
        out.add(block.position() + block.length() - 1)
        block = block.next()
    return out


def date_positions(view, doc) -> set[int]:
    """The Qt positions of the document's date expressions, their line breaks left out."""
    out = set()
    for t in doc.timexes:
        out.update(range(view.positions.to_qt(t.start), view.positions.to_qt(t.end)))
    return out - separators(view.document())


# -- the source view: piece by piece, every date marked ---------------------------------------

TRICKY = ("Course of the war\r\n\r\n"  # a heading
          "\tOn 3 May\r\n1915 the 😀 Navy announced a blockade.\n"  # a date over a line break
          "It lasted 🎉 a year, until 9 June 1916.\r\n"
          "The army withdrew on 2 July 1916\tquickly.\n\n")


def test_every_date_is_marked_exactly_whatever_piece_it_goes_in_with(view_on, qtbot, monkeypatch):
    """Pieces of about 1,000 characters cut through lines, dates and "\\r\\n" pairs: each date is
    marked from its first character to its last (not its line breaks), nothing else is, and
    every heading is a heading."""
    monkeypatch.setattr(source_view, "FILL_CHARS", 1_000)
    monkeypatch.setattr(source_view, "PIECE_CHARS", (997, 997))
    text = TRICKY * 60
    doc = analyse(text, "tricky.txt")
    assert any("\n" in t.text for t in doc.timexes) and len(doc.headings) == 60
    view = view_on(SourceView)
    view.resize(500, 300)
    view.show()
    with qtbot.waitSignal(view.filled, timeout=20_000):
        view.set_documents(LoadedDocuments([doc]))
    assert view.toPlainText() == text.replace("\r\n", "\n")
    document, positions = view.document(), view.positions
    assert marked(document, faint_format(view.palette()).background().color()) == date_positions(view, doc)
    for h in doc.headings:
        block = document.findBlock(positions.to_qt(h.start))
        assert QFont.Weight.Bold in {r.format.fontWeight() for r in block.layout().formats()}


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
    if when == "once it is in":
        view.setPalette(palette)
    red = faint_format(palette).background().color()
    assert red.red() == 255 and red != before
    assert marked(view.document(), red) == date_positions(view, doc)  # every date, in the new colour
    assert not marked(view.document(), before)


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
    assert window.details.title.text() == events[first].title
    # A row near the end of the table: the text, the details and the chronology follow.
    row = model.rowCount() - len(firsts) // 10
    table.setCurrentIndex(model.index(row, TITLE))
    chosen = table.flat_index_of_row(row)
    assert window.selection.current == chosen
    assert highlighted(source) == (events[chosen].sentence.start, events[chosen].sentence.end)
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
