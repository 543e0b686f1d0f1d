"""What the window and view tests share: opening files and waiting, and reading the highlights."""

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


def highlighted(source) -> tuple[int, int]:
    """The Python offsets of the source view's sentence highlight."""
    return python_span(source, source.extraSelections()[0])


def highlighted_text(source) -> str:
    """The source view's sentence highlight, as QTextCursor.selectedText() gives it."""
    mark = source.extraSelections()[0]  # held: the cursor lives as long as its selection
    return mark.cursor.selectedText()


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
