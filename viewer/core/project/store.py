"""Saving and opening a project file.

A save builds the whole database in memory in one transaction, then writes its bytes next to
the project and renames them over it (``atomic_write``): a crash or a kill during a save
leaves the previous project as it was. An open reads the file's bytes into memory and
closes it, so nothing holds the file and no journal is left beside it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from viewer import __version__
from viewer.core.edits.layer import Edits, EventEdit, LaneEdit
from viewer.core.edits.typed_dates import TypedDate
from viewer.core.exchange.atomic_write import write_bytes_atomically
from viewer.core.exchange.safe_text import shown
from viewer.core.project.schema import APPLICATION_ID, SCHEMA_VERSION, TABLES

# The version of the reading that found the events: a later one reads the embedded text anew.
READING_VERSION = __version__
# Far larger than any project: a file claiming more is not read into memory.
MAX_PROJECT_BYTES = 2 * 1024**3


class ProjectError(Exception):
    """A project could not be opened or saved; ``str()`` is one sentence for the user."""


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A document as the project keeps it: where it was opened from and its text.

    ``kind`` "text": the document's text, read anew on opening; "events": an events file,
    kept as our own JSON of its events (``extract``'s), which reads back to the same events.
    """

    path: str
    kind: str
    text: str
    document_date: str | None = None  # the day it was written (YYYY-MM-DD), when given or a page's own
    document_date_source: str | None = None  # where that came from, as Document.document_date_source says

    @property
    def sha256(self) -> str:
        return text_hash(self.text)


