"""The window on whatever is dropped on it: one clear message per bad file, the open
documents kept, exact highlights, and exports that never lose the previous file."""

from __future__ import annotations

import codecs
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.ui.helpers import event_marks, open_and_wait
from viewer.core.exchange import atomic_write

CRLF_TABS_EMOJI = ("\t😀 The canal froze over in 1871.\r\n"
                   "On 12 March the 𓀀 barges were stuck.\r\n"
                   "\r\n"
                   "\tTwo days later the ice broke, and\r\n"
                   "the 🎉 town cheered on 3 May.\r\n")
HTML = "<p>The <b>treaty</b> was signed on 3 May 1915.</p> <script>alert(1)</script>&amp; In 1916 it broke."
LATIN1 = "Le café du port ouvrit. On 3 May 1958 Señor Núñez paid ½ in 1959."

READABLE = {
    "latin1": (LATIN1.encode("latin-1"), LATIN1),
    "crlf_tabs_emoji": (CRLF_TABS_EMOJI.encode(), CRLF_TABS_EMOJI),
    "utf8_bom": (codecs.BOM_UTF8 + CRLF_TABS_EMOJI.encode(), CRLF_TABS_EMOJI),
    "utf16_bom": (codecs.BOM_UTF16_LE + CRLF_TABS_EMOJI.encode("utf-16-le"), CRLF_TABS_EMOJI),
    "html": (HTML.encode(), HTML),
}


def big_file(tmp_path: Path) -> Path:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(70 * 1024 * 1024)  # sparse: takes no disk, and must never be read
    return path


def bad_input(tmp_path: Path, kind: str) -> Path:
    if kind == "missing":
        return tmp_path / "absent.txt"
    if kind == "directory":
        (tmp_path / "folder").mkdir()
        return tmp_path / "folder"
    if kind == "too_big":
        return big_file(tmp_path)
    path = tmp_path / f"{kind}.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200) if kind == "binary" else b"The fort fell in 1871.")
    return path


# ------------------------------------------------------------------ refused: one message, nothing else changes

@pytest.mark.parametrize(("kind", "problem"), [
    ("missing", "no such file"),
    ("directory", "is a directory, not a file"),
    ("binary", "this is a binary file, not text"),
    ("too_big", "the file is 70.0 MB; the largest supported is 64 MB"),
])
def test_a_bad_file_gives_one_message_and_keeps_the_open_documents(window, qtbot, errors, tmp_path,
                                                                    kind, problem):
    before = (list(window.documents), len(window.loaded), window.selection.current)
    path = bad_input(tmp_path, kind)
    open_and_wait(window, qtbot, path)
    assert errors == [(str(path), f"Could not open {path}: {problem}")]
    assert (window.documents, len(window.loaded), window.selection.current) == before
    assert window.source.toPlainText()


def test_unreadable_file(window, qtbot, errors, tmp_path, deny_reading):
    path = bad_input(tmp_path, "locked")
    deny_reading(path)
    open_and_wait(window, qtbot, path)
    assert errors == [(str(path), f"Could not open {path}: permission denied")]
    assert len(window.documents) == 1


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_for_real(window, qtbot, errors, tmp_path):
    path = bad_input(tmp_path, "locked")
    path.chmod(0)
    try:
        open_and_wait(window, qtbot, path)
    finally:
        path.chmod(0o600)
    assert errors == [(str(path), f"Could not open {path}: permission denied")]


def test_a_file_over_the_limit_is_never_read(window, qtbot, errors, tmp_path, monkeypatch):
    path = big_file(tmp_path)
    opened = []
    real_open = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k))
    open_and_wait(window, qtbot, path)
    assert path not in opened
    assert "64 MB" in errors[0][1]


def test_good_and_bad_files_dropped_together(window, qtbot, errors, tmp_path):
    good = tmp_path / "good.txt"
    good.write_bytes(CRLF_TABS_EMOJI.encode())
    bad = [bad_input(tmp_path, kind) for kind in ("missing", "directory", "binary", "too_big")]
    open_and_wait(window, qtbot, bad[0], good, *bad[1:])
    assert [path for path, _ in errors] == list(map(str, bad))
    assert [d.path for d in window.documents][-1] == str(good)


