"""A Word file (.docx): its paragraphs in order, headings by their style, and its tables' text.

A .docx is a zip archive: before anything is unpacked, the sizes its directory states are
added up, and an archive that would unpack to more than the size limit (a zip bomb) is
refused, as are a file that is no zip, a zip that is no Word document, and an encrypted one.
"""

from __future__ import annotations

import io
import os
import zipfile
from typing import TYPE_CHECKING, Any

from viewer.core.formats import DOCX
from viewer.core.formats.building import Readable, TextBuilder
from viewer.core.progress import Cancelled, Pacer, Progress, paced
from viewer.core.text.decoding import DEFAULT_MAX_BYTES, DocumentError, read_bytes

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

_MIB = 1024 * 1024
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an old .doc, or an encrypted .docx
_HEADING_STYLES = ("heading", "title", "subtitle")


def read_docx(path: str | os.PathLike[str], max_bytes: int | None = DEFAULT_MAX_BYTES,
              progress: Progress | None = None) -> Readable:
    """The Word file's text. ``progress`` is told the share of its paragraphs and tables read
    (a long one takes seconds), and may raise ``Cancelled`` to stop."""
    data = read_bytes(path, max_bytes)
    check_archive(path, data, max_bytes)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        word = docx.Document(io.BytesIO(data))
        text, headings = docx_text(word, paced(progress))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, EOFError) as exc:
        raise DocumentError(path, "this Word file is damaged and cannot be read") from exc
    except Exception as exc:  # noqa: BLE001 - a parser of untrusted files: any failure is a damaged file
        if isinstance(exc, (DocumentError, Cancelled)):
            raise
        raise DocumentError(path, "this Word file is damaged and cannot be read") from exc
    # No page date: the core properties' "created" is often the template's (python-docx's own
    # says 2013-12-23), not the day the document was written.
    return Readable(text, headings, DOCX)


def check_archive(path: str | os.PathLike[str], data: bytes, max_bytes: int | None) -> None:
    """Refuse, before unpacking, what is no Word archive or would unpack to more than ``max_bytes``."""
    if data.startswith(_OLE):
        raise DocumentError(path, "this Word file is encrypted or in the old .doc format; save it as .docx")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise DocumentError(path, "this is not a Word file (not a zip archive, or a truncated one)") from exc
    with archive:
        infos = archive.infolist()
        unpacked = sum(info.file_size for info in infos)
        if max_bytes is not None and unpacked > max_bytes:
            raise DocumentError(path, f"this Word file would unpack to {unpacked / _MIB:,.0f} MB, more than the "
                                      f"{max_bytes / _MIB:.0f} MB limit (a zip bomb?)")
        if "word/document.xml" not in {info.filename for info in infos}:
            raise DocumentError(path, "this zip archive is not a Word document (it has no word/document.xml)")


def docx_text(word: WordDocument, pace: Pacer | None = None) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The body's paragraphs and tables in order; a heading (by its style) alone on its line.
    ``pace`` is told the share of them read."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out, pace = TextBuilder(), pace or Pacer()
    count = len(word.element.body) or 1
    for k, block in enumerate(word.iter_inner_content()):
        if not k & 63:
            pace(k / count)
        if isinstance(block, Paragraph):
            _paragraph(out, block)
        elif isinstance(block, Table):
            _table(out, block)
    return out.text(), tuple(out.headings)


def _paragraph(out: TextBuilder, paragraph: Any) -> None:
    style = paragraph.style
    name = (style.name or "").lower() if style is not None else ""
    if name.startswith(_HEADING_STYLES):
        out.heading(paragraph.text)
    else:
        out.lines(paragraph.text) if "\n" in paragraph.text.strip() else out.paragraph(paragraph.text)


def _table(out: TextBuilder, table: Any) -> None:
    """Each row a paragraph, its cells' text joined by " | " (a merged cell once)."""
    for row in table.rows:
        seen: set[int] = set()
        cells: list[str] = []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            text = " ".join(p.text for p in cell.paragraphs if p.text.strip())
            if text.strip():
                cells.append(text)
        out.paragraph(" | ".join(cells))
