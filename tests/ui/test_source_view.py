"""The source view: plain text, exact highlights, the dates on screen marked, clicks select sentences."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from tests.ui.helpers import assert_dates_on_screen_marked, event_marks, faint_marks, on_screen, python_span, qt_spans
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
    marks = event_marks(source)
    assert python_span(source, marks[0]) == (event.sentence.start, event.sentence.end)
    assert marks[0].cursor.selectedText() == TRICKY[event.sentence.start:event.sentence.end]


def test_date_expression_and_anchor_marked(view):
    source, selection = view
    doc = load(source, TRICKY)
    explicit = doc.events[1]
    selection.select(1)
    t = doc.timexes[explicit.timex]
    assert python_span(source, event_marks(source)[1]) == (t.start, t.end)
    inferred = doc.events[2]
    assert inferred.dating == "inferred"
    selection.select(2)
    marks = event_marks(source)
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
    spans = {(source.positions.to_qt(t.start), source.positions.to_qt(t.end)) for t in doc.timexes}
    marks = faint_marks(source)
    assert len(spans) == len(doc.timexes) >= 3 and qt_spans(marks) == spans  # a short text: all on screen
    assert [m.cursor.selectedText() for m in marks] == [t.text for t in doc.timexes]
    assert "9 June 1915" in [t.text for t in doc.timexes]


def test_marks_lie_faint_dates_under_the_events_under_finds(view):
    """Drawn in order: the dates' faint marks, then the event's sentence and date, Find's on top."""
    from viewer.ui.text_marks import faint_format, find_format

    source, selection = view
    load(source, TRICKY)
    source.mark_occurrences("navy")
    selection.select(1)
    faint, found = faint_format(source.palette()).background().color(), find_format().background().color()
    kinds = [{faint.rgba(): "faint", found.rgba(): "find"}.get(m.format.background().color().rgba(), "event")
             for m in source.extraSelections()]
    assert kinds == ["faint"] * 3 + ["event", "event", "find"]


def test_no_selection_clears_highlight(view):
    source, selection = view
    doc = load(source, TRICKY)
    selection.select(1)
    selection.clear()
    assert event_marks(source) == []
    assert len(faint_marks(source)) == len(doc.timexes)  # the dates stay marked


def test_follows_a_palette_change(view):
    from PySide6.QtGui import QColor, QPalette

    source, selection = view
    doc = load(source, TRICKY)
    selection.select(1)
    palette = source.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#ff0000"))
    marks = faint_marks(source)
    before = marks[0].format.background().color()
    source.setPalette(palette)
    assert event_marks(source)[0].format.background().color().red() == 255
    marks = faint_marks(source)
    assert marks[0].format.background().color() != before
    assert qt_spans(faint_marks(source)) == {(source.positions.to_qt(t.start), source.positions.to_qt(t.end))
                                             for t in doc.timexes}


def test_a_long_text_goes_in_over_several_turns_and_says_when_it_is_in(view, qtbot):
    from viewer.ui.source_view import FILL_CHARS

    source, selection = view
    text = TRICKY * (2 * FILL_CHARS // len(TRICKY) + 1)
    doc = load(source, text)
    assert source.filling
    with qtbot.waitSignal(source.filled, timeout=10_000):
        pass
    assert not source.filling and source.toPlainText() == text.replace("\r\n", "\n")
    bar = source.verticalScrollBar()
    bar.setValue(bar.maximum())
    last = doc.timexes[-1]  # marked by bisecting the expressions themselves, to the end
    assert (source.positions.to_qt(last.start), source.positions.to_qt(last.end)) in qt_spans(faint_marks(source))
    assert_dates_on_screen_marked(source, doc)


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
    size = view.document().defaultFont().pointSizeF()
    assert all(r.format.fontPointSize() > size for b in (0, 4)
               for r in view.document().findBlockByNumber(b).layout().formats())
    assert {m.cursor.selectedText() for m in faint_marks(view)} == {"3 May 1915", "1918"}  # marked as dates too
    assert view.toPlainText() == text.rstrip("\n") or view.toPlainText() == text


LONG = "".join(f"Line {k}: on {1 + k % 28} May 19{k % 100:02d} the fleet sailed.\n" for k in range(600))


@pytest.fixture
def long_view(view):
    source, selection = view
    return source, selection, load(source, LONG)


def test_the_dates_on_a_larger_screen_are_marked(long_view):
    source, _, doc = long_view
    source.resize(500, 120)
    assert_dates_on_screen_marked(source, doc)
    source.resize(500, 1200)
    assert assert_dates_on_screen_marked(source, doc) < len(doc.timexes) // 3


def test_the_dates_are_marked_where_the_keyboard_and_the_wheel_scroll_to(long_view, qtbot):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    source, _, doc = long_view
    source.setFocus()
    qtbot.keyClick(source, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert on_screen(source)[1] == source.document().characterCount() - 1
    assert_dates_on_screen_marked(source, doc)
    for _ in range(4):
        qtbot.keyClick(source, Qt.Key.Key_PageUp)
    assert_dates_on_screen_marked(source, doc)
    before = on_screen(source)
    centre = QPointF(source.viewport().rect().center())
    for _ in range(6):  # up, a few lines each
        wheel = QWheelEvent(centre, source.viewport().mapToGlobal(centre), QPoint(0, 0), QPoint(0, 120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(source.viewport(), wheel)
    assert on_screen(source)[0] < before[0]
    assert_dates_on_screen_marked(source, doc)


def test_the_dates_are_marked_where_a_selected_event_is_and_in_another_document(view):
    source, selection = view
    first, second = analyse(LONG, "first.txt"), analyse(LONG.replace("fleet", "army"), "second.txt")
    loaded = LoadedDocuments([first, second])
    source.set_documents(loaded)
    selection.select(len(first.events) - 5)  # near the end: centred on it
    assert source.shown_document == 0
    assert_dates_on_screen_marked(source, first)
    selection.select(loaded.flat(1, len(second.events) // 2))
    assert source.shown_document == 1 and "army" in source.toPlainText()
    assert_dates_on_screen_marked(source, second)
    spans = set(qt_spans(faint_marks(source)))
    selection.select(3)  # back
    assert source.shown_document == 0
    assert_dates_on_screen_marked(source, first)
    assert qt_spans(faint_marks(source)) != spans and on_screen(source)[0] < 1000
    assert len(first.timexes) > 3 * len(faint_marks(source))  # those near the screen
