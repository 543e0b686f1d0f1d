"""Which reader opens which file: events files are imported, web pages, Markdown, Word and PDF
files are read by their format's reader (``formats.readable``), every other file as text.

Light on purpose: the window asks ``is_event_file`` before its first paint, and the
readers are imported only when a file is opened.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from viewer.core.document import Document, analyse
from viewer.core.formats import DOCX, HTML, MARKDOWN, PDF, TEXT, format_of
from viewer.core.gc_pause import collection_paused
from viewer.core.kinds import EVENT_FILE_SUFFIXES
from viewer.core.progress import Progress, paced
from viewer.core.text.decoding import read_document


def is_event_file(path: str | os.PathLike[str]) -> bool:
    """Whether ``open_document`` imports the file (by its suffix) rather than reading it as text."""
    return Path(path).suffix.lower() in EVENT_FILE_SUFFIXES


def open_document(path: str | Path, progress: Progress | None = None, document_date: str | None = None,
                  processes: int = 1) -> Document:
    """Decode and analyse a file, or import a file of events (.csv, .tsv, .json).

    An .html, .md, .docx or .pdf file is read as its readable text (``formats.readable``),
    which every offset of the document indexes.

    ``document_date`` (YYYY-MM-DD): the day a text was written, which its 'yesterday' and
    'last week' are told from (see ``analyse``); without it, the day is the page's own (a web
    page's publication metadata: "the page's metadata"), else looked for in the text's
    dateline and its file name (``Document.document_date_source`` says which). An events file
    has its dates already. ``processes`` above 1: the reading may share its work with forks of
    this process (see ``analyse``).

    Raises DocumentError with a one-line message.
    """
    if is_event_file(path):
        from viewer.core.exchange.event_files import read_event_file

        imported = read_event_file(path)
        return Document(str(path), imported.text, imported.sentences, imported.timexes, imported.events,
                        imported.problems)
    if format_of(path) == TEXT:
        return analyse(read_document(path), str(path), progress, document_date, processes)
    from viewer.core.formats.readable import PAGE_METADATA, read_readable

    pace = paced(progress)
    share = READ_SHARE.get(format_of(path), 0.0)
    # A parser's objects are all kept till the file is read, so the collector's passes find nothing
    # to free: 10 MB of Markdown took 1.5 s with them, 1.1 s without.
    with collection_paused():
        readable = read_readable(path, progress=pace.part(0.0, share), processes=processes)
    pace.reached(share)
    page_dated = document_date is None and readable.page_date is not None
    read = analyse(readable.text, str(path), pace.part(share, 1.0), readable.page_date if page_dated else document_date,
                   processes)
    pace.reached()  # (the reading's own last report may be too close to the one before to pass the pacer)
    return replace(read, document_date_source=PAGE_METADATA) if page_dated else read


# The share of a document's opening its file's reading takes, where that is long: a PDF's pages
# (about 0.05-0.1 s each with pypdf, against a few ms for reading their text's dates); a Word
# file's paragraphs (0.9 s for 200 pages, against 0.3 s for reading their dates); 10 MB of
# Markdown's blocks and inline text (1.5 s, against about 2 s for the dates) or of a web page's
# elements (0.8 s).
READ_SHARE = {PDF: 0.9, DOCX: 0.7, MARKDOWN: 0.4, HTML: 0.3}
