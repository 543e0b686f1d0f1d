"""The TimeML export read back as XML: the TIMEX3 values are extract's, the text is the
document's to the character, and nothing in a document's text becomes markup."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from tests.core.exchange.test_timelinejs import NARRATIVE, narrative
from viewer.core.document import analyse
from viewer.core.exchange.export import document_dict
from viewer.core.exchange.timeml import timeml


def parsed(doc_or_docs) -> ET.Element:
    return ET.fromstring(timeml(doc_or_docs if isinstance(doc_or_docs, list) else [doc_or_docs]).encode("utf-8"))


def test_the_timex3_values_are_extracts_values():
    doc = narrative()
    root = parsed(doc)
    assert root.tag == "TimeML"
    timexes = root.find("TEXT").findall("TIMEX3")
    expected = document_dict(doc)["timexes"]
    assert len(timexes) == len(expected) > 5
    assert [t.get("value") for t in timexes] == [t["value"] for t in expected]
    assert [t.get("type") for t in timexes] == [t["type"] for t in expected]
    assert [t.text for t in timexes] == [t["text"] for t in expected]
    assert [t.get("tid") for t in timexes] == [f"t{i + 1}" for i in range(len(expected))]
    assert "BC0480" in {t.get("value") for t in timexes}


def test_the_text_of_the_xml_is_the_documents_text():
    doc = narrative()
    assert "\r\n" in doc.text and "<b>" in doc.text and "&" in doc.text
    text = parsed(doc).find("TEXT")
    assert "".join(text.itertext()) == doc.text
    assert [child.tag for child in text] == ["TIMEX3"] * len(doc.timexes)  # no <b>, no <script>


def test_each_timex3_is_at_its_expressions_offsets():
    doc = narrative()
    text = parsed(doc).find("TEXT")
    at = len(text.text or "")
    for element, timex in zip(text, doc.timexes, strict=True):
        assert at == timex.start
        at += len(element.text) + len(element.tail or "")


def test_the_document_date_is_the_dct():
    root = parsed(analyse("Yesterday the council met.", "news.txt", document_date="1998-01-08"))
    [dct] = root.find("DCT").findall("TIMEX3")
    assert dct.get("value") == "1998-01-08" and dct.get("functionInDocument") == "CREATION_TIME"
    assert dct.get("tid") == "t0"
    assert root.find("TEXT").find("TIMEX3").get("value") == "1998-01-07"
    assert parsed(narrative()).find("DCT") is None


def test_script_ampersand_and_the_file_name_stay_text():
    doc = analyse('<script>alert("1939")</script> & <!-- x --> ]]> in 1940.', "a&b <c>.txt")
    xml = timeml([doc])
    assert "<script" not in xml and "<!--" not in xml and "]]>" not in xml
    root = ET.fromstring(xml)
    assert root.find("DOCID").text == "a&b <c>.txt"
    assert "".join(root.find("TEXT").itertext()) == doc.text


def test_characters_xml_cannot_hold_are_replaced_one_for_one():
    text = "In 1940\x00 the \x1b[31mred\ud800 army came in 1941."
    doc = analyse(text, "odd.txt")
    back = "".join(parsed(doc).find("TEXT").itertext())
    assert len(back) == len(text)
    assert back == text.replace("\x00", "\ufffd").replace("\x1b", "\ufffd").replace("\ud800", "\ufffd")
    assert [t.get("value") for t in parsed(doc).iter("TIMEX3")] == [t.value for t in doc.timexes]


def test_several_documents_are_a_collection_of_timeml_documents():
    docs = [narrative(), analyse("In 1066 the Normans came.", "b.txt")]
    root = parsed(docs)
    assert root.tag == "TimeMLCollection"
    assert [d.find("DOCID").text for d in root] == ["war & peace <1>.txt", "b.txt"]
    assert "".join(root[0].find("TEXT").itertext()) == NARRATIVE
