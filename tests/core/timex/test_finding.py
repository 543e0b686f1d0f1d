"""Temporal expressions: exact spans and TIMEX2 values, one group per expression class.

Every sentence here is written for these tests. Each case names the phrase that must
be found (its exact extent in the sentence) and the value it must get once anchored
on what the narrative said before it.
"""

from __future__ import annotations

import pytest

from viewer.core.dates.values import interval_of
from viewer.core.timex.finding import Timex, find_timexes


def found(text: str) -> list[Timex]:
    """All expressions of a text, after checking that each one's text is its span."""
    timexes = find_timexes(text)
    for t in timexes:
        assert text[t.start:t.end] == t.text, t
    return timexes


def described(timexes: list[Timex]) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in timexes]


def expression(text: str, phrase: str) -> Timex:
    """The expression whose extent is exactly ``phrase`` (which occurs once in ``text``)."""
    assert text.count(phrase) == 1, "a test phrase must occur exactly once"
    timexes = found(text)
    start = text.index(phrase)
    matches = [t for t in timexes if (t.start, t.end) == (start, start + len(phrase))]
    assert matches, f"no expression {phrase!r}; found {described(timexes)}"
    assert matches[0].text == phrase
    return matches[0]


def check(text: str, phrase: str, value: str, type_: str = "DATE") -> None:
    t = expression(text, phrase)
    assert (t.value, t.type) == (value, type_)


def case(text: str, phrase: str, value: str, type_: str = "DATE", id: str | None = None, **kw):
    return pytest.param(text, phrase, value, type_, id=id or phrase, **kw)


CASES = ("text", "phrase", "value", "type_")


# ----------------------------------------------------------------- full dates

@pytest.mark.parametrize(CASES, [
    case("The new bridge opened on 26 October 2017 after years of delay.", "26 October 2017", "2017-10-26"),
    case("The new bridge opened on October 26, 2017, after years of delay.", "October 26, 2017", "2017-10-26"),
    case("The new bridge opened on 26 Oct. 2017 after years of delay.", "26 Oct. 2017", "2017-10-26"),
    case("The inspection report is dated 2017-10-26 in the archive.", "2017-10-26", "2017-10-26"),
    case("The vote took place on Thursday, 26 October 2017, in the old hall.",
         "Thursday, 26 October 2017", "2017-10-26"),
    case("The vote took place on Thursday, October 26, 2017, in the old hall.",
         "Thursday, October 26, 2017", "2017-10-26"),
    case("The mill burned down on the 3rd of March 1921.", "the 3rd of March 1921", "1921-03-03"),
    case("The mill burned down on 3rd March 1921.", "3rd March 1921", "1921-03-03"),
])
def test_full_dates(text: str, phrase: str, value: str, type_: str) -> None:
    check(text, phrase, value, type_)


# ----------------------------------------- underspecified: year from the narrative

@pytest.mark.parametrize(CASES, [
    case("The canal froze over in 1871. On 12 March the barges were still stuck.", "12 March", "1871-03-12"),
    case("The canal froze over in 1871. By March 20 the ice had broken.", "March 20", "1871-03-20"),
    case("The mill burned on 2 January 1888. On 9 February the owners went to court.",
         "9 February", "1888-02-09", id="year-of-a-full-date"),
])
def test_day_and_month_take_the_narrative_year(text: str, phrase: str, value: str, type_: str) -> None:
    check(text, phrase, value, type_)


@pytest.mark.parametrize(CASES, [
    case("The plant closed in March 1958 after a long strike.", "March 1958", "1958-03"),
    case("Work at the yard resumed in Sept. 1958 under new owners.", "Sept. 1958", "1958-09"),
    case("In early April 1917 the exiled leader came home.", "early April 1917", "1917-04"),
])
def test_month_and_year(text: str, phrase: str, value: str, type_: str) -> None:
    check(text, phrase, value, type_)


@pytest.mark.parametrize(CASES, [
    case("The firm grew quickly in 1958. In March its first plant closed.", "March", "1958-03"),
    case("Sales were weak in 1958. Prices recovered in September.", "September", "1958-09"),
])
def test_month_alone(text: str, phrase: str, value: str, type_: str) -> None:
    check(text, phrase, value, type_)


# ------------------------------------------------------- years, decades, centuries

