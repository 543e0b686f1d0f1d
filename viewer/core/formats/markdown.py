"""Markdown (CommonMark, with tables): the text without its markup, headings as sections.

Emphasis, links (their text kept, their targets dropped), images (their alt text kept), HTML
tags and code marks go; each heading, paragraph, list item and table row is a paragraph of
the readable text, a heading alone on its line. A front matter's ``date:`` is the page's date.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from viewer.core.formats import MARKDOWN
from viewer.core.formats.building import Readable, TextBuilder
from viewer.core.formats.page_date import iso_day
from viewer.core.text.decoding import DEFAULT_MAX_BYTES, read_document

if TYPE_CHECKING:
    from markdown_it.token import Token

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FRONT_DATE = re.compile(r"^(?:date|published|created)\s*:\s*['\"]?([^'\"\r\n]+)", re.MULTILINE | re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def read_markdown(path: str | os.PathLike[str], max_bytes: int | None = DEFAULT_MAX_BYTES) -> Readable:
    text, headings, page_date = markdown_text(read_document(path, max_bytes))
    return Readable(text, headings, MARKDOWN, page_date)


def markdown_text(source: str) -> tuple[str, tuple[tuple[int, int], ...], str | None]:
    """The readable text of a Markdown source, its headings' spans, and its front matter's date."""
    from markdown_it import MarkdownIt

    page_date = None
    front = _FRONT_MATTER.match(source)
    if front:
        found = _FRONT_DATE.search(front[1])
        page_date = iso_day(found[1]) if found else None
        source = source[front.end():]
    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(source)
    out = TextBuilder()
    row: list[str] | None = None
    in_heading = False
    for token in tokens:
        kind = token.type
        if kind == "heading_open":
            in_heading = True
        elif kind == "heading_close":
            in_heading = False
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close":
            out.paragraph(" | ".join(cell for cell in row or () if cell))
            row = None
        elif kind == "inline":
            words = _inline_text(token.children or [])
            if row is not None:
                row.append(" ".join(words.split()))
            elif in_heading:
                out.heading(words)
            else:
                out.lines(words) if "\n" in words.strip() else out.paragraph(words)
        elif kind in ("fence", "code_block"):
            out.lines(token.content)
    return out.text(), tuple(out.headings), page_date


def _inline_text(children: list[Token]) -> str:
    parts: list[str] = []
    for child in children:
        kind = child.type
        if kind in ("text", "code_inline"):
            parts.append(child.content)
        elif kind == "softbreak":
            parts.append(" ")
        elif kind == "hardbreak":
            parts.append("\n")
        elif kind == "image":
            parts.append(_inline_text(child.children or []) or child.content)
        elif kind == "html_inline" and not _TAG.fullmatch(child.content.strip()):
            parts.append(child.content)
    return "".join(parts)
