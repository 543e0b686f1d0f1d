"""`extract` on web pages, Markdown, Word and PDF files: the format said, the readable text printed."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.formats.makers import article_page, make_docx, make_pdf
from viewer.cli import main

ROOT = Path(__file__).resolve().parents[1]


def extract(capsys, *args):
    status = main(["extract", *map(str, args)])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def documents(tmp_path, qapp):
    page = tmp_path / "siege.html"
    page.write_text(article_page(), encoding="utf-8")
    note = tmp_path / "siege.md"
    note.write_text("# The siege\n\nThe **siege** began on *8 September 1941*.\n", encoding="utf-8")
    text = tmp_path / "siege.txt"
    text.write_text("The siege began on 8 September 1941.\n", encoding="utf-8")
    pdf = make_pdf(tmp_path / "siege.pdf", [["The siege began on 8 September 1941."]], numbers=True)
    return [page, note, make_docx(tmp_path / "siege.docx"), pdf, text]


def test_each_document_says_its_format_and_its_offsets_index_the_printed_text(capsys, documents):
    status, out, err = extract(capsys, *documents)
    assert (status, err) == (0, "")
    docs = json.loads(out)["documents"]
    assert [d["format"] for d in docs] == ["html", "markdown", "docx", "pdf", "text"]
    for path, doc in zip(documents, docs, strict=True):
        status, text, err = extract(capsys, "--text", path)
        assert (status, err) == (0, "")
        assert doc["timexes"], path
        for t in doc["timexes"]:
            assert text[t["start"]:t["end"]] == t["text"]
        for e in doc["events"]:
            sentence = text[e["sentence"]["start"]:e["sentence"]["end"]]
            assert re.sub(r"\[\d+\]", "", sentence) == e["title"]  # a title without its citation marks
        assert "8 September 1941" in text and "<" not in text and "**" not in text


def test_text_of_several_files_is_headed_by_their_names(capsys, documents):
    status, out, err = extract(capsys, "--text", documents[1], documents[4])
    assert (status, err) == (0, "")
    assert out == (f"==> {documents[1]} <==\nThe siege\n\nThe siege began on 8 September 1941.\n"
                   f"==> {documents[4]} <==\nThe siege began on 8 September 1941.\n")


def test_a_broken_document_gives_one_line_and_the_others_are_read(capsys, tmp_path, documents):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(documents[3].read_bytes()[:300])
    status, out, err = extract(capsys, broken, documents[4])
    assert status == 2
    assert err.strip().splitlines() == [f"timeline-viewer: {broken}: this PDF is truncated (it does not end as a "
                                        "PDF ends)"]
    assert [d["format"] for d in json.loads(out)["documents"]] == ["text"]


@pytest.mark.slow
def test_extract_of_a_pdf_never_imports_qt(documents):
    code = ("import sys; from viewer.cli import main; main(['extract', sys.argv[1]]); "
            "print([m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')], "
            "file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code, str(documents[3])], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "[]"
    assert json.loads(result.stdout)["documents"][0]["format"] == "pdf"
