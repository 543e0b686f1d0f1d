"""An event's label: the gist of its sentence in a few words, for the chart to draw beside
its mark.

A sentence loses its asides (asides.py), then its opening (openings.py: dates, connectives,
introductions), then is made to fit (cutting.py). Each step reads a sentence's characters a
bounded number of times, and the opening and the cut only its first ones: a label costs a few
microseconds, whatever the length of the document.
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.core.labels.asides import without_asides
from viewer.core.labels.cutting import LIMIT, fitted, tidy
from viewer.core.labels.openings import opening_end
from viewer.core.text.citations import strip_citations


def sentence_label(text: str, start: int, end: int, dates: Sequence[tuple[int, int]] = ()) -> str:
    """The label of the sentence ``text[start:end]``; ``dates`` are the (start, end) offsets
    in ``text`` of the expressions the reader found in it, in order."""
    if start and dates:
        dates = [(a - start, b - start) for a, b in dates]
    return label_of(text[start:end], dates)


def label_of(sentence: str, dates: Sequence[tuple[int, int]] = ()) -> str:
    """The label of ``sentence`` (a sentence's text, as the document has it); ``dates`` are the
    (start, end) offsets in it of the expressions the reader found, in order. The events ask
    here: they have the sentence's text already, for its title."""
    s = without_asides(sentence) if _may_hold_asides(sentence) else sentence
    label = fitted(tidy(s, opening_end(s, dates)))
    if not label[:1].isalnum() and not _has_words(label):
        # the sentence is all date and connectives ("In 1939."), or all aside: better them than nothing
        label = fitted(tidy(s if _has_words(s) else strip_citations(sentence) or sentence))
    return label


def _may_hold_asides(s: str) -> bool:
    return "(" in s or "[" in s or "—" in s or " – " in s or " - " in s or " _ " in s or " -- " in s


def _has_words(s: str) -> bool:
    return any(c.isalnum() for c in s)


def title_label(title: str) -> str:
    """The label of an event that has only a title (an events file's): made as a sentence's,
    with the dates written out in it."""
    if len(title) <= LIMIT and title[:1].isupper() and title[-1:].isalnum() and not _may_hold_asides(title) \
            and title.isprintable() and "  " not in title and not opening_end(title):
        return title  # most titles ("Battle of Thermopylae"): nothing to do
    return sentence_label(title, 0, len(title))


def given_label(label: str) -> str:
    """A label an events file gives: on one line, and made to fit if it is too long."""
    s = tidy(label)
    return s if len(s) <= LIMIT else fitted(s)
