"""The HTML report as a browser's parser reads it: one self-contained page, every document's
text as text, the chart's SVG kept to its drawing."""

from __future__ import annotations

import html
from dataclasses import replace
from html.parser import HTMLParser

from tests.core.exchange.test_timelinejs import narrative
from viewer.core.document import analyse
from viewer.core.exchange.html_report import html_report, inline_svg

SVG = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
       '<svg width="100mm" height="50mm" viewBox="0 0 400 200" xmlns="http://www.w3.org/2000/svg" '
       'xmlns:xlink="http://www.w3.org/1999/xlink" version="1.2" baseProfile="tiny">'
       '<title>chart</title><g><rect x="0" y="0" width="400" height="200" fill="#eef"/>'
       '<text x="10" y="20" xml:space="preserve">the &lt;b&gt;army&lt;/b&gt; &amp; co</text>'
       '<image x="0" y="0" width="1" height="1" xlink:href="data:image/png;base64,iVBORw0KGgo="/>'
       '<image x="0" y="0" width="1" height="1" xlink:href="https://example.org/x.png"/>'
       '<script>alert(1)</script><a href="https://example.org"><text onclick="alert(2)">x</text></a>'
       '<foreignObject><div>hi</div></foreignObject></g></svg>')


class Page(HTMLParser):
    """What a browser's tokenizer sees: the elements, their attributes, and the text."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.feed(source)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def named(self, tag: str) -> list[dict]:
        return [attrs for t, attrs in self.tags if t == tag]


def test_the_report_lists_every_event_with_its_date_lane_and_sentence():
    doc = narrative()
    page = Page(html_report([doc], SVG, "War"))
    assert len(page.named("tr")) == len(doc.events) + 1  # the header row
    text = "".join(page.text)
    for e in doc.events:
        assert e.title in text
    assert "3 May 1940" in text and "480 BC" in text and "1930s" in text and "undated" in text
    assert "France" in text and "No actor" in text


def test_events_come_in_date_order_undated_last_and_hidden_ones_not_at_all():
    doc = narrative()
    rows = html_report([doc]).split("<tbody>")[1].split("</tr>")
    assert "Persians" in rows[0] and "Nobody knows" in rows[len(doc.events) - 1]
    hidden = replace(doc, events=doc.events[1:], hidden=(doc.events[0],))
    assert "Nobody knows" not in html_report([hidden])


def test_a_documents_text_is_never_markup():
    doc = analyse('<script>alert("x")</script> was written in 1950 & the <b>army</b> came in 1951. '
                  '<img src=x onerror=alert(1)> in 1952.', 'notes/<i>a&b<i>.txt')
    report = html_report([doc], SVG)
    page = Page(report)
    assert page.named("script") == [] and page.named("b") == [] and page.named("img") == [] and page.named("i") == []
    assert not any(name.startswith("on") for _, attrs in page.tags for name in attrs)
    text = "".join(page.text)
    assert '<script>alert("x")</script>' in text and "<b>army</b>" in text and "<i>a&b<i>.txt" in text
    assert html.escape("the <b>army</b>") in report


def test_the_page_is_self_contained():
    page = Page(html_report([narrative()], SVG))
    for _, attrs in page.tags:
        for name in ("src", "href", "xlink:href"):
            assert attrs.get(name) is None or attrs[name].startswith(("data:", "#")), attrs
    assert page.named("link") == [] and page.named("script") == [] and page.named("iframe") == []
    [csp] = [m for m in page.named("meta") if m.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in csp["content"]
    assert page.named("meta")[0] == {"charset": "utf-8"}


def test_the_chart_is_inline_svg_kept_to_its_drawing():
    svg = inline_svg(SVG, "War & <peace>")
    page = Page(svg)
    tags = [t for t, _ in page.tags]
    assert tags[0] == "svg" and "rect" in tags and "text" in tags and "image" in tags
    assert not {"script", "foreignobject", "a", "div"} & set(tags)
    [root] = page.named("svg")
    assert root["width"] == "100%" and "height" not in root and root["viewbox"] == "0 0 400 200"
    assert root["aria-label"] == "War & <peace>"
    assert [i.get("href") for i in page.named("image")] == ["data:image/png;base64,iVBORw0KGgo=", None]
    assert "the <b>army</b> & co" in "".join(page.text)
    assert "<svg" in html_report([narrative()], SVG)


def test_no_chart_when_the_svg_is_not_one():
    assert inline_svg("not xml") is None
    assert inline_svg('<html xmlns="http://www.w3.org/1999/xhtml"/>') is None
    assert "<svg" not in html_report([narrative()], "<<")


def test_lone_surrogates_do_not_stop_the_report():
    doc = analyse("In 1940 the \ud800 army came.", "x\udcff.txt")
    html_report([doc]).encode("utf-8")
