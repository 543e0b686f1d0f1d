"""How the source view marks a document's dates: the faint highlight of the expressions near
the screen, its headings as headings, and the selected sentence with its date and anchor; and
where Find's text occurs.

Apart from the view because a start shows the text before it has dates: these Qt classes
(text formats, cursors) cost the first user a few ms, paid once the dates come in.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from operator import attrgetter
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat, QTextCursor, QTextLayout
from PySide6.QtWidgets import QTextEdit

from viewer.ui.text_positions import TextPositions

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

    from viewer.core.text.headings import Heading
    from viewer.core.timex.finding import Timex

_start, _end = attrgetter("start"), attrgetter("end")


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


_BREAK = re.compile("[\r\n\u2029]")  # where a Qt block ends ("\r\n" is one)


def date_marks(document: QTextDocument, timexes: Sequence[Timex], positions: TextPositions,
               first: int, last: int, filled: int, fmt: QTextCharFormat) -> list[QTextEdit.ExtraSelection]:
    """The faint marks (``fmt``) of the date expressions that meet Python offsets ``first`` to
    ``last`` and end by ``filled`` (the text in the view), as extra selections: found by bisecting
    ``timexes`` (in reading order), so that scrolling a long text costs what is near the screen,
    not the document. An expression over a line break is marked in each block it is in, the
    break left out."""
    to_qt = positions.to_qt
    stop = min(bisect_left(timexes, last, key=_start), bisect_right(timexes, filled, key=_end))
    marks = []
    for t in timexes[bisect_right(timexes, first, key=_end):stop]:
        start, end = to_qt(t.start), to_qt(t.end)
        if _BREAK.search(t.text) is None:
            marks.append(mark(document, start, end, fmt))
            continue
        block = document.findBlock(start)
        while block.isValid() and block.position() < end:
            upto = min(end, block.position() + block.length() - 1)  # its line break's position
            if upto > start:
                marks.append(mark(document, start, upto, fmt))
            block = block.next()
            start = block.position()
    return marks


def mark_headings(document: QTextDocument, headings: Sequence[Heading], positions: TextPositions,
                  fmt: QTextCharFormat | None) -> None:
    """Show the blocks the headings start in as headings (``fmt``; None: as text again).

    Formats of the blocks' layouts, as a QSyntaxHighlighter sets them: a heading's larger letters
    change the layout, which an extra selection cannot. A block Qt has laid out already is
    laid out again.
    """
    for h in headings:
        block = document.findBlock(positions.to_qt(h.start))
        layout = block.layout()
        if fmt is None:
            layout.clearFormats()
        else:
            heading = QTextLayout.FormatRange()
            heading.start, heading.length, heading.format = 0, block.length() - 1, fmt
            layout.setFormats([heading])
        if layout.lineCount():
            document.markContentsDirty(block.position(), block.length())
