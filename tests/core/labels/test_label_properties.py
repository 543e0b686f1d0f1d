"""Properties every label has, whatever the text: short, never empty, no citation mark."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.test_properties import texts
from viewer.core.document import analyse
from viewer.core.labels.cutting import LIMIT
from viewer.core.labels.gist import given_label, title_label

_CITATION = re.compile(r"\[(?:\d|citation)")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_every_event_of_any_text_has_a_short_label(text):
    doc = analyse(text)
    for e in doc.events:
        assert len(e.label) <= LIMIT, e.label
        assert e.label.strip() or not text[e.sentence.start:e.sentence.end].strip(), e
        assert e.label == e.label.strip() and "\n" not in e.label, e.label
        if _CITATION.search(e.label):
            assert _CITATION.search(e.title), e  # only a mark that the title keeps too ("[1917]")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_title_or_given_label_fits(title):
    assert len(title_label(title)) <= LIMIT
    assert len(given_label(title)) <= LIMIT
