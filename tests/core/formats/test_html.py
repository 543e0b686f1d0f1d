"""A saved web page: its article, never its furniture; the charset; the page's own date."""

from __future__ import annotations

import codecs

import pytest

from tests.core.formats.makers import article_page
from viewer.core.formats.html import decode_html, html_text, read_html
from viewer.core.opening import open_document
from viewer.core.text.decoding import DocumentError

FURNITURE_YEARS = [str(y) for y in range(1801, 1812)]


def test_the_article_is_read_and_nothing_around_it(tmp_path):
    page = tmp_path / "siege.html"
    page.write_bytes(article_page().encode("cp1252"))
    readable = read_html(page)
    assert readable.format == "html"
    assert readable.text == (
        "The siege of Leningrad\n\nCourse of the siege\n\n"
        "The siege began on 8 September 1941.[1] It ended in January 1944, after 872 days.\n\n"
        "The ice road opened in November 1941.\n")
    for year in FURNITURE_YEARS:
        assert year not in readable.text
    assert "edit" not in readable.text and "<" not in readable.text
    assert [readable.text[s:e] for s, e in readable.headings] == ["The siege of Leningrad", "Course of the siege"]


@pytest.mark.parametrize("dated", [False, True])
def test_none_of_the_furnitures_dates_is_read_and_headings_are_no_events(tmp_path, dated):
    # With a page date too: a page's headings are marked as such, never a news text's headline.
    page = tmp_path / "siege.html"
    page.write_text(article_page(dated=dated), encoding="utf-8")
    doc = open_document(page)
    assert doc.document_date == ("2013-03-22" if dated else None)
    assert [t.text for t in doc.timexes] == ["8 September 1941", "January 1944", "872 days", "November 1941"]
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text
    assert [h.text for h in doc.headings] == ["The siege of Leningrad", "Course of the siege"]
    assert all("siege of Leningrad" != e.title for e in doc.events)
    assert [e.value for e in doc.events][:2] == ["1941-09-08", "1944-01"]


def test_the_pages_date_is_the_document_date_and_a_given_date_wins(tmp_path):
    page = tmp_path / "siege.html"
    page.write_text(article_page(), encoding="utf-8")
    doc = open_document(page)
    assert (doc.document_date, doc.document_date_source) == ("2013-03-22", "the page's metadata")
    given = open_document(page, document_date="2020-01-02")
    assert (given.document_date, given.document_date_source) == ("2020-01-02", "given")


@pytest.mark.parametrize("meta", [
    '<meta itemprop="datePublished" content="2001-09-11">',
    '<meta name="DC.date.issued" content="2001-09-11T10:00">',
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2001-09-11T09:00Z"}</script>',
    '<time pubdate datetime="2001-09-11">Tuesday</time>',
])
def test_publication_metadata_in_its_usual_places(meta):
    assert html_text(f"<html><head>{meta}</head><body><p>Hi.</p></body></html>")[2] == "2001-09-11"


def test_a_page_without_metadata_has_no_page_date():
    assert html_text("<p>On 3 May 1915 it began.</p>") == ("On 3 May 1915 it began.\n", (), None)


def test_charset_from_the_bom_or_the_page():
    assert decode_html(codecs.BOM_UTF8 + "<p>caf\u00e9</p>".encode()) == "<p>caf\u00e9</p>"
    assert decode_html(codecs.BOM_UTF16_LE + "<p>caf\u00e9</p>".encode("utf-16-le")) == "<p>caf\u00e9</p>"
    latin = '<meta charset="iso-8859-1"><p>caf\u00e9</p>'.encode("latin-1")
    assert "caf\u00e9" in decode_html(latin)
    koi8 = '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>\u041c\u0438\u0440</p>'
    assert "\u041c\u0438\u0440" in decode_html(koi8.encode("koi8-r"))
    assert "caf\u00e9" in decode_html("<p>caf\u00e9</p>".encode())  # no declaration: UTF-8


def test_wikipedia_markup_keeps_the_content_and_drops_its_apparatus():
    page = ('<html><body><h1 id="firstHeading">Battle of Kursk</h1><div id="mw-content-text">'
            '<div class="mw-parser-output"><div class="hatnote">For the 1943 film, see X.</div>'
            '<table class="infobox"><tr><td>5 July 1943</td></tr></table>'
            '<div id="toc" class="toc">Contents 1 Background</div>'
            '<p>The battle began on 5 July 1943.<sup class="reference"><a href="#cite_note-3">[3]</a></sup></p>'
            '<h2><span class="mw-headline">Notes</span><span class="mw-editsection">[edit]</span></h2>'
            '<div class="reflist"><ol class="references"><li>Published 1999.</li></ol></div>'
            '<h2>External links</h2><ul><li>Archive of 2004</li></ul></div></div></body></html>')
    text, headings, _ = html_text(page)
    assert text == "Battle of Kursk\n\nThe battle began on 5 July 1943.[3]\n"
    assert headings == ((0, 15),)


def test_a_binary_file_named_html_is_refused(tmp_path):
    page = tmp_path / "picture.html"
    page.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    with pytest.raises(DocumentError, match="binary"):
        read_html(page)


def test_an_empty_page_is_an_empty_text(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("  ", encoding="utf-8")
    assert read_html(page).text == ""
    assert open_document(page).events == []


def test_a_long_web_page_tells_how_far_it_is_read_and_a_cancel_stops_it(tmp_path, opened_telling):
    rows = "\n".join(f"<p>Convoy {n} sailed on <b>{n % 28 + 1} March 1942</b> and came home {n % 9 + 2} weeks "
                     f"later.</p>" for n in range(3000))
    path = tmp_path / "convoys.html"
    path.write_text(f"<html><body><article><h1>Convoys</h1>\n{rows}\n</article></body></html>", encoding="utf-8")
    doc, shares, before_dates = opened_telling(path)
    assert len(doc.events) == 3000 and shares == sorted(shares) and shares[-1] == 1.0
    assert len([s for s in before_dates if s > 0]) >= 3  # the elements' reading is told as it goes, by their lines
    opened_telling.cancelled_at(path, 0.05)