def test_the_default_report_is_a_dialog_with_the_message(new_window, qtbot, tmp_path):
    window = new_window()
    open_and_wait(window, qtbot, tmp_path / "absent.txt")
    (box,) = window.findChildren(QMessageBox)
    assert box.text() == f"Could not open {tmp_path / 'absent.txt'}: no such file"
    box.close()


# ------------------------------------------------------------------ read: shown exactly as it is

def test_an_empty_file_is_a_document_without_events(window, qtbot, errors, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    events = len(window.loaded)
    open_and_wait(window, qtbot, path)
    assert errors == []
    assert window.documents[-1].path == str(path) and window.documents[-1].events == []
    assert len(window.loaded) == events


@pytest.mark.parametrize("name", READABLE)
def test_readable_input_is_shown_exactly(window, qtbot, errors, tmp_path, name):
    data, text = READABLE[name]
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    open_and_wait(window, qtbot, path)
    assert errors == []
    doc = window.documents[-1]
    assert doc.text == text
    window.selection.select(window.loaded.flat(len(window.documents) - 1, 0))
    shown = window.source.toPlainText()
    assert shown == text.replace("\r\n", "\n")  # Qt's one block break per line end; nothing else changes
    assert_highlights_exact(window, len(window.documents) - 1)


def test_html_is_shown_as_characters(window, qtbot, tmp_path):
    # Markup in a text file is shown as characters; a .html file is read as a web page (tests/core/formats).
    path = tmp_path / "page.txt"
    path.write_bytes(HTML.encode())
    open_and_wait(window, qtbot, path)
    window.selection.select(window.loaded.flat(1, 0))
    assert "<b>treaty</b>" in window.source.toPlainText()
    assert "<script>alert(1)</script>&amp;" in window.source.toPlainText()


# ------------------------------------------------------------------ highlights under CRLF, tabs, astral characters

def qt_position(text: str, offset: int) -> int:
    """Where Qt puts Python offset ``offset``, counted independently of TextPositions:
    UTF-16 units, with each CRLF one block break."""
    return len(text[:offset].replace("\r\n", "\n").encode("utf-16-le")) // 2


def as_qt_selection(text: str) -> str:
    """A slice of ``text`` as QTextCursor.selectedText() gives it."""
    return text.replace("\r\n", "\u2029").replace("\n", "\u2029").replace("\r", "\u2029")


def assert_highlights_exact(window, d: int):
    doc = window.documents[d]
    source = window.source
    for e, event in enumerate(doc.events):
        window.selection.select(window.loaded.flat(d, e))
        assert source.shown_document == d
        marks = event_marks(source)
        s = event.sentence
        cursor = marks[0].cursor
        assert (cursor.selectionStart(), cursor.selectionEnd()) == (qt_position(doc.text, s.start),
                                                                    qt_position(doc.text, s.end))
        assert (source.positions.to_python(cursor.selectionStart()),
                source.positions.to_python(cursor.selectionEnd())) == (s.start, s.end)
        assert cursor.selectedText() == as_qt_selection(doc.text[s.start:s.end])
        if event.timex is not None:
            t = doc.timexes[event.timex]
            assert marks[1].cursor.selectedText() == as_qt_selection(t.text)


def test_every_sentence_highlight_lands_exactly_under_crlf_tabs_and_astral_characters(window, qtbot, tmp_path):
    path = tmp_path / "tricky.txt"
    path.write_bytes(CRLF_TABS_EMOJI.encode())
    open_and_wait(window, qtbot, path)
    doc = window.documents[-1]
    assert len(doc.events) == 3 and "\r\n" in doc.text[doc.events[2].sentence.start:doc.events[2].sentence.end]
    assert_highlights_exact(window, len(window.documents) - 1)


# ------------------------------------------------------------------ exports: a failed write keeps the old file

def fail(*args, **kwargs):
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("kind", ["csv", "json", "png", "svg"])
@pytest.mark.parametrize("step", ["replace", "fsync"])
def test_a_failed_export_reports_and_keeps_the_previous_file(window, errors, tmp_path, monkeypatch, kind, step):
    window.show()
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / f"chronology.{kind}"
    target.write_bytes(b"the previous export")
    monkeypatch.setattr(atomic_write.os, step, fail)
    window.export(kind, target)
    assert errors == [(str(target), f"Could not save {target}: no space left on device; nothing there was changed")]
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temporary file left
    monkeypatch.undo()
    window.export(kind, target)
    assert target.read_bytes() != b"the previous export" and len(errors) == 1
