"""What narratives got wrong (issue 16, cases 1 to 7), each a kind of case with sentences
written for these tests: years off the story's line, prospective clauses, ordinal periods,
quoted speech, offsets from named events, surface forms, and what an undated event carries."""

from __future__ import annotations

import pytest

from viewer.core.document import analyse
from viewer.core.timex.finding import find_timexes


def values(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_timexes(text)]


def value_of(text: str, phrase: str) -> str | None:
    matches = [t.value for t in find_timexes(text) if t.text == phrase]
    assert len(matches) == 1, values(text)
    return matches[0]


# ------------------------------------------ 1. a year off the story's line does not move it

@pytest.mark.parametrize("aside", [
    "It was the largest cavalry battle since 1813.",
    "The crowning was held, as in 1614, in the old cathedral.",
    "The guards kept a custom dating to 1066.",
    "The harvest was poorer than in 1840.",
    "The rite went back to 1215 at the latest.",
    "On the last occasion that the estates had met, in 1614, each held one vote.",
])
def test_a_year_looked_back_to_does_not_become_the_storys_year(aside: str) -> None:
    text = (f"In March 1915 the regiment reached the river. {aside} On 5 April the regiment crossed. "
            "In May the town fell.")
    assert value_of(text, "5 April") == "1915-04-05"
    assert value_of(text, "May") == "1915-05"


def test_a_year_looked_back_to_keeps_its_own_value() -> None:
    text = "In March 1915 the regiment reached the river. It was the largest cavalry battle since 1813."
    assert value_of(text, "1813") == "1813"


def test_a_later_year_after_since_still_moves_the_story() -> None:
    text = "In 1912 the league was founded. Since 1915 it had met in Geneva. In May it voted."
    assert value_of(text, "May") == "1915-05"


def test_the_next_day_after_a_retrospective_counts_from_the_story() -> None:
    text = "On 4 May 1880 the villagers met. They kept a custom dating to 1066. The next day they elected a mayor."
    assert value_of(text, "The next day") == "1880-05-05"


# ------------------------------------------ 2. a prospective clause does not move the story

@pytest.mark.parametrize(("clause", "phrase", "value"), [
    ("It voted for a republic, which would be declared early the next year.", "early the next year", "1918"),
    ("The treaty, which would be signed in 1920, was drafted.", "1920", "1920"),
    ("The general, who was to die in October 1919, took command.", "October 1919", "1919-10"),
])
def test_a_prospective_clause_does_not_move_the_story(clause: str, phrase: str, value: str) -> None:
    text = f"In April 1917 the assembly met. {clause} In May the army mutinied."
    assert value_of(text, phrase) == value
    assert value_of(text, "May") == "1917-05"


def test_a_past_clause_still_moves_the_story() -> None:
    text = "In April 1917 the assembly met. The treaty was signed in 1920. In May the army mutinied."
    assert value_of(text, "May") == "1920-05"


# ------------------------------------------ 3. ordinal periods counted within the story's stretch

def test_ordinal_days_and_weeks_count_from_the_day_the_story_went_to() -> None:
    text = ("On 21 March 1918 the offensive began. The first day saw heavy losses. On the second day the line "
            "broke. By the third day the British had fallen back. In the second week the advance slowed.")
    assert values(text) == [
        ("21 March 1918", "1918-03-21"), ("The first day", "1918-03-21"), ("the second day", "1918-03-22"),
        ("the third day", "1918-03-23"), ("the second week", "1918-W13"),
    ]


def test_an_ordinal_day_in_a_month_is_a_day_of_that_month() -> None:
    text = "In March 1918 the offensive began. The first day saw heavy losses."
    assert value_of(text, "The first day") == "1918-03-XX"


def test_an_ordinal_day_of_a_named_thing_is_not_counted_here() -> None:
    text = "On 21 March 1918 the offensive began. The second day of fighting was worse."
    assert "the second day" not in [t.lower() for t, _ in values(text)]


def test_at_the_time_carries_the_storys_date_to_its_sentence() -> None:
    doc = analyse("On 12 May 1940 the division crossed the river. At the time, the French had few reserves "
                  "and a custom dating to 1066. That period was the worst of the war.")
    assert [e.value for e in doc.events][1:] == ["1940-05-12", "1940-05-12"]


# ------------------------------------------ 4. quoted speech: the speaker's day; "to this day" the writer's

QUOTED = ('On 3 June 1944 the general spoke. "Today we wait, tomorrow we sail," he said. '
          "The next day the fleet sailed. The statue stands to this day in present-day Normandy.")


