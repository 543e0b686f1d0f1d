"""Markdown: the text without its markup, headings alone on their lines (sections, not events)."""

from __future__ import annotations

from viewer.core.formats.markdown import markdown_text, read_markdown
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
