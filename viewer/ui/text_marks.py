"""How the source view marks a document's dates: the faint highlight of every expression,
its headings as headings, and the selected sentence with its date and anchor; and where Find's
text occurs.

Apart from the view because a start shows the text before it has dates: these Qt classes
(text formats, cursors) cost the first user a few ms, paid once the dates come in.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from operator import attrgetter
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont, QPalette, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from viewer.ui.text_positions import TextPositions

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

    from viewer.core.text.headings import Heading
    from viewer.core.timex.finding import Timex

_end = attrgetter("end")


def _tint(palette: QPalette, role: QPalette.ColorRole, alpha: int) -> QColor:
    colour = QColor(palette.color(role))
    colour.setAlpha(alpha)
    return colour


def faint_format(palette: QPalette) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(_tint(palette, QPalette.ColorRole.Highlight, 40))
    return fmt


def sentence_format(palette: QPalette) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(_tint(palette, QPalette.ColorRole.Highlight, 75))
    return fmt


def date_format(palette: QPalette) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(_tint(palette, QPalette.ColorRole.Highlight, 170))
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontUnderline(True)
    return fmt


def anchor_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(255, 170, 0, 130))  # amber reads on light and dark bases
    fmt.setFontUnderline(True)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
    return fmt


def find_format() -> QTextCharFormat:
    """Find's marks: green, apart from the dates' blue and the anchors' amber; dark text,
    so that they read on a dark base too."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(120, 225, 120))
    fmt.setForeground(QColor(0, 0, 0))
    return fmt


def cursor_at(document: QTextDocument, position: int) -> QTextCursor:
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    return cursor


def mark(document: QTextDocument, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
    """An extra selection over Qt positions ``start`` to ``end``."""
    cursor = cursor_at(document, start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    selection = QTextEdit.ExtraSelection()
    selection.cursor, selection.format = cursor, fmt
    return selection


def append(document: QTextDocument, text: str) -> None:
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(text)


def heading_format(base: QFont) -> QTextCharFormat:
    """A heading's letters: bold, a size larger than the text's."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontPointSize((base.pointSizeF() if base.pointSizeF() > 0 else 10.0) * 1.2)
    return fmt


class TimexHighlighter(QSyntaxHighlighter):
    """Marks every date expression faintly, and the headings as headings, block by block as Qt lays them out.

    Spans stay in Python offsets and are mapped to Qt positions block by block:
    mapping all 30,000 of a 10 MB document at once takes 30 ms.
    """

    def __init__(self, document: QTextDocument, fmt: QTextCharFormat) -> None:
        super().__init__(document)
        self._timexes: Sequence[Timex] = []  # in reading order: starts and ends both sorted
        self._headings: Sequence[Heading] = []  # in reading order
        self._positions = TextPositions("")
        self._format = fmt
        self._heading_format = heading_format(document.defaultFont())

    def set_timexes(self, timexes: Sequence[Timex], positions: TextPositions,
                    headings: Sequence[Heading] = ()) -> None:
        """The expressions themselves, not a list of their spans: a 10 MB document has 300,000,
        and copying their offsets out took 30 ms of the GUI thread."""
        self._timexes, self._positions, self._headings = timexes, positions, headings
        self.rehighlight()

    def set_format(self, fmt: QTextCharFormat) -> None:
        self._format = fmt
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        block = self.currentBlock()
        first, last = block.position(), block.position() + block.length()
        heading = self._heading_in(first, last)
        if heading is not None:  # a heading is a line, a block of its own: the whole block
            self.setFormat(0, len(text), self._heading_format)
        timexes = self._timexes
        k = bisect_left(timexes, self._positions.to_python(first) + 1, key=_end)
        while k < len(timexes):
            start, end = self._positions.to_qt(timexes[k].start), self._positions.to_qt(timexes[k].end)
            if start >= last:
                break
            fmt = self._format
            if heading is not None:  # a date in a heading ("1918"): marked, and a heading still
                fmt = QTextCharFormat(self._heading_format)
                fmt.merge(self._format)
            self.setFormat(max(start, first) - first, min(end, last) - max(start, first), fmt)
            k += 1

    def _heading_in(self, first: int, last: int) -> Heading | None:
        """The heading that starts in the block from Qt position ``first`` to ``last``, if any."""
        headings = self._headings
        if not headings:
            return None
        start = self._positions.to_python(first)
        k = bisect_left(headings, start, key=attrgetter("start"))
        if k < len(headings) and self._positions.to_qt(headings[k].start) < last:
            return headings[k]
        return None
