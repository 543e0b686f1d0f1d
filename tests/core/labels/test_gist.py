"""Labels: each rule on sentences of our own, read as the program reads them (the reader's
expressions and all), and labels made from an events file's titles."""

from __future__ import annotations

import pytest

from viewer.core.document import analyse
from viewer.core.labels.cutting import ELLIPSIS, LIMIT
from viewer.core.labels.gist import given_label, title_label
from viewer.core.labels.words import FUNCTION_WORDS


def label_of(text: str) -> str:
    """The label of the first sentence of ``text``."""
    return analyse(text).events[0].label


# ------------------------------------------------------------------ date phrases first
@pytest.mark.parametrize(("sentence", "label"), [
    ("On 3 May 1915 the army crossed the river.", "The army crossed the river"),
    ("In 1939, Germany invaded Poland.", "Germany invaded Poland"),
    ("By the end of 1941 the Axis controlled most of Europe.", "The Axis controlled most of Europe"),
    ("In early 1917 Germany resumed its submarine campaign.", "Germany resumed its submarine campaign"),
    ("On January 23, 2007 the president spoke to Congress.", "The president spoke to Congress"),
    ("Two days later, the garrison surrendered.", "The garrison surrendered"),
    ("The next day the king fled the capital.", "The king fled the capital"),
    ("1987 saw a renewed wave of offensives.", "A renewed wave of offensives"),
])
def test_a_leading_date_phrase_is_left_out(sentence, label):
    assert label_of(sentence) == label


def test_the_example_of_the_issue():
    label = label_of("Later on the same day, Prime Minister Haider al-Abadi announced that Iraqi Government "
                     "forces had captured al-Qa'im.")
    assert label.startswith("Haider al-Abadi announced Iraqi")  # no date, no title, no "that"
    assert len(label) <= LIMIT


def test_a_date_that_is_the_subject_stays():
    assert label_of("1942 was the turning point of the war.") == "1942 was the turning point of the war"


# ------------------------------------------------------------------ connectives and introductions first
@pytest.mark.parametrize(("sentence", "label"), [
    ("However, the garrison held out.", "The garrison held out"),
    ("Meanwhile, the fleet sailed north.", "The fleet sailed north"),
    ("Then the rebels burned the bridge.", "The rebels burned the bridge"),
    ("As a result the treaty collapsed.", "The treaty collapsed"),
    ("After the battle, the king withdrew to his capital.", "The king withdrew to his capital"),
    ("During the night German troops crossed the river.", "German troops crossed the river"),
    ("When the rebels took the fort, the governor fled.", "The governor fled"),
    ("According to the chronicler, the siege lasted a month.", "The siege lasted a month"),
    ("At sea, although outnumbered, the navy held its ground.", "The navy held its ground"),
    ('When the traders say "sell," the market tumbles.', "The market tumbles"),
    ("In the chemicals segment, which includes herbicides, profit grew sharply.", "Profit grew sharply"),
    ("So when the king died, his son took the throne.", "His son took the throne"),
])
def test_a_leading_connective_or_introduction_is_left_out(sentence, label):
    assert label_of(sentence) == label


@pytest.mark.parametrize("sentence", [
    "At least 300 soldiers died in the siege.",
    "Around 52,000 civilians moved south.",
])
def test_a_number_of_things_is_no_introduction(sentence):
    assert label_of(sentence) == sentence.rstrip(".")


def test_a_name_in_capitals_is_no_connective():
    assert label_of("AT and T announced a drop in profits.") == "AT and T announced a drop in profits"


# ------------------------------------------------------------------ asides
@pytest.mark.parametrize(("sentence", "label"), [
    ("The fortress (built in 1620 by the Dutch) fell after a siege.", "The fortress fell after a siege"),
    ("The garrison [of the King's men] marched out.", "The garrison marched out"),
    ("The treaty was signed in Paris.[13][14] The war was over.", "The treaty was signed in Paris"),
    ("The town was taken.[citation needed] Its walls fell.", "The town was taken"),
    ("Germany and Slovakia - a client state in 1939 - attacked Poland.", "Germany and Slovakia attacked Poland"),
    ("The city—then a free port—fell to the army.", "The city fell to the army"),
    ("The reserve -- about $60 million -- covers the losses.", "The reserve covers the losses"),
    ("The engineers (who had (as ever) no maps) got lost.", "The engineers got lost"),
])
def test_parentheses_brackets_citations_and_dashed_asides_are_left_out(sentence, label):
    assert label_of(sentence) == label


