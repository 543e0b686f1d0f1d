"""A saved web page (a Wikipedia article, a news story): its main text, headings and paragraphs.

Never read: scripts, styles, comments, navigation, headers and footers of the page, forms,
asides, infoboxes and navigation boxes, tables of contents, edit links ("[edit]"), and the
reference lists and the sections after them ("References", "Notes", "External links"...).
Footnote marks (``<sup class="reference">``) are kept as their bracketed text ("[12]"), the
citation marks the plain-text reader already knows (``text.citations``).

The charset comes from a byte-order mark, else the page's ``<meta charset>`` (or its
``http-equiv``), else UTF-8 with Windows-1252 for what is not. The page's own date is read
from its publication metadata (``article:published_time``, ``datePublished``, Dublin Core,
``<time pubdate>``).
"""

from __future__ import annotations

import codecs
import os
import re
from typing import TYPE_CHECKING

from viewer.core.formats import HTML
from viewer.core.formats.building import Readable, TextBuilder, one_line
from viewer.core.formats.page_date import iso_day
from viewer.core.progress import Pacer, Progress, paced
from viewer.core.text.decoding import DEFAULT_MAX_BYTES, BinaryContentError, DocumentError, decode_bytes, read_bytes

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")

# Whole elements that are never text of the article.
_DROPPED_TAGS = frozenset({
    "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button", "iframe", "svg",
    "math", "canvas", "video", "audio", "object", "embed", "select", "textarea", "input", "label", "menu",
    "dialog", "head", "title", "meta", "link", "img", "picture", "figure", "map",
})
_DROPPED_ROLES = frozenset({"navigation", "contentinfo", "banner", "complementary", "search", "menu", "menubar",
                            "note", "doc-endnotes", "doc-bibliography", "doc-footnotes"})
# Class names and ids of page furniture (whole words of a class attribute).
_DROPPED_CLASSES = frozenset({
    "mw-editsection", "editsection", "navbox", "vertical-navbox", "infobox", "sidebar", "metadata", "ambox",
    "hatnote", "toc", "mw-references-wrap", "references", "reflist", "refbegin", "mw-jump-link", "noprint",
    "catlinks", "printfooter", "mw-indicators", "shortdescription", "navigation", "nav", "menu", "breadcrumb",
    "breadcrumbs", "share", "social", "footer", "site-footer", "header", "site-header", "masthead", "cookie",
    "advert", "ad", "ads", "related", "comments", "byline-share", "skip-link", "mw-cite-backlink", "footnotes",
})
_DROPPED_IDS = frozenset({"toc", "catlinks", "footer", "mw-navigation", "mw-head", "mw-panel", "sitesub",
                          "jump-to-nav", "references", "footnotes", "comments", "siteSub"})
# Sections of a reference apparatus: their heading and all below it, to the next heading as high.
_APPARATUS = re.compile(
    r"(?:references?|notes?|footnotes?|endnotes?|citations?|sources?|bibliography|further reading|"
    r"external links?|see also|works cited|notes and references|references and notes|explanatory notes)\W*",
    re.IGNORECASE)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = frozenset({
    "p", "div", "section", "article", "main", "header", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd",
    "table", "thead", "tbody", "tfoot", "tr", "caption", "figcaption", "address", "hr", "center", "details",
    "summary", "body", "html",
})
_CELLS = frozenset({"td", "th"})
# Publication metadata: <meta property|name|itemprop=... content=...>, earliest first.
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "date", "dc.date",
              "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.issued", "dcterms.date",
              "pubdate", "publishdate", "publish-date", "publish_date", "sailthru.date", "parsely-pub-date",
              "article.published", "citation_publication_date", "citation_date", "created")
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


def read_html(path: str | os.PathLike[str], max_bytes: int | None = DEFAULT_MAX_BYTES,
              progress: Progress | None = None) -> Readable:
    """The page's text. ``progress`` is told the share of its elements read (10 MB take about
    0.8 s), and may raise ``Cancelled`` to stop."""
    data = read_bytes(path, max_bytes)
    try:
        source = decode_html(data)
    except BinaryContentError as exc:
        raise DocumentError(path, "this is a binary file, not a web page") from exc
    text, headings, page_date = html_text(source, paced(progress))
    return Readable(text, headings, HTML, page_date)


