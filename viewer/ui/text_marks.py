"""How the source view marks a document's dates: the faint highlight of every expression,
and the selected sentence with its date and anchor; and where Find's text occurs.

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


class TimexHighlighter(QSyntaxHighlighter):
    """Marks every date expression faintly, block by block as Qt lays them out.

    Spans stay in Python offsets and are mapped to Qt positions block by block:
    mapping all 30,000 of a 10 MB document at once takes 30 ms.
    """

    def __init__(self, document: QTextDocument, fmt: QTextCharFormat) -> None:
        super().__init__(document)
        self._timexes: Sequence[Timex] = []  # in reading order: starts and ends both sorted
        self._positions = TextPositions("")
        self._format = fmt

    def set_timexes(self, timexes: Sequence[Timex], positions: TextPositions) -> None:
        """The expressions themselves, not a list of their spans: a 10 MB document has 300,000,
        and copying their offsets out took 30 ms of the GUI thread."""
        self._timexes, self._positions = timexes, positions
        self.rehighlight()

    def set_format(self, fmt: QTextCharFormat) -> None:
        self._format = fmt
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        block = self.currentBlock()
        first, last = block.position(), block.position() + block.length()
        timexes = self._timexes
        k = bisect_left(timexes, self._positions.to_python(first) + 1, key=_end)
        while k < len(timexes):
            start, end = self._positions.to_qt(timexes[k].start), self._positions.to_qt(timexes[k].end)
            if start >= last:
                break
            self.setFormat(max(start, first) - first, min(end, last) - max(start, first), self._format)
            k += 1
