"""A document as TimeML: its text with each temporal expression a TIMEX3 element.

::

    <?xml version="1.0" encoding="UTF-8"?>
    <TimeML>
    <DOCID>war.txt</DOCID>
    <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false"
        functionInDocument="CREATION_TIME">1998-01-08</TIMEX3></DCT>
    <TEXT>On <TIMEX3 tid="t1" type="DATE" value="1939-09-01">1 September 1939</TIMEX3>, ...</TEXT>
    </TimeML>

``DCT`` (the document's creation time) is there when the document's date is known
(``Document.document_date``). The text inside ``TEXT`` is the document's text exactly: its
characters escaped (``&lt;``, ``&amp;``; a carriage return as ``&#13;``, which an XML reader
would otherwise turn into a line feed), so the concatenated text of ``TEXT`` is the document,
and each TIMEX3 holds ``text[start:end]``. A character XML 1.0 cannot hold (a control
character, a lone surrogate) is written as U+FFFD, one for one, so offsets still count the
same. An expression with no value (one the reader could not place) has no ``value``
attribute; ``tid`` is ``t`` and the expression's index in ``extract``'s ``timexes`` plus one.

Several documents go in one file as ``<TimeMLCollection>`` holding a ``<TimeML>`` each.
"""

from __future__ import annotations

import re

from viewer.core.document import Document
from viewer.core.exchange.safe_text import file_name

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;"}
_TO_ESCAPE = re.compile('[&<>"\r]')
HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n'


def xml_text(s: str) -> str:
    """``s`` as XML character data (or an attribute value) that reads back as ``s``."""
    s = _NOT_XML.sub("\ufffd", s)
    return _TO_ESCAPE.sub(lambda m: _ESCAPES[m.group()], s)


def _timex(tid: str, type_: str, value: str | None, text: str, extra: str = "") -> str:
    attrs = f'tid="{tid}" type="{xml_text(type_)}"'
    if value is not None:
        attrs += f' value="{xml_text(value)}"'
    return f"<TIMEX3 {attrs}{extra}>{xml_text(text)}</TIMEX3>"


def timeml_element(doc: Document) -> str:
    """The ``<TimeML>`` element of one document."""
    parts = ["<TimeML>\n", f"<DOCID>{xml_text(file_name(doc.path))}</DOCID>\n"]
    if doc.document_date:
        dct = _timex("t0", "DATE", doc.document_date, doc.document_date,
                     ' temporalFunction="false" functionInDocument="CREATION_TIME"')
        parts.append(f"<DCT>{dct}</DCT>\n")
    parts.append("<TEXT>")
    text, at = doc.text, 0
    for i, t in enumerate(doc.timexes):
        if t.start < at or t.end <= t.start or t.end > len(text):  # overlapping or out of the text: as text
            continue
        parts.append(xml_text(text[at:t.start]))
        parts.append(_timex(f"t{i + 1}", t.type, t.value, text[t.start:t.end]))
        at = t.end
    parts.append(xml_text(text[at:]))
    parts.append("</TEXT>\n</TimeML>\n")
    return "".join(parts)


def timeml(docs: list[Document]) -> str:
    """One document as a TimeML file; several as a ``TimeMLCollection`` of them."""
    if len(docs) == 1:
        return HEADER + timeml_element(docs[0])
    return HEADER + "<TimeMLCollection>\n" + "".join(timeml_element(d) for d in docs) + "</TimeMLCollection>\n"
