"""Exports never leave half a file, and a failed write keeps the old one."""

import os

import pytest

from viewer.core.exchange import atomic_write
from viewer.core.exchange.atomic_write import write_bytes_atomically, write_text_atomically


def test_writes_the_text(tmp_path):
    target = tmp_path / "events.csv"
    write_text_atomically(target, "date,title\n2017-10-26,café\n")
    assert target.read_text(encoding="utf-8") == "date,title\n2017-10-26,café\n"


def test_replaces_an_existing_file(tmp_path):
    target = tmp_path / "events.json"
    target.write_text("old")
    write_bytes_atomically(target, b"new")
    assert target.read_bytes() == b"new"


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "events.json"
    target.write_text("the user's earlier export")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_write.os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        write_text_atomically(target, "a new export that never lands")
    assert target.read_text() == "the user's earlier export"
    assert os.listdir(tmp_path) == ["events.json"]


def test_a_missing_folder_is_an_error_not_a_crash(tmp_path):
    with pytest.raises(OSError):
        write_text_atomically(tmp_path / "no" / "such" / "dir.csv", "x")