@dataclass(frozen=True)
class Project:
    documents: tuple[StoredDocument, ...] = ()
    edits: Edits = field(default_factory=Edits)
    view: Mapping[str, Any] = field(default_factory=dict)  # lane mode, time range, selection: JSON values
    reading_version: str = READING_VERSION
    app_version: str = __version__
    saved_at: str = ""


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def now() -> str:
    """This moment, as the project writes times: ISO 8601 in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def local_time(stamp: str) -> datetime | None:
    """A time the project wrote (``now``), on the clock here; None when it is not one."""
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return None


# -- saving ----------------------------------------------------------------------------------


def project_bytes(project: Project) -> bytes:
    """The project as the bytes of its SQLite database, built in one transaction."""
    db = sqlite3.connect(":memory:")
    try:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        with db:  # one transaction: all of it, or nothing
            db.executescript("BEGIN;" + TABLES + "COMMIT;")
        with db:
            _write(db, project)
        return db.serialize()
    finally:
        db.close()


def save_project(path: str | os.PathLike[str], project: Project) -> None:
    """Write ``project`` to ``path``, replacing what was there only once all of it is on disk."""
    try:
        write_bytes_atomically(path, project_bytes(project))
    except OSError as err:
        raise ProjectError(f"Could not save {shown(os.fspath(path))}: {shown(err.strerror or str(err))}.") from err


def _write(db: sqlite3.Connection, project: Project) -> None:
    meta = {"schema_version": str(SCHEMA_VERSION), "app_version": project.app_version,
            "reading_version": project.reading_version, "saved_at": project.saved_at or now()}
    db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    ids: dict[str, int] = {}
    for position, doc in enumerate(project.documents):
        cursor = db.execute(
            "INSERT INTO documents (position, path, kind, sha256, text, document_date, document_date_source)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (position, _storable(doc.path), doc.kind, doc.sha256, _storable(doc.text), doc.document_date,
             _storable(doc.document_date_source)))
        ids.setdefault(doc.path, int(cursor.lastrowid or 0))
    for path, edit in project.edits.all_events():
        if path not in ids:
            continue  # its document was closed: the edit goes with it
        date = edit.date
        db.execute(
            "INSERT INTO event_edits VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (ids[path], edit.start, edit.end, int(edit.added), int(edit.hidden),
             date and date.text, date and date.value, date and date.first, date and date.last,
             date and date.precision, _storable(edit.lane), _storable(edit.label), _storable(edit.title),
             _storable(edit.note), edit.edited_at))
    db.executemany("INSERT INTO lanes VALUES (?, ?, ?, ?, ?)",
                   [(mode, _storable(name), _storable(e.rename), e.colour, int(e.hidden))
                    for (mode, name), e in project.edits.lanes.items()])
    db.executemany("INSERT INTO view VALUES (?, ?)", [(k, json.dumps(v)) for k, v in project.view.items()])


def _storable(text: str | None) -> str | None:
    """SQLite keeps UTF-8: a lone surrogate (an undecodable byte kept as one) as U+FFFD."""
    if text is None or text.isascii():
        return text
    return text.encode("utf-8", "replace").decode("utf-8")


# -- opening ---------------------------------------------------------------------------------


def load_project(path: str | os.PathLike[str]) -> Project:
    """The project in ``path``; ProjectError (one sentence naming the file) when it cannot be read."""
    name = shown(os.fspath(path))
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_PROJECT_BYTES + 1)
    except OSError as err:
        raise ProjectError(f"Could not open {name}: {shown(err.strerror or str(err))}.") from err
    if len(data) > MAX_PROJECT_BYTES or not data.startswith(b"SQLite format 3\x00"):
        raise ProjectError(f"Could not open {name}: it is not a Timeline Viewer project.")
    db = sqlite3.connect(":memory:")
    try:
        try:
            db.deserialize(data)
            application_id = db.execute("PRAGMA application_id").fetchone()[0]
            version = db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as err:
            raise ProjectError(f"Could not open {name}: the file is damaged ({err}).") from err
        if application_id != APPLICATION_ID:
            raise ProjectError(f"Could not open {name}: it is an SQLite database, not a Timeline Viewer project.")
        if version > SCHEMA_VERSION:
            raise ProjectError(
                f"Could not open {name}: it was saved by a newer Timeline Viewer (project format {version}; "
                f"this version {__version__} reads format {SCHEMA_VERSION} and older). Open it with a newer version.")
        try:
            return _read(db)
        except (sqlite3.DatabaseError, ValueError, TypeError, KeyError) as err:
            raise ProjectError(f"Could not open {name}: the file is damaged ({shown(str(err))}).") from err
    finally:
        db.close()


def _day(written: object) -> str | None:
    """A stored document date, when it is one (a project edited by hand may hold anything)."""
    from viewer.core.dates.document_date import document_date

    try:
        return document_date(written) if isinstance(written, str) else None
    except ValueError:
        return None


def _read(db: sqlite3.Connection) -> Project:
    meta = dict(db.execute("SELECT key, value FROM meta"))
    rows = db.execute("SELECT id, path, kind, text, document_date, document_date_source FROM documents"
                      " ORDER BY position, id").fetchall()
    documents = tuple(StoredDocument(str(path), str(kind), str(text), _day(written),
                                     str(source) if _day(written) and source else None)
                      for _, path, kind, text, written, source in rows)
    paths = {doc_id: str(path) for doc_id, path, *_ in rows}
    events: dict[str, list[EventEdit]] = {}
    for (doc_id, start, end, added, hidden, date_text, date_value, first, last, precision, lane, label, title,
         note, edited_at) in db.execute("SELECT * FROM event_edits ORDER BY document_id, start, end"):
        if doc_id not in paths:
            continue
        date = (TypedDate(str(date_text or date_value), str(date_value), int(first), int(last), str(precision))
                if date_value is not None else None)
        events.setdefault(paths[doc_id], []).append(EventEdit(
            int(start), int(end), date, lane, label, title, note, bool(hidden), bool(added), str(edited_at or "")))
    rows = db.execute("SELECT mode, name, rename, colour, hidden FROM lanes").fetchall()
    lanes = {(str(mode), str(name)): LaneEdit(rename, colour, bool(hidden))
             for mode, name, rename, colour, hidden in rows}
    edits = Edits.of(events, lanes)
    view: dict[str, Any] = {}
    for key, value in db.execute("SELECT key, value FROM view"):
        with contextlib.suppress(ValueError):
            view[str(key)] = json.loads(value)
    return Project(documents, edits, view, meta.get("reading_version", ""), meta.get("app_version", ""),
                   meta.get("saved_at", ""))