@pytest.mark.parametrize(CASES, [
    case("The harbour town was founded in 1642 by fishermen.", "1642", "1642"),
    case("The chapel was rebuilt in 1099 and again in 1411.", "1411", "1411"),
    case("The colony was founded in 70 AD by veterans.", "70 AD", "0070"),
    case("The colony was founded in AD 70 by veterans.", "AD 70", "0070", id="era-before-number"),
])
def test_years(text: str, phrase: str, value: str, type_: str) -> None:
    check(text, phrase, value, type_)


@pytest.mark.parametrize(CASES, [
    case("The workshop flourished in the 1930s.", "the 1930s", "193"),
    case("The navy was rebuilt in the 1850s.", "the 1850s", "185"),
    case("The harbour was dredged in the 480s BC.", "the 480s BC", "BC048"),
])
def test_decades(text: str, phrase: str, value: str, type_: str) -> None:
    check(text, phrase, value, type_)


@pytest.mark.parametrize(CASES, [
    case("Steam power spread during the 19th century.", "the 19th century", "18"),
    case("Steam power spread during the nineteenth century.", "the nineteenth century", "18"),
    case("The temple was raised in the 5th century BC.", "the 5th century BC", "BC04"),
])
def test_centuries(text: str, phrase: str, value: str, type_: str) -> None:
    check(text, phrase, value, type_)


# ------------------------------------------------------------------- seasons

@pytest.mark.parametrize(CASES, [
    case("The offensive stalled in the summer of 1916.", "the summer of 1916", "1916-SU"),
    case("The offensive stalled in the winter of 1916.", "the winter of 1916", "1916-WI"),
    case("The fleet sailed in the spring of 1588.", "the spring of 1588", "1588-SP"),
    case("The harvest failed in 1588, and in the autumn the granaries were empty.", "the autumn", "1588-FA",
         id="season-takes-narrative-year"),
    case("Plague struck the port in 1348. During the following spring the fields lay empty.",
         "the following spring", "1349-SP"),
])
def test_seasons(text: str, phrase: str, value: str, type_: str) -> None:
    check(text, phrase, value, type_)


@pytest.mark.parametrize(CASES, [
    case("The regiment marched north in October 1812 and then went into winter quarters at Vilna.", "winter",
         "XXXX-WI", id="winter-quarters"),
    case("By August 1862 the troops still lacked winter clothing and boots.", "winter", "XXXX-WI"),
    case("In 1779 the raiders burned the villages and their winter food supplies.", "winter", "XXXX-WI"),
    case("The rebels attacked in 1951. The Winter Offensive broke the line.", "The Winter", "1951-WI",
         id="an-offensive-is-one-winter"),
])
def test_a_season_naming_a_kind_of_thing_is_generic(text: str, phrase: str, value: str, type_: str) -> None:
    check(text, phrase, value, type_)


# ------------------------------------------------------------------ BC years

@pytest.mark.parametrize(CASES, [
    case("The city was sacked in 480 BC by a large army.", "480 BC", "BC0480"),
    case("The city was sacked in 480 BC. In 479 the allies won at sea.", "479", "BC0479",
         id="bare-year-in-a-bc-text"),
    case("The league was formed in 478 BC. In 477 it raised a fleet, and in 476 it took an island.",
         "476", "BC0476", id="bare-years-stay-bc"),
])
def test_bc_years(text: str, phrase: str, value: str, type_: str) -> None:
    check(text, phrase, value, type_)


def test_bare_number_is_no_year_outside_a_bc_text() -> None:
    text = "The bridge was finished in 1480 and cost 479 florins."
    assert described(found(text)) == [("1480", "1480")]


# --------------------------------------------------------------- parts of day

@pytest.mark.parametrize(CASES, [
    case("The fort was stormed on the morning of 6 June 1944.", "the morning of 6 June 1944",
         "1944-06-06TMO", "TIME"),
    case("The siege began in the evening of 3 May 1809.", "the evening of 3 May 1809", "1809-05-03TEV", "TIME"),
    case("The fort was shelled on 6 June 1944. That night the guns fell silent.", "That night",
         "1944-06-06TNI", "TIME"),
    case("The fort was shelled on 6 June 1944. The same evening the guns fell silent.", "The same evening",
         "1944-06-06TEV", "TIME"),
])
def test_parts_of_day(text: str, phrase: str, value: str, type_: str) -> None:
    check(text, phrase, value, type_)


# ------------------------------------------------------------------ durations