def test_a_citation_mark_never_stays_in_a_label():
    doc = analyse("On 3 May 1915 the army crossed the river at dawn and took the town by noon.[13] "
                  "It held the bridge for weeks while the engineers repaired the road behind it.[a][note 2]")
    assert all("[" not in e.label for e in doc.events), [e.label for e in doc.events]


# ------------------------------------------------------------------ made to fit
LONG = ("The commission published its long report on the causes of the war in the spring, and the press "
        "discussed it for months.")


def test_a_long_sentence_is_cut_at_a_word_boundary_with_an_ellipsis():
    label = label_of("The engineers of the northern army rebuilt the bridges and the roads that the retreating "
                     "enemy had destroyed behind him.")
    assert len(label) <= LIMIT and label.endswith(ELLIPSIS)
    head = label.removesuffix(ELLIPSIS)
    sentence = "The engineers of the northern army rebuilt the bridges and the roads"
    assert sentence.startswith(head) and sentence[len(head)] == " "


def test_a_cut_prefers_the_end_of_the_first_clause():
    assert label_of("The army crossed the river at dawn, which surprised the defenders who had expected "
                    "an attack from the north.") == "The army crossed the river at dawn" + ELLIPSIS


@pytest.mark.parametrize("sentence", [
    LONG,
    "The envoys of the two kings met in the great hall of the old abbey of the town of the river and of the sea.",
    "The long negotiations between the delegates of the northern and the southern provinces and the crown failed.",
])
def test_a_cut_leaves_no_function_word_or_comma_dangling(sentence):
    label = label_of(sentence)
    head = label.removesuffix(ELLIPSIS)
    assert len(label) <= LIMIT and head != label
    assert head.split()[-1].casefold() not in FUNCTION_WORDS, label
    assert not head.endswith((",", ";", ":")), label


def test_an_apposition_goes_when_the_sentence_is_too_long():
    assert label_of("Winfield Scott, the commanding general of the U.S. Army, devised the Anaconda Plan.") \
        == "Winfield Scott devised the Anaconda Plan"


def test_a_list_is_no_apposition():
    label = label_of("Contested towns, villages, heights and trenches in the screening positions continued to fall.")
    assert label.startswith("Contested towns, villages")


def test_a_short_sentence_keeps_its_words_without_the_full_stop():
    assert label_of("The French occupied Odessa.") == "The French occupied Odessa"
    assert label_of("The troops left the U.S.") == "The troops left the U.S."


def test_the_first_letter_is_a_capital_but_not_a_name_particle():
    assert label_of("In 1944, de Gaulle entered Paris.") == "de Gaulle entered Paris"
    assert label_of("In 1944, the allies entered Paris.") == "The allies entered Paris"


def test_a_sentence_that_is_all_date_keeps_a_label():
    assert label_of("In 1939.") == "In 1939"


# ------------------------------------------------------------------ events files
@pytest.mark.parametrize(("title", "label"), [
    ("On 3 May 1915, the army crossed the river", "The army crossed the river"),
    ("3 May 1915: the army attacks", "The army attacks"),
    ("1914 – War breaks out in Europe", "War breaks out in Europe"),
    ("In May the army advanced on the capital", "The army advanced on the capital"),
    ("However, the garrison (about 300 men) held out", "The garrison held out"),
    ("Battle of Thermopylae", "Battle of Thermopylae"),
])
def test_a_title_is_labelled_as_a_sentence_is(title, label):
    assert title_label(title) == label


def test_a_label_an_events_file_gives_is_kept_and_made_to_fit():
    assert given_label("  Pier  opens ") == "Pier opens"
    long = given_label("A label that somebody wrote far too long for any chart to draw beside its mark")
    assert len(long) <= LIMIT and long.endswith(ELLIPSIS)
