"""The document as read: plain text that follows the selection, its dates marked faintly and
Find's text wherever it occurs; a passage selected in it can be made an event (its context menu)."""

from __future__ import annotations

import re
import time
from bisect import bisect_right
from collections.abc import Sequence
from operator import attrgetter
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from viewer.ui.loaded import LoadedDocuments
from viewer.ui.selection import SelectionModel
from viewer.ui.text_positions import TextPositions

if TYPE_CHECKING:  # the reader's modules come in with the first document, not at the first paint
    from PySide6.QtGui import QMouseEvent, QTextCharFormat
    from PySide6.QtWidgets import QTextEdit

    from viewer.core.document import Document
    from viewer.core.text.headings import Heading
    from viewer.core.timex.finding import Timex


# A text longer than this goes into the view over several turns of the event loop, a piece
# and its headings each turn; a 10 MB document set in one call, its dates marked by a
# QSyntaxHighlighter, held the GUI thread for a second. The first piece is this long, the
# next ones as long as goes in in about TURN_S.
FILL_CHARS = 128 * 1024
TURN_S = 0.008
PIECE_CHARS = (32 * 1024, 1024 * 1024)  # the shortest and the longest
# The dates' faint marks and Find's are made for what is on screen and this many screens' worth
# of text either side of it, again as it scrolls: a 10 MB narrative has 55,000 dates, and a
# common word in a long document occurs 100,000 times.
MARGIN_SCREENS = 1
MARGIN = 8  # around the text, in pixels

_end = attrgetter("end")


def _cut(text: str, at: int) -> int:
    """``at``, or just past it when it falls inside a "\\r\\n" (Qt makes that one break)."""
    if at >= len(text):
        return len(text)
    return at + 1 if text[at - 1] == "\r" and text[at] == "\n" else at


