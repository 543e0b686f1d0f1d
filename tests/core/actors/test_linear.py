"""Lanes in time linear in the text, whatever its runs of capitalised words; any text gives one lane
a sentence."""

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.actors.helpers import lanes_of
from viewer.core.actors.lanes import actor_lanes
from viewer.core.text.sentences import split_sentences

RUN = 16_000


def _seconds(text):
    sentences = split_sentences(text)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        actor_lanes(text, sentences)
        best = min(best, time.perf_counter() - start)
    return best


def test_a_run_of_capitalised_words_is_read_in_linear_time():
    # A step that rescanned the run from each of its words would take minutes on these (16,000
    # words squared); read once, each takes milliseconds. A bound of two seconds is far from both,
    # so a busy machine does not fail it.
    shapes = {
        "one sentence": " ".join(["Alpha"] * RUN) + " attacked the town.",
        "a surname ends the run": " ".join(["Alpha"] * RUN) + " Grant. Grant attacked the town.",
        "runs of names, one a sentence": "Alpha Beta Grant attacked the town. " * (RUN // 3) + "Grant withdrew.",
        "a name in brackets": " ".join(["Alpha"] * RUN) + " (AB) attacked. The AB withdrew.",
    }
    for shape, text in shapes.items():
        assert _seconds(text) < 2.0, shape


def test_many_sentences_in_linear_time():
    one = "On 3 May, after a long march, the Ruritanian army of General Alpha Beta attacked Grant. "
    assert _seconds(one * 4_000) < 2.0


words = st.sampled_from(["The", "the", "Germans", "Germany", "attacked", "was", "taken", "by", "General",
                         "Grant", "Lee's", "army", "of", "He", "It", "In", "1940", ",", ".", "(JOC)", "Joint",
                         "Operations", "Command", "and", "al-Abadi", "Prime", "Minister", "\n", "Võ", '"', "?"])


@settings(max_examples=300, deadline=None)
@given(st.lists(words, max_size=40))
def test_any_text_has_one_lane_a_sentence(tokens):
    text = " ".join(tokens)
    sentences = split_sentences(text)
    lanes = actor_lanes(text, sentences)
    assert len(lanes) == len(sentences)
    assert all(lane is None or (lane.strip() and lane == lane.strip()) for lane in lanes)


def test_no_sentences_no_lanes():
    assert lanes_of("") == []
