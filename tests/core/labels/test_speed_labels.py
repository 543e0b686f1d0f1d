"""The helpers labels are made faster by: a label made from the sentence's text as the events
have it, the marks between phrases matched in place, a phrase's reading made without a frame."""

import pytest

from viewer.core.labels.gist import label_of, sentence_label
from viewer.core.labels.introductions import _new_phrase, _Phrase
from viewer.core.labels.scanning import after_marks, marks_at

TEXT = ("The war began in the north. On 3 May 1915 the army crossed the river. In 1939, Germany invaded "
        "Poland. However, the garrison held out. In 1939.")


@pytest.mark.parametrize(("sentence", "dates", "label"), [
    ("On 3 May 1915 the army crossed the river.", [(3, 13)], "The army crossed the river"),
    ("In 1939, Germany invaded Poland.", [(3, 7)], "Germany invaded Poland"),
    ("However, the garrison held out.", [], "The garrison held out"),
    ("In 1939.", [(3, 7)], "In 1939"),  # all date and connective: better them than nothing
])
def test_the_label_of_a_sentences_text(sentence, dates, label):
    assert label_of(sentence, dates) == label


def test_a_label_is_the_same_made_from_the_text_or_from_the_sentence():
    for sentence in ("On 3 May 1915 the army crossed the river.", "In 1939, Germany invaded Poland.",
                     "In 1939."):
        start = TEXT.index(sentence)
        end = start + len(sentence)
        year = TEXT.find("19", start, end)
        in_text = [(year - 5, year + 4)] if sentence.startswith("On") else [(year, year + 4)]
        in_sentence = [(a - start, b - start) for a, b in in_text]
        assert sentence_label(TEXT, start, end, in_text) == label_of(sentence, in_sentence)


@pytest.mark.parametrize(("s", "pos", "end"), [
    ("In 1939, Germany", 7, 9),  # the comma and the blank after it
    ("the army", 0, 0),  # no marks: an empty match where it stands
    ("Later - the army", 5, 8),  # a spaced dash
    ("1914-1918 war", 4, 4),  # a dash inside a range is no mark between phrases
    ("the end", 7, 7),  # at the end
])
def test_the_marks_at_a_place(s, pos, end):
    marks = marks_at(s, pos)
    assert marks is not None and marks.end() == end == after_marks(s, pos)


def test_a_phrase_made_in_c_is_a_phrase():
    made = _new_phrase((14, True, 13, False))
    assert made == _Phrase(14, True, 13, False)
    assert type(made) is _Phrase and made.subject == 14 and made.surely and made.last_date == 13 and not made.finite