def decode_html(data: bytes) -> str:
    """The page's text: a BOM's encoding, else its declared charset, else UTF-8 or Windows-1252."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_bytes(data)
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            codec = codecs.lookup(declared[1].decode("ascii"))
        except LookupError:
            codec = None
        if codec is not None and codec.name not in ("utf-8", "utf-16", "utf-32"):
            if b"\0" in data:
                raise BinaryContentError("the data contains NUL bytes")
            return data.decode(codec.name, errors="replace")
    return decode_bytes(data)


def html_text(source: str, pace: Pacer | None = None) -> tuple[str, tuple[tuple[int, int], ...], str | None]:
    """The readable text of a page, its headings' spans, and its publication date. ``pace`` is
    told how far down the page the reading of its elements is (by their lines)."""
    import lxml.html
    from lxml import etree

    source = _XML_DECLARATION.sub("", source, count=1)
    if not source.strip():
        return "", (), None
    try:
        root = lxml.html.document_fromstring(source)
    except (etree.ParserError, ValueError):  # no element at all: nothing to read
        return "", (), None
    page_date = _page_date(root)
    out = TextBuilder()
    main = _main_element(root)
    if main is not root and not any(el.tag == "h1" for el in main.iter()):
        titles = [h for h in root.iter("h1") if not _dropped(h)]
        if titles:
            out.heading(titles[0].text_content())
    _Walk(out, pace or Pacer(), source.count("\n") + 1).block(main)
    return out.text(), tuple(out.headings), page_date


def _page_date(root: HtmlElement) -> str | None:
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in _DATE_META and key not in found:
            day = iso_day(meta.get("content"))
            if day:
                found[key] = day
    for key in _DATE_META:
        if key in found:
            return found[key]
    for script in root.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            m = _LD_DATE.search(script.text)
            if m and iso_day(m[1]):
                return iso_day(m[1])
    for time in root.iter("time"):
        if time.get("pubdate") is not None or (time.get("itemprop") or "").lower() == "datepublished":
            day = iso_day(time.get("datetime"))
            if day:
                return day
    return None


def _main_element(root: HtmlElement) -> HtmlElement:
    """Where the article is: Wikipedia's content, <main>, the longest <article>, role=main, else <body>."""
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        classes = (el.get("class") or "").split()
        if "mw-parser-output" in classes or el.get("id") == "mw-content-text":
            return el
    for tag in ("main", "article"):
        candidates = [el for el in root.iter(tag) if not _dropped(el)]
        if candidates:
            return max(candidates, key=lambda el: len(el.text_content()))
    for el in root.iter():
        if isinstance(el.tag, str) and el.get("role") == "main":
            return el
    body = root.find("body")
    return body if body is not None else root


def _dropped(el: HtmlElement) -> bool:
    tag = el.tag
    if not isinstance(tag, str):  # a comment, a processing instruction
        return True
    if tag in _DROPPED_TAGS:
        return True
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    if (el.get("role") or "").lower() in _DROPPED_ROLES:
        return True
    if (el.get("id") or "").lower() in _DROPPED_IDS:
        return True
    classes = el.get("class")
    return bool(classes) and not _DROPPED_CLASSES.isdisjoint(c.lower() for c in classes.split())


class _Walk:
    """The main element's blocks in document order, each a paragraph or a heading."""

    def __init__(self, out: TextBuilder, pace: Pacer, lines: int) -> None:
        self.out, self.pace, self.lines = out, pace, lines
        self.seen = 0  # elements: every 256th tells the pace its line
        self.inline: list[str] = []
        self.skip_below: int | None = None  # inside a reference section: its heading's level

    def flush(self) -> None:
        if self.inline:
            text = "".join(self.inline)
            self.inline = []
            if self.skip_below is None:
                self.out.paragraph(text)

    def block(self, el: HtmlElement) -> None:
        if el.text:
            self.inline.append(el.text)
        for child in el:
            self.node(child)
            if child.tail:
                self.inline.append(child.tail)

    def node(self, el: HtmlElement) -> None:
        self.seen += 1
        if not self.seen & 255:
            self.pace((el.sourceline or 0) / self.lines)
        if _dropped(el):
            return
        tag = el.tag
        if tag in _HEADINGS:
            self.flush()
            self.heading(el, _HEADINGS[tag])
        elif tag == "pre":
            self.flush()
            if self.skip_below is None:
                self.out.lines(el.text_content())
        elif tag in _BLOCKS:
            self.flush()
            self.block(el)
            self.flush()
        elif tag in _CELLS:
            if self.inline and "".join(self.inline).strip():
                self.inline.append(" | ")
            self.block(el)
        elif tag == "br":
            self.inline.append("\n")
        else:
            self.block(el)

    def heading(self, el: HtmlElement, level: int) -> None:
        words = one_line(_visible_text(el))
        if self.skip_below is not None and level > self.skip_below:
            return
        self.skip_below = None
        if _APPARATUS.fullmatch(words):
            self.skip_below = level
            return
        self.out.heading(words)


def _visible_text(el: HtmlElement) -> str:
    parts: list[str] = [el.text or ""]
    for child in el:
        if not _dropped(child):
            parts.append(_visible_text(child))
        parts.append(child.tail or "")
    return "".join(parts)
