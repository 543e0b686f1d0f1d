"""Documents as people have them: web pages, Markdown, Word and PDF files, read into plain text.

One room per format (``html``, ``markdown``, ``docx``, ``pdf``), behind one way in:
``readable.read_readable`` gives a ``Readable`` (the text, its headings, the format read, the
page's own date) for any path. This module only says which format a path is read as: it is
imported before any reader (the window's first paint, ``extract``'s JSON), so it imports none.
"""

from __future__ import annotations

import os
from pathlib import PurePath

from viewer.core.kinds import EVENT_FILE_SUFFIXES

TEXT, HTML, MARKDOWN, DOCX, PDF, EVENTS = "text", "html", "markdown", "docx", "pdf", "events"

FORMAT_SUFFIXES: dict[str, str] = {
    ".html": HTML, ".htm": HTML, ".xhtml": HTML,
    ".md": MARKDOWN, ".markdown": MARKDOWN,
    ".docx": DOCX,
    ".pdf": PDF,
}


def format_of(path: str | os.PathLike[str]) -> str:
    """The format a file is read as, by its suffix: "html", "markdown", "docx", "pdf", "events"
    (an events file, imported) or "text"."""
    suffix = PurePath(path).suffix.lower()
    if suffix in EVENT_FILE_SUFFIXES:
        return EVENTS
    return FORMAT_SUFFIXES.get(suffix, TEXT)
