"""Sentence splitting: exact spans, the places a naive splitter gets wrong, any text."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.text.sentences import Sentence, sentence_cuts, split_sentences


def pieces(text: str, unbroken: list[tuple[int, int]] | None = None, cuts: Sequence[int] | None = None) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, unbroken or [], cuts=cuts)]


def test_spans_are_exact_and_numbered() -> None:
    text = "  The ferry sank. Two boats came!   Was anyone lost?  "
    sentences = split_sentences(text)
    assert [text[s.start : s.end] for s in sentences] == [
        "The ferry sank.",
        "Two boats came!",
        "Was anyone lost?",
    ]
    assert [s.index for s in sentences] == [0, 1, 2]
    assert sentences[0] == Sentence(0, 2, 17)


def test_empty_and_blank_text_have_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \r\n\t\n ") == []


def test_text_without_final_punctuation_is_one_sentence() -> None:
    assert pieces("the orchard was planted in spring") == ["the orchard was planted in spring"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Gen. Ortiz met Dr. Hale and Mr. Kaye at St. Albans on Sept. 3 with Lt. Col. Roe.",
        "Supplies, e.g. flour and salt, i.e. the staples, were approx. 40 tons vs. 60 planned.",
        "The letter from J. R. Tolliver reached Mary K. Brandt in c. 1820 at No. 9 Quay Street.",
        "The U.S. Navy and the U.N. envoy met at 9 a.m. near Ft. Pierce.",
        "The harvest grew by 3.5 percent and prices fell 0.75 points.",
        "The plan was marked K.O.R.A. Secret and filed.",
    ],
)
def test_abbreviations_initials_and_decimals_do_not_split(sentence: str) -> None:
    assert pieces(f"{sentence} After that it rained.") == [sentence, "After that it rained."]


def test_ambiguous_abbreviation_splits_before_a_sentence_opener() -> None:
    assert pieces("Corinth fell in 212 B.C. The walls came down.") == [
        "Corinth fell in 212 B.C.",
        "The walls came down.",
    ]
    assert pieces("Corinth fell in 212 B.C. Syracuse held out.") == [
        "Corinth fell in 212 B.C. Syracuse held out."
    ]


def test_closing_quotes_and_brackets_stay_with_their_sentence() -> None:
    text = 'She wrote, "We hold the bridge." Then the line broke. (It was mended.) Work resumed.'
    assert pieces(text) == [
        'She wrote, "We hold the bridge."',
        "Then the line broke.",
        "(It was mended.)",
        "Work resumed.",
    ]


def test_quoted_exclamation_inside_a_sentence() -> None:
    assert pieces('"Hold the gate!" he shouted. Nobody moved.') == [
        '"Hold the gate!" he shouted.',
        "Nobody moved.",
    ]


def test_lowercase_after_period_does_not_split() -> None:
    assert pieces("Boats, carts, etc. were taken.") == ["Boats, carts, etc. were taken."]


def test_ellipsis_ends_a_sentence_before_a_capital() -> None:
    assert pieces("They waited... Nothing came. Then… a bell.") == [
        "They waited...",
        "Nothing came.",
        "Then… a bell.",
    ]


def test_sentence_may_end_before_a_digit() -> None:
    assert pieces("The count was done. 1848 brought revolt.") == [
        "The count was done.",
        "1848 brought revolt.",
    ]


def test_blank_line_ends_a_heading() -> None:
    assert pieces("Early years\n\nThe guild met in 1821\n\nit grew") == [
        "Early years",
        "The guild met in 1821",
        "it grew",
    ]


def test_single_newline_ends_unless_the_next_line_is_lowercase() -> None:
    text = "The bridge was\nrebuilt in 1830.\nTolls were abolished"
    assert pieces(text) == ["The bridge was\nrebuilt in 1830.", "Tolls were abolished"]


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_behave_like_lf_with_offsets_into_the_original(newline: str) -> None:
    lf_text = "Market day\n\nThe stalls opened at dawn.\nprices were\nhigh. Rain came."
    text = lf_text.replace("\n", newline)
    assert pieces(text) == [p.replace("\n", newline) for p in pieces(lf_text)]
    assert pieces(text)[1] == f"The stalls opened at dawn.{newline}prices were{newline}high."


def test_leading_citation_marks_are_left_out_of_the_sentence() -> None:
    text = "[7] Rain delayed the march.\n[citation needed] Later that week, the river rose."
    sentences = split_sentences(text)
    assert pieces(text) == ["Rain delayed the march.", "Later that week, the river rose."]
    assert sentences[0].start == 4


def test_marks_after_the_period_belong_to_that_sentence() -> None:
    text = "The fort fell in 1812.[3][4] Nobody expected it.[a]"
    assert pieces(text) == ["The fort fell in 1812.[3][4]", "Nobody expected it.[a]"]


def test_a_line_of_only_marks_is_not_a_sentence() -> None:
    assert pieces("Harvest failed.\n[12][13]\nFamine followed.") == [
        "Harvest failed.",
        "Famine followed.",
    ]


def test_sample_document_gives_one_sentence_per_line(sample_text: str) -> None:
    lines = sample_text.splitlines()
    sentences = split_sentences(sample_text)
    assert len(sentences) == len(lines) == 16
    for line, piece in zip(lines, pieces(sample_text)):
        assert line.endswith(piece)
        assert line == piece or (line.startswith("[") and line[len(line) - len(piece) - 1] == " ")


def test_long_runs_of_punctuation_stay_fast() -> None:
    # Pathological inputs that would make a backtracking splitter quadratic.
    for text in ("!" * 200_000 + "x", "." + '"' * 200_000 + "x", "A. " * 70_000):
        split_sentences(text)


@settings(max_examples=200)
@given(
    st.lists(
        st.characters(blacklist_categories=("Cs",))
        | st.sampled_from([*".!?…\"')[]\r\n \t", "[1]", "Mr.", "U.S.", " The ", "a"])
    ).map("".join)
)
def test_spans_are_ordered_disjoint_and_trimmed(text: str) -> None:
    previous_end = 0
    for index, s in enumerate(split_sentences(text)):
        assert s.index == index
        assert previous_end <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        previous_end = s.end


@settings(max_examples=200)
@given(
    st.lists(
        st.characters(blacklist_categories=("Cs",))
        | st.sampled_from([*".!?…\"')[]\r\n \t", "[1]", "Mr.", "U.S.", " The ", "a", "June\n1944", "c. 1500"])
    ).map("".join),
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=6),
)
def test_cuts_found_ahead_split_as_the_splitter_does(text: str, dates: list[tuple[int, int]]) -> None:
    # The cuts are found before the dates (in another process, while the dates are read); a
    # cut that falls inside a date is left out then, as when the splitter finds them itself.
    unbroken, end = [], 0
    for gap, length in dates:
        start = min(len(text), end + gap)
        end = min(len(text), start + length)
        if end > start:
            unbroken.append((start, end))
    headings = [(0, 5)] if len(text) > 5 else []
    assert split_sentences(text, unbroken, None, headings, sentence_cuts(text)) == split_sentences(
        text, unbroken, None, headings)


def test_a_cut_inside_a_date_is_left_out_when_the_cuts_come_first() -> None:
    text = "The siege began in June\n1944 and ended in May. Peace came."
    date = (text.index("June"), text.index("1944") + 4)
    cuts = sentence_cuts(text)
    assert text.index("\n") in cuts  # a line end: a cut, before the dates are known
    assert pieces(text, [date], cuts) == ["The siege began in June\n1944 and ended in May.", "Peace came."]
