"""What the actor tests share: the lanes of a text, and the lane of one of its sentences."""

from viewer.core.actors.lanes import actor_lanes
from viewer.core.text.sentences import split_sentences


def lanes_of(text):
    return actor_lanes(text, split_sentences(text))


def lane_of_sentence(text, opening):
    sentences = split_sentences(text)
    lanes = actor_lanes(text, sentences)
    found = [lane for s, lane in zip(sentences, lanes) if text[s.start:s.end].startswith(opening)]
    assert len(found) == 1, opening
    return found[0]
