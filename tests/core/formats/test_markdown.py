"""Markdown: the text without its markup, headings alone on their lines (sections, not events)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.formats.markdown import _inline_text, inline_text, markdown_text, read_markdown
from viewer.core.opening import open_document

NOTE = """---
title: Leningrad
date: 2014-01-27
---
# The *siege* of Leningrad

The **siege** began on [8 September 1941](https://example.org/1941 "on 3 May 1915").
It ended in _January 1944_. ![A map of 1942](map-1943.png)

## Course of the siege.

- The ice road opened in `November 1941`.
- Evacuations followed<br>in 1942.

| When | What |
| --- | --- |
| 1943 | The blockade was broken. |
"""


def test_the_text_without_markup_and_headings_alone():
    text, headings, page_date = markdown_text(NOTE)
    assert text == (
        "The siege of Leningrad\n\n"
        "The siege began on 8 September 1941. It ended in January 1944. A map of 1942\n\n"
        "Course of the siege.\n\n"
        "The ice road opened in November 1941.\n\n"
        "Evacuations followedin 1942.\n\n"
        "When | What\n\n"
        "1943 | The blockade was broken.\n")
    assert [text[s:e] for s, e in headings] == ["The siege of Leningrad", "Course of the siege."]
    assert page_date == "2014-01-27"
    for gone in ("*", "_", "https", "1915", "1943.png", "[", "#", "---"):
        assert gone not in text


def test_read_as_markdown_with_offsets_into_the_readable_text(tmp_path):
    path = tmp_path / "note.md"
    path.write_text(NOTE.split("---\n", 2)[2], encoding="utf-8")
    readable = read_markdown(path)
    assert readable.format == "markdown" and readable.page_date is None
    doc = open_document(path)
    assert doc.text == readable.text
    assert [t.text for t in doc.timexes][:2] == ["8 September 1941", "January 1944"]
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text
    # "…siege." ends as a sentence does, so the plain-text rule takes it for one; a table's head row is a heading
    assert [h.text for h in doc.headings] == ["The siege of Leningrad", "When | What"]
    assert "The siege of Leningrad" not in [e.title for e in doc.events]


def test_plain_prose_is_kept_as_it_is():
    assert markdown_text("On 3 May 1915 the siege began.")[0] == "On 3 May 1915 the siege began.\n"
    assert markdown_text("")[0] == ""


# Inline content as a block gives it: words, spaces and tabs, line ends, and every mark an
# inline rule acts on or passes over, in runs ("[13]", "](", "&amp;", "  \n").
_PIECES = st.sampled_from(["word", "3 May", " ", "  ", "\t", "\n", "[", "]", "](x)", "[13]", "!", "*", "_", "`",
                           "~~", "\\", "<", "<b>", "&", "&amp;", "&#35;", "#", ":", "-", "(", ")", "é"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join), st.booleans())
def test_inline_text_is_what_the_parsers_inline_rules_make_of_it(content, references):
    # (a paragraph without inline markup is taken as it is, not parsed: it must read the same)
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    env = {"references": {"X": {"href": "x", "title": ""}}} if references else {}
    children = []
    parser.inline.parse(content, parser, env, children)
    assert inline_text(parser, content, env) == _inline_text(children)


def test_line_ends_and_nul_read_as_markdown_it_reads_them_even_across_the_parts_normalized(monkeypatch):
    from viewer.core.formats import markdown

    source = "# On\r\n\r\n3 May\r1915 the siege\r\nbegan.  \r\nIt\x00ended\r\r\nlater.\r"
    expected = markdown_text(source.replace("\r\n", "\n").replace("\r", "\n").replace("\0", "\ufffd"))
    assert expected[0] == "On\n\n3 May 1915 the siege began.\nIt\ufffdended\n\nlater.\n"
    for size in (1, 2, 3, 5, 1 << 20):  # (parts of a megabyte; a "\r\n" is never cut in two)
        monkeypatch.setattr(markdown, "_CHUNK", size)
        assert markdown_text(source) == expected


def test_a_long_markdown_file_tells_how_far_it_is_read_and_a_cancel_stops_it(tmp_path, opened_telling):
    lines = [f"Convoy {n} sailed on {n % 28 + 1} March 1942 [{n}] and came home *{n % 9 + 2} weeks* later."
             for n in range(3000)]
    path = tmp_path / "convoys.md"
    path.write_text("# Convoys\n\n" + "\n\n".join(lines), encoding="utf-8")
    doc, shares, before_dates = opened_telling(path)
    assert len(doc.events) == 3000 and shares == sorted(shares) and shares[-1] == 1.0
    assert len([s for s in before_dates if s > 0]) >= 3  # the blocks' and their text's reading is told as it goes
    opened_telling.cancelled_at(path, 0.05)