@pytest.mark.parametrize(CASES, [
    case("The siege of the castle lasted three days.", "three days", "P3D", "DURATION"),
    case("The rebels held out for several weeks.", "several weeks", "PXW", "DURATION"),
    case("The river crossing took two hours.", "two hours", "PT2H", "DURATION"),
    case("The reform of the courts took ten years.", "ten years", "P10Y", "DURATION"),
    case("The rebellion lasted six months.", "six months", "P6M", "DURATION"),
    case("The ferry crossing took a few hours.", "a few hours", "PTXH", "DURATION"),
])
def test_durations(text: str, phrase: str, value: str, type_: str) -> None:
    check(text, phrase, value, type_)


def test_durations_do_not_move_the_narrative() -> None:
    text = "The dock opened on 4 May 1921. The work had taken three years. The next day ships came."
    assert expression(text, "three years").value == "P3Y"
    assert expression(text, "The next day").value == "1921-05-05"


# ------------------------------------------------------------------ anaphoric

SIGNED = "The treaty was signed on 4 May 1921. "


@pytest.mark.parametrize(CASES, [
    case(SIGNED + "Riots broke out in the capital the same day.", "the same day", "1921-05-04"),
    case(SIGNED + "The next day riots broke out in the capital.", "The next day", "1921-05-05"),
    case(SIGNED + "The rebels attacked the following morning.", "the following morning", "1921-05-05TMO", "TIME"),
    case(SIGNED + "Two days later riots broke out in the capital.", "Two days later", "1921-05-06"),
    case(SIGNED + "Later that month the envoys went home.", "Later that month", "1921-05"),
    case(SIGNED + "The previous year had been calm.", "The previous year", "1920"),
    case(SIGNED + "The previous month had been stormy.", "The previous month", "1921-04"),
    case("The strike spread in 1921. Later that year the mines reopened.", "Later that year", "1921"),
    case("The garrison gave up on 14 February 1942. That night the city burned. "
         "The next morning the looting started.", "The next morning", "1942-02-15TMO", "TIME",
         id="next-morning-after-that-night"),
    case("The army crossed on 30 December 1943. Two days later it reached the coast.", "Two days later",
         "1944-01-01", id="days-later-crosses-the-year"),
])
def test_anaphoric_expressions(text: str, phrase: str, value: str, type_: str) -> None:
    check(text, phrase, value, type_)


def test_a_week_earlier_looks_back_one_week() -> None:
    t = expression(SIGNED + "A week earlier the envoys had met in secret.", "A week earlier")
    span = interval_of(t.value)
    assert span is not None, t
    assert span.start_iso <= "1921-04-27" <= span.end_iso
    assert span.last - span.first < 7


def test_anaphora_with_nothing_to_anchor_on_stays_unknown() -> None:
    t = expression("The next day the envoys went home.", "The next day")
    assert interval_of(t.value) is None


# --------------------------------------------------------------------- ranges

def test_day_range_first_day_borrows_month_and_year() -> None:
    text = "The battle was fought from 3 to 9 May 1915 near the river."
    first, second = found(text)
    assert (first.text, first.value) == ("3", "1915-05-03")
    assert (second.text, second.value) == ("9 May 1915", "1915-05-09")
    assert first.start == text.index("3 to")


def test_day_range_with_between() -> None:
    text = "The port was blockaded between 12 and 19 July 1862."
    assert described(found(text)) == [("12", "1862-07-12"), ("19 July 1862", "1862-07-19")]


def test_year_range_with_short_second_year() -> None:
    text = "The strikes of 1915-17 closed the mills."
    assert described(found(text)) == [("1915", "1915"), ("17", "1917")]


def test_year_range_in_words() -> None:
    text = "The pact held from 1920 to 1925."
    assert described(found(text)) == [("1920", "1920"), ("1925", "1925")]


@pytest.mark.parametrize("dash", ["-", "\u2013"])
def test_month_range_first_month_borrows_the_year(dash: str) -> None:
    text = f"The ships were refitted in August{dash}September 1950."
    assert described(found(text)) == [("August", "1950-08"), ("September 1950", "1950-09")]


def test_month_range_with_to() -> None:
    text = "Repairs to the dam ran from June to August 1950."
    assert described(found(text)) == [("June", "1950-06"), ("August 1950", "1950-08")]


# ------------------------------------------------------------ narrative anchoring

