"""Text from files made safe where it goes: messages, file names in UTF-8, spreadsheet cells."""

from __future__ import annotations

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.core.exchange.safe_text import file_name, neutralised, restored, shown, without_lone_surrogates


# ------------------------------------------------------------------ messages
def test_terminal_escapes_are_shown_as_text():
    assert shown("\x1b]0;PWNED\x07\x1b[2J") == "\\x1b]0;PWNED\\x07\\x1b[2J"


@pytest.mark.parametrize(("text", "expected"), [
    ("line\nbreak\r\ttab", "line\\nbreak\\r\\ttab"),
    ("\x00\x7f\x9b", "\\x00\\x7f\\x9b"),  # NUL, DEL and the 8-bit CSI
    ("\udcff\udcfe.txt", "\\xff\\xfe.txt"),  # a name's bytes that are not UTF-8, as os.fsdecode keeps them
    ("\ud800", "\\ud800"),  # a lone surrogate from anywhere else
    ("café – 😀 ½", "café – 😀 ½"),  # printable text is left alone
])
def test_shown(text, expected):
    assert shown(text) == expected
    assert shown(expected) == expected  # showing twice is showing once
    expected.encode("utf-8")


@given(st.text())
def test_shown_has_no_control_characters_and_encodes(text):
    out = shown(text)
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in out)
    out.encode("utf-8")
    assert shown(out) == out


# ------------------------------------------------------------------ file names
def test_a_name_that_is_not_utf8_is_written_with_its_bytes_escaped():
    name = os.fsdecode(b"/tmp/\xff\xfe caf\xc3\xa9.txt")
    assert file_name(name) == "/tmp/\\xff\\xfe café.txt"
    assert file_name("/tmp/plain – café.txt") == "/tmp/plain – café.txt"


@given(st.binary(min_size=1).filter(lambda b: b"\0" not in b and b"/" not in b))
def test_any_name_makes_valid_utf8_and_a_utf8_name_is_unchanged(raw):
    name = os.fsdecode(raw)
    out = file_name(name)
    out.encode("utf-8")
    try:
        assert out == raw.decode("utf-8")
    except UnicodeDecodeError:
        assert out == raw.decode("utf-8", "backslashreplace")


def test_without_lone_surrogates():
    assert without_lone_surrogates("a\ud800b\udcff") == "a\ufffdb\ufffd"
    assert without_lone_surrogates("😀") == "😀"


# ------------------------------------------------------------------ spreadsheet cells
@pytest.mark.parametrize(("cell", "written"), [
    ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
    ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("@SUM(1+1)", "'@SUM(1+1)"),
    ("-2+3+cmd", "'-2+3+cmd"),
    ("-2", "'-2"),  # a real negative number in a text cell too
    ("\t=1+2", "'\t=1+2"),
    ("\r=1+2", "'\r=1+2"),
    ("'=1+2", "''=1+2"),  # its own apostrophe kept: reading back gives it again
    ("'quoted'", "'quoted'"),
    ("Plain title", "Plain title"),
    ("", ""),
    ("1+1", "1+1"),
])
def test_cells_a_spreadsheet_would_run_get_an_apostrophe(cell, written):
    assert neutralised(cell) == written
    assert restored(written) == cell


@given(st.text())
def test_restored_undoes_neutralised(cell):
    assert restored(neutralised(cell)) == cell
    assert neutralised(cell)[:1] not in frozenset("=+-@\t\r")
