"""Wikipedia citation marks: which brackets are marks, and removing them tidily."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.text.citations import CITATION_RE, citation_spans, strip_citations


@pytest.mark.parametrize(
    "mark",
    [
        "[7]",
        "[213]",
        "[b]",
        "[note 4]",
        "[nb 2]",
        "[n 1]",
        "[citation needed]",
        "[clarification needed]",
        "[better source needed]",
        "[page needed]",
        "[who?]",
        "[when?]",
        "[which?]",
        "[by whom?]",
        "[according to whom?]",
        "[dubious – discuss]",
        "[original research?]",
        "[failed verification]",
        "[12]:45",
    ],
)
def test_marks_are_recognised_whole(mark: str) -> None:
    assert CITATION_RE.fullmatch(mark)


@pytest.mark.parametrize(
    "bracketed",
    ["[sic]", "[on]", "[the Duke's men]", "[1815]", "[B]", "[a great many more men needed]"],
)
def test_editorial_brackets_are_not_marks(bracketed: str) -> None:
    assert citation_spans(f"they were {bracketed} there") == []


def test_marks_written_together_form_one_span() -> None:
    text = "The dam broke.[4][5][a] Water rose."
    assert citation_spans(text) == [(14, 23)]


def test_spans_point_at_each_run() -> None:
    text = "[2] Fog lifted at noon[3] and the ferry left [when?]."
    assert [text[a:b] for a, b in citation_spans(text)] == ["[2]", "[3]", "[when?]"]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("The mill burned in 1871.[9][10] Nobody was hurt.", "The mill burned in 1871. Nobody was hurt."),
        ("a ford [citation needed] near the mill", "a ford near the mill"),
        ("held the ridge [6], then withdrew", "held the ridge, then withdrew"),
        ("crossed at dawn [by whom?].", "crossed at dawn."),
        ("[3] Snow closed the pass.", "Snow closed the pass."),
        ("The pass reopened.[11]", "The pass reopened."),
        ("The toll was [sic] doubled.", "The toll was [sic] doubled."),
        ("first [1]\n[2] second", "first\nsecond"),
    ],
)
def test_strip_citations_tidies_what_it_leaves(before: str, after: str) -> None:
    assert strip_citations(before) == after


words = st.lists(st.from_regex(r"[A-Za-z]{1,8}[,.;]?", fullmatch=True), min_size=1, max_size=8)
marks = st.sampled_from(["[1]", "[22][23]", "[c]", "[citation needed]", "[who?]"])


@settings(max_examples=200)
@given(words, st.lists(st.tuples(st.integers(0, 8), marks), max_size=4))
def test_removing_marks_gives_back_the_prose(prose: list[str], inserts: list[tuple[int, str]]) -> None:
    pieces = list(prose)
    for position, mark in inserts:
        pieces.insert(min(position, len(pieces)), mark)
    assert strip_citations(" ".join(pieces)) == " ".join(prose)


@settings(max_examples=200)
@given(st.text(st.characters(blacklist_characters="[")))
def test_text_without_brackets_is_only_stripped(text: str) -> None:
    assert strip_citations(text) == text.strip()
