"""The same article as .txt, .html, .md, .docx and .pdf: does each give the plain text's expressions?

usage: python benchmarks/formats_agreement.py [DEV_DIR] [--articles 01_WW2 03_AmCivWar 10_PunicWars]

Each article's .txt is written, in a temporary folder, as a web page (<h2> for its headings, <p>
for its paragraphs, inside a page with navigation, a script and a footer), as Markdown (## and
escaped text), as a Word file (python-docx, "Heading 2" style) and as a PDF (Qt's QPdfWriter,
A4, its page numbers in the footer). Each is read as the window and `extract` read it
(``viewer.core.opening.open_document``), and the table gives, per article and format, the share
of the plain text's expressions found with the same text and value (a multiset: each found
once for each time the plain text has it). Target: at least 95% each (issue 17, Must show 2).
"""

from __future__ import annotations

import argparse
import html
import os
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout, not an installed copy
from viewer.core.opening import open_document  # noqa: E402
from viewer.core.text.headings import find_headings  # noqa: E402

DEFAULT_DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "wikiwars-dev"
DEFAULT_ARTICLES = ("01_WW2", "03_AmCivWar", "10_PunicWars")
FORMATS = ("html", "md", "docx", "pdf")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
_MD_LIST = re.compile(r"^(\d+)([.)])(\s)|^([-+>=])")


def blocks(text: str) -> list[tuple[bool, str]]:
    """The article's paragraphs in order, each (a heading?, its text)."""
    heads = {(h.start, h.end) for h in find_headings(text)}
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped[0])
            out.append(((start, start + len(stripped)) in heads, stripped))
        pos += len(line)
    return out


def write_html(parts: list[tuple[bool, str]], path: Path) -> None:
    body = "\n".join(f"<h2>{html.escape(t)}<span class=\"mw-editsection\">[edit]</span></h2>" if h
                     else f"<p>{html.escape(t)}</p>" for h, t in parts)
    path.write_text(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Article</title>"
        "<script>var built = '12 March 2013';</script><style>p { margin: 0 }</style></head><body>"
        "<nav><a href=\"/\">Main page</a> Updated 4 May 2019</nav><main><h1>Article</h1>\n"
        f"{body}\n<h2>References</h2><ol class=\"references\"><li>Smith (1999), p. 3.</li></ol></main>"
        "<footer>Last edited on 1 June 2020</footer></body></html>", encoding="utf-8")


def write_markdown(parts: list[tuple[bool, str]], path: Path) -> None:
    def escaped(text: str) -> str:
        text = _MD_SPECIAL.sub(r"\\\1", text)
        return _MD_LIST.sub(lambda m: f"{m[1]}\\{m[2]}{m[3]}" if m[1] else f"\\{m[4]}", text)

    path.write_text("\n\n".join(("## " if h else "") + escaped(t) for h, t in parts) + "\n", encoding="utf-8")


def write_docx(parts: list[tuple[bool, str]], path: Path) -> None:
    import docx

    word = docx.Document()
    for heading, text in parts:
        word.add_heading(text, 2) if heading else word.add_paragraph(text)
    word.save(str(path))


def write_pdf(parts: list[tuple[bool, str]], path: Path) -> None:
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    doc = QTextDocument()
    doc.setHtml("".join(f"<h2>{html.escape(t)}</h2>" if h else f"<p>{html.escape(t)}</p>" for h, t in parts))
    doc.print_(writer)  # numbers its pages at their foot


WRITERS = {"html": write_html, "md": write_markdown, "docx": write_docx, "pdf": write_pdf}


def expressions(path: Path) -> Counter[tuple[str, str | None]]:
    doc = open_document(path)
    for t in doc.timexes:  # every offset indexes the readable text
        assert doc.text[t.start:t.end] == t.text, (path, t)
    return Counter((" ".join(t.text.split()), t.value) for t in doc.timexes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dev", nargs="?", type=Path, default=DEFAULT_DEV)
    parser.add_argument("--articles", nargs="+", default=list(DEFAULT_ARTICLES))
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QPdfWriter's fonts need it
    worst = 1.0
    print(f"{'article':<16}{'plain':>7}" + "".join(f"{f:>9}" for f in FORMATS) + "   read time (s) " +
          " ".join(FORMATS))
    with tempfile.TemporaryDirectory() as folder:
        for name in args.articles:
            source = args.dev / f"{name}.txt"
            plain = expressions(source)
            total = sum(plain.values())
            parts = blocks(source.read_text(encoding="utf-8"))
            shares, times = [], []
            for fmt in FORMATS:
                target = Path(folder) / f"{name}.{fmt}"
                WRITERS[fmt](parts, target)
                t0 = time.perf_counter()
                found = expressions(target)
                times.append(time.perf_counter() - t0)
                share = sum((plain & found).values()) / total if total else 1.0
                shares.append(share)
                worst = min(worst, share)
            print(f"{name:<16}{total:>7}" + "".join(f"{s:>9.1%}" for s in shares) + "   " +
                  " ".join(f"{t:.2f}" for t in times))
    print(f"lowest: {worst:.1%} (target 95%)")
    return 0 if worst >= 0.95 else 1


if __name__ == "__main__":
    sys.exit(main())