class SourceView(QPlainTextEdit):
    """Read-only source text; clicking a sentence selects its event."""

    filled = Signal()  # the last part of a long text is in the view (``filling`` is over)
    new_event_requested = Signal(int, int, int)  # document index, Python start and end of the passage

    def __init__(self, selection: SelectionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # Qt.TextInteractionFlag.TextSelectableByMouse | TextSelectableByKeyboard, as a value:
        # the Qt namespace is built after the first paint (see placeholders.ALIGN_CENTER).
        self.setProperty("textInteractionFlags", 1 | 2)
        self.setAccessibleName("Source text")
        self.setPlaceholderText("No document open")
        self.document().setDocumentMargin(MARGIN)
        self._selection = selection
        self._loaded = LoadedDocuments()
        self._shown: int | None = None  # document index on screen
        self._positions = TextPositions("")
        self._clicked = False
        # The shown text and the dates and headings marked in it; how much of it is in the view.
        self._text, self._timexes, self._headings, self._filled = "", (), (), 0
        self._piece = FILL_CHARS  # how much goes in on the next turn
        self._event_marks: list[QTextEdit.ExtraSelection] = []  # the current event's sentence, date, anchor
        self._short = False  # the marks near the screen wanted text not in the view yet
        self._centring = False  # the view scrolls to the current event, which is marked after
        self._find: re.Pattern[str] | None = None  # Find's text, any case; None when Find is off
        self._filler = QTimer(self)
        self._filler.setInterval(0)
        self._filler.timeout.connect(self._fill_more)
        selection.current_changed.connect(self._follow)
        self.verticalScrollBar().valueChanged.connect(self._remark)

    @property
    def positions(self) -> TextPositions:
        return self._positions

    @property
    def shown_document(self) -> int | None:
        return self._shown

    @property
    def filling(self) -> bool:
        """Is part of a long text still to go into the view?"""
        return self._filled < len(self._text)

    def set_documents(self, loaded: LoadedDocuments) -> None:
        self._loaded = loaded
        self._shown = None
        self._show_document(0 if loaded.documents else None)
        self._follow(self._selection.current)

    def show_text(self, text: str) -> None:
        """A document's text ahead of its analysis, unmarked: ``set_documents`` brings its
        dates and keeps the text as it is."""
        self._loaded, self._shown = LoadedDocuments(), None
        self._show_text(text, (), ())

    def _show_document(self, index: int | None) -> None:
        if index == self._shown and index is not None:
            return
        self._shown = index
        doc: Document | None = self._loaded.documents[index] if index is not None else None
        self._show_text(doc.text if doc else "", doc.timexes if doc else (), doc.headings if doc else ())

    def _show_text(self, text: str, timexes: Sequence[Timex], headings: Sequence[Heading]) -> None:
        if text is self._text and timexes is self._timexes and headings is self._headings:
            return  # the same document again (an edit elsewhere, its undo): in the view, or going in
        same_text, before = text == self._text and not self.filling, self._headings
        self._text, self._timexes, self._headings = text, timexes, headings
        if same_text and 0 < len(text) <= FILL_CHARS:  # shown ahead of its dates: only mark them (a few ms)
            from viewer.ui.text_marks import heading_format, mark_headings

            mark_headings(self.document(), before, self._positions, None)  # perhaps other ones than before
            mark_headings(self.document(), headings, self._positions, heading_format(self.document().defaultFont()))
            self._set_marks([])
            return
        self._filled, self._piece, self._event_marks = 0, FILL_CHARS, []
        self.setExtraSelections([])
        self.setPlainText("")
        self._positions = TextPositions("")
        if len(text) <= FILL_CHARS:
            self._filler.stop()
            self._fill_more()
        else:
            self._filler.start()  # on the next turn of the event loop: the other views show first

    def _fill_more(self) -> None:
        """Put the next piece of the text in the view, and mark the headings in it (the dates near
        the screen are marked as it scrolls: ``_set_marks``)."""
        from viewer.ui.text_marks import append, heading_format, mark_headings

        began = time.perf_counter()
        if self._filled == 0:
            self._positions = self._loaded.positions(self._shown) if self._loaded.documents else None
            if self._positions is None or self._positions.length != len(self._text):  # a text shown ahead
                self._positions = TextPositions(self._text)
        text, start = self._text, self._filled
        end = _cut(text, start + self._piece)
        layout = self.document().documentLayout()
        quiet = start > 0  # the first piece fills the screen: the next ones go in below it
        if quiet:  # no repaint of the text on screen for each (the scroll bar is told the new length)
            layout.blockSignals(True)
        append(self.document(), text[start:end])  # never HTML: "<b>" in a document stays "<b>"
        h0, h1 = (bisect_right(self._headings, at, key=_end) for at in (start, end))  # those that end in it
        if h1 > h0:
            document = self.document()
            mark_headings(document, self._headings[h0:h1], self._positions, heading_format(document.defaultFont()))
        if quiet:
            layout.blockSignals(False)
            layout.documentSizeChanged.emit(layout.documentSize())
        self._filled = end
        if not self.filling:
            self._filler.stop()
            self.viewport().update()
            self._follow(self._selection.current)  # and the marks near the screen
            self.filled.emit()
        else:  # as much as goes in in TURN_S next time
            if start == 0 or self._short:  # the text on screen, or near it, is in now
                self._set_marks([])
            took = max(time.perf_counter() - began, 1e-4)
            self._piece = int(min(max(self._piece * TURN_S / took, PIECE_CHARS[0]), PIECE_CHARS[1]))

    def _follow(self, index: int) -> None:
        from viewer.core.kinds import INFERRED  # both in by the time there are events to follow
        from viewer.ui.text_marks import anchor_format, cursor_at, date_format, sentence_format

        if not 0 <= index < len(self._loaded):
            self._set_marks([])
            return
        d, e = self._loaded.locate(index)
        self._show_document(d)
        if self.filling:
            self._set_marks([])  # the event's marked once the whole text is in
            return
        doc = self._loaded.documents[d]
        event = doc.events[e]
        palette = self.palette()
        marks = [self._mark(event.sentence.start, event.sentence.end, sentence_format(palette))]
        if event.timex is not None:
            t = doc.timexes[event.timex]
            marks.append(self._mark(t.start, t.end, date_format(palette)))
        if event.dating == INFERRED and event.anchor is not None:
            t = doc.timexes[event.anchor]
            marks.append(self._mark(t.start, t.end, anchor_format()))
        if not self._clicked:
            self._centring = True  # marked once, where it ends
            try:
                self.setTextCursor(cursor_at(self.document(), self._positions.to_qt(event.sentence.start)))
                self.centerCursor()
            finally:
                self._centring = False
        self._set_marks(marks)

    # -- Find's text --------------------------------------------------------------------

    def mark_occurrences(self, text: str) -> None:
        """Mark every place ``text`` occurs (any case), as editors do; "" clears the marks."""
        pattern = re.compile(re.escape(text), re.IGNORECASE) if text else None
        if pattern != self._find:
            self._find = pattern
            self._remark()

    def occurrences(self) -> list[tuple[int, int]]:
        """The Python spans of every place Find's text occurs in the document shown."""
        if self._find is None:
            return []
        return [m.span() for m in self._find.finditer(self._text)]

    def _set_marks(self, event_marks: list[QTextEdit.ExtraSelection]) -> None:
        """The marks, each over the ones before: the dates near the screen faintly, the current
        event's sentence, date and anchor, Find's text near the screen."""
        self._event_marks = event_marks
        if not self._text:
            self.setExtraSelections(event_marks)
            return
        from PySide6.QtCore import QPoint

        from viewer.ui.text_marks import date_marks, faint_format, find_format

        viewport, to_python = self.viewport(), self._positions.to_python
        first = to_python(self.cursorForPosition(QPoint(0, 0)).position())
        last = to_python(self.cursorForPosition(QPoint(viewport.width(), viewport.height())).position())
        margin = MARGIN_SCREENS * max(last - first, 1000)
        first, last = max(0, first - margin), last + margin
        self._short = last > self._filled
        marks = date_marks(self.document(), self._timexes, self._positions, first, last, self._filled,
                           faint_format(self.palette())) + event_marks
        if self._find is not None and not self.filling:
            fmt = find_format()
            marks += [self._mark(m.start(), m.end(), fmt) for m in self._find.finditer(self._text, first, last)]
        self.setExtraSelections(marks)

    def _remark(self) -> None:
        if not self._centring:
            self._set_marks(self._event_marks)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._remark()

    def _mark(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        from viewer.ui.text_marks import mark

        return mark(self.document(), self._positions.to_qt(start), self._positions.to_qt(end), fmt)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._text:  # dark mode: retint
            self._follow(self._selection.current)

    # -- a new event from the passage selected --------------------------------------------

    def selected_span(self) -> tuple[int, int, int] | None:
        """(document index, start, end) of the passage selected, its outer spaces left out; None."""
        cursor = self.textCursor()
        if self._shown is None or not cursor.hasSelection() or self.filling:
            return None
        start = self._positions.to_python(cursor.selectionStart())
        end = self._positions.to_python(cursor.selectionEnd())
        passage = self._text[start:end]
        start, end = start + len(passage) - len(passage.lstrip()), start + len(passage.rstrip())
        return (self._shown, start, end) if end > start else None

    def context_menu(self):
        """The standard menu (Copy, Select All) with New Event from Selection… first."""
        menu = self.createStandardContextMenu()
        span = self.selected_span()
        action = menu.addAction("New Event from Selection…", lambda: self.new_event_requested.emit(*span))
        action.setEnabled(span is not None)
        menu.insertAction(menu.actions()[0], action)
        menu.insertSeparator(menu.actions()[1])
        return menu

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt override)
        from PySide6.QtCore import Qt

        menu = self.context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        super().mouseReleaseEvent(event)
        from PySide6.QtCore import Qt

        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        self.select_at(self.cursorForPosition(event.position().toPoint()).position())

    def select_at(self, position: int) -> None:
        """Select the event whose sentence holds Qt position ``position``."""
        if self._shown is None:
            return
        index = self._loaded.event_at_offset(self._shown, self._positions.to_python(position))
        if index >= 0:
            self._clicked = True
            try:
                self._selection.select(index)
            finally:
                self._clicked = False
