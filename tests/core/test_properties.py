"""Properties of the reading core that hold for any text.

``check_document`` and the ``texts`` strategy are shared with benchmarks/fuzz_core.py,
which runs the same properties over ten thousand cases and more.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.core.document import Document, analyse
from viewer.core.kinds import EXPLICIT, INFERRED, UNDATED
from viewer.core.text.sentences import split_sentences
from viewer.core.timex.finding import find_timexes

# Pieces of real narratives: dates of every shape, relative phrases, abbreviations,
# citation marks, odd line ends and characters outside the BMP.
FRAGMENTS = (
    "26 October", "1943", "the same day", "480 BC", "May", "[13]", "\r\n", "\t", "😀", "𝔄",
    "On 3 May 1915", "two days later", "in the 1930s", "from 3 to 9 May", "c. 1500", "B.C.",
    "U.S.", "Mr.", "...", "?!", "\n\n", "\r", ". ", ", ", "AD 79", "the next year", "1914–1918",
    "[citation needed]", "[a]", "[note 2]", "Monday", "at noon", "3 p.m.", "1st century BC",
    "spring of 1942", "18th century", "'45", "a week before", "after the invasion", "The war",
    "he", "They", " ", "<b>", "</b>", "&amp;", "\u00a0", "–", "\u2029", "1 January 2000",
    "2017-10-26", "twelve years", "every Sunday", "eight days before the new year", "ca. 250",
)

words = st.text(st.characters(min_codepoint=0x61, max_codepoint=0x7A), min_size=1, max_size=7)
narratives = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), words, st.just(" "), st.text(max_size=4)), max_size=60
).map("".join)
texts = st.one_of(narratives, st.text(max_size=200))


def check_spans(doc: Document) -> None:
    text = doc.text
    previous_end = 0
    for s in doc.sentences:
        assert previous_end <= s.start < s.end <= len(text), s
        previous_end = s.end
    assert [s.index for s in doc.sentences] == list(range(len(doc.sentences)))
    previous_end = 0
    for t in doc.timexes:
        assert 0 <= t.start < t.end <= len(text), t
        assert text[t.start:t.end] == t.text, t
        assert t.start >= previous_end, f"{t} overlaps or precedes the expression before it"
        previous_end = t.end


def check_events(doc: Document) -> None:
    assert [e.sentence for e in doc.events] == doc.sentences
    for e in doc.events:
        assert e.dating in (EXPLICIT, INFERRED, UNDATED)
        if e.dating == EXPLICIT:
            t = doc.timexes[e.timex]
            assert e.sentence.start <= t.start and t.end <= e.sentence.end, (e, t)
        if e.dating == INFERRED and e.anchor is None:  # a news text's first lines: the day it was written
            assert doc.document_date is not None and e.value == doc.document_date, e
        elif e.dating == INFERRED:
            assert 0 <= e.anchor < len(doc.timexes)


def check_document(text: str) -> None:
    """Every property, on one text; raises AssertionError naming what broke."""
    doc = analyse(text)
    assert doc.text == text
    check_spans(doc)
    check_events(doc)
    assert analyse(text) == doc, "the same text read twice gave different results"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_text_reads_with_exact_spans(text: str) -> None:
    check_document(text)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=30).map(" ".join))
def test_fragment_soup_reads_with_exact_spans(text: str) -> None:
    check_document(text)


# ------------------------------------------------------------------ what the properties found


@pytest.mark.parametrize("text", [
    "<b>c. 1500</b> the town grew.",  # the splitter took "<b>c" for a word and cut "c. | 1500"
    "The fleet sailed on 26 October\n1943 from Brest.",  # a date wrapped over a line was cut in two
])
def test_no_sentence_ends_inside_a_date_expression(text: str) -> None:
    check_document(text)
    assert len(analyse(text).sentences) == 1


def test_a_word_after_markup_is_still_an_abbreviation() -> None:
    text = "<i>Mr. Smith</i> arrived."
    assert [(s.start, s.end) for s in split_sentences(text)] == [(0, len(text))]


def test_split_sentences_keeps_unbroken_spans_whole() -> None:
    text = "One. Two. Three."
    assert len(split_sentences(text)) == 3
    assert [(s.start, s.end) for s in split_sentences(text, [(0, 8)])] == [(0, 9), (10, 16)]


def test_a_date_expression_does_not_cross_a_blank_line() -> None:
    (first, *_) = find_timexes("The siege ended on 26 October\n\n1943 was a hard year.")
    assert first.text == "26 October"


SLOW = "Two days after the bombardment of Constantinople's fortifications\u2026 the envoys met."


def test_reading_time_does_not_explode_on_a_long_word_after_before_or_after() -> None:
    root = Path(__file__).resolve().parents[2]
    code = f"from viewer.core.document import analyse; analyse({SLOW!r})"
    subprocess.run([sys.executable, "-c", code], cwd=root, timeout=3, check=True)
