"""Anchoring on the narrative: which year, month and day an expression takes from the text
before it. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from viewer.core.timex.finding import find_timexes


def value_of(text: str, phrase: str) -> str | None:
    """The value of the expression whose extent is exactly ``phrase`` (once in ``text``)."""
    assert text.count(phrase) == 1, "a test phrase must occur exactly once"
    start = text.index(phrase)
    found = {(t.start, t.end): t.value for t in find_timexes(text)}
    assert (start, start + len(phrase)) in found, f"no expression {phrase!r}: {found}"
    return found[(start, start + len(phrase))]


# ------------------------------------------------- a period of a stated year moves the narrative

@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The blockade held until the end of 1861. For the first six months of 1863 the river was quiet. "
     "The thaw came in March, and ten days later the boats sailed.", "March", "1863-03"),
    ("The treaty was signed in 1806. During the last weeks of 1808 the envoys fell out. "
     "In November the border closed.", "November", "1808-11"),
    ("The mills closed in 1920. The last week of August 1922 was the hottest. On 30 August the strike began.",
     "30 August", "1922-08-30"),
])
def test_a_period_of_a_stated_year_moves_the_narrative(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value


def test_the_period_itself_stays_a_duration() -> None:
    text = "For the first six months of 1863 the river was quiet."
    assert value_of(text, "the first six months of 1863") == "P6M"


# ------------------------------------------------- a paragraph's first sentence sets the scene

@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The northern army reached the coast in 1917. It held the port through May 1917.\n\n"
     "In the south the rebels opened their campaign in June 1916, far from the coast. "
     "By mid-November they held the valley. The next spring, in 1917, they marched north.",
     "mid-November", "1916-11"),
    ("The fleet sailed home in 1805.\n\nAt home, the harvest of 1804 failed and prices rose. "
     "In October the bread riots began. News of the fleet came in 1806.", "October", "1804-10"),
])
def test_a_paragraph_opening_sets_the_scene(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value


def test_a_far_off_year_in_a_paragraph_opening_is_still_an_aside() -> None:
    text = ("The second campaign began in 482 BC.\n\nThe city, a colony since 560 BC, paid tribute. "
            "The following year the fleet sailed. In 480 BC the war ended.")
    assert value_of(text, "The following year") == "BC0481"


# ------------------------------------------------- a clock time takes the date that follows it

@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The talks began on 2 May 1954. At 6:15 AM on 9 May 1954 the guns opened fire.", "6:15 AM",
     "1954-05-09T06:15"),
    ("The talks began on 2 May 1954. At 6:15 AM local time on 9 May the guns opened fire.", "6:15 AM",
     "1954-05-09T06:15"),
    ("The talks began on 2 May 1954. At 18:40, 9 May, the guns fell silent.", "18:40", "1954-05-09T18:40"),
])
def test_a_clock_time_takes_the_date_that_follows_it(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value


def test_a_clock_time_alone_takes_the_narrative_day() -> None:
    text = "The talks began on 2 May 1954. At 6:15 AM the guns opened fire. On 9 May they stopped."
    assert value_of(text, "6:15 AM") == "1954-05-02T06:15"


# ------------------------------------------------- a month or season takes the year its sentence states

@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The siege dragged on into 1916. In the east the great summer push opened in July 1915 near the river.",
     "summer", "1915-SU"),
    ("The armies rested through 1811.\n\nThe Winter Campaign of 1813\n\nSnow closed the passes.", "The Winter",
     "1813-WI"),
    ("The front was quiet through 1939. In November the engineers began the bridge that opened in February 1943.",
     "November", "1942-11"),
    ("The king died in 530 BC. Unrest grew over the winter, so that the revolt of 528 BC came as no surprise.",
     "the winter", "BC0528-WI"),
])
def test_a_month_or_season_takes_the_year_its_sentence_goes_on_to_state(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Raids rose sharply in 2009. They fell from a peak in January to below the March 2004 level.",
     "January", "2009-01"),
    ("The mines reopened in 1961. Output in October was the highest since the 1948 strike.", "October", "1961-10"),
    ("The rains came early in 1950. The army held out through the summer. In March 1952 it withdrew.",
     "the summer", "1950-SU"),
])
def test_a_year_that_names_something_else_or_comes_after_the_sentence_is_not_taken(
        text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value


# ------------------------------------------------- a span told up to a month keeps its months in its year

@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The garrison numbered 900 in February 1862 and had grown to 9,000 by November. "
     "In April the first heavy guns arrived.", "April", "1862-04"),
    ("Work on the canal began in March 1905; by December most of it was dug. In May the walls had cracked.",
     "May", "1905-05"),
    ("The army advanced in May 1862 and reached the coast by December. In January it attacked the port.",
     "January", "1863-01"),
    ("The garrison numbered 900 in February 1862 and had grown to 9,000 by November. The next month it marched.",
     "The next month", "1862-12"),
])
def test_a_month_inside_a_span_just_told_is_in_its_year(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value


# ------------------------------------------------- a far date the text goes on from at once is no aside

@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Fighting went on through 1917. Encouraged by the fall of the fortress in March 1915, the duke had "
     "signed the pact on April 9. The war ended in 1918.", "April 9", "1915-04-09"),
    ("Attacks rose through 2009, surpassing the May 2004 peak. In June the rate fell. Elections came in 2010.",
     "June", "2009-06"),
    ("Fighting went on through 1917. The fortress had fallen in March 1915.\nIn April the offensive resumed. "
     "The war ended in 1918.", "April", "1917-04"),
])
def test_a_far_date_the_text_goes_on_from_is_not_an_aside(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value


# ------------------------------------------------- decades back are a decade

@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The general returned in 1965, as he had promised almost two decades earlier.", "almost two decades earlier",
     "194"),
    ("The city fell in 430 BC; it had been founded three decades earlier.", "three decades earlier", "BC046"),
    ("The general returned in 1965, as he had promised a decade earlier.", "a decade earlier", "1955"),
])
def test_decades_back_are_as_precise_as_a_decade(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value


def test_a_day_without_its_month_is_not_counted_from():
    # "the 20th" leaves the narrative at a day of no known month: "the next day" and
    # "the next week" keep the year only (they raised a TypeError).
    timexes = find_timexes("The siege lasted from the 20th to 1945. The next day the army left. "
                           "The next week it rained.")
    assert [t.value for t in timexes][-2:] == ["1945-XX-XX", "1945-WXX"]
