"""What the window and view tests share: opening files and waiting, and reading the highlights."""

from __future__ import annotations

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
