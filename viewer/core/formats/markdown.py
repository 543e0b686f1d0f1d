"""Markdown (CommonMark, with tables): the text without its markup, headings as sections.

Emphasis, links (their text kept, their targets dropped), images (their alt text kept), HTML
tags and code marks go; each heading, paragraph, list item and table row is a paragraph of
the readable text, a heading alone on its line. A front matter's ``date:`` is the page's date.

markdown-it-py reads the blocks (0.9 s for 10 MB, told as it goes through a block rule that
reads nothing) and this module the inline text of each, a paragraph at a time: one with no
inline markup at all is taken as it is, as markdown-it would give it back (it would take
half a second more on 10 MB). Line ends are made ``\\n`` here, a megabyte at a time, not by
markdown-it's one ``re.sub`` over the whole text (70 ms on 10 MB without letting go of the
GIL: a window's GUI thread waited as long).
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from viewer.core.formats import MARKDOWN
from viewer.core.formats.building import Readable, TextBuilder
from viewer.core.formats.page_date import iso_day
from viewer.core.gc_pause import emptied
from viewer.core.progress import Pacer, Progress, paced
from viewer.core.text.decoding import DEFAULT_MAX_BYTES, read_document

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_block import StateBlock
    from markdown_it.token import Token

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FRONT_DATE = re.compile(r"^(?:date|published|created)\s*:\s*['\"]?([^'\"\r\n]+)", re.MULTILINE | re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
# What an inline rule of the parser may act on (the others only pass the text on): escapes,
# code, strike-through, emphasis, autolinks and HTML, entities; and a bracket, where a link or
# an image may be (see ``inline_text``). A paragraph without them is its text, line ends aside.
_INLINE_MARKS = re.compile(r"[\\`~*_<]|&(?:#|[a-z][a-z0-9]*;)", re.IGNORECASE)
_BLOCK_SHARE = 0.6  # of a read: the blocks (the rest is their inline text)
_CHUNK = 1 << 20


def read_markdown(path: str | os.PathLike[str], max_bytes: int | None = DEFAULT_MAX_BYTES,
                  progress: Progress | None = None) -> Readable:
    """The Markdown file's text. ``progress`` is told the share of it read, and may raise
    ``Cancelled`` to stop."""
    text, headings, page_date = markdown_text(read_document(path, max_bytes), paced(progress))
    return Readable(text, headings, MARKDOWN, page_date)


def markdown_text(source: str, pace: Pacer | None = None) -> tuple[str, tuple[tuple[int, int], ...], str | None]:
    """The readable text of a Markdown source, its headings' spans, and its front matter's date."""
    from markdown_it import MarkdownIt

    pace = pace or Pacer()
    page_date = None
    front = _FRONT_MATTER.match(source)
    if front:
        found = _FRONT_DATE.search(front[1])
        page_date = iso_day(found[1]) if found else None
        source = source[front.end():]
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable(["normalize", "inline"])
    blocks = pace.part(0.0, _BLOCK_SHARE)

    def told(state: StateBlock, start: int, _end: int, _silent: bool) -> bool:
        blocks(start / state.lineMax)
        return False  # (reads nothing: the next rule reads the block)

    parser.block.ruler.before("table", "told", told)
    env: dict[str, object] = {}
    tokens = parser.parse(_normalized(source), env)
    inlines = pace.part(_BLOCK_SHARE, 1.0)
    out = TextBuilder()
    row: list[str] | None = None
    in_heading = False
    for k, token in enumerate(tokens):
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
            if not k & 255:
                inlines(k / len(tokens))
            words = inline_text(parser, token.content, env)
            if row is not None:
                row.append(" ".join(words.split()))
            elif in_heading:
                out.heading(words)
            else:
                out.lines(words) if "\n" in words.strip() else out.paragraph(words)
        elif kind in ("fence", "code_block"):
            out.lines(token.content)
    emptied(tokens)  # (a long file's hundreds of thousands, freed a part at a time)
    return out.text(), tuple(out.headings), page_date


def inline_text(parser: MarkdownIt, content: str, env: dict[str, object]) -> str:
    """A block's inline content as text: what markdown-it's inline rules make of it. A bracket
    opens a link or an image only before "](" or where the document defines references:
    else "[13]" is text."""
    if _INLINE_MARKS.search(content) is None and ("[" not in content or "](" not in content
                                                  and "references" not in env):
        return _plain(content)
    children: list[Token] = []
    parser.inline.parse(content, parser, env, children)
    return _inline_text(children)


def _plain(content: str) -> str:
    """Inline content without markup, as its tokens would read: each line end a soft break, or a
    hard one after two spaces or more (the spaces before it dropped, and one before a soft
    break), and the spaces and tabs opening the next line skipped."""
    if "\n" not in content:
        return content
    lines = content.split("\n")
    parts = [lines[0]]
    for line in lines[1:]:
        last = parts[-1]
        if last.endswith("  "):
            parts[-1] = last.rstrip(" ")
            parts.append("\n")
        else:
            parts[-1] = last[:-1] if last.endswith(" ") else last
            parts.append(" ")
        parts.append(line.lstrip(" \t"))
    return "".join(parts)


def _normalized(source: str) -> str:
    """Line ends as ``\\n`` and NUL as U+FFFD (markdown-it's own normalization), by calls over a
    megabyte each."""
    if "\r" not in source and "\0" not in source:
        return source
    pieces, start = [], 0
    while start < len(source):
        end = start + _CHUNK
        end += source[end - 1:end] == "\r"  # (a "\r\n" is not cut in two)
        pieces.append(source[start:end].replace("\r\n", "\n").replace("\r", "\n").replace("\0", "\ufffd"))
        start = end
    return "".join(pieces)


def _inline_text(children: list[Token]) -> str:
    parts: list[str] = []
    for child in children:
        kind = child.type
        if kind in ("text", "text_special", "code_inline"):  # (text_special: an escape, an entity)
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
