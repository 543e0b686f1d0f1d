"""What the window and view tests share: opening files and waiting, and reading the highlights
(the source view's marks)."""

from __future__ import annotations

import os
import pickle
from pathlib import Path


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def open_and_wait(window, qtbot, *paths) -> None:
    with qtbot.waitSignal(window.loading_finished, timeout=10_000):
        window.open_paths(paths)


def flat_index_of(window, opening: str) -> int:
    """The flat index of the event whose sentence starts with ``opening``."""
    loaded = window.session.loaded
    for i in range(len(loaded)):
        doc, event = loaded.document_of(i), loaded.event(i)
        if doc.text[event.sentence.start:event.sentence.end].startswith(opening):
            return i
    raise LookupError(opening)


def python_span(source, mark) -> tuple[int, int]:
    """The Python offsets of one of the source view's marks (its extra selections)."""
    positions = source.positions
    return positions.to_python(mark.cursor.selectionStart()), positions.to_python(mark.cursor.selectionEnd())


def _colour(mark):
    return mark.format.background().color()


def faint_marks(source) -> list:
    """The source view's faint marks of the dates (its extra selections in their colour)."""
    from viewer.ui.text_marks import faint_format

    faint = faint_format(source.palette()).background().color()
    return [m for m in source.extraSelections() if _colour(m) == faint]


def event_marks(source) -> list:
    """The source view's marks of the current event: its sentence, date and anchor (its extra
    selections neither in the dates' faint colour nor in Find's)."""
    from viewer.ui.text_marks import faint_format, find_format

    others = (faint_format(source.palette()).background().color(), find_format().background().color())
    return [m for m in source.extraSelections() if _colour(m) not in others]


def highlighted(source) -> tuple[int, int]:
    """The Python offsets of the source view's sentence highlight."""
    return python_span(source, event_marks(source)[0])


def highlighted_text(source) -> str:
    """The source view's sentence highlight, as QTextCursor.selectedText() gives it."""
    mark = event_marks(source)[0]  # held: the cursor lives as long as its selection
    return mark.cursor.selectedText()


def qt_spans(marks) -> set[tuple[int, int]]:
    """The Qt positions each mark runs from and to."""
    return {(m.cursor.selectionStart(), m.cursor.selectionEnd()) for m in marks}


def on_screen(source) -> tuple[int, int]:
    """The Qt positions from the first block any of which is on screen to the end of the last."""
    height, offset = source.viewport().height(), source.contentOffset()
    block = first = source.firstVisibleBlock()
    last = block
    while block.isValid() and source.blockBoundingGeometry(block).translated(offset).top() < height:
        last, block = block, block.next()
    return first.position(), last.position() + last.length() - 1


def date_pieces(source, doc) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """The Qt span of each date expression of ``doc`` in ``source`` (all of it: a long text goes
    in piece by piece), and the pieces of it in each block (an expression over a line break is in
    two; the break in neither)."""
    document, positions = source.document(), source.positions
    out = {}
    for t in doc.timexes:
        start, end = positions.to_qt(t.start), positions.to_qt(t.end)
        if end >= document.characterCount():
            break
        pieces, block = [], document.findBlock(start)
        while block.isValid() and block.position() < end:
            a, b = max(start, block.position()), min(end, block.position() + block.length() - 1)
            if b > a:
                pieces.append((a, b))
            block = block.next()
        out[start, end] = pieces
    return out


def assert_dates_on_screen_marked(source, doc) -> int:
    """Every date expression with a character on screen is marked faintly, exactly (the line
    breaks in one left out); nothing else is. The number of marks."""
    marks = faint_marks(source)
    spans = qt_spans(marks)
    assert len(spans) == len(marks)  # each once
    pieces = date_pieces(source, doc)
    assert spans <= {p for ps in pieces.values() for p in ps}  # marks only dates, never a line break
    first, last = on_screen(source)
    shown = [p for (start, end), ps in pieces.items() if start < last and end > first for p in ps]
    assert shown and set(shown) <= spans, sorted(set(shown) - spans)[:5]
    return len(marks)


def tool_tip_shown(tip: str) -> str:
    """What a tool tip shows: Qt reads it as rich text when ``Qt.mightBeRichText`` says so."""
    from PySide6.QtGui import Qt, QTextDocument

    if not Qt.mightBeRichText(tip):
        return tip
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


class MakesDirectory:
    """Unpickled, it makes a directory: the harm a settings file could do, made visible."""

    def __init__(self, path) -> None:
        self.path = str(path)

    def __reduce__(self):
        return os.mkdir, (self.path,)


def pickled_variant(obj) -> str:
    """``obj`` as PySide6 stores a Python object in an INI settings file: "@Variant(...)" holding
    a QVariant of type PySide::PyObjectWrapper, which holds the pickle; every byte escaped."""
    name, data = b"PySide::PyObjectWrapper\0", pickle.dumps(obj)
    variant = b"".join(((127).to_bytes(4, "big"),  # QMetaType::User: a type named next
                        len(name).to_bytes(4, "big"), name, len(data).to_bytes(4, "big"), data))
    return "@Variant(" + "".join(f"\\x{byte:02x}" for byte in variant) + ")"
