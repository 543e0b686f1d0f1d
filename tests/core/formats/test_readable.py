"""One way in: the format by suffix, the readers imported only when such a file is read."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from viewer.core.formats import format_of
from viewer.core.formats.readable import read_readable
from viewer.core.text.decoding import DocumentError, read_document

ROOT = Path(__file__).resolve().parents[3]
READERS = ("lxml", "pypdf", "docx", "markdown_it")


@pytest.mark.parametrize(("name", "kind"), [
    ("a.html", "html"), ("a.HTM", "html"), ("a.xhtml", "html"), ("a.md", "markdown"), ("a.markdown", "markdown"),
    ("a.docx", "docx"), ("a.PDF", "pdf"), ("a.txt", "text"), ("a", "text"), ("a.csv", "events"),
    ("a.json", "events"), ("a.pdf.txt", "text"),
])
def test_the_format_is_told_by_the_suffix(name, kind):
    assert format_of(name) == kind


def test_a_text_file_is_read_as_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("# Not markdown\n", encoding="utf-8")
    readable = read_readable(path)
    assert (readable.text, readable.format, readable.headings, readable.page_date) == ("# Not markdown\n", "text",
                                                                                         (), None)


def test_a_missing_or_too_big_document_says_so(tmp_path):
    with pytest.raises(DocumentError, match="no such file"):
        read_readable(tmp_path / "gone.pdf")
    big = tmp_path / "big.html"
    big.write_text("<p>" + "x" * 2000 + "</p>", encoding="utf-8")
    with pytest.raises(DocumentError, match="the largest supported"):
        read_readable(big, max_bytes=1000)


@pytest.mark.parametrize(("data", "said"), [
    (b"%PDF-1.7\n\0\0binary", "a PDF document, not text (named .pdf it is read)"),
    (b"PK\x03\x04\0\0\0\0", "a zip archive (a Word file?), not text"),
])
def test_a_pdf_or_word_file_under_a_text_name_is_told(tmp_path, data, said):
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    with pytest.raises(DocumentError, match=re.escape("this is a binary file: " + said)):
        read_document(path)


@pytest.mark.slow
def test_opening_a_text_file_imports_no_format_reader(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("On 3 May 1915 the siege began.", encoding="utf-8")
    code = (f"import sys; from viewer.core.opening import open_document; open_document({str(path)!r}); "
            f"from viewer.core.exchange.export import documents_json_obj; "
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {READERS!r}))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
