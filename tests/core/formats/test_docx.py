"""Word files: paragraphs, headings by style, tables; a zip bomb and a damaged file refused."""

from __future__ import annotations

import zipfile

import pytest

from tests.core.formats.makers import make_docx, make_zip_bomb
from viewer.core.formats.docx import read_docx
from viewer.core.opening import open_document
from viewer.core.text.decoding import DocumentError


def test_paragraphs_headings_and_tables_in_order(tmp_path):
    readable = read_docx(make_docx(tmp_path / "siege.docx"))
    assert readable.format == "docx"
    assert readable.text == (
        "The siege of Leningrad\n\nThe siege began on 8 September 1941.\n\n"
        "November 1941 | The ice road opened.\n\nJanuary 1944 | The siege ended.\n\n"
        "Aftermath\n\nThe city was honoured in 1945.\n")
    assert [readable.text[s:e] for s, e in readable.headings] == ["The siege of Leningrad", "Aftermath"]
    assert readable.page_date is None  # a template's "created" is no day of writing


def test_its_events_and_offsets(tmp_path):
    doc = open_document(make_docx(tmp_path / "siege.docx"))
    assert [t.text for t in doc.timexes] == ["8 September 1941", "November 1941", "January 1944", "1945"]
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text
    assert [h.text for h in doc.headings] == ["The siege of Leningrad", "Aftermath"]


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    bomb = make_zip_bomb(tmp_path / "bomb.docx")
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(DocumentError, match=r"bomb\.docx: this Word file would unpack to 100 MB, more than the "
                                            r"64 MB limit \(a zip bomb\?\)$"):
        read_docx(bomb)


@pytest.mark.parametrize(("damage", "problem"), [
    ("truncated", "not a Word file (not a zip archive, or a truncated one)"),
    ("not a zip", "not a Word file"),
    ("no document", "is not a Word document"),
    ("encrypted", "encrypted or in the old .doc format"),
    ("bad xml", "damaged"),
])
def test_a_broken_word_file_gets_one_line(tmp_path, damage, problem):
    path = make_docx(tmp_path / "siege.docx")
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "not a zip":
        path.write_bytes(b"Just some text, named .docx.")
    elif damage == "encrypted":
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    else:
        with zipfile.ZipFile(path) as source, zipfile.ZipFile(tmp_path / "out.docx", "w") as out:
            for info in source.infolist():
                body = source.read(info)
                if info.filename == "word/document.xml":
                    if damage == "no document":
                        continue
                    body = body[:200]
                out.writestr(info, body)
        path = tmp_path / "out.docx"
    with pytest.raises(DocumentError) as caught:
        read_docx(path)
    message = str(caught.value)
    assert problem in message and "\n" not in message and message.startswith(str(path))


def test_a_long_word_file_tells_how_far_it_is_read_and_a_cancel_stops_it(tmp_path, opened_telling):
    import docx

    word = docx.Document()
    for n in range(1500):
        word.add_paragraph(f"Convoy {n} sailed on {n % 28 + 1} March 1942 and came home {n % 9 + 2} weeks later.")
    path = tmp_path / "convoys.docx"
    word.save(str(path))
    doc, shares, before_dates = opened_telling(path)
    assert len(doc.events) == 1500 and shares == sorted(shares) and shares[-1] == 1.0
    assert len([s for s in before_dates if s > 0]) >= 3  # the paragraphs' reading is told as it goes
    opened_telling.cancelled_at(path, 0.1)
