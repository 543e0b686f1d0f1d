"""A PDF's text in reading order, page by page, as paragraphs.

pypdf gives each page's lines in the order they are drawn, with where each is; from that:

- running headers and footers (a line at the top or bottom of pages that recurs, its
  numbers aside, on at least half of them) and page numbers ("12", "Page 3 of 9", "- iv -")
  are dropped;
- lines closer than a paragraph's gap are joined into one paragraph, and a paragraph that runs
  on to the next page (no closing punctuation at the page's end) is joined across it;
- a word hyphenated across a line end is joined ("be-" + "sieged" -> "besieged"), unless the
  document writes it with its hyphen elsewhere; a hyphen before a capital or a digit is kept
  ("German-" + "Soviet");
- lines in a larger type than the body's are headings;
- text drawn off the page (outside its media box) is not read.

A PDF with no text at all (a scan) is refused with a message saying so, as are an encrypted
one (unless it opens with the empty password), a truncated one and a damaged one.
"""

from __future__ import annotations

import io
import logging
import math
import os
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any

from viewer.core.forked import Turns, beside
from viewer.core.formats import PDF
from viewer.core.formats.building import Readable, TextBuilder, one_line
from viewer.core.progress import Cancelled, Pacer, Progress, paced
from viewer.core.text.decoding import DEFAULT_MAX_BYTES, DocumentError, read_bytes

_PAGE_NUMBER = re.compile(
    r"(?:page|p\.|seite|pag\.)?\s*[-\u2013\u2014(\[]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-\u2013\u2014)\]]?"
    r"(?:\s*(?:/|of|von|de)\s*\d{1,4})?", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_CLOSING = tuple('.!?:;"\u201d\u2019)]')
_HYPHENATED = re.compile(r"(?<!\w)(\w+)-$")  # from a word's start only: linear on a long line
# How far down (or up) a line may sit from the last and still be the same paragraph, in the
# document's usual distance between lines.
_PARAGRAPH_GAP = 1.4
_HEADING_SIZE = 1.15
_EDGE_LINES = 2


@dataclass
class _Line:
    text: str
    y: float
    size: float


def read_pdf(path: str | os.PathLike[str], max_bytes: int | None = DEFAULT_MAX_BYTES,
             progress: Progress | None = None, processes: int = 1) -> Readable:
    """The PDF's text (see the module's docstring). ``progress`` is told the share of its pages
    read, and may raise ``Cancelled`` to stop; ``processes`` above 1: a PDF of ``SHARED_FROM``
    pages or more has them read by this process and a fork of it (``forked.beside``), a page at
    a time to whichever is free (pypdf reads a page of a typical PDF in 0.05-0.1 s)."""
    data = read_bytes(path, max_bytes)
    if b"%PDF-" not in data[:1024]:
        raise DocumentError(path, "this is not a PDF file (it does not begin as one)")
    if b"%%EOF" not in data[-2048:]:
        raise DocumentError(path, "this PDF is truncated (it does not end as a PDF ends)")
    pages = _pages(path, data, paced(progress), processes)
    if not any(line.text for page in pages for line in page):
        raise DocumentError(path, "this PDF has no text layer (a scan?); only its text can be read")
    text, headings = pdf_text(pages)
    return Readable(text, headings, PDF)


# The fewest pages a PDF has for a fork to read some of them (its start, pypdf's import in a
# fork server's process, and the PDF's opening there cost about as much as 3-5 pages).
SHARED_FROM = 16


def _pages(path: str | os.PathLike[str], data: bytes, pace: Pacer, processes: int) -> list[list[_Line]]:
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = _reader(data)
        if reader.is_encrypted:
            try:
                opened = bool(reader.decrypt(""))
            except (DependencyError, NotImplementedError, FileNotDecryptedError, PdfReadError):
                opened = False
            if not opened:
                raise DocumentError(path, "this PDF is encrypted; it needs a password to be read")
        count = len(reader.pages)
        if processes < 2 or count < SHARED_FROM or reader.is_encrypted:
            lines = []
            for k, page in enumerate(reader.pages):
                pace(k / count)
                lines.append(_page_lines(page))
            return lines
        return _shared_pages(reader, data, pace)
    except (DocumentError, Cancelled):
        raise
    except Exception as exc:  # noqa: BLE001 - a parser of untrusted files: any failure is a damaged file
        raise DocumentError(path, "this PDF is damaged and cannot be read") from exc


def _reader(data: bytes) -> Any:
    import pypdf

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged part is said once, by our message
    return pypdf.PdfReader(io.BytesIO(data), strict=False)


def _shared_pages(reader: Any, data: bytes, pace: Pacer) -> list[list[_Line]]:
    """Every page's lines, read by this process and a fork, each taking the next page not yet
    taken. A page the fork took and did not hand back (it died, or met an error) is read here,
    which then meets the error itself, if it is one."""
    count = len(reader.pages)
    turns = Turns(count)
    with beside(_pages_taken, data, turns) as fork:
        read: dict[int, list[_Line]] = {}
        for k in turns:
            pace(turns.done())
            read[k] = _page_lines(reader.pages[k])
        read.update(fork.result(waiting=lambda: pace(turns.done())) or {})
    return [read[k] if k in read else _page_lines(reader.pages[k]) for k in range(count)]


def _pages_taken(data: bytes, turns: Turns) -> dict[int, list[_Line]]:
    """In a fork: the lines of the pages it takes its turn at, by their numbers."""
    reader = _reader(data)
    return {k: _page_lines(reader.pages[k]) for k in turns}


def _page_lines(page: Any) -> list[_Line]:
    """The page's lines in the order drawn, each with its baseline's height and its type size."""
    lines: list[_Line] = []
    parts: list[str] = []
    where: list[float] = []

    def close() -> None:
        text = one_line("".join(parts))
        if text and where:
            lines.append(_Line(text, where[0], where[1]))
        parts.clear()
        where.clear()

    def visit(text: str, cm: list[float], tm: list[float], font: Any, font_size: float) -> None:
        pieces = text.split("\n")
        for k, piece in enumerate(pieces):
            if k:
                close()
            if piece.strip() and not where:
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                c, d = tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]
                where.extend((y, abs(font_size) * math.hypot(c, d)))
            parts.append(piece)

    page.extract_text(visitor_text=visit)
    close()
    # Text drawn off the page is not seen (a line a printer repeats under the next page's clip).
    box = page.mediabox
    low, high = min(box.bottom, box.top) - 1, max(box.bottom, box.top) + 1
    return [line for line in lines if low <= line.y <= high]


