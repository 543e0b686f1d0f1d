"""A project's documents: kept as they were opened, read again when the project opens.

The text is embedded, so a project opens when its files have moved or changed; each
document's note says so, once, in a sentence for the user.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace

from viewer.core.dates.found_date import GIVEN
from viewer.core.document import Document, analyse
from viewer.core.exchange.event_files import read_event_file
from viewer.core.exchange.export import document_dict
from viewer.core.exchange.json_shapes import events_from_json
from viewer.core.exchange.safe_text import shown
from viewer.core.formats import TEXT, format_of
from viewer.core.formats.readable import PAGE_METADATA
from viewer.core.opening import is_event_file
from viewer.core.progress import Progress
from viewer.core.project.store import StoredDocument, text_hash
from viewer.core.text.decoding import DocumentError, read_document

# A document date the user gave (the command line, the window), as Document.document_date_source
# says, and a web page's own (its metadata, which its readable text no longer holds): the project
# keeps them. One found in the text's dateline or the file's name is found again on opening.
KEPT_SOURCES = (GIVEN, PAGE_METADATA)


def stored_document(doc: Document) -> StoredDocument:
    """What a project keeps of ``doc``: its text, or for an events file our JSON of its events."""
    if is_event_file(doc.path):
        return StoredDocument(doc.path, "events", _events_json(doc))
    source = doc.document_date_source
    if source in KEPT_SOURCES:
        return StoredDocument(doc.path, "text", doc.text, doc.document_date, source)
    return StoredDocument(doc.path, "text", doc.text)


def _events_json(doc: Document) -> str:
    d = document_dict(doc)
    d["events"] = [e for e, event in zip(d["events"], doc.events, strict=True) if not event.added]
    return json.dumps({"documents": [d]}, ensure_ascii=False)


def read_stored(stored: StoredDocument, progress: Progress | None = None, processes: int = 1) -> Document:
    """The document read anew from the project's copy (the reading may have improved since);
    ``processes``: as ``analyse`` takes it."""
    if stored.kind == "events":
        imported = events_from_json(stored.text, stored.path)
        return Document(stored.path, imported.text, imported.sentences, imported.timexes, imported.events,
                        imported.problems)
    doc = analyse(stored.text, stored.path, progress, document_date=stored.document_date, processes=processes)
    if stored.document_date is not None and stored.document_date_source not in (None, GIVEN):
        return replace(doc, document_date_source=stored.document_date_source)
    return doc


def file_note(stored: StoredDocument) -> str | None:
    """One sentence when the file the document came from moved or changed since; else None."""
    name = shown(os.path.basename(stored.path) or stored.path)
    if not os.path.isfile(stored.path):
        return f"{name} is no longer at {shown(stored.path)}; the project's own copy of its text is shown."
    try:
        if stored.kind == "events":
            imported = read_event_file(stored.path)
            now = Document(stored.path, imported.text, imported.sentences, imported.timexes, imported.events)
            same = _events_json(now) == stored.text
        elif format_of(stored.path) == TEXT:
            same = text_hash(read_document(stored.path)) == stored.sha256
        else:  # a web page, Markdown, Word or PDF file: the text read from it is what was kept
            from viewer.core.formats.readable import read_readable

            same = text_hash(read_readable(stored.path).text) == stored.sha256
    except (DocumentError, OSError):
        return f"{name} can no longer be read; the project's own copy of its text is shown."
    if same:
        return None
    return f"{name} has changed on disk since it was added to the project; the project's copy is shown."