def test_today_and_tomorrow_in_quoted_speech_are_the_speakers() -> None:
    assert value_of(QUOTED, "Today") == "1944-06-03"
    assert value_of(QUOTED, "tomorrow") == "1944-06-04"


def test_the_speakers_tomorrow_does_not_move_the_story() -> None:
    assert value_of(QUOTED, "The next day") == "1944-06-04"


def test_yesterday_in_curly_quotes_is_the_day_before_the_speakers() -> None:
    text = "On 3 June 1944 the general spoke. \u201cYesterday we waited,\u201d he said."
    assert value_of(text, "Yesterday") == "1944-06-02"


def test_to_this_day_and_present_day_are_the_writers_present() -> None:
    assert value_of(QUOTED, "this day") == "PRESENT_REF"
    assert value_of(QUOTED, "present-day") == "PRESENT_REF"


def test_today_outside_quotes_is_the_writers_present() -> None:
    assert value_of("On 3 June 1944 the general spoke. The hall is a museum today.", "today") == "PRESENT_REF"


def test_referred_to_this_day_is_the_storys_day() -> None:
    assert value_of("On 8 August 1918 the attack came. Ludendorff referred to this day as the black day.",
                     "this day") == "1918-08-08"


# ------------------------------------------ 5. an offset from a named event counts from its date

def test_an_offset_counts_from_the_event_told_in_an_earlier_sentence() -> None:
    text = ("The parliament voted on 10 March 1920 to dissolve itself. In April the strikes spread across the "
            "country. Four days after the vote, the army had seized the capital. The next day the king fled.")
    assert value_of(text, "Four days after the vote") == "1920-03-14"
    assert value_of(text, "The next day") == "1920-03-15"


def test_an_offset_counts_from_when_the_named_event_began() -> None:
    text = ("The battle began on 1 July 1916 near Albert. The king visited in August. The generals argued in "
            "September. Ten days after the battle began, the line broke.")
    assert value_of(text, "Ten days after the battle began") == "1916-07-11"


def test_an_offset_before_an_event_looks_back_from_its_date() -> None:
    text = ("The armistice was signed on 11 November 1918. In 1919 the delegates met. "
            "Two days before the armistice, the emperor fled.")
    assert value_of(text, "Two days before the armistice") == "1918-11-09"


# ------------------------------------------ 6. surface forms

@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The May 1958 crisis brought de Gaulle back.", "May 1958", "1958-05"),
    ("After the October 1917 uprising the ministers fled.", "October 1917", "1917-10"),
    ("The 1956 demonstrations were crushed.", "1956", "1956"),
    ("In summer-fall 1919 the army advanced.", "summer", "1919-SU"),
    ("In summer-fall 1919 the army advanced.", "fall 1919", "1919-FA"),
    ("On the night of 3-4 May 1942 the bombers struck.", "the night of 3-4 May 1942", "1942-05-03TNI"),
    ("On the night of May 3-4, 1942, the bombers struck.", "the night of May 3-4, 1942", "1942-05-03TNI"),
    ("The empire lasted 1,460 years.", "1,460 years", "P1460Y"),
    ("The empire lasted 1,460 years before it fell in 1453.", "1,460 years", "P1460Y"),
    ("The walls took 2,000 days to build.", "2,000 days", "P2000D"),
])
def test_surface_forms(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value


def test_a_count_after_a_month_and_year_is_still_a_count() -> None:
    assert "May 1500" not in [t for t, _ in values("By May 1500 men had arrived.")]


@pytest.mark.parametrize("text", [
    "In May 1942 the first half of the contingent arrived.",
    "The second quarter of the book tells of the siege.",
])
def test_a_share_of_a_thing_is_no_date(text: str) -> None:
    assert all(not v.endswith(("H1", "H2", "Q2")) for _, v in values(text) if v)


def test_the_first_half_of_a_year_is_still_a_date() -> None:
    assert value_of("Prices rose in the first half of 1943.", "the first half of 1943") == "1943-H1"


# ------------------------------------------ 7. an undated event carries the date of the event before it

def test_an_undated_event_carries_the_event_before_its_date_not_an_aside() -> None:
    doc = analyse("On September 1, 1939, Germany and Slovakia - a client state in 1939 - attacked Poland. "
                  "France, Britain and the Commonwealth declared war. Poland fell.")
    assert [e.value for e in doc.events] == ["1939-09-01", "1939-09-01", "1939-09-01"]