def pdf_text(pages: list[list[_Line]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    pages = _without_running_lines(pages)
    body = [line for page in pages for line in page]
    if not body:
        return "", ()
    sizes: Counter[float] = Counter()
    for line in body:
        sizes[round(line.size, 1)] += len(line.text)
    body_size = sizes.most_common(1)[0][0]
    gaps = [abs(a.y - b.y) for page in pages for a, b in zip(page, page[1:])
            if abs(a.size - b.size) < 0.1 * body_size and abs(a.y - b.y) > 0.2 * body_size]
    line_gap = statistics.median(gaps) if gaps else 1.2 * body_size
    paragraphs: list[tuple[bool, list[str]]] = []  # (a heading?, its lines)
    for number, page in enumerate(pages):
        last: _Line | None = None
        for line in page:
            heading = line.size > _HEADING_SIZE * body_size
            joins = False
            if paragraphs and paragraphs[-1][0] == heading:
                if last is None:  # the page's first line: a paragraph the last page left open
                    joins = number > 0 and not heading and not paragraphs[-1][1][-1].endswith(_CLOSING)
                else:
                    same_size = abs(line.size - last.size) <= 0.1 * body_size
                    joins = same_size and abs(last.y - line.y) <= _PARAGRAPH_GAP * line_gap
            if joins:
                paragraphs[-1][1].append(line.text)
            else:
                paragraphs.append((heading, [line.text]))
            last = line
    whole = " ".join(" ".join(lines) for _, lines in paragraphs)
    out = TextBuilder()
    for heading, lines in paragraphs:
        text = _joined(lines, whole)
        out.heading(text) if heading else out.paragraph(text)
    return out.text(), tuple(out.headings)


def _joined(lines: list[str], whole: str) -> str:
    text = lines[0]
    for line in lines[1:]:
        m = _HYPHENATED.search(text)
        if m and line[:1].isalpha():
            word = m[1] + "-" + line.split(" ", 1)[0].rstrip(".,;:!?)\"'\u201d\u2019")
            if line[:1].islower() and word not in whole:
                text = text[:-1] + line
            else:
                text += line
        elif text.endswith("\u00ad"):
            text = text[:-1] + line
        else:
            text += " " + line
    return text


def _without_running_lines(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Pages without their page numbers and the headers and footers that recur on them."""
    def edges(page: list[_Line]) -> list[_Line]:
        ordered = sorted(page, key=lambda line: line.y)
        return ordered[:_EDGE_LINES] + ordered[-_EDGE_LINES:]

    def shape(line: _Line) -> str:
        return _DIGITS.sub("#", line.text.lower())

    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({shape(line) for line in edges(page)})
    enough = max(2, math.ceil(len(pages) / 2))
    kept = []
    for page in pages:
        drop = {id(line) for line in edges(page)
                if _PAGE_NUMBER.fullmatch(line.text) or (len(pages) > 1 and seen[shape(line)] >= enough)}
        kept.append([line for line in page if id(line) not in drop])
    return kept
