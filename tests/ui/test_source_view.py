"""The source view: plain text, exact highlights, clicks select sentences."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from tests.ui.helpers import python_span
from viewer.core.document import analyse
from viewer.ui.loaded import LoadedDocuments
from viewer.ui.source_view import SourceView

TRICKY = (
    "Intro line with no date.\r\n"
    "\tOn 3 May 1915 the 😀 Navy announced a blockade.\r\n"
    "It lasted 🎉🎉 a year.\r\n"
    "\tOn 9 June 1915\tthe army withdrew <b>quickly</b> <script>x</script>.\r\n"
)


@pytest.fixture
def view(view_on, selection):
    view = view_on(SourceView)
    view.resize(500, 300)
    view.show()
    return view, selection


def load(view, text):
    doc = analyse(text, "tricky.txt")
    view.set_documents(LoadedDocuments([doc]))
    return doc


def test_plain_text_shows_markup_characters(view):
    source, _ = view
    load(source, TRICKY)
    assert "<b>quickly</b> <script>x</script>" in source.toPlainText()


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_selection_highlights_exactly_its_sentence(view, index):
    source, selection = view
    doc = load(source, TRICKY)
    selection.select(index)
    event = doc.events[index]
    marks = source.extraSelections()
    assert python_span(source, marks[0]) == (event.sentence.start, event.sentence.end)
    assert marks[0].cursor.selectedText() == TRICKY[event.sentence.start:event.sentence.end]


def test_date_expression_and_anchor_marked(view):
    source, selection = view
    doc = load(source, TRICKY)
    explicit = doc.events[1]
    selection.select(1)
    t = doc.timexes[explicit.timex]
    assert python_span(source, source.extraSelections()[1]) == (t.start, t.end)
    inferred = doc.events[2]
    assert inferred.dating == "inferred"
    selection.select(2)
    marks = source.extraSelections()
    anchor = doc.timexes[inferred.anchor]
    assert len(marks) == 2
    assert python_span(source, marks[1]) == (anchor.start, anchor.end)
    assert marks[1].format.background() != marks[0].format.background()


def test_clicking_a_sentence_selects_its_event(view, qtbot):
    source, selection = view
    doc = load(source, TRICKY)
    selection.select(0)
    target = doc.events[2].sentence
    position = source.positions.to_qt(target.start + 5)
    cursor = QTextCursor(source.document())
    cursor.setPosition(position)
    point = source.cursorRect(cursor).center()
    with qtbot.waitSignal(selection.current_changed) as signal:
        qtbot.mouseClick(source.viewport(), Qt.MouseButton.LeftButton, pos=point + QPoint(2, 0))
    assert signal.args == [2]


def test_select_at_every_character_of_a_sentence(view):
    source, selection = view
    doc = load(source, TRICKY)
    for event in doc.events:
        for offset in (event.sentence.start, event.sentence.end - 1):
            selection.clear()
            source.select_at(source.positions.to_qt(offset))
            assert selection.current == doc.events.index(event)


def test_every_date_expression_faintly_marked(view):
    source, _ = view
    doc = load(source, TRICKY)
    block_formats = []
    block = source.document().begin()
    while block.isValid():
        for r in block.layout().formats():
            block_formats.append((block.position() + r.start, block.position() + r.start + r.length))
        block = block.next()
    spans = {(source.positions.to_qt(t.start), source.positions.to_qt(t.end)) for t in doc.timexes}
    assert spans and spans <= set(block_formats)


def test_no_selection_clears_highlight(view):
    source, selection = view
    load(source, TRICKY)
    selection.select(1)
    selection.clear()
    assert source.extraSelections() == []


def test_follows_a_palette_change(view):
    from PySide6.QtGui import QColor, QPalette

    source, selection = view
    load(source, TRICKY)
    selection.select(1)
    palette = source.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#ff0000"))
    source.setPalette(palette)
    assert source.extraSelections()[0].format.background().color().red() == 255


def test_a_long_text_goes_in_over_several_turns_and_says_when_it_is_in(view, qtbot):
    from viewer.ui.source_view import FILL_CHARS

    source, selection = view
    text = TRICKY * (2 * FILL_CHARS // len(TRICKY) + 1)
    doc = load(source, text)
    assert source.filling
    with qtbot.waitSignal(source.filled, timeout=10_000):
        pass
    assert not source.filling and source.toPlainText() == text.replace("\r\n", "\n")
    last = doc.timexes[-1]  # highlighted by bisecting the expressions themselves, to the end
    block = source.document().findBlock(source.positions.to_qt(last.start))
    starts = {block.position() + r.start for r in block.layout().formats()}
    assert source.positions.to_qt(last.start) in starts


def test_a_selected_passage_asks_for_a_new_event(view, qtbot):
    view, _ = view
    load(view, TRICKY)
    text = view.toPlainText()
    start = text.index(" the 😀 Navy")
    cursor = view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(text.index(" a blockade") + 1, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    doc, first, last = view.selected_span()
    assert doc == 0 and TRICKY[first:last] == "the 😀 Navy announced"  # Python offsets, outer spaces left out
    action = view.context_menu().actions()[0]
    assert action.text() == "New Event from Selection…" and action.isEnabled()
    with qtbot.waitSignal(view.new_event_requested) as asked:
        action.trigger()
    assert asked.args == [0, first, last]


def test_no_new_event_without_a_passage(view):
    view, _ = view
    load(view, TRICKY)
    assert view.selected_span() is None
    assert not view.context_menu().actions()[0].isEnabled()


def test_headings_are_shown_as_headings(qtbot):
    from PySide6.QtGui import QFont

    from viewer.ui.selection import SelectionModel

    text = "Course of the war\n\nOn 3 May 1915 the army crossed the river.\n\n1918\n\nThe war ended.\n"
    doc = analyse(text, "war.txt")
    assert [h.text for h in doc.headings] == ["Course of the war", "1918"]
    view = SourceView(SelectionModel())
    qtbot.addWidget(view)
    view.set_documents(LoadedDocuments([doc]))

    def weights(block_number: int) -> set:
        block = view.document().findBlockByNumber(block_number)
        return {r.format.fontWeight() for r in block.layout().formats()}

    assert QFont.Weight.Bold in weights(0) and QFont.Weight.Bold in weights(4)  # "1918", a date too
    assert QFont.Weight.Bold not in weights(2)  # a sentence
    assert view.toPlainText() == text.rstrip("\n") or view.toPlainText() == text
