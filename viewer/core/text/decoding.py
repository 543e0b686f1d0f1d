"""Reading a document file into text.

Decoding never fails on encoding: anything that is not UTF-8 (or UTF-16/32 with a
BOM) is read as Windows-1252, the usual encoding of old "plain text" files. What
is refused is binary content, so that opening a PDF under a .txt name gives a clear
message instead of a screen of mojibake (PDF, Word, HTML and Markdown files are read by
viewer.core.formats, which ``read_bytes`` gives their bytes). Line endings are kept byte for byte,
because sentence and event offsets point into the text exactly as it is.
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

DEFAULT_MAX_BYTES = 64 * 1024 * 1024

_MIB = 1024 * 1024
_SNIFF_CHARS = 8192
_MAX_CONTROL_FRACTION = 0.10

# UTF-32 first: its little-endian BOM begins with the UTF-16 one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# cp1252 leaves five bytes undefined; surrogateescape turns them into lone
# surrogates, which this table maps to the Latin-1 character of the same byte.
_CP1252_HOLES = {0xDC00 + b: b for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}

# C0 controls and DEL, except the whitespace ones that real text contains.
_CONTROL_CHARS = frozenset(chr(c) for c in [*range(32), 127]) - frozenset("\t\n\r\f\v")


class BinaryContentError(ValueError):
    """The bytes are not text (NUL bytes, or too many control characters)."""


class DocumentError(Exception):
    """A document could not be opened; ``str()`` is a sentence fit to show a user."""

    def __init__(self, path: str | os.PathLike[str], problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{os.fspath(path)}: {problem}")


def decode_bytes(data: bytes) -> str:
    """Decode a document's bytes; raise BinaryContentError if they are not text."""
    encoding, body = _split_bom(data)
    if encoding is None:
        _refuse_binary_bytes(body)
        text = _decode_8bit(body)
    else:
        text = _decode_with_bom(body, encoding)
        _refuse_binary_text(text)
    return text


def read_document(
    path: str | os.PathLike[str], max_bytes: int | None = DEFAULT_MAX_BYTES
) -> str:
    """Read and decode a file, turning every failure into a DocumentError."""
    file = Path(path)
    try:
        data = _read_bounded(file, max_bytes)
    except OSError as exc:
        raise DocumentError(path, _describe_os_error(exc)) from exc
    try:
        return decode_bytes(data)
    except BinaryContentError as exc:
        raise DocumentError(path, _binary_problem(data)) from exc


def read_bytes(
    path: str | os.PathLike[str], max_bytes: int | None = DEFAULT_MAX_BYTES
) -> bytes:
    """A file's bytes, for the readers of formats that are not plain text (viewer.core.formats);
    the same refusals as ``read_document`` (no such file, too big, not a regular file)."""
    try:
        return _read_bounded(Path(path), max_bytes)
    except OSError as exc:
        raise DocumentError(path, _describe_os_error(exc)) from exc


# A document of a format the formats' readers take, opened under another suffix: the
# refusal says what it is, and how to have it read.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document, not text (named .pdf it is read)"),
    (b"PK\x03\x04", "a zip archive (a Word file?), not text (a Word file named .docx is read)"),
)


def _binary_problem(data: bytes) -> str:
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            return f"this is a binary file: {what}"
    return "this is a binary file, not text"


class _RefusedFileError(OSError):
    """A file we choose not to read; its message is already the user-facing problem."""


def _split_bom(data: bytes) -> tuple[str | None, bytes]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, data[len(bom):]
    return None, data


def _decode_with_bom(body: bytes, encoding: str) -> str:
    if encoding == "utf-8":
        return _decode_8bit(body)
    # A truncated last code unit or a lone surrogate must not make the file unreadable.
    return body.decode(encoding, errors="replace")


def _decode_8bit(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="surrogateescape").translate(_CP1252_HOLES)


def _refuse_binary_bytes(body: bytes) -> None:
    if b"\0" in body:
        raise BinaryContentError("the data contains NUL bytes")
    # Every control byte is ASCII, so Latin-1 gives the same count as any decoding.
    _refuse_control_heavy(body[:_SNIFF_CHARS].decode("latin-1"))


def _refuse_binary_text(text: str) -> None:
    if "\0" in text:
        raise BinaryContentError("the data contains NUL characters")
    _refuse_control_heavy(text[:_SNIFF_CHARS])


def _refuse_control_heavy(sample: str) -> None:
    controls = sum(1 for ch in sample if ch in _CONTROL_CHARS)
    if controls > _MAX_CONTROL_FRACTION * len(sample):
        raise BinaryContentError("the data is mostly control characters")


_CHUNK = 1024 * 1024


def _read_bounded(path: Path, max_bytes: int | None) -> bytes:
    """The file's bytes, never more than ``max_bytes`` + 1 of them, whatever it says its size is.

    A stated size can lie: /proc files say 0 and keep giving, a log grows while it is
    read. Directories and devices are refused before any byte is read; a file that has
    nothing to give now (a kernel log, a pipe) is refused instead of waited for.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(info.st_mode):
            raise _RefusedFileError("is not a regular file (a device or pipe?)")
        if max_bytes is not None and info.st_size > max_bytes:
            raise _RefusedFileError(_too_big(info.st_size, max_bytes))
        limit = None if max_bytes is None else max_bytes + 1
        chunks: list[bytes] = []
        total, want = 0, info.st_size + 1  # one read for a file that tells the truth
        while limit is None or total < limit:
            try:
                chunk = os.read(fd, want if limit is None else min(want, limit - total))
            except BlockingIOError:
                raise _RefusedFileError("gives nothing to read now (a stream, not a document)") from None
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            want = _CHUNK
        if max_bytes is not None and total > max_bytes:
            raise _RefusedFileError(_too_big(None, max_bytes))
        return b"".join(chunks)
    finally:
        os.close(fd)


def _too_big(size: int | None, max_bytes: int) -> str:
    largest = _format_size(max_bytes).replace(".0 ", " ")
    if size is None or _format_size(size).replace(".0 ", " ") == largest:
        return f"the file is larger than {largest}, the largest supported"
    return f"the file is {_format_size(size)}; the largest supported is {largest}"


def _describe_os_error(exc: OSError) -> str:
    if isinstance(exc, _RefusedFileError):
        return str(exc)
    if isinstance(exc, (FileNotFoundError, NotADirectoryError)):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a directory, not a file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"could not be read ({(exc.strerror or str(exc)).lower()})"


def _format_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < _MIB:
        return f"{size / 1024:.1f} KB"
    return f"{size / _MIB:.1f} MB"
