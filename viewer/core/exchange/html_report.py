"""File > Export > HTML Report: one self-contained page, the chronology then its events.

The page is one HTML file that opens offline in any browser: its style inline, the chart an
inline SVG (the window draws it; ``inline_svg`` takes what a browser needs of it), then a table
per document of its events in date order (undated ones last): date, lane, dating and sentence.
Nothing is fetched: no script, font, style sheet or image from elsewhere, and a
Content-Security-Policy that forbids them, so even a page edited afterwards loads nothing.

A document's text is never markup: every sentence, lane and file name is HTML-escaped, and
the SVG goes through an XML parser and back, keeping only its drawing (no script, no
``foreignObject``, no event handler attributes, no link that is not ``data:image/`` or ``#``).
"""

from __future__ import annotations

import html
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterable

from viewer.core.dates.date_text import date_text
from viewer.core.document import Document
from viewer.core.events import Event
from viewer.core.exchange.safe_text import file_name, without_lone_surrogates
from viewer.core.kinds import NO_ACTOR

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_UNSAFE_ELEMENTS = frozenset({"script", "foreignObject", "iframe", "object", "embed", "audio", "video", "a"})
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2em auto;
       max-width: 1200px; padding: 0 1em; color: #202124; background: #fff; }
h1 { font-size: 1.5em; margin-bottom: .2em; }
h2 { font-size: 1.2em; margin-top: 2em; }
p.summary { color: #5f6368; margin-top: 0; }
figure { margin: 1em 0; border: 1px solid #dadce0; }
figure svg { display: block; width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; font-size: .95em; }
th, td { text-align: left; vertical-align: top; padding: .35em .6em; border-bottom: 1px solid #e8eaed; }
th { background: #f1f3f4; position: sticky; top: 0; }
td.date { white-space: nowrap; }
td.dating { color: #5f6368; }
tr.undated td { color: #80868b; }
""".strip()


def _e(s: str) -> str:
    return html.escape(without_lone_surrogates(s))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _clean(element: ET.Element) -> None:
    for child in list(element):
        if not isinstance(child.tag, str) or _local(child.tag) in _UNSAFE_ELEMENTS:
            element.remove(child)
        else:
            child.tag = _local(child.tag)
            _clean(child)
    for name in list(element.attrib):
        local = _local(name)
        value = element.attrib[name]
        if local.lower().startswith("on"):
            del element.attrib[name]
        elif local == "href":
            del element.attrib[name]
            if value.startswith(("data:image/", "#")):
                element.set("href", value)  # SVG 2's href: an HTML page has no xlink prefix


def inline_svg(svg: str | bytes, label: str = "") -> str | None:
    """An SVG file as an ``<svg>`` element to put in HTML: drawing only, its width the page's
    (its viewBox keeps its shape). None when it is not an SVG."""
    try:
        root = ET.fromstring(svg)
    except ET.ParseError:
        return None
    if root.tag != f"{{{SVG_NS}}}svg":
        return None
    _clean(root)
    root.tag = "svg"  # the tags without their namespace; the xmlns attribute gives it back
    root.set("xmlns", SVG_NS)
    root.set("width", "100%")
    root.attrib.pop("height", None)
    root.set("role", "img")
    if label:
        root.set("aria-label", without_lone_surrogates(label))
    return ET.tostring(root, encoding="unicode")


def _order(events: Iterable[Event]) -> list[Event]:
    return sorted(events, key=lambda e: (e.interval is None, e.interval.first if e.interval else 0,
                                         e.interval.last if e.interval else 0))


def _rows(doc: Document) -> list[str]:
    rows = []
    for e in _order(doc.events):
        when = date_text(e.value, e.interval) if e.interval is not None else "undated"
        css = ' class="undated"' if e.interval is None else ""
        rows.append(f'<tr{css}><td class="date">{_e(when)}</td><td>{_e(e.lane or NO_ACTOR)}</td>'
                    f'<td class="dating">{_e(e.dating)}</td><td>{_e(e.title)}</td></tr>')
    return rows


def _document_section(doc: Document) -> str:
    name = _e(file_name(os.path.basename(doc.path) or doc.path)) or "Untitled"
    where = f' title="{_e(file_name(doc.path))}"' if doc.path else ""
    dated = sum(e.interval is not None for e in doc.events)
    written = f"; written {_e(date_text(doc.document_date))}" if doc.document_date else ""
    return "\n".join([
        f"<section>\n<h2{where}>{name}</h2>",
        f'<p class="summary">{len(doc.events)} events, {dated} dated{written}</p>',
        "<table>\n<thead><tr><th>Date</th><th>Lane</th><th>Dating</th><th>Sentence</th></tr></thead>\n<tbody>",
        *_rows(doc),
        "</tbody>\n</table>\n</section>",
    ])


def html_report(docs: list[Document], svg: str | bytes | None = None, title: str = "") -> str:
    """The report page: ``title`` (else the documents' names), the chart ``svg`` (an SVG file's
    text, when there is one), then each document's events."""
    title = title or ", ".join(file_name(os.path.basename(d.path) or d.path) for d in docs) or "Chronology"
    chart = inline_svg(svg, title) if svg else None
    total = sum(len(d.events) for d in docs)
    dated = sum(e.interval is not None for d in docs for e in d.events)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">\n<head>\n<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="timeline-viewer">',
        f"<title>{_e(title)}</title>",
        f"<style>\n{STYLE}\n</style>\n</head>\n<body>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="summary">{total} events, {dated} dated, in {len(docs)} '
        f'document{"" if len(docs) == 1 else "s"}</p>',
    ]
    if chart is not None:
        parts.append(f"<figure>\n{chart}\n</figure>")
    parts.extend(_document_section(d) for d in docs)
    parts.append("</body>\n</html>\n")
    return "\n".join(parts)
