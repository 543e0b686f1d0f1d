"""The project file's format: one SQLite database (see README, "The project format").

``SCHEMA_VERSION`` counts changes other tools and older versions cannot read; a file whose
version is higher is refused, never half-read.
"""

from __future__ import annotations

PROJECT_SUFFIX = ".tlproj"
SCHEMA_VERSION = 1
APPLICATION_ID = 0x544C5650  # 'TLVP' in the SQLite header: a project, not any database

TABLES = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE documents (
    id       INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    path     TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('text', 'events')),
    sha256   TEXT NOT NULL,
    text     TEXT NOT NULL,
    document_date TEXT,
    document_date_source TEXT
);
CREATE TABLE event_edits (
    document_id    INTEGER NOT NULL REFERENCES documents (id),
    start          INTEGER NOT NULL,
    end            INTEGER NOT NULL,
    added          INTEGER NOT NULL DEFAULT 0,
    hidden         INTEGER NOT NULL DEFAULT 0,
    date_text      TEXT,
    date_value     TEXT,
    date_first     INTEGER,
    date_last      INTEGER,
    date_precision TEXT,
    lane           TEXT,
    label          TEXT,
    title          TEXT,
    note           TEXT,
    edited_at      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (document_id, start, end)
);
CREATE TABLE lanes (
    mode   TEXT NOT NULL,
    name   TEXT NOT NULL,
    rename TEXT,
    colour TEXT,
    hidden INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (mode, name)
);
CREATE TABLE view (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""
