"""PDFs made with Qt's QPdfWriter: reading order, joined hyphens, no running lines; broken ones refused."""

from __future__ import annotations

import pytest

from tests.core.formats.makers import make_pdf
from viewer.core.formats.pdf import read_pdf
from viewer.core.opening import open_document
from viewer.core.text.decoding import DocumentError

PAGE_ONE = [
    "The siege of Leningrad began on 8 September 1941, when the",
    "German army cut the last road to the city. The city was be-",
    "sieged for 872 days.",
    "",
    "The ice road over Lake Ladoga opened in November 1941 and",
]
PAGE_TWO = [
    "carried food in. The German-",
    "Soviet front held until January 1944.",
    "",
    "The siege ended on 27 January 1944.",
]


def test_text_in_reading_order_with_hyphens_joined_and_running_lines_dropped(tmp_path, qt_gui):
    path = make_pdf(tmp_path / "siege.pdf", [PAGE_ONE, PAGE_TWO], header="History of the Siege - Chapter 3",
                    numbers=True, title="The Siege")
    readable = read_pdf(path)
    assert readable.format == "pdf"
    assert readable.text == (
        "The Siege\n\n"
        "The siege of Leningrad began on 8 September 1941, when the German army cut the last road to the "
        "city. The city was besieged for 872 days.\n\n"
        "The ice road over Lake Ladoga opened in November 1941 and carried food in. The German-Soviet front "
        "held until January 1944.\n\n"
        "The siege ended on 27 January 1944.\n")
    assert [readable.text[s:e] for s, e in readable.headings] == ["The Siege"]


def test_offsets_index_the_readable_text(tmp_path, qt_gui):
    doc = open_document(make_pdf(tmp_path / "siege.pdf", [PAGE_ONE, PAGE_TWO], numbers=True))
    assert [t.text for t in doc.timexes] == ["8 September 1941", "872 days", "November 1941", "January 1944",
                                             "27 January 1944"]
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text
    assert "Chapter" not in doc.text and "\n2\n" not in doc.text


def test_a_pdf_without_text_is_a_scan(tmp_path, qt_gui):
    path = make_pdf(tmp_path / "scan.pdf", [[], []], text=False)
    with pytest.raises(DocumentError, match=r"scan\.pdf: this PDF has no text layer \(a scan\?\)"):
        read_pdf(path)


def test_an_encrypted_pdf_is_refused_and_one_with_an_empty_password_read(tmp_path, qt_gui):
    from pypdf import PdfReader, PdfWriter

    plain = make_pdf(tmp_path / "plain.pdf", [PAGE_ONE])
    for name, password in (("locked.pdf", "secret"), ("open.pdf", "")):
        writer = PdfWriter(clone_from=PdfReader(plain))
        writer.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
        with open(tmp_path / name, "wb") as out:
            writer.write(out)
    with pytest.raises(DocumentError, match=r"locked\.pdf: this PDF is encrypted; it needs a password to be read$"):
        read_pdf(tmp_path / "locked.pdf")
    assert "8 September 1941" in read_pdf(tmp_path / "open.pdf").text


@pytest.mark.parametrize(("damage", "problem"), [
    ("truncated", "this PDF is truncated (it does not end as a PDF ends)"),
    ("corrupt", "this PDF is damaged and cannot be read"),
    ("not a pdf", "this is not a PDF file (it does not begin as one)"),
    ("empty", "this is not a PDF file (it does not begin as one)"),
])
def test_a_broken_pdf_gets_one_line(tmp_path, qt_gui, damage, problem):
    path = make_pdf(tmp_path / "siege.pdf", [PAGE_ONE])
    data = path.read_bytes()
    broken = {"truncated": data[: len(data) // 2],
              "corrupt": data[:9] + b"\x00garbage" * 200 + b"\n%%EOF\n",
              "not a pdf": b"Just text named .pdf\n%%EOF",
              "empty": b""}[damage]
    path.write_bytes(broken)
    with pytest.raises(DocumentError) as caught:
        read_pdf(path)
    assert str(caught.value) == f"{path}: {problem}"