@pytest.mark.parametrize(CASES, [
    case("The army wintered by the lake in December 1943. In January it moved south.", "January", "1944-01"),
    case("The army wintered by the lake in December 1943. On 2 January it moved south.", "2 January",
         "1944-01-02"),
    case("The floods came in November 1910. In December the roads were closed.", "December", "1910-12",
         id="no-rollover-going-forward"),
    case("The town fell in June 1940. In May the lines had still held.", "May", "1940-05",
         id="no-rollover-a-month-back"),
])
def test_year_rolls_over_when_the_months_say_so(text: str, phrase: str, value: str, type_: str) -> None:
    check(text, phrase, value, type_)


@pytest.mark.parametrize(("text", "aside"), [
    ("The dam opened in 1962. Its designer had been born in 1899. "
     "On 4 August the first turbine ran. In 1963 a second one followed.", "1899"),
    ("The dam opened in 1962 (a later review, in 2005, called it a success). "
     "On 4 August the first turbine ran. In 1963 a second one followed.", "2005"),
])
def test_a_digression_does_not_move_the_narrative(text: str, aside: str) -> None:
    assert expression(text, aside).value == aside
    assert expression(text, "4 August").value == "1962-08-04"


def test_a_new_year_that_the_narrative_stays_in_does_move_it() -> None:
    text = "The dam opened in 1962. Floods came in 1964. On 4 August the river rose. In 1965 it fell."
    assert expression(text, "4 August").value == "1964-08-04"


# ------------------------------------------------------------ false positives

def overlapping(text: str, phrase: str) -> list[Timex]:
    start = text.index(phrase)
    end = start + len(phrase)
    return [t for t in found(text) if t.start < end and start < t.end]


def trap(text: str, phrase: str, id: str, **kw):
    return pytest.param(text, phrase, id=id, **kw)


@pytest.mark.parametrize(("text", "phrase"), [
    trap("Theresa May said on 3 April 2019 that the talks would go on.", "May", "may-the-name"),
    trap("Brigadier May commanded the rearguard in 1943.", "May", "may-with-a-title"),
    trap("In 1915 the troops march north every spring.", "march", "march-the-verb"),
    trap("The columns will march on the capital.", "march", "march-the-verb-alone"),
    trap("In 1917 General March inspected the depot.", "March", "general-march"),
    trap("In 1934 the Long March began.", "March", "long-march"),
    trap("On 2 May 1916 the 7th Division held the ridge.", "7th Division", "7th-division"),
    trap("In 1940 planes dropped thousands of leaflets over the port.", "thousands", "thousands"),
    trap("In 1916 the garrison had 1500 men.", "1500", "1500-men"),
    trap("In 1916 a force of 250 held the pass.", "250", "force-of-250"),
    trap("In 1916 about 2000 soldiers crossed the river.", "2000", "2000-soldiers"),
    trap("In 480 BC the garrison had 300 men.", "300", "300-men-in-bc-text"),
    trap("In 480 BC a force of 250 held the pass.", "250", "force-of-250-in-bc-text"),
    trap("The ferry carried 1200 passengers in 1911.", "1200", "1200-passengers"),
    trap("In 1916 a second attack failed.", "a second", "a-second-attack"),
    trap("In 1943 the Eastern Front was quiet.", "Eastern", "eastern-front"),
    trap("By 1991 the alliance began to fall apart.", "fall", "fall-apart"),
])
def test_false_positives_are_not_expressions(text: str, phrase: str) -> None:
    assert described(overlapping(text, phrase)) == []


@pytest.mark.parametrize("text", [
    "Theresa May said the talks would continue.",
    "General March inspected the depot.",
    "The 7th Division held the ridge.",
    "Planes dropped thousands of leaflets over the port.",
    "The garrison had 1500 men and a force of 250 held the pass.",
    "A second attack failed.",
    "The Eastern Front was quiet.",
    "The alliance began to fall apart.",
])
def test_sentences_without_any_time_have_no_expressions(text: str) -> None:
    assert described(found(text)) == []


def test_no_expressions_in_empty_text() -> None:
    assert find_timexes("") == []


# --------------------------------------------------------- counted from an event

@pytest.mark.parametrize(CASES, [
    case("The dam burst on 4 April 1902. The town council met on 20 April. "
         "The relief fund opened three days after the dam burst.",
         "three days after the dam burst", "1902-04-07"),
    case("The strike began on 2 May 1926. Miners marched on 9 May. "
         "On 12 May, ten days after the strike began, the union gave in.",
         "ten days after the strike began", "1926-05-12"),
    case("In 1938 the harbour froze. Eight days before the new year, the ice broke.",
         "Eight days before the new year", "1938-12-24"),
    case("The siege ended on 2 June 1871. Two days after 9 June, the gates reopened.",
         "Two days after 9 June", "1871-06-11"),
    case("The ferry sank on Monday 3 March 1958. A week later the inquiry opened.",
         "A week later", "1958-W11"),
])
def test_offsets_count_from_the_event_they_name(text: str, phrase: str, value: str, type_: str) -> None:
    check(text, phrase, value, type_)


