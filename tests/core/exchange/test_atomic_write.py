"""Exports never leave half a file, and a failed write keeps the old one."""

import errno
import os
import stat
from pathlib import Path

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


# ------------------------------------------------------------------ the replaced file's mode, and links
posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX modes and symbolic links")


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@posix_only
@pytest.mark.parametrize("old_mode", [0o644, 0o600, 0o664, 0o640, 0o755, 0o444])
def test_the_replaced_file_keeps_its_mode(tmp_path, umask_022, old_mode):
    target = tmp_path / "events.csv"
    target.write_text("old")
    target.chmod(old_mode)
    write_text_atomically(target, "new")
    assert (target.read_text(), mode(target)) == ("new", old_mode)


@posix_only
@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002, 0o000])
def test_a_new_file_gets_the_mode_of_any_new_file(tmp_path, umask):
    old = os.umask(umask)
    try:
        write_text_atomically(tmp_path / "events.csv", "new")
    finally:
        os.umask(old)
    assert mode(tmp_path / "events.csv") == 0o666 & ~umask


@posix_only
def test_a_link_stays_a_link_and_its_target_is_replaced(tmp_path, umask_022):
    (tmp_path / "exports").mkdir()
    target = tmp_path / "exports" / "real.csv"
    target.write_text("old")
    target.chmod(0o640)
    link = tmp_path / "events.csv"
    link.symlink_to(Path("exports") / "real.csv")
    write_text_atomically(link, "new")
    assert link.is_symlink() and os.readlink(link) == os.path.join("exports", "real.csv")
    assert (target.read_text(), mode(target)) == ("new", 0o640)
    assert sorted(os.listdir(tmp_path / "exports")) == ["real.csv"]  # the temporary file went there, and away
    assert sorted(os.listdir(tmp_path)) == ["events.csv", "exports"]


@posix_only
def test_a_chain_of_links_is_followed_to_the_end(tmp_path, umask_022):
    target = tmp_path / "real.json"
    target.write_text("old")
    (tmp_path / "b").symlink_to(target)  # absolute
    (tmp_path / "a").symlink_to("b")  # relative
    write_bytes_atomically(tmp_path / "a", b"new")
    assert os.readlink(tmp_path / "a") == "b" and os.readlink(tmp_path / "b") == str(target)
    assert target.read_bytes() == b"new"


@posix_only
def test_a_dangling_link_makes_its_target(tmp_path, umask_022):
    link = tmp_path / "events.csv"
    link.symlink_to("not-yet.csv")
    write_text_atomically(link, "new")
    assert link.is_symlink() and (tmp_path / "not-yet.csv").read_text() == "new"
    assert mode(tmp_path / "not-yet.csv") == 0o644


@posix_only
def test_a_circle_of_links_is_an_error_and_changes_nothing(tmp_path):
    (tmp_path / "a").symlink_to("b")
    (tmp_path / "b").symlink_to("a")
    with pytest.raises(OSError) as caught:
        write_text_atomically(tmp_path / "a", "new")
    assert caught.value.errno == errno.ELOOP
    assert sorted(os.listdir(tmp_path)) == ["a", "b"] and os.readlink(tmp_path / "a") == "b"


@posix_only
def test_a_failed_write_through_a_link_leaves_link_and_target(tmp_path, monkeypatch):
    target = tmp_path / "real.csv"
    target.write_text("the user's earlier export")
    target.chmod(0o644)
    link = tmp_path / "events.csv"
    link.symlink_to("real.csv")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_write.os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        write_text_atomically(link, "a new export that never lands")
    assert link.is_symlink() and target.read_text() == "the user's earlier export" and mode(target) == 0o644
    assert sorted(os.listdir(tmp_path)) == ["events.csv", "real.csv"]


@posix_only
def test_a_failed_rename_leaves_the_old_file_and_its_mode(tmp_path, monkeypatch):
    target = tmp_path / "events.json"
    target.write_text("old")
    target.chmod(0o604)

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic_write.os, "replace", refuse)
    with pytest.raises(PermissionError):
        write_text_atomically(target, "new")
    assert (target.read_text(), mode(target), os.listdir(tmp_path)) == ("old", 0o604, ["events.json"])
