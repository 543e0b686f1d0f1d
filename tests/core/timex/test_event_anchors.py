"""Offsets counted from a named event: where the event's date is found and where its name
ends. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from viewer.core.timex.event_anchors import event_phrase, month_named, names_the_current_event
from viewer.core.timex.finding import find_timexes


def expression(text: str, phrase: str) -> tuple[str, str | None]:
    """(text, value) of the expression that starts where ``phrase`` starts."""
    start = text.index(phrase)
    for t in find_timexes(text):
        if t.start == start:
            return t.text, t.value
    raise AssertionError(f"no expression at {phrase!r}")


# ------------------------------------------- the event named, then dated in the next sentence

@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The war began in March 1702. Castle Rock was the last stronghold the king held in the north. "
     "Rebel gunners shelled the castle on 9 May until it fell. Troops gathered in the villages. "
     "The mill was burned six days after Castle Rock.", "six days after Castle Rock", "1702-05-15"),
    ("The war began in March 1702. The rebels swore to take Castle Rock. Gen. J. T. Hale shelled "
     "the castle on 9 May until it fell. The mill was burned six days after Castle Rock.",
     "six days after Castle Rock", "1702-05-15"),
])
def test_an_event_dated_in_the_sentence_after_its_name(text: str, phrase: str, value: str) -> None:
    assert expression(text, phrase) == (phrase, value)


def test_the_next_sentence_counts_only_when_it_goes_on_about_the_event() -> None:
    text = ("The rebels met on 1 May 1702. The rebels swore to take Castle Rock. "
            "Farmers sowed barley on 9 May. The mill was burned six days after Castle Rock.")
    assert expression(text, "six days after") == ("six days after Castle Rock", "1702-05-07")


# ------------------------------------------- where the event's name ends

@pytest.mark.parametrize(("text", "phrase"), [
    ("The day after the storm Admiral Hood sailed.", "the storm"),
    ("Two days after the fall of Lisbon the court fled.", "the fall of Lisbon"),
    ("A week after the landing at Cape Sable, the army moved.", "the landing at Cape Sable"),
    ("Two days after North Point fell, the fleet sailed.", "North Point fell"),
    ("The day after the army crossed the river the rains began.", "the army crossed the river"),
    ("Two days after relieving the fort, the column rested.", "relieving the fort"),
])
def test_the_event_name_ends_where_a_new_clause_starts(text: str, phrase: str) -> None:
    marker = "after "
    end = text.index(marker) + len(marker) - 1
    assert event_phrase(text, end, len(text)) == (phrase, text.index(phrase) + len(phrase))


# ------------------------------------------- 'the battle': the event the text is telling

@pytest.mark.parametrize(("phrase", "current"), [
    ("the battle", True), ("the landing", True), ("the storm", True),
    ("the battle of Leuthen", False), ("Fort Sumter", False), ("the first assault", False),
])
def test_a_definite_common_noun_names_the_current_event(phrase: str, current: bool) -> None:
    assert names_the_current_event(phrase) is current


def test_the_day_after_the_battle_counts_from_the_day_being_told() -> None:
    text = ("The great battle at the river began on 2 August 1760. The cavalry joined the battle on 20 August. "
            "In the three weeks of fighting since 12 August the army lost half its men. "
            "The day after the battle the king wrote to his brother.")
    assert expression(text, "The day after") == ("The day after the battle", "1760-08-13")


def test_a_named_battle_is_looked_up_in_the_text() -> None:
    text = ("The battle of Elm Ford was fought on 2 August 1760. The cavalry raided the farms on 20 August. "
            "The day after the battle of Elm Ford the king wrote to his brother.")
    assert expression(text, "The day after") == ("The day after the battle of Elm Ford", "1760-08-03")


# ------------------------------------------- an event told only by its year

def test_a_year_after_an_event_told_only_in_a_year_bc() -> None:
    text = ("The league was founded in 377 BC. Its fleet beat the Spartans at Naxos. "
            "In 371 BC Thebes defeated Sparta at Leuctra. Two years after Naxos, Corcyra joined the league.")
    assert expression(text, "Two years after") == ("Two years after Naxos", "BC0375")


def test_a_month_after_an_event_told_only_by_its_year_counts_as_before() -> None:
    text = ("The league was founded in 377 BC. Its fleet beat the Spartans at Naxos. "
            "In March 371 BC Thebes defeated Sparta. A month after Naxos, Corcyra joined the league.")
    assert expression(text, "A month after") == ("A month after Naxos", "BC0371-04")


# ------------------------------------------- a month in the event's name

@pytest.mark.parametrize(("phrase", "named"), [
    ("the October intervention", (10, None)), ("the June 1812 offensive", (6, 1812)),
    ("the May Day riots", (5, None)), ("the October Revolution", None),
    ("the March on Rome", None), ("the fall of Paris", None), ("the Mayflower landing", None),
])
def test_a_month_that_names_a_common_noun_dates_the_event(phrase: str, named: tuple | None) -> None:
    assert month_named(phrase) == named


def test_months_before_the_october_intervention() -> None:
    text = ("The army crossed the frontier on 2 March 1812. The ministers quarrelled in June. "
            "Two months before the October intervention by the Danes, the king fell ill.")
    assert expression(text, "Two months before") == ("Two months before the October intervention by the Danes",
                                                      "1812-08")


def test_a_mention_in_another_month_does_not_date_a_named_month() -> None:
    text = ("The Danish fleet sailed on 4 March 1812 to prepare an intervention. The ministers quarrelled in June. "
            "Two months before the October intervention, the king fell ill.")
    assert expression(text, "Two months before") == ("Two months before the October intervention", "1812-08")


# ------------------------------------------- beside a date, joined by 'and'

def test_offsets_joined_by_and_beside_a_date_are_that_date() -> None:
    text = ("The siege began in 1690. On 3 June 1691, two days after the walls fell and a month before "
            "the relief of the city, the governor wrote home.")
    assert expression(text, "two days after") == ("two days after the walls fell", "1691-06-03")
    assert expression(text, "a month before") == ("a month before the relief of the city", "1691-06-03")


def test_an_event_name_ends_before_and() -> None:
    text = "Two days after the KPA invaded and three months before the armistice, the fleet sailed."
    end = text.index("after ") + len("after")
    assert event_phrase(text, end, len(text))[0] == "the KPA invaded"


# ------------------------------------------- 'for' makes it a stretch of time

def test_for_a_year_after_an_event_is_a_duration() -> None:
    text = ("The rebels took the fort on 3 May 1702. For about a year after the fort fell, "
            "there was little fighting.")
    assert expression(text, "about a year") == ("about a year after the fort fell", "P1Y")


# ------------------------------------------- an event dated further on in its paragraph

def test_an_event_dated_later_in_the_paragraph() -> None:
    text = ("The war began in March 1702. Two days after the fall of Kars, the army retreated. "
            "Kars had fallen to the rebels on 5 May.\nThe rains came.")
    assert expression(text, "Two days after") == ("Two days after the fall of Kars", "1702-05-07")


def test_an_event_dated_in_the_next_paragraph_is_not_looked_for() -> None:
    text = ("The war began on 1 March 1702. Two days after the fall of Kars, the army retreated.\n"
            "Kars had fallen to the rebels on 5 May.")
    assert expression(text, "Two days after") == ("Two days after the fall of Kars", "1702-03-03")
