"""How the source view marks a document's dates: the faint highlight of every expression,
its headings as headings, and the selected sentence with its date and anchor; and where Find's
text occurs.

Apart from the view because a start shows the text before it has dates: these Qt classes
(text formats, cursors) cost the first user a few ms, paid once the dates come in.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat, QTextCursor, QTextLayout
from PySide6.QtWidgets import QTextEdit

from viewer.ui.text_positions import TextPositions

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

    from viewer.core.text.headings import Heading
    from viewer.core.timex.finding import Timex


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


def _range(start: int, length: int, fmt: QTextCharFormat) -> QTextLayout.FormatRange:
    r = QTextLayout.FormatRange()
    r.start, r.length, r.format = start, length, fmt
    return r


# Ranges made by ``mark_dates``, kept for the next blocks that need the same one (Qt copies
# a range it is given): lines alike have their dates at the same places.
_RANGES_KEPT = 4096


def mark_dates(document: QTextDocument, timexes: Sequence[Timex], positions: TextPositions,
               headings: Sequence[Heading], fmt: QTextCharFormat, heading: QTextCharFormat, since: int = 0) -> None:
    """Mark every date expression faintly (``fmt``), and the headings as headings (``heading``):
    the formats of the blocks that hold them, as a QSyntaxHighlighter sets them, in one pass.

    Only the blocks with something to mark are visited: a highlighter calls Python for every
    line of the text (60,000 in a 10 MB narrative), and again after each piece added. Blocks
    Qt has not laid out yet (a piece just put in) show them when painted; for those on screen,
    ``relayout`` after. ``timexes`` and ``headings`` are in reading order. A block that starts
    before Qt position ``since`` keeps the marks it has (the text goes in piece by piece: see
    SourceView).
    """
    to_qt, same = positions.to_qt, positions.same
    # The block a heading starts in is a heading throughout (a heading is a line of its own);
    # a date in it is both.
    heads = {document.findBlock(to_qt(h.start)).position() for h in headings}
    in_heading = QTextCharFormat(heading)
    in_heading.merge(fmt)
    kept: dict[int, QTextLayout.FormatRange] = {}  # by start, length and heading or not, as one number
    layout, first, end, ranges, head = None, 0, -1, [], 0  # the block being marked, from ``first`` to ``end``
    for t in timexes:
        if same:
            start, stop = t.start, t.end
        else:
            start, stop = to_qt(t.start), to_qt(t.end)
        while stop > start:  # an expression over a line break is marked in both blocks
            if start > end or start < first:
                if layout is not None:
                    layout.setFormats(ranges)
                block = document.findBlock(start)
                first, layout, head = block.position(), block.layout(), 0
                end = first + block.length() - 1  # its line break's position
                ranges = layout.formats() if first < since else []
                if first in heads:
                    heads.discard(first)
                    ranges.append(_range(0, end - first, heading))
                    head = 1
            a = start if start > first else first
            b = stop if stop < end else end
            if b > a:
                key = ((a - first) << 32 | (b - a)) << 1 | head
                r = kept.get(key)
                if r is None:
                    if len(kept) >= _RANGES_KEPT:
                        kept.clear()
                    r = kept[key] = _range(a - first, b - a, in_heading if head else fmt)
                ranges.append(r)
            start = end + 1
    if layout is not None:
        layout.setFormats(ranges)
    for first in heads:  # the headings without a date
        block = document.findBlock(first)
        block.layout().setFormats([_range(0, block.length() - 1, heading)])


def clear_marks(document: QTextDocument) -> None:
    """No block marked (``mark_dates``): visits every block."""
    block = document.begin()
    while block.isValid():
        block.layout().clearFormats()
        block = block.next()


def relayout(document: QTextDocument) -> None:
    """A shown document's formats changed (``mark_dates``): lay it out and paint it again."""
    document.markContentsDirty(0, document.characterCount())
