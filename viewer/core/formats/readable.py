"""One way in: any document file as a Readable (its text, headings, format and page date).

The format is told by the file's suffix (``viewer.core.formats.format_of``); each format's
reader is imported only when such a file is read, so plain text and the window's start never
load lxml, pypdf or python-docx.
"""

from __future__ import annotations

import os

from viewer.core.formats import DOCX, HTML, MARKDOWN, PDF, format_of
from viewer.core.formats.building import Readable
from viewer.core.progress import Progress
from viewer.core.text.decoding import DEFAULT_MAX_BYTES, read_document

__all__ = ["PAGE_METADATA", "Readable", "read_readable"]

# Where a page's date came from, as Document.document_date_source says it.
PAGE_METADATA = "the page's metadata"


def read_readable(path: str | os.PathLike[str], max_bytes: int | None = DEFAULT_MAX_BYTES,
                  progress: Progress | None = None, processes: int = 1) -> Readable:
    """Read any document file as text. Raises DocumentError with a one-line message.
    ``progress``: told the share of the file read, where that takes long (a web page, Markdown,
    a Word file, a PDF), and may raise ``Cancelled``; ``processes``: for a PDF's pages."""
    kind = format_of(path)
    if kind == HTML:
        from viewer.core.formats.html import read_html

        return read_html(path, max_bytes, progress)
    if kind == MARKDOWN:
        from viewer.core.formats.markdown import read_markdown

        return read_markdown(path, max_bytes, progress)
    if kind == DOCX:
        from viewer.core.formats.docx import read_docx

        return read_docx(path, max_bytes, progress)
    if kind == PDF:
        from viewer.core.formats.pdf import read_pdf

        return read_pdf(path, max_bytes, progress, processes)
    return Readable(read_document(path, max_bytes))
