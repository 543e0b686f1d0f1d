"""Text from files made safe where it goes: a terminal or message, a file name in UTF-8, a spreadsheet cell.

- ``shown``: for messages. Control characters (C0, DEL, C1) are written as escapes (ESC as the four
  characters ``\\x1b``), so a file cannot move the cursor or retitle a terminal; a file name's bytes
  that are not UTF-8 (lone surrogates, as ``os.fsdecode`` gives them) as ``\\xff``. Only characters
  that need it change, so showing twice gives what showing once gives.
- ``file_name``: a path as written to JSON and CSV: valid UTF-8, its undecodable bytes as ``\\xff``.
- ``without_lone_surrogates``: text that UTF-8 can encode (a lone surrogate becomes U+FFFD).
- ``neutralised`` / ``restored``: a text cell a spreadsheet would run as a formula (it starts with
  = + - @, a tab or a carriage return) gets a leading apostrophe; reading it back drops it.
"""

from __future__ import annotations

import os
import re
import sys

_SURROGATE = re.compile("[\ud800-\udfff]")
_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}

# What makes a spreadsheet read a cell as a formula (OWASP, CSV Injection).
FORMULA_START = frozenset("=+-@\t\r")


def _escape(m: re.Match[str]) -> str:
    ch = m.group()
    code = ord(ch)
    if ch in _NAMED:
        return _NAMED[ch]
    if code < 0x100:
        return f"\\x{code:02x}"
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as os.fsdecode keeps it (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"


def shown(text: str) -> str:
    """``text`` fit for a terminal or a message: control characters and undecodable bytes as escapes."""
    return _UNSHOWABLE.sub(_escape, text) if _UNSHOWABLE.search(text) else text


def file_name(path: str | os.PathLike[str]) -> str:
    """A path as JSON and CSV give it: the name as it is when it is UTF-8; each byte that is not
    as ``\\xNN`` (``os.fsdecode`` then backslash escapes), so any name makes valid UTF-8."""
    name = os.fspath(path)
    return _SURROGATE.sub(_escape, name) if _SURROGATE.search(name) else name


def without_lone_surrogates(text: str) -> str:
    """``text`` that UTF-8 can encode: each lone surrogate (JSON's "\\ud800") as U+FFFD."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def has_lone_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")  # five times as fast as a search, on a document's text
    except UnicodeEncodeError:
        return True
    return False


def neutralised(cell: str) -> str:
    """A text cell as a CSV export writes it: with an apostrophe before it if a spreadsheet would
    run it (after any apostrophes it has, so that ``restored`` gives back exactly this cell)."""
    first = cell[:1]
    if first in FORMULA_START or (first == "'" and cell.lstrip("'")[:1] in FORMULA_START):
        return "'" + cell
    return cell


def restored(cell: str) -> str:
    """A text cell as ``neutralised`` wrote it, without the apostrophe it added."""
    return cell[1:] if cell[:1] == "'" and cell.lstrip("'")[:1] in FORMULA_START else cell


def say(prog: str, message: str) -> None:
    """One line on stderr, made from a file's name or content: control characters and bytes that
    are not UTF-8 as escapes (``shown``), and never a UnicodeEncodeError, whatever stderr encodes."""
    line = f"{prog}: {shown(message)}"
    try:
        print(line, file=sys.stderr)
    except UnicodeEncodeError:
        encoding = sys.stderr.encoding or "ascii"
        print(line.encode(encoding, "backslashreplace").decode(encoding), file=sys.stderr)
