"""The helpers the subject finder reads faster by: a word's form as a verb read once, the main
verb the opening's reading finds on the way, a subject made without a frame of Python."""

import pytest

from viewer.core.actors.openings import main_clause, main_clause_and_verb, opens_with_subject
from viewer.core.actors.subjects import Subject, _new_subject, find_subject, sentence_words
from viewer.core.actors.verbs import _KNOWN, _KNOWN_IN_S, _NONE, _PAST, _verb_form, is_verb, main_verb


@pytest.mark.parametrize(("word", "form"), [
    ("captured", _PAST), ("withdrew", _KNOWN), ("took", _KNOWN),
    ("was", _KNOWN), ("has", _KNOWN),  # "to be" and the auxiliaries in -s are no nouns
    ("states", _KNOWN_IN_S), ("leads", _KNOWN_IN_S),  # "Southern states made": may be a noun
    ("red", _NONE), ("united", _NONE), ("bed", _NONE),  # in -ed, no verbs
    ("efforts", _NONE), ("army", _NONE), ("Captured", _NONE), ("", _NONE),
])
def test_a_words_form_as_a_verb(word, form):
    assert _verb_form(word) == form


def test_the_form_of_a_word_is_read_as_its_neighbours_leave_it():
    words = "Using newly captured ports the army crossed".split()
    assert not is_verb(words, 2)  # "newly captured ports": a participle
    assert is_verb(words, 2, True)  # unless an adverb is known to come before the verb
    assert is_verb(words, 6)
    assert not is_verb("the Southern states made peace".split(), 2)  # a noun before the verb


@pytest.mark.parametrize(("sentence", "start", "verb"), [
    ("On 1 January 1800 the army crossed the river.", 4, 6),
    ("In May 1862 the Union Navy captured New Orleans.", 4, 6),
    ("After signing the treaty the Soviets withdrew.", 4, 6),
    ("In her Declaration she insisted on it.", 3, 4),  # a pronoun right before the verb
    ("The army crossed the river.", 0, None),  # no opening read, no verb found on the way
    ("On 12 May 1940, Sweden closed its ports.", 5, None),  # the comma ends the opening
    ("In 1800 ( see below ) the army crossed.", 6, None),  # a bracket skipped: looked for again
])
def test_the_main_clause_and_the_verb_found_on_the_way(sentence, start, verb):
    words = sentence_words(sentence)
    assert main_clause_and_verb(words) == (start, verb)
    assert main_clause(words) == start
    if verb is not None:
        assert main_verb(words, start) == verb  # what the subject's reading would have found


def test_a_subject_read_with_the_verb_found_on_the_way():
    assert find_subject(sentence_words("On 1 January 1800 the army crossed the river.")) == \
        Subject(("the", "army"), False)
    assert find_subject(sentence_words("In 1800 ( see below ) the army crossed.")) == Subject(("the", "army"), False)


def test_a_subject_made_in_c_is_a_subject():
    made = _new_subject((("the", "army"), True))
    assert made == Subject(("the", "army"), True)
    assert type(made) is Subject and made.words == ("the", "army") and made.at_start


@pytest.mark.parametrize(("word", "opens"), [("The", True), ("Germany", True), ("In", False), ("Using", False),
                                              ("the", False), ("Meanwhile", False)])
def test_opening_with_the_subject_is_answered_alike_when_asked_again(word, opens):
    assert opens_with_subject(word) is opens
    assert opens_with_subject(word) is opens
