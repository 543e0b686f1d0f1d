"""The subject of the main clause: found after what opens the sentence, and only when it acts."""

import pytest

from tests.core.actors.helpers import lanes_of
from viewer.core.actors.subjects import find_subject, sentence_words


def subject(sentence):
    found = find_subject(sentence_words(sentence))
    return " ".join(found.words) if found else None


@pytest.mark.parametrize(
    ("sentence", "lane"),
    [
        # a date, then a clause of its own
        ("On March 3, 1821, after a long siege of the fort, the Venetians took the harbour.", "Venice"),
        ("On 12 May 1940, Sweden closed its ports.", "Sweden"),
        ("In 1812 (the year of the comet), Prussia changed sides.", "Prussia"),
        # adverbs and adverbials, with and without their comma
        ("Meanwhile, Sweden closed its ports.", "Sweden"),
        ("Perhaps most surprisingly, Sweden closed its ports.", "Sweden"),
        ("Three weeks later, Sweden closed its ports.", "Sweden"),
        ("In the winter of 1709 Sweden marched on Poltava.", "Sweden"),
        ("During the long retreat the Swedes lost their guns.", "Sweden"),
        # participial and subordinate clauses, lists and clauses joined by "and"
        ("Encouraged by the news from the north, the Danes crossed the Sound.", "Denmark"),
        ("Having lost the bridge, the Danes withdrew.", "Denmark"),
        ("Not wanting a second war, the Danes signed the treaty.", "Denmark"),
        ("Leaving Lund, and with it all their stores, the Danes retreated to the coast.", "Denmark"),
        ("While the envoys argued in Oslo, Bergen and Trondheim, the Danes attacked.", "Denmark"),
        ("Although the Swedes had won the battle, the Danes held the town.", "Denmark"),
        # the subject is the one that acts: "X, a ..., did"; the first of several
        ("Sweden, weakened by the plague, asked for terms.", "Sweden"),
        ("Sweden and Denmark signed the treaty of Roskilde.", "Sweden"),
        ("Denmark, Norway, and the towns of the Hanseatic League closed the Sound.", "Denmark"),
    ],
)
def test_the_subject_after_what_opens_the_sentence(sentence, lane):
    assert lanes_of(sentence) == [lane]


@pytest.mark.parametrize(
    "sentence",
    [
        "Following the loss of Narva and Dorpat, Reval was the last port under Swedish control.",  # copula
        "Reval became the capital of the new province.",  # copula
        "By the spring the fortress was taken by the Russians.",  # passive
        "The Swedish army had been defeated at Poltava.",  # passive
        "The size of the Danish fleet was doubled.",  # passive, and a common noun
        "Swedish discontent with the war grew.",  # a common noun: no one acts
        "Sweden's next plan failed.",  # the plan, not Sweden
        "It was in this battle that the king fell.",  # "it" is no one here
        "There were no more battles that year.",
        "The war in the north",  # a heading: no full stop
        "Who would rule Sweden now?",  # a question
    ],
)
def test_no_one_acts(sentence):
    assert lanes_of(sentence) == [None]


def test_headings_open_no_lane_and_break_no_pronoun():
    text = "The Great Northern War\n\nSweden declared war on Denmark. It won the first battle."
    assert lanes_of(text) == [None, "Sweden", "Sweden"]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The Danish king sailed home.", "The Danish king"),
        ("Sweden soon sued for peace.", "Sweden"),
        ("The Swedes immediately withdrew.", "The Swedes"),
        ("Yarallah says the town is free.", "Yarallah"),
        ("The Russian tsar believed Sweden would yield.", "The Russian tsar"),  # a verb and its clause
        ("The Russians responded by closing the port.", "The Russians"),
    ],
)
def test_the_main_verb_ends_the_subject(sentence, words):
    assert subject(sentence) == words


def test_a_participle_in_the_subject_is_not_its_verb():
    assert subject("Using newly captured Danish ports the Swedish navy blockaded the coast.") == "the Swedish navy"
    assert subject("Forces supported by the Danish fleet landed at Malmo.") == "Forces supported by the Danish fleet"
