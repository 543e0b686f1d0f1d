"""Reading documents: encodings, line endings, binary files and file-system errors."""

from __future__ import annotations

import codecs
import os
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.text.decoding import (
    DEFAULT_MAX_BYTES,
    BinaryContentError,
    DocumentError,
    decode_bytes,
    read_document,
)

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"


def test_plain_utf8_round_trips() -> None:
    assert decode_bytes("Zürich, 1799 – Masséna".encode()) == "Zürich, 1799 – Masséna"


def test_utf8_bom_is_removed_so_offsets_line_up() -> None:
    text = decode_bytes(codecs.BOM_UTF8 + b"Snow fell on 3 May.")
    assert text == "Snow fell on 3 May."
    assert text[13:18] == "3 May"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    data = bom + "Garrison relieved\r\nin 1683 ✓".encode(codec)
    assert decode_bytes(data) == "Garrison relieved\r\nin 1683 ✓"


def test_utf16_with_odd_trailing_byte_still_decodes() -> None:
    data = codecs.BOM_UTF16_LE + "Harbour".encode("utf-16-le") + b"x"
    assert decode_bytes(data).startswith("Harbour")


def test_utf32_with_bom_is_not_mistaken_for_utf16() -> None:
    assert decode_bytes("Rain, then sun.".encode("utf-32")) == "Rain, then sun."


def test_cp1252_fallback_for_accents_and_curly_quotes() -> None:
    assert decode_bytes("café".encode("cp1252")) == "café"
    assert decode_bytes(b"\x93Hold fast\x94 \x96 \x80 5") == "“Hold fast” – € 5"


def test_bytes_cp1252_leaves_undefined_fall_back_to_latin1() -> None:
    assert decode_bytes(b"a\x81b\x8dc\x8fd\x90e\x9d") == "a\x81b\x8dc\x8fd\x90e\x9d"


def test_invalid_utf8_after_a_bom_falls_back() -> None:
    assert decode_bytes(codecs.BOM_UTF8 + b"na\xefve") == "naïve"


@pytest.mark.parametrize("ending", ["\r\n", "\r", "\n", "\r\n\r\n"])
def test_line_endings_are_kept_exactly(ending: str) -> None:
    text = f"First line{ending}Second line{ending}"
    assert decode_bytes(text.encode()) == text


def test_ordinary_whitespace_controls_are_text() -> None:
    assert decode_bytes(b"col\tcol\fpage\vtab\r\n") == "col\tcol\fpage\vtab\r\n"


@pytest.mark.parametrize(
    "data",
    [b"hello\x00world", PNG_HEADER + bytes(64), bytes(range(1, 9)) * 50],
    ids=["nul", "png", "controls"],
)
def test_binary_content_is_refused(data: bytes) -> None:
    with pytest.raises(BinaryContentError):
        decode_bytes(data)


def test_binary_error_is_a_value_error() -> None:
    assert issubclass(BinaryContentError, ValueError)


def test_nul_characters_in_utf16_are_refused() -> None:
    with pytest.raises(BinaryContentError):
        decode_bytes("a\0b".encode("utf-16"))


def test_empty_input_gives_empty_text() -> None:
    assert decode_bytes(b"") == ""
    assert decode_bytes(codecs.BOM_UTF8) == ""


@settings(max_examples=200)
@given(st.text(st.characters(blacklist_categories=("Cc", "Cs")) | st.sampled_from("\r\n\t")))
def test_any_utf8_text_round_trips(text: str) -> None:
    assert decode_bytes(text.encode("utf-8")) == text


# --- read_document ---------------------------------------------------------------


def test_reads_a_file_and_keeps_crlf(tmp_path: Path) -> None:
    path = tmp_path / "diary.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"Day one.\r\nDay two.")
    assert read_document(path) == "Day one.\r\nDay two."
    assert read_document(str(path)) == "Day one.\r\nDay two."


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as caught:
        read_document(tmp_path / "absent.txt")
    assert str(caught.value).endswith("/absent.txt: no such file")
    assert caught.value.path == tmp_path / "absent.txt"
    assert caught.value.problem == "no such file"


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    with pytest.raises(DocumentError, match=r"/letters: is a directory, not a file$"):
        read_document(folder)


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root can read any file"
)
def test_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("secret")
    path.chmod(0)
    try:
        with pytest.raises(DocumentError, match=r"/locked\.txt: permission denied$"):
            read_document(path)
    finally:
        path.chmod(0o600)


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    path.write_bytes(PNG_HEADER + bytes(100))
    with pytest.raises(DocumentError, match=r"/scan\.png: this is a binary file, not text$"):
        read_document(path)


def test_file_over_the_default_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as f:
        f.truncate(80 * 1024 * 1024)  # sparse: no disk space used, and never read
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert str(caught.value).endswith("/big.txt: the file is 80.0 MB; the largest supported is 64 MB")
    assert DEFAULT_MAX_BYTES == 64 * 1024 * 1024


def test_custom_limit_and_no_limit(tmp_path: Path) -> None:
    path = tmp_path / "log.txt"
    path.write_text("x" * 3000)
    with pytest.raises(DocumentError, match=r"/log\.txt: the file is 2\.9 KB; .* 1000 bytes$"):
        read_document(path, max_bytes=1000)
    assert len(read_document(path, max_bytes=None)) == 3000


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_refused_instead_of_blocking(tmp_path: Path) -> None:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    with pytest.raises(DocumentError, match=r"/pipe: is not a regular file"):
        read_document(path)


# ---------------------------------------------------------------- sizes that lie, streams that block

@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc")
def test_a_file_that_says_it_is_empty_is_still_held_to_the_limit():
    assert Path("/proc/self/status").stat().st_size == 0
    with pytest.raises(DocumentError) as caught:
        read_document("/proc/self/status", max_bytes=100)
    assert caught.value.problem == "the file is larger than 100 bytes, the largest supported"
    assert "Name:" in read_document("/proc/self/status")  # read whole when within the limit


def test_a_file_that_grows_after_the_check_is_refused_at_the_limit(tmp_path, monkeypatch):
    path = tmp_path / "growing.log"
    path.write_text("On 3 May 1915 the siege began. " * 100)
    real_fstat = os.fstat
    monkeypatch.setattr(os, "fstat", lambda fd: os.stat_result((*real_fstat(fd)[:6], 10, *real_fstat(fd)[7:])))
    with pytest.raises(DocumentError, match="larger than 1000 bytes"):
        read_document(path, max_bytes=1000)


def test_one_byte_over_the_limit_says_so_in_words_that_add_up(tmp_path):
    path = tmp_path / "big.txt"
    with path.open("wb") as f:  # sparse: nothing is written
        f.truncate(DEFAULT_MAX_BYTES + 1)
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert caught.value.problem == "the file is larger than 64 MB, the largest supported"