def test_an_event_never_told_falls_back_on_the_narrative() -> None:
    text = "The fleet sailed on 6 July 1588. Two days after the storm nobody mentioned, it anchored."
    assert expression(text, "Two days after the storm nobody mentioned").value == "1588-07-08"


@pytest.mark.parametrize(CASES, [
    case("The army reached the river in November 1812. The winter was the coldest in memory.",
         "The winter", "1813-WI", id="winter-after-autumn"),
    case("The treaty was signed on 3 January 1856. The winter had been hard on both sides.",
         "The winter", "1856-WI", id="winter-of-its-january"),
    case("By 1916 the old guard had gone; the class of '99 led the regiments.", "'99", "1899"),
])
def test_winters_and_short_years(text: str, phrase: str, value: str, type_: str) -> None:
    check(text, phrase, value, type_)


def test_that_year_is_the_year_last_written_even_in_an_aside() -> None:
    text = ("The mill opened in March 1952. Its founder had trained in Leeds in 1931. "
            "In August of that year he married. In May 1953 the mill closed.")
    assert expression(text, "August of that year").value == "1931-08"


@pytest.mark.parametrize("sentence, phrase", [
    ("Parliament was dissolved on 9 June 1851, and a few weeks later the riots began.", "a few weeks later"),
    ("Parliament was dissolved on 9 June 1851. Several weeks later the riots began.", "Several weeks later"),
    ("Parliament was dissolved on 9 June 1851. Weeks later the riots began.", "Weeks later"),
])
def test_vague_weeks_later_is_a_week_of_the_narratives_year(sentence: str, phrase: str) -> None:
    check(sentence, phrase, "1851-WXX")


def test_a_few_days_or_months_later_stays_only_later() -> None:
    text = "Parliament was dissolved on 9 June 1851. A few months later the riots began."
    check(text, "A few months later", "FUTURE_REF")


# ------------------------------------------------- parts and stretches without a number

@pytest.mark.parametrize(CASES, [
    case("The port was blockaded on 3 October 1921. At month's end the blockade broke.", "month's end",
         "1921-10"),
    case("The port was blockaded in March 1921. Late in the year the blockade broke.", "Late in the year",
         "1921"),
    case("The port was blockaded in 1921 and starved over the following months.", "the following months",
         "PXM", "DURATION"),
    case("The port endured a year-long blockade in 1921.", "year-long", "P1Y", "DURATION"),
    case("In 1921 the blockade was the longest to date.", "date", "PRESENT_REF"),
    case("In 1921 the ships sailed only at night-time.", "night-time", "XXXX-XX-XXTNI", "TIME"),
    case("In 1921 the rebels struck in the dry season.", "the dry season", ""),
])
def test_parts_and_stretches_without_a_number(text: str, phrase: str, value: str, type_: str) -> None:
    check(text, phrase, value, type_)


def test_a_day_of_an_event_beside_its_date() -> None:
    text = "The revolt began in 1921. On 21 July, the fifth day of the revolt, the port fell."
    assert expression(text, "the fifth day of the revolt").value == "1921-07-21"


def test_a_day_alone_takes_the_narratives_month() -> None:
    text = "The offensive opened on 12 March 1918. The assault on the 20th was thrown back."
    assert expression(text, "the 20th").value == "1918-03-20"


def test_a_day_alone_with_no_month_told_stays_unknown() -> None:
    assert expression("The assault on the 20th was thrown back.", "the 20th").value == "XXXX-XX-20"


def test_rules_with_a_trigger_of_their_own_are_found_in_a_long_text() -> None:
    # Each rare phrase lies far from any other trigger word, so only its own trigger finds it.
    filler = "The envoys argued about the border and the tolls. " * 6
    text = filler + "Raids came at night." + filler + "It was the biggest raid to date." + filler
    assert [t.value for t in found(text)] == ["XXXX-XX-XXTNI", "PRESENT_REF"]


def test_and_a_half_later_is_some_time_later() -> None:
    text = "The fort fell in 1921. Two and a half years later it was rebuilt."
    assert expression(text, "Two and a half years later").value == "FUTURE_REF"
